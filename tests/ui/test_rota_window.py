"""The 值班 page driven like a user: generate a month, change and swap seats, publish, the
duty log, printing; the on-duty label and start-page panel; the Qt models."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel

from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.rota import Unavailability
from xinfang_desktop.services import duty_log, rota
from xinfang_desktop.services.people import add_person
from xinfang_desktop.ui import prompts
from xinfang_desktop.ui.rota.dialogs import GenerateDialog
from xinfang_desktop.ui.rota.models import FairnessModel, RotaTableModel

STAFF = "赵敏 钱多多 孙晓东 李娜 周杰 吴芳"


@pytest.fixture
def pools(unit_db, actor):
    made = {"leader": [], "staff": [], "gate": []}
    for i, name in enumerate(["王建国", "李红梅", "张志强"]):
        made["leader"].append(
            add_person(
                unit_db,
                actor,
                PersonDraft(name, post="副校长", phone=f"1380533{i:04d}", is_leader=True),
            )
        )
    for i, name in enumerate(STAFF.split()):
        made["staff"].append(add_person(unit_db, actor, PersonDraft(name, phone=f"1390533{i:04d}")))
    for name in ["王师傅", "李师傅", "张师傅"]:
        made["gate"].append(add_person(unit_db, actor, PersonDraft(name, office="保卫处")))
    rota.save_pools(unit_db, actor, {k: [p.id for p in v] for k, v in made.items()})
    return made


def open_rota_page(qtbot, window):
    window.show_area(window.rota_page)
    return window.rota_page


def fill_generate(name: str, start: date, end: date, seen: list):
    def run(dialog):
        assert isinstance(dialog, GenerateDialog)
        seen.append(dialog.warning.text() if dialog.warning.isVisibleTo(dialog) else "")
        dialog.name.setText(name)
        dialog.start.setDate(start)
        dialog.end.setDate(end)
        return dialog.try_accept()

    return run


def select_cells(page, cells):
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row, column in cells:
        index = page.model.index(row, column)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def click_cell(qtbot, page, row: int, column: int, *, ctrl: bool = False) -> None:
    """A real mouse click on a cell (Ctrl+click adds it to the selection)."""
    index = page.model.index(row, column)
    page.table.scrollTo(index)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        modifier,
        page.table.visualRect(index).center(),
    )


def test_generate_change_swap_publish_and_print(qtbot, window, unit_db, pools, monkeypatch):
    page = open_rota_page(qtbot, window)
    assert "还没有值班表" in page.status.text()
    seen: list[str] = []
    # Bad input first: an empty name is refused next to the field, the dialog stays.
    dialog = GenerateDialog(unit_db, rota.get_calendar_overrides(unit_db), date(2026, 11, 23), page)
    dialog.name.clear()
    assert not dialog.try_accept()
    assert dialog.name_field.error.text() == "请填写值班表名称"
    # Into a year the holiday data does not know: the dialog says which.
    dialog.end.setDate(date(2027, 1, 31))
    assert "2027年" in dialog.warning.text()

    monkeypatch.setattr(
        prompts,
        "run_dialog",
        fill_generate("2026年12月值班表", date(2026, 12, 1), date(2026, 12, 31), seen),
    )
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=20_000)
    assert seen == [""]
    assert "已生成“2026年12月值班表”" in page.banner.text()
    # A second rota over the same days: refused next to the start date, typing kept.
    again = GenerateDialog(unit_db, rota.get_calendar_overrides(unit_db), date(2026, 11, 23), page)
    again.name.setText("元旦值班表")
    again.start.setDate(date(2026, 12, 31))
    again.end.setDate(date(2027, 1, 3))
    assert not again.try_accept()
    assert "与“2026年12月值班表”" in again.start_field.error.text()
    assert again.name.text() == "元旦值班表"
    assert page.model.rowCount() == 23 + 8 * 2
    # The 日期 column shows the whole date, not "2026年12…" in every row, at 1024×768 too.
    window.resize(1008, 728)
    QApplication.processEvents()
    first_day = page.model.index(0, 0).data()
    assert page.table.columnWidth(0) >= page.table.fontMetrics().horizontalAdvance(first_day)
    assert page.fairness_model.rowCount() == 3 + 6 + 3
    assert "相差 1 次" in page.spread.text() or "相差 0 次" in page.spread.text()

    # Change a seat: the staff member of the first night → someone on leave is refused.
    detail = page.detail
    staff_column = 4 + [code for code, _ in detail.roles].index("staff")
    first_night = detail.shifts[0]
    current = first_night.people_of("staff")[0]
    other = next(p for p in pools["staff"] if p.id != current.person_id)
    rota.add_unavailability(
        unit_db,
        window.rota_page._actor,
        Unavailability(other.id, date(2026, 12, 1), date(2026, 12, 1), "病假"),
    )

    titles = []

    def choose(person_id):
        def run(dialog):
            titles.append(dialog.summary.text())
            dialog.person.setCurrentIndex(dialog.person.findData(person_id))
            return 1

        return run

    click_cell(qtbot, page, 0, staff_column)
    monkeypatch.setattr(prompts, "run_dialog", choose(other.id))
    qtbot.mouseClick(page.seat_button, Qt.MouseButton.LeftButton)
    assert "不能这样安排" in page.banner.text() and "病假" in page.banner.text()
    # The dialog says which date, shift and role it changes.
    assert titles[0].startswith("更换值班人员：2026年12月1日") and "–" in titles[0]
    assert page.model.seats_at(page.model.index(0, staff_column))[0].person_id == current.person_id

    # The 2nd night's staff onto the 1st night too: two nights in a row, asked, accepted.
    second = detail.shifts[1].people_of("staff")[0]
    asked: list[str] = []
    monkeypatch.setattr(prompts, "run_dialog", choose(second.person_id))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda _p, _t, q: asked.append(q) or True)
    # A double click on the cell opens the same choice.
    click_cell(qtbot, page, 0, staff_column)
    qtbot.mouseDClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.table.visualRect(page.model.index(0, staff_column)).center(),
    )
    assert len(asked) == 1 and "连续两晚" in asked[0]
    assert page.model.seats_at(page.model.index(0, staff_column))[0].person_id == second.person_id

    # Publish, then swap two gate seats a week apart: the change is listed.
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert "不能撤回" in asked[-1]  # 发布 is confirmed first
    assert "已发布第 1 版" in page.banner.text()
    gate_column = 4 + [code for code, _ in page.detail.roles].index("gate")
    later = next(
        row
        for row in range(page.model.rowCount())
        if page.model.shift_at(row).day == date(2026, 12, 8)
    )
    before = page.model.seats_at(page.model.index(0, gate_column))[0]
    after = page.model.seats_at(page.model.index(later, gate_column))[0]
    assert before.person_id != after.person_id
    click_cell(qtbot, page, 0, gate_column)
    click_cell(qtbot, page, later, gate_column, ctrl=True)
    assert len(page.table.selectionModel().selectedIndexes()) == 2
    qtbot.mouseClick(page.swap_button, Qt.MouseButton.LeftButton)
    assert page.banner.text() == "已保存"
    assert page.changes.count() == 2
    assert page.model.seats_at(page.model.index(0, gate_column))[0].person_id == after.person_id
    assert "已发布第1版" in page.rotas.currentText()

    # Print the month: one landscape page with the names.
    select_cells(page, [(0, 0)])
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=20_000)
    reader = PdfReader(io.BytesIO(page.last_preview.pdf_bytes))
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1 and "2026年12月值班表" in text and second.name in text
    assert "发布后调整 2 处" in text
    page.last_preview.close()


def test_duty_log_dialog_adds_entries_links_visits_and_signs(
    qtbot, window, unit_db, actor, pools, monkeypatch
):
    from xinfang_desktop.domain.visits import VisitDraft
    from xinfang_desktop.services.visits import register_visit

    today = date.today()
    result = rota.generate(
        unit_db, actor, "本周", today - timedelta(days=1), today + timedelta(days=1)
    )
    page = window.rota_page
    page.reload_rotas(result.rota.id)
    row = 0  # yesterday's first shift: already begun, so a visit during it is in the past
    shift = page.model.shift_at(row)
    visit = register_visit(
        unit_db, actor, VisitDraft(shift.starts_at + timedelta(minutes=30), "张三", "家长来访")
    )
    dialogs = []

    def keep(dialog):
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(prompts, "run_dialog", keep)
    select_cells(page, [(row, 0)])
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs
    qtbot.addWidget(dialog)
    # Empty content: a message under the field, nothing saved.
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.content_field.error.text() == "请填写记录内容"
    assert dialog.entries.rowCount() == 0
    dialog.kind.setCurrentIndex(dialog.kind.findData("来电"))
    dialog.content.setText("家长来电询问放学时间")
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return)
    assert dialog.entries.rowCount() == 1 and dialog.entries.item(0, 1).text() == "来电"
    assert dialog.candidates.count() == 1
    dialog.candidates.item(0).setSelected(True)
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    assert dialog.linked.count() == 1 and "张三" in dialog.linked.item(0).text()
    assert dialog.candidates.count() == 0
    dialog.handover.setPlainText("东门门禁故障，已报修")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.signer_field.error.text() == "请填写签名"
    assert dialog.handover.toPlainText() == "东门门禁故障，已报修"
    dialog.signer.setText("王建国")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "已于" in dialog.banner.text() and not dialog.add_button.isEnabled()
    log = duty_log.get_shift_log(unit_db, actor, shift.id)
    assert log.signed_off_by == "王建国" and log.handover_note == "东门门禁故障，已报修"
    assert [link.id for link in log.links] == [visit.id]
    # The printed log carries the entry, the visit, the handover notes and the signature.
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    text = PdfReader(io.BytesIO(dialog.last_preview.pdf_bytes)).pages[0].extract_text()
    for expected in ("值班记录", "家长来电询问放学时间", "张三", "东门门禁故障", "王建国"):
        assert expected in text
    dialog.last_preview.close()


def test_on_duty_in_status_bar_and_start_page(qtbot, window, unit_db, actor, pools):
    today = date.today()
    result = rota.generate(
        unit_db, actor, "本周", today - timedelta(days=1), today + timedelta(days=1)
    )
    window.rota_page.reload_rotas(result.rota.id)
    window.on_duty_label.refresh(datetime.combine(today, datetime.min.time()).replace(hour=21))
    text = window.on_duty_label.text()
    leaders = [
        s
        for s in rota.on_duty(
            unit_db, datetime.combine(today, datetime.min.time()).replace(hour=21)
        )
    ]
    assert text.startswith("今日值班：") and "带班领导" in text
    assert leaders[0].name in text and leaders[0].phone in text
    window.show_area(window.home_page)
    window.home_page.refresh()
    panel_text = window.home_page.findChild(QLabel, "onDutyPanel").text()
    assert "带班领导" in panel_text and "值班人员" in panel_text


def test_rota_models_pass_the_model_tester(qtmodeltester, unit_db, actor, pools):
    result = rota.generate(unit_db, actor, "12月", date(2026, 12, 1), date(2026, 12, 7))
    first = rota.get_rota(unit_db, result.rota.id).shifts[0].people_of("leader")[0]
    rota.add_unavailability(
        unit_db,
        actor,
        Unavailability(first.person_id, date(2026, 12, 1), date(2026, 12, 1), "出差"),
    )
    detail = rota.get_rota(unit_db, result.rota.id)
    model = RotaTableModel()
    model.set_detail(detail)
    qtmodeltester.check(model)
    fairness = FairnessModel()
    fairness.set_rows(detail.fairness, detail.roles)
    qtmodeltester.check(fairness)
    assert model.data(model.index(0, 0)) == "2026年12月1日"
    leader_cell = model.index(0, 4)
    assert "出差" in model.data(leader_cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(leader_cell, Qt.ItemDataRole.BackgroundRole).color().name() == "#ffb74d"


def test_settings_dialog_pools_rules_and_leave(qtbot, window, unit_db, actor, pools, monkeypatch):
    from xinfang_desktop.ui.rota.settings_widget import RotaSettingsDialog

    dialogs = []
    monkeypatch.setattr(prompts, "run_dialog", lambda d: dialogs.append(d) or 0)
    qtbot.mouseClick(window.rota_page.settings_button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs
    assert isinstance(dialog, RotaSettingsDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    # Pools: leaders' list offers only leaders; untick one and save.
    leader_list = dialog.pool_lists["leader"]
    assert leader_list.count() == 3
    leader_list.item(2).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.save_pools_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.text() == "轮值名单已保存"
    assert rota.get_pools(unit_db)["leader"] == tuple(p.id for p in pools["leader"][:2])

    # Rules: a bad start time and an empty role name are shown next to the tables.
    dialog.patterns.item(0, 1).setText("8点")
    dialog.roles.item(1, 0).setText("")
    qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
    assert "应写成 08:00" in dialog.rules_fields["patterns"].error.text()
    dialog.patterns.item(0, 1).setText("07:30")
    qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
    assert "请填写角色名称" in dialog.rules_fields["roles"].error.text()
    assert dialog.patterns.item(0, 1).text() == "07:30"  # nothing typed is lost
    dialog.roles.item(1, 0).setText("值班教师")
    dialog._add_sensitive_row(None)
    dialog.sensitive.item(0, 0).setText("2026-12-13")
    dialog.sensitive.item(0, 1).setText("国家公祭日")
    qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
    saved = rota.get_rota_settings(unit_db)
    assert saved.roles[1].name == "值班教师" and saved.patterns[0].start.hour == 7
    assert saved.sensitive_days[0].name == "国家公祭日"
    # A role taken out of the form is gone once saved, and its pool list with it.
    dialog.tabs.setCurrentIndex(1)
    dialog.roles.setCurrentCell(2, 0)
    qtbot.mouseClick(dialog.remove_role_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in rota.get_rota_settings(unit_db).roles] == ["带班领导", "值班教师"]
    assert set(dialog.pool_lists) == {"leader", "staff"}

    # Leave: the reason is required; then it is listed.
    qtbot.mouseClick(dialog.add_leave_button, Qt.MouseButton.LeftButton)
    assert dialog.leave_fields["reason"].error.text() == "请填写事由"
    dialog.leave_reason.setText("出差")
    qtbot.mouseClick(dialog.add_leave_button, Qt.MouseButton.LeftButton)
    assert dialog.leave_table.rowCount() == 1 and dialog.leave_table.item(0, 3).text() == "出差"
    dialog.leave_table.selectRow(0)
    qtbot.mouseClick(dialog.cancel_leave_button, Qt.MouseButton.LeftButton)
    assert dialog.leave_table.rowCount() == 0


def test_the_rota_table_stays_where_the_change_was_made(
    qtbot, window, unit_db, actor, pools, monkeypatch
):
    result = rota.generate(unit_db, actor, "12月", date(2026, 12, 1), date(2026, 12, 31))
    page = open_rota_page(qtbot, window)
    page.reload_rotas(result.rota.id)
    staff_column = 4 + [code for code, _ in page.detail.roles].index("staff")
    last = page.model.rowCount() - 1
    click_cell(qtbot, page, last, staff_column)
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0
    current = page.model.seats_at(page.model.index(last, staff_column))[0]
    other = next(p for p in pools["staff"] if p.id != current.person_id)

    def choose(dialog):
        dialog.person.setCurrentIndex(dialog.person.findData(other.id))
        return 1

    monkeypatch.setattr(prompts, "run_dialog", choose)
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *_a: True)
    qtbot.mouseClick(page.seat_button, Qt.MouseButton.LeftButton)
    assert page.banner.text() == "已保存"
    assert page.table.verticalScrollBar().value() == scrolled
    assert page.table.currentIndex().row() == last
