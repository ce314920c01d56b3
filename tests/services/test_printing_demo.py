from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from xinfang_desktop.db.errors import NotFoundError
from xinfang_desktop.db.models import Visit, VisitChange
from xinfang_desktop.domain.auth import Role as _Role
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.pinyin import initials_variants
from xinfang_desktop.domain.search import VisitQuery
from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.domain.visits import VisitDraft, search_text, validate_visit
from xinfang_desktop.services.context import Actor as _Actor
from xinfang_desktop.services.demo import DEMO_UNIT_NAME, generate_demo_visits
from xinfang_desktop.services.printing import visit_register_document, visitor_slip
from xinfang_desktop.services.settings import get_unit_settings, save_unit_settings
from xinfang_desktop.services.visit_search import search_visit_ids
from xinfang_desktop.services.visits import get_visit, register_visit, void_visit

# Every permission: these tests are about the visits, not about roles.
ADMIN = _Actor("测试员", _Role.ADMIN)

NOW = datetime(2026, 11, 22, 15, 0)


def visit(db, actor, when: datetime, name: str, **extra):
    draft = VisitDraft(arrived_at=when, name=name, reason="咨询招生", **extra)
    return register_visit(db, actor, draft, now=NOW)


def test_register_document_of_a_period(database, actor):
    save_unit_settings(database, actor, UnitSettings(unit_name="邹坞镇中心小学"))
    late = visit(database, actor, datetime(2026, 11, 21, 16), "李四")
    visit(database, actor, datetime(2026, 11, 20, 8), "张三", id_number="11010519491231002X")
    visit(database, actor, datetime(2026, 11, 22, 9), "王五")  # outside the period
    voided = visit(database, actor, datetime(2026, 11, 21, 9), "赵六")
    void_visit(database, actor, voided.id, "重复登记", now=NOW)

    document = visit_register_document(
        database, ADMIN, date(2026, 11, 20), date(2026, 11, 21), printed_at=NOW
    )
    assert document.unit_name == "邹坞镇中心小学"
    assert [row.name for row in document.rows] == ["张三", "李四"]
    assert document.rows[0].id_number == "1101**********002X"
    assert document.rows[1].arrived_at == late.draft.arrived_at
    assert document.printed_at == NOW


def test_register_document_refuses_a_reversed_period(database):
    with pytest.raises(ValidationError) as caught:
        visit_register_document(database, ADMIN, date(2026, 11, 30), date(2026, 11, 1))
    assert caught.value.by_field()["date_to"].message == "结束日期不能早于开始日期"


def test_visitor_slip(database, actor):
    save_unit_settings(database, actor, UnitSettings(unit_name="邹坞镇中心小学"))
    record = visit(
        database, actor, datetime(2026, 11, 22, 9), "张三", host="教务处", people_count=3
    )
    slip = visitor_slip(database, ADMIN, record.id)
    assert (slip.unit_name, slip.visit_number, slip.name) == (
        "邹坞镇中心小学",
        record.number,
        "张三",
    )
    assert (slip.people_count, slip.host) == (3, "教务处")
    with pytest.raises(NotFoundError):
        visitor_slip(database, ADMIN, 4242)


def test_demo_rows_are_what_the_service_would_have_saved(database, actor):
    result = generate_demo_visits(database, actor, 400, seed=3, days=20, now=NOW)
    assert result.visits == 400
    assert (result.first_day, result.last_day) == (date(2026, 11, 3), date(2026, 11, 22))
    assert get_unit_settings(database).unit_name == DEMO_UNIT_NAME
    with database.read() as session:
        visits = session.scalars(select(Visit).order_by(Visit.id)).all()
        history = session.scalar(select(func.count()).select_from(VisitChange))
    assert len(visits) == 400
    assert history == 400
    arrivals = [v.arrived_at for v in visits]
    assert arrivals == sorted(arrivals)
    assert arrivals[0].date() >= date(2026, 11, 3)
    assert arrivals[-1] <= NOW
    still_here = [v for v in visits if v.left_at is None]
    assert 1 <= len(still_here) <= 3
    assert all(v.arrived_at.date() == NOW.date() for v in still_here)
    assert any(v.id_number for v in visits)
    assert any(v.people_count >= 5 for v in visits) or len(visits) < 100
    for v in visits:
        draft = get_visit(database, ADMIN, v.id).draft
        assert validate_visit(draft, NOW) == draft
        variants = initials_variants(v.name)
        assert v.name_initials == variants[0]
        assert v.search_text == search_text(draft, variants)


def test_demo_data_is_searchable_and_continues_the_ids(database, actor):
    generate_demo_visits(database, actor, 300, seed=1, days=10, now=NOW)
    found = search_visit_ids(database, ADMIN, VisitQuery("学生家长"), limit=500)
    assert found.ids
    added = visit(database, actor, datetime(2026, 11, 22, 14), "新访客")
    assert added.id == 301


def test_demo_keeps_an_existing_unit_name(database, actor):
    save_unit_settings(database, actor, UnitSettings(unit_name="某某中学"))
    result = generate_demo_visits(database, actor, 10, now=NOW)
    assert not result.unit_name_set
    assert get_unit_settings(database).unit_name == "某某中学"
