"""Reading and saving the unit's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import Setting
from ..domain.settings import UnitSettings, validate_unit_settings
from . import audit
from .context import Actor
from .permissions import checked

_UNIT_KEYS = ("unit_name", "visit_categories", "hosts", "gate_staff")
LAST_RECEPTIONIST_KEY = "last_receptionist"


def get_unit_settings(db: Database) -> UnitSettings:
    with db.read() as session:
        stored = {
            key: value
            for key, value in session.execute(
                select(Setting.key, Setting.value).where(Setting.key.in_(_UNIT_KEYS))
            )
        }
    defaults = UnitSettings()
    return UnitSettings(
        unit_name=str(stored.get("unit_name", defaults.unit_name)),
        visit_categories=tuple(stored.get("visit_categories", defaults.visit_categories)),
        hosts=tuple(stored.get("hosts", defaults.hosts)),
        gate_staff=tuple(stored.get("gate_staff", defaults.gate_staff)),
    )


@checked
def save_unit_settings(db: Database, actor: Actor, settings: UnitSettings) -> UnitSettings:
    cleaned = validate_unit_settings(settings)
    values = {
        "unit_name": cleaned.unit_name,
        "visit_categories": list(cleaned.visit_categories),
        "hosts": list(cleaned.hosts),
        "gate_staff": list(cleaned.gate_staff),
    }
    with db.write() as session:
        for key, value in values.items():
            _put(session, key, value)
        audit.append_in_session(session, actor, "settings_changed", detail="单位设置")
    return cleaned


def _put(session, key: str, value: object) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=datetime.now()))
    else:
        row.value = value
        row.updated_at = datetime.now()


def last_receptionist(db: Database) -> str:
    with db.read() as session:
        row = session.get(Setting, LAST_RECEPTIONIST_KEY)
        return str(row.value) if row else ""


def put_setting_in_session(session, key: str, value: object) -> None:
    """For services that store a setting inside their own transaction."""
    _put(session, key, value)
