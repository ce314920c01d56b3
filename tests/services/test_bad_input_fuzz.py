"""Hypothesis types awkward input into every form of the foundation and the sign-in area:
each attempt is refused with Chinese messages, or stored and read back unchanged; nothing is
stored half-way and nothing crashes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from awkward_input import awkward_text
from xinfang_desktop.domain.auth import Role, UserDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.services import auth as auth_service
from xinfang_desktop.services import people as people_service
from xinfang_desktop.services import watchlist as watch_service
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.settings import get_unit_settings, save_unit_settings

ADMIN = Actor("刘主任", Role.ADMIN)
FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _has_cjk_message(error: ValidationError) -> bool:
    return bool(error.errors) and all(
        any("\u4e00" <= ch <= "\u9fff" for ch in e.message) for e in error.errors
    )


@FUZZ
@given(
    name=awkward_text,
    post=awkward_text,
    office=awkward_text,
    phone=st.one_of(awkward_text, st.just("13800138000")),
    remarks=awkward_text,
)
def test_person_form(sqlite_db, name, post, office, phone, remarks):
    before = len(people_service.list_people(sqlite_db, include_left=True))
    try:
        saved = people_service.add_person(
            sqlite_db, ADMIN, PersonDraft(name, post, office, phone, False, remarks)
        )
    except ValidationError as error:
        assert _has_cjk_message(error)
        assert len(people_service.list_people(sqlite_db, include_left=True)) == before
        return
    assert people_service.get_person(sqlite_db, saved.id) == saved


@FUZZ
@given(
    username=awkward_text,
    display_name=awkward_text,
    role=st.one_of(st.sampled_from([r.value for r in Role]), awkward_text),
    password=awkward_text,
)
def test_user_form(sqlite_db, username, display_name, role, password):
    before = len(auth_service.list_users(sqlite_db, ADMIN))
    try:
        user = auth_service.create_user(
            sqlite_db, ADMIN, UserDraft(username, display_name, role), password, password
        )
    except ValidationError as error:
        assert _has_cjk_message(error)
        assert len(auth_service.list_users(sqlite_db, ADMIN)) == before
        return
    assert auth_service.sign_in(sqlite_db, username, password).id == user.id


@FUZZ
@given(username=awkward_text, password=awkward_text)
def test_sign_in_form_never_crashes(sqlite_db, username, password):
    try:
        auth_service.sign_in(sqlite_db, username, password)
    except auth_service.SignInError as error:
        assert "用户名或密码不对" in str(error)


@FUZZ
@given(
    name=awkward_text,
    reason=awkward_text,
    phone=awkward_text,
    id_number=st.one_of(awkward_text, st.just("11010519491231002X")),
)
def test_watch_list_form(sqlite_db, name, reason, phone, id_number):
    before = len(watch_service.list_watch_entries(sqlite_db, ADMIN))
    try:
        watch_service.add_watch_entry(
            sqlite_db, ADMIN, name=name, reason=reason, phone=phone, id_number=id_number
        )
    except ValidationError as error:
        assert _has_cjk_message(error)
        assert len(watch_service.list_watch_entries(sqlite_db, ADMIN)) == before


@FUZZ
@given(
    unit_name=awkward_text,
    categories=st.lists(awkward_text, max_size=5),
    hosts=st.lists(awkward_text, max_size=5),
)
def test_unit_settings_form(sqlite_db, unit_name, categories, hosts):
    before = get_unit_settings(sqlite_db)
    try:
        saved = save_unit_settings(
            sqlite_db,
            ADMIN,
            UnitSettings(
                unit_name=unit_name, visit_categories=tuple(categories), hosts=tuple(hosts)
            ),
        )
    except ValidationError as error:
        assert _has_cjk_message(error)
        assert get_unit_settings(sqlite_db) == before
        return
    assert get_unit_settings(sqlite_db) == saved
