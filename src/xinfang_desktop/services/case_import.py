"""Import an existing Excel ledger of cases: map columns, dry run, all-or-nothing commit.

Reading and checking run without the database (and off the GUI thread in the window). The
commit prepares every row first — the case record, its 导入 step and its clock — and only
then takes the write lock for one short transaction of bulk inserts, so a 40,000-row ledger
keeps the gate's registrations waiting for about a second, not minutes, and a failed or
cancelled import leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import bindparam, func, insert, select, text, update

from ..db.engine import Database
from ..db.models import Case, CaseEvent, CasePetitioner
from ..domain.auth import Permission
from ..domain.case_flow import CaseEvent as FlowEvent
from ..domain.case_flow import Step, replay
from ..domain.case_import import (
    ImportedCase,
    RowProblem,
    describe_columns,
    plan_rows,
    resolve_mapping,
)
from ..domain.cases import Channel, format_case_number
from ..domain.errors import FieldError, ValidationError
from ..reports.workbook_reader import Cancelled, ImportCancelled, Progress, read_sheet
from . import audit
from .case_settings import get_case_settings, get_deadline_rules
from .cases import _apply_draft, _store_clock
from .context import Actor
from .workdays import get_calendar_overrides

MAX_IMPORT_ROWS = 50_000
_NUMBER_LOCK = 3_0040_0001  # the same advisory lock key registration takes for case numbers

__all__ = [
    "ImportCancelled",
    "ImportPlan",
    "commit_import",
    "plan_import",
    "plan_import_file",
    "read_import_file",
]


@dataclass(frozen=True)
class ImportPlan:
    mapping: dict[int, str]
    headers: tuple[str, ...]
    cases: tuple[ImportedCase, ...]
    problems: tuple[RowProblem, ...]
    sheet_name: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def drafts(self):
        return tuple((c.row, c.draft) for c in self.cases)

    def columns(self) -> list[tuple[str, str]]:
        """Each column with what it was taken as; unused columns say 不导入."""
        return describe_columns(self.headers, self.mapping)

    def summary(self) -> dict[str, int]:
        """What the import will make: figures the user can hold against the ledger's own."""
        closed = sum(1 for c in self.cases if c.state.name in ("CLOSED", "ARCHIVED"))
        return {
            "cases": len(self.cases),
            "closed": closed,
            "closed_date_unknown": sum(1 for c in self.cases if c.closed_date_unknown),
            "repeats": sum(1 for c in self.cases if c.repeat),
        }


def _check_cancelled(cancelled: Cancelled | None) -> Callable[[], None] | None:
    if cancelled is None:
        return None

    def check() -> None:
        if cancelled():
            raise ImportCancelled()

    return check


def plan_import(
    actor: Actor,
    headers: Sequence[str],
    rows: Sequence[tuple[int, Sequence[object]]],
    overrides: Mapping[str, str] | None = None,
    *,
    today: date | None = None,
    cancelled: Cancelled | None = None,
    sheet_name: str = "",
) -> ImportPlan:
    """The dry run: every row checked, every problem listed; nothing is written."""
    actor.require(Permission.MANAGE_CASES)
    mapping = resolve_mapping(headers, overrides)
    if len(rows) > MAX_IMPORT_ROWS:
        raise ValidationError(
            [FieldError("file", "一次最多导入 {max} 行", {"max": MAX_IMPORT_ROWS})]
        )
    cases, problems = plan_rows(
        headers,
        rows,
        mapping,
        today or date.today(),
        check_cancelled=_check_cancelled(cancelled),
    )
    return ImportPlan(mapping, tuple(headers), tuple(cases), tuple(problems), sheet_name)


def read_import_file(
    actor: Actor,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
):
    """The visible sheet's header and rows (the window shows the header to map)."""
    actor.require(Permission.MANAGE_CASES)
    return read_sheet(path, max_rows=MAX_IMPORT_ROWS, progress=progress, cancelled=cancelled)


def plan_import_file(
    actor: Actor,
    path: str | Path,
    overrides: Mapping[str, str] | None = None,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    sheet = read_import_file(actor, path, progress=progress, cancelled=cancelled)
    return plan_import(
        actor,
        sheet.headers,
        sheet.rows,
        overrides,
        today=today,
        cancelled=cancelled,
        sheet_name=sheet.sheet_name,
    )


def commit_import(
    db: Database,
    actor: Actor,
    plan: ImportPlan,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Register every planned case with its history, all or none; refused while any row is
    bad. A cancel before the write leaves the database as it was."""
    actor.require(Permission.MANAGE_CASES)
    if not plan.ok:
        raise ValidationError(
            [FieldError("file", "还有 {n} 处问题，全部改正后才能导入", {"n": len(plan.problems)})]
        )
    when = (now or datetime.now()).replace(microsecond=0)
    check = _check_cancelled(cancelled)
    prepared = _prepare(db, actor, plan, when, progress, check)
    if check is not None:
        check()
    with db.write() as session:
        _insert(session, prepared, get_case_settings(db).number_format)
    if progress:
        progress(1.0)
    audit.append(
        db,
        actor,
        "import",
        target_kind="cases",
        detail=f"导入信访台账 {len(prepared)} 件",
        now=when,
    )
    return len(prepared)


@dataclass
class _Prepared:
    imported: ImportedCase
    case_row: dict
    petitioners: list[dict]
    event: dict


def _prepare(db, actor, plan, when, progress, check) -> list[_Prepared]:
    """Everything the insert needs, computed before the write lock is taken."""
    rules, overrides = get_deadline_rules(db), get_calendar_overrides(db)
    ordered = sorted(plan.cases, key=lambda c: (c.draft.received_on, c.row))
    columns = [c for c in Case.__table__.columns if c.key != "id"]
    prepared: list[_Prepared] = []
    for position, imported in enumerate(ordered):
        if check is not None and position % 256 == 0:
            check()
        if progress and position % 256 == 0:
            progress(0.9 * position / max(1, len(ordered)))
        draft = imported.draft
        details = imported.import_details()
        clock = replay(
            draft.received_on,
            [FlowEvent(Step.IMPORT, draft.received_on, details)],
            rules,
            overrides,
            referred_from_above=draft.channel == Channel.REFERRAL.value,
        )
        case = Case(created_at=when, created_by=actor.name, updated_at=when, version=1)
        _apply_draft(case, draft)
        _store_clock(case, clock)
        case.repeat_marked = imported.repeat
        row = {}
        for column in columns:
            value = getattr(case, column.key)
            if value is None and column.default is not None and column.default.is_scalar:
                value = column.default.arg
            row[column.key] = value
        prepared.append(
            _Prepared(
                imported,
                row,
                [
                    {
                        "position": i,
                        "name": p.name,
                        "phone": p.phone,
                        "id_number": p.id_number,
                        "address": p.address,
                        "is_representative": p.is_representative,
                    }
                    for i, p in enumerate(draft.petitioners)
                ],
                {
                    "step": Step.IMPORT.name,
                    "occurred_on": draft.received_on,
                    "details": details,
                    "recorded_at": when,
                    "recorded_by": actor.name,
                },
            )
        )
    return prepared


def _insert(session, prepared: list[_Prepared], number_format: str) -> None:
    """One short write: numbers, bulk inserts, and the repeat links."""
    if not prepared:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _NUMBER_LOCK})
    years = sorted({p.case_row["received_on"].year for p in prepared})
    next_seq = dict(
        session.execute(
            select(Case.year, func.max(Case.seq)).where(Case.year.in_(years)).group_by(Case.year)
        ).all()
    )
    for item in prepared:
        year = item.case_row["received_on"].year
        seq = next_seq.get(year, 0) + 1
        next_seq[year] = seq
        item.case_row.update(
            year=year, seq=seq, number=format_case_number(number_format, year, seq)
        )
    ids = session.scalars(
        insert(Case).returning(Case.id, sort_by_parameter_order=True),
        [item.case_row for item in prepared],
    ).all()
    session.execute(
        insert(CasePetitioner),
        [
            {**person, "case_id": case_id}
            for case_id, item in zip(ids, prepared, strict=True)
            for person in item.petitioners
        ],
    )
    session.execute(
        insert(CaseEvent),
        [{**item.event, "case_id": case_id} for case_id, item in zip(ids, prepared, strict=True)],
    )
    links = _repeat_links(session, prepared, ids)
    if links:
        # A linked repeat counts by its link; the bare mark is for an earlier case not here.
        session.execute(
            update(Case.__table__)
            .where(Case.__table__.c.id == bindparam("case_id"))
            .values(repeat_of_id=bindparam("earlier"), repeat_marked=False),
            links,
        )


def _repeat_links(session, prepared: list[_Prepared], ids: list[int]) -> list[dict]:
    """重信重访 written as the earlier case's number: linked when that case exists — a case
    of this ledger by its 原编号, or a case already in the program by its number."""
    by_original = {
        item.imported.original_number: case_id
        for case_id, item in zip(ids, prepared, strict=True)
        if item.imported.original_number
    }
    wanted = {item.imported.repeat_of_number for item in prepared if item.imported.repeat_of_number}
    known: dict[str, int] = {}
    names = sorted(wanted - set(by_original))
    for start in range(0, len(names), 500):
        for case_id, number in session.execute(
            select(Case.id, Case.number).where(Case.number.in_(names[start : start + 500]))
        ):
            known[number] = case_id
    links = []
    for case_id, item in zip(ids, prepared, strict=True):
        number = item.imported.repeat_of_number
        earlier = by_original.get(number) or known.get(number)
        if earlier is not None and earlier != case_id:
            links.append({"case_id": case_id, "earlier": earlier})
    return links
