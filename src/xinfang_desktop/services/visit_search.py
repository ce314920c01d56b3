"""Searching years of visits fast enough for the gate: keyset pages of ids, newest first.

Two plans, chosen per query by a cheap probe of the index:
- few matches: take them all from an index (FTS5 trigram for 3+ characters, the per-character
  FTS5 index for two-character words, or the prefix B-trees) and sort;
- many matches: walk the arrival-time index newest first and keep matching rows until the page
  is full, which stops early exactly because matches are dense.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import ColumnElement, Connection, and_, literal_column, or_, select, text, tuple_

from ..db.engine import Database
from ..db.tables import visits
from ..domain.auth import Permission, PermissionDeniedError
from ..domain.dates import day_bounds
from ..domain.errors import FieldError, ValidationError
from ..domain.search import QueryKind, VisitQuery, is_short_substring, uses_character_index
from ..domain.text import check_text
from .context import Actor
from .permissions import checked

# Dates a search may name: wide enough for any register, narrow enough that a day after the
# last one still exists (9999-12-31 has none).
EARLIEST_SEARCH_DATE = date(1900, 1, 1)
LATEST_SEARCH_DATE = date(2099, 12, 31)

# Above this many index matches, scanning by arrival time finds a page sooner than sorting.
SPARSE_LIMIT = 3000
PAGE_SIZE = 200


@dataclass(frozen=True)
class SearchCursor:
    arrived_at: datetime
    id: int


@dataclass(frozen=True)
class IdPage:
    ids: list[int]
    next_cursor: SearchCursor | None  # None: this was the last page


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(column, value: str) -> ColumnElement[bool]:
    return and_(column >= value, column < value + "\U0010ffff")


def _fts_phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _text_condition(query: VisitQuery) -> ColumnElement[bool] | None:
    """The condition checked row by row (the dense plan, and PostgreSQL with pg_trgm)."""
    needle = query.normalized
    kind = query.kind
    if kind is QueryKind.EMPTY:
        return None
    if kind is QueryKind.PREFIX and not is_short_substring(needle):
        return or_(
            _prefix(visits.c.name, needle),
            _prefix(visits.c.name_initials, needle),
            _prefix(visits.c.phone, needle),
            _prefix(visits.c.id_number, needle.upper()),
        )
    return visits.c.search_text.like(f"%{_like_escape(needle)}%", escape="\\")


def _sqlite_index(query: VisitQuery) -> tuple[str, str] | None:
    """(FTS5 table, MATCH phrase) that finds the query's rows on SQLite, if one applies."""
    needle = query.normalized
    if query.kind is QueryKind.SUBSTRING:
        return "visits_fts", _fts_phrase(needle)
    if query.kind is QueryKind.PREFIX and uses_character_index(needle):
        return "visits_chars", _fts_phrase(" ".join(needle))
    return None


def _index_condition(table: str, phrase: str) -> ColumnElement[bool]:
    matching = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :phrase").bindparams(
        phrase=phrase
    )
    return visits.c.id.in_(matching)


def _filters(query: VisitQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.date_from or query.date_to:
        start, _ = day_bounds(query.date_from) if query.date_from else (None, None)
        _, end = day_bounds(query.date_to) if query.date_to else (None, None)
        if start is not None:
            conditions.append(visits.c.arrived_at >= start)
        if end is not None:
            conditions.append(visits.c.arrived_at < end)
    if query.category:
        conditions.append(visits.c.category == query.category)
    if not query.include_voided:
        conditions.append(visits.c.voided_at.is_(None))
    if query.on_site_only:
        conditions.append(visits.c.left_at.is_(None))
    return conditions


def _is_sparse(connection: Connection, db: Database, query: VisitQuery) -> bool:
    index = _sqlite_index(query) if db.is_sqlite else None
    if index is not None:
        table, phrase = index
        probe = text(
            f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH :p LIMIT :n)"
        ).bindparams(p=phrase, n=SPARSE_LIMIT + 1)
    else:
        inner = select(visits.c.id).where(_text_condition(query)).limit(SPARSE_LIMIT + 1).subquery()
        probe = select(literal_column("count(*)")).select_from(inner)
    return (connection.scalar(probe) or 0) <= SPARSE_LIMIT


@checked
def allowed_query(actor: Actor, query: VisitQuery, today: date | None = None) -> VisitQuery:
    """The query as the role may run it: the gate searches today's register only."""
    if actor.can(Permission.SEARCH_ALL_VISITS):
        return query
    today = today or date.today()
    outside = (query.date_from is not None and query.date_from != today) or (
        query.date_to is not None and query.date_to != today
    )
    if outside:
        raise PermissionDeniedError(actor.role, Permission.SEARCH_ALL_VISITS)
    return replace(query, date_from=today, date_to=today)


def _check_query(query: VisitQuery) -> None:
    """Refuse, with a Chinese message, what no visit can contain (NUL, lone surrogates and other
    control characters a paste can bring) and dates outside the calendar's reach, before any
    index or database driver sees them."""
    errors: list[FieldError] = []
    text_problem = check_text(
        "search", query.normalized, label="查询内容", max_length=len(query.normalized) or 1
    )
    if text_problem is not None:
        errors.append(text_problem)
    for name, value in (("date_from", query.date_from), ("date_to", query.date_to)):
        if value is not None and not EARLIEST_SEARCH_DATE <= value <= LATEST_SEARCH_DATE:
            errors.append(
                FieldError(
                    name,
                    "日期应在 {first} 年到 {last} 年之间",
                    {"first": EARLIEST_SEARCH_DATE.year, "last": LATEST_SEARCH_DATE.year},
                )
            )
    if errors:
        raise ValidationError(errors)


@checked
def search_visit_ids(
    db: Database,
    actor: Actor,
    query: VisitQuery,
    after: SearchCursor | None = None,
    limit: int = PAGE_SIZE,
) -> IdPage:
    """One page of matching visit ids, newest arrival first; pass ``next_cursor`` for more.
    ``ValidationError`` for text or dates no search can take."""
    query = allowed_query(actor, query)
    _check_query(query)
    conditions = _filters(query)
    if after is not None:
        conditions.append(
            tuple_(visits.c.arrived_at, visits.c.id) < tuple_(after.arrived_at, after.id)
        )
    # Core, not the ORM: the command line lists visits without importing sqlalchemy.orm.
    with db.read_connection() as connection:
        statement = select(visits.c.id, visits.c.arrived_at)
        text_condition = _text_condition(query)
        walk_by_time = True
        if text_condition is not None:
            sparse = _is_sparse(connection, db, query)
            index = _sqlite_index(query) if db.is_sqlite else None
            if sparse and index is not None:
                # The index narrows to a few rows; the text check keeps the match exact.
                text_condition = and_(_index_condition(*index), text_condition)
            walk_by_time = not sparse
            conditions.append(text_condition)
        order = [visits.c.arrived_at.desc(), visits.c.id.desc()]
        if walk_by_time and db.is_sqlite:
            statement = statement.with_hint(visits, "INDEXED BY ix_visits_arrived_at_id", "sqlite")
        elif db.is_sqlite:
            # Under a bound LIMIT SQLite prefers walking the arrival index to sorting a few
            # index matches, a full scan; unary plus stops the ORDER BY from using that index.
            order = [
                literal_column("+visits.arrived_at").desc(),
                literal_column("+visits.id").desc(),
            ]
        statement = statement.where(*conditions).order_by(*order).limit(limit + 1)
        rows = connection.execute(statement).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = SearchCursor(rows[-1][1], rows[-1][0]) if more and rows else None
    return IdPage([r[0] for r in rows], cursor)


@checked
def iter_visit_ids(db: Database, actor: Actor, query: VisitQuery, page_size: int = 2000):
    """Every matching id, page by page (exports and prints of a period)."""
    cursor = None
    while True:
        page = search_visit_ids(db, actor, query, cursor, page_size)
        yield from page.ids
        if page.next_cursor is None:
            return
        cursor = page.next_cursor
