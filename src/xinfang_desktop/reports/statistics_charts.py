"""Charts for the printed statistics: bars by group, a pie of shares, lines over time.

ReportLab drawings sized to the page's content width; labels in the program's CJK font.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from ..domain.statistics import Row, Trend, count_axis, format_rate, pie_slices, shares

# On a black-and-white laser printer colours become one grey: series differ by fill (black,
# white, mid grey), dash pattern and marker, and pie slices carry their own labels.
SERIES_FILLS = (colors.HexColor("#333333"), colors.white, colors.HexColor("#999999"))
SLICE_GREYS = tuple(
    colors.HexColor(code)
    for code in ("#333333", "#bbbbbb", "#777777", "#eeeeee", "#555555", "#dddddd", "#999999")
)
LINE_DASHES = (None, (5, 2), (1.5, 1.5), (6, 2, 1.5, 2))
LINE_MARKERS = ("FilledCircle", "Square", "FilledTriangle", "Diamond")
LINE_GREYS = (colors.black, colors.HexColor("#444444"), colors.HexColor("#666666"),
              colors.black)  # fmt: skip


def _value_axis(chart, font: str, top: int) -> None:
    axis = chart.valueAxis
    axis.labels.fontName = font
    axis.labels.fontSize = 8
    axis.valueMin = 0
    axis.valueMax, axis.valueStep = count_axis(top)
    axis.labelTextFormat = "%d"  # counts are whole numbers


def _axis_titles(drawing: Drawing, chart, font: str, value_title: str, category_title: str):
    """The unit over the value axis and the grouping under the categories."""
    drawing.add(String(chart.x - 8, chart.y + chart.height + 9, value_title, fontName=font,
                       fontSize=8, textAnchor="start"))  # fmt: skip
    drawing.add(String(chart.x + chart.width + 4, chart.y - 3, category_title, fontName=font,
                       fontSize=8, textAnchor="start"))  # fmt: skip


def bar_chart(
    rows: Sequence[Row],
    width: float,
    font: str,
    *,
    height: float = 56 * mm,
    category_title: str = "",
):
    """件数 (dark) and 办结 (white) side by side for each group (at most ten groups), each bar
    labelled with its figure so it reads without the legend."""
    shown = list(rows[:10])
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 62 * mm, height - 20 * mm
    chart.data = [[r.cases for r in shown] or [0], [r.closed for r in shown] or [0]]
    chart.categoryAxis.categoryNames = [r.label[:8] for r in shown] or ["—"]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    _value_axis(chart, font, max([r.cases for r in shown] + [1]))
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.6
    for index in range(2):
        chart.bars[index].fillColor = SERIES_FILLS[index]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 5
    drawing.add(chart)
    _axis_titles(drawing, chart, font, "单位：件", category_title)
    drawing.add(
        _legend(
            width - 44 * mm,
            height - 8 * mm,
            font,
            [(SERIES_FILLS[0], "件数"), (SERIES_FILLS[1], "办结")],
        )
    )
    return drawing


def pie_chart(rows: Sequence[Row], width: float, font: str, title: str, *, height=66 * mm):
    """Shares of the cases, each slice labelled beside the pie with its name, count and 占比
    (the same largest-remainder shares as the tables); a period without cases says so."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=font, fontSize=10))
    slices = pie_slices(rows)
    whole = sum(n for _, n in slices)
    if not whole:
        drawing.add(String(width / 2, height / 2, "本期无数据", fontName=font, fontSize=10,
                           textAnchor="middle"))  # fmt: skip
        return drawing
    size = min(height - 30, width * 0.4)  # room above and below for the side labels
    pie = Pie()
    pie.x, pie.y = (width - size) / 2, (height - 14 - size) / 2
    pie.width = pie.height = size
    pie.data = [n for _, n in slices]
    slice_shares = shares([n for _, n in slices])
    pie.labels = [
        f"{label[:10]} {n}件 {format_rate(share)}"
        for (label, n), share in zip(slices, slice_shares, strict=True)
    ]
    pie.sideLabels = True
    pie.simpleLabels = False
    pie.slices.fontName = font
    pie.slices.fontSize = 8
    pie.slices.strokeColor = colors.black
    pie.slices.strokeWidth = 0.6
    pie.slices.label_pointer_strokeColor = colors.black
    for index in range(len(slices)):
        pie.slices[index].fillColor = SLICE_GREYS[index % len(SLICE_GREYS)]
    drawing.add(pie)
    return drawing


def line_chart(
    lines: Sequence[tuple[str, Trend, str]],
    width: float,
    font: str,
    *,
    height: float = 60 * mm,
    value_title: str = "单位：件、批次",
):
    """One line per (name, trend, figure): e.g. this year's and last year's cases, or one
    period's cases and visits; the categories are the first trend's labels. Each line has
    its own dash pattern and marker, so the lines part on a greyscale page."""
    drawing = Drawing(width, height)
    first = lines[0][1]
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 62 * mm, height - 20 * mm
    data = [[getattr(p, figure) for p in trend.points] or [0] for _, trend, figure in lines]
    chart.data = data
    labels = [p.label for p in first.points] or ["—"]
    # Many steps (a month of days): label every few so the labels do not overlap.
    every = max(1, -(-len(labels) // 10))
    chart.categoryAxis.categoryNames = [t if i % every == 0 else "" for i, t in enumerate(labels)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    _value_axis(chart, font, max([max(series) for series in data] + [1]))
    # Markers on every point only while they stay apart; a month of days gets bare lines.
    marked = len(labels) <= 16
    for index in range(len(lines)):
        style = chart.lines[index]
        style.strokeColor = LINE_GREYS[index % len(LINE_GREYS)]
        style.strokeWidth = 1.4
        dash = LINE_DASHES[index % len(LINE_DASHES)]
        if dash:
            style.strokeDashArray = dash
        if marked:
            style.symbol = makeMarker(LINE_MARKERS[index % len(LINE_MARKERS)], size=4)
    drawing.add(chart)
    step_title = {"day": "日期", "week": "周", "month": "月份"}.get(first.step.value, "")
    _axis_titles(drawing, chart, font, value_title, step_title)
    drawing.add(_line_legend(width - 44 * mm, height - 8 * mm, font, [name for name, *_ in lines]))
    return drawing


def _line_legend(x: float, y: float, font: str, names: Sequence[str]) -> Group:
    """A short stretch of each line, with its dash and marker, then its name."""
    legend = Group()
    for index, name in enumerate(names):
        top = y - index * 12
        colour = LINE_GREYS[index % len(LINE_GREYS)]
        dash = LINE_DASHES[index % len(LINE_DASHES)]
        legend.add(Line(x, top, x + 18, top, strokeColor=colour, strokeWidth=1.4,
                        strokeDashArray=dash))  # fmt: skip
        marker = makeMarker(LINE_MARKERS[index % len(LINE_MARKERS)], size=4)
        marker.x, marker.y = x + 9, top
        marker.strokeColor = marker.fillColor = colour
        legend.add(marker)
        legend.add(String(x + 22, top - 3, name, fontName=font, fontSize=8.5))
    return legend


def _legend(x: float, y: float, font: str, pairs) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = font
    legend.fontSize = 8.5
    legend.alignment = "right"
    legend.strokeColor = colors.black
    legend.strokeWidth = 0.6
    legend.colorNamePairs = pairs
    return legend
