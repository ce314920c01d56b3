"""Weekly meetings (例会): the week's figures filled in, attendance from the roster, action
items; draft → final → signed by the principal; corrections after signing as addenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import ConflictError, NotFoundError
from ..db.models import (
    Case,
    Dispute,
    DutyLogEntry,
    Meeting,
    MeetingActionItem,
    MeetingAddendum,
    MeetingAttendance,
    ScreeningRecord,
    Setting,
    Visit,
)
from ..domain.auth import Permission
from ..domain.dates import day_bounds
from ..domain.disputes import OPEN_STATUSES
from ..domain.errors import FieldError, ValidationError
from ..domain.meetings import (
    REVIEW_PREVIOUS_WEEK,
    REVIEW_WEEK_LABELS,
    STATUS_DRAFT,
    STATUS_FINAL,
    STATUS_REVIEWED,
    ActionItemDraft,
    AttendanceDraft,
    MeetingDraft,
    check_addendum,
    check_can_edit,
    check_can_finalise,
    check_can_review,
    monday_of,
    review_week,
    validate_meeting,
)
from . import audit, leadership
from .context import Actor
from .permissions import checked
from .settings import put_setting_in_session

# The figures a Monday meeting looks at, in the order the minutes print them.
FIGURE_LABELS = {
    "visit_batches": "新增来访（批次）",
    "visit_persons": "新增来访（人次）",
    "new_cases": "新增信访事项（件）",
    "closed_cases": "办结信访事项（件）",
    "overdue_cases": "逾期未办结（件）",
    "screening_findings": "包组摸排发现问题（条）",
    "open_disputes": "未化解矛盾纠纷（件）",
    "duty_events": "值班记录事项（条）",
}


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    version: int
    draft: MeetingDraft
    figures: dict[str, int]
    status: str
    review_comment: str
    reviewed_by: str
    reviewed_at: datetime | None
    addenda: tuple[tuple[datetime, str, str], ...]  # (when, who, text)
    created_by: str
    review_from: date | None = None  # the week the figures cover
    review_to: date | None = None


REVIEW_WEEK_KEY = "meeting_review_week"


def get_review_week_mode(db: Database) -> str:
    """Which week a meeting's figures cover (a unit setting): the previous Monday–Sunday by
    default, or the meeting's own week up to the meeting day."""
    with db.read() as session:
        row = session.get(Setting, REVIEW_WEEK_KEY)
    value = str(row.value) if row is not None else REVIEW_PREVIOUS_WEEK
    return value if value in REVIEW_WEEK_LABELS else REVIEW_PREVIOUS_WEEK


@checked
def set_review_week_mode(db: Database, actor: Actor, mode: str) -> str:
    actor.require(Permission.MANAGE_SETTINGS)
    if mode not in REVIEW_WEEK_LABELS:
        raise ValidationError([FieldError("review_week", "例会统计周只能选上周或本周")])
    with db.write() as session:
        put_setting_in_session(session, REVIEW_WEEK_KEY, mode)
        audit.append_in_session(session, actor, "settings_changed", detail="例会统计周")
    return mode


def week_figures(db: Database, monday: date, sunday: date | None = None) -> dict[str, int]:
    """The days ``monday`` to ``sunday`` (default: that Monday's week), counted from the
    registers as they stand now."""
    sunday = sunday or monday + timedelta(days=6)
    start, end = day_bounds(monday, sunday)
    with db.read() as session:
        batches, persons = session.execute(
            select(func.count(), func.coalesce(func.sum(Visit.people_count), 0)).where(
                Visit.arrived_at >= start, Visit.arrived_at < end, Visit.voided_at.is_(None)
            )
        ).one()

        def count(*conditions) -> int:
            return int(session.scalar(select(func.count()).where(*conditions)) or 0)

        return {
            "visit_batches": int(batches),
            "visit_persons": int(persons),
            "new_cases": count(Case.received_on >= monday, Case.received_on <= sunday),
            "closed_cases": count(Case.closed_on >= monday, Case.closed_on <= sunday),
            # Still open at the week's end with a deadline already passed.
            "overdue_cases": count(
                Case.received_on <= sunday,
                Case.due_on < sunday,
                (Case.closed_on.is_(None)) | (Case.closed_on > sunday),
            ),
            "screening_findings": count(
                ScreeningRecord.screened_on >= monday,
                ScreeningRecord.screened_on <= sunday,
                ScreeningRecord.risk_level != "",
            ),
            "open_disputes": count(Dispute.status.in_(OPEN_STATUSES)),
            "duty_events": count(DutyLogEntry.occurred_at >= start, DutyLogEntry.occurred_at < end),
        }


@checked
def review_figures(db: Database, actor: Actor, held_on: date) -> tuple[date, date, dict[str, int]]:
    """(first day, last day, figures) of the week a meeting on ``held_on`` reviews, as the
    record would store them if saved now."""
    if not actor.can(Permission.WRITE_MINUTES):
        actor.require(Permission.REVIEW_AND_SIGN)
    first, last = review_week(held_on, get_review_week_mode(db))
    return first, last, week_figures(db, first, last)


@checked
def new_meeting(db: Database, actor: Actor, day: date | None = None) -> MeetingDraft:
    """A new record for this week's Monday: everyone on the roster that day, present."""
    held_on = monday_of(day or date.today())
    members = leadership.current_members(db, on=held_on)
    return MeetingDraft(
        held_on=held_on,
        attendance=tuple(AttendanceDraft(m.person_id, True) for m in members),
    )


def _roster(db: Database, day: date) -> set[int]:
    return {m.person_id for m in leadership.current_members(db, on=day)}


@checked
def save_meeting(
    db: Database,
    actor: Actor,
    draft: MeetingDraft,
    *,
    meeting_id: int | None = None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> MeetingRecord:
    roster = _roster(db, draft.held_on) if draft.held_on else set()
    cleaned = validate_meeting(draft, roster_person_ids=roster)
    review_from, review_to = review_week(cleaned.held_on, get_review_week_mode(db))
    figures = week_figures(db, review_from, review_to)
    stamp = (now or datetime.now()).replace(microsecond=0)
    with db.write() as session:
        if meeting_id is None:
            meeting = Meeting(
                status=STATUS_DRAFT, created_at=stamp, created_by=actor.name, figures={}
            )
            session.add(meeting)
        else:
            meeting = _load(session, meeting_id, expected_version)
            check_can_edit(meeting.status)
            for model in (MeetingAttendance, MeetingActionItem):
                for row in session.scalars(select(model).where(model.meeting_id == meeting.id)):
                    session.delete(row)
        meeting.held_on = cleaned.held_on
        meeting.agenda = cleaned.agenda
        meeting.discussion = cleaned.discussion
        meeting.decisions = cleaned.decisions
        meeting.location = cleaned.location
        meeting.host = cleaned.host
        meeting.observers = cleaned.observers
        meeting.review_from, meeting.review_to = review_from, review_to
        meeting.figures = figures
        meeting.updated_at = stamp
        session.flush()
        for a in cleaned.attendance:
            session.add(
                MeetingAttendance(
                    meeting_id=meeting.id,
                    person_id=a.person_id,
                    present=a.present,
                    absence_reason=a.absence_reason,
                )
            )
        for item in cleaned.action_items:
            session.add(
                MeetingActionItem(
                    meeting_id=meeting.id,
                    text=item.text,
                    owner_id=item.owner_person_id,
                    due_on=item.due_on,
                    done=item.done,
                )
            )
        session.flush()
        return _record(session, meeting)


@checked
def finalise(
    db: Database, actor: Actor, meeting_id: int, *, expected_version: int
) -> MeetingRecord:
    with db.write() as session:
        meeting = _load(session, meeting_id, expected_version)
        check_can_finalise(meeting.status)
        meeting.status = STATUS_FINAL
        session.flush()
        return _record(session, meeting)


@checked
def review_queue(db: Database, actor: Actor) -> list[MeetingRecord]:
    """Final records waiting for the principal's signature, oldest first."""
    with db.read() as session:
        rows = session.scalars(
            select(Meeting).where(Meeting.status == STATUS_FINAL).order_by(Meeting.held_on)
        ).all()
        return [_record(session, m) for m in rows]


@checked
def list_meetings(
    db: Database, actor: Actor, start: date | None = None, end: date | None = None
) -> list[MeetingRecord]:
    """Every record held between ``start`` and ``end`` (both optional, inclusive), newest
    first: the clerk's list of minutes and the principal's archive."""
    query = select(Meeting).order_by(Meeting.held_on.desc(), Meeting.id.desc())
    if start is not None:
        query = query.where(Meeting.held_on >= start)
    if end is not None:
        query = query.where(Meeting.held_on <= end)
    with db.read() as session:
        return [_record(session, m) for m in session.scalars(query).all()]


@checked
def sign_off(
    db: Database,
    actor: Actor,
    meeting_id: int,
    comment: str,
    *,
    expected_version: int,
    now: datetime | None = None,
) -> MeetingRecord:
    with db.write() as session:
        meeting = _load(session, meeting_id, expected_version)
        meeting.review_comment = check_can_review(meeting.status, comment)
        meeting.status = STATUS_REVIEWED
        meeting.reviewed_by = actor.name
        meeting.reviewed_at = (now or datetime.now()).replace(microsecond=0)
        session.flush()
        return _record(session, meeting)


@checked
def add_addendum(
    db: Database, actor: Actor, meeting_id: int, text: str, *, now: datetime | None = None
) -> MeetingRecord:
    """After signing, corrections are appended; what was signed stays as it was."""
    with db.write() as session:
        meeting = _load(session, meeting_id, None)
        cleaned = check_addendum(meeting.status, text)
        session.add(
            MeetingAddendum(
                meeting_id=meeting.id,
                text=cleaned,
                added_at=(now or datetime.now()).replace(microsecond=0),
                added_by=actor.name,
            )
        )
        session.flush()
        return _record(session, meeting)


@checked
def get_meeting(db: Database, actor: Actor, meeting_id: int) -> MeetingRecord:
    with db.read() as session:
        return _record(session, _load(session, meeting_id, None))


def _load(session: Session, meeting_id: int, expected_version: int | None) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"meeting {meeting_id}")
    if expected_version is not None and meeting.version != expected_version:
        raise ConflictError(f"meeting {meeting_id} is at version {meeting.version}")
    return meeting


def _record(session: Session, meeting: Meeting) -> MeetingRecord:
    attendance = session.scalars(
        select(MeetingAttendance)
        .where(MeetingAttendance.meeting_id == meeting.id)
        .order_by(MeetingAttendance.id)
    )
    items = session.scalars(
        select(MeetingActionItem)
        .where(MeetingActionItem.meeting_id == meeting.id)
        .order_by(MeetingActionItem.id)
    )
    addenda = session.scalars(
        select(MeetingAddendum)
        .where(MeetingAddendum.meeting_id == meeting.id)
        .order_by(MeetingAddendum.id)
    )
    return MeetingRecord(
        id=meeting.id,
        version=meeting.version,
        draft=MeetingDraft(
            held_on=meeting.held_on,
            agenda=meeting.agenda,
            discussion=meeting.discussion,
            decisions=meeting.decisions,
            location=meeting.location,
            host=meeting.host,
            observers=meeting.observers,
            attendance=tuple(
                AttendanceDraft(a.person_id, a.present, a.absence_reason) for a in attendance
            ),
            action_items=tuple(
                ActionItemDraft(i.text, i.owner_id, i.due_on, i.done) for i in items
            ),
        ),
        figures=dict(meeting.figures),
        status=meeting.status,
        review_comment=meeting.review_comment,
        reviewed_by=meeting.reviewed_by,
        reviewed_at=meeting.reviewed_at,
        addenda=tuple((a.added_at, a.added_by, a.text) for a in addenda),
        created_by=meeting.created_by,
        # Records from before the review week was kept counted their own Monday–Sunday.
        review_from=meeting.review_from or monday_of(meeting.held_on),
        review_to=meeting.review_to or monday_of(meeting.held_on) + timedelta(days=6),
    )
