"""Native Excel charts over the tables a workbook already holds, so the office can restyle or
copy them into its own report: bars by group, a pie of shares, lines over time.

Bars and lines always show both axes (openpyxl leaves ``delete`` unset, which several readers
take as "hidden") with titles: ``x_title`` names the groups or steps, ``y_title`` the counted
unit ("件数", "人次"). Counts get whole-number ticks starting at 0."""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.worksheet.worksheet import Worksheet

_WIDTH_CM = 16
_HEIGHT_CM = 8


def _add_series_chart(
    sheet: Worksheet,
    chart: BarChart | LineChart,
    *,
    header_row: int,
    first_row: int,
    last_row: int,
    value_columns: tuple[int, ...],
    title: str,
    anchor: str,
    x_title: str = "",
    y_title: str = "件数",
) -> None:
    """One series per column in ``value_columns`` (1-based, named by ``header_row``) over the
    labels in column 1; nothing when there are no data rows."""
    if last_row < first_row:
        return
    chart.title = title
    chart.width, chart.height = _WIDTH_CM, _HEIGHT_CM
    for column in value_columns:
        data = Reference(sheet, min_col=column, min_row=header_row, max_row=last_row)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=first_row, max_row=last_row))
    _show_axes(chart, x_title, y_title, _largest(sheet, first_row, last_row, value_columns))
    sheet.add_chart(chart, anchor)


def _largest(sheet: Worksheet, first_row: int, last_row: int, columns: tuple[int, ...]) -> float:
    """The largest number charted, when the sheet can still be read (not a streamed one)."""
    largest = 0.0
    if not hasattr(sheet, "cell"):
        return largest
    for column in columns:
        for row in range(first_row, last_row + 1):
            value = sheet.cell(row, column).value
            if isinstance(value, int | float) and not isinstance(value, bool):
                largest = max(largest, value)
    return largest


def _count_step(largest: float) -> int:
    """A whole tick step giving at most about eight ticks: 1, 2, 5, 10, 20, 50…"""
    step = 1
    while largest / step > 8:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if largest / step <= 8:
                break
    return step


def _show_axes(chart: BarChart | LineChart, x_title: str, y_title: str, largest: float) -> None:
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.title = x_title or None
    chart.y_axis.title = y_title or None
    chart.y_axis.number_format = "0"
    chart.y_axis.scaling.min = 0
    chart.y_axis.majorUnit = _count_step(largest)


def add_bar_chart(sheet: Worksheet, **where) -> None:
    """Columns side by side for each group (see ``_add_series_chart`` for ``where``)."""
    chart = BarChart()
    chart.type = "col"
    _add_series_chart(sheet, chart, **where)


def add_line_chart(sheet: Worksheet, **where) -> None:
    """One line per column over the steps (see ``_add_series_chart`` for ``where``)."""
    chart = LineChart()
    _add_series_chart(sheet, chart, **where)
    for series in chart.series:
        series.smooth = False  # a count per month is not a curve


def add_pie_chart(
    sheet: Worksheet,
    *,
    first_row: int,
    last_row: int,
    value_column: int,
    title: str,
    anchor: str,
) -> None:
    """Shares of ``value_column`` with the labels in column 1, percentages on the slices."""
    if last_row < first_row:
        return
    chart = PieChart()
    chart.title = title
    chart.width, chart.height = _WIDTH_CM, _HEIGHT_CM
    chart.add_data(Reference(sheet, min_col=value_column, min_row=first_row, max_row=last_row))
    chart.set_categories(Reference(sheet, min_col=1, min_row=first_row, max_row=last_row))
    # Only the percentage on a slice; the legend names the slices. Unset flags make some
    # readers (LibreOffice) print the series name and value as well.
    chart.dataLabels = DataLabelList(
        showPercent=True, showVal=False, showCatName=False, showSerName=False, showLegendKey=False
    )
    sheet.add_chart(chart, anchor)
