"""信访统计表: a period's figures with 同比/环比, the grouping table and a bar chart; PDF and
.xlsx from the same plain data (domain/statistics.py ``Report``)."""

from __future__ import annotations

import os
from datetime import date
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from ..domain.statistics import (
    DIMENSION_LABELS,
    TREND_STEP_LABELS,
    Report,
    Trend,
    format_change,
    format_rate,
)
from .cjk_text import cjk_paragraph, splittable_table
from .fonts import register_cjk_font
from .page_frame import PageFrame
from .statistics_charts import bar_chart, line_chart, pie_chart
from .xlsx_charts import add_bar_chart, add_line_chart, add_pie_chart

TITLE = "信访统计表"
GROUP_HEADERS = ("件数", "人次", "办结", "办结率", "按期办结", "按期办结率")


def summary_rows(report: Report) -> list[tuple[str, str]]:
    t = report.totals
    return [
        ("来访登记", f"{t.visit_batches} 批 {t.visit_persons} 人次"),
        ("信访事项", f"{t.cases} 件 {t.case_persons} 人次"),
        ("办结", f"{t.closed} 件"),
        ("办结率", format_rate(t.closure_rate)),
        ("按期办结", f"{t.closed_on_time} 件"),
        ("按期办结率", format_rate(t.on_time_rate)),
        ("重信重访", f"{t.repeats} 件（{format_rate(t.repeat_share)}）"),
    ]


def comparison_rows(report: Report) -> list[tuple[str, ...]]:
    t, p, y = report.totals, report.previous, report.year_before
    return [
        ("项目", "本期", "上期", "环比", "去年同期", "同比"),
        (
            "信访事项（件）",
            str(t.cases),
            str(p.cases),
            format_change(report.cases_change_previous),
            str(y.cases),
            format_change(report.cases_change_year),
        ),
        (
            "来访登记（批）",
            str(t.visit_batches),
            str(p.visit_batches),
            format_change(report.visits_change_previous),
            str(y.visit_batches),
            format_change(report.visits_change_year),
        ),
    ]


def group_rows(report: Report) -> list[tuple[str, ...]]:
    rows = [(DIMENSION_LABELS[report.by], *GROUP_HEADERS)]
    for row in report.rows:
        rows.append(
            (
                row.label,
                str(row.cases),
                str(row.persons),
                str(row.closed),
                format_rate(row.closure_rate),
                str(row.closed_on_time),
                format_rate(row.on_time_rate),
            )
        )
    return rows


def grid_table(data, widths, font: str) -> Table:
    cell = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=12)
    # User text (category and area names) prints literally: "A&B" or "<x>" is not markup.
    table = splittable_table(
        [[cjk_paragraph(text, cell) for text in row] for row in data],
        colWidths=widths,
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


TREND_HEADERS = ("时间", "来访（批次）", "来访（人次）", "信访事项（件）", "信访事项（人次）")


def trend_table_rows(
    trend: Trend, before: Trend | None = None, *, before_label: str = "去年同期（件）"
) -> list[tuple[str, ...]]:
    """Each step of the line, and 合计; with ``before``, that period's cases beside."""
    headers = TREND_HEADERS + ((before_label,) if before is not None else ())
    table: list[tuple[str, ...]] = [headers]
    earlier = list(before.points) if before is not None else []
    for index, point in enumerate(trend.points):
        row = [
            point.label,
            str(point.visit_batches),
            str(point.visit_persons),
            str(point.cases),
            str(point.case_persons),
        ]
        if before is not None:
            row.append(str(earlier[index].cases) if index < len(earlier) else "—")
        table.append(tuple(row))
    totals = [
        "合计",
        str(sum(p.visit_batches for p in trend.points)),
        str(sum(p.visit_persons for p in trend.points)),
        str(sum(p.cases for p in trend.points)),
        str(sum(p.case_persons for p in trend.points)),
    ]
    if before is not None:
        totals.append(str(sum(p.cases for p in earlier)))
    table.append(tuple(totals))
    return table


def numeric_cells(rows):
    """Counts as numbers in a workbook so the office can sum and chart them; rates stay text."""
    for row in rows:
        yield [int(cell) if isinstance(cell, str) and cell.isdigit() else cell for cell in row]


def build_statistics_pdf(report: Report, trend: Trend, unit_name: str, printed_at: date) -> bytes:
    font = register_cjk_font()
    frame = PageFrame(
        unit_name=unit_name,
        title=TITLE,
        subtitle=report.period.label,
        printed_at=printed_at,
        signature_labels=("填表人", "审核人"),
    )
    width = frame.content_width
    heading = ParagraphStyle("heading", fontName=font, fontSize=11.5, leading=16, spaceAfter=4)
    summary = grid_table(
        [("项目", "数值"), *summary_rows(report)], [width * 0.3, width * 0.7], font
    )
    comparison = grid_table(comparison_rows(report), [width / 6] * 6, font)
    groups = grid_table(group_rows(report), [width * 0.28] + [width * 0.12] * 6, font)
    dimension = DIMENSION_LABELS[report.by]
    step = TREND_STEP_LABELS[trend.step]
    return frame.build(
        [
            cjk_paragraph("一、总体情况", heading),
            summary,
            Spacer(1, 4 * mm),
            cjk_paragraph("二、同比、环比", heading),
            comparison,
            Spacer(1, 4 * mm),
            cjk_paragraph(f"三、按{dimension}统计", heading),
            groups,
            Spacer(1, 3 * mm),
            bar_chart(report.rows, width, font),
            CondPageBreak(70 * mm),
            cjk_paragraph(f"四、各{dimension}所占比例", heading),
            pie_chart(report.rows, width, font, f"信访事项按{dimension}"),
            CondPageBreak(70 * mm),
            cjk_paragraph(f"五、走势（{step}）", heading),
            line_chart(
                [("信访事项（件）", trend, "cases"), ("来访（批次）", trend, "visit_batches")],
                width,
                font,
            ),
        ]
    )


def write_statistics_xlsx(
    report: Report, trend: Trend, unit_name: str, target: str | os.PathLike | BinaryIO
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = TITLE
    sheet.append([f"{unit_name}{TITLE}"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([report.period.label])
    sheet.append([])
    for label, value in summary_rows(report):
        sheet.append([label, value])
    sheet.append([])
    for row in numeric_cells(comparison_rows(report)):
        sheet.append(row)
    sheet.append([])
    header_row = sheet.max_row + 1
    for row in numeric_cells(group_rows(report)):
        sheet.append(row)
    sheet.column_dimensions["A"].width = 20
    for column in "BCDEFG":
        sheet.column_dimensions[column].width = 14
    dimension = DIMENSION_LABELS[report.by]
    groups = {"header_row": header_row, "first_row": header_row + 1, "last_row": sheet.max_row}
    add_bar_chart(sheet, **groups, value_columns=(2, 4), title=f"按{dimension}统计", anchor="I2")
    del groups["header_row"]
    add_pie_chart(sheet, **groups, value_column=2, title=f"各{dimension}所占比例", anchor="I20")

    steps = book.create_sheet("走势")
    steps.append([f"{report.period.label}走势（{TREND_STEP_LABELS[trend.step]}）"])
    for row in numeric_cells(trend_table_rows(trend)):
        steps.append(row)
    steps.column_dimensions["A"].width = 14
    add_line_chart(
        steps,
        header_row=2,
        first_row=3,
        last_row=steps.max_row - 1,  # not the 合计 line
        value_columns=(2, 4),
        title="来访与信访事项走势",
        anchor="H2",
    )
    book.save(target)
