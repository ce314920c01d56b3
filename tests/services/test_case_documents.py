"""Issued documents: numbering, frozen content, reprints, corrections, 送达, audit."""

import io
import threading
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from xinfang_desktop.db.engine import Database
from xinfang_desktop.db.models import IssuedDocument, Setting
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.case_flow import Step
from xinfang_desktop.domain.case_notices import NoticeKind
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.settings import DocumentSettings, UnitSettings
from xinfang_desktop.reports.case_notices import build_case_notice_pdf
from xinfang_desktop.services import audit
from xinfang_desktop.services.case_documents import (
    DocumentIntegrityError,
    correct_document,
    issue_notice,
    issue_or_reprint,
    list_case_documents,
    record_service,
    reprint_document,
    reprint_legacy_document,
)
from xinfang_desktop.services.cases import load_case, register_case, take_case_step
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.settings import save_document_settings, save_unit_settings

NOW = datetime(2026, 11, 23, 9, 0)
FORMAT = "邹中小信受〔{year}〕{seq}号"


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join(p.extract_text() for p in reader.pages).replace(" ", "").replace("\n", "")


def _setup(db, actor):
    save_unit_settings(db, actor, UnitSettings(unit_name="邹坞镇中心小学"))
    save_document_settings(db, actor, DocumentSettings(number_formats={"ACCEPTANCE": FORMAT}))


def _accepted_case(db, actor, name="张三", accepted=date(2026, 8, 21)):
    case = register_case(
        db,
        actor,
        CaseDraft(
            channel="来信",
            received_on=date(2026, 8, 20),
            petitioners=(PetitionerDraft(name),),
            request="要求公开食堂账目",
        ),
        now=NOW,
    )
    return take_case_step(
        db, actor, case.id, Step.ACCEPT, accepted, {}, expected_version=case.version, now=NOW
    )


def test_reprint_after_an_extension_keeps_the_frozen_number_and_deadline(database, actor):
    _setup(database, actor)
    case = _accepted_case(database, actor)
    issued = issue_notice(
        database, actor, case.id, NoticeKind.ACCEPTANCE, issued_on=date(2026, 8, 21), now=NOW
    )
    assert issued.document.number == "邹中小信受〔2026〕1号"
    original_due = issued.content.key_facts["答复期限"]
    assert original_due == "2026年10月20日"
    take_case_step(
        database,
        actor,
        case.id,
        Step.EXTEND,
        date(2026, 10, 15),
        {"approver": "王校长", "reason": "需要审计", "days": 30},
        expected_version=case.version,
        now=NOW,
    )
    copy = reprint_document(database, actor, issued.document.id, today=date(2026, 11, 29))
    assert copy.content == issued.content
    text = text_of(build_case_notice_pdf(copy.content, reprinted_on=copy.reprinted_on))
    assert "副本（2026年11月29日重印）" in text
    assert "邹中小信受〔2026〕1号" in text
    assert "答复期限至2026年10月20日" in text and "2026年11月19日" not in text
    assert "2026年8月21日" in text  # the 落款 stays the issue date


def test_numbers_run_per_kind_and_year_without_gaps(database, actor):
    _setup(database, actor)
    numbers = []
    for name in ("甲", "乙", "丙"):
        case = _accepted_case(database, actor, name)
        numbers.append(
            issue_notice(database, actor, case.id, NoticeKind.ACCEPTANCE, now=NOW).document.number
        )
    assert numbers == [FORMAT.format(year=2026, seq=n) for n in (1, 2, 3)]
    # Another kind has its own sequence.
    case = _accepted_case(database, actor, "丁")
    take_case_step(
        database,
        actor,
        case.id,
        Step.EXTEND,
        date(2026, 10, 1),
        {"approver": "王校长", "reason": "复杂", "days": 10},
        expected_version=case.version,
        now=NOW,
    )
    extension = issue_notice(database, actor, case.id, NoticeKind.EXTENSION, now=NOW)
    assert extension.document.number == "信延〔2026〕1号"
    # A refused issue takes no number.
    with pytest.raises(ValidationError, match=r"已于.*印发.*请重印或更正"):
        issue_notice(database, actor, case.id, NoticeKind.EXTENSION, now=NOW)
    assert issue_notice(
        database, actor, case.id, NoticeKind.ACCEPTANCE, now=NOW
    ).document.number == FORMAT.format(year=2026, seq=4)


def test_correction_issues_a_new_document_naming_the_old_one(database, actor):
    _setup(database, actor)
    case = _accepted_case(database, actor)
    first = issue_notice(
        database, actor, case.id, NoticeKind.ACCEPTANCE, issued_on=date(2026, 8, 21), now=NOW
    )
    with pytest.raises(ValidationError, match="更正原因"):
        correct_document(database, actor, first.document.id, "  ", now=NOW)
    second = correct_document(database, actor, first.document.id, "联系电话有误", now=NOW)
    assert second.document.number == FORMAT.format(year=2026, seq=2)
    assert second.document.replaces_number == first.document.number
    assert "本文书更正并替代本单位2026年8月21日印发的邹中小信受〔2026〕1号" in "".join(
        second.content.paragraphs
    )
    listed = {d.number: d for d in list_case_documents(database, actor, case.id)}
    assert listed[first.document.number].replaced_by_number == second.document.number
    assert listed[first.document.number].status == f"已被{second.document.number}更正"
    with pytest.raises(ValidationError, match="已被"):
        correct_document(database, actor, first.document.id, "再改", now=NOW)
    # The command line reprints the live one, not the replaced one.
    assert issue_or_reprint(database, actor, case.id, NoticeKind.ACCEPTANCE).document.id == (
        second.document.id
    )


def test_issue_reprint_correct_and_service_are_audited(database, actor):
    _setup(database, actor)
    case = _accepted_case(database, actor)
    issued = issue_notice(database, actor, case.id, NoticeKind.ACCEPTANCE, now=NOW)
    reprint_document(database, actor, issued.document.id)
    with pytest.raises(ValidationError) as refused:
        record_service(
            database,
            actor,
            issued.document.id,
            served_on=date(2026, 11, 1),
            method="托人带",
            served_to="",
            served_by="李明",
            now=NOW,
        )
    assert {e.field for e in refused.value.errors} == {"method", "served_to", "served_on"}
    served = record_service(
        database,
        actor,
        issued.document.id,
        served_on=date(2026, 11, 23),
        method="直接送达",
        served_to="张三",
        served_by="李明",
        now=NOW,
    )
    assert served.status == "2026年11月23日直接送达"
    correct_document(database, actor, issued.document.id, "错字", now=NOW)
    actions = [e.action for e in audit.list_entries(database, actor)]
    for action in (
        "document_issued",
        "document_reprinted",
        "document_served",
        "document_corrected",
    ):
        assert action in actions, action


def test_a_tampered_document_is_not_reprinted(database, actor):
    _setup(database, actor)
    case = _accepted_case(database, actor)
    issued = issue_notice(database, actor, case.id, NoticeKind.ACCEPTANCE, now=NOW)
    with database.write() as session:
        row = session.get(IssuedDocument, issued.document.id)
        row.content = {**row.content, "addressee": "别人："}
    with pytest.raises(DocumentIntegrityError):
        reprint_document(database, actor, issued.document.id)


def test_documents_from_before_the_register_show_on_their_step_date(database, actor):
    _setup(database, actor)
    case = _accepted_case(database, actor)
    take_case_step(
        database,
        actor,
        case.id,
        Step.EXTEND,
        date(2026, 10, 15),
        {"approver": "王校长", "reason": "需要审计", "days": 30},
        expected_version=case.version,
        now=NOW,
    )
    with database.write() as session:
        # As the migration records it: steps taken before this moment had unstored notices.
        session.merge(
            Setting(key="documents_register_since", value="2026-11-24T00:00:00", updated_at=NOW)
        )
    legacy = [d for d in list_case_documents(database, actor, case.id) if d.legacy]
    assert [(d.kind, d.issued_on) for d in legacy] == [
        (NoticeKind.ACCEPTANCE, date(2026, 8, 21)),
        (NoticeKind.EXTENSION, date(2026, 10, 15)),
    ]
    acceptance = legacy[0]
    # The content it had then: the deadline before the extension, the case number it bore.
    assert acceptance.content.key_facts["答复期限"] == "2026年10月20日"
    assert acceptance.number == case.number
    copy = reprint_legacy_document(database, actor, case.id, acceptance.subject)
    assert copy.content.issued_on == date(2026, 8, 21)


def test_only_case_handlers_issue_documents(database, actor):
    _setup(database, actor)
    case = _accepted_case(database, actor)
    for role in (Role.LEADER, Role.GATE):
        with pytest.raises(PermissionDeniedError):
            issue_notice(database, Actor("某人", role), case.id, NoticeKind.ACCEPTANCE)
        with pytest.raises(PermissionDeniedError):
            list_case_documents(database, Actor("某人", role), case.id)
    with pytest.raises(PermissionDeniedError):
        save_document_settings(database, Actor("某人", Role.CLERK), DocumentSettings())


def test_number_formats_are_validated(database, actor):
    with pytest.raises(ValidationError) as refused:
        save_document_settings(
            database, actor, DocumentSettings(number_formats={"ACCEPTANCE": "信受〔2026〕号"})
        )
    assert refused.value.errors[0].field == "number_format_acceptance"
    with pytest.raises(ValidationError):
        save_document_settings(
            database, actor, DocumentSettings(number_formats={"REPLY": "{year}{seq}{x}"})
        )


def test_two_pcs_issuing_at_once_take_distinct_consecutive_numbers(pg_db, actor):
    _setup(pg_db, actor)
    case_ids = [_accepted_case(pg_db, actor, f"人{n}").id for n in range(8)]
    pg_url = pg_db.url.render_as_string(hide_password=False)
    # Each "PC" has its own engine and connections; a barrier starts them together.
    barrier = threading.Barrier(2)
    results: dict[int, list[str]] = {0: [], 1: []}
    errors: list[BaseException] = []

    def pc(index: int) -> None:
        db = Database(pg_url)
        try:
            barrier.wait()
            for case_id in case_ids[index::2]:
                document = issue_notice(db, actor, case_id, NoticeKind.ACCEPTANCE, now=NOW)
                results[index].append(document.document.number)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=pc, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(results[0] + results[1], key=lambda n: int(n.split("〕")[1][:-1]))
    assert numbers == [FORMAT.format(year=2026, seq=n) for n in range(1, 9)]


def test_serving_the_acceptance_notice_is_the_written_notice_of_art_23(database, actor):
    _setup(database, actor)
    case = _accepted_case(database, actor)
    assert Step.NOTIFY in case.allowed_steps
    issued = issue_notice(
        database, actor, case.id, NoticeKind.ACCEPTANCE, issued_on=date(2026, 8, 22), now=NOW
    )
    record_service(
        database, actor, issued.document.id, served_on=date(2026, 8, 24), method="邮寄送达",
        served_to="张三", served_by="李明", now=NOW,
    )  # fmt: skip
    served = load_case(database, actor, case.id)
    assert served.clock.notified_on == date(2026, 8, 24)
    assert Step.NOTIFY not in served.allowed_steps
    assert served.version == case.version + 1  # one step, taken with the service


def test_serving_a_notice_keeps_a_written_notice_already_recorded(database, actor):
    _setup(database, actor)
    case = _accepted_case(database, actor)
    told = take_case_step(
        database, actor, case.id, Step.NOTIFY, date(2026, 8, 23), {"method": "当面"},
        expected_version=case.version, now=NOW,
    )  # fmt: skip
    issued = issue_notice(
        database, actor, case.id, NoticeKind.ACCEPTANCE, issued_on=date(2026, 8, 22), now=NOW
    )
    record_service(
        database, actor, issued.document.id, served_on=date(2026, 8, 25), method="直接送达",
        served_to="张三", served_by="李明", now=NOW,
    )  # fmt: skip
    served = load_case(database, actor, case.id)
    assert served.clock.notified_on == date(2026, 8, 23) and served.version == told.version
