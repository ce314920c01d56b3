"""Plain data for the printed rotas and the Excel export: a month, a week, a whole rota (a
holiday rota), one person's duties."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import DutyRota
from ..domain.auth import Permission
from ..domain.dates import chinese_period, chinese_weekday
from ..domain.errors import FieldError, ValidationError
from ..domain.rota import DayCategory, years_text
from ..domain.workdays import FIXED_HOLIDAYS_TEXT, MOVING_HOLIDAYS_TEXT, unknown_years
from ..reports.rota_schedule import PersonDutyRow, PersonDutySheet, RotaSheet, RotaSheetRow
from . import audit
from .context import Actor
from .people import get_person
from .permissions import checked
from .rota import RotaDetail, ShiftRecord, get_rota, person_duties
from .settings import get_unit_settings
from .workdays import get_calendar_overrides


def _shift_heading(shift: ShiftRecord) -> str:
    return f"{shift.pattern_name} {shift.starts_at:%H:%M}"


def _day_label(shift: ShiftRecord) -> str:
    if shift.day_name:
        return shift.day_name
    return "" if shift.category is DayCategory.WORKDAY else shift.category.value


def span_text(starts_at: datetime, ends_at: datetime) -> str:
    """20:00–次日08:00, 08:00–20:00, 08:00–次日08:00."""
    next_day = "次日" if ends_at.date() > starts_at.date() else ""
    return f"{starts_at:%H:%M}–{next_day}{ends_at:%H:%M}"


def _sheet(
    db: Database,
    details: list[RotaDetail],
    first: date,
    last: date,
    title: str,
    printed_at: datetime | None,
) -> RotaSheet:
    shifts = sorted(
        (s for d in details for s in d.shifts if first <= s.day <= last),
        key=lambda s: s.starts_at,
    )
    headings: dict[str, tuple[int, str]] = {}
    for shift in shifts:
        minutes = shift.starts_at.hour * 60 + shift.starts_at.minute
        headings.setdefault(shift.pattern_code, (minutes, _shift_heading(shift)))
    patterns = sorted(headings, key=lambda code: headings[code])
    roles: list[tuple[str, str]] = []
    for detail in details:
        roles.extend(r for r in detail.roles if r not in roles)
    columns = [(headings[p][1], name) for p in patterns for _, name in roles]
    keys = [(p, code, name) for p in patterns for code, name in roles]
    # Seats changed since the last publishing: marked ※ on the paper, so the copy on the
    # wall shows what differs from the one handed out.
    changed = {
        (c.day, c.pattern_name, c.role_name)
        for d in details
        for c in d.changes
        if first <= c.day <= last
    }
    by_day: dict[date, list[ShiftRecord]] = {}
    for shift in shifts:
        by_day.setdefault(shift.day, []).append(shift)
    rows = []
    marked = 0
    for day in sorted(by_day):
        cells = []
        for pattern, role, role_name in keys:
            shift = next((s for s in by_day[day] if s.pattern_code == pattern), None)
            if shift is None:
                cells.append("—")
                continue
            names = "、".join(seat.name or "（空缺）" for seat in shift.people_of(role)) or "—"
            if (day, shift.pattern_name, role_name) in changed:
                names = CHANGED_MARK + names
                marked += 1
            cells.append(names)
        first_shift = by_day[day][0]
        rows.append(
            RotaSheetRow(
                day,
                chinese_weekday(day),
                _day_label(first_shift),
                first_shift.category is not DayCategory.WORKDAY,
                cells,
            )
        )
    on_rota = {(seat.role_name, seat.name) for s in shifts for seat in s.seats if seat.person_id}
    phones = []
    for detail in details:
        phones.extend(p for p in detail.phone_list if p[:2] in on_rota and p not in phones)
    notes = []
    for detail in details:
        if detail.summary.published:
            note = f"“{detail.summary.name}”已发布第 {detail.summary.published_number} 版"
            if detail.changes:
                note += f"，发布后调整 {len(detail.changes)} 处"
            notes.append(note)
        else:
            notes.append(f"“{detail.summary.name}”草稿")
    legend = f"{CHANGED_MARK} 发布后调整的值班（{marked} 格），以本表为准。" if marked else ""
    return RotaSheet(
        unit_name=get_unit_settings(db).unit_name,
        title=title,
        period=chinese_period(first, last),
        columns=columns,
        rows=rows,
        phones=phones,
        printed_at=printed_at or datetime.now(),
        note="；".join(notes),
        legend=legend,
        calendar_note=_calendar_note(db, first, last),
    )


CHANGED_MARK = "※"


def _calendar_note(db: Database, first: date, last: date) -> str:
    """What the paper must say when it covers a year whose holidays are not announced."""
    years = unknown_years(first, last, get_calendar_overrides(db))
    if not years:
        return ""
    return (
        f"注意：{years_text(years)}的节假日安排国务院尚未公布，本表只按法定日期标出"
        f"{FIXED_HOLIDAYS_TEXT}；{MOVING_HOLIDAYS_TEXT}尚未标出，公布后请核对。"
    )


def _details_between(db: Database, first: date, last: date) -> list[RotaDetail]:
    with db.read() as session:
        ids = list(
            session.scalars(
                select(DutyRota.id)
                .where(DutyRota.start_date <= last, DutyRota.end_date >= first)
                .order_by(DutyRota.start_date)
            )
        )
    return [get_rota(db, i) for i in ids]


def parse_month(text: str) -> tuple[date, date]:
    """ "2026-12" → the first and last day of that month."""
    try:
        year, month = (int(part) for part in text.split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise ValidationError([FieldError("month", "月份格式应为 YYYY-MM，如 2026-12")]) from None
    return first, first.replace(day=calendar.monthrange(year, month)[1])


def _log_output(db: Database, actor: Actor, title: str, purpose: str) -> None:
    """Rotas carry staff phone numbers: who printed or exported one is on record."""
    actor.require(Permission.PRINT_REGISTERS)
    audit.append(
        db, actor, "export" if purpose == "export" else "print", target_kind="rota", detail=title
    )


@checked
def month_sheet(
    db: Database,
    actor: Actor,
    month: date,
    *,
    purpose: str = "print",
    printed_at: datetime | None = None,
) -> RotaSheet:
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    title = f"{first.year}年{first.month}月值班表"
    _log_output(db, actor, title, purpose)
    return _sheet(db, _details_between(db, first, last), first, last, title, printed_at)


@checked
def week_sheet(
    db: Database,
    actor: Actor,
    day: date,
    *,
    purpose: str = "print",
    printed_at: datetime | None = None,
) -> RotaSheet:
    """The week (Monday to Sunday) holding ``day``."""
    first = day - timedelta(days=day.weekday())
    last = first + timedelta(days=6)
    title = f"值班表（{first.month}月{first.day}日—{last.month}月{last.day}日）"
    _log_output(db, actor, title, purpose)
    return _sheet(db, _details_between(db, first, last), first, last, title, printed_at)


@checked
def rota_sheet(
    db: Database,
    actor: Actor,
    rota_id: int,
    *,
    purpose: str = "print",
    printed_at: datetime | None = None,
) -> RotaSheet:
    """A whole rota as it was made (a holiday rota: 国庆节值班表)."""
    detail = get_rota(db, rota_id)
    summary = detail.summary
    _log_output(db, actor, summary.name, purpose)
    return _sheet(db, [detail], summary.start, summary.end, summary.name, printed_at)


@checked
def person_sheet(
    db: Database,
    actor: Actor,
    person_id: int,
    first: date,
    last: date,
    *,
    printed_at: datetime | None = None,
) -> PersonDutySheet:
    person = get_person(db, person_id)
    _log_output(db, actor, f"{person.name}的值班安排", "print")
    rows = [
        PersonDutyRow(
            duty.day,
            chinese_weekday(duty.day),
            f"{duty.pattern_name} {span_text(duty.starts_at, duty.ends_at)}",
            duty.role_name,
            duty.day_name or ("" if duty.category is DayCategory.WORKDAY else duty.category.value),
        )
        for duty in person_duties(db, person_id, first, last)
    ]
    return PersonDutySheet(
        unit_name=get_unit_settings(db).unit_name,
        name=person.name,
        phone=person.phone,
        period=chinese_period(first, last),
        rows=rows,
        printed_at=printed_at or datetime.now(),
    )
