"""`xinfang demo --school`: a believable school year in every area, through the services.

The seed's school (seeds/003): about 30 staff with 校级领导, a 信访工作领导小组 decided at a
dated 行政会, 8 leaders over the 1–6年级组 and 音乐/美术/体育/英语 groups, weekly 包组摸排,
monthly 下访, disputes worked to 化解, published rotas with a duty log, the Monday meeting
signed by the principal, forums, an information report, cases and gate visits. Every record
goes through the same service a user's click would, so the demo also exercises the rules.

For demonstration databases only: a database that holds records made by anyone but the demo
is refused unless forced.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from datetime import time as clock

from sqlalchemy import func, select

from ..db.engine import Database
from ..db.models import Case, LeadershipTerm, Meeting, Visit
from ..domain.auth import Role
from ..domain.disputes import DisputeDraft
from ..domain.errors import ValidationError
from ..domain.forums import KIND_PARENTS, KIND_RETIRED, KIND_STAFF, ForumDraft, OpinionDraft
from ..domain.info_reports import ReportDraft
from ..domain.leadership import ROLE_DEPUTY, ROLE_LEADER, ROLE_MEMBER, MemberDraft, TermDraft
from ..domain.meetings import ActionItemDraft, mark_no_new_issues
from ..domain.outreach import OutreachDraft
from ..domain.people import PersonDraft
from ..domain.reception import AppointmentDraft, ReceptionDayDraft
from ..domain.screening import RISK_HIGH, RISK_LOW, RISK_MEDIUM, ScreeningDraft
from ..domain.work_plan import CheckKind, PlanItemDraft
from . import (
    disputes,
    duty_log,
    forums,
    info_reports,
    leadership,
    meetings,
    outreach,
    reception,
    rota,
    screening,
    work_plan,
)
from .case_demo import generate_demo_cases
from .context import Actor
from .demo import DEMO_GATE_STAFF, _ensure_unit_settings, generate_demo_visits
from .people import add_person
from .permissions import checked

DEMO_ACTOR_NAME = "演示数据"
DEFAULT_DAYS = 365
MIN_DAYS, MAX_DAYS = 60, 3650

# (name, 职务, 部门, 校级领导, group role, 分工)
_LEADERS = (
    ("袁涛", "校长", "校长室", ROLE_LEADER, "全面负责学校信访稳定工作"),
    ("王裕金", "党支部书记", "校长室", ROLE_DEPUTY, "协助组长，负责师德师风和党员教师"),
    ("渐永", "副校长", "校长室", ROLE_DEPUTY, "分管教学，负责教学类信访事项"),
    ("侯化营", "副校长", "校长室", ROLE_MEMBER, "分管安全，负责校园安全和周边环境"),
    ("高玉海", "教导主任", "教导处", ROLE_MEMBER, "负责教学秩序和学生学籍类事项"),
    ("孙友亚", "政教主任", "政教处", ROLE_MEMBER, "负责学生管理和家校沟通"),
    ("李忠亮", "总务主任", "总务处", ROLE_MEMBER, "负责食堂、校车和后勤保障"),
    ("刘红梅", "工会主席", "工会", ROLE_MEMBER, "负责教职工和退休教工的意见收集"),
)
_GROUPS_OF_LEADER = (
    ("一年级组", "二年级组"),
    ("三年级组",),
    ("四年级组",),
    ("五年级组",),
    ("六年级组",),
    ("音乐组", "美术组"),
    ("体育组",),
    ("英语组",),
)
_TEACHER_SURNAMES = "张刘陈杨黄赵吴周徐马朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭曾田董潘"
_TEACHER_GIVEN = ("丽", "伟", "敏", "静", "军", "芳", "磊", "燕", "勇", "霞", "涛", "娟")
_OFFICES = (
    "一年级组", "二年级组", "三年级组", "四年级组", "五年级组", "六年级组",
    "音乐组", "美术组", "体育组", "英语组",
)  # fmt: skip
_FINDINGS = (
    ("家长反映课后服务收费标准不清楚", RISK_LOW),
    ("有教师对绩效工资分配有意见", RISK_MEDIUM),
    ("家长反映校车接送时间变动未提前通知", RISK_LOW),
    ("两名学生家长因学生矛盾发生争执", RISK_MEDIUM),
    ("教师反映办公室取暖不足", RISK_LOW),
    ("家长对分班结果有意见", RISK_MEDIUM),
)
_DISPUTES = (  # (matter, parties, plan, risk)
    (
        "两个学生家庭因课间推搡受伤发生纠纷，要求赔偿医药费",
        "张家、李家",
        "由班主任和政教处共同调解，邀请双方家长面谈，依据监控查明经过，协商医药费分担",
        RISK_HIGH,
    ),
    (
        "退休教师反映取暖补贴发放标准与在职教师不同",
        "退休教工3人",
        "工会核对文件，向区教育局请示标准，书面答复",
        RISK_LOW,
    ),
    (
        "食堂承包人与学校就合同续签条件有分歧",
        "食堂承包人",
        "总务处依据合同约定协商，必要时请法律顾问参与",
        RISK_MEDIUM,
    ),
    (
        "家长对学生考试作弊处理结果不服",
        "学生家长",
        "教导处复核处理依据，校长约谈家长解释政策",
        RISK_LOW,
    ),
)
_OUTREACH = (
    ("三年级留守儿童家庭", "了解学生学习和生活情况", "已沟通，家长表示满意"),
    ("退休教师王老师家", "慰问并听取对学校工作的意见", "已记录意见，转工会研究"),
    ("六年级学生家长", "毕业升学政策咨询", "已解释政策"),
    ("青年教师宿舍", "了解生活困难", "已协调解决热水问题"),
)
_STAFF_OPINIONS = ("希望减少非教学事务性检查", "建议改善教师办公室取暖")
_RETIRED_OPINIONS = ("希望改善退休教工活动室", "取暖补贴发放时间希望提前")
_PARENT_OPINIONS = ("希望延长课后服务时间", "校门口接送秩序需改善")
# The year's plan (工作计划): (goal, measures, leader index, 责任部门, 时间节点, check, target).
# Most items are checked by the program against the records the demo writes; the manual ones
# are (month, day) deadlines ticked when done.
_PLAN_ITEMS = (
    ("每周一召开信访工作领导小组例会，研判信访稳定形势", "例会记录报校长签阅", 0, "校长室",
     "每周一", CheckKind.WEEKLY_MEETING, None),
    ("领导小组成员每月至少下访一次", "带着包组摸排发现的问题走访家庭和退休教工", 1, "校长室",
     "每月", CheckKind.MONTHLY_OUTREACH, None),
    ("包组领导每周摸排一次，做到早发现、早报告、早化解", "摸排情况当天录入，发现问题明确跟进人",
     2, "教导处", "每周", CheckKind.SCREENING, 7),
    ("落实24小时领导带班和值班制度", "值班表每月提前公布，值班记录当天填写", 3, "总务处",
     "全年", CheckKind.LEADER_DUTY, None),
    ("门卫室做好每个上学日的来访登记", "来访登记表当天整理，每月装订", 3, "保卫处",
     "每个上学日", CheckKind.DAILY_REGISTER, None),
    ("矛盾纠纷在期限内化解，不上交、不激化", "一事一案，明确责任领导和化解期限", 5, "政教处",
     "全年", CheckKind.DISPUTES_ON_TIME, None),
    ("信访事项按期办结率达到95%以上", "按《信访工作条例》第三十二条的期限办理并答复", 0, "校长室",
     "全年", CheckKind.CASES_ON_TIME, 95),
)  # fmt: skip
_PLAN_MANUAL = (
    ("修订学校矛盾纠纷和突发事件应急处置预案", 3, 31, 3, "校长室"),
    ("开展一次“法律进校园”信访法治宣传教育", 5, 31, 5, "政教处"),
    ("完成年度信访稳定工作总结并报区教育和体育局", 12, 25, 0, "校长室"),
)
_APPOINTMENTS = (
    ("周桂兰", "孩子转学后学籍迟迟未转入，要求学校说明办理进度"),
    ("马建军", "反映校车停靠点调整后接送不便"),
)
_LOG = (
    ("事件", "巡查校园一周，门窗水电正常"),
    ("来电", "家长来电询问放假时间，已答复"),
    ("来访", "快递员送教学用品，已登记"),
    ("事件", "夜间巡查，东门路灯损坏，已报总务处"),
)


@dataclass(frozen=True)
class SchoolDemoResult:
    first_day: date
    last_day: date
    people: int
    screenings: int
    meetings: int
    outreach_visits: int
    disputes: int
    rotas: int
    duty_log_entries: int
    forums: int
    info_reports: int
    plans: int
    reception_days: int
    appointments: int
    cases: int
    visits: int
    seconds: float


class RealRecordsError(Exception):
    """The database holds records someone typed: the demo would mix invented ones in."""

    user_message = (
        "这个数据库中已有非演示的记录。演示数据只能写入演示用的数据库（确需写入请加 --force）。"
    )


def real_records(db: Database) -> int:
    """How many records the demo did not make: people (the demo names its own), terms,
    meetings, and cases or visits registered by anyone but the demo."""
    with db.read() as session:
        counted = 0
        counted += (
            session.scalar(
                select(func.count())
                .select_from(LeadershipTerm)
                .where(LeadershipTerm.created_by != DEMO_ACTOR_NAME)
            )
            or 0
        )
        counted += (
            session.scalar(
                select(func.count())
                .select_from(Meeting)
                .where(Meeting.created_by != DEMO_ACTOR_NAME)
            )
            or 0
        )
        counted += (
            session.scalar(
                select(func.count()).select_from(Case).where(Case.created_by != DEMO_ACTOR_NAME)
            )
            or 0
        )
        counted += (
            session.scalar(
                select(func.count()).select_from(Visit).where(Visit.created_by != DEMO_ACTOR_NAME)
            )
            or 0
        )
        if session.scalar(select(func.count()).select_from(LeadershipTerm)):
            # A second demo year on top of the first would found a second term the same day.
            counted += 1
    return counted


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, clock(hour, minute))


def _mondays(first: date, last: date) -> list[date]:
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    found = []
    while monday <= last:
        found.append(monday)
        monday += timedelta(days=7)
    return found


def _month_starts(first: date, last: date) -> list[date]:
    found, day = [], first.replace(day=1)
    while day <= last:
        found.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return found


class _SchoolYear:
    def __init__(self, db: Database, actor: Actor, first: date, today: date, seed: int):
        self.db, self.actor = db, actor
        self.first, self.today = first, today
        self.rng = random.Random(seed)
        self.principal = Actor(_LEADERS[0][0], Role.PRINCIPAL)
        self.counts: dict[str, int] = {}

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    # -- people and the group ----------------------------------------------------------

    def staff(self) -> None:
        now = _at(self.first, 8)
        self.leaders = []
        for name, post, office, _role, _duty in _LEADERS:
            school_leader = post in ("校长", "党支部书记", "副校长")
            draft = PersonDraft(
                name, post=post, office=office, is_leader=school_leader,
                phone=f"1390632{self.rng.randrange(10**4):04d}",
            )  # fmt: skip
            self.leaders.append(add_person(self.db, self.actor, draft, now=now))
        self.teachers = []
        for index in range(20):
            given = self.rng.choice(_TEACHER_GIVEN)
            if index % 3 == 0:
                given += self.rng.choice(_TEACHER_GIVEN)
            draft = PersonDraft(
                _TEACHER_SURNAMES[index] + given,
                post="教师",
                office=_OFFICES[index % len(_OFFICES)],
            )
            self.teachers.append(add_person(self.db, self.actor, draft, now=now))
        # The same names as the gate's 登记人 list in 设置, so the rota and the register agree.
        self.gate = [
            add_person(
                self.db, self.actor, PersonDraft(name, post="门卫", office="保卫处"), now=now
            )
            for name in DEMO_GATE_STAFF
        ]
        self.count("people", len(self.leaders) + len(self.teachers) + len(self.gate))

    def group(self) -> None:
        founded = self.first
        term = leadership.found_term(
            self.db,
            self.actor,
            TermDraft(founded, f"{founded.year}年第1次行政会", f"邹中小发〔{founded.year}〕1号"),
            now=_at(founded, 10),
        )
        self.term_id = term.id
        for person, (_n, _p, _o, role, duties) in zip(self.leaders, _LEADERS, strict=True):
            leadership.add_member(
                self.db, self.actor, term.id,
                MemberDraft(person.id, role, duties, joined_on=founded), now=_at(founded, 10),
            )  # fmt: skip
        screening.ensure_default_groups(self.db)
        groups = {g.name: g for g in screening.list_groups(self.db)}
        for name in _OFFICES:
            if name not in groups:
                from ..domain.screening import KIND_SUBJECT, GroupDraft

                groups[name] = screening.add_group(
                    self.db, self.actor, GroupDraft(name, KIND_SUBJECT)
                )
        self.assignments: list[tuple[int, int]] = []  # (group id, leader id)
        for leader, names in zip(self.leaders, _GROUPS_OF_LEADER, strict=True):
            for name in names:
                screening.assign_group(
                    self.db, self.actor, term.id, groups[name].id, leader.id,
                    assigned_on=founded, now=_at(founded, 11),
                )  # fmt: skip
                self.assignments.append((groups[name].id, leader.id))

    # -- the weekly and monthly rhythm -------------------------------------------------

    def screenings(self) -> None:
        interval = screening.get_interval_days(self.db)
        for offset, (group_id, leader_id) in enumerate(self.assignments):
            day = self.first + timedelta(days=1 + offset % interval)
            while day <= self.today:
                if self.rng.random() < 0.85:
                    draft = ScreeningDraft(day, group_id, leader_id, no_new_issues=True)
                else:
                    finding, risk = self.rng.choice(_FINDINGS)
                    due = day + timedelta(days=14)
                    draft = ScreeningDraft(
                        day, group_id, leader_id, findings=finding, risk_level=risk,
                        follow_up_owner_id=leader_id, follow_up_due=due,
                    )  # fmt: skip
                row = screening.record_screening(self.db, self.actor, draft, now=_at(day, 15))
                self.count("screenings")
                due = draft.follow_up_due
                # Old follow-ups were all done; one of the last month's may still be open
                # (a follow-up a year overdue would be a red line no office leaves standing).
                long_past = due is not None and due < self.today - timedelta(days=30)
                overdue = due is not None and due < self.today
                if long_past or (overdue and self.rng.random() < 0.5):
                    screening.complete_follow_up(
                            self.db, self.actor, row.id,
                            draft.follow_up_due - timedelta(days=self.rng.randint(0, 7)),
                            expected_version=row.version,
                        )  # fmt: skip
                day += timedelta(days=interval)

    def outreach(self) -> None:
        for month in _month_starts(self.first, self.today):
            for index, leader in enumerate(self.leaders):
                # Now and then somebody misses a month: the monthly check shows it.
                if self.rng.random() < 0.08:
                    continue
                day = month + timedelta(days=5 + index * 2)
                if not (self.first <= day <= self.today):
                    continue
                visited, matter, result = self.rng.choice(_OUTREACH)
                outreach.record_outreach(
                    self.db, self.actor,
                    OutreachDraft(day, (leader.id,), visited, matter, result), now=_at(day, 17),
                )  # fmt: skip
                self.count("outreach")

    def disputes(self) -> None:
        for index, month in enumerate(_month_starts(self.first, self.today)[::2]):
            found = month + timedelta(days=10)
            if found > self.today:
                break
            matter, parties, plan, risk = _DISPUTES[index % len(_DISPUTES)]
            responsible = self.leaders[1 + index % (len(self.leaders) - 1)]
            record = disputes.add_dispute(
                self.db, self.actor,
                DisputeDraft(
                    found, matter, responsible.id, (responsible.id, self.leaders[0].id), plan,
                    found + timedelta(days=30), risk_level=risk, parties=parties,
                ),
                now=_at(found, 16),
            )  # fmt: skip
            self.count("disputes")
            noted = found + timedelta(days=7)
            if noted <= self.today:
                record = disputes.add_note(
                    self.db, self.actor, record.id, noted, "已与当事各方沟通，初步达成意向",
                    expected_version=record.version, now=_at(noted, 16),
                )  # fmt: skip
            resolved = found + timedelta(days=self.rng.randint(15, 28))
            # Disputes found more than two months ago were worked to 化解; a recent one may
            # still be open, even past its time limit, as the 首页 warns.
            recent = found > self.today - timedelta(days=60)
            if resolved <= self.today and (not recent or self.rng.random() < 0.5):
                disputes.resolve_dispute(
                    self.db, self.actor, record.id, resolved,
                    expected_version=record.version, now=_at(resolved, 16),
                )  # fmt: skip

    def meetings(self) -> None:
        mondays = _mondays(self.first + timedelta(days=1), self.today)
        for monday in mondays:
            draft = meetings.new_meeting(self.db, self.actor, monday)
            this_week = monday > self.today - timedelta(days=7)
            if self.rng.random() < 0.75:
                draft = mark_no_new_issues(draft)
            else:
                draft = replace(
                    draft,
                    discussion="通报上周包组摸排发现的问题，研究化解方案。",
                    decisions="由分管领导牵头落实，下周例会通报进展。",
                    action_items=(
                        ActionItemDraft(
                            "落实摸排发现问题的跟进",
                            self.leaders[3].id,
                            monday + timedelta(days=7),
                            done=not this_week,
                        ),
                    ),
                )  # fmt: skip
            draft = replace(
                draft,
                agenda="统计上周信访情况；研究化解方案；部署本周工作。",
                location="学校会议室",
                host=self.leaders[0].name,
            )
            saved = meetings.save_meeting(self.db, self.actor, draft, now=_at(monday, 16))
            self.count("meetings")
            if this_week:
                continue  # this week's record stays a draft, as in a real office
            final = meetings.finalise(self.db, self.actor, saved.id, expected_version=saved.version)
            meetings.sign_off(
                self.db, self.principal, final.id, "同意。",
                expected_version=final.version, now=_at(monday + timedelta(days=1), 9),
            )  # fmt: skip

    # -- the year's plan and the leaders' reception days -----------------------------------

    def plans(self) -> None:
        """A plan for each year the demo covers from January: the plan's checks count from
        the year's first week, so a plan for a year begun before the demo would show every
        earlier week as missed."""
        for year in range(self.first.year, self.today.year + 1):
            made_on = max(date(year, 1, 10), self.first)
            if made_on > date(year, 1, 31):
                continue
            work_plan.create_plan(
                self.db, self.actor, year, f"{year}年学校信访稳定工作计划", now=_at(made_on, 10)
            )
            for goal, measures, leader, office, timing, check, target in _PLAN_ITEMS:
                work_plan.add_item(
                    self.db, self.actor, year,
                    PlanItemDraft(
                        goal, measures, self.leaders[leader].id, office, timing, check, target
                    ),
                )  # fmt: skip
            for goal, month, day, leader, office in _PLAN_MANUAL:
                due = date(year, month, day)
                done = due - timedelta(days=self.rng.randint(3, 20))
                work_plan.add_item(
                    self.db, self.actor, year,
                    PlanItemDraft(
                        goal, "", self.leaders[leader].id, office, f"{month}月底前",
                        due_on=due, done_on=done if done <= self.today else None,
                    ),
                )  # fmt: skip
            self.count("plans")

    def reception_days(self) -> None:
        """校长接待日 on the second Tuesday of each month (校长 and 书记 in turn), next month's
        published, and two petitioners booked (one today, whom the gate sees as expected)."""
        next_month = (self.today.replace(day=1) + timedelta(days=32)).replace(day=1)
        months = _month_starts(self.first, next_month)
        for index, month in enumerate(months):
            tuesday = month + timedelta(days=(1 - month.weekday()) % 7 + 7)
            if not (self.first + timedelta(days=10) <= tuesday):
                continue
            leader = self.leaders[index % 2]
            reception.add_reception_day(
                self.db, self.actor,
                ReceptionDayDraft(
                    tuesday, clock(9), clock(11, 30), "学校接待室", leader.id,
                    note="公开接访，来访人可先电话预约",
                ),
                now=_at(min(tuesday - timedelta(days=10), self.today), 9),
            )  # fmt: skip
            self.count("reception_days")
        for (name, matter), at in zip(
            _APPOINTMENTS,
            (_at(self.today, 15), _at(self.today + timedelta(days=7), 9, 30)),
            strict=True,
        ):
            reception.book_appointment(
                self.db, self.actor,
                AppointmentDraft(at, self.leaders[0].id, name, matter, "13905321234"),
                now=_at(self.today, 8),
            )  # fmt: skip
            self.count("appointments")

    # -- duty ----------------------------------------------------------------------------

    def rotas(self) -> None:
        rota.save_pools(
            self.db,
            self.actor,
            {
                "leader": [p.id for p in self.leaders if p.is_leader],
                "staff": [p.id for p in self.teachers],
                "gate": [p.id for p in self.gate],
            },
        )
        this_month = self.today.replace(day=1)
        next_month = (this_month + timedelta(days=32)).replace(day=1)
        # Every whole month of the demo (the plan checks 24小时领导带班 over the year), and
        # next month's, published ahead as an office does.
        start = self.first if self.first.day == 1 else (self.first + timedelta(days=32))
        for month in _month_starts(start.replace(day=1), next_month):
            end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            made = rota.generate(
                self.db, self.actor, f"{month.year}年{month.month}月值班表", month, end,
                seed=self.rng.randrange(1000), now=_at(month - timedelta(days=5), 9),
            )  # fmt: skip
            summary = made.rota
            try:
                rota.publish(
                    self.db, self.actor, summary.id, expected_version=summary.version,
                    now=_at(month - timedelta(days=3), 9),
                )  # fmt: skip
            except ValidationError:
                continue  # a rota with gaps stays a draft, to be filled by hand
            self.count("rotas")
            detail = rota.get_rota(self.db, summary.id)
            for shift in detail.shifts:
                if shift.starts_at.date() >= self.today or self.rng.random() < 0.6:
                    continue
                kind, content = self.rng.choice(_LOG)
                duty_log.add_log_entry(
                    self.db, self.actor, shift.id, kind, shift.starts_at + timedelta(hours=2),
                    content, now=shift.starts_at + timedelta(hours=2),
                )  # fmt: skip
                self.count("duty_log")

    # -- the year's other work -----------------------------------------------------------

    def forums_and_reports(self) -> None:
        plan = []
        for year in range(self.first.year, self.today.year + 1):
            plan += [
                (date(year, 3, 15), KIND_STAFF, _STAFF_OPINIONS),
                (date(year, 9, 9), KIND_RETIRED, _RETIRED_OPINIONS),
                (date(year, 11, 20), KIND_PARENTS, _PARENT_OPINIONS),
            ]
        owner, principal = self.leaders[6], self.leaders[0].name
        for held_on, kind, opinions in plan:
            if not (self.first <= held_on <= self.today):
                continue
            due = held_on + timedelta(days=20)
            forum = forums.add_forum(
                self.db, self.actor,
                ForumDraft(
                    held_on, kind, "学校会议室", principal, 35 if kind == KIND_PARENTS else 20,
                    summary=f"{principal}校长通报学校工作，与会人员畅所欲言。",
                    opinions=tuple(OpinionDraft(text, owner.id, due) for text in opinions),
                ),
                now=_at(held_on, 17),
            )  # fmt: skip
            self.count("forums")
            done_on = held_on + timedelta(days=15)
            if done_on <= self.today:
                forums.complete_opinion(
                    self.db, self.actor, forum.opinions[0].id, done_on, now=_at(done_on, 9)
                )
        occurred = self.today - timedelta(days=40)
        if occurred >= self.first:
            report = info_reports.add_report(
                self.db, self.actor,
                ReportDraft(
                    _at(occurred, 16, 20), _at(occurred, 17, 5), "区教育和体育局信访办", "电话",
                    self.leaders[5].name, "放学时校门口家长聚集反映校车停运",
                    "放学时约二十名家长在校门口聚集，反映校车停运导致接送困难。",
                    "家长约20人", "校长到场接待，说明情况，疏导家长离开；联系校车公司。",
                ),
                now=_at(occurred, 17, 5),
            )  # fmt: skip
            info_reports.add_update(
                self.db, self.actor, report.id, "校车公司承诺次日恢复运行，家长已接受。",
                _at(occurred + timedelta(days=1), 9), final=True,
                now=_at(occurred + timedelta(days=1), 9),
            )  # fmt: skip
            self.count("info_reports")


@checked
def generate_school_year(
    db: Database,
    actor: Actor,
    *,
    days: int = DEFAULT_DAYS,
    cases: int = 120,
    visits: int = 4000,
    seed: int = 0,
    force: bool = False,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> SchoolDemoResult:
    """Fill every area with ``days`` of a school's work up to today (and next month's rota)."""
    started = time.perf_counter()
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise ValueError(f"days must be within {MIN_DAYS}..{MAX_DAYS}")
    if not force and real_records(db):
        raise RealRecordsError()
    actor = Actor(DEMO_ACTOR_NAME, actor.role)
    now = (now or datetime.now()).replace(microsecond=0)
    today = now.date()
    first = today - timedelta(days=days - 1)
    say = progress or (lambda _step: None)
    _ensure_unit_settings(db, actor)
    year = _SchoolYear(db, actor, first, today, seed)
    for label, step in (
        ("人员", year.staff),
        ("领导小组和包组", year.group),
        ("包组摸排", year.screenings),
        ("下访", year.outreach),
        ("矛盾纠纷", year.disputes),
        ("值班表和值班记录", year.rotas),
        ("座谈会和信息报送", year.forums_and_reports),
        ("工作计划", year.plans),
        ("领导接访日", year.reception_days),
    ):
        say(label)
        step()
    if cases:
        say("信访事项")
        generate_demo_cases(db, actor, cases, seed=seed, now=now, days=days)
    if visits:
        say("来访登记")
        generate_demo_visits(db, actor, visits, seed=seed, days=days, now=now)
    # Last: a meeting freezes its week's figures when saved, so the visits, cases and duty
    # log it reviews must already be there (before, every signed record read 新增来访 0).
    say("例会")
    year.meetings()
    c = year.counts
    return SchoolDemoResult(
        first_day=first,
        last_day=today,
        people=c.get("people", 0),
        screenings=c.get("screenings", 0),
        meetings=c.get("meetings", 0),
        outreach_visits=c.get("outreach", 0),
        disputes=c.get("disputes", 0),
        rotas=c.get("rotas", 0),
        duty_log_entries=c.get("duty_log", 0),
        forums=c.get("forums", 0),
        info_reports=c.get("info_reports", 0),
        plans=c.get("plans", 0),
        reception_days=c.get("reception_days", 0),
        appointments=c.get("appointments", 0),
        cases=cases,
        visits=visits,
        seconds=time.perf_counter() - started,
    )
