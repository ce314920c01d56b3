import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.services import audit
from xinfang_desktop.services.context import Actor

ADMIN = Actor("刘主任", Role.ADMIN)


def _three_entries(db):
    for n in range(3):
        audit.append(
            db, ADMIN, "print", target_kind="visit_register", target_id=n, detail=f"第{n}次"
        )


def test_chain_is_intact_and_listed_newest_first(database):
    _three_entries(database)
    entries = audit.list_entries(database, ADMIN)
    assert [e.target_id for e in entries] == ["2", "1", "0"]
    assert entries[0].action_label == "打印"
    assert audit.verify_chain(database, ADMIN).intact


def test_the_database_refuses_to_edit_or_delete_entries(database):
    _three_entries(database)
    for statement in (
        "UPDATE audit_entries SET detail = '改过' WHERE id = 2",
        "DELETE FROM audit_entries WHERE id = 2",
    ):
        with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as conn:
            conn.execute(text(statement))
    assert audit.verify_chain(database, ADMIN).intact


def _drop_guard(conn, dialect):
    if dialect == "sqlite":
        conn.execute(text("DROP TRIGGER audit_entries_no_update"))
        conn.execute(text("DROP TRIGGER audit_entries_no_delete"))
    else:
        conn.execute(text("DROP TRIGGER audit_entries_append_only ON audit_entries"))


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_entries SET detail = '改过' WHERE id = 2",
        "UPDATE audit_entries SET user_name = '别人' WHERE id = 3",
        "DELETE FROM audit_entries WHERE id = 2",
    ],
)
def test_tampering_around_the_guard_breaks_the_chain(database, tamper):
    _three_entries(database)
    dialect = database.engine.dialect.name
    with database.engine.begin() as conn:
        _drop_guard(conn, dialect)
        conn.execute(text(tamper))
    check = audit.verify_chain(database, ADMIN)
    if dialect == "postgresql":
        # The PostgreSQL schema is shared by the run's tests: put the guard back.
        with database.engine.begin() as conn:
            conn.execute(
                text(
                    "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "
                    "audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()"
                )
            )
    assert not check.intact
    assert check.first_broken_id in (2, 3)


def test_printed_extract_reads_back_with_the_chain_verdict(database):
    import io
    from datetime import date, datetime

    from pypdf import PdfReader

    from xinfang_desktop.reports.audit_extract import build_audit_extract_pdf

    audit.append(
        database,
        ADMIN,
        "view_unmasked",
        target_kind="visit",
        target_id=7,
        detail="打开登记：张三",
        now=datetime(2026, 11, 20, 9, 30),
    )
    extract = audit.audit_extract(
        database,
        ADMIN,
        date(2026, 11, 1),
        date(2026, 11, 30),
        unit_name="邹坞镇中心小学",
        now=datetime(2026, 11, 23, 10, 0),
    )
    assert extract.chain_intact and extract.entries_checked == 1
    text = "".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(build_audit_extract_pdf(extract))).pages
    )
    for expected in (
        "邹坞镇中心小学",
        "审计日志摘录",
        "查看完整个人信息",
        "来访登记 7",
        "打开登记：张三",
        "校验链完整",
        "第 1 页 共 1 页",
    ):
        assert expected in text
    # The print itself is the next entry of the chain.
    assert audit.list_entries(database, ADMIN)[0].target_kind == "audit_extract"
