from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from xinfang_desktop.db.models import AttachmentContent
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.services import audit, case_attachments
from xinfang_desktop.services.case_attachments import (
    add_attachment,
    copy_attachment,
    list_attachments,
)
from xinfang_desktop.services.cases import register_case

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def case(database, actor):
    return register_case(
        database,
        actor,
        CaseDraft(
            channel="来信",
            received_on=date(2026, 11, 20),
            petitioners=(PetitionerDraft("张三"),),
            request="要求公开食堂收费",
        ),
        now=NOW,
    )


def test_files_are_stored_once_in_the_database_and_read_back(
    database, actor, case, tmp_path, data_dir
):
    letter = tmp_path / "来信扫描.pdf"
    letter.write_bytes(b"%PDF-1.4 scanned letter")
    first = add_attachment(database, actor, case.id, letter, now=NOW)
    again = add_attachment(database, actor, case.id, letter, now=NOW)
    assert first.sha256 == again.sha256
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentContent)) == 1
    # Nothing is written into the data folder: another PC on the same server sees the file.
    assert not [p for p in data_dir.rglob("*") if p.is_file() and "attachments" in str(p)]
    assert [a.file_name for a in list_attachments(database, actor, case.id)] == ["来信扫描.pdf"] * 2
    out = copy_attachment(database, actor, first, tmp_path / "copy.pdf")
    assert out.read_bytes() == letter.read_bytes()
    # Opening an attachment is a look at personal data: it is in the audit log.
    assert audit.list_entries(database, actor)[0].detail == "打开附件：来信扫描.pdf"


def test_bad_files_are_refused(database, actor, case, tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="文件是空的"):
        add_attachment(database, actor, case.id, empty, now=NOW)
    with pytest.raises(ValidationError, match="找不到文件"):
        add_attachment(database, actor, case.id, tmp_path / "missing.jpg", now=NOW)
    assert list_attachments(database, actor, case.id) == []


def test_a_failed_save_stores_nothing_and_leaves_the_users_file(
    database, actor, case, tmp_path, monkeypatch
):
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo")

    def broken_record(row):
        raise RuntimeError("simulated failure inside the transaction")

    working_record = case_attachments._record
    monkeypatch.setattr(case_attachments, "_record", broken_record)
    with pytest.raises(RuntimeError):
        add_attachment(database, actor, case.id, photo, now=NOW)
    monkeypatch.setattr(case_attachments, "_record", working_record)
    assert list_attachments(database, actor, case.id) == []
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentContent)) == 0
    assert photo.read_bytes() == b"\xff\xd8 photo"
    record = add_attachment(database, actor, case.id, photo, now=NOW)
    assert copy_attachment(database, actor, record, tmp_path / "out.jpg").exists()


def test_the_gate_cannot_attach_or_open(database, case, tmp_path):
    from xinfang_desktop.domain.auth import PermissionDeniedError, Role
    from xinfang_desktop.services.context import Actor

    gate = Actor("王师傅", Role.GATE)
    photo = tmp_path / "照片.jpg"
    photo.write_bytes(b"photo")
    with pytest.raises(PermissionDeniedError):
        add_attachment(database, gate, case.id, photo, now=NOW)
