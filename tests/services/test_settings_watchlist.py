import pytest

from xinfang_desktop.db.errors import NotFoundError
from xinfang_desktop.domain.auth import Role as _Role
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.settings import DEFAULT_VISIT_CATEGORIES, UnitSettings
from xinfang_desktop.services.context import Actor as _Actor
from xinfang_desktop.services.settings import (
    get_unit_settings,
    last_receptionist,
    save_unit_settings,
)
from xinfang_desktop.services.watchlist import (
    add_watch_entry,
    list_watch_entries,
    match_watch_list,
    remove_watch_entry,
)

# Every permission: these tests are about the visits, not about roles.
ADMIN = _Actor("测试员", _Role.ADMIN)


def test_defaults_before_anything_is_saved(database):
    settings = get_unit_settings(database)
    assert settings.unit_name == ""
    assert settings.visit_categories == DEFAULT_VISIT_CATEGORIES
    assert last_receptionist(database) == ""


def test_settings_save_and_load(database, actor):
    saved = save_unit_settings(
        database,
        actor,
        UnitSettings(
            unit_name=" 邹坞镇中心小学 ",
            visit_categories=("家长来访", "其他"),
            hosts=("办公室", "教务处"),
            gate_staff=("王师傅",),
        ),
    )
    assert saved.unit_name == "邹坞镇中心小学"
    assert get_unit_settings(database) == saved
    changed = save_unit_settings(database, actor, UnitSettings(unit_name="邹坞镇中学", hosts=()))
    assert get_unit_settings(database) == changed
    assert get_unit_settings(database).hosts == ()


def test_invalid_settings_are_not_saved(database, actor):
    save_unit_settings(database, actor, UnitSettings(unit_name="某校"))
    with pytest.raises(ValidationError):
        save_unit_settings(database, actor, UnitSettings(unit_name="新名", hosts=("甲", "甲")))
    assert get_unit_settings(database).unit_name == "某校"


def test_watch_list_add_match_remove(database, actor):
    by_id = add_watch_entry(
        database, actor, name="张三", id_number="11010519491231002x", reason="多次冲闯校门"
    )
    by_phone = add_watch_entry(
        database, actor, name="李四", phone="138 0013 8000", reason="威胁教师"
    )
    assert by_id.id_number == "11010519491231002X"
    assert by_phone.phone == "13800138000"
    assert [e.id for e in list_watch_entries(database, ADMIN)] == [by_id.id, by_phone.id]

    (match,) = match_watch_list(database, id_number="11010519491231002X", name="别名")
    assert (match.entry.id, match.matched_on, match.is_strong) == (by_id.id, "身份证号", True)
    (match,) = match_watch_list(database, phone="+8613800138000")
    assert (match.entry.id, match.matched_on) == (by_phone.id, "联系电话")
    (match,) = match_watch_list(database, name="张三")
    assert (match.matched_on, match.is_strong) == ("姓名", False)
    assert match_watch_list(database, name="王五") == []
    assert match_watch_list(database) == []

    remove_watch_entry(database, actor, by_id.id)
    assert match_watch_list(database, id_number="11010519491231002X") == []
    assert [e.id for e in list_watch_entries(database, ADMIN)] == [by_phone.id]
    with pytest.raises(NotFoundError):
        remove_watch_entry(database, actor, by_id.id)


def test_strong_matches_come_first(database, actor):
    add_watch_entry(database, actor, name="张三", reason="同名")
    add_watch_entry(database, actor, name="另一人", phone="13800138000", reason="电话")
    matches = match_watch_list(database, name="张三", phone="13800138000")
    assert [m.matched_on for m in matches] == ["联系电话", "姓名"]


def test_watch_entry_validation(database, actor):
    with pytest.raises(ValidationError) as caught:
        add_watch_entry(database, actor, name="", reason="")
    fields = caught.value.by_field()
    assert fields["reason"].message == "请填写关注原因"
    assert fields["name"].message == "姓名、电话、身份证号至少填一项"
    with pytest.raises(ValidationError) as caught:
        add_watch_entry(database, actor, name="x", id_number="110105194912310021", reason="r")
    assert "校验位" in caught.value.by_field()["id_number"].message
    assert list_watch_entries(database, ADMIN) == []
