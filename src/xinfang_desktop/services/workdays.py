"""Days the user marked in the working-day calendar (holidays, 调休 workdays), kept in settings.

Every area that counts working days or plans duty on holidays reads the same marks."""

from __future__ import annotations

from datetime import date

from ..db.engine import Database
from ..db.models import Setting
from ..domain.dates import chinese_date
from ..domain.errors import FieldError, ValidationError
from ..domain.text import check_text, clean_text
from ..domain.workdays import CalendarOverrides
from . import audit
from .context import Actor
from .permissions import checked
from .settings import put_setting_in_session

HOLIDAYS_KEY = "calendar_marked_holidays"
WORKDAYS_KEY = "calendar_marked_workdays"


def get_calendar_overrides(db: Database) -> CalendarOverrides:
    with db.read() as session:
        holidays = session.get(Setting, HOLIDAYS_KEY)
        workdays = session.get(Setting, WORKDAYS_KEY)
        holiday_map = dict(holidays.value) if holidays else {}
        workday_list = list(workdays.value) if workdays else []
    return CalendarOverrides(
        holidays={date.fromisoformat(day): str(name) for day, name in holiday_map.items()},
        workdays=frozenset(date.fromisoformat(day) for day in workday_list),
    )


@checked
def save_calendar_overrides(
    db: Database, actor: Actor, overrides: CalendarOverrides
) -> CalendarOverrides:
    """Holidays move every working-day deadline, so the change is written to the audit log
    in the same transaction."""
    cleaned = validate_overrides(overrides)
    with db.write() as session:
        put_setting_in_session(
            session,
            HOLIDAYS_KEY,
            {day.isoformat(): name for day, name in sorted(cleaned.holidays.items())},
        )
        put_setting_in_session(
            session, WORKDAYS_KEY, [day.isoformat() for day in sorted(cleaned.workdays)]
        )
        audit.append_in_session(
            session,
            actor,
            "settings_changed",
            detail=f"工作日历：放假日 {len(cleaned.holidays)} 天，"
            f"调休上班日 {len(cleaned.workdays)} 天",
        )
    return cleaned


def validate_overrides(overrides: CalendarOverrides) -> CalendarOverrides:
    errors: list[FieldError] = []
    holidays: dict[date, str] = {}
    for day, name in overrides.holidays.items():
        name = clean_text(name)
        problem = check_text("holidays", name, label="节日名称", max_length=20, required=True)
        if problem:
            errors.append(problem)
        holidays[day] = name
    both = sorted(set(holidays) & set(overrides.workdays))
    if both:
        errors.append(
            FieldError(
                "workdays",
                "{day} 不能既是放假日又是调休上班日",
                {"day": chinese_date(both[0])},
            )
        )
    if errors:
        raise ValidationError(errors)
    return CalendarOverrides(holidays=holidays, workdays=frozenset(overrides.workdays))
