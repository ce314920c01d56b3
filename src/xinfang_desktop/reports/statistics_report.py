"""信访统计表: a period's figures with 同比/环比, the grouping table and a bar chart; PDF and
.xlsx from the same plain data (domain/statistics.py ``Report``)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import BinaryIO
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from ..domain.statistics import (
    DIMENSION_LABELS,
    SHARES_FOOTNOTE,
    TREND_STEP_LABELS,
    Report,
    Row,
    Trend,
    as_of_note,
    format_change,
    format_rate,
    grouping_lines,
)
from .fonts import register_cjk_font
from .page_frame import PageFrame
from .statistics_charts import bar_chart, line_chart, pie_chart
from .xlsx_charts import add_bar_chart, add_line_chart, add_pie_chart

TITLE = "信访统计表"
GROUP_HEADERS = ("件数", "占比", "人次", "办结", "办结率", "按期办结", "按期办结率")


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


def comparison_rows(report: Report, *, year_only: bool = False) -> list[tuple[str, ...]]:
    """本期 against 上期 (环比) and 去年同期 (同比). ``year_only`` for a year, whose period
    before is the year before: one 同比 column, not the same figure under two headings."""
    t, p, y = report.totals, report.previous, report.year_before
    figures = (
        ("信访事项（件）", t.cases, p.cases, report.cases_change_previous, y.cases,
         report.cases_change_year),
        ("来访登记（批）", t.visit_batches, p.visit_batches, report.visits_change_previous,
         y.visit_batches, report.visits_change_year),
    )  # fmt: skip
    if year_only:
        rows: list[tuple[str, ...]] = [("项目", "本年", "上年同期", "同比")]
        rows += [(name, str(now), str(last), format_change(yc)) for name, now, _, _, last, yc
                 in figures]  # fmt: skip
        return rows
    rows = [("项目", "本期", "上期", "环比", "去年同期", "同比")]
    rows += [
        (name, str(now), str(before), format_change(pc), str(last), format_change(yc))
        for name, now, before, pc, last, yc in figures
    ]
    return rows


def group_rows(label: str, rows: Sequence[Row]) -> list[tuple[str, ...]]:
    """One grouping: each group's figures and 占比 (summing to exactly 100.0%), then 合计."""
    return [(label, *GROUP_HEADERS), *grouping_lines(rows)]


def group_widths(width: float) -> list[float]:
    return [width * f for f in (0.2, 0.09, 0.1, 0.09, 0.09, 0.11, 0.14, 0.18)]


def grid_table(data, widths, font: str, *, total_row: bool = False) -> Table:
    """A ruled table: headings centred, the first column (names) left, figures right-aligned
    so their digits line up; ``total_row`` sets the last line (合计) in bold rule."""
    base = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=12, wordWrap="CJK")
    header = ParagraphStyle("head", parent=base, alignment=TA_CENTER)
    figure = ParagraphStyle("figure", parent=base, alignment=TA_RIGHT)
    cells = []
    for index, row in enumerate(data):
        styles = [header] * len(row) if index == 0 else [base] + [figure] * (len(row) - 1)
        cells.append(
            [Paragraph(escape(str(text)), style) for text, style in zip(row, styles, strict=True)]
        )
    table = Table(cells, colWidths=widths, repeatRows=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black))
    table.setStyle(TableStyle(commands))
    return table


class TableNumbers:
    """表1, 表2 … in the order the tables appear, each with the unit as 制表单位 and the
    measuring unit, as statistical tables sent upward carry them."""

    def __init__(self, unit_name: str, font: str) -> None:
        self._unit_name = unit_name
        self._number = 0
        self._style = ParagraphStyle("caption", fontName=font, fontSize=9, leading=12)
        self._right = ParagraphStyle("caption-right", parent=self._style, alignment=TA_RIGHT)

    def caption(self, title: str, width: float, measure: str = "件、人次") -> Table:
        self._number += 1
        left = Paragraph(escape(f"表{self._number}　{title}"), self._style)
        right = Paragraph(
            escape(f"制表单位：{self._unit_name}　　计量单位：{measure}"), self._right
        )
        caption = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
        caption.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return caption


def footnote(text: str, font: str) -> Paragraph:
    style = ParagraphStyle("note", fontName=font, fontSize=8.5, leading=11, spaceBefore=2)
    return Paragraph(escape(f"注：{text}"), style)


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
        subtitle=report.title,
        printed_at=printed_at,
        signature_labels=("填表人", "审核人"),
    )
    width = frame.content_width
    numbers = TableNumbers(unit_name, font)
    heading = ParagraphStyle("heading", fontName=font, fontSize=11.5, leading=16, spaceAfter=4)
    summary = grid_table(
        [("项目", "数值"), *summary_rows(report)], [width * 0.3, width * 0.7], font
    )
    comparison = grid_table(comparison_rows(report), [width / 6] * 6, font)
    dimension = DIMENSION_LABELS[report.by]
    groups = grid_table(group_rows(dimension, report.rows), group_widths(width), font,
                        total_row=True)  # fmt: skip
    step = TREND_STEP_LABELS[trend.step]
    period_line = f"统计时段：{report.label}。"
    trend_note = (
        f"走势{as_of_note(report.as_of)}，此后的日期尚未发生，不画也不计。"
        if report.as_of is not None
        else ""
    )
    return frame.build(
        [
            Paragraph("一、总体情况", heading),
            numbers.caption("总体情况", width),
            summary,
            footnote(period_line, font),
            Spacer(1, 4 * mm),
            Paragraph("二、同比、环比", heading),
            numbers.caption("同比、环比", width, "件、批"),
            comparison,
            footnote(report.comparison_note or "同比、环比无可比时期。", font),
            Spacer(1, 4 * mm),
            Paragraph(f"三、按{dimension}统计", heading),
            numbers.caption(f"按{dimension}统计", width),
            groups,
            footnote(SHARES_FOOTNOTE, font),
            Spacer(1, 3 * mm),
            bar_chart(report.rows, width, font, category_title=dimension),
            CondPageBreak(70 * mm),
            Paragraph(f"四、各{dimension}所占比例", heading),
            pie_chart(report.rows, width, font, f"信访事项按{dimension}"),
            CondPageBreak(70 * mm),
            Paragraph(f"五、走势（{step}）", heading),
            line_chart(
                [("信访事项（件）", trend, "cases"), ("来访（批次）", trend, "visit_batches")],
                width,
                font,
            ),
            *([footnote(trend_note, font)] if trend_note else []),
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
    sheet.append([report.title])
    sheet.append([])
    for label, value in summary_rows(report):
        sheet.append([label, value])
    sheet.append([])
    for row in numeric_cells(comparison_rows(report)):
        sheet.append(row)
    sheet.append([])
    header_row = sheet.max_row + 1
    dimension = DIMENSION_LABELS[report.by]
    for row in numeric_cells(group_rows(dimension, report.rows)):
        sheet.append(row)
    sheet.column_dimensions["A"].width = 20
    for column in "BCDEFGH":
        sheet.column_dimensions[column].width = 14
    # The charts cover the groups, not the 合计 line under them.
    groups = {"header_row": header_row, "first_row": header_row + 1,
              "last_row": header_row + len(report.rows)}  # fmt: skip
    add_bar_chart(sheet, **groups, value_columns=(2, 5), title=f"按{dimension}统计", anchor="J2")
    del groups["header_row"]
    add_pie_chart(sheet, **groups, value_column=2, title=f"各{dimension}所占比例", anchor="J20")

    steps = book.create_sheet("走势")
    steps.append([f"{report.label}走势（{TREND_STEP_LABELS[trend.step]}）"])
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
