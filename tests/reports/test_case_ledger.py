"""信访事项登记台账 as a filed 台账: landscape, its columns, 小计/合计, binding margin, Excel."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.lib.units import mm

from xinfang_desktop.reports.case_ledger import (
    LedgerDocument,
    LedgerRow,
    build_case_ledger_pdf,
    write_case_ledger_xlsx,
)

UNIT = "邹坞镇中心小学"
PDF_HEADERS = [
    "序号", "登记日期", "编号", "信访人", "渠道", "人数", "信访请求", "类别", "承办部门",
    "办理结果/答复意见", "答复日期", "期限", "是否按期", "重信重访", "评价", "备注",
]  # fmt: skip


def make_row(index: int, **changes) -> LedgerRow:
    row = LedgerRow(
        number=f"信访〔2026〕第{index + 1:03d}号",
        received_on=date(2026, 11, 1) + timedelta(days=index % 28),
        channel="来信",
        petitioners="张三",
        people_count=2,
        request="要求公开食堂账目",
        category="后勤管理",
        area="东村",
        owner="王校长",
        handling_office="总务处",
        state="已办结",
        due_on=date(2026, 12, 30),
        closed_on=date(2026, 11, 20),
        on_time=True,
        repeat_of="",
        result="已公开账目",
        replied_on=date(2026, 11, 18),
        evaluation="满意",
        remarks="需回访",
    )
    return replace(row, **changes)


def make_doc(rows) -> LedgerDocument:
    return LedgerDocument(
        UNIT, date(2026, 11, 1), date(2026, 11, 30), tuple(rows), printed_at=date(2026, 11, 29)
    )


def pages_of(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_pdf_is_a_landscape_ledger_with_every_column():
    doc = make_doc([make_row(0, repeat_of="信访〔2025〕第009号")])
    pdf = build_case_ledger_pdf(doc)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # A4 landscape
    (text,) = pages_of(pdf)
    for header in PDF_HEADERS:
        assert header in text, header
    # The earlier 编号 stands in its own column, never pasted into the request.
    assert "要求公开食堂账目信访〔2025〕" not in text
    assert "是，前次信访〔2025〕第009号" in text
    assert "2026年11月1日" in text and "2026年11月18日" in text
    for phrase in ("已公开账目", "满意", "需回访", "按期", "填报单位（盖章）", "单位负责人"):
        assert phrase in text, phrase
    for phrase in ("审核人", "填表人", "报出日期"):
        assert phrase in text, phrase


def test_every_page_has_its_subtotal_and_the_last_the_total():
    rows = [make_row(i, people_count=i % 3 + 1, on_time=i % 2 == 0) for i in range(60)]
    pages = pages_of(build_case_ledger_pdf(make_doc(rows)))
    assert len(pages) > 2
    counted = 0
    for text in pages:
        match = re.search(r"本页小计(\d+)件", text)
        assert match, text[-200:]
        counted += int(match.group(1))
        assert "序号" in text  # the header on every page
    assert counted == 60
    assert "合计60件" in pages[-1] and "合计" not in pages[0].replace("本页小计", "")
    people = sum(row.people_count for row in rows)
    assert f"合计60件{people}已办结60件，其中按期30件" in pages[-1]


def test_open_and_overdue_cases_say_so():
    rows = [
        make_row(0, closed_on=None, on_time=None, due_on=date(2026, 11, 10), state="已受理"),
        make_row(1, closed_on=None, on_time=None, due_on=date(2026, 12, 30), state="已受理"),
        make_row(2, on_time=False),
    ]
    (text,) = pages_of(build_case_ledger_pdf(make_doc(rows)))
    assert "逾期未结" in text and "办理中" in text and "超期" in text


def test_text_starts_right_of_the_binding_margin():
    reader = PdfReader(io.BytesIO(build_case_ledger_pdf(make_doc([make_row(0)]))))
    xs: list[tuple[float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            xs.append((cm[4] + tm[4], text.strip()))

    reader.pages[0].extract_text(visitor_text=visit)
    body = [x for x, text in xs if text not in ("装", "订", "线")]
    assert min(body) >= 25 * mm - 0.5
    assert any(text == "装" for _, text in xs)


def test_a_request_longer_than_a_page_continues_and_keeps_every_character():
    long_request = "".join(f"第{i}段反映食堂问题。" for i in range(200))
    rows = [make_row(0), make_row(1, request=long_request), make_row(2)]
    pages = pages_of(build_case_ledger_pdf(make_doc(rows)))
    assert len(pages) > 2
    joined = "".join(pages)
    for i in (0, 77, 199):
        assert f"第{i}段反映食堂问题。" in joined
    assert "（续）" in joined
    # Page subtotals count each record once, on the page where it starts.
    assert sum(int(n) for n in re.findall(r"本页小计(\d+)件", joined)) == 3
    assert "合计3件" in pages[-1]


def test_empty_period_prints_a_proper_form():
    (text,) = pages_of(build_case_ledger_pdf(make_doc([])))
    assert "本期无信访事项" in text and "合计0件" in text and "填报单位（盖章）" in text


def test_xlsx_is_typed_guarded_and_set_up_for_printing(tmp_path):
    rows = [
        make_row(0, petitioners="=1+1", request='=HYPERLINK("http://x","点我")'),
        make_row(1, repeat_of="信访〔2026〕第001号", closed_on=None, on_time=None),
    ]
    path = tmp_path / "台账.xlsx"
    write_case_ledger_xlsx(make_doc(rows), path)
    sheet = load_workbook(path).active
    headers = [cell.value for cell in sheet[3]]
    for header in ("序号", "办理结果/答复意见", "答复日期", "期限", "是否按期", "评价", "备注"):
        assert header in headers
    first = dict(zip(headers, sheet[4], strict=True))
    assert first["信访人"].value == "=1+1" and first["信访人"].data_type == "s"
    assert first["信访请求"].value.startswith("=HYPERLINK(") and first["信访请求"].quotePrefix
    assert first["序号"].value == 1 and first["人数"].data_type == "n"
    assert first["登记日期"].value == datetime(2026, 11, 1) and first["登记日期"].is_date
    second = dict(zip(headers, sheet[5], strict=True))
    assert second["重信重访（前次编号）"].value == "信访〔2026〕第001号"
    assert second["信访请求"].value == "要求公开食堂账目"
    assert second["是否按期"].value == "办理中"
    total = dict(zip(headers, sheet[6], strict=True))
    assert total["编号"].value == "合计" and total["人数"].value == 4
    assert "填报单位（盖章）" in sheet["A7"].value
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.page_margins.left == pytest.approx(25 / 25.4)
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_our_own_export_reads_back_as_its_records_only(tmp_path):
    from xinfang_desktop.reports.case_ledger import read_xlsx_rows

    path = tmp_path / "台账.xlsx"
    write_case_ledger_xlsx(make_doc([make_row(0), make_row(1, petitioners="合计")]), path)
    headers, rows = read_xlsx_rows(path)
    assert headers[:3] == ["序号", "登记日期", "编号"]
    assert [number for number, _ in rows] == [4, 5]
    assert rows[1][1][3] == "合计"  # a petitioner's name is data, not the end of the table


def test_our_own_export_plans_a_clean_import(tmp_path):
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.services.case_import import plan_import_file
    from xinfang_desktop.services.context import Actor

    path = tmp_path / "台账.xlsx"
    write_case_ledger_xlsx(make_doc([make_row(0), make_row(1)]), path)
    plan = plan_import_file(Actor("信访员", Role.CLERK), path, today=date(2026, 11, 29))
    assert plan.ok
