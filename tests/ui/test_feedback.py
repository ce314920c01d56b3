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
