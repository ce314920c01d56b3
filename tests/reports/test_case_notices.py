import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from xinfang_desktop.domain.case_flow import Step
from xinfang_desktop.domain.case_notices import NoticeKind, redact_accused
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft, UrgingDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.reports.case_ledger import build_case_ledger_pdf, write_case_ledger_xlsx
from xinfang_desktop.reports.case_notices import build_case_notice_pdf
from xinfang_desktop.services.case_printing import available_notices, case_notice, ledger_document
from xinfang_desktop.services.cases import add_urging, get_case, register_case, take_case_step
from xinfang_desktop.services.settings import save_unit_settings

NOW = datetime(2026, 11, 23, 9, 0)
UNIT = "邹坞镇中心小学"
ACCUSED, ACCUSED_OFFICE = "李大强", "总务处"


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4 portrait
    # Line breaks fall anywhere in Chinese text: compare without them.
    text = "".join(page.extract_text() for page in reader.pages)
    return text.replace(" ", "").replace("\n", "")


@pytest.fixture
def handled_case(database, actor):
    save_unit_settings(database, actor, UnitSettings(unit_name=UNIT))
    case = register_case(
        database,
        actor,
        CaseDraft(
            channel="来信",
            received_on=date(2026, 9, 1),
            petitioners=(
                PetitionerDraft("张三", phone="13800138000", id_number="11010519491231002X"),
            ),
            request=f"反映{ACCUSED_OFFICE}{ACCUSED}克扣学生伙食费，要求公开食堂账目",
            facts=f"{ACCUSED}在九月多收每生 50 元",
            accused=ACCUSED,
            accused_office=ACCUSED_OFFICE,
        ),
        now=NOW,
    )
    steps = [
        (Step.ACCEPT, date(2026, 9, 2), {}),
        (Step.ASSIGN, date(2026, 9, 3), {"office": "教务处"}),
        (
            Step.EXTEND,
            date(2026, 10, 20),
            {"approver": "王校长", "reason": "需要审计账目", "days": 30},
        ),
        (
            Step.REPLY,
            date(2026, 11, 2),
            {
                "request": "公开食堂账目",
                "facts": "已审计",
                "reasons": "账目无误",
                "decision": "公开账目",
                "basis": "《学校食堂管理规定》第十条",
            },
        ),
        (Step.REQUEST_REVIEW, date(2026, 11, 10), {}),
        (
            Step.ANSWER_REVIEW,
            date(2026, 11, 20),
            {"decision": "维持原处理意见", "basis": "条例第三十五条"},
        ),
    ]
    for step, on, details in steps:
        case = take_case_step(
            database, actor, case.id, step, on, details, expected_version=case.version, now=NOW
        )
    add_urging(
        database,
        actor,
        case.id,
        UrgingDraft(date(2026, 10, 1), "书面督办单", "王校长", "教务处"),
        now=NOW,
    )
    return get_case(database, actor, case.id)


def test_every_notice_reads_back(database, actor, handled_case, tmp_path):
    assert set(available_notices(handled_case)) == set(NoticeKind) - {NoticeKind.REJECTION}
    expected = {
        NoticeKind.ACCEPTANCE: ["受理告知书", "决定予以受理", "60个自然日"],
        NoticeKind.ROUTING: ["信访事项交办单", "教务处：", "办结期限"],
        NoticeKind.URGING: ["信访事项督办单", "书面督办单", "办理期限答复2026年12月1日"],
        NoticeKind.EXTENSION: ["延期告知书", "需要审计账目", "王校长", "延长30日"],
        NoticeKind.REPLY: [
            "信访处理意见书",
            "公开账目",
            "已审计",
            "账目无误",
            "《学校食堂管理规定》第十条",
            "请求复查",
        ],
        NoticeKind.REVIEW: ["复查意见书", "维持原处理意见", "请求复核"],
    }
    for kind, phrases in expected.items():
        pdf = build_case_notice_pdf(
            case_notice(database, actor, handled_case.id, kind, printed_at=date(2026, 11, 23))
        )
        text = text_of(pdf)
        for phrase in [UNIT, "信访〔2026〕第001号", "（盖章）", "第1页共1页", *phrases]:
            assert phrase in text, (kind, phrase)
        # Art. 30: what goes to an office never names the accused; ID numbers are masked.
        if kind in (NoticeKind.ROUTING, NoticeKind.URGING):
            assert ACCUSED not in text, kind
        assert "11010519491231002X" not in text
        (tmp_path / f"{kind.name}.pdf").write_bytes(pdf)
    routing = text_of(
        build_case_notice_pdf(case_notice(database, actor, handled_case.id, NoticeKind.ROUTING))
    )
    assert ACCUSED_OFFICE not in routing
    assert "（被反映部门）（被反映人）克扣学生伙食费" in routing


def test_a_notice_needs_its_step(database, actor):
    save_unit_settings(database, actor, UnitSettings(unit_name=UNIT))
    case = register_case(
        database,
        actor,
        CaseDraft(
            channel="来电",
            received_on=date(2026, 11, 20),
            petitioners=(PetitionerDraft("王五"),),
            request="校门口拥堵",
        ),
        now=NOW,
    )
    assert available_notices(case) == []
    with pytest.raises(ValidationError, match="还没有受理，不能打印受理告知书"):
        case_notice(database, actor, case.id, NoticeKind.ACCEPTANCE)
    case = take_case_step(
        database,
        actor,
        case.id,
        Step.REJECT,
        date(2026, 11, 21),
        {"reason": "不属于学校职权", "go_to": "区交警大队"},
        expected_version=case.version,
        now=NOW,
    )
    text = text_of(
        build_case_notice_pdf(case_notice(database, actor, case.id, NoticeKind.REJECTION))
    )
    assert "不属于学校职权" in text and "区交警大队" in text


def test_redaction_replaces_the_longer_name_first():
    assert redact_accused("李强和李强家", "李强", "李强家") == "（被反映人）和（被反映部门）"
    assert redact_accused("无关", "", "") == "无关"


def test_ledger_pdf_and_xlsx(database, actor, handled_case, tmp_path):
    from openpyxl import load_workbook

    document = ledger_document(
        database, actor, date(2026, 9, 1), date(2026, 9, 30), printed_at=date(2026, 11, 23)
    )
    (row,) = document.rows
    # The answers in the ledger's words, the day of the reply, the handling deadline.
    assert row.result == "公开账目；复查：维持原处理意见"
    assert row.replied_on == date(2026, 11, 2)
    reader = PdfReader(io.BytesIO(build_case_ledger_pdf(document)))
    assert reader.pages[0].mediabox.width == pytest.approx(841.89, abs=1)  # A4 landscape
    text = "".join(page.extract_text() for page in reader.pages)
    text = text.replace(" ", "").replace("\n", "")
    for phrase in [
        "信访事项登记台账",
        UNIT,
        "信访〔2026〕第001号",
        "张三",
        "教务处",
        "公开账目；复查：维持原处理意见",
        "共1件",
        "合计",
        "填报单位（盖章）",
    ]:
        assert phrase in text, phrase
    path = tmp_path / "ledger.xlsx"
    write_case_ledger_xlsx(document, path)
    sheet = load_workbook(path).active
    headers = [cell.value for cell in sheet[3]]
    values = dict(zip(headers, (cell.value for cell in sheet[4]), strict=True))
    assert values["编号"] == "信访〔2026〕第001号"
    assert values["状态"] == "已复查"
    assert values["答复日期"] == datetime(2026, 11, 2)
    with pytest.raises(ValidationError):
        ledger_document(database, actor, date(2026, 9, 30), date(2026, 9, 1))


def test_referral_to_another_body_prints_a_transfer_slip(database, actor):
    save_unit_settings(database, actor, UnitSettings(unit_name=UNIT))
    case = register_case(
        database,
        actor,
        CaseDraft(
            channel="来访",
            received_on=date(2026, 11, 20),
            petitioners=(PetitionerDraft("王五", phone="13912345678"),),
            request=f"反映{ACCUSED}占用村道",
            accused=ACCUSED,
        ),
        now=NOW,
    )
    take_case_step(
        database,
        actor,
        case.id,
        Step.REFER,
        date(2026, 11, 21),
        {"body": "邹坞镇人民政府", "reason": "属于村镇管理事项"},
        expected_version=case.version,
        now=NOW,
    )
    text = text_of(build_case_notice_pdf(case_notice(database, actor, case.id, NoticeKind.ROUTING)))
    for phrase in ("信访事项转送单", "邹坞镇人民政府：", "属于村镇管理事项", "王五13912345678"):
        assert phrase in text, phrase
    assert ACCUSED not in text


def test_prints_are_audited_and_need_the_permission(database, actor, handled_case):
    from xinfang_desktop.domain.auth import PermissionDeniedError, Role
    from xinfang_desktop.services import audit
    from xinfang_desktop.services.context import Actor

    case_notice(database, actor, handled_case.id, NoticeKind.ACCEPTANCE)
    ledger_document(database, actor, date(2026, 9, 1), date(2026, 9, 30), purpose="export")
    logged = [(e.action, e.target_kind) for e in audit.list_entries(database, actor)]
    assert logged[:2] == [("export", "case_ledger"), ("print", "case")]
    leader = Actor("赵校长", Role.LEADER)
    with pytest.raises(PermissionDeniedError):
        case_notice(database, leader, handled_case.id, NoticeKind.ACCEPTANCE)
    with pytest.raises(PermissionDeniedError):
        ledger_document(database, Actor("王师傅", Role.GATE), date(2026, 9, 1), date(2026, 9, 30))
