"""Import an old 来访登记表 (.xlsx or .xls): map columns, dry run, all-or-nothing commit.

As with the case ledger, every row is checked and prepared before the write lock is taken,
and the commit is one short transaction of bulk inserts: the gate keeps registering while a
large register comes in, and a failed or cancelled import leaves nothing behind. What the
check shows afterwards is masked for roles without VIEW_PERSONAL_NUMBERS.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, literal, select

from ..db.engine import Database
from ..db.models import Visit, VisitChange
from ..domain.auth import Permission
from ..domain.errors import FieldError, ValidationError
from ..domain.identity import mask_id_number, mask_phone
from ..domain.import_columns import RowProblem
from ..domain.visit_import import describe_columns, plan_rows, resolve_mapping
from ..domain.visits import VisitDraft
from ..reports.workbook_reader import Cancelled, ImportCancelled, Progress, read_sheet
from . import audit
from .context import Actor
from .import_staging import STAGE_BATCH, staged
from .permissions import checked
from .visits import _apply

MAX_VISIT_IMPORT_ROWS = 50_000

__all__ = [
    "ImportCancelled",
    "VisitImportPlan",
    "commit_visit_import",
    "plan_visit_import",
    "plan_visit_import_file",
    "preview_rows",
    "read_visit_import_file",
]


@dataclass(frozen=True)
class VisitImportPlan:
    mapping: dict[int, str]
    headers: tuple[str, ...]
    drafts: tuple[tuple[int, VisitDraft], ...]
    problems: tuple[RowProblem, ...]
    sheet_name: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def columns(self) -> list[tuple[str, str]]:
        return describe_columns(self.headers, self.mapping)


def _require(actor: Actor) -> None:
    # Years of other people's visits: only a role that may see the whole register imports it.
    actor.require(Permission.REGISTER_VISITS)
    actor.require(Permission.SEARCH_ALL_VISITS)


def _checker(cancelled: Cancelled | None):
    if cancelled is None:
        return None

    def check() -> None:
        if cancelled():
            raise ImportCancelled()

    return check


@checked
def read_visit_import_file(
    actor: Actor,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
):
    """The visible sheet's header and rows (the window shows the header to map)."""
    _require(actor)
    return read_sheet(path, max_rows=MAX_VISIT_IMPORT_ROWS, progress=progress, cancelled=cancelled)


@checked
def plan_visit_import(
    actor: Actor,
    headers: Sequence[str],
    rows: Sequence[tuple[int, Sequence[object]]],
    overrides: Mapping[str, str] | None = None,
    *,
    now: datetime | None = None,
    cancelled: Cancelled | None = None,
    sheet_name: str = "",
) -> VisitImportPlan:
    """The dry run over rows already read: every row checked; nothing is written."""
    _require(actor)
    mapping = resolve_mapping(headers, overrides)
    drafts, problems = plan_rows(
        rows,
        mapping,
        (now or datetime.now()).replace(microsecond=0),
        check_cancelled=_checker(cancelled),
    )
    return VisitImportPlan(mapping, tuple(headers), tuple(drafts), tuple(problems), sheet_name)


@checked
def plan_visit_import_file(
    actor: Actor,
    path: str | Path,
    overrides: Mapping[str, str] | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> VisitImportPlan:
    """The dry run: read the visible sheet, check every row; nothing is written."""
    sheet = read_visit_import_file(actor, path, progress=progress, cancelled=cancelled)
    return plan_visit_import(
        actor,
        sheet.headers,
        sheet.rows,
        overrides,
        now=now,
        cancelled=cancelled,
        sheet_name=sheet.sheet_name,
    )


@checked
def preview_rows(actor: Actor, plan: VisitImportPlan, limit: int = 20) -> list[tuple[str, ...]]:
    """The first rows as they will be saved, numbers masked unless the role may see them."""
    _require(actor)
    full = actor.can(Permission.VIEW_PERSONAL_NUMBERS)
    return [
        (
            f"{draft.arrived_at:%Y-%m-%d %H:%M}",
            draft.name,
            draft.phone if full else mask_phone(draft.phone),
            draft.id_number if full else mask_id_number(draft.id_number),
            str(draft.people_count),
            draft.reason,
        )
        for _row, draft in plan.drafts[:limit]
    ]


@checked
def commit_visit_import(
    db: Database,
    actor: Actor,
    plan: VisitImportPlan,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Save every planned visit, all or none; refused while any row is bad."""
    _require(actor)
    if not plan.ok:
        raise ValidationError(
            [FieldError("file", "还有 {n} 处问题，全部改正后才能导入", {"n": len(plan.problems)})]
        )
    when = (now or datetime.now()).replace(microsecond=0)
    check = _checker(cancelled)
    columns = [c for c in Visit.__table__.columns if c.key != "id"]
    rows: list[dict] = []
    ordered = sorted(plan.drafts, key=lambda item: (item[1].arrived_at, item[0]))
    for position, (_row, draft) in enumerate(ordered):
        if check is not None and position % 256 == 0:
            check()
            if progress:
                progress(0.9 * position / max(1, len(ordered)))
        visit = Visit(created_at=when, created_by=actor.name, updated_at=when, version=1)
        _apply(visit, draft)
        row = {}
        for column in columns:
            value = getattr(visit, column.key)
            if value is None and column.default is not None and column.default.is_scalar:
                value = column.default.arg
            row[column.key] = value
        row["created_at"] = row["updated_at"] = when
        rows.append(row)
    if check is not None:
        check()
    if rows and db.is_sqlite:
        _commit_staged(db, rows, actor, when, progress, check)
    elif rows:
        with db.write() as session:
            ids = session.scalars(
                insert(Visit).returning(Visit.id, sort_by_parameter_order=True), rows
            ).all()
            session.execute(insert(VisitChange), [_imported(i, actor, when) for i in ids])
    if progress:
        progress(1.0)
    audit.append(
        db, actor, "import", target_kind="visits", detail=f"导入来访登记 {len(rows)} 条", now=when
    )
    return len(rows)


def _imported(visit_id: int, actor: Actor, when: datetime) -> dict:
    return {
        "visit_id": visit_id,
        "changed_at": when,
        "changed_by": actor.name,
        "action": "import",
        "field": "",
        "old_value": "",
        "new_value": "",
    }


def _commit_staged(db, rows: list[dict], actor: Actor, when, progress, check) -> None:
    """SQLite: staged a batch at a time, made real by one short INSERT … SELECT (the search
    index triggers run there too), so the gate never waits for the whole register."""
    with staged(db, Visit.__table__) as (stage,):
        for start in range(0, len(rows), STAGE_BATCH):
            if check is not None:
                check()
            chunk = rows[start : start + STAGE_BATCH]
            with db.write() as session:
                session.execute(
                    insert(stage),
                    [{**row, "id": start + offset + 1} for offset, row in enumerate(chunk)],
                )
            if progress:
                progress(0.9 + 0.09 * (start + len(chunk)) / len(rows))
        if check is not None:
            check()
        with db.write() as session:
            base = int(session.scalar(select(func.coalesce(func.max(Visit.id), 0))))
            names = [c.name for c in Visit.__table__.columns]
            session.execute(
                insert(Visit.__table__).from_select(
                    names,
                    select(
                        *[stage.c[n] + base if n == "id" else stage.c[n] for n in names]
                    ).order_by(stage.c.id),
                )
            )
            session.execute(
                insert(VisitChange.__table__).from_select(
                    [
                        "visit_id",
                        "changed_at",
                        "changed_by",
                        "action",
                        "field",
                        "old_value",
                        "new_value",
                    ],
                    select(
                        stage.c.id + base,
                        literal(when),
                        literal(actor.name),
                        literal("import"),
                        literal(""),
                        literal(""),
                        literal(""),
                    ),
                )
            )
