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
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..domain.statistics import DIMENSION_LABELS, Report, format_change, format_rate
from .fonts import register_cjk_font
from .page_frame import PageFrame
from .statistics_charts import bar_chart

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
    cell = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=12, wordWrap="CJK")
    table = Table(
        [[Paragraph(text, cell) for text in row] for row in data], colWidths=widths, repeatRows=1
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


def build_statistics_pdf(report: Report, unit_name: str, printed_at: date) -> bytes:
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
    title = f"按{DIMENSION_LABELS[report.by]}统计"
    return frame.build(
        [
            Paragraph("一、总体情况", heading),
            summary,
            Spacer(1, 4 * mm),
            Paragraph("二、同比、环比", heading),
            comparison,
            Spacer(1, 4 * mm),
            Paragraph(f"三、{title}", heading),
            groups,
            Spacer(1, 3 * mm),
            bar_chart(report.rows, width, font),
        ]
    )


def write_statistics_xlsx(
    report: Report, unit_name: str, target: str | os.PathLike | BinaryIO
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
    for row in comparison_rows(report):
        sheet.append(list(row))
    sheet.append([])
    for row in group_rows(report):
        sheet.append(list(row))
    sheet.column_dimensions["A"].width = 20
    for column in "BCDEFG":
        sheet.column_dimensions[column].width = 14
    book.save(target)
