"""Roles in the organisation areas, enforced in services/: the gate keeps only the duty log,
leaders record their own screenings, 下访 and dispute progress, organisers change the rest."""

from datetime import date

import pytest

from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.services import disputes, duty_log, leadership, outreach, rota, screening
from xinfang_desktop.services.context import Actor

GATE = Actor("王师傅", Role.GATE)
LEADER = Actor("赵校长", Role.LEADER)
TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    "call",
    [
        lambda db, a: leadership.found_term(db, a, None),
        lambda db, a: screening.save_interval_days(db, a, 7),
        lambda db, a: disputes.resolve_dispute(db, a, 1, TODAY, expected_version=1),
        lambda db, a: rota.save_pools(db, a, {}),
        lambda db, a: rota.publish(db, a, 1, expected_version=1),
    ],
)
def test_organising_needs_an_organiser(sqlite_db, call):
    for actor in (GATE, LEADER):
        with pytest.raises(PermissionDeniedError):
            call(sqlite_db, actor)


@pytest.mark.parametrize(
    "call",
    [
        lambda db, a: screening.complete_follow_up(db, a, 1, TODAY, expected_version=1),
        lambda db, a: outreach.complete_outreach_follow_up(db, a, 1, TODAY),
        lambda db, a: disputes.add_note(db, a, 1, TODAY, "已约谈双方", expected_version=1),
    ],
)
def test_leaders_record_their_work_the_gate_does_not(sqlite_db, call):
    with pytest.raises(PermissionDeniedError):
        call(sqlite_db, GATE)


def test_the_gate_may_keep_the_duty_log(sqlite_db):
    from datetime import datetime

    from xinfang_desktop.db.errors import NotFoundError

    # Past the permission check, the missing shift is what stops it.
    with pytest.raises(NotFoundError):
        duty_log.add_log_entry(sqlite_db, GATE, 999, "来电", datetime(2026, 11, 23, 9), "家长来电")
