"""Roster order (职务, then 姓氏笔画) and natural order of groups numbered in Chinese."""

import pytest

from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.leadership import ROLE_DEPUTY, ROLE_LEADER, ROLE_MEMBER, roster_sort_key
from xinfang_desktop.domain.ordering import (
    _SURNAMES_BY_STROKES,
    SURNAME_STROKES,
    chinese_number,
    natural_sort_key,
    person_sort_key,
    post_rank,
    surname_strokes,
    validate_post_order,
)


def test_each_surname_has_one_stroke_count():
    listed = "".join(_SURNAMES_BY_STROKES.values())
    assert len(listed) == len(set(listed)) == len(SURNAME_STROKES)


@pytest.mark.parametrize(
    ("name", "strokes"),
    [("王芳", 4), ("刘洋", 6), ("李娜", 7), ("张伟", 7), ("陈静", 7), ("赵磊", 9),
     ("郭敏", 10), ("黄丽", 11), ("欧阳明", 8), ("戴军", 17)],
)  # fmt: skip
def test_surname_strokes(name, strokes):
    assert surname_strokes(name) == strokes


def test_a_deputy_head_comes_before_an_office_director_and_strokes_break_ties():
    people = [
        ("办公室主任", "丁一"),
        ("教师", "王五"),
        ("副校长", "赵六"),
        ("教导处副主任", "李四"),
        ("校长", "张三"),
        ("副校长", "王二"),
        ("党支部书记", "钱七"),
        ("副校长（主持工作）", "马八"),
    ]
    ordered = [name for _, name in sorted(people, key=lambda p: person_sort_key(*p))]
    # 马(3) 王(4) 赵(9) among the 副校长; then 主任 before 副主任, the 教师 last.
    assert ordered == ["张三", "钱七", "马八", "王二", "赵六", "丁一", "李四", "王五"]


def test_unknown_posts_and_surnames_come_last():
    assert post_rank("门卫") == post_rank("保安") > post_rank("教师")
    assert post_rank("") > post_rank("门卫")
    assert person_sort_key("教师", "㐀明") > person_sort_key("教师", "瞿明")


def test_the_units_own_post_order_is_used():
    order = ("书记", "校长")
    assert person_sort_key("书记", "张三", order) < person_sort_key("校长", "丁一", order)


def test_roster_keeps_roles_first():
    members = [
        (ROLE_MEMBER, "丁一", "校长"),
        (ROLE_DEPUTY, "赵六", "副校长"),
        (ROLE_LEADER, "张三", "校长"),
        (ROLE_DEPUTY, "王二", "副校长"),
    ]
    ordered = [m[1] for m in sorted(members, key=lambda m: roster_sort_key(m[0], m[1], m[2]))]
    assert ordered == ["张三", "王二", "赵六", "丁一"]


def test_groups_numbered_in_chinese_sort_naturally():
    names = ["三年级组", "一年级组", "十一年级组", "六年级组", "二年级组", "五年级组", "四年级组"]
    assert sorted(names, key=natural_sort_key) == [
        "一年级组", "二年级组", "三年级组", "四年级组", "五年级组", "六年级组", "十一年级组",
    ]  # fmt: skip
    assert sorted(["高一(10)班", "高一(2)班", "初三", "初一"], key=natural_sort_key) == [
        "初一", "初三", "高一(2)班", "高一(10)班",
    ]  # fmt: skip
    assert [chinese_number(t) for t in ("十", "十二", "二十", "一百零五", "二〇二六")] == [
        10, 12, 20, 105, 2026,
    ]  # fmt: skip


def test_post_order_is_cleaned_and_repeats_refused():
    assert validate_post_order(["校长", " ", "副校长 "]) == ("校长", "副校长")
    with pytest.raises(ValidationError) as caught:
        validate_post_order(["校长", "校长"])
    assert "重复" in caught.value.errors[0].message
