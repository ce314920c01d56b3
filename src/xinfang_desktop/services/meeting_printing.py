"""Printing the weekly meeting records: one record, or every record of a quarter.

Names are resolved from the roster of the meeting's day (so a member who left later still
prints with the role he held then); every print is written to the audit log.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..db.engine import Database
from ..db.errors import NotFoundError
from ..db.models import Meeting, Person
from ..domain.dates import chinese_period
from ..domain.meetings import STATUS_DRAFT, STATUS_LABELS, STATUS_REVIEWED
from ..reports.meeting_minutes import (
    MinutesActionItem,
    MinutesSheet,
    build_minutes_pdf,
    build_quarter_minutes_pdf,
)
from . import audit, leadership, meetings
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings


def _sheet(db: Database, record: meetings.MeetingRecord) -> MinutesSheet:
    draft = record.draft
    roster = {m.person_id: m for m in leadership.current_members(db, on=draft.held_on)}
    wanted = {a.person_id for a in draft.attendance} | {
        i.owner_person_id for i in draft.action_items if i.owner_person_id is not None
    }
    with db.read() as session:
        rows = session.execute(select(Person.id, Person.name).where(Person.id.in_(wanted)))
        names = {person_id: person_name for person_id, person_name in rows}

    def name(person_id: int) -> str:
        return names.get(person_id, "（已删除人员）")

    def with_role(person_id: int) -> str:
        member = roster.get(person_id)
        return f"{name(person_id)}（{member.role_label}）" if member else name(person_id)

    return MinutesSheet(
        held_on=draft.held_on,
        status_label=STATUS_LABELS.get(record.status, record.status),
        recorder=record.created_by,
        present=tuple(with_role(a.person_id) for a in draft.attendance if a.present),
        absent=tuple(
            (name(a.person_id), a.absence_reason) for a in draft.attendance if not a.present
        ),
        agenda=draft.agenda,
        figures=tuple(
            (label, int(record.figures.get(key, 0)))
            for key, label in meetings.FIGURE_LABELS.items()
        ),
        discussion=draft.discussion,
        decisions=draft.decisions,
        action_items=tuple(
            MinutesActionItem(item.text, name(item.owner_person_id), item.due_on, item.done)
            for item in draft.action_items
        ),
        review_comment=record.review_comment,
        reviewed_by=record.reviewed_by,
        reviewed_at=record.reviewed_at,
        addenda=record.addenda,
        location=draft.location,
        host=draft.host,
        observers=draft.observers,
        review_from=record.review_from,
        review_to=record.review_to,
        is_draft=record.status == STATUS_DRAFT,
    )


@checked
def meeting_held_on(db: Database, actor: Actor, day: date) -> int:
    """The id of the record of the meeting held on ``day`` (the newest if there are two)."""
    with db.read() as session:
        found = session.scalar(
            select(Meeting.id).where(Meeting.held_on == day).order_by(Meeting.id.desc())
        )
    if found is None:
        raise NotFoundError(f"no meeting on {day}")
    return found


@checked
def minutes_pdf(
    db: Database, actor: Actor, meeting_id: int, printed_at: date | None = None
) -> bytes:
    """The printed record of one meeting; needs the right to print and to read minutes."""
    record = meetings.get_meeting(db, actor, meeting_id)
    pdf = build_minutes_pdf(
        _sheet(db, record), get_unit_settings(db).unit_name, printed_at or date.today()
    )
    audit.append(
        db,
        actor,
        "print",
        target_kind="meeting",
        target_id=meeting_id,
        detail=f"例会记录 {record.draft.held_on.isoformat()}",
    )
    return pdf


@checked
def period_minutes_pdf(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    printed_at: date | None = None,
    *,
    include_unsigned: bool = False,
) -> tuple[bytes, int]:
    """The 汇编: the signed records of meetings held from ``start`` to ``end``, oldest first,
    after a 目录; with ``include_unsigned`` drafts and final records too (drafts marked 草稿
    on every page). Returns the PDF and how many meetings it holds."""
    # get_meeting checks the right to read minutes per record; an empty quarter is checked here.
    with db.read() as session:
        found = session.execute(
            select(Meeting.id, Meeting.status)
            .where(Meeting.held_on >= start, Meeting.held_on <= end)
            .order_by(Meeting.held_on, Meeting.id)
        ).all()
    ids = [
        meeting_id for meeting_id, status in found if include_unsigned or status == STATUS_REVIEWED
    ]
    sheets = [_sheet(db, meetings.get_meeting(db, actor, meeting_id)) for meeting_id in ids]
    label = chinese_period(start, end)
    pdf = build_quarter_minutes_pdf(
        sheets,
        get_unit_settings(db).unit_name,
        label,
        printed_at or date.today(),
        left_out=len(found) - len(ids),
    )
    audit.append(
        db,
        actor,
        "print",
        target_kind="meeting",
        target_id=f"{start:%Y-%m-%d}~{end:%Y-%m-%d}",
        detail=f"例会记录汇编（{len(ids)} 次{'，含未审签' if include_unsigned else ''}）",
    )
    return pdf, len(ids)
