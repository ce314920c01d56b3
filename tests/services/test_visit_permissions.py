"""Roles at the gate, enforced in the services: the gate sees today's register, not years."""

from datetime import date, datetime, timedelta

import pytest

from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.search import VisitQuery
from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import audit
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.printing import visit_register_document, visitor_slip
from xinfang_desktop.services.settings import save_unit_settings
from xinfang_desktop.services.visit_rows import fetch_visit_rows
from xinfang_desktop.services.visit_search import search_visit_ids

GATE = Actor("王师傅", Role.GATE)
CLERK = Actor("张老师", Role.CLERK)
ADMIN = Actor("刘主任", Role.ADMIN)
LEADER = Actor("赵校长", Role.LEADER)


@pytest.fixture
def visits(database):
    now = datetime.now().replace(second=0, microsecond=0)
    today = visit_service.register_visit(
        database,
        GATE,
        VisitDraft(
            # A few minutes ago, but never yesterday (a run just after midnight).
            arrived_at=now - timedelta(minutes=min(5, now.hour * 60 + now.minute)),
            name="张三",
            phone="13800138000",
            id_number="11010519491231002X",
            reason="反映午餐",
        ),
        now=now,
    )
    last_year = visit_service.register_visit(
        database,
        ADMIN,
        VisitDraft(arrived_at=now - timedelta(days=400), name="李四", reason="投诉收费"),
        now=now,
    )
    return today, last_year


def test_the_gate_lists_todays_visits_with_numbers_masked(database, visits):
    today, last_year = visits
    found = search_visit_ids(database, GATE, VisitQuery()).ids
    assert found == [today.id]
    rows = fetch_visit_rows(database, GATE, [today.id, last_year.id])
    assert [r.name for r in rows] == ["张三"]  # asking for an old id gives nothing
    assert rows[0].phone == "138****8000"
    assert rows[0].id_number.startswith("1101") and "*" in rows[0].id_number
    clerk_rows = fetch_visit_rows(database, CLERK, [today.id, last_year.id])
    assert [r.phone for r in clerk_rows] == ["13800138000", ""]


def test_the_gate_cannot_search_or_change_older_visits(database, visits):
    _, last_year = visits
    with pytest.raises(PermissionDeniedError, match=r"门卫.*查询历年来访记录"):
        search_visit_ids(database, GATE, VisitQuery(date_from=date(2020, 1, 1)))
    with pytest.raises(PermissionDeniedError):
        visit_service.get_visit(database, GATE, last_year.id)
    with pytest.raises(PermissionDeniedError):
        visit_service.void_visit(database, GATE, last_year.id, "登记错了")
    with pytest.raises(PermissionDeniedError):
        visit_service.register_visit(
            database,
            GATE,
            VisitDraft(arrived_at=datetime(2026, 1, 5, 9), name="补登", reason="补登记"),
        )
    assert visit_service.get_visit(database, CLERK, last_year.id).draft.name == "李四"


def test_a_leader_without_gate_duties_sees_no_register(database, visits):
    with pytest.raises(PermissionDeniedError):
        search_visit_ids(database, LEADER, VisitQuery())


def test_every_unmasked_look_print_and_export_is_audited(database, visits):
    today, _ = visits
    save_unit_settings(database, ADMIN, UnitSettings(unit_name="邹坞镇中心小学"))
    # The gate gets the numbers masked: nothing unmasked to log for it.
    assert visit_service.get_visit(database, GATE, today.id).draft.phone == "138****8000"
    visit_service.visit_history(database, CLERK, today.id)
    visitor_slip(database, GATE, today.id)
    document = visit_register_document(database, GATE, date.today(), date.today())
    assert document.rows[0].phone == "138****8000"
    with pytest.raises(PermissionDeniedError):
        visit_register_document(database, GATE, date.today() - timedelta(days=7), date.today())
    visit_register_document(
        database, CLERK, date.today() - timedelta(days=7), date.today(), purpose="export"
    )
    entries = audit.list_entries(database, ADMIN)
    logged = [(e.user_name, e.action, e.target_kind) for e in reversed(entries)]
    assert logged == [
        ("刘主任", "settings_changed", ""),
        ("张老师", "view_unmasked", "visit"),
        ("王师傅", "print", "visitor_slip"),
        ("王师傅", "print", "visit_register"),
        ("张老师", "export", "visit_register"),
    ]
    assert audit.verify_chain(database, ADMIN).intact


def test_settings_and_watch_list_need_the_settings_permission(database):
    from xinfang_desktop.services.watchlist import add_watch_entry, list_watch_entries

    with pytest.raises(PermissionDeniedError):
        save_unit_settings(database, GATE, UnitSettings(unit_name="某校"))
    with pytest.raises(PermissionDeniedError):
        add_watch_entry(database, GATE, name="某人", reason="曾冲击校门")
    with pytest.raises(PermissionDeniedError):
        list_watch_entries(database, CLERK)
