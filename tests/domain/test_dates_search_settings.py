from datetime import date, datetime

import pytest

from xinfang_desktop.domain.dates import (
    chinese_date,
    chinese_date_with_weekday,
    chinese_period,
    day_bounds,
)
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.search import MAX_QUERY_LENGTH, QueryKind, VisitQuery
from xinfang_desktop.domain.settings import (
    DEFAULT_VISIT_CATEGORIES,
    UnitSettings,
    validate_unit_settings,
)


def test_chinese_date_formats():
    assert chinese_date(date(2026, 1, 5)) == "2026年1月5日"
    assert chinese_date_with_weekday(date(2026, 11, 22)) == "2026年11月22日 星期日"
    assert chinese_date_with_weekday(date(2026, 11, 23)) == "2026年11月23日 星期一"
    assert chinese_period(date(2026, 11, 1), date(2026, 11, 30)) == "2026年11月1日至2026年11月30日"
    assert chinese_period(date(2026, 11, 1), date(2026, 11, 1)) == "2026年11月1日"


def test_day_bounds_are_half_open_whole_days():
    assert day_bounds(date(2026, 12, 31)) == (datetime(2026, 12, 31), datetime(2027, 1, 1))
    assert day_bounds(date(2026, 11, 1), date(2026, 11, 30)) == (
        datetime(2026, 11, 1),
        datetime(2026, 12, 1),
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", QueryKind.EMPTY),
        ("   \u3000 ", QueryKind.EMPTY),
        ("张", QueryKind.PREFIX),
        ("zs", QueryKind.PREFIX),
        ("13", QueryKind.PREFIX),
        ("张三丰", QueryKind.SUBSTRING),
        ("138", QueryKind.SUBSTRING),
        ("食堂 投诉", QueryKind.SUBSTRING),
    ],
)
def test_query_kinds(text, kind):
    assert VisitQuery(text).kind is kind


def test_query_normalisation():
    assert VisitQuery("  ZS \t  Li ").normalized == "zs li"
    assert len(VisitQuery("x" * 500).normalized) == MAX_QUERY_LENGTH


def test_settings_cleaned_and_blank_items_dropped():
    cleaned = validate_unit_settings(
        UnitSettings(unit_name="  邹坞镇中心小学\u3000", hosts=("办公室", " ", "教务处 "))
    )
    assert cleaned.unit_name == "邹坞镇中心小学"
    assert cleaned.hosts == ("办公室", "教务处")
    assert cleaned.visit_categories == DEFAULT_VISIT_CATEGORIES


def test_settings_need_a_unit_name():
    with pytest.raises(ValidationError) as caught:
        validate_unit_settings(UnitSettings(unit_name="  "))
    assert caught.value.by_field()["unit_name"].message == "请填写单位名称"


def test_settings_refuse_duplicates():
    with pytest.raises(ValidationError) as caught:
        validate_unit_settings(
            UnitSettings(unit_name="某校", gate_staff=("王师傅", "王师傅 "), hosts=("办公室",))
        )
    assert caught.value.by_field()["gate_staff"].message == "门卫人员中“王师傅”重复了"


def test_settings_refuse_long_items_and_control_characters():
    with pytest.raises(ValidationError) as caught:
        validate_unit_settings(UnitSettings(unit_name="某校\x07", visit_categories=("类" * 51,)))
    errors = caught.value.by_field()
    assert "控制字符" in errors["unit_name"].message
    assert errors["visit_categories"].message == "来访类别最多 50 个字，现在有 51 个字"


def test_character_tokens_keep_only_real_adjacency():
    from xinfang_desktop.domain.search import character_tokens, uses_character_index

    assert character_tokens("反映午餐，分量 20 箱\n张三") == "反 映 午 餐 _ 分 量 _ 箱 _ 张 三"
    assert character_tokens("") == ""
    assert uses_character_index("午餐") and not uses_character_index("鲁d")
    assert not uses_character_index("zs") and not uses_character_index("午")
    assert not uses_character_index("午，")
