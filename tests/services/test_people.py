from datetime import date, datetime

import pytest

from xinfang_desktop.db.errors import ConflictError, NotFoundError
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services.people import (
    add_person,
    get_person,
    list_people,
    mark_left,
    update_person,
)

NOW = datetime(2026, 11, 23, 9, 0)


def test_add_list_and_leaders(database, actor):
    principal = add_person(
        database,
        actor,
        PersonDraft(" 王建国 ", post="校长", office="校长室", phone="13805331234", is_leader=True),
        now=NOW,
    )
    teacher = add_person(
        database, actor, PersonDraft("李梅", post="教师", office="一年级组"), now=NOW
    )
    assert principal.name == "王建国"
    assert principal.label == "王建国（校长）"
    # Roster order: the 校长 before a 教师, whatever their offices.
    assert [p.name for p in list_people(database)] == ["王建国", "李梅"]
    assert [p.id for p in list_people(database, leaders_only=True)] == [principal.id]
    assert get_person(database, teacher.id).office == "一年级组"


def test_bad_input_lists_every_field_and_stores_nothing(database, actor):
    with pytest.raises(ValidationError) as caught:
        add_person(database, actor, PersonDraft("", phone="138-abc", remarks="a\x00b"), now=NOW)
    assert set(caught.value.by_field()) == {"name", "phone", "remarks"}
    assert caught.value.by_field()["name"].message == "请填写姓名"
    assert list_people(database, include_left=True) == []


def test_same_name_in_same_office_is_refused_while_active(database, actor):
    first = add_person(database, actor, PersonDraft("张伟", office="教导处"), now=NOW)
    with pytest.raises(ValidationError) as caught:
        add_person(database, actor, PersonDraft("张伟", office="教导处"), now=NOW)
    assert "已有在岗" in caught.value.by_field()["name"].message
    add_person(database, actor, PersonDraft("张伟", office="总务处"), now=NOW)
    mark_left(database, actor, first.id, date(2026, 11, 1), expected_version=first.version, now=NOW)
    add_person(database, actor, PersonDraft("张伟", office="教导处"), now=NOW)
    assert len(list_people(database)) == 2
    assert len(list_people(database, include_left=True)) == 3


def test_leaving_staff_stay_in_history(database, actor):
    person = add_person(
        database, actor, PersonDraft("赵强", post="副校长", is_leader=True), now=NOW
    )
    with pytest.raises(ValidationError):
        mark_left(database, actor, person.id, date(2026, 12, 1), expected_version=1, now=NOW)
    left = mark_left(database, actor, person.id, date(2026, 11, 20), expected_version=1, now=NOW)
    assert not left.active
    assert list_people(database) == []
    assert get_person(database, person.id).left_on == date(2026, 11, 20)


def test_update_checks_the_version(database, actor):
    person = add_person(database, actor, PersonDraft("孙丽", office="教导处"), now=NOW)
    changed = update_person(
        database,
        actor,
        person.id,
        PersonDraft("孙丽", post="教导主任", office="教导处"),
        expected_version=person.version,
        now=NOW,
    )
    assert changed.post == "教导主任"
    assert changed.version == person.version + 1
    with pytest.raises(ConflictError):
        update_person(
            database, actor, person.id, PersonDraft("孙丽"), expected_version=person.version
        )
    with pytest.raises(NotFoundError):
        get_person(database, 9999)


def test_roster_order_follows_the_units_post_order(database, actor):
    from xinfang_desktop.domain.auth import PermissionDeniedError, Role
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.people import get_post_order, save_post_order

    for name, post in [("李主任", "办公室主任"), ("赵副校", "副校长"), ("王副校", "副校长"),
                       ("周书记", "书记"), ("张校长", "校长")]:  # fmt: skip
        add_person(database, actor, PersonDraft(name, post=post), now=NOW)
    # By default: 校长, 书记, 副校长 (王 4 strokes before 赵 9), then 主任.
    assert [p.name for p in list_people(database)] == [
        "张校长", "周书记", "王副校", "赵副校", "李主任",
    ]  # fmt: skip
    assert save_post_order(database, actor, ["书记", "校长", "主任", "副校长"])[0] == "书记"
    assert get_post_order(database) == ("书记", "校长", "主任", "副校长")
    assert [p.name for p in list_people(database)] == [
        "周书记", "张校长", "李主任", "王副校", "赵副校",
    ]  # fmt: skip
    with pytest.raises(ValidationError):
        save_post_order(database, actor, ["校长", "校长"])
    with pytest.raises(PermissionDeniedError):
        save_post_order(database, Actor("门卫", Role.GATE), ["校长"])
    assert get_post_order(database)[0] == "书记"
