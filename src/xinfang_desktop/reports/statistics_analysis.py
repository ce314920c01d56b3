"""The quarter's 信访工作分析报告 and the year's 信访工作年度统计表 (信访工作条例 Art. 41):
PDF with tables and charts, and .xlsx with the same tables, from plain domain data."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..domain.statistics import (
    Analysis,
    AnnualTables,
    Row,
    analysis_paragraphs,
    format_rate,
    period_title,
    rate,
)
from .cjk_text import cjk_paragraph
from .fonts import register_cjk_font
from .page_frame import Bookmark, PageFrame
from .statistics_charts import bar_chart, line_chart, pie_chart
from .statistics_report import (
    GROUP_HEADERS,
    comparison_rows,
    grid_table,
    numeric_cells,
    summary_rows,
    trend_table_rows,
)
from .xlsx_charts import add_bar_chart, add_line_chart, add_pie_chart

ANALYSIS_TITLE = "信访工作分析报告"
ANNUAL_TITLE = "信访工作年度统计表"


def group_table_rows(label: str, rows: Sequence[Row], whole: int) -> list[tuple[str, ...]]:
    """One grouping with each group's share of all cases, and a 合计 line."""
    table = [(label, *GROUP_HEADERS[:3], "占比", *GROUP_HEADERS[3:])]
    for row in rows:
        table.append(
            (
                row.label,
                str(row.cases),
                str(row.persons),
                str(row.closed),
                format_rate(rate(row.cases, whole)),
                format_rate(row.closure_rate),
                str(row.closed_on_time),
                format_rate(row.on_time_rate),
            )
        )
    if not rows:
        table.append(("（本期无信访事项）", "", "", "", "", "", "", ""))
    return table


class _Styles:
    def __init__(self) -> None:
        self.font = register_cjk_font()
        self.heading = ParagraphStyle(
            "heading", fontName=self.font, fontSize=12, leading=17, spaceBefore=4, spaceAfter=4
        )
        self.body = ParagraphStyle(
            "body", fontName=self.font, fontSize=10.5, leading=17, firstLineIndent=21
        )


def _group_widths(width: float) -> list[float]:
    return [width * f for f in (0.2, 0.1, 0.1, 0.1, 0.1, 0.12, 0.12, 0.16)]


def _section(title: str, s: _Styles, *parts: Flowable) -> list[Flowable]:
    # A heading never sits alone at the foot of a page.
    return [CondPageBreak(40 * mm), Bookmark(title), cjk_paragraph(title, s.heading), *parts]


def build_analysis_pdf(analysis: Analysis, unit_name: str, printed_at: date) -> bytes:
    report = analysis.report
    s = _Styles()
    frame = PageFrame(
        unit_name=unit_name,
        title=ANALYSIS_TITLE,
        subtitle=f"{period_title(report.period)}（{report.period.label}）",
        printed_at=printed_at,
        signature_labels=("撰写人", "审核人"),
    )
    width = frame.content_width
    whole = report.totals.cases
    lines = [
        ("本期", analysis.trend, "cases"),
        ("去年同期", analysis.trend_year_before, "cases"),
    ]
    story: list[Flowable] = [
        *_section(
            "一、总体情况",
            s,
            *[cjk_paragraph(text, s.body) for text in analysis_paragraphs(analysis)],
        ),
        *_section(
            "二、主要数据",
            s,
            grid_table(
                [("项目", "数值"), *summary_rows(report)], [width * 0.3, width * 0.7], s.font
            ),
            Spacer(1, 3 * mm),
            grid_table(comparison_rows(report), [width / 6] * 6, s.font),
        ),
        *_section(
            "三、来源渠道",
            s,
            grid_table(group_table_rows("渠道", report.rows, whole), _group_widths(width), s.font),
            KeepTogether(pie_chart(report.rows, width, s.font, "各渠道所占比例")),
        ),
        *_section(
            "四、反映问题类别",
            s,
            grid_table(
                group_table_rows("类别", analysis.categories, whole), _group_widths(width), s.font
            ),
            KeepTogether(pie_chart(analysis.categories, width, s.font, "各类别所占比例")),
        ),
        *_section(
            "五、逐月走势",
            s,
            grid_table(
                trend_table_rows(analysis.trend, analysis.trend_year_before),
                [width * 0.2] + [width * 0.16] * 5,
                s.font,
            ),
            Spacer(1, 2 * mm),
            line_chart(lines, width, s.font),
        ),
        *_section(
            "六、承办部门",
            s,
            grid_table(
                group_table_rows("承办部门", analysis.offices, whole), _group_widths(width), s.font
            ),
            bar_chart(analysis.offices, width, s.font),
        ),
        *_section(
            "七、包案领导",
            s,
            grid_table(
                group_table_rows("包案领导", analysis.owners, whole), _group_widths(width), s.font
            ),
        ),
    ]
    return frame.build(story)


def handling_rows(tables: AnnualTables) -> list[tuple[str, str]]:
    return [("项目", "数量"), *((row.label, str(row.count)) for row in tables.handling)]


def build_annual_pdf(tables: AnnualTables, unit_name: str, printed_at: date) -> bytes:
    report = tables.report
    s = _Styles()
    frame = PageFrame(
        unit_name=unit_name,
        title=ANNUAL_TITLE,
        subtitle=f"{tables.year}年度（供年度信访工作报告使用）",
        printed_at=printed_at,
        signature_labels=("填表人", "审核人", "单位负责人"),
    )
    width = frame.content_width
    whole = report.totals.cases
    lines = [
        (f"{tables.year}年", tables.months, "cases"),
        (f"{tables.year - 1}年", tables.months_year_before, "cases"),
    ]
    story: list[Flowable] = [
        *_section(
            "表一  信访总量",
            s,
            grid_table(
                [("项目", "数值"), *summary_rows(report)], [width * 0.3, width * 0.7], s.font
            ),
            Spacer(1, 3 * mm),
            grid_table(comparison_rows(report), [width / 6] * 6, s.font),
        ),
        *_section(
            "表二  来源渠道",
            s,
            grid_table(group_table_rows("渠道", report.rows, whole), _group_widths(width), s.font),
        ),
        *_section(
            "表三  反映问题涉及领域",
            s,
            grid_table(
                group_table_rows("类别", tables.categories, whole), _group_widths(width), s.font
            ),
            KeepTogether(pie_chart(tables.categories, width, s.font, "各类别所占比例")),
        ),
        *_section(
            "表四  办理情况（转送、交办、督办、复查复核）",
            s,
            grid_table(handling_rows(tables), [width * 0.6, width * 0.4], s.font),
        ),
        *_section(
            "表五  承办部门",
            s,
            grid_table(
                group_table_rows("承办部门", tables.offices, whole), _group_widths(width), s.font
            ),
        ),
        *_section(
            "表六  逐月统计",
            s,
            grid_table(
                trend_table_rows(
                    tables.months, tables.months_year_before, before_label="上年（件）"
                ),
                [width * 0.2] + [width * 0.16] * 5,
                s.font,
            ),
            Spacer(1, 2 * mm),
            line_chart(lines, width, s.font),
        ),
    ]
    return frame.build(story)


def _sheet(book: Workbook, title: str, heading: str, rows) -> Worksheet:
    sheet = book.create_sheet(title)
    sheet.append([heading])
    sheet["A1"].font = Font(bold=True, size=13)
    for row in rows:
        sheet.append(list(row))
    sheet.column_dimensions["A"].width = 26
    for column in "BCDEFGH":
        sheet.column_dimensions[column].width = 14
    return sheet


# Tables in the workbooks start under the heading: header on row 2, data from row 3.
_HEADER_ROW, _FIRST_ROW = 2, 3


def _group_sheet(
    book: Workbook, title: str, heading: str, label: str, rows: Sequence[Row], whole: int, chart
) -> None:
    sheet = _sheet(book, title, heading, numeric_cells(group_table_rows(label, rows, whole)))
    last = _FIRST_ROW + len(rows) - 1  # an empty period has no data rows to chart
    if chart == "pie":
        add_pie_chart(
            sheet,
            first_row=_FIRST_ROW,
            last_row=last,
            value_column=2,
            title=f"各{label}所占比例",
            anchor="J2",
        )
    else:
        add_bar_chart(
            sheet,
            header_row=_HEADER_ROW,
            first_row=_FIRST_ROW,
            last_row=last,
            value_columns=(2, 4),
            title=f"按{label}统计",
            anchor="J2",
        )


def _trend_sheet(book: Workbook, title: str, heading: str, rows: list[tuple[str, ...]]) -> None:
    sheet = _sheet(book, title, heading, numeric_cells(rows))
    add_line_chart(
        sheet,
        header_row=_HEADER_ROW,
        first_row=_FIRST_ROW,
        last_row=sheet.max_row - 1,  # not the 合计 line
        value_columns=(4, 6),  # this period's cases and the year before's
        title="信访事项逐月走势",
        anchor="J2",
    )


def write_analysis_xlsx(
    analysis: Analysis, unit_name: str, target: str | os.PathLike | BinaryIO
) -> None:
    report = analysis.report
    whole = report.totals.cases
    heading = f"{unit_name}{ANALYSIS_TITLE}（{period_title(report.period)}）"
    book = Workbook()
    book.remove(book.active)
    overview = [[text] for text in analysis_paragraphs(analysis)]
    overview += [[], *summary_rows(report), [], *comparison_rows(report)]
    _sheet(book, "总体情况", heading, overview)
    _group_sheet(book, "来源渠道", heading, "渠道", report.rows, whole, "pie")
    _group_sheet(book, "问题类别", heading, "类别", analysis.categories, whole, "pie")
    _trend_sheet(
        book, "逐月走势", heading, trend_table_rows(analysis.trend, analysis.trend_year_before)
    )
    _group_sheet(book, "承办部门", heading, "承办部门", analysis.offices, whole, "bar")
    _group_sheet(book, "包案领导", heading, "包案领导", analysis.owners, whole, "bar")
    book.save(target)


def write_annual_xlsx(
    tables: AnnualTables, unit_name: str, target: str | os.PathLike | BinaryIO
) -> None:
    report = tables.report
    whole = report.totals.cases
    heading = f"{unit_name}{tables.year}年度{ANNUAL_TITLE}"
    book = Workbook()
    book.remove(book.active)
    _sheet(
        book,
        "信访总量",
        heading,
        [*summary_rows(report), [], *numeric_cells(comparison_rows(report))],
    )
    _group_sheet(book, "来源渠道", heading, "渠道", report.rows, whole, "pie")
    _group_sheet(book, "问题类别", heading, "类别", tables.categories, whole, "pie")
    _sheet(book, "办理情况", heading, numeric_cells(handling_rows(tables)))
    _group_sheet(book, "承办部门", heading, "承办部门", tables.offices, whole, "bar")
    months = trend_table_rows(tables.months, tables.months_year_before, before_label="上年（件）")
    _trend_sheet(book, "逐月统计", heading, months)
    book.save(target)
