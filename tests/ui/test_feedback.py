"""Feedback that never moves the fields, amber for saved-with-problems (issue 15 item 12)."""

from __future__ import annotations

from datetime import date

from ui.test_visits_window import type_text
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import rota
from xinfang_desktop.services.people import add_person


def test_a_confirmation_does_not_push_the_fields_down(qtbot, window):
    form = window.visits_page.form
    before = form.name.mapTo(form, form.name.rect().topLeft()).y()
    type_text(qtbot, form.name, "张三")
    type_text(qtbot, form.reason, "送材料")
    form.save()
    assert "已保存" in form.banner.text() and form.banner.isVisible()
    assert form.name.mapTo(form, form.name.rect().topLeft()).y() == before
    form.banner.clear_message()
    assert form.name.mapTo(form, form.name.rect().topLeft()).y() == before


def test_a_rota_saved_with_gaps_is_amber_not_green(qtbot, window, unit_db, actor):
    # One leader and no staff: most positions stay empty.
    leader = add_person(unit_db, actor, PersonDraft("王建国", post="副校长", is_leader=True))
    rota.save_pools(unit_db, actor, {"leader": [leader.id], "staff": [], "gate": []})
    result = rota.generate(unit_db, actor, "12月", date(2026, 12, 1), date(2026, 12, 3))
    assert result.generated.gaps
    page = window.rota_page
    page._generated(result)
    assert page.banner.kind == "warn"
    assert "排不上人" in page.banner.text()
    assert "#fff8e1" in page.banner.styleSheet()


def test_statistics_and_audit_log_show_what_happened_since_sign_in(qtbot, window, unit_db, actor):
    from datetime import datetime

    from xinfang_desktop.domain.visits import VisitDraft
    from xinfang_desktop.services import visits as visit_service

    window.show_area(window.statistics_page)
    before = window.statistics_page.summary.text()
    window.show_area(window.audit_page)
    rows_before = window.audit_page.table.rowCount()
    # Meanwhile, at the gate PC:
    record = visit_service.register_visit(
        unit_db,
        actor,
        VisitDraft(arrived_at=datetime.now(), name="张三", phone="13800138000", reason="咨询"),
    )
    visit_service.get_visit(unit_db, actor, record.id)  # an unmasked view: audited
    window.show_area(window.statistics_page)
    assert window.statistics_page.summary.text() != before
    assert "来访登记 1 批" in window.statistics_page.summary.text()
    window.show_area(window.audit_page)
    assert window.audit_page.table.rowCount() > rows_before


def test_print_preview_pages_zoom_and_says_where_it_saved(qtbot, tmp_path, monkeypatch):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from xinfang_desktop.ui import prompts
    from xinfang_desktop.ui.print_preview import PdfPreviewDialog

    path = tmp_path / "three.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in range(3):
        pdf.drawString(100, 700, f"page {number + 1}")
        pdf.showPage()
    pdf.save()
    dialog = PdfPreviewDialog(path.read_bytes(), "来访登记表", "来访登记表.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_info.text() == "第 1 / 3 页"
    assert not dialog.previous_button.isEnabled()
    dialog.next_button.click()
    assert dialog.page_info.text() == "第 2 / 3 页"
    before = dialog.view.zoomFactor()
    dialog.zoom_in_button.click()
    assert dialog.view.zoomFactor() > before
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: str(target))
    dialog.save_as()
    assert target.read_bytes() == path.read_bytes()
    assert dialog.saved_info.text() == f"已保存到 {target}"


def test_chart_axes_count_in_whole_numbers():
    from PySide6.QtCharts import QValueAxis

    from xinfang_desktop.ui.statistics.page import _count_axis

    for top in (1, 3, 8, 9, 37, 1234):
        axis = QValueAxis()
        _count_axis(axis, top, "件")
        assert axis.max() >= top and axis.min() == 0
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
        assert step == int(step) >= 1  # never 0.25: "1, 0, 0, 0, 0"
        assert axis.labelFormat() == "%d" and axis.titleText() == "件"


def test_clerk_fields_speak_plainly(qtbot, unit_db, actor):
    """编号格式 shows the numbers it makes; the rota's plan is 第 1 种排法, not a bare 0."""
    from xinfang_desktop.services.workdays import get_calendar_overrides
    from xinfang_desktop.ui.cases.settings_box import CaseSettingsBox
    from xinfang_desktop.ui.rota.dialogs import GenerateDialog

    box = CaseSettingsBox(unit_db, actor)
    qtbot.addWidget(box)
    box.number_format.setText("信访〔{year}〕第{seq:03d}号")
    assert f"信访〔{date.today().year}〕第001号" in box.number_example.text()
    box.number_format.setText("信访{序号}")
    assert "格式有误" in box.number_example.text()

    dialog = GenerateDialog(unit_db, get_calendar_overrides(unit_db), date(2026, 12, 1))
    qtbot.addWidget(dialog)
    assert dialog.seed.text() == "第 1 种排法"
    assert dialog.values()[3] == 0  # the first plan, as before
