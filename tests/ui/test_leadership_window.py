"""The leadership area driven through the real window: forming the group, assigning groups,
recording a screening, turning a finding into a case and into a dispute, printing."""

from __future__ import annotations

from collections import deque
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from xinfang_desktop.domain.leadership import ROLE_LEADER, MemberDraft, TermDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import disputes, leadership, screening
from xinfang_desktop.services.people import add_person
from xinfang_desktop.ui import prompts


@pytest.fixture
def staff(unit_db, actor):
    return {
        name: add_person(unit_db, actor, PersonDraft(name, post=post, is_leader=True))
        for name, post in [("王建国", "校长"), ("李红", "副校长"), ("孙丽", "教导主任")]
    }


@pytest.fixture
def dialogs(monkeypatch):
    """Each dialog the page opens is handed to the next filler in the queue."""
    queue: deque = deque()
    seen: list = []

    def run(dialog):
        seen.append(dialog)
        try:
            assert queue, f"unexpected dialog {dialog.windowTitle()}"
            return queue.popleft()(dialog)
        except BaseException as exc:
            # An exception must not cross Qt's event dispatch (it aborts); click() re-raises.
            _failures.append(exc)
            dialog.reject()
            return 0

    monkeypatch.setattr(prompts, "run_dialog", run)
    return queue, seen


_failures: list[BaseException] = []


def type_text(qtbot, widget, text: str) -> None:
    """Latin keys one by one, Chinese committed the way an input method does (QTest's key
    clicks only know ASCII)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if _failures:
        raise _failures.pop()


def ok(qtbot, dialog) -> int:
    """Press 保存 the way a user does and return what run_dialog would."""
    click(qtbot, dialog.buttons.buttons()[0])
    return dialog.result()


def test_form_the_group_with_bad_input_first(qtbot, window, staff, dialogs):
    queue, seen = dialogs
    window.show_area(window.leadership_page)
    tab = window.leadership_page.group_tab
    assert "尚未成立领导小组" in tab.term_info.text()

    def bad_then_good_term(dialog):
        dialog.founded_on.clear()
        type_text(qtbot, dialog.founded_on, "2026-13-01")
        type_text(qtbot, dialog.document_number, "邹小发〔2026〕8号")
        assert ok(qtbot, dialog) == 0  # stays open
        assert dialog.fields["founded_on"].error.text() == "日期“2026-13-01”不对，应写成 2026-11-23"
        dialog.founded_on.clear()
        type_text(qtbot, dialog.founded_on, "2026-09-01")
        assert ok(qtbot, dialog) == 0
        assert dialog.fields["meeting"].error.text() == "请填写决定会议"
        assert dialog.document_number.text() == "邹小发〔2026〕8号"  # nothing typed is lost
        type_text(qtbot, dialog.meeting, "2026年第5次行政会")
        return ok(qtbot, dialog)

    queue.append(bad_then_good_term)
    click(qtbot, tab.new_term_button)
    assert "2026年第5次行政会" in tab.term_info.text()

    def correct_number(dialog):
        assert dialog.founded_on.isReadOnly()
        dialog.document_number.clear()
        type_text(qtbot, dialog.document_number, "邹小发〔2026〕9号")
        return ok(qtbot, dialog)

    queue.append(correct_number)
    click(qtbot, tab.edit_term_button)
    assert "文号：邹小发〔2026〕9号" in tab.term_info.text()

    def member(name, role_label, duties):
        def fill(dialog):
            dialog.person.setCurrentIndex(
                dialog.person.findText(f"{name}（", Qt.MatchFlag.MatchStartsWith)
            )
            dialog.role.setCurrentIndex(dialog.role.findText(role_label))
            type_text(qtbot, dialog.duties, duties)
            return ok(qtbot, dialog)

        return fill

    queue.extend(
        [
            member("王建国", "组长", "全面负责"),
            member("李红", "副组长", "分管安全稳定"),
            member("孙丽", "组长", "包低年级"),  # a second 组长: refused in the dialog
        ]
    )
    click(qtbot, tab.add_button)
    click(qtbot, tab.add_button)
    click(qtbot, tab.add_button)
    refused = seen[-1]
    assert refused.result() == 0
    assert refused.fields["role"].error.text() == "本届已有组长，请先调整原组长的职务"
    assert [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())] == ["王建国", "李红"]
    assert tab.table.item(0, 0).text() == "组长"

    # 李红's duties change from today: the old row is kept and shows with the history.
    def new_duties(dialog):
        assert not dialog.person.isEnabled()
        dialog.duties.clear()
        type_text(qtbot, dialog.duties, "分管安全稳定和包组摸排")
        return ok(qtbot, dialog)

    tab.table.selectRow(1)
    queue.append(new_duties)
    click(qtbot, tab.change_button)
    assert tab.table.item(1, 7).text() == "分管安全稳定和包组摸排"
    tab.history_box.setChecked(True)
    rows = [
        (tab.table.item(r, 1).text(), tab.table.item(r, 7).text())
        for r in range(tab.table.rowCount())
    ]
    assert ("李红", "分管安全稳定") in rows and ("李红", "分管安全稳定和包组摸排") in rows
    tab.history_box.setChecked(False)

    # The roster prints into the preview.
    click(qtbot, tab.roster_button)
    qtbot.waitUntil(lambda: tab.printer.last_preview is not None, timeout=10_000)
    assert tab.printer.last_preview.document.pageCount() == 1
    tab.printer.last_preview.close()
    assert [m.name for m in leadership.current_members(window._db)] == ["王建国", "李红"]


@pytest.fixture
def formed(unit_db, actor, staff):
    term = leadership.found_term(
        unit_db, actor, TermDraft(date.today() - timedelta(days=30), "行政会")
    )
    leadership.add_member(unit_db, actor, term.id, MemberDraft(staff["王建国"].id, ROLE_LEADER))
    leadership.add_member(unit_db, actor, term.id, MemberDraft(staff["李红"].id, "deputy"))
    return term


def _row_of(table, text):
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == text:
            return row
    raise AssertionError(f"{text} not in table")


def test_assign_groups_record_screening_and_turn_finding_into_case(
    qtbot, window, formed, staff, dialogs, monkeypatch
):
    queue, seen = dialogs
    window.show_area(window.leadership_page)
    page = window.leadership_page
    page.tabs.setCurrentWidget(page.screening_tab)
    tab = page.screening_tab
    # The school's groups are there by default; none screened, all overdue after 30 days.
    assert tab.overview.rowCount() == 10
    first = _row_of(tab.overview, "一年级组")
    assert tab.overview.item(first, 4).text() == "逾期未摸排"

    def assign_to(name):
        def fill(dialog):
            dialog.leader.setCurrentIndex(
                dialog.leader.findText(name, Qt.MatchFlag.MatchStartsWith)
            )
            return ok(qtbot, dialog)

        return fill

    tab.overview.selectRow(first)
    queue.append(assign_to("李红"))
    click(qtbot, tab.assign_button)
    assert tab.overview.item(_row_of(tab.overview, "一年级组"), 1).text() == "李红"

    # Handing the group to another leader asks first; saying no keeps 李红.
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: False)
    tab.overview.selectRow(_row_of(tab.overview, "一年级组"))
    queue.append(assign_to("王建国"))
    click(qtbot, tab.assign_button)
    assert seen[-1].fields["leader_id"].error.text() == (
        "一年级组本届已由李红负责，一个组只能有一名负责领导"
    )
    assert tab.overview.item(_row_of(tab.overview, "一年级组"), 1).text() == "李红"
    # 音乐组 assigned and then released again.
    tab.overview.selectRow(_row_of(tab.overview, "音乐组"))
    queue.append(assign_to("王建国"))
    click(qtbot, tab.assign_button)
    assert tab.overview.item(_row_of(tab.overview, "音乐组"), 1).text() == "王建国"
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)
    tab.overview.selectRow(_row_of(tab.overview, "音乐组"))
    click(qtbot, tab.unassign_button)
    assert tab.overview.item(_row_of(tab.overview, "音乐组"), 1).text() == "（未指定）"

    def screening_with_finding(dialog):
        assert dialog.group.currentText() == "一年级组"
        assert dialog.screened_by.currentText().startswith("李红")
        assert ok(qtbot, dialog) == 0
        assert dialog.fields["findings"].error.text() == "请填写发现的问题，或勾选“无新问题”"
        type_text(qtbot, dialog.findings, "家长对午托收费有意见")
        dialog.risk.setCurrentIndex(dialog.risk.findText("中"))
        return ok(qtbot, dialog)

    tab.overview.selectRow(_row_of(tab.overview, "一年级组"))
    queue.append(screening_with_finding)
    click(qtbot, tab.record_button)
    assert tab.overview.item(_row_of(tab.overview, "一年级组"), 4).text() == "按期"
    assert tab.records.rowCount() == 1
    assert tab.records.item(0, 7).text() == "家长对午托收费有意见"

    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)
    tab.records.selectRow(0)
    # The administrator registers cases: one action opens the case form filled from the finding.
    click(qtbot, tab.case_button)
    assert window.pages.currentWidget() is window.cases_page
    form = window.cases_page.form
    assert form.title.text() == "新信访事项（来自包组摸排发现）"
    assert form.request.toPlainText() == "家长对午托收费有意见"
    click(qtbot, form.save_button)
    window.show_area(window.leadership_page)
    tab.load_overview()
    assert tab.records.item(0, 4).text() == "已转信访事项"
    assert screening.pending_case_requests(window._db) == []
    # The same finding cannot be handed on twice.
    tab.records.selectRow(0)
    click(qtbot, tab.case_button)
    assert "不能重复处理" in tab.banner.text()
    tab.records.selectRow(0)
    click(qtbot, tab.dispute_button)  # no dialog opens: the queue is empty
    assert tab.banner.text() == "这条摸排无新问题或已转出，不能再转为矛盾纠纷"


def test_no_new_issues_and_finding_to_dispute(qtbot, window, formed, staff, dialogs):
    queue, _ = dialogs
    window.show_area(window.leadership_page)
    page = window.leadership_page
    page.tabs.setCurrentWidget(page.screening_tab)
    tab = page.screening_tab

    def record(group, *, findings=""):
        def fill(dialog):
            dialog.group.setCurrentIndex(dialog.group.findText(group))
            dialog.screened_by.setCurrentIndex(1)
            if findings:
                type_text(qtbot, dialog.findings, findings)
                dialog.risk.setCurrentIndex(dialog.risk.findText("高"))
            else:
                click(qtbot, dialog.no_new_issues)
            return ok(qtbot, dialog)

        return fill

    queue.extend([record("音乐组"), record("体育组", findings="两位教师因排课争执")])
    click(qtbot, tab.record_button)
    click(qtbot, tab.record_button)
    assert {tab.records.item(r, 7).text() for r in range(2)} == {"无新问题", "两位教师因排课争执"}

    def dispute(dialog):
        assert dialog.matter.toPlainText() == "体育组：两位教师因排课争执"
        assert ok(qtbot, dialog) == 0  # team, plan and deadline are missing
        errors = {n: f.error.text() for n, f in dialog.fields.items() if f.error.text()}
        assert set(errors) == {"team_ids", "plan", "deadline"}
        dialog.team.check([staff["李红"].id, staff["王建国"].id])
        type_text(qtbot, dialog.plan, "分别谈话，重新排课")
        type_text(qtbot, dialog.deadline, (date.today() + timedelta(days=7)).isoformat())
        return ok(qtbot, dialog)

    queue.append(dispute)
    tab.records.selectRow(_row_of(tab.records, tab.records.item(0, 0).text()))
    for row in range(tab.records.rowCount()):
        if tab.records.item(row, 1).text() == "体育组":
            tab.records.selectRow(row)
    click(qtbot, tab.dispute_button)
    converted = [tab.records.item(r, 4).text() for r in range(2)]
    assert "已转矛盾纠纷" in converted
    ledger = disputes.list_disputes(window._db, window.actor)
    assert [d.team for d in ledger] == [("王建国", "李红")]  # roster order: 校长 first
    page.tabs.setCurrentWidget(page.disputes_tab)
    assert page.disputes_tab.table.item(0, 1).text() == "体育组：两位教师因排课争执"


def test_overdue_dispute_on_the_start_page(qtbot, window, formed, staff, actor):
    from xinfang_desktop.domain.disputes import DisputeDraft

    disputes.add_dispute(
        window._db,
        actor,
        DisputeDraft(
            date.today() - timedelta(days=20),
            "家长与班主任矛盾",
            staff["李红"].id,
            (staff["李红"].id,),
            "约谈双方",
            date.today() - timedelta(days=1),
            "high",
        ),
    )
    window.show_area(window.home_page)
    window.home_page.refresh()
    text = window.leadership_panel.summary.text()
    assert "逾期纠纷：家长与班主任矛盾" in text
    # The term began 30 days ago and nobody has screened: every group is late.
    assert "未按期摸排：一年级组、二年级组" in text


def test_people_page_keeps_bad_input_then_saves_and_marks_left(qtbot, window, dialogs):
    queue, _ = dialogs
    window.show_area(window.people_page)
    page = window.people_page
    type_text(qtbot, page.name, "周敏")
    type_text(qtbot, page.post, "总务主任")
    type_text(qtbot, page.phone, "138-abc")
    click(qtbot, page.save_button)
    assert page.fields["phone"].error.text().startswith("联系电话格式不对")
    assert page.name.text() == "周敏" and page.post.text() == "总务主任"
    page.phone.clear()
    type_text(qtbot, page.phone, "13805331234")
    click(qtbot, page.save_button)
    assert page.table.rowCount() == 1 and page.table.item(0, 5).text() == "在岗"

    def left_today(dialog):
        return ok(qtbot, dialog)

    page.table.selectRow(0)
    queue.append(left_today)
    click(qtbot, page.left_button)
    assert page.table.rowCount() == 0  # left people are hidden unless asked for
    page.show_left.setChecked(True)
    assert page.table.item(0, 5).text().endswith("离岗")


def test_groups_in_settings_add_refuse_duplicate_and_import(qtbot, window, monkeypatch, tmp_path):
    from openpyxl import Workbook

    window.show_area(window.settings_page)
    from xinfang_desktop.ui.leadership.settings_box import ScreeningSettingsBox

    box = window.settings_page.findChild(ScreeningSettingsBox)
    assert box.table.rowCount() == 10
    type_text(qtbot, box.name, "音乐组")
    click(qtbot, box.add_button)
    assert box.name_field.error.text() == "已有名为“音乐组”的组"
    assert box.name.text() == "音乐组"
    box.name.clear()
    type_text(qtbot, box.name, "科学组")
    box.kind.setCurrentIndex(box.kind.findText("学科组"))
    click(qtbot, box.add_button)
    names = [box.table.item(row, 0).text() for row in range(box.table.rowCount())]
    assert "科学组" in names
    # 年级组 first, in their natural order, then the 学科组.
    assert names[:6] == ["一年级组", "二年级组", "三年级组", "四年级组", "五年级组", "六年级组"]

    book = Workbook()
    book.active.append(["组名", "类别"])
    book.active.append(["总务处", "科室"])
    path = tmp_path / "groups.xlsx"
    book.save(path)
    monkeypatch.setattr(prompts, "ask_open_path", lambda *args: str(path))
    click(qtbot, box.import_button)
    qtbot.waitUntil(lambda: box._operation is None and "导入完成" in box.banner.text())
    assert box.table.item(box.table.rowCount() - 1, 0).text() == "总务处"


def test_outreach_month_check_and_dispute_progress(qtbot, window, formed, staff, dialogs, actor):
    from xinfang_desktop.domain.disputes import DisputeDraft

    queue, _ = dialogs
    window.show_area(window.leadership_page)
    page = window.leadership_page
    page.tabs.setCurrentWidget(page.outreach_tab)
    tab = page.outreach_tab
    assert {tab.check.item(r, 4).text() for r in range(tab.check.rowCount())} == {"未下访"}

    def outreach(dialog):
        dialog.leaders.check([staff["王建国"].id])
        type_text(qtbot, dialog.visited, "三年级留守儿童家庭")
        type_text(qtbot, dialog.matter, "了解学习生活情况")
        return ok(qtbot, dialog)

    queue.append(outreach)
    click(qtbot, tab.add_button)
    done = {tab.check.item(r, 0).text(): tab.check.item(r, 4).text() for r in range(2)}
    assert done == {"王建国": "已完成", "李红": "未下访"}
    assert tab.summary.text() == "本月未下访：李红"

    disputes.add_dispute(
        window._db,
        actor,
        DisputeDraft(
            date.today() - timedelta(days=3),
            "邻里纠纷",
            staff["李红"].id,
            (staff["李红"].id,),
            "调解",
            date.today() + timedelta(days=5),
            "low",
        ),
    )
    page.tabs.setCurrentWidget(page.disputes_tab)
    ledger = page.disputes_tab

    def progress(dialog):
        assert ok(qtbot, dialog) == 0
        assert dialog.fields["note"].error.text() == "请填写进展情况"
        type_text(qtbot, dialog.note, "双方达成一致")
        click(qtbot, dialog.resolved)
        return ok(qtbot, dialog)

    ledger.table.selectRow(0)
    queue.append(progress)
    click(qtbot, ledger.note_button)
    assert ledger.table.item(0, 6).text() == "已化解"
    assert ledger.table.item(0, 7).text() == "双方达成一致"
    click(qtbot, ledger.print_button)
    qtbot.waitUntil(lambda: ledger.printer.last_preview is not None, timeout=10_000)
    ledger.printer.last_preview.close()


def test_a_leader_asks_and_the_clerk_registers_from_the_start_page(
    qtbot, unit_db, formed, staff, dialogs, monkeypatch
):
    from datetime import datetime

    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.domain.screening import ScreeningDraft
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.ui.main_window import MainWindow

    leader = Actor("李红", Role.LEADER, 5, staff["李红"].id)
    screening.ensure_default_groups(unit_db)
    groups = {g.name: g for g in screening.list_groups(unit_db)}
    screening.record_screening(
        unit_db,
        leader,
        ScreeningDraft(
            date.today(),
            groups["一年级组"].id,
            staff["李红"].id,
            findings="校门口上下学交通拥堵",
            risk_level="medium",
        ),
        now=datetime.now(),
    )
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)
    leader_window = MainWindow(unit_db, leader)
    qtbot.addWidget(leader_window, before_close_func=lambda w: setattr(w, "_leaving", True))
    tab = leader_window.leadership_page.screening_tab
    tab.load()
    assert tab.records.rowCount() == 1
    tab.records.selectRow(0)
    click(qtbot, tab.case_button)
    assert "待登记" in tab.banner.text()

    clerk_window = MainWindow(unit_db, Actor("张老师", Role.CLERK, 6))
    qtbot.addWidget(clerk_window, before_close_func=lambda w: setattr(w, "_leaving", True))
    panel = clerk_window.pending_findings_panel
    panel.refresh()
    assert panel.findings.count() == 1
    assert "校门口上下学交通拥堵" in panel.findings.item(0).text()
    panel.findings.itemActivated.emit(panel.findings.item(0))
    form = clerk_window.cases_page.form
    assert form.request.toPlainText() == "校门口上下学交通拥堵"
    click(qtbot, form.save_button)
    panel.refresh()
    assert panel.findings.count() == 0


def test_people_import_checks_first_and_saves_only_when_asked(qtbot, window, monkeypatch, tmp_path):
    from openpyxl import Workbook

    from xinfang_desktop.services.people import list_people

    window.show_area(window.people_page)
    page = window.people_page
    book = Workbook()
    book.active.append(["姓名", "部门", "联系电话"])
    book.active.append(["孙丽", "教务处", "13805331234"])
    path = tmp_path / "people.xlsx"
    book.save(path)
    answers, asked = [False, True], []

    def answer(_parent, _title, question):
        asked.append(question)
        return answers.pop(0)

    monkeypatch.setattr(prompts, "ask_open_path", lambda *args: str(path))
    monkeypatch.setattr(prompts, "ask_yes_no", answer)
    page.import_excel()
    qtbot.waitUntil(lambda: not page.busy() and "已取消导入" in page.banner.text())
    assert asked == ["检查通过：将新增 1 人，更新 0 人。现在导入吗？"]
    assert list_people(page._db) == []
    page.import_excel()
    qtbot.waitUntil(lambda: not page.busy() and "导入完成" in page.banner.text())
    assert [p.name for p in list_people(page._db)] == ["孙丽"]


def test_post_order_in_settings_keeps_bad_input_then_orders_the_people_page(qtbot, window, staff):
    from xinfang_desktop.ui.people.post_order_box import PostOrderBox

    window.show_area(window.settings_page)
    box = window.settings_page.findChild(PostOrderBox)
    assert box.posts.text().startswith("校长、党支部书记、书记、副校长")
    box.posts.clear()
    type_text(qtbot, box.posts, "主任、副校长、主任")
    click(qtbot, box.save_button)
    assert "重复" in box.posts_field.error.text()
    assert box.posts.text() == "主任、副校长、主任"  # what was typed stays
    box.posts.clear()
    type_text(qtbot, box.posts, "主任、副校长、校长")
    click(qtbot, box.save_button)
    assert box.posts_field.error.text() == ""
    window.show_area(window.people_page)
    page = window.people_page  # it reloads when shown
    names = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    # 教导主任 ranks as 主任, then the 副校长, then the 校长.
    assert names == ["孙丽", "李红", "王建国"]
