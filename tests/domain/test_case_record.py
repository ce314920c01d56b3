from dataclasses import replace
from datetime import date

import pytest

from xinfang_desktop.domain.cases import (
    CaseDraft,
    Channel,
    PetitionerDraft,
    check_number_format,
    format_case_number,
    similar_content,
    validate_case,
)
from xinfang_desktop.domain.errors import ValidationError

TODAY = date(2026, 11, 23)
GOOD = CaseDraft(
    channel="来信",
    received_on=date(2026, 11, 20),
    petitioners=(PetitionerDraft(" 张三 ", phone="138 0013 8000", id_number="11010519491231002x"),),
    request="  要求学校公开食堂收费标准  ",
)


def test_good_draft_is_cleaned():
    cleaned = validate_case(GOOD, TODAY)
    assert cleaned.request == "要求学校公开食堂收费标准"
    assert cleaned.petitioners[0].name == "张三"
    assert cleaned.petitioners[0].phone == "13800138000"
    assert cleaned.petitioners[0].id_number == "11010519491231002X"


def test_every_bad_field_is_listed_at_once():
    bad = CaseDraft(
        channel="微信",
        received_on=date(2026, 11, 24),
        petitioners=(PetitionerDraft("", phone="1380013800"),),
        request="",
        accused="x" * 101,
        people_count=0,
    )
    with pytest.raises(ValidationError) as caught:
        validate_case(bad, TODAY)
    by_field = caught.value.by_field()
    assert set(by_field) == {
        "channel",
        "received_on",
        "petitioners",
        "request",
        "accused",
        "people_count",
    }
    assert by_field["request"].message == "请填写信访请求"
    assert by_field["received_on"].message == "收到日期不能晚于今天"
    petitioner_messages = [e.message for e in caught.value.errors if e.field == "petitioners"]
    assert petitioner_messages == [
        "第 1 位信访人的联系电话格式不对：手机号为 11 位数字，座机如 0533-2123456",
        "请填写第 1 位信访人的姓名",
    ]


def test_referral_needs_the_referring_body():
    with pytest.raises(ValidationError) as caught:
        validate_case(replace(GOOD, channel=Channel.REFERRAL.value), TODAY)
    assert caught.value.by_field()["referring_body"].message == "上级转办/交办的事项请填写转办机关"


def test_group_case_has_at_most_five_representatives():
    people = tuple(PetitionerDraft(f"家长{i}", is_representative=True) for i in range(6))
    with pytest.raises(ValidationError) as caught:
        validate_case(replace(GOOD, petitioners=people, people_count=30), TODAY)
    assert "代表最多 5 人" in caught.value.by_field()["petitioners"].message
    five = tuple(replace(p, is_representative=i < 5) for i, p in enumerate(people))
    assert validate_case(replace(GOOD, petitioners=five, people_count=30), TODAY)
    with pytest.raises(ValidationError, match="少于登记的信访人"):
        validate_case(replace(GOOD, petitioners=five, people_count=3), TODAY)


def test_bad_id_number_names_the_petitioner():
    with pytest.raises(ValidationError) as caught:
        validate_case(
            replace(
                GOOD, petitioners=(GOOD.petitioners[0], PetitionerDraft("李四", id_number="1"))
            ),
            TODAY,
        )
    assert (
        caught.value.by_field()["petitioners"].message
        == "第 2 位信访人：身份证号应为 18 位，现在是 1 位"
    )


def test_case_number_format():
    assert format_case_number("信访〔{year}〕第{seq:03d}号", 2026, 12) == "信访〔2026〕第012号"
    assert check_number_format(" 校信〔{year}〕{seq}号 ") == "校信〔{year}〕{seq}号"
    with pytest.raises(ValidationError, match="必须含有序号"):
        check_number_format("信访〔{year}〕")
    with pytest.raises(ValidationError, match="只能使用"):
        check_number_format("信访{month}{seq}")


def test_similar_content():
    assert similar_content("要求公开食堂收费标准！", "要求公开食堂的收费标准")
    assert not similar_content("要求公开食堂收费标准", "反映校门口交通拥堵")
    assert not similar_content("", "x")
