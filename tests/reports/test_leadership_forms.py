"""The printed lists read back: what must be on the page is there, Chinese and framed."""

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from xinfang_desktop.domain.disputes import DisputeDraft
from xinfang_desktop.domain.leadership import ROLE_DEPUTY, ROLE_LEADER, MemberDraft, TermDraft
from xinfang_desktop.domain.outreach import OutreachDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.screening import ScreeningDraft
from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.services import (
    disputes,
    leadership,
    outreach,
    screening,
)
from xinfang_desktop.services import leadership_printing as printing
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.settings import save_unit_settings

NOW = datetime(2026, 11, 23, 9, 0)
TODAY = NOW.date()


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def filled(sqlite_db, actor):
    db = sqlite_db
    save_unit_settings(db, actor, UnitSettings(unit_name="邹坞镇中心小学"))
    wang = add_person(db, actor, PersonDraft("王建国", post="校长", phone="13805331234"), now=NOW)
    li = add_person(db, actor, PersonDraft("李红", post="副校长", office="校长室"), now=NOW)
    term = leadership.found_term(
        db, actor, TermDraft(date(2026, 9, 1), "2026年第5次行政会", "邹小发〔2026〕8号"), now=NOW
    )
    leadership.add_member(db, actor, term.id, MemberDraft(wang.id, ROLE_LEADER, "全面负责"))
    leadership.add_member(
        db, actor, term.id, MemberDraft(li.id, ROLE_DEPUTY, "分管一至三年级组包组摸排")
    )
    screening.ensure_default_groups(db)
    groups = screening.list_groups(db)
    screening.assign_group(db, actor, term.id, groups[0].id, li.id, assigned_on=date(2026, 9, 1))
    screening.record_screening(
        db,
        actor,
        ScreeningDraft(
            date(2026, 11, 10),
            groups[0].id,
            li.id,
            findings="家长对午托收费有意见",
            risk_level="medium",
        ),
        now=NOW,
    )
    outreach.record_outreach(
        db, actor, OutreachDraft(date(2026, 11, 5), (wang.id,), "留守儿童家庭", "家访"), now=NOW
    )
    for n in range(40):
        disputes.add_dispute(
            db,
            actor,
            DisputeDraft(
                date(2026, 11, 1),
                f"第{n + 1}号纠纷：邻里因宅基地边界发生争执，多次协商未果",
                li.id,
                (li.id, wang.id),
                "村校联合调解",
                date(2026, 11, 20),
                "high",
                parties="张某、李某",
            ),
            now=NOW,
        )
    return db, term


def test_roster_and_duties(filled, actor):
    db, term = filled
    pages, text = _text(printing.render(db, actor, printing.roster_form(db, term.id, TODAY), TODAY))
    assert pages == 1
    for expected in (
        "邹坞镇中心小学",
        "信访工作领导小组名单",
        "组长",
        "王建国",
        "副组长",
        "李红",
        "2026年第5次行政会",
        "邹小发〔2026〕8号",
        "第 1 页 共 1 页",
    ):
        assert expected in text
    _, text = _text(printing.render(db, actor, printing.duties_form(db, term.id, TODAY), TODAY))
    assert "分管一至三年级组包组摸排" in text and "成员分工表" in text


def test_assignment_screening_outreach_and_monthly(filled, actor):
    db, term = filled
    _, text = _text(printing.render(db, actor, printing.assignment_form(db, term.id), TODAY))
    assert "包组摸排责任分工表" in text and "一年级组" in text and "（未指定）" in text
    _, text = _text(
        printing.render(
            db, actor, printing.screening_form(db, actor, date(2026, 11, 1), TODAY), TODAY
        )
    )
    assert "家长对午托收费有意见" in text and "中" in text
    _, text = _text(
        printing.render(
            db, actor, printing.outreach_form(db, actor, date(2026, 11, 1), TODAY), TODAY
        )
    )
    assert "留守儿童家庭" in text
    _, text = _text(
        printing.render(db, actor, printing.screening_status_form(db, term.id, TODAY), TODAY)
    )
    assert "包组摸排情况" in text and "未按期 10 个组" in text and "2026-11-17" in text
    _, text = _text(
        printing.render(db, actor, printing.monthly_check_form(db, 2026, 11, TODAY), TODAY)
    )
    assert "已完成" in text and "未下访" in text


def test_dispute_ledger_runs_over_pages_with_page_numbers(filled, actor):
    db, _ = filled
    pdf = printing.render(db, actor, printing.dispute_ledger_form(db, actor, today=TODAY), TODAY)
    pages, text = _text(pdf)
    assert pages > 1
    assert f"第 {pages} 页 共 {pages} 页" in text
    assert "第40号纠纷" in text.replace("\n", "") and "逾期" in text
    assert text.count("矛盾纠纷排查化解台账") == pages


def test_empty_list_still_prints_a_framed_page(sqlite_db, actor):
    pdf = printing.render(sqlite_db, actor, printing.people_form(sqlite_db), TODAY)
    pages, text = _text(pdf)
    assert pages == 1 and "尚无人员" in text


def _leftmost_text(pdf: bytes) -> float:
    xs: list[float] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip() and text.strip() not in ("装", "订", "线"):
            xs.append(cm[4] + tm[4])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return min(xs)


def test_ledgers_for_filing_leave_the_binding_margin():
    from reportlab.lib.units import mm

    from xinfang_desktop.reports.leadership_forms import Column, TableForm, build_table_pdf

    form = TableForm(title="矛盾纠纷排查化解台账", columns=[Column("序号", 1)], rows=[["1"]])
    plain = build_table_pdf(form, "邹坞镇中心小学", date(2026, 11, 23))
    filed = build_table_pdf(
        TableForm(title=form.title, columns=form.columns, rows=form.rows, filed=True),
        "邹坞镇中心小学",
        date(2026, 11, 23),
    )
    assert _leftmost_text(plain) < 25 * mm <= _leftmost_text(filed) + 0.5
