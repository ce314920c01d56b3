"""The year's work inside the main window: its area for those who keep or review the records,
today's 约访 at the gate registered with one key and linked to the visit, the setup checklist,
open reports on 首页, and 关于."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.info_reports import ReportDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.reception import AppointmentDraft
from xinfang_desktop.services import info_reports, reception
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person
from xinfang_desktop.ui import prompts

CLERK = Actor("刘信访", Role.CLERK)


def open_window(qtbot, db, who: Actor):
    from xinfang_desktop.ui.main_window import MainWindow

    main = MainWindow(db, who)
    qtbot.addWidget(main, before_close_func=lambda w: setattr(w, "_leaving", True))
    return main


def _areas(main) -> list[str]:
    return [main.navigation.item(row).text() for row in range(main.navigation.count())]


def test_the_area_is_there_for_those_who_keep_or_review_the_records(qtbot, unit_db):
    assert "年度工作" in _areas(open_window(qtbot, unit_db, CLERK))
    assert "年度工作" in _areas(open_window(qtbot, unit_db, Actor("李副校长", Role.LEADER)))
    assert "年度工作" not in _areas(open_window(qtbot, unit_db, Actor("王师傅", Role.GATE)))


def test_a_booked_visitor_is_registered_with_one_key_and_linked(qtbot, unit_db, actor):
    leader = add_person(unit_db, actor, PersonDraft("袁涛", post="校长", is_leader=True))
    soon = datetime.now().replace(second=0, microsecond=0) + timedelta(minutes=5)
    if soon.date() != datetime.now().date():  # just before midnight: book for now
        soon = datetime.now().replace(second=0, microsecond=0)
    booked = reception.book_appointment(
        unit_db, CLERK,
        AppointmentDraft(soon, leader.id, "张三", "反映校车问题", "13800138000"),
    )  # fmt: skip
    gate = Actor("王师傅", Role.GATE)
    main = open_window(qtbot, unit_db, gate)
    box = main.expected_visitors
    assert box.list.count() == 1 and "张三" in box.list.item(0).text()
    assert "校车" not in box.list.item(0).text()  # the matter stays with those handling it
    assert "13800138000" not in box.list.item(0).text()
    qtbot.keyClick(box.list, Qt.Key.Key_Return)
    form = main.visits_page.form
    assert form.name.text() == "张三"
    # The gate is not told the matter: it may name the person complained about (Art. 30).
    assert form.reason.toPlainText() == "约访"
    assert form.phone.text() == ""  # the gate never receives the number
    visit_id = form.save()
    assert visit_id is not None
    (record,) = reception.list_appointments(unit_db, CLERK, soon.date(), soon.date())
    assert record.id == booked.id and record.status_label == "已到访"
    assert record.visit_id == visit_id
    assert box.list.count() == 0


def test_open_reports_and_the_setup_checklist_on_the_start_page(qtbot, unit_db, actor):
    info_reports.add_report(
        unit_db, CLERK,
        ReportDraft(datetime.now() - timedelta(hours=1), datetime.now(), "局", "电话", "刘",
                    "校门口聚集", "经过"),
    )  # fmt: skip
    main = open_window(qtbot, unit_db, actor)
    main.show_area(main.home_page)
    assert "校门口聚集" in main.reports_panel.summary.text()
    main.reports_panel.open_button.click()
    assert main.pages.currentWidget() is main.year_work_page
    assert main.year_work_page.tabs.currentWidget() is main.year_work_page.reports_tab
    assert any(not step.done for step in main.setup_panel.steps)


def test_about_shows_this_database(qtbot, unit_db, actor, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: shown.append(dialog) or 0)
    main = open_window(qtbot, unit_db, actor)
    main.about_button.click()
    assert shown and shown[0].location_label.text() == str(unit_db.path)
