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
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
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
    SHARES_FOOTNOTE,
    TREND_STEP_LABELS,
    Period,
    PeriodKind,
    PeriodNotStartedError,
    Trend,
    TrendStep,
    as_of_note,
    count_axis,
    format_change,
    format_rate,
    grouping_lines,
    period_of,
    period_title,
    pie_slices,
    shares,
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
from ..widgets import Banner, page_title, record_table, switch_tabs_by_keys

_KIND_LABELS = {
    PeriodKind.WEEK: "本周",
    PeriodKind.MONTH: "本月",
    PeriodKind.QUARTER: "本季度",
    PeriodKind.YEAR: "本年",
    PeriodKind.CUSTOM: "自定义",
}
HEADERS = ("件数", "占比", "人次", "办结", "办结率", "按期办结", "按期办结率")


class StatisticsPage(QWidget):
    # Where "today" comes from: an unfinished period is counted up to it (tests pin it).
    today = staticmethod(date.today)

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
        switch_tabs_by_keys(self, self.charts)  # 柱状图/饼图/走势 from the table or the filters
        # Each chart keeps its axes and only their labels and range change: an axis removed
        # and replaced leaves its old labels painted under the new ones.
        self.bar_axis_x, self.bar_axis_y = QBarCategoryAxis(), QValueAxis()
        self.trend_axis_x, self.trend_axis_y = QCategoryAxis(), QValueAxis()
        self.trend_axis_x.setLabelsPosition(
            QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue
        )
        for chart, axis_x, axis_y in (
            (self.chart, self.bar_axis_x, self.bar_axis_y),
            (self.trend_chart, self.trend_axis_x, self.trend_axis_y),
        ):
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
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
            period = period_of(kind, self.today())
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
        today = self.today()
        try:
            report = statistics(
                self._db,
                self._actor,
                period.start,
                period.end,
                Dimension(self.by.currentData()),
                today=today,
            )
            line = trend(self._db, self._actor, period.start, period.end, today=today)
        except (StorageError, PermissionDeniedError, PeriodNotStartedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.banner.clear_message()
        self.report, self.trend = report, line
        self._show(report)
        self._draw_pie(report)
        self._draw_trend(line)

    def _show(self, report: Report) -> None:
        t = report.totals
        comparison = report.comparison_note
        self.summary.setText(
            self.tr(
                "{period}：来访登记 {vb} 批 {vp} 人次；"
                "信访事项 {c} 件 {cp} 人次，办结 {closed} 件，办结率 {rate}，"
                "按期办结率 {on_time}；重信重访 {rep} 件（{share}）。"
                "环比 {prev}，同比 {year}。"
            ).format(
                period=report.label,
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
            + comparison
            + self.tr(SHARES_FOOTNOTE)
        )
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(DIMENSION_LABELS[report.by]))
        lines = grouping_lines(report.rows)
        self.table.setRowCount(len(lines))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for index, values in enumerate(lines):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)  # figures line up by their last digit
                if index == len(lines) - 1:  # the 合计 line
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
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
        today = self.today()

        def build() -> bytes:
            from ...reports.statistics_report import build_statistics_pdf

            report, line, unit_name = statistics_document(
                db, actor, period.start, period.end, by, today=today
            )
            return build_statistics_pdf(report, line, unit_name, today)

        self._preview(build, self.tr("信访统计表"), f"信访统计表-{_span(period)}.pdf")

    def export_report(self) -> None:
        period = self.period()
        if period is None:
            return
        db, actor, by = self._db, self._actor, Dimension(self.by.currentData())
        today = self.today()

        def write(path: str) -> None:
            from ...reports.statistics_report import write_statistics_xlsx

            report, line, unit_name = statistics_document(
                db, actor, period.start, period.end, by, purpose="export", today=today
            )
            write_statistics_xlsx(report, line, unit_name, path)

        self._export(write, self.tr("信访统计表"), f"信访统计表-{_span(period)}.xlsx")

    def print_analysis(self) -> None:
        period = self.period()
        if period is None:
            return
        db, actor = self._db, self._actor
        today = self.today()

        def build() -> bytes:
            from ...reports.statistics_analysis import build_analysis_pdf

            result, unit_name = analysis_document(db, actor, period.start, period.end, today=today)
            return build_analysis_pdf(result, unit_name, today)

        name = f"信访工作分析报告-{period_title(period)}.pdf"
        self._preview(build, self.tr("信访工作分析报告"), name)

    def export_analysis(self) -> None:
        period = self.period()
        if period is None:
            return
        db, actor = self._db, self._actor
        today = self.today()

        def write(path: str) -> None:
            from ...reports.statistics_analysis import write_analysis_xlsx

            result, unit_name = analysis_document(
                db, actor, period.start, period.end, purpose="export", today=today
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
        today = self.today()

        def build() -> bytes:
            from ...reports.statistics_analysis import build_annual_pdf

            tables, unit_name = annual_document(db, actor, year, today=today)
            return build_annual_pdf(tables, unit_name, today)

        self._preview(build, self.tr("年度统计表"), f"信访工作年度统计表-{year}.pdf")

    def export_annual(self) -> None:
        period = self.period()
        if period is None:
            return
        db, actor, year = self._db, self._actor, period.start.year
        today = self.today()

        def write(path: str) -> None:
            from ...reports.statistics_analysis import write_annual_xlsx

            tables, unit_name = annual_document(db, actor, year, purpose="export", today=today)
            write_annual_xlsx(tables, unit_name, path)

        self._export(write, self.tr("年度统计表"), f"信访工作年度统计表-{year}.xlsx")

    def _draw_chart(self, report: Report) -> None:
        self.chart.removeAllSeries()
        cases = QBarSet(self.tr("件数"))
        closed = QBarSet(self.tr("办结"))
        # Dark and white-with-hatching read apart on a grey screen or a greyscale print.
        cases.setBrush(QBrush(QColor("#333333")))
        closed.setBrush(QBrush(QColor("#555555"), Qt.BrushStyle.BDiagPattern))
        for bar_set in (cases, closed):
            bar_set.setPen(QPen(QColor("black"), 1))
            bar_set.setLabelColor(QColor("black"))
        labels = []
        for row in report.rows[:12]:  # a readable chart; the table holds every row
            cases.append(row.cases)
            closed.append(row.closed)
            labels.append(row.label)
        series = QBarSeries()
        series.append(cases)
        series.append(closed)
        series.setLabelsVisible(True)  # each bar says its figure
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        self.chart.addSeries(series)
        dimension = DIMENSION_LABELS[report.by]
        self.chart.setTitle(self.tr("按{d}统计").format(d=dimension))
        axis_x = self.bar_axis_x
        axis_x.clear()
        axis_x.append(labels)
        axis_x.setTitleText(dimension)
        series.attachAxis(axis_x)
        # One step of headroom above the tallest bar keeps its figure inside the chart.
        top = max([row.cases for row in report.rows] + [0]) + 1
        _count_axis(self.bar_axis_y, top, self.tr("件"))
        series.attachAxis(self.bar_axis_y)

    def _draw_pie(self, report: Report) -> None:
        self.pie_chart.removeAllSeries()
        series = QPieSeries()
        slices = pie_slices(report.rows)
        whole = sum(n for _, n in slices)
        slice_shares = shares([n for _, n in slices])
        for index, ((label, count), share) in enumerate(zip(slices, slice_shares, strict=True)):
            part = series.append(f"{label} {count}件 {format_rate(share)}", count)
            # Each slice names itself beside the pie: no colour key to match in grey.
            part.setLabelVisible(True)
            part.setLabelColor(QColor("black"))
            part.setBrush(QBrush(QColor(_SLICE_GREYS[index % len(_SLICE_GREYS)]),
                                 _SLICE_PATTERNS[index % len(_SLICE_PATTERNS)]))  # fmt: skip
            part.setPen(QPen(QColor("black"), 1))
        series.setPieSize(0.6)
        self.pie_chart.addSeries(series)
        self.pie_chart.legend().setVisible(False)
        title = self.tr("各{d}所占比例").format(d=DIMENSION_LABELS[report.by])
        self.pie_chart.setTitle(title if whole else self.tr("{t}（本期无数据）").format(t=title))

    def _draw_trend(self, line: Trend) -> None:
        chart = self.trend_chart
        chart.removeAllSeries()
        cases = _PatternedLine.solid(self.tr("信访事项（件）"))
        visits = _PatternedLine.dashed(self.tr("来访（批次）"))
        axis_x = self.trend_axis_x
        for label in axis_x.categoriesLabels():
            axis_x.remove(label)
        # A label on every step would overlap for a month of days; about twelve are shown.
        every = max(1, -(-len(line.points) // 12))
        for index, point in enumerate(line.points):
            cases.append(index, point.cases)
            visits.append(index, point.visit_batches)
            if index % every == 0:
                axis_x.append(point.label, index)
        for series in (cases, visits):
            series.setPointsVisible(len(line.points) <= 31)
            chart.addSeries(series)
        axis_x.setRange(0, max(len(line.points) - 1, 1))
        axis_x.setTitleText(self.tr(_STEP_TITLES[line.step]))
        top = max([p.cases for p in line.points] + [p.visit_batches for p in line.points] + [1])
        axis_y = self.trend_axis_y
        _count_axis(axis_y, top, self.tr("件、批次"))
        for series in (cases, visits):
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        step = self.tr(TREND_STEP_LABELS[line.step])
        report = self.report
        if report is not None and report.as_of is not None:
            # "2026年第四季度走势（按周），截至2026年11月29日": the asked period, cut at today.
            asked = report.asked or report.period
            title = self.tr("{p}走势（{s}），{note}").format(
                p=period_title(asked), s=step, note=as_of_note(report.as_of)
            )
        else:
            title = self.tr("{p}走势（{s}）").format(p=period_title(line.period), s=step)
        chart.setTitle(title)


_SLICE_GREYS = ("#333333", "#bbbbbb", "#777777", "#eeeeee", "#555555", "#dddddd", "#999999")
_SLICE_PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
)
_STEP_TITLES = {TrendStep.DAY: "日期", TrendStep.WEEK: "周", TrendStep.MONTH: "月份"}


class _PatternedLine(QLineSeries):
    """A line that keeps apart from the others without colour: its own pen and marker."""

    @classmethod
    def solid(cls, name: str) -> _PatternedLine:
        return cls._styled(name, Qt.PenStyle.SolidLine, QColor("black"))

    @classmethod
    def dashed(cls, name: str) -> _PatternedLine:
        series = cls._styled(name, Qt.PenStyle.DashLine, QColor("#555555"))
        series.setLightMarker(_square_marker(QColor("#555555")))  # squares, not dots
        return series

    @classmethod
    def _styled(cls, name: str, style: Qt.PenStyle, colour: QColor) -> _PatternedLine:
        series = cls()
        series.setName(name)
        pen = QPen(colour, 2)
        pen.setStyle(style)
        series.setPen(pen)
        series.setMarkerSize(7)
        return series


def _square_marker(colour: QColor) -> QImage:
    marker = QImage(8, 8, QImage.Format.Format_ARGB32)
    marker.fill(colour)
    return marker


def _count_axis(axis: QValueAxis, largest: int, unit: str) -> None:
    """Whole ticks (0, 2, 4 …) for counts, titled with their unit."""
    top, step = count_axis(largest)
    axis.setLabelFormat("%d")
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setMinorTickCount(0)
    axis.setTitleText(unit)


def _span(period: Period) -> str:
    return f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"
