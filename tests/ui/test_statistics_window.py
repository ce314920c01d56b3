"""The statistics page: a month's figures, another grouping, a custom period, a refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.statistics import PeriodKind
from xinfang_desktop.services.cases import register_case
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.statistics import Dimension


def test_month_figures_groupings_and_a_custom_period(qtbot, window, unit_db, actor):
    today = date.today()
    for channel in ("来信", "来信", "来访"):
        register_case(
            unit_db,
            actor,
            CaseDraft(channel, today.replace(day=1), (PetitionerDraft("张三"),), "反映收费"),
        )
    page = window.statistics_page
    window.show_area(page)
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.MONTH))
    page.load()
    assert "信访事项 3 件 3 人次" in page.summary.text()
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["来信", "来访"]
    assert page.table.item(0, 1).text() == "2"
    assert len(page.chart.series()) == 1
    page.by.setCurrentIndex(page.by.findData(Dimension.OWNER))
    assert page.table.horizontalHeaderItem(0).text() == "包案领导"
    assert page.table.item(0, 0).text() == "（未填）"

    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.CUSTOM))
    assert page.date_from.isEnabled()
    page.date_from.setDate(QDate(2020, 1, 1))
    page.date_to.setDate(QDate(2020, 1, 31))
    page.load()
    assert "信访事项 0 件" in page.summary.text() and "办结率 —" in page.summary.text()
    page.date_to.setDate(QDate(2019, 12, 1))
    page.load()
    assert page.banner.text() == "结束日期不能早于开始日期"
    qtbot.wait(1)


def test_the_gate_has_no_statistics_page(qtbot, unit_db):
    from xinfang_desktop.ui.main_window import MainWindow

    gate = MainWindow(unit_db, Actor("王师傅", Role.GATE, 2))
    qtbot.addWidget(gate)
    assert gate.statistics_page is None


def test_print_the_report_and_read_it_back(qtbot, window, unit_db, actor, monkeypatch, tmp_path):
    import io

    from pypdf import PdfReader

    from xinfang_desktop.ui import prompts

    register_case(
        unit_db,
        actor,
        CaseDraft("来电", date.today().replace(day=1), (PetitionerDraft("李四"),), "反映校车"),
    )
    page = window.statistics_page
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.MONTH))
    page.print_report()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=10_000)
    text = "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(page.last_preview.pdf_bytes)).pages
    )
    assert "信访统计表" in text and "邹坞镇中心小学" in text and "来电" in text
    target = tmp_path / "统计.xlsx"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a: str(target))
    page.export_report()
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "已导出" in page.banner.text(), timeout=10_000)
