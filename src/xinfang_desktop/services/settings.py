"""Reading and saving the unit's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from ..db.engine import Database
from ..db.tables import settings as settings_table
from ..domain.auth import Permission
from ..domain.settings import (
    DocumentSettings,
    UnitSettings,
    validate_document_settings,
    validate_unit_settings,
)
from . import audit
from .context import Actor
from .permissions import checked

_UNIT_KEYS = ("unit_name", "visit_categories", "hosts", "gate_staff")
LAST_RECEPTIONIST_KEY = "last_receptionist"


def _stored(db: Database, keys: tuple[str, ...]) -> dict[str, object]:
    # Read through Core: a print or a list from the command line needs the unit name, not
    # the ORM (saving goes through the session of the caller's transaction, below).
    column = settings_table.c
    with db.read_connection() as connection:
        return dict(
            connection.execute(select(column.key, column.value).where(column.key.in_(keys))).all()
        )


def get_unit_settings(db: Database) -> UnitSettings:
    stored = _stored(db, _UNIT_KEYS)
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


DOCUMENT_SETTINGS_KEY = "document_settings"


def get_document_settings(db: Database) -> DocumentSettings:
    """What the notices print besides the unit name (no personal data: no permission)."""
    value = _stored(db, (DOCUMENT_SETTINGS_KEY,)).get(DOCUMENT_SETTINGS_KEY)
    return _document_settings_from(dict(value) if isinstance(value, dict) else {})


def _document_settings_from(stored: dict) -> DocumentSettings:
    defaults = DocumentSettings()
    known = {
        name: str(stored.get(name, getattr(defaults, name)))
        for name in (
            "superior_name",
            "superior_address",
            "superior_phone",
            "handling_office",
            "contact_person",
            "contact_phone",
        )
    }
    formats = stored.get("number_formats") or {}
    return DocumentSettings(
        **known, number_formats={str(k): str(v) for k, v in dict(formats).items()}
    )


@checked
def save_document_settings(
    db: Database, actor: Actor, settings: DocumentSettings
) -> DocumentSettings:
    actor.require(Permission.MANAGE_SETTINGS)
    cleaned = validate_document_settings(settings)
    value = {
        "superior_name": cleaned.superior_name,
        "superior_address": cleaned.superior_address,
        "superior_phone": cleaned.superior_phone,
        "handling_office": cleaned.handling_office,
        "contact_person": cleaned.contact_person,
        "contact_phone": cleaned.contact_phone,
        "number_formats": dict(cleaned.number_formats),
    }
    with db.write() as session:
        _put(session, DOCUMENT_SETTINGS_KEY, value)
        audit.append_in_session(session, actor, "settings_changed", detail="文书设置")
    return cleaned


def _put(session, key: str, value: object) -> None:
    from ..db.models import Setting

    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=datetime.now()))
    else:
        row.value = value
        row.updated_at = datetime.now()


def last_receptionist(db: Database) -> str:
    stored = _stored(db, (LAST_RECEPTIONIST_KEY,))
    return str(stored[LAST_RECEPTIONIST_KEY]) if LAST_RECEPTIONIST_KEY in stored else ""


def put_setting_in_session(session, key: str, value: object) -> None:
    """For services that store a setting inside their own transaction."""
    _put(session, key, value)
