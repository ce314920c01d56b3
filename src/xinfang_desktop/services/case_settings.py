"""The unit's case settings (number pattern, lists, deadline rules) kept in ``settings``."""

from __future__ import annotations

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import Setting
from ..domain.case_deadlines import DeadlineRules, validate_rules
from ..domain.cases import CaseSettings, validate_case_settings
from ..domain.errors import ValidationError
from .context import Actor
from .permissions import checked
from .settings import put_setting_in_session

RULES_KEY = "case_deadline_rules"
NUMBER_FORMAT_KEY = "case_number_format"
CATEGORIES_KEY = "case_categories"
AREAS_KEY = "case_areas"
_KEYS = (RULES_KEY, NUMBER_FORMAT_KEY, CATEGORIES_KEY, AREAS_KEY)


def _stored(session) -> dict[str, object]:
    query = select(Setting.key, Setting.value).where(Setting.key.in_(_KEYS))
    return {key: value for key, value in session.execute(query)}


def get_deadline_rules(db: Database) -> DeadlineRules:
    with db.read() as session:
        row = session.get(Setting, RULES_KEY)
        return DeadlineRules.from_json(row.value if row else None)


def get_case_settings(db: Database) -> CaseSettings:
    with db.read() as session:
        stored = _stored(session)
    defaults = CaseSettings()
    return CaseSettings(
        number_format=str(stored.get(NUMBER_FORMAT_KEY, defaults.number_format)),
        categories=tuple(stored.get(CATEGORIES_KEY, defaults.categories)),
        areas=tuple(stored.get(AREAS_KEY, defaults.areas)),
    )


@checked
def save_case_settings(
    db: Database, actor: Actor, settings: CaseSettings, rules: DeadlineRules
) -> tuple[CaseSettings, DeadlineRules]:
    """Save both; the deadlines of open cases are recomputed under the new rules."""
    from .cases import recompute_open_deadlines_in_session

    errors = []
    for check, value in ((validate_case_settings, settings), (validate_rules, rules)):
        try:
            check(value)
        except ValidationError as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)  # every wrong field of both parts at once
    cleaned = validate_case_settings(settings)
    with db.write() as session:
        put_setting_in_session(session, NUMBER_FORMAT_KEY, cleaned.number_format)
        put_setting_in_session(session, CATEGORIES_KEY, list(cleaned.categories))
        put_setting_in_session(session, AREAS_KEY, list(cleaned.areas))
        put_setting_in_session(session, RULES_KEY, rules.to_json())
        session.flush()
        recompute_open_deadlines_in_session(session, rules)
    return cleaned, rules
