"""Importing an old 来访登记表: headings, strict values, all or nothing, masked afterwards."""

from datetime import datetime

import pytest
import xlwt
from openpyxl import Workbook

from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.visit_import import (
    commit_visit_import,
    plan_visit_import_file,
    preview_rows,
)
from xinfang_desktop.services.visit_rows import fetch_visit_rows

NOW = datetime(2026, 11, 23, 9, 0)
HEADERS = [
    "日期",
    "来访人",
    "联系电话",
    "身份证号码",
    "人数",
    "来意",
    "被访部门",
    "进校时间",
    "离校时间",
]


def register(path, rows, headers=HEADERS):
    book = Workbook()
    sheet = book.active
    sheet.append(["2019年来访登记表"])
    sheet.append(headers)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


GOOD = [
    (
        datetime(2019, 3, 4),
        "张三",
        "13800138000",
        "11010519491231002X",
        2,
        "找班主任",
        "教务处",
        "08:30",
        "09:10",
    ),
    ("2019-03-05", "李四", "", "", 1, "送材料", "总务处", "10:00", ""),
]


def _ids(database):
    from sqlalchemy import select

    from xinfang_desktop.db.models import Visit

    with database.read() as session:
        return list(session.scalars(select(Visit.id).order_by(Visit.arrived_at)))


def test_a_register_comes_in_whole_or_not_at_all(database, actor, tmp_path):
    bad = register(
        tmp_path / "bad.xlsx",
        [*GOOD, ("2019-02-30", "王五", "", "", -2, "", "", "8点", "")],
    )
    plan = plan_visit_import_file(actor, bad, now=NOW)
    assert [(p.row, p.message) for p in plan.problems] == [
        (5, "来访日期“2019-02-30”不是存在的日期"),
        (5, "到达时间“8点”看不懂，请写成 08:30"),
        (5, "人数“-2”应至少为 1"),
        (5, "请填写来访事由"),
    ]
    with pytest.raises(ValidationError, match="全部改正后才能导入"):
        commit_visit_import(database, actor, plan, now=NOW)
    assert _ids(database) == []

    plan = plan_visit_import_file(actor, register(tmp_path / "good.xlsx", GOOD), now=NOW)
    assert plan.ok and dict(plan.columns())["来意"] == "来访事由"
    assert commit_visit_import(database, actor, plan, now=NOW) == 2
    clerk = Actor("信访员", Role.CLERK)
    rows = fetch_visit_rows(database, clerk, _ids(database))
    first = rows[0]
    assert (first.name, first.people_count) == ("张三", 2)
    assert first.id_number == "1101**********002X"  # lists mask the imported numbers too
    assert fetch_visit_rows(database, Actor("门卫", Role.GATE), _ids(database)) == []


def test_masked_preview_permissions_and_xls(database, tmp_path):
    gate = Actor("门卫", Role.GATE)
    path = register(tmp_path / "r.xlsx", GOOD)
    with pytest.raises(PermissionDeniedError):
        plan_visit_import_file(gate, path, now=NOW)
    admin = Actor("管理员", Role.ADMIN)
    plan = plan_visit_import_file(admin, path, now=NOW)
    assert preview_rows(admin, plan)[0][2:4] == ("13800138000", "11010519491231002X")
    with pytest.raises(PermissionDeniedError):
        commit_visit_import(database, gate, plan, now=NOW)

    old = xlwt.Workbook()
    sheet = old.add_sheet("登记")
    for column, heading in enumerate(["来访日期", "姓名", "事由", "人数"]):
        sheet.write(0, column, heading)
    sheet.write(1, 0, datetime(2008, 9, 1, 14, 5), xlwt.easyxf(num_format_str="YYYY-MM-DD HH:MM"))
    sheet.write(1, 1, "赵六")
    sheet.write(1, 2, "咨询入学")
    sheet.write(1, 3, 2.5)
    old.save(str(tmp_path / "old.xls"))
    plan = plan_visit_import_file(admin, tmp_path / "old.xls", now=NOW)
    assert [(p.row, p.message) for p in plan.problems] == [(2, "人数“2.5”不是整数")]


def test_imported_visits_are_searchable_and_staging_leaves_no_tables(
    database, actor, tmp_path, monkeypatch
):
    from sqlalchemy import inspect

    from xinfang_desktop.domain.search import VisitQuery
    from xinfang_desktop.services import import_staging, visit_import
    from xinfang_desktop.services.visit_search import iter_visit_ids

    monkeypatch.setattr(import_staging, "STAGE_BATCH", 7)
    monkeypatch.setattr(visit_import, "STAGE_BATCH", 7)
    rows = [
        (f"2019-03-{1 + i % 28:02d}", f"访客{i}", "", "", 1, f"送材料{i}", "", "", "")
        for i in range(30)
    ]
    plan = plan_visit_import_file(actor, register(tmp_path / "r.xlsx", rows), now=NOW)
    assert commit_visit_import(database, actor, plan, now=NOW) == 30
    found = list(iter_visit_ids(database, actor, VisitQuery(text="送材料17")))
    assert [r.name for r in fetch_visit_rows(database, actor, found)] == ["访客17"]
    with database.read() as session:
        tables = inspect(session.connection()).get_table_names()
    assert [t for t in tables if "import_stage" in t] == []


def test_our_own_export_names_masked_numbers_and_takes_the_host(tmp_path):
    from openpyxl import Workbook

    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.visit_import import plan_visit_import_file

    book = Workbook()
    book.active.append(["来访时间", "姓名", "联系电话", "身份证号", "来访事由", "接待对象"])
    book.active.append(["2025-03-02 09:00", "张三", "138****8000", "3708**********7550",
                        "咨询", "教务处"])  # fmt: skip
    book.active.append(["2025-03-02 10:00", "李四", "", "", "送货", "总务处"])
    path = tmp_path / "导出的登记表.xlsx"
    book.save(path)
    plan = plan_visit_import_file(Actor("管理员", Role.ADMIN), path)
    messages = [p.message for p in plan.problems]
    assert any("身份证号是打码的" in m for m in messages)
    assert any("联系电话是打码的" in m for m in messages)
    assert not any("只能由数字组成" in m for m in messages)
    assert "host" in plan.mapping.values()
