"""SQLAlchemy models, one module per area. Column sizes match the limits in domain/ (SQLite
does not enforce them). Importing this package registers every table on ``Base.metadata``."""

from .base import NAMING_CONVENTION, Base
from .cases import Case, CaseAttachment, CaseChange, CaseEvent, CasePetitioner, CaseUrging
from .people import Person
from .visits import Setting, Visit, VisitChange, WatchEntry

__all__ = [
    "NAMING_CONVENTION",
    "Base",
    "Case",
    "CaseAttachment",
    "CaseChange",
    "CaseEvent",
    "CasePetitioner",
    "CaseUrging",
    "Person",
    "Setting",
    "Visit",
    "VisitChange",
    "WatchEntry",
]
