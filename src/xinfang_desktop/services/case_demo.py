"""Realistic generated cases for demos and the benchmark (xinfang demo --cases N).

Cases spread over the past year or more; older ones are closed, recent ones are at every
step, a few are overdue; about one in eight comes from one of a few petitioners who come back
about the same matter, linked as a repeat (重信重访). Rows are written with explicit ids in
large batches, as the visit generator does, and every stored deadline is computed by the same
domain functions."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select, text

from ..db.engine import Database
from ..db.models import Case, CaseEvent, CasePetitioner
from ..domain.case_flow import CaseEvent as FlowEvent
from ..domain.case_flow import Step, replay
from ..domain.cases import Channel, format_case_number
from ..domain.people import PersonDraft
from .case_settings import get_case_settings, get_deadline_rules
from .cases import _store_clock
from .context import Actor
from .people import add_person, list_people
from .permissions import checked
from .workdays import get_calendar_overrides

CHUNK = 5_000
CASES_PER_DAY = 30
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志海"
# (类别, 信访请求): whole requests as a school's petitioners word them.
_REQUESTS = (
    ("食堂后勤", "反映学校食堂饭菜分量不足、菜品单一，要求改进并公开每周菜谱"),
    ("食堂后勤", "反映食堂餐费上涨未提前告知家长，要求说明收费依据"),
    ("收费管理", "反映课后服务收费标准不清楚，要求公开收费项目和标准"),
    ("收费管理", "反映学校代收资料费，要求退还多收部分"),
    ("学生安全", "反映校门口上下学时段车辆拥堵，存在安全隐患，要求协调交警疏导"),
    ("学生安全", "反映操场改造后跑道有破损，学生体育课摔伤，要求尽快维修"),
    ("学生安全", "反映校车停靠点调整后学生需步行穿过公路，要求恢复原停靠点"),
    ("师德师风", "反映某教师课堂上体罚学生，要求学校调查处理"),
    ("师德师风", "反映某教师在校外有偿补课，要求学校调查处理"),
    ("招生入学", "咨询随迁子女入学政策，要求解决孩子一年级入学问题"),
    ("招生入学", "对分班结果有意见，要求重新分班"),
    ("教育教学", "反映三年级作业负担过重，孩子每天写到很晚，要求减负"),
    ("教育教学", "反映英语教师频繁更换，影响孩子学习，要求保持教师稳定"),
    ("人事待遇", "退休教师反映取暖补贴未按时发放，要求补发"),
    ("人事待遇", "代课教师反映绩效工资未落实，要求补发"),
    ("校园建设", "周边居民反映学校施工夜间噪音扰民，要求调整施工时间"),
)
_OFFICES = ("教务处", "政教处", "总务处", "办公室", "安全办", "德育处")
_AREAS = ("本校", "校外社区", "邹坞村", "南石村", "北石村")
_CHANNELS = (
    (Channel.VISIT, 40),
    (Channel.LETTER, 20),
    (Channel.CALL, 20),
    (Channel.ONLINE, 15),
    (Channel.REFERRAL, 5),
)
_LEADERS = (("王建国", "校长"), ("李春华", "副校长"), ("赵德明", "副校长"), ("孙丽", "书记"))


@dataclass(frozen=True)
class CaseDemoResult:
    cases: int
    first_day: date
    last_day: date
    seconds: float


def _new_person(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))
    return name, f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"


def _leader_ids(db: Database, actor: Actor) -> list[int]:
    leaders = list_people(db, leaders_only=True)
    if not leaders:
        leaders = [
            add_person(db, actor, PersonDraft(name, post=post, office="校长室", is_leader=True))
            for name, post in _LEADERS
        ]
    return [p.id for p in leaders]


def _events(rng: random.Random, received: date, today: date) -> list[FlowEvent]:
    """A plausible history, cut off at today."""
    day = received
    plan: list[tuple[Step, int, dict]] = []
    fate = rng.random()
    if fate < 0.05:
        plan = [
            (
                Step.REJECT,
                rng.randint(1, 5),
                {"reason": "不属于本单位职权范围", "go_to": "区教育和体育局"},
            ),
            (Step.NOTIFY, rng.randint(0, 3), {"method": "邮寄"}),
            (Step.CLOSE, rng.randint(1, 5), {"result": "不予受理，已告知"}),
        ]
    elif fate < 0.08:
        plan = [
            (Step.REFER, rng.randint(1, 5), {"body": "镇人民政府", "reason": "属地管理"}),
            (Step.NOTIFY, rng.randint(0, 3), {"method": "当面"}),
            (Step.CLOSE, rng.randint(1, 5), {"result": "已转送"}),
        ]
    else:
        plan = [(Step.ACCEPT, rng.randint(0, 4), {})]
        if rng.random() < 0.85:
            plan.append((Step.NOTIFY, rng.randint(1, 14), {"method": "邮寄"}))
        plan.append((Step.ASSIGN, rng.randint(0, 3), {"office": rng.choice(_OFFICES)}))
        if rng.random() < 0.05:
            plan.append(
                (
                    Step.EXTEND,
                    rng.randint(40, 55),
                    {"approver": "王建国", "reason": "需进一步调查核实", "days": 30},
                )
            )
        plan += [
            (
                Step.REPLY,
                rng.randint(7, 50),
                {
                    "request": "见信访请求",
                    "facts": "经调查属实",
                    "reasons": "符合有关规定",
                    "decision": "已整改",
                    "basis": "《信访工作条例》",
                },
            ),
            (Step.CLOSE, rng.randint(1, 7), {"result": "已答复，信访人表示满意"}),
        ]
        if rng.random() < 0.1:
            plan.append((Step.ARCHIVE, rng.randint(5, 30), {}))
    events = []
    for step, gap, details in plan:
        day += timedelta(days=gap)
        if day > today:
            break
        events.append(FlowEvent(step, day, details))
    return events


@checked
def generate_demo_cases(
    db: Database,
    actor: Actor,
    count: int,
    *,
    seed: int = 0,
    now: datetime | None = None,
    days: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CaseDemoResult:
    if count < 0:
        raise ValueError("count must not be negative")
    started = time.perf_counter()
    now = (now or datetime.now()).replace(microsecond=0)
    today = now.date()
    # Spread over the days asked for (a year's statistics and 同比 need a year of cases), or
    # over as many days as a unit would need for this many cases.
    days = days or max(30, min(3650, -(-count // CASES_PER_DAY)))
    first = today - timedelta(days=days - 1)
    rng = random.Random(seed)
    owners = _leader_ids(db, actor)
    rules, overrides = get_deadline_rules(db), get_calendar_overrides(db)
    number_format = get_case_settings(db).number_format
    received_days = sorted(first + timedelta(days=rng.randrange(days)) for _ in range(count))
    # Most petitioners write once. A few come back again and again about the same matter
    # (重信重访, about one case in eight): each of those keeps one request, and each of their
    # later cases is linked to the one before.
    frequent = [
        (_new_person(rng), rng.choice(_REQUESTS)) for _ in range(max(2, min(12, count // 40)))
    ]
    last_case_of: dict[int, int] = {}
    channels = [c for c, _ in _CHANNELS]
    weights = [w for _, w in _CHANNELS]
    written = 0
    while written < count:
        with db.write() as session:
            connection = session.connection()
            next_id = (connection.scalar(select(func.max(Case.id))) or 0) + 1
            next_event = (connection.scalar(select(func.max(CaseEvent.id))) or 0) + 1
            next_petitioner = (connection.scalar(select(func.max(CasePetitioner.id))) or 0) + 1
            seqs = dict(
                connection.execute(select(Case.year, func.max(Case.seq)).group_by(Case.year)).all()
            )
            cases, petitioners, events = [], [], []
            for received in received_days[written : written + CHUNK]:
                case_id, next_id = next_id, next_id + 1
                seqs[received.year] = seqs.get(received.year, 0) + 1
                if rng.random() < 0.12:
                    person = rng.randrange(len(frequent))
                    (name, phone), (category, request) = frequent[person]
                else:
                    person = None
                    name, phone = _new_person(rng)
                    category, request = rng.choice(_REQUESTS)
                channel = rng.choices(channels, weights)[0]
                people = rng.choice((1, 1, 1, 1, 2, 3, 6, 12))
                flow = _events(rng, received, today)
                clock = replay(
                    received,
                    flow,
                    rules,
                    overrides,
                    check=False,
                    referred_from_above=channel == Channel.REFERRAL,
                )
                row = Case(
                    id=case_id,
                    year=received.year,
                    seq=seqs[received.year],
                    number=format_case_number(number_format, received.year, seqs[received.year]),
                    channel=channel.value,
                    received_on=received,
                    referring_body="区教育和体育局" if channel == Channel.REFERRAL else "",
                    referring_ref=f"教信转〔{received.year}〕{rng.randint(1, 300)}号"
                    if channel == Channel.REFERRAL
                    else "",
                    petitioner_names=name,
                    people_count=people,
                    request=request,
                    facts="",
                    reasons="",
                    category=category,
                    area=rng.choice(_AREAS),
                    accused="",
                    accused_office="",
                    owner_id=rng.choice(owners),
                    handling_office=next(
                        (e.details["office"] for e in flow if e.step == Step.ASSIGN), ""
                    ),
                    visit_id=None,
                    repeat_of_id=last_case_of.get(person) if person is not None else None,
                    repeat_marked=False,
                    remarks="",
                    created_at=now,
                    created_by=actor.name,
                    updated_at=now,
                    version=1,
                )
                _store_clock(row, clock)
                if person is not None:
                    last_case_of[person] = case_id
                cases.append({c.key: getattr(row, c.key) for c in Case.__table__.columns})
                petitioners.append(
                    {
                        "id": next_petitioner,
                        "case_id": case_id,
                        "position": 0,
                        "name": name,
                        "phone": phone,
                        "id_number": "",
                        "address": rng.choice(_AREAS),
                        "is_representative": people >= 5,
                    }
                )
                next_petitioner += 1
                for event in [
                    FlowEvent(Step.REGISTER, received, {"channel": channel.value}),
                    *flow,
                ]:
                    events.append(
                        {
                            "id": next_event,
                            "case_id": case_id,
                            "step": event.step.name,
                            "occurred_on": event.on,
                            "details": dict(event.details),
                            "recorded_at": now,
                            "recorded_by": actor.name,
                        }
                    )
                    next_event += 1
            connection.execute(insert(Case.__table__), cases)
            connection.execute(insert(CasePetitioner.__table__), petitioners)
            connection.execute(insert(CaseEvent.__table__), events)
            if not db.is_sqlite:
                for table in ("cases", "case_petitioners", "case_events"):
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT max(id) FROM {table}))"
                        )
                    )
        written += len(cases)
        if progress is not None:
            progress(written, count)
    return CaseDemoResult(count, first, today, time.perf_counter() - started)
