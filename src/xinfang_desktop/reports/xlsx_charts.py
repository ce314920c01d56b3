"""Native Excel charts over the tables a workbook already holds, so the office can restyle or
copy them into its own report: bars by group, a pie of shares, lines over time."""

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
    sheet.add_chart(chart, anchor)


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
