"""The year's plan against hand-counted records, on both engines: each check's status and
evidence, manual ticks, copying to next year, roles and refusals."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from xinfang_desktop.db.models import (
    Case,
    Dispute,
    DutyAssignment,
    DutyRota,
    DutyShift,
    Meeting,
    OutreachVisit,
    ScreeningAssignment,
    ScreeningGroup,
    ScreeningRecord,
    Visit,
    outreach_visit_leaders,
)
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.leadership import ROLE_LEADER, ROLE_MEMBER, MemberDraft, TermDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.work_plan import CheckKind, PlanItemDraft
from xinfang_desktop.services import leadership, work_plan
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person

STAMP = datetime(2026, 3, 1, 9)
TODAY = date(2026, 2, 2)  # counted up to Sunday 1 February: 4 whole weeks (5–11 Jan … 26 Jan–1 Feb)
CLERK = Actor("刘信访", Role.CLERK)


@pytest.fixture
def january(database, actor):
    wang = add_person(database, actor, PersonDraft("王建国", post="校长", is_leader=True))
    li = add_person(database, actor, PersonDraft("李红", post="副校长", is_leader=True))
    term = leadership.found_term(database, actor, TermDraft(date(2025, 9, 1), "行政会"))
    leadership.add_member(
        database, actor, term.id, MemberDraft(wang.id, ROLE_LEADER, joined_on=date(2025, 9, 1))
    )
    leadership.add_member(
        database, actor, term.id, MemberDraft(li.id, ROLE_MEMBER, joined_on=date(2025, 9, 1))
    )
    with database.write() as session:
        # Meetings in 3 of the 4 weeks (none 19–25 January).
        for day in (date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 28)):
            session.add(
                Meeting(held_on=day, figures={}, status="reviewed", created_at=STAMP,
                        updated_at=STAMP)
            )  # fmt: skip
        # 下访: 王 in January, 李 not.
        visit = OutreachVisit(
            visited_on=date(2026, 1, 9), visited="家访", matter="走访", created_at=STAMP,
            created_by="x",
        )  # fmt: skip
        session.add(visit)
        session.flush()
        session.execute(
            outreach_visit_leaders.insert(),
            [{"visit_id": visit.id, "person_id": wang.id}],
        )
        # 摸排 every 7 days: 一年级组 on time, 音乐组 with a 13-day gap.
        groups = {}
        for name in ("一年级组", "音乐组"):
            groups[name] = ScreeningGroup(name=name, kind="grade")
            session.add(groups[name])
        session.flush()
        for group in groups.values():
            session.add(
                ScreeningAssignment(term_id=term.id, group_id=group.id, leader_id=li.id,
                                    assigned_on=date(2025, 9, 2), updated_at=STAMP, updated_by="x")
            )  # fmt: skip
        for name, days in (("一年级组", (1, 7, 14, 21, 28)), ("音乐组", (1, 7, 20, 27))):
            for d in days:
                session.add(
                    ScreeningRecord(screened_on=date(2026, 1, d), group_id=groups[name].id,
                                    screened_by_id=li.id, findings="无新问题", status="recorded",
                                    created_at=STAMP, created_by="x")
                )  # fmt: skip
        # Leader duty on 30 of the 32 days (1 Jan – 1 Feb): none on 10 and 11 January.
        rota = DutyRota(name="一月", start_date=date(2026, 1, 1), end_date=date(2026, 2, 1),
                        published_number=1, created_at=STAMP, updated_at=STAMP)  # fmt: skip
        session.add(rota)
        session.flush()
        day = date(2026, 1, 1)
        while day <= date(2026, 2, 1):
            shift = DutyShift(
                rota_id=rota.id,
                day=day,
                pattern_code="all",
                pattern_name="全天",
                starts_at=datetime.combine(day, time(8)),
                ends_at=datetime.combine(day, time(20)),
                category="workday",
            )
            session.add(shift)
            session.flush()
            leader = None if day in (date(2026, 1, 10), date(2026, 1, 11)) else wang.id
            session.add(DutyAssignment(shift_id=shift.id, role_code="leader", role_name="带班领导",
                                       seat=1, person_id=leader))  # fmt: skip
            day += timedelta(days=1)
        # Disputes: one resolved in time, one past its 时限 and still open.
        for matter, deadline, resolved in (
            ("甲纠纷", date(2026, 1, 20), date(2026, 1, 15)),
            ("乙纠纷", date(2026, 1, 25), None),
        ):
            session.add(Dispute(found_on=date(2026, 1, 5), matter=matter, responsible_id=li.id,
                                plan="方案", deadline=deadline, risk_level="low",
                                status="resolved" if resolved else "open", resolved_on=resolved,
                                created_at=STAMP, created_by="x"))  # fmt: skip
        # Cases: 4 closed, 3 on time (75%).
        for n in range(1, 5):
            session.add(Case(id=n, year=2026, seq=n, number=f"信访〔2026〕第{n:03d}号",
                             channel="来信", received_on=date(2026, 1, n), request="事项",
                             state="CLOSED", closed_on=date(2026, 1, 20), closed_on_time=n != 4,
                             created_at=STAMP, updated_at=STAMP))  # fmt: skip
        # Visits on every working day of January but 6 January.
        session.add(Visit(arrived_at=datetime(2026, 1, 5, 9), name="甲", reason="咨询",
                          created_at=STAMP, updated_at=STAMP))  # fmt: skip
    return wang, li


def _plan(database, leader_id):
    work_plan.create_plan(database, CLERK, 2026, "2026年信访工作计划")
    items = [
        PlanItemDraft("每周一召开领导小组例会", timing="每周一", check=CheckKind.WEEKLY_MEETING,
                      leader_id=leader_id),
        PlanItemDraft("坚持每月下访", check=CheckKind.MONTHLY_OUTREACH),
        PlanItemDraft("包组摸排", check=CheckKind.SCREENING, target=7),
        PlanItemDraft("领导24小时值班", check=CheckKind.LEADER_DUTY),
        PlanItemDraft("矛盾纠纷限期化解", check=CheckKind.DISPUTES_ON_TIME),
        PlanItemDraft("按期办结率90%以上", check=CheckKind.CASES_ON_TIME, target=90),
        PlanItemDraft("修订应急预案", check=CheckKind.MANUAL, due_on=date(2026, 1, 31)),
        PlanItemDraft("每个上学日做好来访登记", check=CheckKind.DAILY_REGISTER),
    ]  # fmt: skip
    for item in items:
        work_plan.add_item(database, CLERK, 2026, item)


def test_each_measure_is_checked_against_the_records(database, january):
    wang, _ = january
    _plan(database, wang.id)
    progress = {
        p.item.draft.goal: p.result for p in work_plan.plan_progress(database, CLERK, 2026, TODAY)
    }
    meetings = progress["每周一召开领导小组例会"]
    assert meetings.status == "missing"
    assert meetings.evidence == "应开4周，已开3周，缺1周：2026年1月19日那周"
    assert progress["坚持每月下访"].shortfalls == ("李红1月",)
    assert progress["包组摸排"].shortfalls == ("音乐组",)
    duty = progress["领导24小时值班"]
    assert duty.evidence.startswith("应安排带班领导32天，已安排带班领导30天，缺2天")
    assert progress["矛盾纠纷限期化解"].shortfalls == ("乙纠纷",)
    rate = progress["按期办结率90%以上"]
    assert rate.status == "missing" and rate.evidence == "按期办结率75.0%（3/4），目标90%"
    assert progress["修订应急预案"].status == "late"
    register = progress["每个上学日做好来访登记"]
    assert register.status == "missing" and "2026年1月6日" in register.shortfalls
    assert "2026年1月5日" not in register.shortfalls and "2026年1月1日" not in register.shortfalls


def test_manual_ticks_and_copying_to_next_year(database, january):
    wang, _ = january
    _plan(database, wang.id)
    plan = work_plan.get_plan(database, CLERK, 2026)
    manual = plan.items[-2]
    ticked = work_plan.mark_done(database, CLERK, manual.id, date(2026, 1, 30), "已印发")
    assert ticked.items[-2].draft.done_on == date(2026, 1, 30)
    with pytest.raises(ValidationError, match="自动检查"):
        work_plan.mark_done(database, CLERK, plan.items[0].id, date(2026, 1, 30))
    copied = work_plan.copy_plan(database, CLERK, 2026, 2027)
    assert copied.title == "2027年信访工作计划" and len(copied.items) == 8
    assert copied.items[-2].draft.due_on == date(2027, 1, 31)
    assert copied.items[-2].draft.done_on is None
    assert copied.items[0].leader_name == "王建国"
    with pytest.raises(ValidationError, match="已有工作计划"):
        work_plan.copy_plan(database, CLERK, 2026, 2027)


def test_roles_and_refusals(database, january):
    with pytest.raises(PermissionDeniedError):
        work_plan.create_plan(database, Actor("门卫", Role.GATE), 2026, "计划")
    with pytest.raises(PermissionDeniedError):
        work_plan.create_plan(database, Actor("李副校长", Role.LEADER), 2026, "计划")
    work_plan.create_plan(database, CLERK, 2026, "计划")
    assert work_plan.get_plan(database, Actor("李副校长", Role.LEADER), 2026).title == "计划"
    with pytest.raises(PermissionDeniedError):
        work_plan.get_plan(database, Actor("门卫", Role.GATE), 2026)
    with pytest.raises(ValidationError):
        work_plan.add_item(database, CLERK, 2026, PlanItemDraft("x", leader_id=999))
    assert work_plan.get_plan(database, CLERK, 2026).items == ()


def test_late_measures_become_prompts_in_the_year_end_summary(database, january):
    from xinfang_desktop.services.work_summary import work_summary_figures

    wang, _ = january
    _plan(database, wang.id)
    late = work_summary_figures(database, CLERK, 2026, TODAY).late_items
    assert late[0].startswith("计划“每周一召开领导小组例会”有缺项：应开4周，已开3周")
    assert any(item.startswith("计划“修订应急预案”逾期") for item in late)


def test_the_printed_plan_holds_every_measure_at_its_limit(database, january):
    import io

    from pypdf import PdfReader

    from xinfang_desktop.reports.year_work_forms import build_plan_pdf

    work_plan.create_plan(database, CLERK, 2026, "计" * 100)
    for n in range(30):
        work_plan.add_item(
            database, CLERK, 2026,
            PlanItemDraft("目" * 499 + str(n % 10), measures="措" * 1000, office="部" * 100,
                          timing="时" * 100, check=CheckKind.WEEKLY_MEETING),
        )  # fmt: skip
    sheet, unit = work_plan.plan_document(database, CLERK, 2026, TODAY)
    pages = PdfReader(io.BytesIO(build_plan_pdf(sheet, unit, TODAY))).pages
    text = "".join(page.extract_text() for page in pages).replace("\n", "")
    assert "信访工作计划及落实情况" in text and "有缺项" in text
    with pytest.raises(ValidationError, match="还没有工作计划"):
        work_plan.plan_document(database, CLERK, 2030, TODAY)
