"""Charts for the printed statistics: bars by group, a pie of shares, lines over time.

ReportLab drawings sized to the page's content width; labels in the program's CJK font.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from ..domain.statistics import Row, Trend, format_rate, pie_slices, rate

PALETTE = tuple(
    colors.HexColor(code)
    for code in (
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    )
)  # fmt: skip


def _nice_top(value: int) -> tuple[int, int]:
    """An axis top at or above ``value`` and a round step (1, 2 or 5 × 10ⁿ) giving at most
    six ticks, so the axis reads 0, 200, 400 … rather than 0, 121, 242 …"""
    top = max(value, 1)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if -(-top // step) <= 5:
                return step * -(-top // step), step
        magnitude *= 10


def bar_chart(rows: Sequence[Row], width: float, font: str, *, height: float = 52 * mm):
    """件数 and 办结 side by side for each group (at most ten groups)."""
    shown = list(rows[:10])
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 60 * mm, height - 14 * mm
    chart.data = [[r.cases for r in shown] or [0], [r.closed for r in shown] or [0]]
    chart.categoryAxis.categoryNames = [r.label[:8] for r in shown] or ["—"]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _nice_top(
        max([r.cases for r in shown] + [1])
    )
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[1].fillColor = PALETTE[2]
    drawing.add(chart)
    drawing.add(
        _legend(
            width - 40 * mm, height - 8 * mm, font, [(PALETTE[0], "件数"), (PALETTE[2], "办结")]
        )
    )
    return drawing


def pie_chart(rows: Sequence[Row], width: float, font: str, title: str, *, height=62 * mm):
    """Shares of the cases; a period without cases says so instead of drawing an empty pie."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=font, fontSize=10))
    slices = pie_slices(rows)
    whole = sum(n for _, n in slices)
    if not whole:
        drawing.add(String(width / 2, height / 2, "本期无数据", fontName=font, fontSize=10,
                           textAnchor="middle"))  # fmt: skip
        return drawing
    size = min(height - 24, width * 0.45)  # the title keeps its own line above the pie
    pie = Pie()
    pie.x, pie.y = 4 * mm, 2
    pie.width = pie.height = size
    pie.data = [n for _, n in slices]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.5
    for index in range(len(slices)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    pairs = [
        (PALETTE[i % len(PALETTE)], f"{label[:10]} {n}件 {format_rate(rate(n, whole))}")
        for i, (label, n) in enumerate(slices)
    ]
    drawing.add(_legend(pie.x + size + 6 * mm, pie.y + size - 4, font, pairs))
    return drawing


def line_chart(
    lines: Sequence[tuple[str, Trend, str]],
    width: float,
    font: str,
    *,
    height: float = 58 * mm,
):
    """One line per (name, trend, figure): e.g. this year's and last year's cases, or one
    period's cases and visits; the categories are the first trend's labels."""
    drawing = Drawing(width, height)
    first = lines[0][1]
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 60 * mm, height - 16 * mm
    data = [[getattr(p, figure) for p in trend.points] or [0] for _, trend, figure in lines]
    chart.data = data
    labels = [p.label for p in first.points] or ["—"]
    # Many steps (a month of days): label every few so the labels do not overlap.
    every = max(1, -(-len(labels) // 10))
    chart.categoryAxis.categoryNames = [t if i % every == 0 else "" for i, t in enumerate(labels)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _nice_top(
        max([max(series) for series in data] + [1])
    )
    pairs = []
    for index, (name, _trend, _figure) in enumerate(lines):
        colour = PALETTE[index * 3 % len(PALETTE)]
        chart.lines[index].strokeColor = colour
        chart.lines[index].strokeWidth = 1.5
        pairs.append((colour, name))
    drawing.add(chart)
    drawing.add(_legend(width - 40 * mm, height - 8 * mm, font, pairs))
    return drawing


def _legend(x: float, y: float, font: str, pairs) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = font
    legend.fontSize = 8.5
    legend.alignment = "right"
    legend.colorNamePairs = pairs
    return legend
