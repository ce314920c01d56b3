from datetime import date, datetime

import pytest
from openpyxl import Workbook

from xinfang_desktop.domain.case_import import IMPORT_FIELDS, parse_date_cell, resolve_mapping
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.services.case_import import commit_import, plan_import_file
from xinfang_desktop.services.cases import fetch_case_rows, list_case_ids

NOW = datetime(2026, 11, 23, 9, 0)
TODAY = NOW.date()


def ledger(path, rows, headers=("登记日期", "来源", "姓名", "电话", "反映问题", "责任单位")):
    book = Workbook()
    sheet = book.active
    sheet.append(["某校信访台账（旧）"])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


GOOD = [
    (datetime(2026, 3, 2), "来信", "张三", "13800138000", "要求公开食堂收费", "总务处"),
    ("2026年4月5日", "电话", "李四、王五", "", "校车晚点", "教务处"),
]


def test_dry_run_lists_every_bad_row_and_commit_is_all_or_nothing(database, actor, tmp_path):
    path = ledger(
        tmp_path / "old.xlsx",
        [
            *GOOD,
            ("昨天", "微信", "赵六", "12", "", ""),
        ],
    )
    plan = plan_import_file(path, today=TODAY)
    messages = [(p.row, p.message) for p in plan.problems]
    assert (5, "收到日期“昨天”看不懂，请写成 2026-11-02") in messages
    assert any(row == 5 and "渠道“微信”不认识" in m for row, m in messages)
    assert (5, "请填写信访请求") in messages
    assert {row for row, _ in messages} == {5}
    with pytest.raises(ValidationError, match="全部改正后才能导入"):
        commit_import(database, actor, plan, now=NOW)
    assert list_case_ids(database, actor) == []

    fixed = plan_import_file(ledger(tmp_path / "fixed.xlsx", GOOD), today=TODAY)
    assert fixed.ok
    assert commit_import(database, actor, fixed, now=NOW) == 2
    rows = fetch_case_rows(database, actor, list_case_ids(database, actor))
    assert [(r.number, r.channel, r.petitioner_names, r.people_count) for r in rows] == [
        ("信访〔2026〕第002号", "来电", "李四、王五", 2),
        ("信访〔2026〕第001号", "来信", "张三", 1),
    ]


def test_mapping_by_hand(tmp_path):
    path = ledger(
        tmp_path / "odd.xlsx",
        [GOOD[0]],
        headers=("收件日", "来源", "当事人", "电话", "事由", "责任单位"),
    )
    with pytest.raises(ValidationError, match="找不到这些必需的列：收到日期、信访人、信访请求"):
        plan_import_file(path, today=TODAY)
    plan = plan_import_file(
        path, {"收件日": "received_on", "当事人": "petitioner", "事由": "request"}, today=TODAY
    )
    assert plan.ok and plan.drafts[0][1].request == "要求公开食堂收费"
    with pytest.raises(ValidationError) as caught:
        resolve_mapping(["a", "b"], {"c": "request", "a": "nonsense"})
    assert [e.message for e in caught.value.errors][:2] == [
        "表格中没有“c”这一列",
        "没有“nonsense”这个字段，可用：" + "、".join(IMPORT_FIELDS),
    ]


def test_dates_in_many_spellings():
    assert parse_date_cell("2026/3/2") == date(2026, 3, 2)
    assert parse_date_cell("2026.03.02") == date(2026, 3, 2)
    assert parse_date_cell("2026年3月2日上午") == date(2026, 3, 2)
    assert parse_date_cell("2026-02-30") is None
    assert parse_date_cell(None) is None
