"""首页's setup checklist for a new unit: what must be in place before the program is useful.

Each line is counted from the records, so it ticks itself once the work is done (in the window,
from an import or from the command line), and the list disappears when every line is done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ..db.engine import Database
from ..db.models import Person, ScreeningAssignment, User
from ..domain.auth import Permission, Role
from . import leadership, rota
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings

# Where each line is done, as the main window names its areas.
AREA_SETTINGS = "settings"
AREA_PEOPLE = "people"
AREA_LEADERSHIP = "leadership"
AREA_ROTA = "rota"
AREA_USERS = "users"


@dataclass(frozen=True)
class SetupStep:
    key: str
    label: str
    done: bool
    detail: str
    area: str


@checked
def setup_checklist(db: Database, actor: Actor, today: date | None = None) -> list[SetupStep]:
    """For those who set the unit up (unit settings); others never see the list."""
    actor.require(Permission.MANAGE_SETTINGS)
    day = today or date.today()
    unit = get_unit_settings(db)
    term = leadership.term_on(db, day)
    members = leadership.current_members(db, day) if term else []
    pools = rota.get_pools(db)
    with db.read() as session:
        staff = (
            session.scalar(select(func.count()).select_from(Person).where(Person.left_on.is_(None)))
            or 0
        )
        assigned = (
            session.scalar(
                select(func.count())
                .select_from(ScreeningAssignment)
                .where(ScreeningAssignment.term_id == term.id)
            )
            if term
            else 0
        ) or 0
        roles = set(session.scalars(select(User.role).distinct()))
    has_leader = any(m.role == "leader" for m in members)
    empty_pools = [code for code in ("leader", "staff", "gate") if not pools.get(code)]
    missing_roles = [r.value for r in (Role.GATE, Role.CLERK) if r.value not in roles]
    return [
        SetupStep(
            "unit", "填写单位名称", bool(unit.unit_name),
            unit.unit_name or "打印的表格和文书都用这个名称", AREA_SETTINGS,
        ),
        SetupStep(
            "staff", "录入人员", staff > 0,
            f"已有 {staff} 人" if staff else "校级领导、教师和门卫，可从 Excel 导入", AREA_PEOPLE,
        ),
        SetupStep(
            "leadership", "成立信访工作领导小组", has_leader,
            f"{len(members)} 名成员" if has_leader else "成立日期、决定会议，组长、副组长和组员",
            AREA_LEADERSHIP,
        ),
        SetupStep(
            "groups", "分配包组摸排", assigned > 0,
            f"已分配 {assigned} 个组" if assigned else "每位领导负责的年级组、学科组",
            AREA_LEADERSHIP,
        ),
        SetupStep(
            "rota", "设置值班人员", not empty_pools,
            "带班领导、值班人员和门卫都已设置" if not empty_pools else "带班领导、值班人员、门卫",
            AREA_ROTA,
        ),
        SetupStep(
            "users", "为门卫和信访员建立账号", not missing_roles,
            "已建立" if not missing_roles else "还没有：" + "、".join(missing_roles), AREA_USERS,
        ),
    ]  # fmt: skip
