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
ADMIN_PASSWORD = "Xinfang#2026ab"


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


def test_a_sign_in_under_an_unknown_name_is_logged_without_a_role(database, admin):
    with pytest.raises(SignInError):
        sign_in(database, "nobody", ADMIN_PASSWORD, now=NOW)
    with pytest.raises(SignInError):
        sign_in(database, "admin", "wrong-password1", now=NOW)
    failures = [e for e in audit.list_entries(database, admin) if e.action == "sign_in_failed"]
    by_name = {e.user_name: e.role for e in failures}
    # Not 门卫: nobody with that name exists, so the entry must not suggest a gate account.
    assert by_name["nobody"] == "—"
    assert by_name["刘主任"] == "管理员"
    assert audit.verify_chain(database, admin).intact


def test_lock_out_after_repeated_failures_and_unlock_later(database, admin):
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError, match="用户名或密码不对"):
            sign_in(database, "admin", "wrong-password1", now=NOW)
    # Locked: even the right password is refused for a while.
    with pytest.raises(SignInError, match="用户名或密码不对"):
        sign_in(database, "admin", ADMIN_PASSWORD, now=NOW + timedelta(minutes=5))
    assert sign_in(database, "admin", ADMIN_PASSWORD, now=NOW + timedelta(minutes=16))
    actions = [e.action for e in audit.list_entries(database, admin)]
    assert actions.count("locked_out") == 1


def test_passwords_are_stored_as_argon2id_never_in_clear(database, admin):
    with database.read() as session:
        stored = session.execute(text("SELECT password_hash FROM users")).scalar()
    assert stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored


def test_weak_or_mismatched_passwords_are_refused(database, admin):
    draft = UserDraft("menwei", "王师傅", "门卫")
    for password, again, field in [
        ("short1!", "short1!", "password"),
        ("Gate#2026xk", "Gate#2026xk", "password"),  # 11 characters
        ("aaaaaaaaaaaa", "aaaaaaaaaaaa", "password"),
        ("menwei2026!abc", "menwei2026!abc", "password"),
        ("abcdefghijkl", "abcdefghijkl", "password"),
        ("1qaz2wsx3edc", "1qaz2wsx3edc", "password"),  # in the common-password list
        ("Password1234", "Password1234", "password"),
        ("Sunshine!2026", "Sunshine!2026", "password"),  # a listed word with padding
        ("woaini1314520", "woaini1314520", "password"),
        ("Gate#2026xkq", "Gate#2026ykq", "password_again"),
    ]:
        with pytest.raises(ValidationError) as caught:
            create_user(database, admin, draft, password, again)
        assert field in caught.value.by_field()
    assert [u.username for u in list_users(database, admin)] == ["admin"]


def test_users_roles_reset_and_change_password(database, admin):
    gate = create_user(
        database, admin, UserDraft("menwei", "王师傅", "门卫"), "Gate#2026xkq", "Gate#2026xkq"
    )
    assert gate.must_change_password
    gate_actor = sign_in(database, "menwei", "Gate#2026xkq").actor()
    with pytest.raises(PermissionDeniedError, match="门卫"):
        list_users(database, gate_actor)
    with pytest.raises(PermissionDeniedError):
        reset_password(database, gate_actor, gate.id, "Other#2026qz", "Other#2026qz")
    with pytest.raises(ValidationError) as caught:
        change_password(database, gate_actor, "wrong", "New#Pass2026", "New#Pass2026")
    assert "old_password" in caught.value.by_field()
    change_password(database, gate_actor, "Gate#2026xkq", "New#Pass2026", "New#Pass2026")
    assert not sign_in(database, "menwei", "New#Pass2026").must_change_password

    reset = reset_password(database, admin, gate.id, "Temp#2026xkq", "Temp#2026xkq")
    assert reset.must_change_password
    assert sign_in(database, "menwei", "Temp#2026xkq")


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
        database, admin, UserDraft("xinfang", "张老师", "信访员"), "Clerk#2026qz", "Clerk#2026qz"
    )
    disable_user(database, admin, clerk.id)
    with pytest.raises(SignInError, match="用户名或密码不对"):
        sign_in(database, "xinfang", "Clerk#2026qz")
    with pytest.raises(ConflictError):
        update_user(
            database, admin, clerk.id, UserDraft("xinfang", "张老师", "信访员"), expected_version=1
        )
    with pytest.raises(ValidationError, match="已被使用"):
        create_user(
            database, admin, UserDraft("XinFang", "另一人", "门卫"), "Clerk#2026qz", "Clerk#2026qz"
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
        database,
        admin,
        UserDraft("zhaoq", "赵强", "领导", person.id),
        "Lead#2026xkq",
        "Lead#2026xkq",
    )
    assert leader.person_id == person.id
    with pytest.raises(ValidationError) as caught:
        create_user(
            database, admin, UserDraft("ghost", "某", "领导", 9999), "Lead#2026xkq", "Lead#2026xkq"
        )
    assert "person_id" in caught.value.by_field()


def _set_password_hash(database, username: str, password: str) -> None:
    from argon2 import PasswordHasher

    with database.write() as session:
        session.execute(
            text("UPDATE users SET password_hash = :h WHERE username = :u"),
            {"h": PasswordHasher().hash(password), "u": username},
        )


def test_an_existing_short_password_still_signs_in_but_a_new_one_must_be_long(database, admin):
    """Raising the minimum to 12 locks nobody out: only new and changed passwords follow it."""
    gate = create_user(
        database, admin, UserDraft("menwei", "王师傅", "门卫"), "Gate#2026xkq", "Gate#2026xkq"
    )
    _set_password_hash(database, "menwei", "Gate#26x")  # set under the old 8-character rule
    gate_actor = sign_in(database, "menwei", "Gate#26x").actor()
    with pytest.raises(ValidationError, match="至少 12 位"):
        change_password(database, gate_actor, "Gate#26x", "Gate#27y", "Gate#27y")
    with pytest.raises(ValidationError, match="太常见"):
        reset_password(database, admin, gate.id, "Qwerty123456", "Qwerty123456")
    change_password(database, gate_actor, "Gate#26x", "Tor#2026menq", "Tor#2026menq")
    assert sign_in(database, "menwei", "Tor#2026menq")


def test_failures_read_alike_for_unknown_wrong_locked_and_disabled_accounts(
    database, admin, monkeypatch
):
    from xinfang_desktop.services import auth as auth_service

    clerk = create_user(
        database, admin, UserDraft("xinfang", "张老师", "信访员"), "Clerk#2026qz", "Clerk#2026qz"
    )
    disable_user(database, admin, clerk.id)
    create_user(
        database, admin, UserDraft("locked", "李老师", "信访员"), "Clerk#2026qz", "Clerk#2026qz"
    )
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError):
            sign_in(database, "locked", "wrong-password1", now=NOW)

    hashes_checked: list[str] = []
    real_verify = auth_service._verify

    def counting_verify(password_hash, password):
        hashes_checked.append(password_hash)
        return real_verify(password_hash, password)

    monkeypatch.setattr(auth_service, "_verify", counting_verify)
    messages = []
    for username, password in [
        ("nobody", ADMIN_PASSWORD),  # unknown
        ("admin", "wrong-password1"),  # wrong password
        ("locked", "Clerk#2026qz"),  # locked, right password
        ("xinfang", "Clerk#2026qz"),  # disabled, right password
    ]:
        hashes_checked.clear()
        with pytest.raises(SignInError) as caught:
            sign_in(database, username, password, now=NOW + timedelta(minutes=1))
        messages.append(str(caught.value))
        # One argon2 check on every path, so the time taken does not tell them apart.
        assert len(hashes_checked) == 1 and hashes_checked[0].startswith("$argon2id$")
    assert len(set(messages)) == 1
    assert messages[0] == auth_service.SIGN_IN_FAILED


def test_the_dummy_hash_has_the_hasher_parameters():
    from xinfang_desktop.services import auth as auth_service

    assert not auth_service._hasher.check_needs_rehash(auth_service._DUMMY_HASH)
    assert auth_service._dummy_hash() == auth_service._DUMMY_HASH


def test_names_typed_at_sign_in_are_encoded_in_the_audit_log(database, admin):
    hostile = "ev\nadmin\x1b[31m\u202eexe.txt\u2066\\"
    with pytest.raises(SignInError):
        sign_in(database, hostile, "whatever-password")
    entry = audit.list_entries(database, admin)[0]
    assert entry.action == "sign_in_failed"
    for raw in ("\n", "\x1b", "\u202e", "\u2066"):
        assert raw not in entry.user_name
    assert entry.user_name == "ev\\u000aadmin\\u001b[31m\\u202eexe.txt\\u2066\\\\"
    assert audit.verify_chain(database, admin).intact


def _two_at_once(database, attempts):
    """Run the sign-ins in two threads that start together; the outcome of each."""
    import threading

    barrier = threading.Barrier(len(attempts))
    outcomes: list[object] = [None] * len(attempts)

    def attempt(index, username, password):
        barrier.wait()
        try:
            outcomes[index] = sign_in(database, username, password)
        except Exception as error:
            outcomes[index] = error

    threads = [threading.Thread(target=attempt, args=(i, *pair)) for i, pair in enumerate(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_two_sign_ins_of_one_account_at_once_both_count(database, admin):
    """On PostgreSQL two sign-ins updating the same user row ended in "刚被别人修改过"."""
    for _ in range(5):
        outcomes = _two_at_once(database, [("admin", ADMIN_PASSWORD), ("admin", ADMIN_PASSWORD)])
        assert all(getattr(o, "username", None) == "admin" for o in outcomes), outcomes
    outcomes = _two_at_once(database, [("admin", "wrong-password1"), ("admin", "wrong-password2")])
    assert all(isinstance(o, SignInError) for o in outcomes), outcomes
    with database.read() as session:
        failures, version = session.execute(
            text("SELECT failed_sign_ins, version FROM users WHERE username = 'admin'")
        ).one()
    assert failures == 2
    assert version == 1  # signing in is not an edit: the user dialog's version is untouched
