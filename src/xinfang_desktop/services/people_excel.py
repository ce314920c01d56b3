"""Excel in and out for the unit's people (教职工名册) and the 包组摸排 groups.

Import reads the visible sheet (.xlsx or .xls) by its Chinese headers (any column order),
within the shared reader's limits, checks every row first and then saves all of them in one
transaction, or none: a file with one bad row changes nothing and the message names each
bad row. The window shows the check's figures and asks before it saves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import Person
from ..domain.errors import FieldError, ValidationError
from ..domain.import_columns import cell_text
from ..domain.people import PersonDraft, validate_person
from ..domain.screening import GROUP_KIND_LABELS, GroupDraft
from ..reports.workbook import Column, WorkbookWriter
from ..reports.workbook_reader import read_sheet
from . import audit, screening
from .context import Actor
from .people import list_people
from .permissions import checked
from .settings import get_unit_settings

PEOPLE_HEADERS = ("姓名", "职务", "部门", "联系电话", "校级领导", "备注", "离岗日期")
GROUP_HEADERS = ("组名", "类别")
_KIND_BY_LABEL = {label: kind for kind, label in GROUP_KIND_LABELS.items()}
_YES = {"是", "Y", "y", "1", "TRUE", "True", "true", "√"}
MAX_ROWS = 5000


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    dry_run: bool


# Column widths of the two exports; the header stays in row 1 so the file imports again.
_PEOPLE_COLUMNS = (
    Column("姓名", width=12),
    Column("职务", width=14),
    Column("部门", width=14),
    Column("联系电话", width=16),
    Column("校级领导", width=10, centred=True),
    Column("备注", width=24, wrap=True),
    Column("离岗日期", "date", width=16),
)
_GROUP_COLUMNS = (Column("组名", width=20), Column("类别", width=12))


def _write(db: Database, path: Path, title: str, columns, rows) -> None:
    book = WorkbookWriter(get_unit_settings(db).unit_name)
    sheet = book.add_sheet(title, columns)
    for row in rows:
        sheet.append(row)
    book.save(path)


@checked
def export_people(db: Database, actor: Actor, path: Path, *, include_left: bool = True) -> int:
    """The unit's people with their phones to .xlsx, in roster order; the export goes into
    the audit log."""
    people = list_people(db, include_left=include_left)
    _write(
        db,
        path,
        "教职工",
        _PEOPLE_COLUMNS,
        (
            [
                p.name,
                p.post,
                p.office,
                p.phone,
                "是" if p.is_leader else "",
                p.remarks,
                p.left_on,
            ]
            for p in people
        ),
    )
    audit.append(db, actor, "export", target_kind="people", detail=f"教职工 {len(people)} 人")
    return len(people)


@checked
def export_groups(db: Database, actor: Actor, path: Path) -> int:
    """The 包组摸排 groups to .xlsx, in their natural order (一…六年级组); audited."""
    groups = screening.list_groups(db)
    _write(db, path, "包组摸排组别", _GROUP_COLUMNS, ([g.name, g.kind_label] for g in groups))
    audit.append(db, actor, "export", target_kind="groups", detail=f"包组摸排组别 {len(groups)} 个")
    return len(groups)


def _read(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of the visible sheet (.xlsx or .xls) as (Excel row, {header: text}), read through
    the shared bounded reader; the header is the first row with any text."""
    sheet = read_sheet(path, max_rows=MAX_ROWS, header_min_filled=1)
    headers = sheet.headers
    missing = [h for h in required if h not in headers]
    if missing:
        raise ValidationError(
            [FieldError("file", "表头缺少列：{cols}", {"cols": "、".join(missing)})]
        )
    found: list[tuple[int, dict[str, str]]] = []
    for number, values in sheet.rows:
        texts = [cell_text(v) for v in values]
        found.append((number, dict(zip(headers, texts, strict=False))))
    return found


def _row_error(row: int, error: FieldError) -> FieldError:
    return FieldError(error.field, "第 {row} 行：" + error.template, {**error.params, "row": row})


@checked
def import_people(db: Database, actor: Actor, path: Path, *, dry_run: bool = False) -> ImportResult:
    """Add people not there yet; update post, phone, leader mark and remarks of people who
    are (same name and office, still in post). Rows are checked like the form checks them."""
    rows = _read(path, ("姓名",))
    drafts: list[tuple[int, PersonDraft]] = []
    errors: list[FieldError] = []
    seen: dict[tuple[str, str], int] = {}
    for number, row in rows:
        draft = PersonDraft(
            name=row.get("姓名", ""),
            post=row.get("职务", ""),
            office=row.get("部门", ""),
            phone=row.get("联系电话", ""),
            is_leader=row.get("校级领导", "") in _YES,
            remarks=row.get("备注", ""),
        )
        try:
            cleaned = validate_person(draft)
        except ValidationError as error:
            errors.extend(_row_error(number, e) for e in error.errors)
            continue
        key = (cleaned.name, cleaned.office)
        if key in seen:
            errors.append(
                _row_error(
                    number,
                    FieldError("name", "与第 {first} 行重复（同名同部门）", {"first": seen[key]}),
                )
            )
            continue
        seen[key] = number
        drafts.append((number, cleaned))
    if errors:
        raise ValidationError(errors)
    stamp = datetime.now().replace(microsecond=0)
    if dry_run:
        with db.read() as session:
            added, updated = _apply_people(session, drafts, stamp, save=False)
    else:
        with db.write() as session:
            added, updated = _apply_people(session, drafts, stamp, save=True)
    return ImportResult(added, updated, dry_run)


def _apply_people(session, drafts, stamp, *, save: bool) -> tuple[int, int]:
    added = updated = 0
    existing = {
        (p.name, p.office): p
        for p in session.scalars(select(Person).where(Person.left_on.is_(None)))
    }
    for _, draft in drafts:
        person = existing.get((draft.name, draft.office))
        if person is None:
            added += 1
            if save:
                session.add(
                    Person(
                        name=draft.name,
                        post=draft.post,
                        office=draft.office,
                        phone=draft.phone,
                        is_leader=draft.is_leader,
                        remarks=draft.remarks,
                        created_at=stamp,
                        updated_at=stamp,
                    )
                )
            continue
        # A blank cell keeps what is stored: a list of names alone does not wipe phones.
        changes = {
            "post": draft.post or person.post,
            "phone": draft.phone or person.phone,
            "is_leader": draft.is_leader or person.is_leader,
            "remarks": draft.remarks or person.remarks,
        }
        if any(getattr(person, k) != v for k, v in changes.items()):
            updated += 1
            if save:
                for key, value in changes.items():
                    setattr(person, key, value)
                person.updated_at = stamp
    return added, updated


@checked
def import_groups(db: Database, actor: Actor, path: Path, *, dry_run: bool = False) -> ImportResult:
    rows = _read(path, GROUP_HEADERS)
    drafts: list[GroupDraft] = []
    errors: list[FieldError] = []
    for number, row in rows:
        kind = _KIND_BY_LABEL.get(row.get("类别", ""))
        if kind is None:
            errors.append(
                _row_error(
                    number,
                    FieldError("kind", "类别应为{kinds}之一", {"kinds": "、".join(_KIND_BY_LABEL)}),
                )
            )
            continue
        drafts.append(GroupDraft(row.get("组名", ""), kind))
    if errors:
        raise ValidationError(errors)
    if dry_run:
        existing = {g.name for g in screening.list_groups(db, include_retired=True)}
        new = sum(1 for d in drafts if d.name.strip() not in existing)
        return ImportResult(new, len(drafts) - new, True)
    added, updated = screening.import_groups(db, actor, drafts)
    return ImportResult(added, updated, False)
