"""Import an existing Excel ledger of cases: map columns, dry run, all-or-nothing commit.

Reading and checking run without the database (and off the GUI thread in the window). The
commit prepares every row first — the case record, its 导入 step and its clock — without
the write lock.

On SQLite, where one writer locks the whole file, the prepared rows are then staged in
private tables a few thousand at a time, each batch a short transaction, and made real by
one final transaction of three INSERT … SELECT statements: a 40,000-row ledger never keeps
the gate's registrations waiting for more than about a second, and a failed or cancelled
import drops its staging tables and leaves the ledger as it was. On PostgreSQL writers of
other tables do not wait for each other, so the rows go in by one transaction of bulk inserts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Table, bindparam, case, func, insert, select, text, update

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
from .import_staging import STAGE_BATCH, staged
from .permissions import checked
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


@checked
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


# The first cell of the rows that close our own 台账 export (b1's writer).
LEDGER_END_MARKS = ("合计", "小计", "本页小计")


@checked
def read_import_file(
    actor: Actor,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
):
    """The visible sheet's header and rows (the window shows the header to map); a ledger
    exported by this program ends at its 合计 / 小计 row or its 填报单位 signature line."""
    actor.require(Permission.MANAGE_CASES)
    sheet = read_sheet(path, max_rows=MAX_IMPORT_ROWS, progress=progress, cancelled=cancelled)
    for index, (_number, cells) in enumerate(sheet.rows):
        filled = [str(v).strip() for v in cells if v not in (None, "")]
        if filled and (filled[0] in LEDGER_END_MARKS or filled[0].startswith("填报单位")):
            return replace(sheet, rows=sheet.rows[:index])
    return sheet


@checked
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


@checked
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
    if not plan.ok:
        raise ValidationError(
            [FieldError("file", "还有 {n} 处问题，全部改正后才能导入", {"n": len(plan.problems)})]
        )
    when = (now or datetime.now()).replace(microsecond=0)
    check = _check_cancelled(cancelled)
    prepared = _prepare(db, actor, plan, when, progress, check)
    if check is not None:
        check()
    number_format = get_case_settings(db).number_format
    if db.is_sqlite:
        _commit_staged(db, prepared, number_format, progress, check)
    else:
        with db.write() as session:
            _insert(session, prepared, number_format)
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
        record = Case(created_at=when, created_by=actor.name, updated_at=when, version=1)
        _apply_draft(record, draft)
        _store_clock(record, clock)
        record.repeat_marked = imported.repeat
        row = {}
        for column in columns:
            value = getattr(record, column.key)
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


class _NumbersTaken(Exception):
    """Someone registered a case in one of the ledger's years while it was being staged."""

    def __init__(self, next_seq: dict[int, int]):
        super().__init__()
        self.next_seq = next_seq


def _next_seq(session, years: list[int]) -> dict[int, int]:
    return {
        year: int(seq or 0)
        for year, seq in session.execute(
            select(Case.year, func.max(Case.seq)).where(Case.year.in_(years)).group_by(Case.year)
        ).all()
    }


def _numbers(prepared: list[_Prepared], next_seq: dict[int, int], number_format: str) -> None:
    taken = dict(next_seq)
    for item in prepared:
        year = item.case_row["received_on"].year
        seq = taken.get(year, 0) + 1
        taken[year] = seq
        item.case_row.update(
            year=year, seq=seq, number=format_case_number(number_format, year, seq)
        )


def _commit_staged(db, prepared: list[_Prepared], number_format: str, progress, check) -> None:
    if not prepared:
        return
    years = sorted({p.case_row["received_on"].year for p in prepared})
    # A case's staged ``repeat_of_id`` below zero points at another staged position.
    with staged(db, Case.__table__, CasePetitioner.__table__, CaseEvent.__table__) as tables:
        stage_cases, stage_petitioners, stage_events = tables
        with db.read() as session:
            assumed = _next_seq(session, years)
            links = _stage_links(session, prepared)
        _numbers(prepared, assumed, number_format)
        for start in range(0, len(prepared), STAGE_BATCH):
            if check is not None:
                check()
            chunk = list(enumerate(prepared[start : start + STAGE_BATCH], start=start + 1))
            with db.write() as session:
                session.execute(
                    insert(stage_cases),
                    [
                        {**item.case_row, "id": position, "repeat_of_id": links.get(position)}
                        for position, item in chunk
                    ],
                )
                session.execute(
                    insert(stage_petitioners),
                    [
                        {**person, "id": None, "case_id": position}
                        for position, item in chunk
                        for person in item.petitioners
                    ],
                )
                session.execute(
                    insert(stage_events),
                    [
                        {**item.event, "id": position, "case_id": position}
                        for position, item in chunk
                    ],
                )
            if progress:
                progress(0.9 + 0.09 * (start + len(chunk)) / len(prepared))
        if check is not None:
            check()
        for _attempt in range(5):
            try:
                with db.write() as session:
                    _publish(session, years, assumed, stage_cases, stage_petitioners, stage_events)
                return
            except _NumbersTaken as taken:
                assumed = taken.next_seq
                _numbers(prepared, assumed, number_format)
                _renumber(db, stage_cases, prepared)
        raise ValidationError(
            [FieldError("file", "导入期间不断有新登记的信访事项，编号无法排定，请稍后再导入")]
        )


def _stage_links(session, prepared: list[_Prepared]) -> dict[int, int]:
    """Staged position → the earlier case: an existing case's id, or minus the position of
    an earlier row of this ledger."""
    by_original = {
        item.imported.original_number: position
        for position, item in enumerate(prepared, start=1)
        if item.imported.original_number
    }
    existing = _existing_numbers(session, prepared, set(by_original))
    links: dict[int, int] = {}
    for position, item in enumerate(prepared, start=1):
        number = item.imported.repeat_of_number
        if not number:
            continue
        if number in by_original and by_original[number] != position:
            links[position] = -by_original[number]
        elif number in existing:
            links[position] = existing[number]
    return links


def _existing_numbers(session, prepared: list[_Prepared], local: set[str]) -> dict[str, int]:
    wanted = sorted(
        {p.imported.repeat_of_number for p in prepared if p.imported.repeat_of_number} - local
    )
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        for case_id, number in session.execute(
            select(Case.id, Case.number).where(Case.number.in_(wanted[start : start + 500]))
        ):
            found[number] = case_id
    return found


def _renumber(db, stage_cases: Table, prepared: list[_Prepared]) -> None:
    for start in range(0, len(prepared), STAGE_BATCH):
        with db.write() as session:
            session.execute(
                update(stage_cases)
                .where(stage_cases.c.id == bindparam("position"))
                .values(seq=bindparam("new_seq"), number=bindparam("new_number")),
                [
                    {
                        "position": position,
                        "new_seq": item.case_row["seq"],
                        "new_number": item.case_row["number"],
                    }
                    for position, item in enumerate(
                        prepared[start : start + STAGE_BATCH], start=start + 1
                    )
                ],
            )


def _publish(session, years, assumed, stage_cases, stage_petitioners, stage_events) -> None:
    """The one short transaction that makes every staged case real, or none."""
    current = _next_seq(session, years)
    if current != assumed:
        raise _NumbersTaken(current)
    base = int(session.scalar(select(func.coalesce(func.max(Case.id), 0))))
    case_columns = [c.name for c in Case.__table__.columns]
    chosen = []
    for name in case_columns:
        column = stage_cases.c[name]
        if name == "id":
            chosen.append(column + base)
        elif name == "repeat_of_id":
            # An earlier row of this ledger (minus its position) or an existing case.
            chosen.append(case((column < 0, base - column), else_=column))
        elif name == "repeat_marked":
            # A linked repeat counts by its link; the bare mark is for one not here.
            chosen.append(case((stage_cases.c.repeat_of_id.is_not(None), False), else_=column))
        else:
            chosen.append(column)
    session.execute(
        insert(Case.__table__).from_select(case_columns, select(*chosen).order_by(stage_cases.c.id))
    )
    for target, copy in (
        (CasePetitioner.__table__, stage_petitioners),
        (CaseEvent.__table__, stage_events),
    ):
        names = [c.name for c in target.columns if c.name != "id"]
        session.execute(
            insert(target).from_select(
                names,
                select(*[copy.c[n] + base if n == "case_id" else copy.c[n] for n in names]),
            )
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
