"""Long text never stops a document: every form, every field at its validation limit and every
list at a large count, prints. And every PDF embeds all its fonts, names its title and unit in
its document properties, and has bookmarks when it has more than one page."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from xinfang_desktop.domain.case_notices import NoticeContent, NoticeKind
from xinfang_desktop.domain.disputes import DISPUTE_TEXT_LIMITS, NOTE_MAX
from xinfang_desktop.domain.meetings import (
    ACTION_TEXT_MAX,
    ADDENDUM_MAX,
    COMMENT_MAX,
    MEETING_TEXT_LIMITS,
)
from xinfang_desktop.domain.rota import MAX_NOTE_LENGTH
from xinfang_desktop.domain.statistics import (
    Analysis,
    AnnualTables,
    Dimension,
    HandlingRow,
    Period,
    Report,
    Row,
    Totals,
    Trend,
    TrendPoint,
    TrendStep,
)
from xinfang_desktop.domain.visits import TEXT_LIMITS
from xinfang_desktop.reports import (
    audit_extract,
    case_ledger,
    case_notices,
    leadership_forms,
    meeting_minutes,
    rota_duty_log,
    rota_schedule,
    statistics_analysis,
    statistics_report,
    visit_register,
    visitor_slip,
)

UNIT = "邹坞镇中心小学" * 14  # the unit name at its limit (100 characters)
DAY = date(2026, 11, 23)
AT = datetime(2026, 11, 23, 9, 30)
# Realistic text with punctuation, numbers and markup-like characters, cut to any length.
_SAMPLE = "家长反映食堂饭菜质量差（2026年11月23日），要求公开账目；A&B <x> 13800138000。"


def text(length: int) -> str:
    return (_SAMPLE * (length // len(_SAMPLE) + 1))[:length]


def _notice(kind: NoticeKind) -> bytes:
    content = NoticeContent(
        kind=kind.name,
        title=f"信访事项{kind.value}",
        unit_name=UNIT,
        number="邹中小信受〔2026〕12号",
        case_number="信访〔2026〕第001号",
        issued_on=DAY,
        addressee="张三、李四、王五、赵六、钱七等60人：",
        paragraphs=tuple(text(150) for _ in range(4)),
        rows=tuple((label, text(300)) for label in ("信访请求", "查明事实", "理由", "处理意见")),
        appendix=(("信访事项", text(1000)), ("查明事实", text(2000)), ("复查意见", text(2000))),
        closing=("承办部门：" + text(100), "联系人：" + text(50), "联系电话：" + text(30)),
        recipient="张三等60人",
        stub_lines=("经办人", "签收人"),
    )
    return case_notices.build_case_notice_pdf(content, reprinted_on=DAY, stub=True)


def _receipt() -> bytes:
    content = NoticeContent(
        kind="REPLY",
        title="信访处理意见书",
        unit_name=UNIT,
        number="信处〔2026〕12号",
        case_number="x",
        issued_on=DAY,
        addressee="",
        paragraphs=(),
        recipient="、".join(text(50) for _ in range(5)),
    )
    return case_notices.build_service_receipt_pdf(content)


def _ledger() -> bytes:
    row = case_ledger.LedgerRow(
        number="信访〔2026〕第001号",
        received_on=DAY,
        channel="上级转办/交办",
        petitioners=text(200),
        people_count=300,
        request=text(1000),
        category=text(50),
        area=text(100),
        owner=text(50),
        handling_office=text(100),
        state="已受理",
        due_on=DAY,
        closed_on=None,
        on_time=None,
        repeat_of="信访〔2025〕第100号",
    )
    return case_ledger.build_case_ledger_pdf(
        case_ledger.LedgerDocument(UNIT, DAY, DAY, (row,) * 40, DAY)
    )


def _register() -> bytes:
    row = visit_register.RegisterRow(
        arrived_at=AT,
        left_at=AT + timedelta(hours=1),
        name=text(TEXT_LIMITS["name"][0]),
        gender="男",
        phone="1" * 30,
        id_number="3401**********1234",
        people_count=999,
        unit_address=text(TEXT_LIMITS["unit_address"][0]),
        reason=text(TEXT_LIMITS["reason"][0]),
        category=text(TEXT_LIMITS["category"][0]),
        host=text(TEXT_LIMITS["host"][0]),
        receptionist=text(TEXT_LIMITS["receptionist"][0]),
        vehicle_plate="浙A12345" + "X" * 4,
        outcome=text(TEXT_LIMITS["outcome"][0]),
        remarks=text(TEXT_LIMITS["remarks"][0]),
    )
    return visit_register.build_visit_register_pdf(
        visit_register.VisitRegisterDocument(UNIT, DAY, DAY, [row] * 30, AT)
    )


def _slip() -> bytes:
    return visitor_slip.build_visitor_slip_pdf(
        visitor_slip.VisitorSlip(
            unit_name=UNIT,
            visit_number="20261123-0007",
            name=text(50),
            people_count=999,
            arrived_at=AT,
            host=text(100),
            reason=text(1000),
            receptionist=text(50),
        )
    )


def _minutes_sheet(n: int) -> meeting_minutes.MinutesSheet:
    return meeting_minutes.MinutesSheet(
        held_on=DAY - timedelta(days=7 * n),
        status_label="已审签",
        recorder=text(50),
        present=tuple(f"{text(6)}{i}（组员）" for i in range(60)),
        absent=tuple((f"缺席{i}", text(100)) for i in range(30)),
        agenda=text(MEETING_TEXT_LIMITS["agenda"][1]),
        figures=tuple((text(20), i) for i in range(8)),
        discussion=text(MEETING_TEXT_LIMITS["discussion"][1]),
        decisions=text(MEETING_TEXT_LIMITS["decisions"][1]),
        action_items=tuple(
            meeting_minutes.MinutesActionItem(text(ACTION_TEXT_MAX), text(50), DAY, i % 2 == 0)
            for i in range(50)
        ),
        review_comment=text(COMMENT_MAX),
        reviewed_by=text(50),
        reviewed_at=AT,
        addenda=tuple((AT, text(50), text(ADDENDUM_MAX)) for _ in range(5)),
    )


def _minutes() -> bytes:
    return meeting_minutes.build_minutes_pdf(_minutes_sheet(0), UNIT, DAY)


def _quarter_minutes() -> bytes:
    sheets = [_minutes_sheet(n) for n in range(3)]
    return meeting_minutes.build_quarter_minutes_pdf(sheets, UNIT, "2026年第四季度", DAY)


def _dispute_ledger() -> bytes:
    columns = [
        leadership_forms.Column("序号", 0.45, "CENTER"),
        leadership_forms.Column("排查日期", 0.95, "CENTER"),
        leadership_forms.Column("纠纷事项", 2.4),
        leadership_forms.Column("当事人", 1.0),
        leadership_forms.Column("化解班子", 1.2),
        leadership_forms.Column("责任人", 0.75),
        leadership_forms.Column("化解方案", 2.0),
        leadership_forms.Column("化解时限", 0.95, "CENTER"),
        leadership_forms.Column("风险", 0.45, "CENTER"),
        leadership_forms.Column("状态", 0.8, "CENTER"),
        leadership_forms.Column("进展情况", 2.4),
    ]
    notes = "\n".join(f"2026年11月{d}日 {text(NOTE_MAX)}" for d in range(1, 21))
    row = [
        "1",
        "2026年11月1日",
        text(DISPUTE_TEXT_LIMITS["matter"][1]),
        text(DISPUTE_TEXT_LIMITS["parties"][1]),
        "、".join(text(4) for _ in range(30)),
        text(50),
        text(DISPUTE_TEXT_LIMITS["plan"][1]),
        "2026年12月1日",
        "高",
        "化解中（逾期）",
        notes,
    ]
    form = leadership_forms.TableForm(
        title="矛盾纠纷排查化解台账",
        columns=columns,
        rows=[row] * 5,
        intro=(text(500),),
        signature_labels=("填表人", "组长"),
        wide=True,
    )
    return leadership_forms.build_table_pdf(form, UNIT, DAY)


def _roster() -> bytes:
    form = leadership_forms.TableForm(
        title="信访工作领导小组成员名单",
        columns=[
            leadership_forms.Column("职务", 1),
            leadership_forms.Column("姓名", 1),
            leadership_forms.Column("分工", 3),
        ],
        rows=[[text(50), text(50), text(1000)] for _ in range(200)],
    )
    return leadership_forms.build_table_pdf(form, UNIT, DAY)


def _duty_log() -> bytes:
    return rota_duty_log.build_duty_log_pdf(
        rota_duty_log.DutyLogSheet(
            unit_name=UNIT,
            shift="2026年11月22日 星期日 白班 08:00–20:00",
            people=tuple((text(20), text(50), "1" * 30) for _ in range(20)),
            entries=tuple(("10:05", text(20), text(MAX_NOTE_LENGTH), text(50)) for _ in range(30)),
            linked=tuple(f"10:05 {text(200)}" for _ in range(50)),
            handover=text(MAX_NOTE_LENGTH),
            signed=text(50),
            printed_at=AT,
        )
    )


def _rota() -> bytes:
    columns = tuple((f"{text(20)} 08:00", text(20)) for _ in range(6))
    rows = tuple(
        rota_schedule.RotaSheetRow(
            DAY + timedelta(days=i), "星期一", text(50), i % 7 > 4, tuple(text(60) for _ in columns)
        )
        for i in range(31)
    )
    sheet = rota_schedule.RotaSheet(
        unit_name=UNIT,
        title="2026年12月值班表",
        period="2026年12月1日至2026年12月31日",
        columns=columns,
        rows=rows,
        phones=tuple((text(20), text(50), "1" * 30) for _ in range(40)),
        printed_at=AT,
        note=text(500),
    )
    return rota_schedule.build_rota_pdf(sheet)


def _person_duties() -> bytes:
    rows = tuple(
        rota_schedule.PersonDutyRow(DAY + timedelta(days=i), "星期一", text(40), text(20), text(50))
        for i in range(400)
    )
    return rota_schedule.build_person_duties_pdf(
        rota_schedule.PersonDutySheet(UNIT, text(50), "1" * 30, "2026年", rows, AT)
    )


def _audit() -> bytes:
    rows = [
        audit_extract.AuditExtractRow(i, AT, text(50), "管理员", "打印", text(200), text(2000))
        for i in range(100)
    ]
    return audit_extract.build_audit_extract_pdf(
        audit_extract.AuditExtract(UNIT, DAY, DAY, rows, True, 100, None, DAY)
    )


def _statistics_parts():
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    totals = Totals(99999, 999999, 99999, 999999, 88888, 77777, 5555)
    rows = tuple(Row(f"{text(90)}{i}", 999, 9999, 888, 777) for i in range(60))
    report = Report(period, Dimension.AREA, totals, rows, totals, totals)
    points = tuple(
        TrendPoint(f"{m}月", Period(date(2026, m, 1), date(2026, m, 28)), 99, 999, 99, 999)
        for m in range(1, 13)
    )
    trend = Trend(period, TrendStep.MONTH, points)
    return report, rows, trend


def _statistics() -> bytes:
    report, _, trend = _statistics_parts()
    return statistics_report.build_statistics_pdf(report, trend, UNIT, DAY)


def _analysis() -> bytes:
    report, rows, trend = _statistics_parts()
    analysis = Analysis(report, rows, rows, rows, trend, trend)
    return statistics_analysis.build_analysis_pdf(analysis, UNIT, DAY)


def _annual() -> bytes:
    report, rows, trend = _statistics_parts()
    handling = tuple(HandlingRow(text(50), 999) for _ in range(20))
    tables = AnnualTables(2026, report, rows, rows, handling, trend, trend)
    return statistics_analysis.build_annual_pdf(tables, UNIT, DAY)


FORMS = {
    **{f"notice-{kind.name}": (lambda kind=kind: _notice(kind)) for kind in NoticeKind},
    "service-receipt": _receipt,
    "case-ledger": _ledger,
    "visit-register": _register,
    "visitor-slip": _slip,
    "minutes": _minutes,
    "quarter-minutes": _quarter_minutes,
    "dispute-ledger": _dispute_ledger,
    "roster": _roster,
    "duty-log": _duty_log,
    "rota": _rota,
    "person-duties": _person_duties,
    "audit-extract": _audit,
    "statistics": _statistics,
    "analysis": _analysis,
    "annual": _annual,
}


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Each font's name and whether its program is embedded (what `pdffonts` shows)."""
    found: dict[str, bool] = {}

    def visit(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            visit(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


@pytest.mark.parametrize("name", sorted(FORMS))
def test_every_form_prints_long_text(name):
    pdf = FORMS[name]()  # a LayoutError here is a bug in that form
    reader = PdfReader(io.BytesIO(pdf))
    fonts = _fonts(reader)
    assert fonts and all(fonts.values()), fonts
    meta = reader.metadata
    assert meta.title and meta.author, (meta.title, meta.author)
    assert UNIT in meta.title + meta.author
    if len(reader.pages) > 1:
        assert reader.outline, f"{name}: {len(reader.pages)} pages and no bookmarks"


def test_rows_split_across_pages_keep_every_word():
    """The 矛盾纠纷排查化解台账 with five disputes of twenty long progress notes each: the rows
    run over many pages and not a phone number of the notes is lost."""
    pdf = _dispute_ledger()
    reader = PdfReader(io.BytesIO(pdf))
    printed = "".join(p.extract_text() for p in reader.pages).replace("\n", "").replace(" ", "")
    phone = "13800138000"
    per_row = sum(
        text(n).count(phone)
        for n in (
            DISPUTE_TEXT_LIMITS["matter"][1],
            DISPUTE_TEXT_LIMITS["parties"][1],
            DISPUTE_TEXT_LIMITS["plan"][1],
            50,
        )
    ) + 20 * text(NOTE_MAX).count(phone)
    assert printed.count(phone) == 5 * per_row + text(500).count(phone)
    assert printed.count("2026年11月20日") == 5  # the last note of every dispute


def test_bookmarks_name_the_meetings_of_a_compilation():
    reader = PdfReader(io.BytesIO(_quarter_minutes()))
    titles = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert titles[0] == "目录"
    assert [t for t in titles if t.startswith("例会记录：")] == [
        f"例会记录：{meeting_minutes.meeting_day(sheet.held_on)}"
        for sheet in (_minutes_sheet(n) for n in range(3))
    ]


def test_a_unit_name_at_its_limit_wraps_in_the_signature_at_body_size():
    # GB/T 9704 sets the 落款 at the body size; a 100-character name used to shrink to 4 pt.
    content = NoticeContent(
        kind="ACCEPTANCE",
        title="信访事项受理告知书",
        unit_name=UNIT,
        number="邹中小信受〔2026〕12号",
        case_number="信访〔2026〕第001号",
        issued_on=DAY,
        addressee="张三：",
        paragraphs=(text(100),),
    )
    reader = PdfReader(io.BytesIO(case_notices.build_case_notice_pdf(content)))
    pieces: list[tuple[str, float, float]] = []

    def seen(part, _cm, tm, _font, size):
        if part.strip():
            pieces.append((part.strip(), size * tm[0], tm[5]))

    reader.pages[-1].extract_text(visitor_text=seen)
    signature = [(t, size, y) for t, size, y in pieces if "邹坞镇中心小学" in t or "（盖章）" in t]
    assert "".join(t for t, _, _ in signature).replace("\n", "") == UNIT + "（盖章）"
    assert {round(size) for _, size, _ in signature} == {case_notices.BODY_SIZE}
    assert len({y for _, _, y in signature}) >= 3  # wrapped onto several lines
