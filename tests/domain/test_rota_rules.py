"""Rota generation: coverage, leave, holidays, rules and fairness, for any input (hypothesis)."""

import itertools
from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.rota import (
    DEFAULT_ROTA_SETTINGS,
    ConflictKind,
    DayCategory,
    DutyPerson,
    DutyRole,
    SeatKey,
    SensitiveDay,
    ShiftPattern,
    Unavailability,
    calendar_warning,
    changes_since,
    fairness_table,
    generate_rota,
    person_conflicts,
    plan_shifts,
    spread_by_role,
    validate_log_entry,
    validate_rota_settings,
    validate_unavailability,
)
from xinfang_desktop.domain.workdays import CalendarOverrides


def make_pools(leaders: int, staff: int, gate: int) -> dict[str, list[DutyPerson]]:
    return {
        "leader": [DutyPerson(i, f"领导{i}", is_leader=True) for i in range(1, leaders + 1)],
        "staff": [DutyPerson(100 + i, f"值班{i}") for i in range(staff)],
        "gate": [DutyPerson(200 + i, f"门卫{i}") for i in range(gate)],
    }


def seats_of(rota):
    return {(a.day, a.pattern_code, a.role_code, a.seat) for a in rota.assignments}


def test_national_day_has_24_hour_cover_and_workdays_only_nights():
    slots = plan_shifts(DEFAULT_ROTA_SETTINGS, date(2026, 9, 30), date(2026, 10, 10))
    by_day: dict[date, list] = {}
    for slot in slots:
        by_day.setdefault(slot.day, []).append(slot)
    assert [s.pattern_code for s in by_day[date(2026, 9, 30)]] == ["night"]
    national = by_day[date(2026, 10, 1)]
    assert [s.pattern_code for s in national] == ["day", "night"]
    assert national[0].category is DayCategory.HOLIDAY and national[0].day_name == "国庆节"
    # The two spans meet: 08:00 → 20:00 → 08:00 next day.
    assert national[0].ends_at == national[1].starts_at
    assert national[1].ends_at - national[0].starts_at == timedelta(hours=24)
    # 2026-10-10 is a Saturday worked in exchange (调休): workday cover.
    adjusted = by_day[date(2026, 10, 10)]
    assert [s.pattern_code for s in adjusted] == ["night"]
    assert adjusted[0].day_name == "调休上班"


def test_sensitive_day_gets_reinforced_seats():
    rota_settings = validate_rota_settings(
        DEFAULT_ROTA_SETTINGS.__class__(
            **{
                **DEFAULT_ROTA_SETTINGS.__dict__,
                "sensitive_days": (SensitiveDay(date(2026, 12, 2), "重要会议"),),
            }
        )
    )
    slots = plan_shifts(rota_settings, date(2026, 12, 2), date(2026, 12, 2))
    assert [s.pattern_code for s in slots] == ["day", "night"]
    assert all(s.category is DayCategory.SENSITIVE and s.seats["staff"] == 2 for s in slots)
    rota = generate_rota(rota_settings, date(2026, 12, 2), date(2026, 12, 2), make_pools(3, 6, 3))
    assert sum(1 for a in rota.assignments if a.role_code == "staff") == 4


def test_unknown_year_is_named_in_the_warning_and_marks_are_used():
    warning = calendar_warning(date(2026, 12, 1), date(2027, 2, 28), CalendarOverrides())
    assert "2027年" in warning and "2026年" not in warning
    marks = CalendarOverrides(holidays={date(2027, 1, 1): "元旦"})
    assert calendar_warning(date(2026, 12, 1), date(2027, 2, 28), marks) == ""
    slots = plan_shifts(DEFAULT_ROTA_SETTINGS, date(2027, 1, 1), date(2027, 1, 1), marks)
    assert slots[0].category is DayCategory.HOLIDAY and slots[0].day_name == "元旦"
    rota = generate_rota(
        DEFAULT_ROTA_SETTINGS, date(2027, 1, 1), date(2027, 1, 3), make_pools(2, 3, 2)
    )
    assert "2027年" in rota.warning


def test_same_seed_same_rota_other_seed_may_differ():
    pools = make_pools(4, 8, 3)
    one = generate_rota(DEFAULT_ROTA_SETTINGS, date(2026, 12, 1), date(2026, 12, 31), pools, seed=7)
    two = generate_rota(DEFAULT_ROTA_SETTINGS, date(2026, 12, 1), date(2026, 12, 31), pools, seed=7)
    assert one == two
    others = [
        generate_rota(DEFAULT_ROTA_SETTINGS, date(2026, 12, 1), date(2026, 12, 31), pools, seed=s)
        for s in range(1, 6)
    ]
    assert any(o.assignments != one.assignments for o in others)


def test_empty_pool_leaves_gaps_not_crashes():
    pools = make_pools(0, 3, 2)
    rota = generate_rota(DEFAULT_ROTA_SETTINGS, date(2026, 12, 1), date(2026, 12, 3), pools)
    assert not rota.complete
    assert {g.role_code for g in rota.gaps} == {"leader"}
    assert len(rota.gaps) == 3  # one night a workday


def test_conflicts_name_what_is_broken():
    person = DutyPerson(1, "王建国")
    night = ShiftPattern("night", "夜班", time(20), 12)
    rota = generate_rota(
        DEFAULT_ROTA_SETTINGS, date(2026, 12, 1), date(2026, 12, 1), {"leader": [person]}
    )
    (taken,) = rota.assignments
    begins, ends = night.span(date(2026, 12, 2))
    found = person_conflicts(person, begins, ends, True, [taken], [], DEFAULT_ROTA_SETTINGS)
    assert [c.kind for c in found] == [ConflictKind.CONSECUTIVE_NIGHTS]
    assert not found[0].hard
    begins, ends = night.span(date(2026, 12, 1))
    found = person_conflicts(
        person,
        begins,
        ends,
        True,
        [taken],
        [Unavailability(1, date(2026, 12, 1), date(2026, 12, 1), "出差")],
        DEFAULT_ROTA_SETTINGS,
    )
    assert {c.kind for c in found} == {ConflictKind.UNAVAILABLE, ConflictKind.DOUBLE_BOOKED}
    assert all(c.hard for c in found)
    assert "出差" in found[0].message


def test_settings_validation_lists_every_problem():
    bad = DEFAULT_ROTA_SETTINGS.__class__(
        roles=(DutyRole("leader", "", 0, 0), DutyRole("leader", "门卫", 1, 1)),
        patterns=(ShiftPattern("day", "白班", time(8), 30), ShiftPattern("x", "晚班", time(18), 6)),
        workday_patterns=("nope",),
        day_off_patterns=("day", "x"),
        min_rest_hours=99,
    )
    with pytest.raises(ValidationError) as caught:
        validate_rota_settings(bad)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"roles", "patterns", "workday_patterns", "day_off_patterns", "min_rest_hours"}
    messages = " ".join(e.message for e in caught.value.errors)
    assert "请填写角色名称" in messages and "重复" in messages and "重叠" in messages


def test_unavailability_and_log_validation():
    with pytest.raises(ValidationError) as caught:
        validate_unavailability(Unavailability(1, date(2026, 12, 5), date(2026, 12, 1), " "))
    assert set(caught.value.by_field()) == {"reason", "end"}
    with pytest.raises(ValidationError) as caught:
        validate_log_entry("乱写", "")
    assert set(caught.value.by_field()) == {"kind", "content"}
    assert validate_log_entry("来电", " 家长来电询问 ")[1] == "家长来电询问"


def test_changes_since_published():
    a = SeatKey(date(2026, 12, 1), "night", "staff", 1)
    b = SeatKey(date(2026, 12, 2), "night", "staff", 1)
    changes = changes_since({a: 1, b: 2}, {a: 1, b: 3})
    assert [(c.seat, c.before, c.after) for c in changes] == [(b, 2, 3)]


# -- properties ------------------------------------------------------------------------------

ranges = st.tuples(
    st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 3, 31)),
    st.integers(min_value=0, max_value=60),
)


@st.composite
def leave_for(draw, pools, start, length):
    people = [p.id for pool in pools.values() for p in pool]
    items = []
    for _ in range(draw(st.integers(0, 6))):
        first = start + timedelta(days=draw(st.integers(0, length)))
        items.append(
            Unavailability(
                draw(st.sampled_from(people)),
                first,
                first + timedelta(days=draw(st.integers(0, 10))),
                "请假",
            )
        )
    return items


@settings(max_examples=60, deadline=None)
@given(
    span=ranges,
    sizes=st.tuples(st.integers(1, 6), st.integers(1, 12), st.integers(1, 5)),
    seed=st.integers(0, 10_000),
    data=st.data(),
)
def test_generated_rota_respects_every_hard_rule(span, sizes, seed, data):
    start, length = span
    end = start + timedelta(days=length)
    pools = make_pools(*sizes)
    # Leaders also stand as staff: one person in two pools is never double-booked.
    pools["staff"] = pools["staff"] + pools["leader"][:2]
    leave = data.draw(leave_for(pools, start, length))
    rota = generate_rota(DEFAULT_ROTA_SETTINGS, start, end, pools, leave, seed=seed)
    slots = plan_shifts(DEFAULT_ROTA_SETTINGS, start, end)
    wanted = {
        (s.day, s.pattern_code, role, seat)
        for s in slots
        for role, count in s.seats.items()
        for seat in range(1, count + 1)
    }
    # Every seat is either filled or reported as a gap, never both, never twice.
    gaps = {(g.slot.day, g.slot.pattern_code, g.role_code, g.seat) for g in rota.gaps}
    assert len(seats_of(rota)) == len(rota.assignments)
    assert seats_of(rota) | gaps == wanted and not (seats_of(rota) & gaps)
    # Holidays get day and night cover.
    for slot in slots:
        if slot.is_day_off:
            assert {s.pattern_code for s in slots if s.day == slot.day} == {"day", "night"}
    by_person: dict[int, list] = {}
    for item in rota.assignments:
        assert item.person_id in {p.id for p in pools[item.role_code]}
        for off in leave:
            assert not (
                off.person_id == item.person_id and off.blocks(item.starts_at, item.ends_at)
            )
        by_person.setdefault(item.person_id, []).append(item)
    for items in by_person.values():
        items.sort(key=lambda a: a.starts_at)
        for before, after in itertools.pairwise(items):
            assert after.starts_at - before.ends_at >= timedelta(hours=8)
            assert not (
                before.is_night
                and after.is_night
                and (after.starts_at.date() - before.starts_at.date()).days == 1
            )


@settings(max_examples=60, deadline=None)
@given(
    span=ranges,
    # Three people a pool is the least that can cover day, night, day, night … without two
    # nights in a row or a shift straight after another.
    sizes=st.tuples(st.integers(3, 6), st.integers(3, 12), st.integers(3, 5)),
    seed=st.integers(0, 10_000),
)
def test_without_leave_every_shift_is_covered_and_counts_spread_within_one(span, sizes, seed):
    start, length = span
    end = start + timedelta(days=length)
    pools = make_pools(*sizes)
    rota = generate_rota(DEFAULT_ROTA_SETTINGS, start, end, pools, seed=seed)
    assert rota.complete
    people = {p.id: p for pool in pools.values() for p in pool}
    rows = fairness_table(rota.assignments, people, DEFAULT_ROTA_SETTINGS.roles, pools)
    assert all(spread <= 1 for spread in spread_by_role(rows).values())
    assert sum(r.total for r in rows) == len(rota.assignments)


@st.composite
def rota_settings(draw):
    """Any sensible settings: 24-hour or day+night cover on days off, 1–2 seats, 1–3 on
    sensitive days, sensitive days anywhere, rest 0–12 hours, the nights rule on or off."""
    seats = draw(st.integers(1, 2))
    roles = (
        DutyRole("leader", "带班领导", 1, draw(st.integers(1, 2)), leaders_only=True),
        DutyRole("staff", "值班人员", seats, draw(st.integers(seats, 3))),
    )
    day_off = draw(st.sampled_from([("day", "night"), ("full",)]))
    sensitive = draw(
        st.lists(
            st.dates(min_value=date(2026, 9, 1), max_value=date(2026, 12, 31)),
            max_size=5,
            unique=True,
        )
    )
    return validate_rota_settings(
        DEFAULT_ROTA_SETTINGS.__class__(
            roles=roles,
            patterns=DEFAULT_ROTA_SETTINGS.patterns,
            workday_patterns=("night",),
            day_off_patterns=day_off,
            no_consecutive_nights=draw(st.booleans()),
            min_rest_hours=draw(st.integers(0, 12)),
            sensitive_days=tuple(SensitiveDay(d, "重要会议") for d in sensitive),
        )
    )


@settings(max_examples=60, deadline=None)
@given(
    rules=rota_settings(),
    start=st.dates(min_value=date(2026, 9, 1), max_value=date(2026, 12, 1)),
    length=st.integers(0, 40),
    seed=st.integers(0, 10_000),
)
def test_any_settings_cover_every_seat_with_enough_people(rules, start, length, seed):
    end = start + timedelta(days=length)
    most = max(role.reinforced_seats for role in rules.roles)
    # Three turns of the largest shift: enough for every rule combination.
    pools = make_pools(3 * most, 3 * most, 0)
    del pools["gate"]
    rota = generate_rota(rules, start, end, pools, seed=seed)
    assert rota.complete
    sensitive = {s.day for s in rules.sensitive_days}
    for slot in rota.slots:
        if slot.day in sensitive:
            assert slot.category is DayCategory.SENSITIVE
            assert slot.seats == {r.code: r.reinforced_seats for r in rules.roles}
    by_person: dict[int, list] = {}
    for item in rota.assignments:
        by_person.setdefault(item.person_id, []).append(item)
    for items in by_person.values():
        items.sort(key=lambda a: a.starts_at)
        for before, after in itertools.pairwise(items):
            assert after.starts_at - before.ends_at >= timedelta(hours=rules.min_rest_hours)
            if rules.no_consecutive_nights:
                assert not (
                    before.is_night
                    and after.is_night
                    and (after.starts_at.date() - before.starts_at.date()).days == 1
                )


def test_earlier_duties_decide_who_gets_the_odd_extra_one():
    pools = {"staff": [DutyPerson(1, "甲"), DutyPerson(2, "乙"), DutyPerson(3, "丙")]}
    only_staff = DEFAULT_ROTA_SETTINGS.__class__(
        **{**DEFAULT_ROTA_SETTINGS.__dict__, "roles": (DutyRole("staff", "值班人员"),)}
    )
    # Four workday nights among three people: one of them does two.
    for seed in range(10):
        rota = generate_rota(
            only_staff,
            date(2026, 12, 1),
            date(2026, 12, 4),
            pools,
            seed=seed,
            prior={("staff", 1): (9, 3), ("staff", 2): (9, 3), ("staff", 3): (6, 3)},
        )
        counts = {p: sum(a.person_id == p for a in rota.assignments) for p in (1, 2, 3)}
        assert counts[3] == 2 and counts[1] == counts[2] == 1
