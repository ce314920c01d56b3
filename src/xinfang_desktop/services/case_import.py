"""Import an existing Excel ledger of cases: map columns, dry run, all-or-nothing commit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..db.engine import Database
from ..domain.case_import import RowProblem, resolve_mapping, row_to_draft
from ..domain.cases import CaseDraft
from ..domain.errors import FieldError, ValidationError
from .case_settings import get_case_settings, get_deadline_rules
from .cases import register_in_session
from .context import Actor
from .permissions import checked
from .workdays import get_calendar_overrides

MAX_IMPORT_ROWS = 50_000


@dataclass(frozen=True)
class ImportPlan:
    mapping: dict[int, str]
    headers: tuple[str, ...]
    drafts: tuple[tuple[int, CaseDraft], ...]
    problems: tuple[RowProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def plan_import(
    headers: Sequence[str],
    rows: Sequence[tuple[int, Sequence[object]]],
    overrides: Mapping[str, str] | None = None,
    *,
    today: date | None = None,
) -> ImportPlan:
    """The dry run: every row checked, every problem listed; nothing is written."""
    mapping = resolve_mapping(headers, overrides)
    if len(rows) > MAX_IMPORT_ROWS:
        raise ValidationError(
            [FieldError("file", "一次最多导入 {max} 行", {"max": MAX_IMPORT_ROWS})]
        )
    today = today or date.today()
    drafts: list[tuple[int, CaseDraft]] = []
    problems: list[RowProblem] = []
    for number, cells in rows:
        values = {field: cells[i] if i < len(cells) else None for i, field in mapping.items()}
        draft, row_problems = row_to_draft(values, number, today)
        problems.extend(row_problems)
        if draft is not None:
            drafts.append((number, draft))
    return ImportPlan(mapping, tuple(headers), tuple(drafts), tuple(problems))


def read_import_file(path: str | Path) -> tuple[list[str], list[tuple[int, list[object]]]]:
    """The header and the rows of the ledger to import (the window shows the header to map)."""
    from ..reports.case_ledger import read_xlsx_rows

    try:
        headers, rows = read_xlsx_rows(path)
    except (OSError, ValueError, KeyError) as exc:
        raise ValidationError(
            [FieldError("file", "无法读取 Excel 文件：{error}", {"error": str(exc)})]
        ) from exc
    if not headers:
        raise ValidationError([FieldError("file", "表格是空的，找不到表头")])
    return headers, rows


def plan_import_file(
    path: str | Path, overrides: Mapping[str, str] | None = None, *, today: date | None = None
) -> ImportPlan:
    headers, rows = read_import_file(path)
    return plan_import(headers, rows, overrides, today=today)


@checked
def commit_import(
    db: Database, actor: Actor, plan: ImportPlan, *, now: datetime | None = None
) -> int:
    """Register every planned case in one transaction; refused while any row is bad."""
    if not plan.ok:
        raise ValidationError(
            [FieldError("file", "还有 {n} 处问题，全部改正后才能导入", {"n": len(plan.problems)})]
        )
    when = (now or datetime.now()).replace(microsecond=0)
    rules, overrides = get_deadline_rules(db), get_calendar_overrides(db)
    number_format = get_case_settings(db).number_format
    ordered = sorted(plan.drafts, key=lambda item: (item[1].received_on, item[0]))
    with db.write() as session:
        for _row, draft in ordered:
            register_in_session(session, actor, draft, when, rules, overrides, number_format)
    return len(ordered)
