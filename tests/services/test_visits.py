from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from xinfang_desktop.db.errors import ConflictError, NotFoundError
from xinfang_desktop.db.models import Visit, VisitChange
from xinfang_desktop.domain.auth import Role as _Role
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.search import VisitQuery
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services.context import Actor as _Actor
from xinfang_desktop.services.settings import last_receptionist
from xinfang_desktop.services.visit_rows import fetch_visit_rows
from xinfang_desktop.services.visit_search import search_visit_ids
from xinfang_desktop.services.visits import (
    draft_from_earlier,
    earlier_visitors,
    get_visit,
    load_slip_fields,
    mark_departure,
    on_site,
    previous_visit_count,
    register_visit,
    update_visit,
    visit_history,
    void_visit,
)

# Every permission: these tests are about the visits, not about roles.
ADMIN = _Actor("测试员", _Role.ADMIN)

TODAY = date(2026, 11, 22)


def draft(hour: int = 9, minute: int = 0, **changes) -> VisitDraft:
    base = VisitDraft(
        arrived_at=datetime(2026, 11, 22, hour, minute),
        name="张三",
        reason="咨询招生",
        phone="13800138000",
    )
    return replace(base, **changes)


def count_rows(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_register_and_read_back(database, actor, now):
    record = register_visit(
        database,
        actor,
        draft(id_number="11010519491231002x", receptionist="李门卫", people_count=2),
        now=now,
    )
    assert record.number == "20261122-0001"
    assert record.version == 1
    assert record.created_by == "测试员"
    read = get_visit(database, ADMIN, record.id)
    assert read.draft.id_number == "11010519491231002X"
    assert read.draft.people_count == 2
    assert last_receptionist(database) == "李门卫"
    assert [h.action for h in visit_history(database, ADMIN, record.id)] == ["登记"]


def test_numbers_are_given_once_and_a_backdated_visit_does_not_renumber(database, actor, now):
    """A slip handed out keeps its number: a visit registered later with an earlier arrival
    time takes the day's next number instead of pushing the others along."""
    late = register_visit(database, actor, draft(11), now=now)
    assert late.number == "20261122-0001"
    early = register_visit(database, actor, draft(8), now=now)  # backdated to 08:00
    assert early.number == "20261122-0002"
    assert get_visit(database, ADMIN, late.id).number == "20261122-0001"
    with database.read() as session:
        assert load_slip_fields(session, late.id).number == "20261122-0001"
    tomorrow_first = register_visit(
        database,
        actor,
        draft(arrived_at=datetime(2026, 11, 23, 7, 0)),
        now=datetime(2026, 11, 23, 8),
    )
    assert tomorrow_first.number == "20261123-0001"


def test_a_visit_moved_to_another_day_keeps_its_number_and_no_number_is_given_twice(
    database, actor, now
):
    first = register_visit(database, actor, draft(9), now=now)
    second = register_visit(database, actor, draft(10), now=now)
    yesterday = register_visit(
        database, actor, draft(arrived_at=datetime(2026, 11, 21, 9)), now=now
    )
    assert yesterday.number == "20261121-0001"
    moved = update_visit(
        database,
        actor,
        second.id,
        replace(second.draft, arrived_at=datetime(2026, 11, 21, 15)),
        expected_version=second.version,
        now=now,
    )
    assert moved.number == "20261122-0002"  # as printed on its slip
    assert get_visit(database, ADMIN, first.id).number == "20261122-0001"
    assert register_visit(database, actor, draft(12), now=now).number == "20261122-0003"
    later_yesterday = register_visit(
        database, actor, draft(arrived_at=datetime(2026, 11, 21, 16)), now=now
    )
    assert later_yesterday.number == "20261121-0002"


def test_invalid_visit_is_not_saved(database, actor, now):
    with pytest.raises(ValidationError):
        register_visit(database, actor, draft(name=""), now=now)
    assert count_rows(database, Visit) == 0


def test_update_keeps_history_of_old_and_new_values(database, actor, now):
    record = register_visit(database, actor, draft(), now=now)
    updated = update_visit(
        database,
        actor,
        record.id,
        replace(record.draft, reason="咨询转学", host="教务处"),
        expected_version=record.version,
        now=now,
    )
    assert updated.version == record.version + 1
    assert updated.draft.reason == "咨询转学"
    edits = [h for h in visit_history(database, ADMIN, record.id) if h.action == "修改"]
    assert {(h.field_label, h.old_value, h.new_value) for h in edits} == {
        ("来访事由", "咨询招生", "咨询转学"),
        ("接待对象", "", "教务处"),
    }
    assert all(h.changed_by == "测试员" for h in edits)


def test_update_without_changes_writes_no_history(database, actor, now):
    record = register_visit(database, actor, draft(), now=now)
    same = update_visit(
        database, actor, record.id, record.draft, expected_version=record.version, now=now
    )
    assert same.version == record.version
    assert len(visit_history(database, ADMIN, record.id)) == 1


def test_stale_version_is_a_conflict_and_changes_nothing(database, actor, now):
    record = register_visit(database, actor, draft(), now=now)
    update_visit(
        database,
        actor,
        record.id,
        replace(record.draft, host="办公室"),
        expected_version=record.version,
        now=now,
    )
    with pytest.raises(ConflictError) as caught:
        update_visit(
            database,
            actor,
            record.id,
            replace(record.draft, host="校长室"),
            expected_version=record.version,
            now=now,
        )
    assert "别人修改" in caught.value.user_message
    assert get_visit(database, ADMIN, record.id).draft.host == "办公室"


def test_update_of_missing_visit(database, actor, now):
    with pytest.raises(NotFoundError):
        update_visit(database, actor, 999, draft(), expected_version=1, now=now)


def test_mark_departure(database, actor, now):
    record = register_visit(database, actor, draft(9), now=now)
    left = mark_departure(database, actor, record.id, at=datetime(2026, 11, 22, 10, 15))
    assert left.draft.left_at == datetime(2026, 11, 22, 10, 15)
    with pytest.raises(ValidationError) as caught:
        mark_departure(database, actor, record.id, at=datetime(2026, 11, 22, 11))
    assert caught.value.by_field()["left_at"].message == "已于 10:15 登记离开"
    history = visit_history(database, ADMIN, record.id)
    assert history[-1].action == "离开"
    assert history[-1].field_label == "离开时间"


def test_departure_before_arrival_is_refused(database, actor, now):
    record = register_visit(database, actor, draft(9), now=now)
    with pytest.raises(ValidationError):
        mark_departure(database, actor, record.id, at=datetime(2026, 11, 22, 8))
    assert get_visit(database, ADMIN, record.id).draft.left_at is None


def test_void_needs_a_reason_and_keeps_the_record(database, actor, now):
    record = register_visit(database, actor, draft(), now=now)
    with pytest.raises(ValidationError):
        void_visit(database, actor, record.id, "  ", now=now)
    voided = void_visit(database, actor, record.id, "重复登记", now=now)
    assert voided.is_voided
    assert voided.void_reason == "重复登记"
    assert count_rows(database, Visit) == 1
    assert visit_history(database, ADMIN, record.id)[-1].new_value == "重复登记"
    assert search_visit_ids(database, ADMIN, VisitQuery("张三")).ids == []
    assert search_visit_ids(database, ADMIN, VisitQuery("张三", include_voided=True)).ids == [
        record.id
    ]
    with pytest.raises(ValidationError):
        void_visit(database, actor, record.id, "再作废", now=now)
    with pytest.raises(ValidationError):
        update_visit(
            database,
            actor,
            record.id,
            replace(record.draft, host="x"),
            expected_version=voided.version,
            now=now,
        )
    with pytest.raises(ValidationError):
        mark_departure(database, actor, record.id, at=now)
    (row,) = fetch_visit_rows(database, ADMIN, [record.id])
    assert row.voided
    assert not row.on_site


def test_services_offer_no_hard_delete():
    assert not [name for name in dir(visit_service) if "delete" in name.lower()]


def test_on_site_counts_batches_and_persons(database, actor, now):
    register_visit(database, actor, draft(8, people_count=12), now=now)
    gone = register_visit(database, actor, draft(9, people_count=3), now=now)
    voided = register_visit(database, actor, draft(10, people_count=7), now=now)
    register_visit(database, actor, draft(11), now=now)
    register_visit(
        database, actor, draft(arrived_at=datetime(2026, 11, 21, 9)), now=now
    )  # yesterday
    mark_departure(database, actor, gone.id, at=datetime(2026, 11, 22, 10))
    void_visit(database, actor, voided.id, "登记错误", now=now)
    counts = on_site(database, TODAY)
    assert (counts.batches, counts.persons) == (2, 13)
    assert on_site(database, date(2026, 11, 20)).batches == 0


def test_fetch_rows_mask_id_and_keep_requested_order(database, actor, now):
    first = register_visit(database, actor, draft(8, id_number="11010519491231002X"), now=now)
    second = register_visit(database, actor, draft(9, name="李四"), now=now)
    rows = fetch_visit_rows(database, ADMIN, [second.id, 12345, first.id])
    assert [r.id for r in rows] == [second.id, first.id]
    assert rows[1].id_number == "1101**********002X"
    assert rows[0].on_site
    assert fetch_visit_rows(database, ADMIN, []) == []


def test_earlier_visitors_and_repeat_count(database, actor, now):
    for hour in (8, 9, 10):
        register_visit(
            database,
            actor,
            draft(hour, id_number="11010519491231002X", unit_address="邹坞镇"),
            now=now,
        )
    register_visit(database, actor, draft(11, name="张三丰", phone="13900139000"), now=now)
    register_visit(database, actor, draft(12, name="李四", phone=""), now=now)

    by_phone = earlier_visitors(database, ADMIN, phone="138")
    assert len(by_phone) == 1
    assert by_phone[0].visit_count == 3
    assert by_phone[0].id_number_masked == "1101**********002X"
    assert by_phone[0].unit_address == "邹坞镇"

    assert {v.name for v in earlier_visitors(database, ADMIN, name="张")} == {"张三", "张三丰"}
    assert {v.name for v in earlier_visitors(database, ADMIN, name="zs")} == {"张三", "张三丰"}
    assert earlier_visitors(database, ADMIN, id_number="110105") != []
    assert earlier_visitors(database, ADMIN, phone="13") == []  # too short to be worth offering

    assert previous_visit_count(database, name="张三", id_number="11010519491231002x") == 3
    assert previous_visit_count(database, name="x", phone="13800138000") == 3
    assert (
        previous_visit_count(
            database,
            name="张三",
            id_number="11010519491231002X",
            before=datetime(2026, 11, 22, 9, 30),
        )
        == 2
    )
    assert previous_visit_count(database, name="李四") == 1
    assert previous_visit_count(database, name="") == 0

    offered = draft_from_earlier(database, ADMIN, by_phone[0].last_visit_id, now)
    assert offered.name == "张三"
    assert offered.reason == ""
    assert offered.id_number == "11010519491231002X"


def test_voided_visits_do_not_count_as_earlier(database, actor, now):
    record = register_visit(database, actor, draft(), now=now)
    void_visit(database, actor, record.id, "登记错误", now=now)
    assert earlier_visitors(database, ADMIN, phone="13800138000") == []
    assert previous_visit_count(database, name="张三", phone="13800138000") == 0


def test_failed_write_leaves_nothing_half_saved(database, actor, now, monkeypatch):
    def explode(*_args, **_kwargs):
        raise RuntimeError("disk pulled out mid-save")

    # The visit and its history row are flushed before the receptionist setting is written.
    monkeypatch.setattr(visit_service, "put_setting_in_session", explode)
    with pytest.raises(RuntimeError):
        register_visit(database, actor, draft(receptionist="李门卫"), now=now)
    assert count_rows(database, Visit) == 0
    assert count_rows(database, VisitChange) == 0
    assert last_receptionist(database) == ""


def test_failed_edit_leaves_the_visit_and_history_as_they_were(database, actor, now, monkeypatch):
    record = register_visit(database, actor, draft(), now=now)
    # A context of its own: monkeypatch.undo() would also undo the private data and config
    # folders of the autouse fixture, and the audit anchor would land in the real one.
    with monkeypatch.context() as patch, pytest.raises(OSError):
        patch.setattr(visit_service, "_record", lambda *_: (_ for _ in ()).throw(OSError("x")))
        update_visit(
            database,
            actor,
            record.id,
            replace(record.draft, reason="改了"),
            expected_version=record.version,
            now=now,
        )
    assert get_visit(database, ADMIN, record.id).draft.reason == "咨询招生"
    assert count_rows(database, VisitChange) == 1


def test_arrival_times_round_trip_exactly(database, actor, now):
    record = register_visit(database, actor, draft(arrived_at=now - timedelta(minutes=1)), now=now)
    assert get_visit(database, ADMIN, record.id).draft.arrived_at == datetime(2026, 11, 22, 14, 59)


def test_day_summary_counts_batches_person_times_groups_and_on_site(database, actor, now):
    from xinfang_desktop.services.visits import day_summary

    morning = now.replace(hour=9)
    single = visit_service.register_visit(
        database, actor, VisitDraft(arrived_at=morning, name="张三", reason="咨询"), now=now
    )
    visit_service.register_visit(
        database,
        actor,
        VisitDraft(arrived_at=morning, name="李四", reason="反映校车", people_count=12),
        now=now,
    )
    voided = visit_service.register_visit(
        database, actor, VisitDraft(arrived_at=morning, name="王五", reason="送材料"), now=now
    )
    visit_service.void_visit(database, actor, voided.id, "登记重复", now=now)
    visit_service.mark_departure(database, actor, single.id, at=now)
    summary = day_summary(database, now.date())
    assert (summary.batches, summary.persons, summary.group_batches) == (2, 13, 1)
    assert (summary.on_site_batches, summary.on_site_persons) == (1, 12)
    assert day_summary(database, date(2026, 1, 1)).batches == 0


def test_two_pcs_registering_at_once_get_different_numbers(database, actor, now):
    import threading

    barrier = threading.Barrier(2)
    numbers: list[str] = []
    failures: list[Exception] = []

    def register(hour: int) -> None:
        barrier.wait()
        try:
            for minute in range(5):
                numbers.append(register_visit(database, actor, draft(hour, minute), now=now).number)
        except Exception as error:
            failures.append(error)

    threads = [threading.Thread(target=register, args=(hour,)) for hour in (9, 10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(numbers) == [f"20261122-{n:04d}" for n in range(1, 11)]
