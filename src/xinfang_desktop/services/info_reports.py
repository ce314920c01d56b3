"""信息报送: first reports of incidents to the upper 信访 office, their 续报, the final report.

Those who handle cases write them (MANAGE_CASES); those who read all cases or review the
office's work read them. An open report stays on 首页 until its final report (终报).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.errors import NotFoundError, StorageError
from ..db.models import AttachmentContent, EmergencyPlan, InfoReport, InfoReportUpdate, Setting
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.cases import check_attachment
from ..domain.dates import day_bounds
from ..domain.errors import FieldError, ValidationError
from ..domain.info_reports import (
    DEFAULT_REPORT_LIMIT_HOURS,
    STATUS_CLOSED,
    STATUS_LABELS,
    STATUS_OPEN,
    ReportDraft,
    delay_text,
    is_late,
    report_delay,
    validate_limit_hours,
    validate_report,
    validate_update,
)
from ..domain.text import check_text, clean_text
from ..reports.year_work_forms import ReportSheet, ReportUpdateLine
from . import audit
from .context import Actor
from .permissions import checked
from .settings import get_unit_settings, put_setting_in_session

LIMIT_KEY = "info_report_limit_hours"


@dataclass(frozen=True)
class UpdateRecord:
    reported_at: datetime
    content: str
    is_final: bool
    created_by: str


@dataclass(frozen=True)
class ReportRecord:
    id: int
    version: int
    occurred_at: datetime
    reported_at: datetime
    reported_to: str
    method: str
    reporter: str
    title: str
    kind: str
    content: str
    people_involved: str
    measures: str
    status: str
    closed_at: datetime | None
    updates: tuple[UpdateRecord, ...]
    limit_hours: int

    @property
    def delay(self) -> timedelta:
        return report_delay(self.occurred_at, self.reported_at)

    @property
    def delay_text(self) -> str:
        return delay_text(self.delay)

    @property
    def late(self) -> bool:
        return is_late(self.delay, self.limit_hours)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _may_read(actor: Actor) -> None:
    if not (actor.can(Permission.VIEW_ALL_CASES) or actor.can(Permission.REVIEW_AND_SIGN)):
        raise PermissionDeniedError(actor.role, Permission.VIEW_ALL_CASES)


def get_limit_hours_in_session(session: Session) -> int:
    row = session.get(Setting, LIMIT_KEY)
    return int(row.value) if row else DEFAULT_REPORT_LIMIT_HOURS


def get_limit_hours(db: Database) -> int:
    with db.read() as session:
        return get_limit_hours_in_session(session)


@checked
def save_limit_hours(db: Database, actor: Actor, hours: int | None) -> int:
    actor.require(Permission.MANAGE_SETTINGS)
    checked = validate_limit_hours(hours)
    with db.write() as session:
        put_setting_in_session(session, LIMIT_KEY, checked)
        audit.append_in_session(
            session, actor, "settings", target_kind="info_report", detail=f"报送时限 {checked} 小时"
        )
    return checked


def _record(report: InfoReport, limit_hours: int) -> ReportRecord:
    return ReportRecord(
        id=report.id,
        version=report.version,
        occurred_at=report.occurred_at,
        reported_at=report.reported_at,
        reported_to=report.reported_to,
        method=report.method,
        reporter=report.reporter,
        title=report.title,
        kind=report.kind,
        content=report.content,
        people_involved=report.people_involved,
        measures=report.measures,
        status=report.status,
        closed_at=report.closed_at,
        updates=tuple(
            UpdateRecord(u.reported_at, u.content, u.is_final, u.created_by) for u in report.updates
        ),
        limit_hours=limit_hours,
    )


@checked
def add_report(
    db: Database, actor: Actor, draft: ReportDraft, *, now: datetime | None = None
) -> ReportRecord:
    actor.require(Permission.MANAGE_CASES)
    when = _now(now)
    cleaned = validate_report(draft, when)
    limit = get_limit_hours(db)
    with db.write() as session:
        report = InfoReport(
            occurred_at=cleaned.occurred_at,
            reported_at=cleaned.reported_at,
            reported_to=cleaned.reported_to,
            method=cleaned.method,
            reporter=cleaned.reporter,
            title=cleaned.title,
            kind=cleaned.kind,
            content=cleaned.content,
            people_involved=cleaned.people_involved,
            measures=cleaned.measures,
            status=STATUS_OPEN,
            created_at=when,
            created_by=actor.name,
        )
        session.add(report)
        session.flush()
        audit.append_in_session(
            session, actor, "create", target_kind="info_report", target_id=report.id,
            detail=cleaned.title,
        )  # fmt: skip
        return _record(report, limit)


def _load(session: Session, report_id: int) -> InfoReport:
    report = session.get(InfoReport, report_id)
    if report is None:
        raise NotFoundError()
    return report


@checked
def add_update(
    db: Database,
    actor: Actor,
    report_id: int,
    content: str,
    reported_at: datetime | None,
    *,
    final: bool = False,
    now: datetime | None = None,
) -> ReportRecord:
    """A 续报; ``final`` makes it the 终报 that closes the report."""
    actor.require(Permission.MANAGE_CASES)
    when = _now(now)
    limit = get_limit_hours(db)
    with db.write() as session:
        report = _load(session, report_id)
        if report.status == STATUS_CLOSED:
            raise ValidationError([FieldError("update", "这份信息已经终报，不能再续报")])
        text = validate_update(content, reported_at, report.reported_at, when)
        report.updates.append(
            InfoReportUpdate(
                reported_at=reported_at,
                content=text,
                is_final=final,
                created_at=when,
                created_by=actor.name,
            )
        )
        if final:
            report.status = STATUS_CLOSED
            report.closed_at = reported_at
        session.flush()
        audit.append_in_session(
            session, actor, "update", target_kind="info_report", target_id=report.id,
            detail="终报" if final else "续报",
        )  # fmt: skip
        return _record(report, limit)


@checked
def get_report(db: Database, actor: Actor, report_id: int) -> ReportRecord:
    _may_read(actor)
    limit = get_limit_hours(db)
    with db.read() as session:
        return _record(_load(session, report_id), limit)


@checked
def list_reports(
    db: Database,
    actor: Actor,
    start: date | None = None,
    end: date | None = None,
    *,
    open_only: bool = False,
) -> list[ReportRecord]:
    """Newest event first; ``start``/``end`` bound the day the event happened."""
    _may_read(actor)
    limit = get_limit_hours(db)
    query = select(InfoReport).order_by(InfoReport.occurred_at.desc(), InfoReport.id.desc())
    if start is not None:
        query = query.where(InfoReport.occurred_at >= day_bounds(start, start)[0])
    if end is not None:
        query = query.where(InfoReport.occurred_at < day_bounds(end, end)[1])
    if open_only:
        query = query.where(InfoReport.status == STATUS_OPEN)
    with db.read() as session:
        return [_record(report, limit) for report in session.scalars(query)]


@checked
def open_reports(db: Database, actor: Actor) -> list[ReportRecord]:
    """首页: the reports still awaiting their final report."""
    return list_reports(db, actor, open_only=True)


@checked
def report_document(db: Database, actor: Actor, report_id: int) -> tuple[ReportSheet, str]:
    """The printed 信息报送单's content and the unit's name; audited."""
    actor.require(Permission.PRINT_REGISTERS)
    report = get_report(db, actor, report_id)
    sheet = ReportSheet(
        title=report.title,
        occurred_at=report.occurred_at,
        reported_at=report.reported_at,
        delay=report.delay_text,
        late=report.late,
        limit_hours=report.limit_hours,
        reported_to=report.reported_to,
        method=report.method,
        reporter=report.reporter,
        status=report.status_label,
        content=report.content,
        people_involved=report.people_involved,
        measures=report.measures,
        updates=tuple(
            ReportUpdateLine(u.reported_at, u.content, u.is_final) for u in report.updates
        ),
    )
    audit.append(
        db, actor, "print", target_kind="info_report", target_id=report_id, detail="信息报送单"
    )
    return sheet, get_unit_settings(db).unit_name


# -- 应急预案 ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmergencyPlanRecord:
    id: int
    kind: str
    title: str
    file_name: str
    size: int
    added_at: datetime
    added_by: str


def _plan_record(row: EmergencyPlan) -> EmergencyPlanRecord:
    return EmergencyPlanRecord(
        row.id, row.kind, row.title, row.file_name, row.size, row.added_at, row.added_by
    )


@checked
def add_emergency_plan(
    db: Database,
    actor: Actor,
    kind: str,
    title: str,
    source: str | Path,
    *,
    now: datetime | None = None,
) -> EmergencyPlanRecord:
    """Keep the 应急预案 of one kind of incident; it replaces the kind's current plan (the
    old one stays, retired)."""
    cleaned_kind, cleaned_title = clean_text(kind), clean_text(title)
    errors = [
        problem
        for problem in (
            check_text("kind", cleaned_kind, label="事件类别", max_length=50, required=True),
            check_text("title", cleaned_title, label="预案名称", max_length=100, required=True),
        )
        if problem
    ]
    source = Path(source)
    if not source.is_file():
        errors.append(FieldError("attachment", "找不到文件：{path}", {"path": str(source)}))
    if errors:
        raise ValidationError(errors)
    check_attachment(source.name, source.stat().st_size)
    try:
        content = source.read_bytes()
    except OSError as exc:
        raise ValidationError(
            [FieldError("attachment", "无法读取文件：{path}", {"path": str(source)})]
        ) from exc
    check_attachment(source.name, len(content))
    sha256 = hashlib.sha256(content).hexdigest()
    when = _now(now)
    with db.write() as session:
        if session.get(AttachmentContent, sha256) is None:
            session.add(AttachmentContent(sha256=sha256, size=len(content), content=content))
        for older in session.scalars(
            select(EmergencyPlan).where(
                EmergencyPlan.kind == cleaned_kind, EmergencyPlan.retired_at.is_(None)
            )
        ):
            older.retired_at = when
        row = EmergencyPlan(
            kind=cleaned_kind, title=cleaned_title, file_name=source.name, sha256=sha256,
            size=len(content), added_at=when, added_by=actor.name,
        )  # fmt: skip
        session.add(row)
        session.flush()
        audit.append_in_session(
            session, actor, "create", target_kind="emergency_plan", target_id=row.id,
            detail=f"{cleaned_kind}：{cleaned_title}",
        )  # fmt: skip
        return _plan_record(row)


@checked
def list_emergency_plans(db: Database, actor: Actor) -> list[EmergencyPlanRecord]:
    """The current plan of each kind of incident."""
    with db.read() as session:
        rows = session.scalars(
            select(EmergencyPlan)
            .where(EmergencyPlan.retired_at.is_(None))
            .order_by(EmergencyPlan.kind)
        )
        return [_plan_record(row) for row in rows]


@checked
def open_emergency_plan(db: Database, actor: Actor, kind: str) -> Path:
    """A private temporary copy of the current plan for ``kind``, for the system viewer (it is
    removed when the program closes, as opened case attachments are)."""
    from ..config import make_private_file
    from .case_attachments import private_temp_folder

    with db.read() as session:
        row = session.scalars(
            select(EmergencyPlan).where(
                EmergencyPlan.kind == kind, EmergencyPlan.retired_at.is_(None)
            )
        ).first()
        if row is None:
            raise ValidationError(
                [FieldError("kind", "“{kind}”还没有应急预案", {"kind": kind or "（未填）"})]
            )
        content = bytes(session.get(AttachmentContent, row.sha256).content)
        folder = private_temp_folder() / f"plan-{row.id}"
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / Path(row.file_name).name
    try:
        target.write_bytes(content)
    except OSError as exc:
        raise StorageError(str(exc), f"无法写出应急预案：{exc.strerror or exc}") from exc
    make_private_file(target)
    return target
