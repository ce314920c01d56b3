"""On PostgreSQL the application's role cannot change or empty the audit table, and the
program works with such a role (the set-up README describes)."""

import secrets
from datetime import datetime

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import audit
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.database import open_database
from xinfang_desktop.services.visits import register_visit

ADMIN = Actor("刘主任", Role.ADMIN)

# The same statements as README's "PostgreSQL：应用账号" section.
_APP_ROLE_GRANTS = """
GRANT CONNECT ON DATABASE "{database}" TO {role};
GRANT USAGE ON SCHEMA public TO {role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM {role};
"""


@pytest.fixture
def app_role_url(pg_url):
    role = f"xinfang_app_{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(12)
    owner = make_url(pg_url)
    admin = create_engine(owner, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
            for statement in _APP_ROLE_GRANTS.format(database=owner.database, role=role).split(";"):
                if statement.strip():
                    connection.execute(text(statement))
        yield owner.set(username=role, password=password).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE usename = '{role}'"
                )
            )
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))
        admin.dispose()


@pytest.mark.postgres
def test_the_program_works_with_an_app_role_that_cannot_touch_the_audit_table(app_role_url):
    opened = open_database(app_role_url, None)
    db = opened.db
    try:
        assert opened.notices == []
        register_visit(
            db, ADMIN, VisitDraft(arrived_at=datetime(2026, 11, 22, 9), name="张三", reason="咨询")
        )
        audit.append(db, ADMIN, "print", target_kind="visit_register")
        assert audit.verify_chain(db, ADMIN).intact
        for statement in (
            "UPDATE audit_entries SET detail = 'x'",
            "DELETE FROM audit_entries",
            "TRUNCATE audit_entries",
            "DROP TRIGGER audit_entries_append_only ON audit_entries",
        ):
            with pytest.raises(DBAPIError) as caught, db.engine.begin() as connection:
                connection.execute(text(statement))
            assert "permission denied" in str(caught.value.orig) or "must be owner" in str(
                caught.value.orig
            )
    finally:
        db.dispose()
