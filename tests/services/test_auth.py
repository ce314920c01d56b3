from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from xinfang_desktop.db.errors import ConflictError
from xinfang_desktop.domain.auth import (
    MAX_FAILED_SIGN_INS,
    Permission,
    PermissionDeniedError,
    Role,
    UserDraft,
)
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.services import audit
from xinfang_desktop.services.auth import (
    SignInError,
    change_password,
    create_first_administrator,
    create_user,
    disable_user,
    find_user,
    list_users,
    needs_first_administrator,
    reset_password,
    sign_in,
    update_user,
)
from xinfang_desktop.services.context import Actor

NOW = datetime(2026, 11, 23, 8, 0)
ADMIN_PASSWORD = "Xinfang#2026"


@pytest.fixture
def admin(database):
    record = create_first_administrator(
        database, UserDraft("admin", "刘主任", "管理员"), ADMIN_PASSWORD, ADMIN_PASSWORD, now=NOW
    )
    return record.actor()


def test_first_start_creates_one_administrator(database):
    assert needs_first_administrator(database)
    record = create_first_administrator(
        database, UserDraft("admin", "刘主任", "门卫"), ADMIN_PASSWORD, ADMIN_PASSWORD, now=NOW
    )
    assert record.role is Role.ADMIN  # whatever the draft said
    assert not needs_first_administrator(database)
    with pytest.raises(ValidationError):
        create_first_administrator(
            database, UserDraft("second", "某某", "管理员"), ADMIN_PASSWORD, ADMIN_PASSWORD
        )


def test_sign_in_with_the_right_password_only(database, admin):
    user = sign_in(database, " ADMIN ", ADMIN_PASSWORD, now=NOW)
    assert user.display_name == "刘主任"
    assert user.actor().can(Permission.MANAGE_USERS)
    with pytest.raises(SignInError, match="用户名或密码不对"):
        sign_in(database, "admin", "wrong-password1", now=NOW)
    with pytest.raises(SignInError, match="用户名或密码不对"):
        sign_in(database, "nobody", ADMIN_PASSWORD, now=NOW)


def test_lock_out_after_repeated_failures_and_unlock_later(database, admin):
    for _ in range(MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(SignInError, match="再错"):
            sign_in(database, "admin", "wrong-password1", now=NOW)
    with pytest.raises(SignInError, match="已锁定"):
        sign_in(database, "admin", "wrong-password1", now=NOW)
    # Locked: even the right password is refused for a while.
    with pytest.raises(SignInError, match="已锁定"):
        sign_in(database, "admin", ADMIN_PASSWORD, now=NOW + timedelta(minutes=5))
    assert sign_in(database, "admin", ADMIN_PASSWORD, now=NOW + timedelta(minutes=16))


def test_passwords_are_stored_as_argon2id_never_in_clear(database, admin):
    with database.read() as session:
        stored = session.execute(text("SELECT password_hash FROM users")).scalar()
    assert stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored


def test_weak_or_mismatched_passwords_are_refused(database, admin):
    draft = UserDraft("menwei", "王师傅", "门卫")
    for password, again, field in [
        ("short1!", "short1!", "password"),
        ("aaaaaaaaaa", "aaaaaaaaaa", "password"),
        ("menwei2026!", "menwei2026!", "password"),
        ("abcdefghij", "abcdefghij", "password"),
        ("Gate#2026x", "Gate#2026y", "password_again"),
    ]:
        with pytest.raises(ValidationError) as caught:
            create_user(database, admin, draft, password, again)
        assert field in caught.value.by_field()
    assert [u.username for u in list_users(database, admin)] == ["admin"]


def test_users_roles_reset_and_change_password(database, admin):
    gate = create_user(
        database, admin, UserDraft("menwei", "王师傅", "门卫"), "Gate#2026x", "Gate#2026x"
    )
    assert gate.must_change_password
    gate_actor = sign_in(database, "menwei", "Gate#2026x").actor()
    with pytest.raises(PermissionDeniedError, match="门卫"):
        list_users(database, gate_actor)
    with pytest.raises(PermissionDeniedError):
        reset_password(database, gate_actor, gate.id, "Other#2026", "Other#2026")
    with pytest.raises(ValidationError) as caught:
        change_password(database, gate_actor, "wrong", "New#Pass2026", "New#Pass2026")
    assert "old_password" in caught.value.by_field()
    change_password(database, gate_actor, "Gate#2026x", "New#Pass2026", "New#Pass2026")
    assert not sign_in(database, "menwei", "New#Pass2026").must_change_password

    reset = reset_password(database, admin, gate.id, "Temp#2026x", "Temp#2026x")
    assert reset.must_change_password
    assert sign_in(database, "menwei", "Temp#2026x")


def test_the_last_administrator_cannot_be_removed(database, admin):
    me = find_user(database, "admin")
    with pytest.raises(ValidationError):
        update_user(
            database,
            admin,
            me.id,
            UserDraft("admin", "刘主任", "门卫"),
            expected_version=me.version,
        )
    with pytest.raises(ValidationError):
        disable_user(database, admin, me.id)
    clerk = create_user(
        database, admin, UserDraft("xinfang", "张老师", "信访员"), "Clerk#2026", "Clerk#2026"
    )
    disable_user(database, admin, clerk.id)
    with pytest.raises(SignInError, match="停用"):
        sign_in(database, "xinfang", "Clerk#2026")
    with pytest.raises(ConflictError):
        update_user(
            database, admin, clerk.id, UserDraft("xinfang", "张老师", "信访员"), expected_version=1
        )
    with pytest.raises(ValidationError, match="已被使用"):
        create_user(
            database, admin, UserDraft("XinFang", "另一人", "门卫"), "Clerk#2026", "Clerk#2026"
        )


def test_every_sign_in_and_user_change_is_in_the_audit_chain(database, admin):
    sign_in(database, "admin", ADMIN_PASSWORD)
    with pytest.raises(SignInError):
        sign_in(database, "admin", "bad-password1")
    actions = [e.action for e in audit.list_entries(database, admin)]
    assert actions == ["sign_in_failed", "sign_in", "user_created"]
    check = audit.verify_chain(database, admin)
    assert check.intact and check.entries == 3
    with pytest.raises(PermissionDeniedError):
        audit.list_entries(database, Actor("王师傅", Role.GATE))


def test_a_user_may_belong_to_a_person_of_the_unit(database, admin):
    from xinfang_desktop.domain.people import PersonDraft
    from xinfang_desktop.services.people import add_person

    person = add_person(database, admin, PersonDraft("赵强", post="副校长", is_leader=True))
    leader = create_user(
        database, admin, UserDraft("zhaoq", "赵强", "领导", person.id), "Lead#2026x", "Lead#2026x"
    )
    assert leader.person_id == person.id
    with pytest.raises(ValidationError) as caught:
        create_user(
            database, admin, UserDraft("ghost", "某", "领导", 9999), "Lead#2026x", "Lead#2026x"
        )
    assert "person_id" in caught.value.by_field()
