"""The 例会 area driven through the real window: a record with this week's figures and the
roster, a refused save that keeps the typing, 本周无新问题, 定稿, the principal's signature
from the queue, an addendum after signing, the start-page panel and who sees the area."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.leadership import ROLE_LEADER, ROLE_MEMBER, MemberDraft, TermDraft
from xinfang_desktop.domain.meetings import STATUS_FINAL, STATUS_REVIEWED, monday_of
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import leadership, meetings
from xinfang_desktop.services.cases import register_case
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.visits import register_visit
from xinfang_desktop.ui import prompts
from xinfang_desktop.ui.meetings.form import (
    ACTION_DUE,
    ACTION_OWNER,
    ACTION_TEXT,
    ATTENDANCE_PRESENT,
    ATTENDANCE_REASON,
)

CLERK = Actor("张老师", Role.CLERK)
PRINCIPAL = Actor("王建国", Role.PRINCIPAL)


@pytest.fixture
def roster(unit_db, actor):
    """The leadership group since 2020: 王建国 组长, 李红 组员."""
    wang = add_person(unit_db, actor, PersonDraft("王建国", post="校长", is_leader=True))
    li = add_person(unit_db, actor, PersonDraft("李红", post="副校长", is_leader=True))
    term = leadership.found_term(unit_db, actor, TermDraft(date(2020, 1, 1), "行政会"))
    leadership.add_member(unit_db, actor, term.id, MemberDraft(wang.id, ROLE_LEADER))
    leadership.add_member(unit_db, actor, term.id, MemberDraft(li.id, ROLE_MEMBER))
    return wang, li


def open_window(qtbot, db, who: Actor):
    from xinfang_desktop.ui.main_window import MainWindow

    main = MainWindow(db, who)
    qtbot.addWidget(main, before_close_func=lambda w: setattr(w, "_leaving", True))
    return main


def attendance_row(form, row):
    table = form.attendance
    return (
        table.item(row, 0).text(),
        table.cellWidget(row, ATTENDANCE_PRESENT),
        table.cellWidget(row, ATTENDANCE_REASON),
    )


def saved_meetings(db):
    return meetings.list_meetings(db, PRINCIPAL)


def test_a_new_record_shows_the_weeks_figures_and_the_roster(qtbot, unit_db, actor, roster):
    # This Monday's meeting reviews last week: that is when these arrived.
    now = datetime.now().replace(microsecond=0) - timedelta(days=7)
    register_visit(
        unit_db, actor, VisitDraft(arrived_at=now, name="张三", reason="咨询", people_count=6)
    )
    register_visit(unit_db, actor, VisitDraft(arrived_at=now, name="李四", reason="反映"))
    register_case(
        unit_db, actor, CaseDraft("来信", now.date(), (PetitionerDraft("赵五"),), "反映收费")
    )
    register_visit(  # this week: after the week under review
        unit_db, actor, VisitDraft(arrived_at=now + timedelta(days=7), name="钱六", reason="咨询")
    )
    main = open_window(qtbot, unit_db, CLERK)
    page = main.meetings_page
    main.show_area(page)
    page.new_record()
    form = page.form
    assert form.held_on.date().toPython() == monday_of(date.today())
    assert form.figure_values["visit_batches"].text() == "2"
    assert form.figure_values["visit_persons"].text() == "7"
    assert form.figure_values["new_cases"].text() == "1"
    assert form.figure_values["closed_cases"].text() == "0"
    assert [attendance_row(form, r)[0] for r in range(form.attendance.rowCount())] == [
        "王建国",
        "李红",
    ]
    assert all(attendance_row(form, r)[1].isChecked() for r in range(2))

    # Another week: its figures (nothing registered then), the roster of that day.
    form.held_on.setDate(QDate(monday_of(date.today()) - timedelta(days=7)))
    assert form.figure_values["visit_batches"].text() == "0"
    assert form.attendance.rowCount() == 2
    form.held_on.setDate(QDate(date(2019, 12, 30)))  # before the group was founded
    assert form.attendance.rowCount() == 0
    form.held_on.setDate(QDate(monday_of(date.today())))
    assert form.figure_values["visit_batches"].text() == "2"
    assert form.attendance.rowCount() == 2


def test_absent_without_reason_is_refused_and_the_typing_stays(qtbot, unit_db, roster):
    main = open_window(qtbot, unit_db, CLERK)
    page = main.meetings_page
    page.new_record()
    form = page.form
    form.agenda.setPlainText("一、通报本周信访情况")
    form.discussion.setPlainText("校门口接送秩序问题")
    _name, present, reason = attendance_row(form, 1)
    present.setChecked(False)
    assert reason.isEnabled()
    form.add_action_row()
    form.actions.setFocus()  # leaves the cell the new row opened for typing
    items = form.action_items
    items.setData(items.index(0, ACTION_TEXT), "检查校门口交通")

    form.save_button.click()

    assert saved_meetings(unit_db) == []
    assert not form.banner.isHidden() and "没有保存" in form.banner.text()
    assert "李红：缺席须写明原因" in form.attendance_field.error.text()
    assert "第1项：请为第1项落实事项指定责任人" in form.actions_field.error.text()
    assert form.agenda.toPlainText() == "一、通报本周信访情况"
    assert form.discussion.toPlainText() == "校门口接送秩序问题"
    assert items.index(0, ACTION_TEXT).data() == "检查校门口交通"
    assert items.index(0, ACTION_OWNER).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not attendance_row(form, 1)[1].isChecked()

    # Put right: the reason and the owner; the save goes through.
    reason.setText("外出培训")
    items.setData(items.index(0, ACTION_OWNER), roster[1].id)
    assert items.index(0, ACTION_OWNER).data(Qt.ItemDataRole.BackgroundRole) is None
    form.save_button.click()
    stored = saved_meetings(unit_db)
    assert len(stored) == 1
    assert stored[0].draft.attendance[1].absence_reason == "外出培训"
    assert stored[0].draft.action_items[0].owner_person_id == roster[1].id
    assert form.attendance_field.error.isHidden()
    assert "已保存" in form.banner.text()
    assert page.list.rowCount() == 1 and page.list.item(0, 1).text() == "草稿"


def test_no_new_issues_then_save_and_finalise(qtbot, unit_db, roster, monkeypatch):
    main = open_window(qtbot, unit_db, CLERK)
    page = main.meetings_page
    assert page.queue is None  # the clerk writes, the principal signs
    page.new_record()
    form = page.form
    form.add_action_row()
    form.no_new_issues_button.click()
    assert form.discussion.toPlainText() == "本周无新问题"
    assert form.decisions.toPlainText() == "本周无新问题"
    assert form.action_items.rowCount() == 0
    form.save_button.click()
    assert form.record is not None and not form.finalise_button.isHidden()
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, _t, _q: False)
    form.finalise_button.click()  # asked, and the answer was no
    assert [m.status for m in saved_meetings(unit_db)] != [STATUS_FINAL]
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, _t, _q: True)
    form.finalise_button.click()
    stored = saved_meetings(unit_db)
    assert [m.status for m in stored] == [STATUS_FINAL]
    assert "已定稿" in form.banner.text()
    assert page.list.item(0, 1).text() == "定稿"
    assert form.finalise_button.isHidden()


def test_a_late_save_over_someone_elses_is_refused_and_keeps_the_text(
    qtbot, unit_db, actor, roster
):
    main = open_window(qtbot, unit_db, CLERK)
    page = main.meetings_page
    page.new_record()
    page.form.save_button.click()
    record = page.form.record
    # Meanwhile the record is changed on another PC.
    meetings.save_meeting(unit_db, actor, record.draft.__class__(**{
        **record.draft.__dict__, "agenda": "另一台电脑的修改"
    }), meeting_id=record.id, expected_version=record.version)  # fmt: skip
    page.form.agenda.setPlainText("我的议程")
    page.form.save_button.click()
    assert "刚被别人修改过" in page.form.banner.text()
    assert page.form.agenda.toPlainText() == "我的议程"
    assert saved_meetings(unit_db)[0].draft.agenda == "另一台电脑的修改"


def test_the_principal_signs_from_the_queue_then_an_addendum(
    qtbot, unit_db, actor, roster, monkeypatch
):
    draft = meetings.new_meeting(unit_db, actor)
    record = meetings.save_meeting(unit_db, actor, draft.__class__(**{
        **draft.__dict__, "agenda": "通报本周情况", "discussion": "本周无新问题"
    }))  # fmt: skip
    meetings.finalise(unit_db, actor, record.id, expected_version=record.version)

    main = open_window(qtbot, unit_db, PRINCIPAL)
    page = main.meetings_page
    page.load()
    assert page.tabs.tabText(1) == "待审签（1）"
    page.tabs.setCurrentIndex(1)
    page.queue.selectRow(0)
    review = page.review_form
    assert review.record.id == record.id
    assert review.agenda.isReadOnly() and review.save_button.isHidden()
    assert not review.sign_box.isHidden()
    review.comment.setPlainText("同意。请各组继续做好摸排。")
    # The sign box follows the record: the principal reads first, then signs.
    body = review.body.layout()
    assert body.indexOf(review.sign_box) > body.indexOf(review.actions_field)
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, _t, q: "不能撤回" in q)
    review.sign_button.click()

    signed = meetings.get_meeting(unit_db, actor, record.id)
    assert (signed.status, signed.reviewed_by) == (STATUS_REVIEWED, "王建国")
    assert page.queue.rowCount() == 0 and page.tabs.tabText(1) == "待审签（0）"
    assert "已审签" in review.banner.text()

    # In the list the signed record opens read-only, with the signature and an addendum box.
    page.tabs.setCurrentIndex(0)
    page.list.selectRow(0)
    form = page.form
    assert form.record.status == STATUS_REVIEWED
    assert not form.editable and form.agenda.isReadOnly() and form.held_on.isReadOnly()
    assert form.save_button.isHidden() and form.no_new_issues_button.isHidden()
    assert not attendance_row(form, 0)[1].isEnabled()
    assert "同意。请各组继续做好摸排。" in form.review_info.text()
    assert "王建国" in form.review_info.text()
    assert not form.signed_box.isHidden()
    form.addendum_button.click()  # empty: refused in Chinese
    assert form.addendum_field.error.text() != "" and not form.addendum_field.error.isHidden()
    form.addendum.setPlainText("李红已于周五完成检查。")
    form.addendum_button.click()
    assert "李红已于周五完成检查。" in form.addenda.text()
    assert meetings.get_meeting(unit_db, actor, record.id).addenda[0][2] == "李红已于周五完成检查。"
    assert form.agenda.toPlainText() == "通报本周情况"  # what was signed stays


def test_the_print_button_previews_the_minutes_of_the_open_record(qtbot, unit_db, roster):
    import io

    from pypdf import PdfReader

    main = open_window(qtbot, unit_db, CLERK)
    page = main.meetings_page
    page.new_record()
    assert not page.form.print_button.isEnabled()  # nothing stored yet
    page.form.agenda.setPlainText("通报本周情况")
    page.form.save_button.click()
    page.form.print_button.click()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=10_000)
    reader = PdfReader(io.BytesIO(page.last_preview.pdf_bytes))
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    assert "信访工作领导小组例会记录" in text and "通报本周情况" in text
    assert "（草稿，尚未审签）" in text


def test_the_home_panel_counts_records_waiting_and_reminds_of_this_week(
    qtbot, unit_db, actor, roster
):
    from xinfang_desktop.ui.meetings.home_panel import MeetingReviewPanel

    clerk_panel = MeetingReviewPanel(unit_db, CLERK)
    qtbot.addWidget(clerk_panel)
    clerk_panel.refresh()
    assert "本周" in clerk_panel.summary.text() and "尚未建立" in clerk_panel.summary.text()

    for day in (date(2026, 11, 16), date.today()):
        saved = meetings.save_meeting(unit_db, actor, meetings.new_meeting(unit_db, actor, day))
        meetings.finalise(unit_db, actor, saved.id, expected_version=saved.version)
    clerk_panel.refresh()
    assert "尚未建立" not in clerk_panel.summary.text()

    main = open_window(qtbot, unit_db, PRINCIPAL)
    panels = [p for p in main.home_page.panels if p.title() == "例会"]
    assert len(panels) == 1
    text = panels[0].summary.text()
    assert "待审签例会记录 2 份" in text and "2026年11月16日" in text


def test_who_sees_the_meetings_area(qtbot, unit_db, window):
    def titles(main):
        return [main.navigation.item(i).text() for i in range(main.navigation.count())]

    assert titles(window).index("例会") == titles(window).index("统计") + 1
    assert titles(window).index("年度工作") == titles(window).index("例会") + 1
    assert titles(window).index("用户管理") == titles(window).index("年度工作") + 1
    for who in (CLERK, PRINCIPAL):
        assert "例会" in titles(open_window(qtbot, unit_db, who))
    gate = open_window(qtbot, unit_db, Actor("王师傅", Role.GATE))
    assert gate.meetings_page is None and "例会" not in titles(gate)


def test_a_page_change_refreshes_the_start_page(qtbot, unit_db, roster):
    main = open_window(qtbot, unit_db, CLERK)
    with qtbot.waitSignal(main.home_page.refreshed):
        main.meetings_page.new_record()
        main.meetings_page.form.save_button.click()


def test_a_due_date_before_the_meeting_is_marked_on_its_row(qtbot, unit_db, roster):
    main = open_window(qtbot, unit_db, CLERK)
    page = main.meetings_page
    page.new_record()
    form = page.form
    form.add_action_row()
    form.actions.setFocus()
    items = form.action_items
    items.setData(items.index(0, ACTION_TEXT), "整改")
    items.setData(items.index(0, ACTION_OWNER), roster[0].id)
    items.setData(items.index(0, ACTION_DUE), QDate(2020, 1, 1))
    form.save_button.click()
    assert "完成期限不能早于会议日期" in form.actions_field.error.text()
    assert items.is_invalid(0, ACTION_DUE)
    assert saved_meetings(unit_db) == []


def test_unsaved_typing_is_never_dropped_unasked(qtbot, unit_db, actor, roster, monkeypatch):
    from xinfang_desktop.ui import prompts

    for day in (date(2026, 11, 9), date(2026, 11, 16)):
        meetings.save_meeting(unit_db, actor, meetings.new_meeting(unit_db, actor, day))
    main = open_window(qtbot, unit_db, CLERK)
    page = main.meetings_page
    page.load()
    page.list.selectRow(0)
    form = page.form
    assert form.record.draft.held_on == date(2026, 11, 16) and not form.has_changes()
    form.agenda.setPlainText("尚未保存的议程")
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: asked.append(a[2]) or False)
    page.list.selectRow(1)
    assert asked and "未保存" in asked[0]
    assert form.record.draft.held_on == date(2026, 11, 16)
    assert form.agenda.toPlainText() == "尚未保存的议程"
    assert page.list.selectionModel().selectedRows()[0].row() == 0

    # Saved elsewhere meanwhile: the typing stays and the form says so.
    shown = form.record
    meetings.finalise(unit_db, actor, shown.id, expected_version=shown.version)
    page.load()
    assert form.agenda.toPlainText() == "尚未保存的议程"
    assert "已在别处更新（现为定稿）" in form.banner.text()
    # Without typing on screen the new state is simply shown.
    form.agenda.setPlainText("")
    page.load()
    assert form.record.status == STATUS_FINAL and "定稿" in form.heading.text()


def test_a_quarters_records_print_as_one_pdf_from_the_page(qtbot, unit_db, roster):
    import io

    from pypdf import PdfReader

    main = open_window(qtbot, unit_db, CLERK)
    page = main.meetings_page
    page.new_record()
    page.form.agenda.setPlainText("通报本周情况")
    page.form.save_button.click()
    page.quarter_button.click()  # signed records only: the draft stays out
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=10_000)
    reader = PdfReader(io.BytesIO(page.last_preview.pdf_bytes))
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    assert "本期编入例会记录0次" in text and "通报本周情况" not in text
    page.last_preview = None
    page.include_unsigned.setChecked(True)
    page.quarter_button.click()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=10_000)
    reader = PdfReader(io.BytesIO(page.last_preview.pdf_bytes))
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    assert "信访工作领导小组例会记录汇编" in text and "本期编入例会记录1次" in text
    assert "通报本周情况" in text and "草稿" in text



def test_the_start_page_meeting_line_opens_the_queue(qtbot, unit_db, actor, roster):
    draft = meetings.new_meeting(unit_db, actor)
    record = meetings.save_meeting(unit_db, actor, draft)
    meetings.finalise(unit_db, actor, record.id, expected_version=record.version)
    main = open_window(qtbot, unit_db, PRINCIPAL)
    main.show_area(main.home_page)
    assert "待审签例会记录 1 份" in main.meeting_panel.summary.text()
    main.meeting_panel.open_button.click()
    assert main.pages.currentWidget() is main.meetings_page
    assert main.meetings_page.tabs.currentIndex() == 1
