from datetime import date, datetime

import pytest

from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.services import case_attachments
from xinfang_desktop.services.case_attachments import (
    add_attachment,
    attachments_dir,
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


def test_files_are_stored_by_hash_and_read_back(database, actor, case, tmp_path, data_dir):
    letter = tmp_path / "来信扫描.pdf"
    letter.write_bytes(b"%PDF-1.4 scanned letter")
    first = add_attachment(database, actor, case.id, letter, now=NOW)
    again = add_attachment(database, actor, case.id, letter, now=NOW)
    assert first.path == again.path and first.path.read_bytes() == letter.read_bytes()
    assert first.path.is_relative_to(data_dir)
    assert [a.file_name for a in list_attachments(database, case.id)] == ["来信扫描.pdf"] * 2
    out = copy_attachment(first, tmp_path / "copy.pdf")
    assert out.read_bytes() == letter.read_bytes()


def test_bad_files_are_refused(database, actor, case, tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="文件是空的"):
        add_attachment(database, actor, case.id, empty, now=NOW)
    with pytest.raises(ValidationError, match="找不到文件"):
        add_attachment(database, actor, case.id, tmp_path / "missing.jpg", now=NOW)
    assert list_attachments(database, case.id) == []


def test_a_failed_save_keeps_the_stored_file(database, actor, case, tmp_path, monkeypatch):
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo")

    def broken_record(row):
        raise RuntimeError("simulated failure after the file was stored")

    working_record = case_attachments._record
    monkeypatch.setattr(case_attachments, "_record", broken_record)
    with pytest.raises(RuntimeError):
        add_attachment(database, actor, case.id, photo, now=NOW)
    monkeypatch.setattr(case_attachments, "_record", working_record)
    assert list_attachments(database, case.id) == []  # the row was rolled back …
    stored = [p for p in attachments_dir().rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in stored] == [photo.read_bytes()]  # … the file is kept
    record = add_attachment(database, actor, case.id, photo, now=NOW)
    assert record.path == stored[0]
