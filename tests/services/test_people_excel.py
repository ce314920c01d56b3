from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import people_excel, screening
from xinfang_desktop.services.people import add_person, list_people, mark_left

NOW = datetime(2026, 11, 23, 9, 0)


def _sheet(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_people_round_trip_keeps_who_left(database, actor, tmp_path):
    add_person(
        database, actor, PersonDraft("王建国", "校长", "校长室", "13805331234", True), now=NOW
    )
    left = add_person(database, actor, PersonDraft("钱老师", "教师", "一年级组"), now=NOW)
    mark_left(database, actor, left.id, date(2026, 11, 1), expected_version=left.version, now=NOW)
    path = tmp_path / "people.xlsx"
    assert people_excel.export_people(database, actor, path) == 2
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0] == people_excel.PEOPLE_HEADERS
    # The day someone left is a real date now, not text.
    assert ("钱老师", "教师", "一年级组", None, None, None, datetime(2026, 11, 1)) in rows
    # The people in post import again unchanged (the header is still row 1).
    people_excel.export_people(database, actor, path, include_left=False)
    result = people_excel.import_people(database, actor, path, dry_run=True)
    assert (result.added, result.updated) == (0, 0)


def test_groups_export_is_audited(database, actor, tmp_path):
    from xinfang_desktop.domain.screening import KIND_GRADE, GroupDraft
    from xinfang_desktop.services import audit

    screening.add_group(database, actor, GroupDraft("一年级组", KIND_GRADE))
    assert people_excel.export_groups(database, actor, tmp_path / "groups.xlsx") == 1
    logged = [(e.action, e.target_kind) for e in audit.list_entries(database, actor)]
    assert logged[0] == ("export", "groups")


def test_import_adds_and_updates_in_one_go(database, actor, tmp_path):
    add_person(database, actor, PersonDraft("李红", "教师", "校长室"), now=NOW)
    path = _sheet(
        tmp_path / "in.xlsx",
        [
            ["部门", "姓名", "职务", "联系电话", "校级领导"],  # any column order
            ["校长室", "李红", "副校长", 13805331234, "是"],
            [None, None, None, None, None],
            ["一年级组", "孙丽", "教师", "", ""],
        ],
    )
    preview = people_excel.import_people(database, actor, path, dry_run=True)
    assert (preview.added, preview.updated) == (1, 1)
    assert [p.name for p in list_people(database)] == ["李红"]
    result = people_excel.import_people(database, actor, path)
    assert (result.added, result.updated) == (1, 1)
    people = {p.name: p for p in list_people(database)}
    assert people["李红"].post == "副校长" and people["李红"].is_leader
    assert people["李红"].phone == "13805331234"


def test_a_bad_row_changes_nothing_and_names_the_row(database, actor, tmp_path):
    path = _sheet(
        tmp_path / "bad.xlsx",
        [["姓名", "联系电话"], ["孙丽", "13805331234"], ["", "12"], ["孙丽", ""]],
    )
    with pytest.raises(ValidationError) as caught:
        people_excel.import_people(database, actor, path)
    messages = [e.message for e in caught.value.errors]
    assert "第 3 行：请填写姓名" in messages
    assert any(m.startswith("第 3 行：联系电话格式不对") for m in messages)
    assert "第 4 行：与第 2 行重复（同名同部门）" in messages
    assert list_people(database) == []


def test_missing_header_and_not_an_excel_file(database, actor, tmp_path):
    with pytest.raises(ValidationError, match="第一行缺少列：姓名"):
        people_excel.import_people(database, actor, _sheet(tmp_path / "x.xlsx", [["名字"]]))
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not excel")
    with pytest.raises(ValidationError, match="无法读取 Excel 文件"):
        people_excel.import_people(database, actor, junk)


def test_groups_export_and_import(database, actor, tmp_path):
    screening.ensure_default_groups(database)
    path = tmp_path / "groups.xlsx"
    assert people_excel.export_groups(database, actor, path) == 10
    path = _sheet(tmp_path / "g.xlsx", [["组名", "类别"], ["科学组", "学科组"], ["音乐组", "科室"]])
    result = people_excel.import_groups(database, actor, path)
    assert (result.added, result.updated) == (1, 1)
    kinds = {g.name: g.kind for g in screening.list_groups(database)}
    assert kinds["科学组"] == "subject" and kinds["音乐组"] == "office"
    bad = _sheet(tmp_path / "b.xlsx", [["组名", "类别"], ["社团", "俱乐部"]])
    with pytest.raises(ValidationError, match="第 2 行：类别应为年级组、学科组、科室之一"):
        people_excel.import_groups(database, actor, bad)
