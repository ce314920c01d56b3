"""Rota services on SQLite and PostgreSQL: settings, pools, generation, edits, publishing,
who is on duty, and the duty log."""

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from xinfang_desktop.db.errors import ConflictError
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.rota import (
    DEFAULT_ROTA_SETTINGS,
    ConflictKind,
    DutyConflictError,
    SensitiveDay,
    ShiftPattern,
    Unavailability,
)
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.domain.workdays import CalendarOverrides
from xinfang_desktop.services import duty_log, rota
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.visits import register_visit, void_visit
from xinfang_desktop.services.workdays import save_calendar_overrides

NOW = datetime(2026, 11, 23, 9, 0)


def staff_unit(db, actor, leaders=3, staff=5, gate=3):
    """A unit with people in every pool; returns {role: [PersonRecord]}."""
    made = {"leader": [], "staff": [], "gate": []}
    for i in range(leaders):
        made["leader"].append(
            add_person(
                db,
                actor,
                PersonDraft(f"领导{i}", post="副校长", phone=f"1380533000{i}", is_leader=True),
                now=NOW,
            )
        )
    for i in range(staff):
        made["staff"].append(
            add_person(db, actor, PersonDraft(f"教师{i}", phone=f"1390533000{i}"), now=NOW)
        )
    for i in range(gate):
        made["gate"].append(
            add_person(db, actor, PersonDraft(f"门卫{i}", office="保卫处"), now=NOW)
        )
    rota.save_pools(db, actor, {k: [p.id for p in v] for k, v in made.items()})
    return made


def test_settings_round_trip_and_validation(database, actor):
    assert rota.get_rota_settings(database) == DEFAULT_ROTA_SETTINGS
    changed = replace(
        DEFAULT_ROTA_SETTINGS,
        patterns=(*DEFAULT_ROTA_SETTINGS.patterns, ShiftPattern("eve", "晚班", time(17), 4)),
        min_rest_hours=12,
        sensitive_days=(SensitiveDay(date(2026, 12, 13), " 国家公祭日 "),),
    )
    saved = rota.save_rota_settings(database, actor, changed)
    assert saved.sensitive_days[0].name == "国家公祭日"
    assert rota.get_rota_settings(database) == saved
    with pytest.raises(ValidationError):
        rota.save_rota_settings(database, actor, replace(changed, workday_patterns=()))
    assert rota.get_rota_settings(database) == saved


def test_pools_refuse_a_non_leader_as_leader_on_duty(database, actor):
    people = staff_unit(database, actor)
    with pytest.raises(ValidationError) as caught:
        rota.save_pools(database, actor, {"leader": [people["staff"][0].id]})
    assert "不是校级领导" in str(caught.value)
    assert rota.get_pools(database)["leader"] == tuple(p.id for p in people["leader"])


def test_generate_saves_a_draft_with_fairness_and_refuses_overlap(database, actor):
    staff_unit(database, actor)
    result = rota.generate(
        database, actor, "2026年12月值班表", date(2026, 12, 1), date(2026, 12, 31), now=NOW
    )
    assert result.rota is not None and result.generated.complete
    assert all(v <= 1 for v in result.spread.values())
    detail = rota.get_rota(database, result.rota.id)
    # December 2026: 23 workdays (night only) + 8 weekend days (day and night).
    assert len(detail.shifts) == 23 + 8 * 2
    assert detail.unfilled == 0
    assert {code for code, _ in detail.roles} == {"leader", "staff", "gate"}
    assert sum(r.total for r in detail.fairness) == len(detail.shifts) * 3
    assert detail.phone_list[0][0] == "带班领导"
    with pytest.raises(ValidationError) as caught:
        rota.generate(database, actor, "重叠", date(2026, 12, 31), date(2027, 1, 3), now=NOW)
    assert "重叠" in caught.value.by_field()["start"].message
    # A preview may overlap: nothing is saved.
    preview = rota.generate(
        database, actor, "试排", date(2026, 12, 31), date(2027, 1, 3), save=False
    )
    assert preview.rota is None and "2027年" in preview.generated.warning
    assert len(rota.list_rotas(database)) == 1


def test_leave_is_respected_and_marked_days_are_used(database, actor):
    people = staff_unit(database, actor)
    on_leave = people["staff"][0]
    rota.add_unavailability(
        database,
        actor,
        Unavailability(on_leave.id, date(2027, 1, 1), date(2027, 1, 10), "病假"),
        now=NOW,
    )
    save_calendar_overrides(database, actor, CalendarOverrides(holidays={date(2027, 1, 1): "元旦"}))
    result = rota.generate(
        database, actor, "元旦值班", date(2027, 1, 1), date(2027, 1, 10), now=NOW
    )
    assert result.generated.warning == ""
    detail = rota.get_rota(database, result.rota.id)
    first = [s for s in detail.shifts if s.day == date(2027, 1, 1)]
    assert [s.pattern_code for s in first] == ["day", "night"]
    assert first[0].day_name == "元旦"
    assert all(seat.person_id != on_leave.id for s in detail.shifts for seat in s.seats)
    assert [u.person_name for u in rota.list_unavailability(database)] == [on_leave.name]


def test_manual_edits_check_conflicts_and_versions(database, actor):
    people = staff_unit(database, actor)
    result = rota.generate(database, actor, "12月", date(2026, 12, 1), date(2026, 12, 10), now=NOW)
    detail = rota.get_rota(database, result.rota.id)
    version = detail.summary.version
    first_night, second_night = detail.shifts[0], detail.shifts[1]  # Tue 1st, Wed 2nd nights
    seat_one = first_night.people_of("staff")[0]
    seat_two = second_night.people_of("staff")[0]

    # Whoever has the 1st night would get the 2nd night too: a rule break, not accepted by default.
    with pytest.raises(DutyConflictError) as caught:
        rota.set_seat(
            database, actor, seat_two.assignment_id, seat_one.person_id, expected_version=version
        )
    assert [c.kind for c in caught.value.conflicts] == [ConflictKind.CONSECUTIVE_NIGHTS]
    assert not caught.value.hard
    # Leave is refused outright, even when accepting rule breaks.
    someone = next(
        p for p in people["staff"] if p.id not in (seat_one.person_id, seat_two.person_id)
    )
    rota.add_unavailability(
        database, actor, Unavailability(someone.id, date(2026, 12, 2), date(2026, 12, 2), "出差")
    )
    with pytest.raises(DutyConflictError) as caught:
        rota.set_seat(
            database,
            actor,
            seat_two.assignment_id,
            someone.id,
            expected_version=version,
            accept_rule_breaks=True,
        )
    assert caught.value.hard and "出差" in str(caught.value)
    # A staff member in the leader's seat: refused.
    with pytest.raises(DutyConflictError) as caught:
        rota.set_seat(
            database,
            actor,
            second_night.people_of("leader")[0].assignment_id,
            people["staff"][4].id,
            expected_version=version,
            accept_rule_breaks=True,
        )
    assert caught.value.hard
    # Accepted rule break goes through and bumps the version.
    summary = rota.set_seat(
        database,
        actor,
        seat_two.assignment_id,
        seat_one.person_id,
        expected_version=version,
        accept_rule_breaks=True,
    )
    assert summary.version == version + 1
    with pytest.raises(ConflictError):
        rota.set_seat(database, actor, seat_two.assignment_id, None, expected_version=version)


def test_swap_publish_and_changes_after_publishing(database, actor):
    staff_unit(database, actor)
    result = rota.generate(database, actor, "12月", date(2026, 12, 1), date(2026, 12, 10), now=NOW)
    detail = rota.get_rota(database, result.rota.id)
    published = rota.publish(
        database, actor, detail.summary.id, expected_version=detail.summary.version, now=NOW
    )
    assert published.published_number == 1
    assert rota.get_rota(database, published.id).changes == ()
    # Swap the gate of the 1st (Tue) with the gate of the 7th (Mon): far apart, no rule broken.
    first = detail.shifts[0].people_of("gate")[0]
    seventh = next(s for s in detail.shifts if s.day == date(2026, 12, 7)).people_of("gate")[0]
    if first.person_id == seventh.person_id:
        seventh = next(s for s in detail.shifts if s.day == date(2026, 12, 8)).people_of("gate")[0]
    swapped = rota.swap_seats(
        database,
        actor,
        first.assignment_id,
        seventh.assignment_id,
        expected_version=published.version,
    )
    after = rota.get_rota(database, swapped.id)
    assert after.shifts[0].people_of("gate")[0].person_id == seventh.person_id
    changed = {(c.day, c.before, c.after) for c in after.changes}
    assert (date(2026, 12, 1), first.name, seventh.name) in changed
    assert len(after.changes) == 2
    with pytest.raises(ValidationError):
        rota.discard_draft(database, actor, swapped.id, expected_version=swapped.version)


def test_leave_registered_later_is_flagged_and_blocks_publishing(database, actor):
    staff_unit(database, actor)
    result = rota.generate(database, actor, "12月", date(2026, 12, 1), date(2026, 12, 3), now=NOW)
    detail = rota.get_rota(database, result.rota.id)
    assert detail.on_leave == {}
    seat = detail.shifts[1].people_of("staff")[0]
    rota.add_unavailability(
        database,
        actor,
        Unavailability(seat.person_id, date(2026, 12, 2), date(2026, 12, 2), "病假"),
    )
    detail = rota.get_rota(database, result.rota.id)
    assert set(detail.on_leave) == {seat.assignment_id}
    assert "病假" in detail.on_leave[seat.assignment_id].message
    with pytest.raises(ValidationError) as caught:
        rota.publish(database, actor, result.rota.id, expected_version=detail.summary.version)
    assert "请假/出差" in str(caught.value)


def test_publish_refuses_gaps_and_draft_can_be_discarded(database, actor):
    rota.save_pools(database, actor, {})
    result = rota.generate(database, actor, "空表", date(2026, 12, 1), date(2026, 12, 2), now=NOW)
    assert not result.generated.complete
    with pytest.raises(ValidationError) as caught:
        rota.publish(database, actor, result.rota.id, expected_version=result.rota.version)
    assert "无人值班" in str(caught.value)
    rota.discard_draft(database, actor, result.rota.id, expected_version=result.rota.version)
    assert rota.list_rotas(database) == []


def test_on_duty_today_and_person_duties(database, actor):
    people = staff_unit(database, actor)
    result = rota.generate(database, actor, "11月", date(2026, 11, 20), date(2026, 11, 30), now=NOW)
    # Monday 23rd at 02:00: last night's (Sunday 22nd) night shift is still running.
    early = rota.on_duty(database, datetime(2026, 11, 23, 2, 0))
    assert {d.starts_at for d in early} == {
        datetime(2026, 11, 22, 20, 0),
        datetime(2026, 11, 23, 20, 0),
    }
    evening = rota.on_duty(database, datetime(2026, 11, 23, 21, 0))
    assert [d.role_name for d in evening] == ["带班领导", "值班人员", "门卫"]
    assert evening[0].phone.startswith("138")
    total = sum(
        len(rota.person_duties(database, p.id, date(2026, 11, 20), date(2026, 11, 30)))
        for p in people["staff"]
    )
    assert total == len(rota.get_rota(database, result.rota.id).shifts)


def test_duty_log_entries_links_handover_and_sign_off(database, actor):
    staff_unit(database, actor)
    result = rota.generate(database, actor, "11月", date(2026, 11, 22), date(2026, 11, 22), now=NOW)
    shift = rota.get_rota(database, result.rota.id).shifts[0]  # Sunday day shift 08:00–20:00
    inside = register_visit(
        database,
        actor,
        VisitDraft(datetime(2026, 11, 22, 10, 0), "张三", "家长反映食堂问题"),
        now=datetime(2026, 11, 22, 10, 0),
    )
    voided = register_visit(
        database,
        actor,
        VisitDraft(datetime(2026, 11, 22, 11, 0), "李四", "送货"),
        now=datetime(2026, 11, 22, 11, 0),
    )
    void_visit(database, actor, voided.id, "登记错误", now=NOW)
    register_visit(
        database,
        actor,
        VisitDraft(datetime(2026, 11, 22, 21, 0), "王五", "夜间来访"),
        now=datetime(2026, 11, 22, 21, 0),
    )
    candidates = duty_log.visits_during_shift(database, actor, shift.id)
    assert [c.id for c in candidates] == [inside.id]
    duty_log.link_record(database, actor, shift.id, duty_log.VISIT, inside.id)
    duty_log.link_record(database, actor, shift.id, duty_log.VISIT, inside.id)  # once only
    # A case registered during the shift can be linked too; its accused never shows here.
    from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
    from xinfang_desktop.services.cases import register_case

    case = register_case(
        database,
        actor,
        CaseDraft(
            channel="来信",
            received_on=date(2026, 11, 22),
            petitioners=(PetitionerDraft("赵六"),),
            request="反映食堂卫生问题",
            accused="食堂承包人钱某",
        ),
        now=datetime(2026, 11, 22, 10, 30),
    )
    during = duty_log.records_during_shift(database, actor, shift.id)
    assert [(r.kind, r.id) for r in during] == [
        (duty_log.VISIT, inside.id),
        (duty_log.CASE, case.id),
    ]
    assert "钱某" not in during[1].title and case.number in during[1].title
    duty_log.link_record(database, actor, shift.id, duty_log.CASE, case.id)
    entry = duty_log.add_log_entry(
        database, actor, shift.id, "来电", datetime(2026, 11, 22, 9, 30), "  家长来电询问放假安排 "
    )
    assert entry.content == "家长来电询问放假安排"
    with pytest.raises(ValidationError) as caught:
        duty_log.add_log_entry(database, actor, shift.id, "来电", datetime(2026, 11, 25, 9), "")
    assert set(caught.value.by_field()) == {"content"}
    with pytest.raises(ValidationError):
        duty_log.link_record(database, actor, shift.id, "unknown", 1)
    log = duty_log.get_shift_log(database, actor, shift.id)
    assert [(link.kind, link.id) for link in log.links] == [
        (duty_log.VISIT, inside.id),
        (duty_log.CASE, case.id),
    ]
    assert "张三" in log.links[0].title
    version = duty_log.save_handover(
        database, actor, shift.id, "门禁卡读卡器故障，已报修", expected_version=log.version
    )
    with pytest.raises(ValidationError) as caught:
        duty_log.sign_off(database, actor, shift.id, " ", expected_version=version)
    assert set(caught.value.by_field()) == {"signed_off_by"}
    duty_log.sign_off(database, actor, shift.id, "领导0", expected_version=version, now=NOW)
    signed = duty_log.get_shift_log(database, actor, shift.id)
    assert signed.signed_off and signed.handover_note == "门禁卡读卡器故障，已报修"
    with pytest.raises(ValidationError) as caught:
        duty_log.add_log_entry(database, actor, shift.id, "事件", datetime(2026, 11, 22, 12), "x")
    assert "已签字" in str(caught.value)
    detail = rota.get_rota(database, result.rota.id)
    assert detail.shifts[0].signed_off
    seat = detail.shifts[0].people_of("staff")[0]
    with pytest.raises(ValidationError) as caught:
        rota.set_seat(
            database, actor, seat.assignment_id, None, expected_version=detail.summary.version
        )
    assert "已签字确认" in str(caught.value)


def test_earlier_rotas_break_ties_in_the_next_one(database, actor):
    people = staff_unit(database, actor, leaders=3, staff=3, gate=3)
    first = rota.generate(
        database, actor, "11月末", date(2026, 11, 24), date(2026, 11, 25), now=NOW
    )
    detail = rota.get_rota(database, first.rota.id)
    busy = {s.people_of("staff")[0].person_id for s in detail.shifts}
    assert len(busy) == 2
    # The next rota's single night goes to the one who had no duty before.
    second = rota.generate(database, actor, "12月初", date(2026, 12, 1), date(2026, 12, 1), now=NOW)
    night = rota.get_rota(database, second.rota.id).shifts[0]
    idle = ({p.id for p in people["staff"]} - busy).pop()
    assert night.people_of("staff")[0].person_id == idle
