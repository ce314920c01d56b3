"""The gate's small services: departure by the 访客单's QR code, one list of 登记人."""

from __future__ import annotations

from datetime import datetime

import pytest

from xinfang_desktop.domain.auth import PermissionDeniedError, Role, UserDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.visits import VisitDraft, parse_slip_code, slip_code
from xinfang_desktop.services import auth as auth_service
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.visit_rows import fetch_visit_rows

ARRIVED = datetime(2026, 11, 22, 9, 0)


def test_slip_code_round_trip_and_anything_else_is_no_code():
    code = slip_code(17, "20261122-0003")
    assert code == "XFV-17-20261122-0003"
    assert parse_slip_code(code) == (17, "20261122-0003")
    assert parse_slip_code(" xfv-17-20261122-0003\n") == (17, "20261122-0003")
    for text in ("张三", "13800138000", "XFV-17", "XFV-x-20261122-0003", ""):
        assert parse_slip_code(text) is None


def test_scanning_the_slip_marks_that_visit_departed(database, actor):
    first = visit_service.register_visit(
        database, actor, VisitDraft(arrived_at=ARRIVED, name="张三", reason="咨询"), now=ARRIVED
    )
    second = visit_service.register_visit(
        database, actor, VisitDraft(arrived_at=ARRIVED, name="李四", reason="送材料"), now=ARRIVED
    )
    left = visit_service.depart_by_slip(
        database, actor, slip_code(second.id, second.number), at=datetime(2026, 11, 22, 9, 40)
    )
    assert left.id == second.id and left.draft.left_at == datetime(2026, 11, 22, 9, 40)
    assert visit_service.get_visit(database, actor, first.id).draft.left_at is None
    # Scanned twice: said so, nothing changes.
    with pytest.raises(ValidationError) as twice:
        visit_service.depart_by_slip(database, actor, slip_code(second.id, second.number))
    assert "已于 09:40 登记离开" in twice.value.errors[0].message


def test_a_code_whose_number_does_not_match_marks_nobody(database, actor):
    record = visit_service.register_visit(
        database, actor, VisitDraft(arrived_at=ARRIVED, name="张三", reason="咨询"), now=ARRIVED
    )
    for code in (slip_code(record.id, "20261122-0009"), slip_code(record.id + 50, record.number)):
        with pytest.raises(ValidationError) as caught:
            visit_service.depart_by_slip(database, actor, code, at=ARRIVED)
        assert "不是本单位的访客单" in caught.value.errors[0].message
    assert visit_service.get_visit(database, actor, record.id).draft.left_at is None


def test_departure_by_slip_needs_the_gate_permission(database):
    with pytest.raises(PermissionDeniedError):
        visit_service.depart_by_slip(
            database, Actor("某领导", Role.LEADER, 5), "XFV-1-20261122-0001"
        )


def test_gate_staff_is_one_list_of_people(database, actor):
    porter = add_person(database, actor, PersonDraft("赵师傅", post="门卫"))
    linked = add_person(database, actor, PersonDraft("钱师傅", post="门卫"))
    add_person(database, actor, PersonDraft("孙老师", post="教师"))
    admin = Actor("管理员", Role.ADMIN, 1)
    auth_service.create_user(
        database, admin, UserDraft("qian", "小钱", "门卫", person_id=linked.id), "Temp#2026xyz",
        "Temp#2026xyz",
    )  # fmt: skip
    staff = visit_service.gate_staff(database, Actor("钱师傅", Role.GATE, 2, linked.id))
    assert staff[0] == "钱师傅"  # the signed-in user first
    assert porter.name in staff and "孙老师" not in staff
    assert "小钱" not in staff  # the account is the person 钱师傅, listed once
    assert staff.count("钱师傅") == 1
    with pytest.raises(PermissionDeniedError):
        visit_service.gate_staff(database, Actor("某领导", Role.LEADER, 5))


def test_the_watch_mark_reaches_only_roles_that_see_the_list(database, actor):
    from xinfang_desktop.domain.auth import Permission, role_allows
    from xinfang_desktop.services import watchlist as watch_service

    watch_service.add_watch_entry(database, actor, name="", phone="13800138000", reason="曾滞留")
    now = datetime.now().replace(microsecond=0)
    record = visit_service.register_visit(
        database,
        actor,
        VisitDraft(arrived_at=now, name="某人", phone="13800138000", reason="咨询"),
        now=now,
    )
    plain = visit_service.register_visit(
        database, actor, VisitDraft(arrived_at=now, name="路人", reason="问路"), now=now
    )
    for role in Role:
        who = Actor("某", role, 3)
        if not (
            role_allows(role, Permission.REGISTER_VISITS)
            or role_allows(role, Permission.SEARCH_ALL_VISITS)
        ):
            continue
        rows = {r.id: r for r in fetch_visit_rows(database, who, [record.id, plain.id])}
        sees = role_allows(role, Permission.REGISTER_VISITS) or role_allows(
            role, Permission.MANAGE_SETTINGS
        )
        assert rows[record.id].watched is sees, role
        assert rows[plain.id].watched is False
