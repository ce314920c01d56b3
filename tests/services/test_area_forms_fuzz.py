"""Hypothesis types awkward input into the forms of the cases and organisation areas and into
the case ledger import: each attempt is refused in Chinese or stored and read back; a refused
import writes nothing; nothing crashes."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from awkward_input import awkward_dates, awkward_text
from xinfang_desktop.db.models import Case, Dispute, OutreachVisit, ScreeningRecord
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.cases import CaseDraft, Channel, PetitionerDraft
from xinfang_desktop.domain.disputes import DisputeDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.outreach import OutreachDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.screening import ScreeningDraft
from xinfang_desktop.services import cases, disputes, outreach, screening
from xinfang_desktop.services.case_import import commit_import, plan_import
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person

ADMIN = Actor("刘主任", Role.ADMIN)
NOW = datetime(2026, 11, 23, 9, 0)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def _chinese(error: ValidationError) -> bool:
    return bool(error.errors) and all(
        any("\u4e00" <= ch <= "\u9fff" for ch in e.message) for e in error.errors
    )


def _person(db) -> int:
    existing = getattr(db, "_fuzz_person", None)
    if existing is None:
        existing = add_person(db, ADMIN, PersonDraft("李红", post="副校长", is_leader=True)).id
        db._fuzz_person = existing
    return existing


@FUZZ
@given(
    channel=st.one_of(st.sampled_from([c.value for c in Channel]), awkward_text),
    received_on=awkward_dates,
    name=awkward_text,
    phone=awkward_text,
    id_number=st.one_of(awkward_text, st.just("11010519491231002X")),
    request=awkward_text,
    facts=awkward_text,
    accused=awkward_text,
    people_count=st.integers(min_value=-3, max_value=100_000),
)
def test_case_form(
    sqlite_db, channel, received_on, name, phone, id_number, request, facts, accused, people_count
):
    draft = CaseDraft(
        channel=channel,
        received_on=received_on,
        petitioners=(PetitionerDraft(name, phone, id_number),),
        request=request,
        facts=facts,
        accused=accused,
        people_count=people_count,
    )
    before = _count(sqlite_db, Case)
    try:
        record = cases.register_case(sqlite_db, ADMIN, draft, now=NOW)
    except ValidationError as error:
        assert _chinese(error)
        assert _count(sqlite_db, Case) == before
        return
    assert cases.get_case(sqlite_db, ADMIN, record.id).draft.request == record.draft.request


@FUZZ
@given(
    found_on=st.one_of(st.none(), awkward_dates),
    matter=awkward_text,
    plan=awkward_text,
    deadline=st.one_of(st.none(), awkward_dates),
    parties=awkward_text,
    risk=st.one_of(st.sampled_from(["low", "medium", "high"]), awkward_text),
)
def test_dispute_form(sqlite_db, found_on, matter, plan, deadline, parties, risk):
    person = _person(sqlite_db)
    before = _count(sqlite_db, Dispute)
    try:
        disputes.add_dispute(
            sqlite_db,
            ADMIN,
            DisputeDraft(found_on, matter, person, (person,), plan, deadline, risk, parties),
            now=NOW,
        )
    except ValidationError as error:
        assert _chinese(error)
        assert _count(sqlite_db, Dispute) == before


@FUZZ
@given(
    screened_on=st.one_of(st.none(), awkward_dates),
    findings=awkward_text,
    risk=st.one_of(st.sampled_from(["", "low", "high"]), awkward_text),
    due=st.one_of(st.none(), awkward_dates),
)
def test_screening_form(sqlite_db, screened_on, findings, risk, due):
    person = _person(sqlite_db)
    screening.ensure_default_groups(sqlite_db)
    group = screening.list_groups(sqlite_db)[0].id
    before = _count(sqlite_db, ScreeningRecord)
    try:
        screening.record_screening(
            sqlite_db,
            ADMIN,
            ScreeningDraft(screened_on, group, person, False, findings, risk, person, due),
            now=NOW,
        )
    except ValidationError as error:
        assert _chinese(error)
        assert _count(sqlite_db, ScreeningRecord) == before


@FUZZ
@given(
    visited_on=st.one_of(st.none(), awkward_dates),
    visited=awkward_text,
    matter=awkward_text,
    result=awkward_text,
)
def test_outreach_form(sqlite_db, visited_on, visited, matter, result):
    person = _person(sqlite_db)
    before = _count(sqlite_db, OutreachVisit)
    try:
        outreach.record_outreach(
            sqlite_db,
            ADMIN,
            OutreachDraft(visited_on, (person,), visited, matter, result),
            now=NOW,
        )
    except ValidationError as error:
        assert _chinese(error)
        assert _count(sqlite_db, OutreachVisit) == before


cells = st.one_of(
    awkward_text,
    st.none(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(min_value=datetime(1, 1, 1)),
    st.dates(min_value=date(1, 1, 1)),
)


@FUZZ
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=6), min_size=1, max_size=5))
def test_case_ledger_import(sqlite_db, rows):
    headers = ["收到日期", "渠道", "信访人", "联系电话", "信访请求", "类别"]
    try:
        plan = plan_import(ADMIN, headers, list(enumerate(rows, start=2)), today=NOW.date())
    except ValidationError as error:
        assert _chinese(error)
        return
    before = _count(sqlite_db, Case)
    if plan.problems:
        assert all(p.message for p in plan.problems)
        try:
            commit_import(sqlite_db, ADMIN, plan, now=NOW)
        except ValidationError as error:
            assert _chinese(error)
        assert _count(sqlite_db, Case) == before  # all or nothing
    else:
        assert commit_import(sqlite_db, ADMIN, plan, now=NOW) == len(plan.cases)
        assert _count(sqlite_db, Case) == before + len(plan.cases)


xlsx_cells = st.one_of(
    awkward_text.map(lambda t: "".join(ch for ch in t if ch.isprintable() or ch in "\n\t")),
    st.none(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 1, 1)),
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=st.lists(st.lists(xlsx_cells, min_size=0, max_size=6), min_size=0, max_size=4))
def test_people_excel_import(sqlite_db, tmp_path_factory, rows):
    from openpyxl import Workbook

    from xinfang_desktop.services.people import list_people
    from xinfang_desktop.services.people_excel import import_people

    path = tmp_path_factory.mktemp("xlsx") / "people.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "职务", "部门", "联系电话", "校级领导", "备注"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    before = len(list_people(sqlite_db, include_left=True))
    try:
        result = import_people(sqlite_db, ADMIN, path)
    except ValidationError as error:
        assert _chinese(error)
        assert len(list_people(sqlite_db, include_left=True)) == before  # all or nothing
        return
    assert len(list_people(sqlite_db, include_left=True)) == before + result.added
