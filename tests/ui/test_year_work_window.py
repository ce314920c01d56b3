"""年度工作 page: record a forum and a report by keyboard, refused input keeps the typing,
an opinion becomes a case, the late report is marked, and the 总结 is saved as Word."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from docx import Document
from PySide6.QtCore import Qt

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.forums import ForumDraft, OpinionDraft
from xinfang_desktop.domain.info_reports import ReportDraft
from xinfang_desktop.services import forums, info_reports
from xinfang_desktop.services.context import Actor
from xinfang_desktop.ui import prompts
from xinfang_desktop.ui.year_work.page import YearWorkPage

CLERK = Actor("刘信访", Role.CLERK)


@pytest.fixture
def page(qtbot, unit_db):
    widget = YearWorkPage(unit_db, CLERK)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_text(widget, text: str) -> None:
    """Chinese arrives through the input method, not as key events: insert at the cursor."""
    if hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def _fill_forum(dialog, qtbot, *, place: str) -> None:
    dialog.kind.setCurrentText("退休教工")
    if place:
        type_text(dialog.place, place)
    type_text(dialog.host, "王建国")
    dialog.count.setValue(18)
    type_text(dialog.opinions, "希望改善活动室")
    qtbot.keyClick(dialog.opinions, Qt.Key.Key_Return)
    type_text(dialog.opinions, "取暖费报销慢")


def test_a_refused_forum_keeps_the_typing_and_a_good_one_is_listed(page, qtbot, monkeypatch):
    tab = page.forums_tab
    attempts = []

    def run(dialog):
        attempts.append(dialog)
        _fill_forum(dialog, qtbot, place="")  # 地点 left empty: refused
        assert not dialog.submit()
        assert "请填写地点" in dialog.fields["place"].error.text()
        assert dialog.opinions.toPlainText() == "希望改善活动室\n取暖费报销慢"
        type_text(dialog.place, "会议室")
        return dialog.submit()

    monkeypatch.setattr(prompts, "run_dialog", run)
    tab.add_button.click()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 1).text() == "退休教工"
    assert tab.table.item(0, 6).text() == "2"
    assert tab.opinions.rowCount() == 2
    assert "已记录座谈会" in tab.banner.text()


def test_an_opinion_becomes_a_case_and_another_is_settled(page, unit_db, monkeypatch):
    forums.add_forum(
        unit_db,
        CLERK,
        ForumDraft(
            date.today(),
            "在职教师",
            "会议室",
            "王建国",
            20,
            opinions=(OpinionDraft("课时安排不均"), OpinionDraft("食堂饭菜")),
        ),
    )
    tab = page.forums_tab
    tab.load()
    tab.table.selectRow(0)
    tab.opinions.selectRow(0)
    monkeypatch.setattr(prompts, "ask_text", lambda *args: "孙老师")
    tab.case_button.click()
    assert "已登记为信访事项" in tab.banner.text()
    tab.opinions.selectRow(1)
    tab.done_button.click()
    assert tab.opinions.item(0, 2).text().startswith("已转信访事项")
    assert tab.opinions.item(1, 2).text().startswith("已落实")
    assert tab.table.item(0, 6).text() == "0"


def test_a_late_report_is_marked_and_a_follow_up_closes_it(page, unit_db, monkeypatch, qtbot):
    now = datetime.now().replace(second=0, microsecond=0)
    tab = page.reports_tab
    page.tabs.setCurrentWidget(tab)

    def first_report(dialog):
        type_text(dialog.title_edit, "校门口家长聚集")
        dialog.occurred.setText((now - timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"))
        type_text(dialog.reported_to, "区教育局信访办")
        type_text(dialog.content, "约二十名家长聚集")
        return dialog.submit()

    monkeypatch.setattr(prompts, "run_dialog", first_report)
    tab.add_button.click()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 3).text().endswith("（超时）")
    assert "已超过报送时限" in tab.banner.text()

    def final_report(dialog):
        type_text(dialog.content, "事件平息")
        dialog.final.setChecked(True)
        return dialog.submit()

    monkeypatch.setattr(prompts, "run_dialog", final_report)
    tab.table.selectRow(0)
    tab.update_button.click()
    assert tab.table.item(0, 4).text() == "已终报"
    assert "终报" in tab.detail.toPlainText()


def test_a_bad_time_is_told_next_to_the_field(page, monkeypatch, qtbot):
    tab = page.reports_tab

    def run(dialog):
        type_text(dialog.occurred, "昨天早上")
        assert not dialog.submit()
        assert "2026-11-23 07:30" in dialog.fields["occurred_at"].error.text()
        assert dialog.occurred.text() == "昨天早上"
        return False

    monkeypatch.setattr(prompts, "run_dialog", run)
    tab.add_button.click()
    assert tab.table.rowCount() == 0


def test_the_gate_sees_no_writing_buttons(qtbot, unit_db):
    gate = YearWorkPage(unit_db, Actor("门卫", Role.GATE))
    qtbot.addWidget(gate)
    assert not gate.forums_tab.add_button.isVisibleTo(gate)
    assert not gate.reports_tab.add_button.isVisibleTo(gate)
    gate.reports_tab.load()
    assert "无权" in gate.reports_tab.banner.text()


def test_the_summary_is_saved_as_word(page, unit_db, monkeypatch, qtbot, tmp_path):
    info_reports.add_report(
        unit_db,
        CLERK,
        ReportDraft(
            datetime.now() - timedelta(hours=1), datetime.now(), "局", "电话", "刘", "事件", "经过"
        ),
    )
    target = tmp_path / "总结"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args: str(target))
    tab = page.summary_tab
    page.tabs.setCurrentWidget(tab)
    tab.export_button.click()
    qtbot.waitUntil(lambda: tab.saved_path is not None, timeout=20000)
    assert tab.saved_path == target.with_suffix(".docx")
    text = "\n".join(p.text for p in Document(str(tab.saved_path)).paragraphs)
    assert "向上级报送信息1件" in text
    assert "已保存到" in tab.banner.text()


def test_a_plan_is_written_and_checked_against_the_records(page, unit_db, monkeypatch, qtbot):
    tab = page.plan_tab
    page.tabs.setCurrentWidget(tab)
    assert "还没有工作计划" in tab.title.text()
    monkeypatch.setattr(prompts, "ask_text", lambda *args: "")
    tab.new_button.click()
    assert tab.title.text().endswith("信访工作计划")

    def weekly(dialog):
        type_text(dialog.goal, "每周一召开例会")
        dialog.check.setCurrentIndex(dialog.check.findData("weekly_meeting"))
        return dialog.submit()

    monkeypatch.setattr(prompts, "run_dialog", weekly)
    tab.add_button.click()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 5).text() == "每周召开例会"

    def bad_target_then_fixed(dialog):
        type_text(dialog.goal, "按期办结率达到95%")
        dialog.check.setCurrentIndex(dialog.check.findData("cases_on_time"))
        type_text(dialog.target, "九十五")
        assert not dialog.submit()
        assert "应为整数" in dialog.fields["target"].error.text()
        assert dialog.goal.toPlainText() == "按期办结率达到95%"
        dialog.target.setText("95")
        return dialog.submit()

    monkeypatch.setattr(prompts, "run_dialog", bad_target_then_fixed)
    tab.add_button.click()
    assert tab.table.rowCount() == 2

    def manual(dialog):
        type_text(dialog.goal, "修订应急预案")
        return dialog.submit()

    monkeypatch.setattr(prompts, "run_dialog", manual)
    tab.add_button.click()
    tab.table.selectRow(2)
    tab.done_button.click()
    assert tab.table.item(2, 6).text() == "已完成"
    tab.table.selectRow(0)
    tab.done_button.click()
    assert "自动检查" in tab.banner.text()


def test_reception_days_and_appointments(page, unit_db, monkeypatch, actor):
    from xinfang_desktop.domain.people import PersonDraft
    from xinfang_desktop.services.people import add_person

    leader = add_person(unit_db, actor, PersonDraft("袁涛", post="校长", is_leader=True))
    tab = page.reception_tab
    page.tabs.setCurrentWidget(tab)

    def schedule(dialog):
        type_text(dialog.place, "校长室")
        dialog.starts.setText("九点")
        assert not dialog.submit()
        assert "09:00" in dialog.fields["starts"].error.text()
        dialog.starts.setText("09:00")
        dialog.leader.setCurrentIndex(dialog.leader.findData(leader.id))
        return dialog.submit()

    monkeypatch.setattr(prompts, "run_dialog", schedule)
    tab.day_button.click()
    assert tab.days.rowCount() == 1 and tab.days.item(0, 3).text() == "校长室"

    tomorrow = (datetime.now() + timedelta(days=1)).replace(hour=10, minute=0)

    def book(dialog):
        dialog.at.setText(tomorrow.strftime("%Y-%m-%d %H:%M"))
        dialog.leader.setCurrentIndex(dialog.leader.findData(leader.id))
        type_text(dialog.name, "张三")
        type_text(dialog.phone, "13800138000")
        type_text(dialog.matter, "反映校车问题")
        return dialog.submit()

    monkeypatch.setattr(prompts, "run_dialog", book)
    tab.book_button.click()
    assert tab.appointments.rowCount() == 1
    assert tab.appointments.item(0, 3).text() == "13800138000"  # a clerk may see the number
    tab.appointments.selectRow(0)
    tab.cancel_button.click()
    assert tab.appointments.item(0, 6).text() == "已取消"


def test_a_review_is_printed_from_the_summary_tab(page, qtbot):
    tab = page.summary_tab
    tab.review_day.setText("十一月")
    tab.review_button.click()
    assert "2026-11-23" in tab.review_error.text()
    tab.review_day.setText(date.today().isoformat())
    tab.review_kind.setCurrentIndex(tab.review_kind.findData("month"))
    tab.review_button.click()
    qtbot.waitUntil(lambda: tab.printer.last_preview is not None, timeout=20000)
    assert tab.review_error.text() == ""
    tab.printer.last_preview.close()


def test_the_plan_is_exported_off_the_gui_thread(page, unit_db, monkeypatch, qtbot, tmp_path):
    from openpyxl import load_workbook

    from xinfang_desktop.services import work_plan

    work_plan.create_plan(unit_db, CLERK, date.today().year, "计划")
    work_plan.add_item(unit_db, CLERK, date.today().year, work_plan.PlanItemDraft("例会"))
    tab = page.plan_tab
    tab.load()
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args: str(tmp_path / "计划"))
    tab.export_button.click()
    qtbot.waitUntil(lambda: "已保存到" in tab.banner.text(), timeout=20000)
    assert load_workbook(tmp_path / "计划.xlsx").active["B4"].value == "例会"


def test_an_emergency_plan_is_saved_and_opened_from_a_report(page, unit_db, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    document = tmp_path / "应急预案.pdf"
    document.write_bytes(b"%PDF-1.4 plan")
    tab = page.reports_tab
    answers = iter(["校门口聚集", "校园突发事件应急预案"])
    monkeypatch.setattr(prompts, "ask_text", lambda *args: next(answers))
    monkeypatch.setattr(prompts, "ask_open_path", lambda *args: str(document))
    tab.add_plan_button.click()
    assert "已保存“校门口聚集”的应急预案" in tab.banner.text()
    info_reports.add_report(
        unit_db, CLERK,
        ReportDraft(datetime.now() - timedelta(hours=1), datetime.now(), "局", "电话", "刘",
                    "聚集", "经过", kind="校门口聚集"),
    )  # fmt: skip
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    tab.load()
    tab.table.selectRow(0)
    tab.plan_button.click()
    from pathlib import Path

    assert opened and Path(opened[0]).read_bytes() == b"%PDF-1.4 plan"
