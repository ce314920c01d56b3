"""Importing an old case ledger: headings people write, strict values, the history kept, the
statistics of the imported year equal to the ledger's own, all or nothing."""

from datetime import date, datetime, timedelta

import pytest
import xlwt
from openpyxl import Workbook

from xinfang_desktop.db.models import Case, CaseEvent
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.case_import import IMPORT_FIELDS, resolve_mapping
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.statistics import Dimension
from xinfang_desktop.services import statistics
from xinfang_desktop.services.case_import import (
    ImportCancelled,
    commit_import,
    plan_import_file,
)
from xinfang_desktop.services.cases import fetch_case_rows, list_case_ids, load_case
from xinfang_desktop.services.context import Actor

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
LEDGER_2010_HEADERS = (
    "序号",
    "登记日期",
    "信访人",
    "渠道",
    "人数",
    "问题类别",
    "所属地区",
    "办理状态",
    "重信重访",
    "内容摘要",
)


def ledger_2010(path):
    """501 rows shaped like a real 2010 ledger: 484 closed (300 已办结, 150 办结, 34 归档),
    5 不予受理, 6 已转, 6 办理中; 47 repeats."""
    statuses = ["已办结"] * 300 + ["办结"] * 150 + ["归档"] * 34 + ["不予受理"] * 5
    statuses += ["已转"] * 6 + ["办理中"] * 6
    rows = []
    for i, status in enumerate(statuses):
        day = date(2010, 1, 1) + timedelta(days=i * 364 // len(statuses))
        repeat = "是" if i % 10 == 3 and i < 470 else "否"
        channel = ("来信", "来访", "来电")[i % 3]
        rows.append(
            (i + 1, day, f"信访人{i}", channel, 1, "教育", "城区", status, repeat, f"反映问题{i}")
        )
    return ledger(path, rows, LEDGER_2010_HEADERS)


def test_dry_run_lists_every_bad_row_and_commit_is_all_or_nothing(database, actor, tmp_path):
    path = ledger(tmp_path / "old.xlsx", [*GOOD, ("昨天", "微信", "赵六", "12", "", "")])
    plan = plan_import_file(actor, path, today=TODAY)
    messages = [(p.row, p.message) for p in plan.problems]
    assert (5, "收到日期“昨天”看不懂，请写成 2026-11-02") in messages
    assert any(row == 5 and "渠道“微信”不认识" in m for row, m in messages)
    assert (5, "请填写信访请求") in messages
    assert {row for row, _ in messages} == {5}
    with pytest.raises(ValidationError, match="全部改正后才能导入"):
        commit_import(database, actor, plan, now=NOW)
    assert list_case_ids(database, actor) == []

    fixed = plan_import_file(actor, ledger(tmp_path / "fixed.xlsx", GOOD), today=TODAY)
    assert fixed.ok
    assert commit_import(database, actor, fixed, now=NOW) == 2
    rows = fetch_case_rows(database, actor, list_case_ids(database, actor))
    assert [(r.number, r.channel, r.petitioner_names, r.people_count) for r in rows] == [
        ("信访〔2026〕第002号", "来电", "李四、王五", 2),
        ("信访〔2026〕第001号", "来信", "张三", 1),
    ]


def test_a_2010_ledger_keeps_its_closures_and_repeats(database, actor, tmp_path):
    plan = plan_import_file(actor, ledger_2010(tmp_path / "2010.xlsx"), today=TODAY)
    assert plan.ok, plan.problems[:3]
    assert plan.summary() == {
        "cases": 501,
        "closed": 484,
        "closed_date_unknown": 484,
        "repeats": 47,
    }
    assert commit_import(database, actor, plan, now=NOW) == 501
    report = statistics.statistics(
        database, actor, date(2010, 1, 1), date(2010, 12, 31), Dimension.CHANNEL
    )
    assert (report.totals.cases, report.totals.closed, report.totals.repeats) == (501, 484, 47)
    # Closed without a date: counted as 办结 and as such, never as on time or late.
    assert report.totals.closed_date_unknown == 484 and report.totals.on_time_rate is None
    # Only the six still 办理中 are overdue; closed, rejected and referred ones never are.
    overdue = list_case_ids(database, actor, _filter(attention="overdue"))
    assert len(overdue) == 6
    assert list_case_ids(database, actor, _filter(attention="due_soon")) == []


def _filter(**kwargs):
    from xinfang_desktop.services.cases import CaseFilter

    return CaseFilter(today=TODAY, **kwargs)


def test_history_comes_in_with_one_import_step_keeping_the_row(database, actor, tmp_path):
    headers = (
        "编号",
        "收到日期",
        "来信人",
        "方式",
        "主要诉求",
        "办理状态",
        "受理日期",
        "答复日期",
        "办结日期",
        "办理结果",
        "承办单位",
        "期限",
        "重信重访",
    )
    rows = [
        (
            "A1",
            "2024-03-01",
            "张三",
            "来信",
            "食堂收费",
            "已办结",
            "2024-03-02",
            "2024-04-01",
            "2024-04-10",
            "已公示收费标准",
            "总务处",
            "60天",
            "否",
        ),
        (
            "A2",
            "2024-05-06",
            "张三",
            "来访",
            "食堂收费又涨",
            "办理中",
            "2024-05-07",
            None,
            None,
            None,
            "总务处",
            None,
            "A1",
        ),
        (
            "A3",
            "2024-06-01",
            "李四",
            "来电",
            "校车",
            "办结",
            None,
            None,
            None,
            None,
            None,
            None,
            "信访〔2020〕第009号",
        ),
        (
            "A4",
            "2024-06-02",
            "王五",
            "来信",
            "路灯",
            "已答复",
            None,
            "2024-06-20",
            None,
            "已修",
            None,
            None,
            "否",
        ),
    ]
    plan = plan_import_file(actor, ledger(tmp_path / "h.xlsx", rows, headers), today=TODAY)
    assert plan.ok, plan.problems
    assert dict(plan.columns())["办理结果"] == "答复意见"
    commit_import(database, actor, plan, now=NOW)
    with database.read() as session:
        cases = {c.number: c for c in session.query(Case).order_by(Case.seq)}
        closed, open_, unknown, replied = cases.values()
        assert (closed.state, closed.closed_on, closed.accepted_on) == (
            "CLOSED",
            date(2024, 4, 10),
            date(2024, 3, 2),
        )
        assert closed.handling_office == "总务处" and closed.due_on is None
        assert open_.state == "ACCEPTED" and open_.repeat_of_id == closed.id
        # The deadline comes from the 受理 date by today's rules: 60 days (Art. 34) end on
        # Saturday 2024-07-06, so the next working day.
        assert open_.due_on == date(2024, 7, 8) and open_.due_kind == "答复"
        assert (unknown.state, unknown.closed_on, unknown.due_on) == ("CLOSED", None, None)
        assert unknown.repeat_marked and unknown.repeat_of_id is None
        assert replied.state == "REPLIED" and replied.replied_on == date(2024, 6, 20)
        events = session.query(CaseEvent).filter_by(case_id=closed.id).all()
        assert [e.step for e in events] == ["IMPORT"]
        assert events[0].details["row"].startswith("编号：A1；收到日期：2024-03-01；来信人：张三")
        assert events[0].details["reply"] == "已公示收费标准"
        assert "期限：60天" in events[0].details["row"]
        unknown_step = session.query(CaseEvent).filter_by(case_id=unknown.id).one()
        assert unknown_step.details["closed_date_unknown"] == "办结日期不详"
    record = load_case(database, actor, closed.id)
    assert record.number == closed.number


def test_status_words_and_their_problems(actor, tmp_path):
    headers = ("登记日期", "信访人", "内容摘要", "办理状态", "办结日期", "受理日期")
    rows = [
        ("2024-01-02", "甲", "一", "在办", None, None),
        ("2024-01-02", "乙", "二", "交办", None, None),
        ("2024-01-02", "丙", "三", "不予受理", None, None),
        ("2024-01-02", "丁", "四", "转送", None, None),
        ("2024-01-02", "戊", "五", "处理得很好", None, None),
        ("2024-01-02", "己", "六", "办理中", "2024-02-01", None),
        ("2024-01-02", "庚", "七", "已办结", "2023-12-01", None),
        ("2024-01-02", "辛", "八", "已办结", "2024-03-01", "2024-03-05"),
    ]
    plan = plan_import_file(actor, ledger(tmp_path / "s.xlsx", rows, headers), today=TODAY)
    states = [c.state.name for c in plan.cases]
    assert states == ["ACCEPTED", "ASSIGNED", "REJECTED", "REFERRED"]
    assert [(p.row, p.message) for p in plan.problems] == [
        (
            7,
            "办理状态“处理得很好”不认识，可用：已办结、已答复、办理中、已受理、交办、"
            "不予受理、转送、归档、待受理 等",
        ),
        (8, "办理状态是“办理中”，却填了办结日期 2024-02-01"),
        (9, "办结日期 2023-12-01 早于收到日期 2024-01-02"),
        (10, "办结日期 2024-03-01 早于受理日期 2024-03-05"),
    ]


def test_headings_people_use_and_chinese_field_names(actor, tmp_path):
    for request_heading in (
        "内容摘要",
        "反映问题",
        "主要诉求",
        "信访内容",
        "问题摘要",
        "来信来访内容",
        "诉求",
    ):
        mapping = resolve_mapping(
            ["日期", "当事人", request_heading, "处理情况", "办理单位", "信访形式"]
        )
        assert sorted(mapping.values()) == sorted(
            ["received_on", "petitioner", "request", "reply", "handling_office", "channel"]
        )
    path = ledger(
        tmp_path / "odd.xlsx", [GOOD[0]], ("收件日", "来源", "谁", "电话", "事由说明", "x")
    )
    with pytest.raises(ValidationError, match="找不到这些必需的列：收到日期、信访人、信访请求"):
        plan_import_file(actor, path, today=TODAY)
    plan = plan_import_file(
        actor,
        path,
        {"收件日": "收到日期", "谁": "信访人", "事由说明": "信访请求", "x": ""},
        today=TODAY,
    )
    assert plan.ok and plan.cases[0].draft.request == "要求公开食堂收费"
    assert ("x", "不导入") in plan.columns()
    with pytest.raises(ValidationError) as caught:
        resolve_mapping(["a", "b"], {"c": "信访请求", "a": "nonsense"})
    assert [e.message for e in caught.value.errors][:2] == [
        "表格中没有“c”这一列",
        "没有“nonsense”这个字段，可用：" + "、".join(s.label for s in IMPORT_FIELDS.values()),
    ]


def test_strict_values_are_named_with_their_row(actor, tmp_path):
    headers = ("登记日期", "信访人", "内容摘要", "人数")
    rows = [
        ("2024-01-02", "甲", "一", -3),
        ("2024-01-02", "乙", "二", 0),
        ("2024-01-02", "丙", "三", 2.7),
        ("2024-01-02", "丁", "四", "三人"),
        ("2024-02-30", "戊", "五", 1),
        (45301, "己", "六", "4人"),  # an Excel serial day typed as a plain number
        ("2024-01-02", "庚", "七", 2.0),
        ("#VALUE!", "辛", "八", 1),
    ]
    plan = plan_import_file(actor, ledger(tmp_path / "v.xlsx", rows, headers), today=TODAY)
    assert [(p.row, p.message) for p in plan.problems] == [
        (3, "人数“-3”应至少为 1"),
        (4, "人数“0”应至少为 1"),
        (5, "人数“2.7”不是整数"),
        (6, "人数“三人”不是数字"),
        (7, "收到日期“2024-02-30”不是存在的日期"),
        (10, "收到日期是 Excel 错误值 #VALUE!，请改成日期"),
    ]
    good = {c.row: c.draft for c in plan.cases}
    assert good[8].received_on == date(2024, 1, 10) and good[8].people_count == 4
    assert good[9].people_count == 2


def test_merged_cells_trailing_rows_and_an_xls_ledger(actor, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["登记日期", "信访人", "内容摘要"])
    sheet.append([datetime(2024, 1, 2), "甲", "一"])
    sheet.append([None, "乙", "二"])
    sheet.merge_cells("A2:A3")
    for number in range(4, 60):
        sheet.cell(number, 1).number_format = "yyyy-mm-dd"  # styled but empty: trailing rows
    sheet.cell(60, 2).value = "   "
    book.save(tmp_path / "m.xlsx")
    plan = plan_import_file(actor, tmp_path / "m.xlsx", today=TODAY)
    assert plan.ok and [c.draft.received_on for c in plan.cases] == [date(2024, 1, 2)] * 2

    xls = xlwt.Workbook()
    old = xls.add_sheet("2009")
    for column, heading in enumerate(("来信日期", "来信人", "反映问题", "人数")):
        old.write(0, column, heading)
    old.write(1, 0, datetime(2009, 5, 4), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
    old.write(1, 1, "张三")
    old.write(1, 2, "宿舍漏水")
    old.write(1, 3, 3)
    old.write(2, 0, "2009-05-05")
    old.write(2, 1, "李四")
    old.write(2, 2, "食堂")
    old.write(2, 3, -1)
    xls.save(str(tmp_path / "old.xls"))
    plan = plan_import_file(actor, tmp_path / "old.xls", today=TODAY)
    assert [(c.draft.received_on, c.draft.people_count) for c in plan.cases] == [
        (date(2009, 5, 4), 3)
    ]
    assert [(p.row, p.message) for p in plan.problems] == [(3, "人数“-1”应至少为 1")]


def test_cancel_and_permission(database, tmp_path):
    path = ledger(tmp_path / "c.xlsx", GOOD * 300)
    gate = Actor("门卫", Role.GATE)
    with pytest.raises(PermissionDeniedError):
        plan_import_file(gate, path, today=TODAY)
    admin = Actor("管理员", Role.ADMIN)
    plan = plan_import_file(admin, path, today=TODAY)
    with pytest.raises(PermissionDeniedError):
        commit_import(database, gate, plan, now=NOW)
    with pytest.raises(ImportCancelled):
        plan_import_file(admin, path, today=TODAY, cancelled=lambda: True)
    calls = []
    with pytest.raises(ImportCancelled):
        commit_import(
            database,
            admin,
            plan,
            now=NOW,
            cancelled=lambda: bool(calls.append(1)) or len(calls) > 1,
        )
    assert list_case_ids(database, admin) == []


def _stage_tables(database) -> list[str]:
    from sqlalchemy import inspect

    with database.read() as session:
        return [t for t in inspect(session.connection()).get_table_names() if "import_stage" in t]


def test_sqlite_stages_in_short_batches_others_keep_writing_and_see_nothing_half_done(
    sqlite_db, actor, tmp_path, monkeypatch
):
    """The write lock is let go after every batch: a clerk registers a case in the middle of
    the import (taking the number the import had planned), sees none of the staged rows, and
    the import renumbers and still comes in whole."""
    from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
    from xinfang_desktop.services import case_import
    from xinfang_desktop.services.cases import register_case

    monkeypatch.setattr(case_import, "STAGE_BATCH", 100)
    rows = [(f"2026-03-{1 + i % 28:02d}", "来信", f"张{i}", "", f"食堂{i}", "") for i in range(450)]
    plan = plan_import_file(actor, ledger(tmp_path / "many.xlsx", rows), today=TODAY)
    assert plan.ok
    seen = []

    def meanwhile() -> bool:
        seen.append(len(list_case_ids(sqlite_db, actor)))
        if len(seen) == 5:  # the first staging batch is in: the clerk's write goes through
            draft = CaseDraft("来访", date(2026, 3, 3), (PetitionerDraft("李老师"),), "操场积水")
            register_case(sqlite_db, actor, draft, now=NOW)
        return False

    assert commit_import(sqlite_db, actor, plan, now=NOW, cancelled=meanwhile) == 450
    assert set(seen) <= {0, 1}  # nothing of the import was visible before it was whole
    with sqlite_db.read() as session:
        numbers = sorted(session.query(Case.seq).filter(Case.year == 2026).all())
    assert [n for (n,) in numbers] == list(range(1, 452))
    assert _stage_tables(sqlite_db) == []


def test_a_cancelled_or_failed_staging_leaves_nothing(sqlite_db, actor, tmp_path, monkeypatch):
    from xinfang_desktop.services import case_import

    monkeypatch.setattr(case_import, "STAGE_BATCH", 50)
    rows = [("2026-03-02", "来信", f"张{i}", "", f"食堂{i}", "") for i in range(200)]
    plan = plan_import_file(actor, ledger(tmp_path / "c.xlsx", rows), today=TODAY)
    calls = []

    def cancel_during_staging() -> bool:
        calls.append(1)
        return len(calls) > 3  # after the preparing checks, within the staging batches

    with pytest.raises(ImportCancelled):
        commit_import(sqlite_db, actor, plan, now=NOW, cancelled=cancel_during_staging)
    assert list_case_ids(sqlite_db, actor) == [] and _stage_tables(sqlite_db) == []

    def broken_publish(*args):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(case_import, "_publish", broken_publish)
    with pytest.raises(RuntimeError):
        commit_import(sqlite_db, actor, plan, now=NOW)
    assert list_case_ids(sqlite_db, actor) == [] and _stage_tables(sqlite_db) == []
