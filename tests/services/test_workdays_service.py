from datetime import date

import pytest

from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.workdays import CalendarOverrides, add_workdays
from xinfang_desktop.services.workdays import get_calendar_overrides, save_calendar_overrides


def test_marked_days_are_kept_and_used(database, actor):
    assert get_calendar_overrides(database) == CalendarOverrides()
    marks = CalendarOverrides(
        holidays={date(2099, 1, 1): " 元旦 "}, workdays=frozenset({date(2099, 1, 4)})
    )
    saved = save_calendar_overrides(database, actor, marks)
    loaded = get_calendar_overrides(database)
    assert loaded == saved
    assert loaded.holidays == {date(2099, 1, 1): "元旦"}
    assert add_workdays(date(2098, 12, 31), 1, loaded) == date(2099, 1, 2)


def test_a_day_cannot_be_both_and_nothing_is_saved(database, actor):
    day = date(2099, 1, 3)
    with pytest.raises(ValidationError) as caught:
        save_calendar_overrides(
            database, actor, CalendarOverrides(holidays={day: "元旦"}, workdays=frozenset({day}))
        )
    assert "不能既是放假日又是调休上班日" in str(caught.value)
    assert get_calendar_overrides(database) == CalendarOverrides()
