"""The statistics page: a month's figures, another grouping, a custom period, a refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

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
    labels = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert labels == ["来信", "来访", "合计"]
    assert [page.table.item(r, 2).text() for r in range(3)] == ["66.7%", "33.3%", "100.0%"]
    assert page.table.item(0, 1).text() == "2"
    assert page.table.item(0, 1).textAlignment() & Qt.AlignmentFlag.AlignRight
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


def test_pie_and_line_charts_follow_the_period(qtbot, window, unit_db, actor):
    from PySide6.QtCharts import QLineSeries, QPieSeries

    for day, channel in ((3, "来信"), (3, "来信"), (10, "来访")):
        register_case(
            unit_db,
            actor,
            CaseDraft(channel, date(2026, 9, day), (PetitionerDraft("张三"),), "事项"),
        )
    page = window.statistics_page
    page.today = lambda: date(2027, 1, 15)  # the whole of 2026 has happened
    window.show_area(page)
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.CUSTOM))
    page.date_from.setDate(QDate(2026, 9, 1))
    page.date_to.setDate(QDate(2026, 9, 30))
    page.load()
    pie = page.pie_chart.series()[0]
    assert isinstance(pie, QPieSeries)
    assert [s.label() for s in pie.slices()] == ["来信 2件 66.7%", "来访 1件 33.3%"]
    lines = page.trend_chart.series()
    assert all(isinstance(s, QLineSeries) for s in lines)
    cases = next(s for s in lines if s.name() == "信访事项（件）")
    assert cases.count() == 30  # a month, day by day
    assert cases.at(2).y() == 2 and cases.at(9).y() == 1
    assert "按日" in page.trend_chart.title()
    page.charts.setCurrentIndex(2)
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 12, 31))
    page.load()
    cases = next(s for s in page.trend_chart.series() if s.name() == "信访事项（件）")
    assert cases.count() == 12 and cases.at(8).y() == 3
    page.date_from.setDate(QDate(2020, 1, 1))
    page.date_to.setDate(QDate(2020, 1, 31))
    page.load()
    assert "本期无数据" in page.pie_chart.title()


def test_print_the_analysis_and_the_annual_tables(
    qtbot, window, unit_db, actor, monkeypatch, tmp_path
):
    import io

    from openpyxl import load_workbook
    from pypdf import PdfReader

    from xinfang_desktop.ui import prompts

    register_case(
        unit_db,
        actor,
        CaseDraft(
            "网络", date(2026, 10, 12), (PetitionerDraft("李四"),), "反映食堂", category="食堂后勤"
        ),
    )
    page = window.statistics_page
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.CUSTOM))
    page.date_from.setDate(QDate(2026, 10, 1))
    page.date_to.setDate(QDate(2026, 12, 31))
    page.print_analysis()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=10_000)
    text = "".join(
        "".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(page.last_preview.pdf_bytes)).pages
    )
    assert "信访工作分析报告" in text and "2026年第四季度" in text and "食堂后勤" in text
    page.last_preview = None
    page.print_annual()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=10_000)
    text = "".join(
        "".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(page.last_preview.pdf_bytes)).pages
    )
    assert "信访工作年度统计表" in text and "2026年度" in text
    target = tmp_path / "年度.xlsx"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a: str(target))
    page.export_annual()
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "已导出" in page.banner.text(), timeout=10_000)
    assert load_workbook(target)["办理情况"]["B4"].value == 1
    analysis_target = tmp_path / "分析.xlsx"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a: str(analysis_target))
    page.export_analysis()
    qtbot.waitUntil(analysis_target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: str(analysis_target) in page.banner.text(), timeout=10_000)


def test_window_charts_read_in_greyscale_and_stop_today(qtbot, window, unit_db, actor):
    from PySide6.QtCharts import QBarSeries, QValueAxis

    for day, channel in ((2, "来信"), (2, "来信"), (3, "来访")):
        register_case(
            unit_db,
            actor,
            CaseDraft(channel, date(2026, 11, day), (PetitionerDraft("张三"),), "事项"),
        )
    page = window.statistics_page
    page.today = lambda: date(2026, 11, 29)
    window.show_area(page)
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.CUSTOM))
    page.date_from.setDate(QDate(2026, 11, 1))
    page.date_to.setDate(QDate(2026, 11, 30))
    page.load()
    assert "截至2026年11月29日" in page.summary.text()

    bars = page.chart.series()[0]
    assert isinstance(bars, QBarSeries) and bars.isLabelsVisible()
    fills = [bar_set.brush().style() for bar_set in bars.barSets()]
    assert fills[0] != fills[1]  # solid against hatched, not two greys
    for chart in (page.chart, page.trend_chart):
        value_axis = next(a for a in chart.axes() if isinstance(a, QValueAxis))
        assert value_axis.titleText()  # the unit
        ticks = [
            value_axis.min()
            + i * (value_axis.max() - value_axis.min()) / (value_axis.tickCount() - 1)
            for i in range(value_axis.tickCount())
        ]
        assert all(tick == int(tick) for tick in ticks)  # 0, 1, 2 … never 0.5 shown as "0"
    assert all(slice_.isLabelVisible() for slice_ in page.pie_chart.series()[0].slices())

    cases, visits = page.trend_chart.series()
    assert cases.count() == 29  # 1 to 29 November: the 30th has not come
    assert cases.pen().style() != visits.pen().style()
    assert "截至2026年11月29日" in page.trend_chart.title()


def test_charts_keep_their_axes_when_the_period_changes(qtbot, window, unit_db, actor):
    """An axis removed and replaced leaves its old labels painted under the new ones; the
    page keeps one pair of axes per chart and changes only their labels and range."""
    for day, channel in ((2, "来信"), (3, "来访"), (3, "来访")):
        register_case(
            unit_db,
            actor,
            CaseDraft(channel, date(2026, 10, day), (PetitionerDraft("张三"),), "事"),
        )
    page = window.statistics_page
    page.today = lambda: date(2026, 11, 29)
    window.show_area(page)
    axes = [
        (page.chart, list(page.chart.axes())),
        (page.trend_chart, list(page.trend_chart.axes())),
    ]
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.QUARTER))
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.MONTH))
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.QUARTER))
    for chart, before in axes:
        assert chart.axes() == before and len(before) == 2
    assert page.bar_axis_x.categories() == ["来访", "来信"]
    assert page.bar_axis_y.max() == 3 and page.bar_axis_y.tickCount() == 4
