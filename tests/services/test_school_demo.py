"""`xinfang demo --school`: every area of a school year filled through the services, spread
over the days asked for, and never mixed into a database someone typed records into."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from xinfang_desktop.cli.main import main
from xinfang_desktop.db.models import Case, Meeting, Visit
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.meetings import STATUS_DRAFT, STATUS_REVIEWED
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import (
    disputes,
    forums,
    info_reports,
    leadership,
    outreach,
    rota,
    screening,
)
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.school_demo import RealRecordsError, generate_school_year
from xinfang_desktop.services.visits import register_visit
from xinfang_desktop.services.work_summary import work_summary_figures

NOW = datetime(2026, 11, 25, 18, 0)  # a Wednesday
ADMIN = Actor("管理员", Role.ADMIN)


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    """One generated school of 120 days, shared by the tests that only read it."""
    from xinfang_desktop.db import migrate
    from xinfang_desktop.db.engine import Database, sqlite_url

    db = Database(sqlite_url(tmp_path_factory.mktemp("school") / "school.sqlite3"))
    migrate.upgrade(db)
    result = generate_school_year(db, ADMIN, days=120, cases=40, visits=300, seed=7, now=NOW)
    yield db, result
    db.dispose()


def test_every_area_has_a_believable_year(school):
    db, result = school
    today = NOW.date()
    assert result.first_day == today - timedelta(days=119)
    assert result.people >= 30
    term = leadership.term_on(db, today)
    members = leadership.current_members(db, today)
    roles = {m.role_label for m in members}
    assert term.meeting.endswith("行政会") and roles == {"组长", "副组长", "组员"}
    assignments = screening.list_assignments(db, term.id)
    assert len({a.group_name for a in assignments}) == 10
    assert len({a.leader_name for a in assignments}) == 8
    assert result.screenings > 100
    clerk = Actor("信访员", Role.CLERK)
    rows = screening.list_screenings(db, clerk, date_from=result.first_day, date_to=today)
    assert any(r.findings == "无新问题" for r in rows)
    assert any(r.findings != "无新问题" and r.follow_up_due for r in rows)
    assert result.outreach_visits >= 8 * 3
    found = disputes.list_disputes(db, clerk)
    assert found and any(d.status_label == "已化解" for d in found)
    with db.read() as session:
        statuses = [s for (s,) in session.execute(select(Meeting.status).order_by(Meeting.held_on))]
    assert statuses[-1] == STATUS_DRAFT and set(statuses[:-1]) == {STATUS_REVIEWED}
    published = [r for r in rota.list_rotas(db) if r.published]
    # Every whole month of the demo (2026-07-29 on) and next month's, published ahead.
    assert sorted(r.start.month for r in published) == [8, 9, 10, 11, 12]
    assert result.duty_log_entries > 0
    assert forums.list_forums(db, clerk) and info_reports.list_reports(db, clerk)
    first_day = {o.visited_on for o in outreach.list_outreach(db, clerk)}
    assert min(first_day) >= result.first_day


def test_cases_and_visits_spread_over_the_days_asked_for(school):
    db, _ = school
    with db.read() as session:
        first_case = session.scalar(select(func.min(Case.received_on)))
        first_visit = session.scalar(select(func.min(Visit.arrived_at)))
    # Before the fix every demo case landed in the last 30 days, whatever --days said.
    assert first_case < NOW.date() - timedelta(days=60)
    assert first_visit.date() < NOW.date() - timedelta(days=60)


def test_the_year_end_summary_of_the_demo_has_every_part(school):
    db, _ = school
    figures = work_summary_figures(db, ADMIN, 2026, NOW.date())
    assert figures.term is not None and figures.term.leaders == ("袁涛",)
    assert figures.screening_leaders == 8 and figures.screening_groups == 10
    assert figures.meetings > 10 and figures.outreach_visits > 0
    assert figures.duty_days > 0 and figures.forums_by_kind


def test_a_database_with_real_records_is_refused_unless_forced(sqlite_db):
    typed = VisitDraft(arrived_at=NOW - timedelta(hours=2), name="张三", reason="咨询")
    register_visit(sqlite_db, Actor("王师傅", Role.GATE), typed, now=NOW)
    with pytest.raises(RealRecordsError):
        generate_school_year(sqlite_db, ADMIN, days=60, cases=0, visits=0, now=NOW)
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
    result = generate_school_year(sqlite_db, ADMIN, days=60, cases=0, visits=0, now=NOW, force=True)
    assert result.meetings > 0


def test_the_command_line_fills_a_school_and_then_refuses_a_second_year(sqlite_db, capsys):
    url = sqlite_db.url.render_as_string(hide_password=False)
    code = main(["demo", "--db", url, "--school", "--days", "60", "--cases", "5", "--visits", "20"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "例会" in out and "座谈会" in out
    assert main(["demo", "--db", url, "--school", "--days", "60"]) == 2
    assert "非演示" in capsys.readouterr().err
    assert main(["demo", "--db", url, "--school", "--days", "10"]) == 2


def test_signed_demo_meetings_review_the_weeks_visits_and_cases(school):
    from xinfang_desktop.services.meetings import week_figures

    db, _ = school
    with db.read() as session:
        signed = session.scalars(
            select(Meeting).where(Meeting.status == STATUS_REVIEWED).order_by(Meeting.held_on)
        ).all()
        frozen = [(m.review_from, m.review_to, dict(m.figures)) for m in signed]
    assert frozen
    # The frozen figures equal the registers of the reviewed week; the meetings were generated
    # before the visits, so every signed record read 新增来访 0 and 新增信访事项 0.
    for first, last, figures in frozen:
        now = week_figures(db, first, last)
        for key in ("visit_batches", "visit_persons", "new_cases", "duty_events"):
            assert figures[key] == now[key], (first, key)
    assert sum(f["visit_batches"] for _, _, f in frozen) > 0
    assert sum(f["new_cases"] for _, _, f in frozen) > 0


def test_the_audit_log_of_the_demo_reads_in_chinese(school):
    import re

    from xinfang_desktop.services import audit

    db, _ = school
    entries = audit.list_entries(db, ADMIN)
    assert entries
    # Seen in the window: "update", "create", "forum 3", "info_report 1".
    for entry in entries:
        assert not re.search(r"[A-Za-z]", entry.action_label), entry.action
        assert not re.search(r"[A-Za-z]", entry.target_label), entry.target_kind


def test_the_demo_has_this_years_plan_checked_against_its_own_records(sqlite_db):
    from xinfang_desktop.domain.work_plan import STATUS_DONE, CheckKind
    from xinfang_desktop.services import work_plan

    db = sqlite_db
    result = generate_school_year(db, ADMIN, days=365, cases=20, visits=100, seed=3, now=NOW)
    principal = Actor("袁涛", Role.PRINCIPAL)
    assert result.plans == 1  # 2026's; the demo began in November 2025, too late for 2025's
    progress = work_plan.plan_progress(db, principal, NOW.year, NOW.date())
    checks = {p.item.draft.check for p in progress}
    assert CheckKind.WEEKLY_MEETING in checks and CheckKind.LEADER_DUTY in checks
    assert CheckKind.MANUAL in checks
    by_check = {p.item.draft.check: p.result for p in progress}
    # The records the demo wrote meet the plan where an office keeps its rhythm.
    assert by_check[CheckKind.WEEKLY_MEETING].status == STATUS_DONE
    assert by_check[CheckKind.LEADER_DUTY].status == STATUS_DONE, by_check[
        CheckKind.LEADER_DUTY
    ].evidence


def test_a_demo_begun_after_january_makes_no_plan_for_that_year(school):
    _, result = school
    assert result.first_day.month == 7 and result.plans == 0


def test_the_demo_publishes_reception_days_and_books_a_visitor_the_gate_expects_today(school):
    from xinfang_desktop.services import reception

    db, result = school
    clerk = Actor("信访员", Role.CLERK)
    today = NOW.date()
    days = reception.list_reception_days(db, clerk, result.first_day, today + timedelta(days=40))
    assert result.reception_days == len(days) >= 4
    assert any(d.day < today for d in days) and any(d.day > today for d in days)
    assert all(d.day.weekday() == 1 for d in days)  # the second Tuesday of each month
    gate = Actor("门卫", Role.GATE)
    expected = reception.expected_visitors(db, gate, today, today=today)
    assert [a.petitioner_name for a in expected] == ["周桂兰"]


def test_the_demo_gate_staff_are_the_same_people_in_settings_and_on_the_rota(school):
    from xinfang_desktop.services.people import get_person
    from xinfang_desktop.services.settings import get_unit_settings

    db, _ = school
    on_rota = {get_person(db, i).name for i in rota.get_pools(db)["gate"]}
    assert on_rota == set(get_unit_settings(db).gate_staff)


def test_nothing_in_the_demo_is_left_overdue_for_months(school):
    db, _ = school
    today = NOW.date()
    for dispute in disputes.overdue_disputes(db, today):
        assert dispute.deadline > today - timedelta(days=60), dispute.matter
    for follow_up in screening.overdue_follow_ups(db, today):
        assert follow_up.follow_up_due > today - timedelta(days=31)
    risks = {d.risk_level for d in disputes.list_disputes(db, Actor("信访员", Role.CLERK))}
    assert len(risks) > 1


def test_demo_meetings_name_their_place_and_chair(school):
    db, _ = school
    with db.read() as session:
        headers = set(session.execute(select(Meeting.location, Meeting.host)).all())
    assert headers == {("学校会议室", "袁涛")}


def test_demo_repeats_are_a_few_petitioners_back_about_the_same_matter(school):
    db, _ = school
    with db.read() as session:
        cases = list(session.scalars(select(Case)))
    by_id = {c.id: c for c in cases}
    repeats = [c for c in cases if c.repeat_of_id]
    # It was 70% of a year's cases and every case of the last month.
    assert 0 < len(repeats) <= len(cases) // 4
    for case in repeats:
        earlier = by_id[case.repeat_of_id]
        assert earlier.petitioner_names == case.petitioner_names
        assert earlier.request == case.request and earlier.received_on <= case.received_on
