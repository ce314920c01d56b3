"""SQLAlchemy models, one module per area. Column sizes match the limits in domain/ (SQLite
does not enforce them). Importing this package registers every table on ``Base.metadata``."""

from .auth import AuditEntry, User
from .base import NAMING_CONVENTION, Base
from .people import Person
from .visits import Setting, Visit, VisitChange, WatchEntry

__all__ = [
    "NAMING_CONVENTION",
    "AuditEntry",
    "Base",
    "Person",
    "Setting",
    "User",
    "Visit",
    "VisitChange",
    "WatchEntry",
]
