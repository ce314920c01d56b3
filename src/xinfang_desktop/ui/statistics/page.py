"""统计: a period's figures, a table by channel, category, area, owner or office, and a chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.statistics import (
    TREND_STEP_LABELS,
    Period,
    PeriodKind,
    Trend,
    format_change,
    format_rate,
    period_of,
    period_title,
    pie_slices,
    rate,
)
from ...services.context import Actor
from ...services.statistics import (
    DIMENSION_LABELS,
    Dimension,
    Report,
    analysis_document,
    annual_document,
    statistics,
    statistics_document,
    trend,
)
from .. import prompts
from ..operations import Operation
from ..print_preview import PdfPreviewDialog
from ..widgets import Banner, page_title, record_table

_KIND_LABELS = {
    PeriodKind.WEEK: "本周",
    PeriodKind.MONTH: "本月",
    PeriodKind.QUARTER: "本季度",
    PeriodKind.YEAR: "本年",
    PeriodKind.CUSTOM: "自定义",
}
HEADERS = ("件数", "人次", "办结", "办结率", "按期办结", "按期办结率")


def count_step(top: int, max_steps: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50 … that reaches ``top`` in ``max_steps`` steps."""
    magnitude = 1
    while True:
        for multiple in (1, 2, 5):
            step = multiple * magnitude
            if -(-top // step) <= max_steps:
                return step
        magnitude *= 10


def count_axis(top: int, *, max_steps: int = 8) -> QValueAxis:
    """An axis of counts: whole-number ticks only (1, 2, 5 × 10ⁿ apart).

    With Qt's nice numbers a top of 1 gave five ticks 0, 0.25 … 1, printed as "0 0 0 0 1".
    """
    step = count_step(top, max_steps)
    steps = max(1, -(-top // step))
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, steps * step)
    axis.setTickCount(steps + 1)
    return axis


class StatisticsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.report: Report | None = None
        self.banner = Banner(self)
        self.kind = QComboBox(self)
        for kind, label in _KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind)
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.MONTH))
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.by = QComboBox(self)
        for dimension in Dimension:
            self.by.addItem(self.tr("按{d}").format(d=DIMENSION_LABELS[dimension]), dimension)
        show = QPushButton(self.tr("统计"), self)
        show.clicked.connect(self.load)
        # Three documents for the chosen period: the monthly table, the analysis with charts,
        # and the year's tables for the annual report.
        self.print_button = QPushButton(self.tr("打印"), self)
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.tr("信访统计表"), self.print_report)
        print_menu.addAction(self.tr("信访工作分析报告（含图表）"), self.print_analysis)
        print_menu.addAction(self.tr("年度统计表（年度信访工作报告用）"), self.print_annual)
        self.print_button.setMenu(print_menu)
        self.export_button = QPushButton(self.tr("导出 Excel"), self)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("信访统计表"), self.export_report)
        export_menu.addAction(self.tr("信访工作分析报告"), self.export_analysis)
        export_menu.addAction(self.tr("年度统计表"), self.export_annual)
        self.export_button.setMenu(export_menu)
        self.trend: Trend | None = None
        self.last_preview: PdfPreviewDialog | None = None
        self._operations: list[Operation] = []
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("至"), self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.by)
        filters.addWidget(show)
        filters.addStretch(1)
        filters.addWidget(self.print_button)
        filters.addWidget(self.export_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("statisticsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet("font-size: 14px;")
        self.table = record_table([self.tr("分组"), *[self.tr(h) for h in HEADERS]], self)
        self.chart = QChart()
        self.pie_chart = QChart()
        self.trend_chart = QChart()
        self.charts = QTabWidget(self)
        self.charts.setMinimumHeight(240)
        for chart, title in (
            (self.chart, self.tr("柱状图")),
            (self.pie_chart, self.tr("饼图")),
            (self.trend_chart, self.tr("走势")),
        ):
            chart.legend().setVisible(True)
            view = QChartView(chart, self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.charts.addTab(view, title)
        self.pie_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([240, 420])  # the charts get the larger share at first

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("信访统计"), self))
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.by.currentIndexChanged.connect(lambda _i: self.load())
        self._kind_changed()

    def _kind_changed(self) -> None:
        # Qt hands enum members back as plain strings.
        kind = PeriodKind(self.kind.currentData())
        custom = kind is PeriodKind.CUSTOM
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom)
        if not custom:
            period = period_of(kind, date.today())
            self.date_from.setDate(QDate(period.start))
            self.date_to.setDate(QDate(period.end))
            self.load()

    def period(self) -> Period | None:
        first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
        if last < first:
            self.banner.show_message("error", self.tr("结束日期不能早于开始日期"))
            return None
        return Period(first, last)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Figures of today, not of the sign-in: visits and cases change all day.
        self.load()

    def load(self) -> None:
        period = self.period()
        if period is None:
            return
        try:
            report = statistics(
                self._db, self._actor, period.start, period.end, Dimension(self.by.currentData())
            )
            line = trend(self._db, self._actor, period.start, period.end)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.banner.clear_message()
        self.report, self.trend = report, line
        self._show(report)
        self._draw_pie(report)
        self._draw_trend(line)

    def _show(self, report: Report) -> None:
        t = report.totals
        self.summary.setText(
            self.tr(
                "{period}：来访登记 {vb} 批 {vp} 人次；"
                "信访事项 {c} 件 {cp} 人次，办结 {closed} 件，办结率 {rate}，"
                "按期办结率 {on_time}；重信重访 {rep} 件（{share}）。"
                "环比 {prev}，同比 {year}。"
            ).format(
                period=report.period.label,
                vb=t.visit_batches,
                vp=t.visit_persons,
                c=t.cases,
                cp=t.case_persons,
                closed=t.closed,
                rate=format_rate(t.closure_rate),
                on_time=format_rate(t.on_time_rate),
                rep=t.repeats,
                share=format_rate(t.repeat_share),
                prev=format_change(report.cases_change_previous),
                year=format_change(report.cases_change_year),
            )
        )
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(DIMENSION_LABELS[report.by]))
        self.table.setRowCount(len(report.rows))
        for index, row in enumerate(report.rows):
            values = (
                row.label,
                str(row.cases),
                str(row.persons),
                str(row.closed),
                format_rate(row.closure_rate),
                str(row.closed_on_time),
                format_rate(row.on_time_rate),
            )
            for column, text in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self._draw_chart(report)

    def _run(self, work, on_success, busy_text: str) -> None:
        """Reports of a year are built off the GUI thread; the buttons wait meanwhile."""
        self.banner.show_message("ok", busy_text)
        for button in (self.print_button, self.export_button):
            button.setEnabled(False)

        def finish() -> None:
            for button in (self.print_button, self.export_button):
                button.setEnabled(True)

        def done(result) -> None:
            finish()
            self.banner.clear_message()
            on_success(result)

        def failed(exc) -> None:
            finish()
            message = getattr(exc, "user_message", None) or self.tr("操作失败：{e}").format(e=exc)
            self.banner.show_message("error", message)

        self._operations.append(Operation.start(self, work, done, failed))

    def _preview(self, build, title: str, file_name: str) -> None:
        def show(pdf: bytes) -> None:
            self.last_preview = PdfPreviewDialog(pdf, title, file_name, self)
            self.last_preview.open()

        self._run(build, show, self.tr("正在生成{t}…").format(t=title))

    def _export(self, write, title: str, file_name: str) -> None:
        path = prompts.ask_save_path(
            self,
            self.tr("导出{t}").format(t=title),
            file_name,
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return
        self._run(
            lambda: write(path) or path,
            lambda p: self.banner.show_message("ok", self.tr("已导出：{p}").format(p=p)),
            self.tr("正在导出…"),
        )

    def print_report(self) -> None:
        period = self.period()
        if period is None:
            return
        db, actor, by = self._db, self._actor, Dimension(self.by.currentData())

        def build() -> bytes:
            from ...reports.statistics_report import build_statistics_pdf

            report, line, unit_name = statistics_document(db, actor, period.start, period.end, by)
            return build_statistics_pdf(report, line, unit_name, date.today())

        self._preview(build, self.tr("信访统计表"), f"信访统计表-{_span(period)}.pdf")

    def export_report(self) -> None:
        period = self.period()
        if period is None:
            return
        db, actor, by = self._db, self._actor, Dimension(self.by.currentData())

        def write(path: str) -> None:
            from ...reports.statistics_report import write_statistics_xlsx

            report, line, unit_name = statistics_document(
                db, actor, period.start, period.end, by, purpose="export"
            )
            write_statistics_xlsx(report, line, unit_name, path)

        self._export(write, self.tr("信访统计表"), f"信访统计表-{_span(period)}.xlsx")

    def print_analysis(self) -> None:
        period = self.period()
        if period is None:
            return
        db, actor = self._db, self._actor

        def build() -> bytes:
            from ...reports.statistics_analysis import build_analysis_pdf

            result, unit_name = analysis_document(db, actor, period.start, period.end)
            return build_analysis_pdf(result, unit_name, date.today())

        name = f"信访工作分析报告-{period_title(period)}.pdf"
        self._preview(build, self.tr("信访工作分析报告"), name)

    def export_analysis(self) -> None:
        period = self.period()
        if period is None:
            return
        db, actor = self._db, self._actor

        def write(path: str) -> None:
            from ...reports.statistics_analysis import write_analysis_xlsx

            result, unit_name = analysis_document(
                db, actor, period.start, period.end, purpose="export"
            )
            write_analysis_xlsx(result, unit_name, path)

        name = f"信访工作分析报告-{period_title(period)}.xlsx"
        self._export(write, self.tr("信访工作分析报告"), name)

    def print_annual(self) -> None:
        """The year of the period's first day: in December a user prints the year so far."""
        period = self.period()
        if period is None:
            return
        db, actor, year = self._db, self._actor, period.start.year

        def build() -> bytes:
            from ...reports.statistics_analysis import build_annual_pdf

            tables, unit_name = annual_document(db, actor, year)
            return build_annual_pdf(tables, unit_name, date.today())

        self._preview(build, self.tr("年度统计表"), f"信访工作年度统计表-{year}.pdf")

    def export_annual(self) -> None:
        period = self.period()
        if period is None:
            return
        db, actor, year = self._db, self._actor, period.start.year

        def write(path: str) -> None:
            from ...reports.statistics_analysis import write_annual_xlsx

            tables, unit_name = annual_document(db, actor, year, purpose="export")
            write_annual_xlsx(tables, unit_name, path)

        self._export(write, self.tr("年度统计表"), f"信访工作年度统计表-{year}.xlsx")

    def _draw_chart(self, report: Report) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        cases = QBarSet(self.tr("件数"))
        closed = QBarSet(self.tr("办结"))
        labels = []
        for row in report.rows[:12]:  # a readable chart; the table holds every row
            cases.append(row.cases)
            closed.append(row.closed)
            labels.append(row.label)
        series = QBarSeries()
        series.append(cases)
        series.append(closed)
        self.chart.addSeries(series)
        self.chart.setTitle(self.tr("按{d}统计").format(d=DIMENSION_LABELS[report.by]))
        axis_x = QBarCategoryAxis()
        axis_x.append(labels)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = count_axis(max([row.cases for row in report.rows] + [1]))
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)

    def _draw_pie(self, report: Report) -> None:
        self.pie_chart.removeAllSeries()
        series = QPieSeries()
        slices = pie_slices(report.rows)
        whole = sum(n for _, n in slices)
        for label, count in slices:
            part = series.append(f"{label} {count}件 {format_rate(rate(count, whole))}", count)
            part.setLabelVisible(False)
        self.pie_chart.addSeries(series)
        title = self.tr("各{d}所占比例").format(d=DIMENSION_LABELS[report.by])
        self.pie_chart.setTitle(title if whole else self.tr("{t}（本期无数据）").format(t=title))

    def _draw_trend(self, line: Trend) -> None:
        chart = self.trend_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        cases = QLineSeries()
        cases.setName(self.tr("信访事项（件）"))
        visits = QLineSeries()
        visits.setName(self.tr("来访（批次）"))
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        # A label on every step would overlap for a month of days; about twelve are shown.
        every = max(1, -(-len(line.points) // 12))
        for index, point in enumerate(line.points):
            cases.append(index, point.cases)
            visits.append(index, point.visit_batches)
            if index % every == 0:
                axis_x.append(point.label, index)
        for series in (cases, visits):
            chart.addSeries(series)
        axis_x.setRange(0, max(len(line.points) - 1, 1))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        top = max([p.cases for p in line.points] + [p.visit_batches for p in line.points] + [1])
        axis_y = count_axis(top)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (cases, visits):
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        chart.setTitle(
            self.tr("{p}走势（{s}）").format(
                p=period_title(line.period), s=self.tr(TREND_STEP_LABELS[line.step])
            )
        )


def _span(period: Period) -> str:
    return f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"
