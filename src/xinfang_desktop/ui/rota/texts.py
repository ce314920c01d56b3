"""Domain messages of the rota area through Qt's translation (context ``"validation"``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.errors import TRANSLATION_CONTEXT
from ...domain.rota import CALENDAR_WARNING, Conflict, years_text
from ...domain.workdays import CalendarOverrides, unknown_years


def conflict_text(conflict: Conflict) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, conflict.template).format(
        **conflict.params
    )


def calendar_warning_text(start: date, end: date, overrides: CalendarOverrides) -> str:
    """Which years have no holiday data, or "" (the same warning the CLI prints)."""
    years = unknown_years(start, end, overrides) if start <= end else []
    if not years:
        return ""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, CALENDAR_WARNING).format(
        years=years_text(years)
    )
