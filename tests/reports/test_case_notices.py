import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from xinfang_desktop.domain.case_flow import Step
from xinfang_desktop.domain.case_notices import NoticeKind, redact_accused
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft, UrgingDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.settings import DocumentSettings, UnitSettings
from xinfang_desktop.reports.case_ledger import build_case_ledger_pdf, write_case_ledger_xlsx
from xinfang_desktop.reports.case_notices import (
    ServiceRecord,
    build_case_notice_pdf,
    build_service_receipt_pdf,
)
from xinfang_desktop.services.case_documents import issue_notice
from xinfang_desktop.services.case_printing import ledger_document
from xinfang_desktop.services.cases import add_urging, get_case, register_case, take_case_step
from xinfang_desktop.services.notice_content import available_notices
from xinfang_desktop.services.settings import save_document_settings, save_unit_settings

NOW = datetime(2026, 11, 23, 9, 0)
ISSUED = date(2026, 11, 23)
UNIT = "邹坞镇中心小学"
ACCUSED, ACCUSED_OFFICE = "李大强", "总务处"
SUPERIOR = "枣庄市薛城区教育和体育局"


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4 portrait
    # Line breaks fall anywhere in Chinese text: compare without them.
    text = "".join(page.extract_text() for page in reader.pages)
    return text.replace(" ", "").replace("\n", "")


def _settings(database, actor):
    save_unit_settings(database, actor, UnitSettings(unit_name=UNIT))
    save_document_settings(
        database,
        actor,
        DocumentSettings(
            superior_name=SUPERIOR,
            superior_address="薛城区黄河路12号",
            superior_phone="0632-4412345",
            contact_person="李明",
            contact_phone="0632-5512345",
            number_formats={"ACCEPTANCE": "邹中小信受〔{year}〕{seq}号"},
        ),
    )


@pytest.fixture
def handled_case(database, actor):
    _settings(database, actor)
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
            {
                "decision": "维持原处理意见",
                "basis": "条例第三十五条",
                "original_body": "邹坞镇中学",
                "original_number": "邹中信处〔2026〕3号",
                "original_date": "2026年10月8日",
            },
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


def _issue(database, actor, case_id, kind):
    return issue_notice(database, actor, case_id, kind, issued_on=ISSUED, now=NOW)


def test_every_notice_reads_back(database, actor, handled_case, tmp_path):
    assert set(available_notices(handled_case)) == set(NoticeKind) - {
        NoticeKind.REJECTION,
        NoticeKind.TRANSFER,
    }
    expected = {
        NoticeKind.ACCEPTANCE: [
            "信访事项受理告知书",
            "邹中小信受〔2026〕1号",
            "张三：",
            "你于2026年9月1日来信反映“总务处李大强克扣学生伙食费，要求公开食堂账目”的信访事项，"
            "本单位已收悉。",
            "60个自然日",
            "答复期限至2026年11月2日",
            "联系人：李明",
            "联系电话：0632-5512345",
        ],
        NoticeKind.ROUTING: ["信访事项交办单", "教务处：", "办结期限", "信转办〔2026〕1号"],
        NoticeKind.URGING: ["信访事项督办单", "督办编号信督〔2026〕1号", "书面督办单", "反馈期限"],
        NoticeKind.EXTENSION: [
            "信访事项延期办理告知书",
            "需要审计账目",
            "经本单位负责人批准",
            "延长30日",
            "原定办理期限至2026年11月2日",
            "至2026年12月1日",
        ],
        NoticeKind.REPLY: [
            "信访处理意见书",
            "公开账目",
            "已审计",
            "账目无误",
            "《学校食堂管理规定》第十条",
            "请求复查",
        ],
        NoticeKind.REVIEW: [
            "信访复查意见书",
            "邹坞镇中学",
            "邹中信处〔2026〕3号",
            "于2026年11月10日向本单位请求复查",
            "维持原处理意见",
            "请求复核",
        ],
    }
    for kind, phrases in expected.items():
        content = _issue(database, actor, handled_case.id, kind).content
        text = text_of(build_case_notice_pdf(content))
        for phrase in [UNIT, "（盖章）", "2026年11月23日", *phrases]:
            assert phrase in text, (kind, phrase)
        # The served copy: no internal sign-off, no print date, no "第1页 共1页", no 你（你们）.
        for absent in ("经办人", "打印日期", "第1页", "你（你们）", "王校长批准"):
            assert absent not in text, (kind, absent)
        # Art. 30: what goes to an office never names the accused; ID numbers are masked.
        if kind in (NoticeKind.ROUTING, NoticeKind.URGING):
            assert ACCUSED not in text and ACCUSED_OFFICE not in text, kind
        assert "11010519491231002X" not in text
        stub = text_of(build_case_notice_pdf(content, stub=True))
        assert "存根" in stub and ("经办人" in stub or "督办人" in stub)
        assert f"信访事项编号：{handled_case.number}" in stub
        assert handled_case.number not in text  # the served copy carries its own 文号
        (tmp_path / f"{kind.name}.pdf").write_bytes(build_case_notice_pdf(content))


def test_reply_route_names_the_configured_superior_body(database, actor, handled_case):
    text = text_of(
        build_case_notice_pdf(_issue(database, actor, handled_case.id, NoticeKind.REPLY).content)
    )
    assert (
        f"自收到本意见书之日起30个自然日内，向{SUPERIOR}（地址：薛城区黄河路12号；"
        "电话：0632-4412345）请求复查（《信访工作条例》第三十五条）" in text
    )


def test_a_school_prints_no_review_opinion_for_a_result_from_above(database, actor):
    _settings(database, actor)
    case = register_case(
        database,
        actor,
        CaseDraft(
            channel="来访",
            received_on=date(2026, 9, 1),
            petitioners=(PetitionerDraft("王五"),),
            request="校车路线",
        ),
        now=NOW,
    )
    for step, on, details in [
        (Step.ACCEPT, date(2026, 9, 2), {}),
        (
            Step.REPLY,
            date(2026, 9, 20),
            {"request": "改线", "facts": "无", "reasons": "无", "decision": "不改", "basis": "无"},
        ),
        (Step.REQUEST_REVIEW, date(2026, 10, 1), {}),
        (Step.ANSWER_REVIEW, date(2026, 10, 20), {"decision": "维持", "basis": "第三十五条"}),
    ]:
        case = take_case_step(
            database, actor, case.id, step, on, details, expected_version=case.version, now=NOW
        )
    assert NoticeKind.REVIEW not in available_notices(case)
    with pytest.raises(ValidationError, match="复查意见书由复查机关出具"):
        _issue(database, actor, case.id, NoticeKind.REVIEW)


def test_wording_follows_the_petitioners_and_the_channel(database, actor):
    _settings(database, actor)
    long_request = "要求学校调整课后服务收费标准并公开收支明细" * 12
    group = register_case(
        database,
        actor,
        CaseDraft(
            channel="上级转办/交办",
            received_on=date(2026, 8, 19),
            referring_body="薛城区信访局",
            referring_ref="薛信转〔2026〕88号",
            petitioners=(PetitionerDraft("赵一", is_representative=True), PetitionerDraft("钱二")),
            people_count=6,
            request=long_request,
        ),
        now=NOW,
    )
    take_case_step(
        database,
        actor,
        group.id,
        Step.ACCEPT,
        date(2026, 8, 21),
        {},
        expected_version=group.version,
        now=NOW,
    )
    content = _issue(database, actor, group.id, NoticeKind.ACCEPTANCE).content
    text = text_of(build_case_notice_pdf(content))
    assert "赵一、钱二等6人：" in text
    assert (
        "薛城区信访局（薛信转〔2026〕88号）转办（交办）的你们反映的信访事项（详见附页），"
        "本单位已于2026年8月19日收到。" in text
    )
    assert "以上级转办/交办方式" not in text and "你（你们）" not in text
    # The request is never cut: the letter points to the attached page, which holds it all.
    assert "（详见附页）" in text and "附页" in text
    assert long_request in text
    assert content.appendix == (("信访事项", long_request),)


def test_rejection_and_transfer_notices(database, actor):
    _settings(database, actor)
    rejected = register_case(
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
    assert available_notices(rejected) == []
    with pytest.raises(ValidationError, match="还没有受理，不能印发受理告知书"):
        _issue(database, actor, rejected.id, NoticeKind.ACCEPTANCE)
    take_case_step(
        database,
        actor,
        rejected.id,
        Step.REJECT,
        date(2026, 11, 21),
        {"reason": "不属于学校职权", "go_to": "区交警大队"},
        expected_version=rejected.version,
        now=NOW,
    )
    text = text_of(
        build_case_notice_pdf(_issue(database, actor, rejected.id, NoticeKind.REJECTION).content)
    )
    assert "不属于学校职权" in text and "请你向区交警大队提出" in text and "第二十三条" in text

    referred = register_case(
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
        referred.id,
        Step.REFER,
        date(2026, 11, 21),
        {"body": "邹坞镇人民政府", "reason": "属于村镇管理事项"},
        expected_version=referred.version,
        now=NOW,
    )
    to_petitioner = text_of(
        build_case_notice_pdf(_issue(database, actor, referred.id, NoticeKind.TRANSFER).content)
    )
    assert "信访事项转送告知书" in to_petitioner
    assert "已于2026年11月21日将该事项转送邹坞镇人民政府办理" in to_petitioner
    slip = text_of(
        build_case_notice_pdf(_issue(database, actor, referred.id, NoticeKind.ROUTING).content)
    )
    for phrase in ("信访事项转送单", "邹坞镇人民政府：", "属于村镇管理事项", "王五13912345678"):
        assert phrase in slip, phrase
    assert ACCUSED not in slip


def test_service_receipt_blank_and_recorded(database, actor, handled_case):
    content = _issue(database, actor, handled_case.id, NoticeKind.ACCEPTANCE).content
    blank = text_of(build_service_receipt_pdf(content))
    for phrase in (
        "送达回证",
        "信访事项受理告知书",
        "邹中小信受〔2026〕1号",
        "受送达人张三",
        "□直接送达",
        "受送达人签收",
        "送达人",
        f"{UNIT}（盖章）",
    ):
        assert phrase in blank, phrase
    filled = text_of(
        build_service_receipt_pdf(
            content, ServiceRecord(date(2026, 11, 24), "邮寄送达", "张三", "李明")
        )
    )
    assert "邮寄送达" in filled and "2026年11月24日" in filled and "□直接送达" not in filled


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


def test_the_petitioners_evaluation_on_closing_reaches_the_ledger(database, actor, handled_case):
    with pytest.raises(ValidationError):
        take_case_step(
            database, actor, handled_case.id, Step.CLOSE, date(2026, 11, 22),
            {"result": "已办结", "evaluation": "很好"}, expected_version=handled_case.version,
            now=NOW,
        )  # fmt: skip
    take_case_step(
        database, actor, handled_case.id, Step.CLOSE, date(2026, 11, 22),
        {"result": "已办结", "evaluation": "基本满意"}, expected_version=handled_case.version,
        now=NOW,
    )  # fmt: skip
    (row,) = ledger_document(database, actor, date(2026, 9, 1), date(2026, 9, 30)).rows
    assert row.evaluation == "基本满意"
    assert row.closed_on == date(2026, 11, 22)
    # The closing result is not an answer of its own when the reply already gave one.
    assert row.result == "公开账目；复查：维持原处理意见"
