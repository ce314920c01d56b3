from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from xinfang_desktop.domain.auth import Role as _Role
from xinfang_desktop.domain.search import VisitQuery
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import visit_search
from xinfang_desktop.services.context import Actor as _Actor
from xinfang_desktop.services.visit_search import iter_visit_ids, search_visit_ids
from xinfang_desktop.services.visits import mark_departure, register_visit

# Every permission: these tests are about the visits, not about roles.
ADMIN = _Actor("测试员", _Role.ADMIN)

NOW = datetime(2026, 11, 22, 15, 0)


@pytest.fixture
def people(database, actor):
    """Five visits over three days; returns name → id."""
    visits = [
        (
            "张三",
            datetime(2026, 11, 20, 9),
            "13800138000",
            "11010519491231002X",
            "家长来访",
            "家长反映食堂饭菜偏咸",
        ),
        ("李四", datetime(2026, 11, 21, 10), "13912345678", "", "咨询", "咨询招生政策"),
        ("曾国藩", datetime(2026, 11, 21, 11), "", "", "投诉举报", "投诉校门口交通拥堵"),
        ("张小明", datetime(2026, 11, 22, 8), "0533-2123456", "", "送货/施工", "送货：粉笔 20 箱"),
        ("王五", datetime(2026, 11, 22, 9), "13700001111", "", "家长来访", "接孩子看病 Fever"),
    ]
    ids = {}
    for name, arrived, phone, id_number, category, reason in visits:
        record = register_visit(
            database,
            actor,
            VisitDraft(
                arrived_at=arrived,
                name=name,
                reason=reason,
                phone=phone,
                id_number=id_number,
                category=category,
            ),
            now=NOW,
        )
        ids[name] = record.id
    return ids


def names(ids_found, people):
    by_id = {v: k for k, v in people.items()}
    return [by_id[i] for i in ids_found]


@pytest.fixture(params=["dense", "sparse"])
def plan(request, monkeypatch):
    """Run each search with both plans: a limit of 0 makes every query take the dense plan."""
    if request.param == "dense":
        monkeypatch.setattr(visit_search, "SPARSE_LIMIT", 0)
    return request.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["王五", "张小明", "曾国藩", "李四", "张三"]),
        ("张", ["张小明", "张三"]),
        ("张三", ["张三"]),
        ("zs", ["张三"]),
        ("ZS", ["张三"]),
        ("zx", ["张小明"]),
        ("zg", ["曾国藩"]),
        ("13", ["王五", "李四", "张三"]),
        ("0013", ["张三"]),
        ("2123456", ["张小明"]),
        ("11010519", ["张三"]),
        ("002x", ["张三"]),
        ("食堂饭菜", ["张三"]),
        ("招生", ["李四"]),  # two-character words anywhere, through the per-character index
        ("食堂", ["张三"]),
        ("门口", ["曾国藩"]),
        ("生政", ["李四"]),
        ("政招", []),  # both characters occur, but not next to each other
        ("粉笔", ["张小明"]),
        ("笔箱", []),  # "粉笔 20 箱": digits between the characters break adjacency
        ("小明", ["张小明"]),
        ("：粉", ["张小明"]),  # two characters, not both Chinese: found anywhere, unindexed
        ("e看", []),
        ("招生政策", ["李四"]),
        ("家长来访", ["王五", "张三"]),
        ("fever", ["王五"]),
        ("20 箱", ["张小明"]),
        ("100%", []),
        ("a_b", []),
        ('"x"', []),
    ],
)
def test_text_queries(database, people, plan, text, expected):
    assert names(search_visit_ids(database, ADMIN, VisitQuery(text)).ids, people) == expected


def test_date_range_and_category(database, people, plan):
    day = search_visit_ids(
        database, ADMIN, VisitQuery(date_from=date(2026, 11, 21), date_to=date(2026, 11, 21))
    )
    assert names(day.ids, people) == ["曾国藩", "李四"]
    since = search_visit_ids(database, ADMIN, VisitQuery(date_from=date(2026, 11, 22)))
    assert names(since.ids, people) == ["王五", "张小明"]
    until = search_visit_ids(database, ADMIN, VisitQuery(date_to=date(2026, 11, 20)))
    assert names(until.ids, people) == ["张三"]
    parents = search_visit_ids(database, ADMIN, VisitQuery(category="家长来访"))
    assert names(parents.ids, people) == ["王五", "张三"]
    combined = VisitQuery("张", category="送货/施工", date_from=date(2026, 11, 22))
    assert names(search_visit_ids(database, ADMIN, combined).ids, people) == ["张小明"]


def test_on_site_only(database, actor, people, plan):
    mark_departure(database, actor, people["王五"], at=NOW)
    found = search_visit_ids(
        database, ADMIN, VisitQuery(on_site_only=True, date_from=date(2026, 11, 22))
    )
    assert names(found.ids, people) == ["张小明"]


def test_edited_visit_is_found_by_its_new_text_only(database, actor, people, plan):
    from xinfang_desktop.services.visits import get_visit, update_visit

    record = get_visit(database, ADMIN, people["李四"])
    update_visit(
        database,
        actor,
        record.id,
        replace(record.draft, reason="办理转学手续"),
        expected_version=record.version,
        now=NOW,
    )
    assert search_visit_ids(database, ADMIN, VisitQuery("招生政策")).ids == []
    assert search_visit_ids(database, ADMIN, VisitQuery("转学手续")).ids == [record.id]


def test_keyset_paging_has_no_duplicates_or_gaps(database, actor, plan):
    # Several visits share one arrival minute, so the cursor must break ties by id.
    start = datetime(2026, 11, 1, 8)
    expected = []
    for n in range(53):
        arrived = start + timedelta(hours=n // 4)
        record = register_visit(
            database,
            actor,
            VisitDraft(arrived_at=arrived, name=f"访客{n:02d}", reason="送货到总务处"),
            now=NOW,
        )
        expected.append((arrived, record.id))
    expected_ids = [i for _, i in sorted(expected, reverse=True)]

    for query in (VisitQuery(), VisitQuery("送货到"), VisitQuery("访客")):
        seen, cursor, pages = [], None, 0
        while True:
            page = search_visit_ids(database, ADMIN, query, cursor, limit=10)
            seen.extend(page.ids)
            pages += 1
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert seen == expected_ids, query
        assert pages == 6
        assert list(iter_visit_ids(database, ADMIN, query, page_size=7)) == expected_ids


def test_exact_page_size_has_no_empty_extra_page(database, actor):
    for n in range(4):
        register_visit(
            database,
            actor,
            VisitDraft(arrived_at=datetime(2026, 11, 2, 8 + n), name="赵六", reason="维修施工"),
            now=NOW,
        )
    page = search_visit_ids(database, ADMIN, VisitQuery(), limit=4)
    assert len(page.ids) == 4
    assert page.next_cursor is None


@pytest.mark.parametrize("typed", ["张\x00三", "\ud800", "ab\udcffcd", "x\x1b[31m"])
def test_nul_surrogates_and_control_characters_are_a_typed_error(database, typed):
    """A NUL reached the FTS5 parser ("unterminated string") and a lone surrogate the driver
    (UnicodeEncodeError): now a ValidationError with a Chinese message, before any SQL."""
    from xinfang_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        search_visit_ids(database, ADMIN, VisitQuery(text=typed))
    assert "search" in caught.value.by_field()
    assert "控制字符" in str(caught.value)


@pytest.mark.parametrize(
    "query",
    [
        VisitQuery(date_from=date(9999, 12, 31), date_to=date(9999, 12, 31)),
        VisitQuery(date_from=date(1, 1, 1), date_to=date(2026, 1, 1)),
    ],
)
def test_dates_beyond_the_calendar_are_a_typed_error(database, query):
    from xinfang_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="日期应在 1900 年到 2099 年之间"):
        list(iter_visit_ids(database, ADMIN, query))
