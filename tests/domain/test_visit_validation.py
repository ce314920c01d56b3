from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.visits import (
    VisitDraft,
    check_departure,
    check_void_reason,
    is_group_visit,
    normalize_plate,
    search_text,
    validate_visit,
    visit_number,
)

NOW = datetime(2026, 11, 22, 15, 0)
VALID = VisitDraft(arrived_at=datetime(2026, 11, 22, 9, 30), name="张三", reason="咨询招生")


def errors_of(draft: VisitDraft) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_visit(draft, NOW)
    return {field: error.message for field, error in caught.value.by_field().items()}


def test_a_minimal_visit_is_valid_and_cleaned():
    cleaned = validate_visit(
        replace(
            VALID,
            name="  张三\u3000",
            reason="咨询招生\r\n第二行\r",
            phone=" 138 0013 8000 ",
            id_number="11010519491231002x",
            vehicle_plate="鲁d·12345",
            arrived_at=datetime(2026, 11, 22, 9, 30, 45, 123),
        ),
        NOW,
    )
    assert cleaned.name == "张三"
    assert cleaned.reason == "咨询招生\n第二行"
    assert cleaned.phone == "13800138000"
    assert cleaned.id_number == "11010519491231002X"
    assert cleaned.vehicle_plate == "鲁D12345"
    assert cleaned.arrived_at == datetime(2026, 11, 22, 9, 30)


def test_name_and_reason_are_required():
    assert errors_of(replace(VALID, name=" ", reason="\u3000")) == {
        "name": "请填写姓名",
        "reason": "请填写来访事由",
    }


@pytest.mark.parametrize(
    ("field", "limit", "label"),
    [
        ("name", 50, "姓名"),
        ("unit_address", 200, "单位/住址"),
        ("reason", 1000, "来访事由"),
        ("category", 50, "类别"),
        ("host", 100, "接待对象"),
        ("receptionist", 50, "登记人"),
        ("outcome", 500, "处理结果"),
        ("remarks", 1000, "备注"),
    ],
)
def test_text_lengths(field, limit, label):
    assert validate_visit(replace(VALID, **{field: "字" * limit}), NOW)
    assert errors_of(replace(VALID, **{field: "字" * (limit + 1)})) == {
        field: f"{label}最多 {limit} 个字，现在有 {limit + 1} 个字"
    }


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\u200b", "\ufeff", "\u202e"])
def test_control_characters_are_refused(bad):
    assert errors_of(replace(VALID, name=f"张{bad}三")) == {
        "name": "姓名含有不可见的控制字符，请删除后重新输入"
    }


def test_multiline_fields_allow_newline_and_tab_single_line_fields_do_not():
    assert validate_visit(replace(VALID, reason="第一\n\t第二"), NOW).reason == "第一\n\t第二"
    assert "控制字符" in errors_of(replace(VALID, name="张\n三"))["name"]


def test_emoji_joiner_and_rare_characters_are_kept():
    text = "👨\u200d👩\u200d👧 𠀀𪚥"
    assert validate_visit(replace(VALID, remarks=text), NOW).remarks == text


@pytest.mark.parametrize(
    ("count", "message"), [(0, "人数至少为 1"), (-3, "人数至少为 1"), (1000, "人数不能超过 999")]
)
def test_people_count_limits(count, message):
    assert errors_of(replace(VALID, people_count=count)) == {"people_count": message}


def test_people_count_999_is_allowed():
    assert validate_visit(replace(VALID, people_count=999), NOW).people_count == 999


def test_group_visit_starts_at_five():
    assert not is_group_visit(4)
    assert is_group_visit(5)
    assert replace(VALID, people_count=5).is_group_visit
    assert not replace(VALID, people_count=4).is_group_visit


def test_arrival_in_the_future_is_refused_with_a_little_clock_tolerance():
    assert validate_visit(replace(VALID, arrived_at=NOW + timedelta(minutes=9)), NOW)
    assert errors_of(replace(VALID, arrived_at=NOW + timedelta(minutes=11))) == {
        "arrived_at": "来访时间不能晚于现在"
    }


def test_arrival_before_2000_is_refused():
    assert errors_of(replace(VALID, arrived_at=datetime(1999, 12, 31, 23, 59))) == {
        "arrived_at": "来访时间太早，请核对年份"
    }


def test_departure_before_arrival_or_in_future():
    early = replace(VALID, left_at=VALID.arrived_at - timedelta(minutes=1))
    assert errors_of(early) == {"left_at": "离开时间不能早于来访时间"}
    late = replace(VALID, left_at=NOW + timedelta(hours=1))
    assert errors_of(late) == {"left_at": "离开时间不能晚于现在"}
    with pytest.raises(ValidationError):
        check_departure(VALID.arrived_at, VALID.arrived_at - timedelta(seconds=1))


def test_gender_phone_id_and_plate_messages():
    errors = errors_of(
        replace(
            VALID,
            gender="未知",
            phone="12345678901",
            id_number="110105194912310021",
            vehicle_plate="鲁D1234",
        )
    )
    assert errors == {
        "gender": "性别只能是“男”“女”或不填",
        "phone": "联系电话格式不对：手机号为 11 位数字，座机如 0533-2123456",
        "id_number": "身份证号校验位不对，请核对后重新输入",
        "vehicle_plate": "车牌号格式不对，例如：鲁D12345",
    }


def test_id_number_length_message_names_the_count():
    assert errors_of(replace(VALID, id_number="1101051949123100"))["id_number"] == (
        "身份证号应为 18 位，现在是 16 位"
    )


def test_every_problem_is_reported_at_once():
    errors = errors_of(VisitDraft(arrived_at=NOW + timedelta(days=1), name="", reason=""))
    assert set(errors) == {"name", "reason", "arrived_at"}


@pytest.mark.parametrize(
    ("plate", "valid"),
    [
        ("鲁D12345", True),
        ("鲁D1234学", True),
        ("京AD12345", True),
        ("粤B12345挂", False),
        ("鲁D1234", False),
        ("鲁DI2345", False),
        ("鲁DO2345", False),
        ("D12345", False),
        ("鲁D1234567", False),
    ],
)
def test_plates(plate, valid):
    draft = replace(VALID, vehicle_plate=plate)
    if valid:
        assert validate_visit(draft, NOW).vehicle_plate == normalize_plate(plate)
    else:
        assert "vehicle_plate" in errors_of(draft)


def test_void_reason_is_required():
    with pytest.raises(ValidationError) as caught:
        check_void_reason("  ")
    assert caught.value.by_field()["void_reason"].message == "请填写作废原因"
    assert check_void_reason(" 重复登记 ") == "重复登记"


def test_search_text_has_one_line_per_field_lower_cased():
    draft = replace(VALID, phone="13800138000", vehicle_plate="鲁D12345")
    assert search_text(draft, ["zs"]).split("\n") == [
        "张三",
        "zs",
        "13800138000",
        "咨询招生",
        "鲁d12345",
    ]


def test_visit_number():
    assert visit_number(datetime(2026, 11, 23, 8, 0), 7) == "20261123-0007"
