"""A case driven through the real window: gate visit → case → accept → assign → reply →
close, the start page, a refused save that keeps the typing, and a notice preview."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from xinfang_desktop.domain.case_flow import CaseState, Step
from xinfang_desktop.domain.case_notices import NoticeKind
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.dates import chinese_date
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import cases as case_service
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services.people import add_person
from xinfang_desktop.ui import prompts
from xinfang_desktop.ui.cases.table_model import CaseTableModel


def type_text(qtbot, widget, text: str) -> None:
    """ASCII through key clicks, Chinese committed as an input method does."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def _choose_step(qtbot, panel, step: Step) -> None:
    index = panel.step.findData(step.name)
    offered = [panel.step.itemText(i) for i in range(panel.step.count())]
    assert index >= 0, f"{step.value} not offered: {offered}"
    panel.step.setCurrentIndex(index)


def _type_detail(qtbot, panel, name: str, text: str) -> None:
    widget = panel.detail_widget(name)
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    type_text(qtbot, widget, text)


def test_visit_becomes_a_case_that_is_handled_to_the_end(
    qtbot, window, unit_db, actor, tmp_path, monkeypatch
):
    today = date.today()
    principal = add_person(unit_db, actor, PersonDraft("王建国", post="校长", is_leader=True))
    window.cases_page.form.reload_people()
    visit_service.register_visit(
        unit_db,
        actor,
        VisitDraft(
            arrived_at=datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=5),
            name="张三",
            phone="13800138000",
            reason="反映孩子午餐分量不足",
        ),
    )
    window.visits_page.show_today()
    window.visits_page.table.setFocus()
    qtbot.keyClick(window.visits_page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)

    page = window.cases_page
    form = page.form
    assert window.pages.currentWidget() is page
    assert form.request.toPlainText() == "反映孩子午餐分量不足"
    assert form.petitioners.item(0, 0).text() == "张三"
    assert form.channel.currentData() == "来访"

    # A refused save keeps what was typed and says why under the field.
    form.request.clear()
    qtbot.keyClick(form.request, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.fields["request"].error.text() == "请填写信访请求"
    assert form.petitioners.item(0, 0).text() == "张三"
    assert case_service.list_case_ids(unit_db, actor) == []

    type_text(qtbot, form.request, "要求增加午餐分量")
    form.owner.setCurrentIndex(form.owner.findData(principal.id))
    type_text(qtbot, form.accused_office, "总务处")
    qtbot.keyClick(form.request, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "已保存 信访〔" in form.banner.text()
    [case_id] = case_service.list_case_ids(unit_db, actor)
    assert page.model.rowCount() == 1

    panel = page.steps
    page.tabs.setCurrentWidget(panel)
    _choose_step(qtbot, panel, Step.ACCEPT)
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert "已受理" in panel.banner.text()

    _choose_step(qtbot, panel, Step.ASSIGN)
    _type_detail(qtbot, panel, "office", "总务处")
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert "第三十条" in panel.banner.text()  # never to the office the matter is about
    panel.detail_widget("office").clear()
    _type_detail(qtbot, panel, "office", "教务处")
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert "已交办" in panel.banner.text()

    _choose_step(qtbot, panel, Step.REPLY)
    _type_detail(qtbot, panel, "request", "增加午餐分量")
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert panel.detail_fields["facts"].error.text() == "请填写查明事实"
    assert panel.detail_widget("request").toPlainText() == "增加午餐分量"  # kept
    for name, text in (
        ("facts", "分量符合标准"),
        ("reasons", "按标准配餐"),
        ("decision", "维持现行标准，增加加饭窗口"),
        ("basis", "学校食堂管理规定"),
    ):
        _type_detail(qtbot, panel, name, text)
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert "已答复" in panel.banner.text()

    _choose_step(qtbot, panel, Step.CLOSE)
    _type_detail(qtbot, panel, "result", "已书面答复")
    evaluation = panel.detail_widget("evaluation")
    evaluation.setCurrentIndex(evaluation.findData("满意"))
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)

    record = case_service.get_case(unit_db, actor, case_id)
    assert record.state == CaseState.CLOSED
    assert record.events[-1].details["evaluation"] == "满意"
    assert record.draft.handling_office == "教务处"
    assert record.owner_name == "王建国"
    assert [e.step for e in record.events] == [
        Step.REGISTER,
        Step.ACCEPT,
        Step.ASSIGN,
        Step.REPLY,
        Step.CLOSE,
    ]
    assert record.draft.visit_id is not None
    assert panel.history.count() == 5

    # A scanned letter goes with the case.
    scan = tmp_path / "来信扫描.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    monkeypatch.setattr(prompts, "ask_open_path", lambda *args: str(scan))
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert panel.attachments.count() == 1
    assert panel.attachments.item(0).text().startswith("来信扫描.pdf")

    # The written decision is issued from the 文书 tab: numbered, listed, previewed.
    documents = page.documents
    page.tabs.setCurrentWidget(documents)
    assert documents.case_id == case_id
    documents.kind.setCurrentIndex(documents.kind.findData("REPLY"))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)
    qtbot.mouseClick(documents.issue_button, Qt.MouseButton.LeftButton)
    assert documents.last_preview is not None
    text = (
        "".join(
            p.extract_text() for p in PdfReader(io.BytesIO(documents.last_preview.pdf_bytes)).pages
        )
        .replace("\n", "")
        .replace(" ", "")
    )
    assert "信访处理意见书" in text and "维持现行标准，增加加饭窗口" in text
    assert "信处〔" in text
    documents.last_preview.close()
    assert documents.table.rowCount() >= 1
    row = next(
        r
        for r in range(documents.table.rowCount())
        if documents.table.item(r, 0).text() == "信访处理意见书"
    )
    documents.table.selectRow(row)
    qtbot.mouseClick(documents.reprint_button, Qt.MouseButton.LeftButton)
    copy = "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(documents.last_preview.pdf_bytes)).pages
    ).replace(" ", "")
    assert "副本（" in copy and "重印）" in copy
    documents.last_preview.close()
    assert today  # the list and the form used today's date throughout


def test_start_page_counts_open_the_filtered_list(qtbot, window, unit_db, actor):
    principal = add_person(unit_db, actor, PersonDraft("王建国", post="校长", is_leader=True))
    window.cases_page.reload_owners()
    long_ago = date.today() - timedelta(days=40)
    case_service.register_case(
        unit_db,
        actor,
        CaseDraft(
            channel="来信",
            received_on=long_ago,
            petitioners=(PetitionerDraft("李四"),),
            request="操场积水",
            owner_id=principal.id,
        ),
    )
    case_service.register_case(
        unit_db,
        actor,
        CaseDraft(
            channel="来电",
            received_on=date.today(),
            petitioners=(PetitionerDraft("王五"),),
            request="校车晚点",
        ),
    )
    window.show_area(window.home_page)
    window.home_page.refresh()
    [panel] = [p for p in window.home_page.panels if hasattr(p, "buttons")]
    assert panel.buttons["overdue"].text() == "已逾期 1 件"
    assert panel.buttons["due_soon"].text() == "3 天内到期 0 件"  # warning days from settings
    assert panel.buttons["not_notified"].text() == "未书面告知 2 件"
    qtbot.mouseClick(panel.buttons["overdue"], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cases_page
    assert window.cases_page.model.rowCount() == 1
    assert window.cases_page.model.case_row(0).request == "操场积水"

    # The principal's view: per owner, and a click opens that owner's overdue cases.
    window.show_area(window.home_page)
    from xinfang_desktop.ui.cases.home_panel import OwnerSupervisionPanel

    [owners] = [p for p in window.home_page.panels if isinstance(p, OwnerSupervisionPanel)]
    texts = [button.text() for button in owners.rows]
    assert texts[0] == "王建国：办理中 1 件，逾期 1 件，超过 60 天 0 件"
    qtbot.mouseClick(owners.rows[0], Qt.MouseButton.LeftButton)
    page = window.cases_page
    assert page.owner_filter.currentData() == principal.id
    assert page.attention.currentData() == "overdue"
    assert [page.model.case_row(i).request for i in range(page.model.rowCount())] == ["操场积水"]


def test_earlier_cases_of_a_petitioner_show_while_typing(qtbot, window, unit_db, actor):
    earlier = case_service.register_case(
        unit_db,
        actor,
        CaseDraft(
            channel="来信",
            received_on=date.today() - timedelta(days=30),
            petitioners=(PetitionerDraft("李四", phone="13912345678"),),
            request="操场积水",
        ),
    )
    page = window.cases_page
    window.show_area(page)
    page.new_case()
    page.form.petitioners.item(0, 1).setText("13912345678")
    qtbot.waitUntil(lambda: earlier.number in page.form.earlier.text(), timeout=3000)
    assert "此前有 1 件" in page.form.earlier.text()


def test_case_model_passes_the_model_tester(qtmodeltester, unit_db, actor):
    for i in range(3):
        case_service.register_case(
            unit_db,
            actor,
            CaseDraft(
                channel="来信",
                received_on=date.today(),
                petitioners=(PetitionerDraft(f"信访人{i}"),),
                request=f"事项{i}",
            ),
        )
    model = CaseTableModel(unit_db, actor)
    model.reload()
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_case_settings_and_calendar_marks(qtbot, window, unit_db, actor):
    case = case_service.register_case(
        unit_db,
        actor,
        CaseDraft(
            channel="来信",
            received_on=date(2026, 11, 20),
            petitioners=(PetitionerDraft("李四"),),
            request="操场积水",
        ),
    )
    box = window.settings_page.case_settings
    window.show_area(window.settings_page)
    box.number_format.setText("信访{month}")
    box.limit_days["internal_handling"].setValue(90)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "必须含有序号" in box.fields["number_format"].error.text()
    assert box.fields["internal_handling"].error.text() == "内部办结目标不能长于办理期限（60 天）"
    assert box.number_format.text() == "信访{month}"  # kept for correcting

    box.number_format.setText("校信〔{year}〕{seq}号")
    box.limit_days["internal_handling"].setValue(0)
    box.limit_days["notice"].setValue(5)
    box.limit_kinds["notice"].setCurrentIndex(box.limit_kinds["notice"].findData("WORKING"))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "已保存" in box.banner.text()
    # 5 working days after Fri 20 Nov 2026: 23, 24, 25, 26, 27 November.
    assert case_service.get_case(unit_db, actor, case.id).clock.notice_due == date(2026, 11, 27)

    box.tabs.setCurrentIndex(1)
    box.holidays.setPlainText("2026-11-24 校庆\n明天")
    qtbot.mouseClick(box.save_marks_button, Qt.MouseButton.LeftButton)
    assert box.fields["holidays"].error.text() == "“明天”不是日期，请写成 2027-01-01 元旦"
    box.holidays.setPlainText("2026-11-24 校庆")
    qtbot.mouseClick(box.save_marks_button, Qt.MouseButton.LeftButton)
    assert "已保存节假日标记" in box.banner.text()
    assert case_service.get_case(unit_db, actor, case.id).clock.notice_due == date(2026, 11, 30)


def test_a_save_over_someone_elses_change_is_refused_with_the_typing_kept(
    qtbot, window, unit_db, actor
):
    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.services.context import Actor

    case = case_service.register_case(
        unit_db,
        actor,
        CaseDraft(
            channel="来信",
            received_on=date.today(),
            petitioners=(PetitionerDraft("李四"),),
            request="操场积水",
        ),
    )
    page = window.cases_page
    window.show_area(page)
    page.run_search()
    page.table.selectRow(0)
    assert page.form.case_id == case.id
    case_service.take_case_step(
        unit_db,
        Actor("李老师", Role.CLERK),
        case.id,
        Step.ACCEPT,
        date.today(),
        expected_version=case.version,
    )
    page.form.request.setPlainText("操场积水，要求尽快修缮")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "李老师" in page.form.banner.text() and "没有保存" in page.form.banner.text()
    assert page.form.request.toPlainText() == "操场积水，要求尽快修缮"
    assert case_service.get_case(unit_db, actor, case.id).draft.request == "操场积水"


def test_import_dialog_maps_checks_and_imports_all_or_nothing(qtbot, unit_db, actor, tmp_path):
    from openpyxl import Workbook

    from xinfang_desktop.ui.cases.import_dialog import ImportCasesDialog

    book = Workbook()
    sheet = book.active
    sheet.append(["收件日", "姓名", "反映问题", "来源"])
    sheet.append(["2026-03-02", "张三", "要求公开食堂收费", "来信"])
    sheet.append(["2026-03-05", "李四", "", "飞鸽"])
    bad = tmp_path / "bad.xlsx"
    book.save(bad)

    dialog = ImportCasesDialog(unit_db, actor)
    qtbot.addWidget(dialog)
    dialog.load_file(str(bad))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.mapping.rowCount() == 4
    assert dialog.unused_label.text() == "不导入的列：收件日"
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "收到日期" in dialog.banner.text()  # the date column is not recognised yet
    dialog.set_field("收件日", "received_on")
    assert dialog.unused_label.text() == "每一列都已对应到字段。"
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == [
        "第 3 行：渠道“飞鸽”不认识，可用：来信、来访、来电、网络、传真、上级转办",
        "第 3 行：请填写信访请求",
    ]
    assert not dialog.import_button.isEnabled()

    sheet.delete_rows(3)
    good = tmp_path / "good.xlsx"
    book.save(good)
    dialog.load_file(str(good))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.set_field("收件日", "received_on")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 1
    assert len(case_service.list_case_ids(unit_db, actor)) == 1


def test_document_settings_keep_typing_on_a_bad_number_format(qtbot, window, unit_db):
    from xinfang_desktop.services.settings import get_document_settings

    window.show_area(window.settings_page)
    box = window.settings_page.document_settings
    box.edits["superior_name"].setText("枣庄市薛城区教育和体育局")
    box.edits["contact_phone"].setText("0632-5512345")
    box.formats[NoticeKind.ACCEPTANCE].setText("邹中小信受〔2026〕号")
    assert box.save() is None
    error = box.fields["number_format_acceptance"].error.text()
    assert "{year}" in error and "{seq}" in error
    assert box.edits["superior_name"].text() == "枣庄市薛城区教育和体育局"  # typing kept
    assert get_document_settings(unit_db).superior_name == ""  # nothing half-saved
    box.formats[NoticeKind.ACCEPTANCE].setText("邹中小信受〔{year}〕{seq}号")
    assert box.save() is not None
    saved = get_document_settings(unit_db)
    assert saved.superior_name == "枣庄市薛城区教育和体育局"
    assert saved.number_format(NoticeKind.ACCEPTANCE) == "邹中小信受〔{year}〕{seq}号"


def test_import_dialog_reads_off_the_gui_thread_and_cancel_writes_nothing(
    qtbot, unit_db, actor, tmp_path
):
    from openpyxl import Workbook

    from xinfang_desktop.ui.cases.import_dialog import ImportCasesDialog

    book = Workbook()
    sheet = book.active
    sheet.append(["登记日期", "信访人", "内容摘要"])
    for number in range(3000):
        sheet.append(["2025-03-02", f"张{number}", "要求公开食堂收费"])
    path = tmp_path / "big.xlsx"
    book.save(path)
    (tmp_path / "not.xlsx").write_text("root:x:0:0")
    dialog = ImportCasesDialog(unit_db, actor)
    qtbot.addWidget(dialog)
    dialog.load_file(str(tmp_path / "not.xlsx"))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "不是 Excel 工作簿" in dialog.banner.text()
    dialog.load_file(str(path))
    dialog.progress.cancel()  # pressed before the worker's first check: it stops there
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.banner.text() == "已取消读取。" and dialog.mapping.rowCount() == 0
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert "3000 行都可以导入" in dialog.banner.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.progress.cancel()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.banner.text() == "已取消，没有导入任何一行。"
    assert case_service.list_case_ids(unit_db, actor) == []


def test_serving_the_acceptance_notice_shows_written_notice_and_keeps_a_step_being_typed(
    qtbot, window, unit_db, actor, monkeypatch
):
    today = date.today()
    case = case_service.register_case(
        unit_db,
        actor,
        CaseDraft(
            channel="来信",
            received_on=today - timedelta(days=3),
            petitioners=(PetitionerDraft("张三"),),
            request="要求公开食堂账目",
        ),
    )
    case = case_service.take_case_step(
        unit_db, actor, case.id, Step.ACCEPT, today - timedelta(days=2), {},
        expected_version=case.version,
    )  # fmt: skip
    page = window.cases_page
    window.pages.setCurrentWidget(page)
    page.refresh_list()
    assert page.select_case(case.id)
    panel = page.steps
    page.tabs.setCurrentWidget(panel)
    _choose_step(qtbot, panel, Step.ASSIGN)
    _type_detail(qtbot, panel, "office", "教务处")  # typed, not yet taken

    documents = page.documents
    page.tabs.setCurrentWidget(documents)
    documents.kind.setCurrentIndex(documents.kind.findData("ACCEPTANCE"))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)
    qtbot.mouseClick(documents.issue_button, Qt.MouseButton.LeftButton)
    documents.last_preview.close()
    documents.table.selectRow(0)

    def serve(dialog) -> int:
        dialog.served_by.setText("李明")
        return 1

    monkeypatch.setattr(prompts, "run_dialog", serve)
    qtbot.mouseClick(documents.serve_button, Qt.MouseButton.LeftButton)
    assert "已登记送达" in documents.banner.text()

    assert panel.step.findData(Step.NOTIFY.name) == -1  # 书面告知 is done
    assert chinese_date(today) in panel.status.text()
    assert panel.current_step() == Step.ASSIGN
    assert panel.detail_widget("office").text() == "教务处"
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)  # no version conflict
    assert "已交办" in panel.banner.text()
