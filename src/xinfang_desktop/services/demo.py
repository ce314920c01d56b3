"""Realistic generated visits for demonstrations and benchmarks (`xinfang demo`).

A million visits must take minutes: rows are built in memory and written with Core
``executemany`` in a few large transactions, not one ``register_visit`` call per visit. Each
row still holds exactly what the service would store (cleaned fields, pinyin initials and
search text computed the same way) and its "create" history row.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select, text

from ..db.engine import Database
from ..db.models import Visit, VisitChange
from ..db.models.visits import last_daily_sequence
from ..domain.identity import id_check_digit
from ..domain.pinyin import initials_variants
from ..domain.settings import UnitSettings
from ..domain.visits import (
    EARLIEST_ARRIVAL,
    GROUP_VISIT_MIN_PEOPLE,
    VisitDraft,
    search_text,
    visit_number,
)
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings, save_unit_settings

DEMO_UNIT_NAME = "邹坞镇中心小学"
DEMO_HOSTS = (
    "办公室",
    "教务处",
    "政教处",
    "总务处",
    "校长室",
    "一年级组",
    "二年级组",
    "三年级组",
    "四年级组",
    "五年级组",
    "六年级组",
    "食堂",
    "卫生室",
)
DEMO_GATE_STAFF = ("王建国", "李春生", "赵德明", "孙立平")
# A school gate sees a few dozen visits a day; more visits are spread over more days.
VISITS_PER_DAY = 60
MAX_DAYS = 3650
# Rows per executemany call, and calls per committed transaction.
CHUNK_ROWS = 20_000
CHUNKS_PER_TRANSACTION = 10

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾"
)
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚英华建国志红玉梅文辉鹏飞宇浩然涵欣怡轩诺晨阳"
    "佳琪思雨俊凯婷雪琳慧丹萍玲波斌宁海燕春秋冬亮鑫博瑞泽子梓睿彤萱嘉乐长林峰"
)
_REGIONS = ("370402", "370403", "370404", "370405", "370406", "370481", "370402", "370811")
_VILLAGES = ("邹坞村", "南石村", "北石村", "韩庄村", "前屯村", "后屯村", "马庄村", "东仓村")
_COMPANIES = (
    "枣庄市顺达物流有限公司",
    "薛城区文具批发部",
    "鲁南建筑装饰工程公司",
    "市供电公司邹坞供电所",
    "鑫源食品配送中心",
    "镇卫生院",
    "镇派出所",
    "区教育和体育局",
)
_GOODS = ("粉笔 20 箱", "作业本 50 包", "桶装水 30 桶", "课桌椅 40 套", "蔬菜", "大米 10 袋")
_REPAIRS = ("更换教室灯管", "维修操场围栏", "检修锅炉", "粉刷走廊墙面", "安装监控摄像头")
_CANTEEN = ("饭菜偏咸", "午餐分量不足", "餐具消毒不到位", "菜价偏高", "午餐菜品单一")
_GRADES = ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级")
_OUTCOMES = ("已接待", "已答复", "已转交政教处", "已转交教务处", "已登记，待回复", "")


@dataclass(frozen=True)
class _Person:
    name: str
    gender: str
    phone: str
    id_number: str
    unit_address: str


@dataclass(frozen=True)
class DemoResult:
    visits: int
    first_day: date
    last_day: date
    seconds: float
    unit_name_set: bool


class _Generator:
    def __init__(self, rng: random.Random, pool_size: int, now: datetime):
        self.rng = rng
        self.now = now
        self._initials: dict[str, list[str]] = {}
        self.people = [self._person() for _ in range(pool_size)]

    def _name(self) -> str:
        rng = self.rng
        given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.7 else "")
        return rng.choice(_SURNAMES) + given

    def _person(self) -> _Person:
        rng = self.rng
        gender = rng.choice(("男", "女"))
        phone = ""
        if rng.random() < 0.85:
            phone = rng.choice("3456789") + f"{rng.randrange(10**9):09d}"
            phone = "1" + phone
        id_number = ""
        if rng.random() < 0.6:
            born = date(1955, 1, 1) + timedelta(days=rng.randrange(50 * 365))
            serial = rng.randrange(100) * 10 + rng.choice(
                (1, 3, 5, 7, 9) if gender == "男" else (0, 2, 4, 6, 8)
            )
            first17 = f"{rng.choice(_REGIONS)}{born:%Y%m%d}{serial:03d}"
            id_number = first17 + id_check_digit(first17)
        roll = rng.random()
        if roll < 0.55:
            address = f"{rng.choice(_GRADES)}{rng.randint(1, 6)}班学生家长"
        elif roll < 0.8:
            address = f"邹坞镇{rng.choice(_VILLAGES)}"
        else:
            address = rng.choice(_COMPANIES)
        return _Person(self._name(), gender, phone, id_number, address)

    def initials(self, name: str) -> list[str]:
        # Names repeat across a million visits; pypinyin runs once per distinct name.
        found = self._initials.get(name)
        if found is None:
            found = self._initials[name] = initials_variants(name)
        return found

    def pick_person(self) -> _Person:
        # Squaring skews towards the front of the pool: a few people come back often (重访).
        return self.people[int(len(self.people) * self.rng.random() ** 2)]

    def reason(self) -> tuple[str, str, str]:
        """(reason, category, host)."""
        rng = self.rng
        roll = rng.random()
        grade = rng.choice(_GRADES)
        if roll < 0.25:
            return (
                f"学生家长接{grade}{rng.randint(1, 6)}班孩子"
                + rng.choice(("（发烧）", "（请假）", "看病", "参加亲戚婚礼")),
                "家长来访",
                f"{grade}组",
            )
        if roll < 0.40:
            return (
                f"家长反映{grade}{rng.randint(1, 6)}班"
                + rng.choice(("作业量过大", "孩子在校受欺负", "座位安排", "课后服务收费")),
                "反映问题",
                "政教处",
            )
        if roll < 0.50:
            year = self.now.year + rng.choice((0, 1))
            return (
                rng.choice((f"咨询{year}年秋季招生政策", "咨询转学手续", "咨询学籍证明办理")),
                "咨询",
                "教务处",
            )
        if roll < 0.63:
            return f"送货：{rng.choice(_GOODS)}", "送货/施工", "总务处"
        if roll < 0.73:
            return f"维修施工：{rng.choice(_REPAIRS)}", "送货/施工", "总务处"
        if roll < 0.79:
            return f"投诉食堂{rng.choice(_CANTEEN)}", "投诉举报", "校长室"
        if roll < 0.80:
            return "反映校车司机超速行驶", "投诉举报", "校长室"
        if roll < 0.90:
            return (
                rng.choice(("上级检查安全工作", "镇政府调研", "派出所开展法治讲座")),
                "公务来访",
                "办公室",
            )
        if roll < 0.96:
            return rng.choice(("开具在校证明", "领取学生资助表", "归还借阅图书")), "办事", "办公室"
        return rng.choice(("找老师", "参观校园", "应聘代课教师")), "其他", "办公室"

    def plate(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        tail = "".join(self.rng.choice("0123456789") for _ in range(4))
        return "鲁D" + self.rng.choice(letters) + tail


def _day_counts(rng: random.Random, count: int, first: date, days: int, now: datetime) -> list[int]:
    weights = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        weight = (1.0, 1.0, 1.0, 1.0, 1.0, 0.3, 0.2)[day.weekday()]
        if day == now.date():
            # Today has only the visits of the hours gone by since the gate opened at 7:00.
            opened_minutes = (now.hour - 7) * 60 + now.minute
            weight *= max(0.02, min(1.0, opened_minutes / 660))
        weights.append(weight)
    total = sum(weights)
    counts = [int(count * w / total) for w in weights]
    for _ in range(count - sum(counts)):
        counts[rng.randrange(days)] += 1
    return counts


def _arrivals(rng: random.Random, day: date, n: int, now: datetime) -> list[datetime]:
    start = datetime.combine(day, datetime.min.time()) + timedelta(hours=7)
    latest = 11 * 60
    if day == now.date():
        if now < start:
            # Generated before the gate opens: today's few visits came in the last hour.
            start = max(datetime.combine(day, datetime.min.time()), now - timedelta(hours=1))
        latest = max(0, min(latest, int((now - start).total_seconds() // 60)))
    # Two peaks, the morning bell and the afternoon pick-up.
    minutes = [
        min(latest, max(0, int(rng.triangular(0, latest, rng.choice((60, 540)) * latest / 660))))
        for _ in range(n)
    ]
    minutes.sort()
    return [start + timedelta(minutes=m) for m in minutes]


def _rows(
    gen: _Generator, counts: list[int], first: date, actor: Actor
) -> Iterator[dict[str, object]]:
    rng, now = gen.rng, gen.now
    for offset, n in enumerate(counts):
        day = first + timedelta(days=offset)
        arrivals = _arrivals(rng, day, n, now)
        for index, arrived in enumerate(arrivals):
            person = gen.pick_person()
            reason, category, host = gen.reason()
            roll = rng.random()
            if roll < 0.03:
                people = rng.randint(GROUP_VISIT_MIN_PEOPLE, 40)
            elif roll < 0.15:
                people = rng.randint(2, 3)
            else:
                people = 1
            still_here = day == now.date() and index >= n - 3
            left = None
            if not still_here:
                left = min(arrived + timedelta(minutes=rng.randint(5, 120)), now)
            draft = VisitDraft(
                arrived_at=arrived,
                name=person.name,
                reason=reason,
                gender=person.gender,
                phone=person.phone,
                id_number=person.id_number,
                people_count=people,
                unit_address=person.unit_address,
                category=category,
                host=host,
                receptionist=DEMO_GATE_STAFF[(day.toordinal() + (arrived.hour >= 13)) % 4],
                vehicle_plate=gen.plate() if rng.random() < 0.12 else "",
                outcome=rng.choice(_OUTCOMES) if left else "",
                left_at=left,
            )
            variants = gen.initials(person.name)
            voided = rng.random() < 0.002
            yield {
                "arrived_at": arrived,
                "left_at": left,
                "name": draft.name,
                "name_initials": variants[0] if variants else "",
                "gender": draft.gender,
                "phone": draft.phone,
                "id_number": draft.id_number,
                "people_count": people,
                "unit_address": draft.unit_address,
                "reason": reason,
                "category": category,
                "host": host,
                "receptionist": draft.receptionist,
                "vehicle_plate": draft.vehicle_plate,
                "outcome": draft.outcome,
                "remarks": "",
                "search_text": search_text(draft, variants),
                "voided_at": (left or arrived) if voided else None,
                "void_reason": "重复登记" if voided else "",
                "voided_by": actor.name if voided else "",
                "created_at": arrived,
                "created_by": actor.name,
                "updated_at": left or arrived,
                "version": 1,
            }


def default_days(count: int) -> int:
    return max(1, min(MAX_DAYS, -(-count // VISITS_PER_DAY)))


@checked
def generate_demo_visits(
    db: Database,
    actor: Actor,
    count: int,
    *,
    seed: int = 0,
    days: int | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Add ``count`` visits ending today; sets the unit name and lists if none are set yet."""
    if count < 0:
        raise ValueError("count must not be negative")
    started = time.perf_counter()
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    days = days or default_days(count)
    first = max(now.date() - timedelta(days=days - 1), EARLIEST_ARRIVAL.date())
    days = (now.date() - first).days + 1
    rng = random.Random(seed)

    unit_name_set = _ensure_unit_settings(db, actor)
    gen = _Generator(rng, max(50, min(100_000, count // 4)), now)
    counts = _day_counts(rng, count, first, days, now)
    rows = _rows(gen, counts, first, actor)

    written = 0
    exhausted = count == 0
    while not exhausted:
        written_before = written
        with db.write() as session:
            connection = session.connection()
            next_id = (connection.scalar(select(func.max(Visit.id))) or 0) + 1
            # Each day's slip numbers go on from that day's last, read in this transaction.
            last_sequence: dict[date, int] = {}
            for _ in range(CHUNKS_PER_TRANSACTION):
                chunk = []
                for row in rows:
                    row["id"] = next_id
                    next_id += 1
                    arrived = row["arrived_at"]
                    day = arrived.date()
                    if day not in last_sequence:
                        last_sequence[day] = last_daily_sequence(connection, day)
                    last_sequence[day] += 1
                    row["number"] = visit_number(arrived, last_sequence[day])
                    chunk.append(row)
                    if len(chunk) == CHUNK_ROWS:
                        break
                if not chunk:
                    exhausted = True
                    break
                connection.execute(insert(Visit.__table__), chunk)
                connection.execute(
                    insert(VisitChange.__table__),
                    [
                        {
                            "visit_id": row["id"],
                            "changed_at": row["created_at"],
                            "changed_by": actor.name,
                            "action": "create",
                            "field": "",
                            "old_value": "",
                            "new_value": "",
                        }
                        for row in chunk
                    ],
                )
                written += len(chunk)
            exhausted = exhausted or written >= count
            if not db.is_sqlite:
                # Ids were given explicitly; the sequence must continue after them.
                connection.execute(
                    text(
                        "SELECT setval(pg_get_serial_sequence('visits', 'id'), "
                        "(SELECT max(id) FROM visits))"
                    )
                )
        if progress is not None and written > written_before:
            progress(written, count)
    return DemoResult(count, first, now.date(), time.perf_counter() - started, unit_name_set)


def _ensure_unit_settings(db: Database, actor: Actor) -> bool:
    current = get_unit_settings(db)
    if current.unit_name:
        return False
    save_unit_settings(
        db,
        actor,
        UnitSettings(
            unit_name=DEMO_UNIT_NAME,
            visit_categories=current.visit_categories,
            hosts=current.hosts or DEMO_HOSTS,
            gate_staff=current.gate_staff or DEMO_GATE_STAFF,
        ),
    )
    return True


__all__ = ["DEMO_UNIT_NAME", "DemoResult", "default_days", "generate_demo_visits"]
