"""座谈会: record a forum with its opinions, follow each opinion up, or make it a 信访事项.

Writing is for those who keep the group's records (WRITE_MINUTES: 信访员, 校长, 管理员); reading
also for those who review them (REVIEW_AND_SIGN). Turning an opinion into a case needs
MANAGE_CASES, as registering any case does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import NotFoundError
from ..db.models import Case, Forum, ForumOpinion, Person
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.cases import CaseDraft, Channel, PetitionerDraft, validate_case
from ..domain.dates import chinese_date
from ..domain.errors import FieldError, ValidationError
from ..domain.forums import ForumDraft, OpinionDraft, validate_forum
from ..reports.year_work_forms import ForumOpinionLine, ForumSheet
from . import audit
from .case_settings import get_case_settings, get_deadline_rules
from .cases import register_in_session
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings
from .workdays import get_calendar_overrides


@dataclass(frozen=True)
class OpinionRecord:
    id: int
    position: int
    text: str
    owner_id: int | None
    owner_name: str
    due_on: date | None
    done_on: date | None
    case_id: int | None
    case_number: str

    @property
    def state(self) -> str:
        if self.case_number:
            return f"已转信访事项 {self.case_number}"
        if self.done_on:
            return f"已落实（{chinese_date(self.done_on)}）"
        if self.due_on:
            return f"跟进中（{self.owner_name}，{chinese_date(self.due_on)}前）"
        return "已记录"


@dataclass(frozen=True)
class ForumRecord:
    id: int
    version: int
    held_on: date
    kind: str
    place: str
    host: str
    attendee_count: int
    attendees: str
    summary: str
    opinions: tuple[OpinionRecord, ...]
    created_by: str


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _may_read(actor: Actor) -> None:
    if not (actor.can(Permission.WRITE_MINUTES) or actor.can(Permission.REVIEW_AND_SIGN)):
        raise PermissionDeniedError(actor.role, Permission.WRITE_MINUTES)


def _check_people(session: Session, draft: ForumDraft) -> None:
    wanted = {o.owner_id for o in draft.opinions if o.owner_id is not None}
    if not wanted:
        return
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    problems = [
        FieldError(f"opinions.{index}", "第{n}条意见：责任人不存在", {"n": index})
        for index, opinion in enumerate(draft.opinions, start=1)
        if opinion.owner_id is not None and opinion.owner_id not in found
    ]
    if problems:
        raise ValidationError(problems)


def _record(session: Session, forum: Forum) -> ForumRecord:
    owner_ids = {o.owner_id for o in forum.opinions if o.owner_id}
    case_ids = {o.case_id for o in forum.opinions if o.case_id}
    names: dict[int, str] = {}
    numbers: dict[int, str] = {}
    if owner_ids:
        names = dict(
            session.execute(select(Person.id, Person.name).where(Person.id.in_(owner_ids))).all()
        )
    if case_ids:
        numbers = dict(
            session.execute(select(Case.id, Case.number).where(Case.id.in_(case_ids))).all()
        )
    return ForumRecord(
        id=forum.id,
        version=forum.version,
        held_on=forum.held_on,
        kind=forum.kind,
        place=forum.place,
        host=forum.host,
        attendee_count=forum.attendee_count,
        attendees=forum.attendees,
        summary=forum.summary,
        opinions=tuple(
            OpinionRecord(
                id=o.id,
                position=o.position,
                text=o.text,
                owner_id=o.owner_id,
                owner_name=names.get(o.owner_id, ""),
                due_on=o.due_on,
                done_on=o.done_on,
                case_id=o.case_id,
                case_number=numbers.get(o.case_id, ""),
            )
            for o in forum.opinions
        ),
        created_by=forum.created_by,
    )


@checked
def add_forum(
    db: Database, actor: Actor, draft: ForumDraft, *, now: datetime | None = None
) -> ForumRecord:
    actor.require(Permission.WRITE_MINUTES)
    when = _now(now)
    cleaned = validate_forum(draft, when.date())
    with db.write() as session:
        _check_people(session, cleaned)
        forum = Forum(
            held_on=cleaned.held_on,
            kind=cleaned.kind,
            place=cleaned.place,
            host=cleaned.host,
            attendee_count=cleaned.attendee_count,
            attendees=cleaned.attendees,
            summary=cleaned.summary,
            created_at=when,
            created_by=actor.name,
        )
        forum.opinions = [
            ForumOpinion(position=n, text=o.text, owner_id=o.owner_id, due_on=o.due_on)
            for n, o in enumerate(cleaned.opinions, start=1)
        ]
        session.add(forum)
        session.flush()
        audit.append_in_session(
            session, actor, "create", target_kind="forum", target_id=forum.id,
            detail=f"{cleaned.kind}座谈会 {cleaned.held_on:%Y-%m-%d}",
        )  # fmt: skip
        return _record(session, forum)


def _load(session: Session, forum_id: int) -> Forum:
    forum = session.get(Forum, forum_id)
    if forum is None:
        raise NotFoundError()
    return forum


@checked
def get_forum(db: Database, actor: Actor, forum_id: int) -> ForumRecord:
    _may_read(actor)
    with db.read() as session:
        return _record(session, _load(session, forum_id))


@checked
def list_forums(
    db: Database, actor: Actor, start: date | None = None, end: date | None = None
) -> list[ForumRecord]:
    """Newest first, within an optional date range."""
    _may_read(actor)
    query = select(Forum).order_by(Forum.held_on.desc(), Forum.id.desc())
    if start is not None:
        query = query.where(Forum.held_on >= start)
    if end is not None:
        query = query.where(Forum.held_on <= end)
    with db.read() as session:
        return [_record(session, forum) for forum in session.scalars(query)]


def _load_opinion(session: Session, opinion_id: int) -> ForumOpinion:
    opinion = session.get(ForumOpinion, opinion_id)
    if opinion is None:
        raise NotFoundError()
    return opinion


@checked
def complete_opinion(
    db: Database, actor: Actor, opinion_id: int, done_on: date, *, now: datetime | None = None
) -> ForumRecord:
    """The follow-up of an opinion is done (落实)."""
    actor.require(Permission.WRITE_MINUTES)
    when = _now(now)
    with db.write() as session:
        opinion = _load_opinion(session, opinion_id)
        forum = _load(session, opinion.forum_id)
        if done_on > when.date():
            raise ValidationError([FieldError("done_on", "落实日期不能晚于今天")])
        if done_on < forum.held_on:
            raise ValidationError([FieldError("done_on", "落实日期不能早于座谈会日期")])
        opinion.done_on = done_on
        audit.append_in_session(
            session, actor, "update", target_kind="forum", target_id=forum.id,
            detail=f"第{opinion.position}条意见已落实",
        )  # fmt: skip
        return _record(session, forum)


@checked
def opinion_to_case(
    db: Database,
    actor: Actor,
    opinion_id: int,
    petitioner: PetitionerDraft,
    *,
    now: datetime | None = None,
) -> ForumRecord:
    """One action: the opinion becomes a 信访事项 (an oral petition, 信访工作条例 Art. 19,
    recorded as raised) and the opinion points to it. All or nothing."""
    actor.require(Permission.MANAGE_CASES)
    when = _now(now)
    rules, overrides = get_deadline_rules(db), get_calendar_overrides(db)
    number_format = get_case_settings(db).number_format
    with db.write() as session:
        opinion = _load_opinion(session, opinion_id)
        forum = _load(session, opinion.forum_id)
        if opinion.case_id is not None:
            raise ValidationError([FieldError("case", "这条意见已经转为信访事项")])
        draft = CaseDraft(
            channel=Channel.VISIT.value,
            received_on=forum.held_on,
            petitioners=(petitioner,),
            request=opinion.text,
            remarks=f"{chinese_date(forum.held_on)}{forum.kind}座谈会上提出",
        )
        cleaned = validate_case(draft, when.date())
        case = register_in_session(session, actor, cleaned, when, rules, overrides, number_format)
        opinion.case_id = case.id
        audit.append_in_session(
            session, actor, "update", target_kind="forum", target_id=forum.id,
            detail=f"第{opinion.position}条意见转为信访事项 {case.number}",
        )  # fmt: skip
        return _record(session, forum)


__all__ = [
    "ForumDraft",
    "ForumRecord",
    "OpinionDraft",
    "OpinionRecord",
    "add_forum",
    "complete_opinion",
    "forum_document",
    "get_forum",
    "list_forums",
    "opinion_to_case",
]


@checked
def forum_document(db: Database, actor: Actor, forum_id: int) -> tuple[ForumSheet, str]:
    """The printed 座谈会记录's content and the unit's name; audited."""
    actor.require(Permission.PRINT_REGISTERS)
    forum = get_forum(db, actor, forum_id)
    sheet = ForumSheet(
        held_on=forum.held_on,
        kind=forum.kind,
        place=forum.place,
        host=forum.host,
        attendee_count=forum.attendee_count,
        attendees=forum.attendees,
        summary=forum.summary,
        opinions=tuple(ForumOpinionLine(o.text, o.state) for o in forum.opinions),
    )
    audit.append(db, actor, "print", target_kind="forum", target_id=forum_id, detail="座谈会记录")
    return sheet, get_unit_settings(db).unit_name
