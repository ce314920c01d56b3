"""SQLAlchemy models, one module per area. Column sizes match the limits in domain/ (SQLite
does not enforce them). Importing this package registers every table on ``Base.metadata``."""

from .base import NAMING_CONVENTION, Base
from .people import Person
from .rota import (
    DutyAssignment,
    DutyLogEntry,
    DutyLogLink,
    DutyRota,
    DutyRotaVersion,
    DutyShift,
    DutyUnavailability,
)
from .visits import Setting, Visit, VisitChange, WatchEntry

__all__ = [
    "NAMING_CONVENTION",
    "Base",
    "DutyAssignment",
    "DutyLogEntry",
    "DutyLogLink",
    "DutyRota",
    "DutyRotaVersion",
    "DutyShift",
    "DutyUnavailability",
    "Person",
    "Setting",
    "Visit",
    "VisitChange",
    "WatchEntry",
]
