"""The quarter's 信访工作分析报告 and the year's 信访工作年度统计表 (信访工作条例 Art. 41):
PDF with tables and charts, and .xlsx with the same tables, from plain domain data."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..domain.statistics import (
    SHARES_FOOTNOTE,
    Analysis,
    AnnualTables,
    Row,
    analysis_paragraphs,
    as_of_note,
)
from .cjk_text import cjk_paragraph
from .fonts import register_cjk_font
from .page_frame import Bookmark, PageFrame
from .statistics_charts import bar_chart, line_chart, pie_chart
from .statistics_report import (
    TableNumbers,
    comparison_rows,
    footnote,
    grid_table,
    group_rows,
    group_widths,
    summary_rows,
    trend_table_rows,
    write_comparison_sheet,
    write_group_sheet,
    write_summary_sheet,
    write_trend_sheet,
)
from .workbook import Column, WorkbookWriter

ANALYSIS_TITLE = "信访工作分析报告"
ANNUAL_TITLE = "信访工作年度统计表"


def group_table_rows(label: str, rows: Sequence[Row]) -> list[tuple[str, ...]]:
    """One grouping with each group's share of all cases, and a 合计 line."""
    return group_rows(label, rows)


class _Styles:
    def __init__(self, unit_name: str) -> None:
        self.font = register_cjk_font()
        self.numbers = TableNumbers(unit_name, self.font)
        self.heading = ParagraphStyle(
            "heading", fontName=self.font, fontSize=12, leading=17, spaceBefore=4, spaceAfter=4
        )
        self.body = ParagraphStyle(
            "body", fontName=self.font, fontSize=10.5, leading=17, firstLineIndent=21
        )


def _group_widths(width: float) -> list[float]:
    return group_widths(width)


def _group_table(label: str, rows: Sequence[Row], width: float, s: _Styles) -> list[Flowable]:
    """表n caption, the grouping with 占比 and 合计, and how the shares were rounded."""
    return [
        s.numbers.caption(f"按{label}统计", width),
        grid_table(group_table_rows(label, rows), _group_widths(width), s.font, total_row=True),
        footnote(SHARES_FOOTNOTE, s.font),
    ]


def _section(title: str, s: _Styles, *parts: Flowable) -> list[Flowable]:
    # A heading never sits alone at the foot of a page.
    return [CondPageBreak(40 * mm), Bookmark(title), cjk_paragraph(title, s.heading), *parts]


def _trend_note(report) -> list[Flowable]:
    return [] if report.as_of is None else [
        cjk_paragraph(
            f"注：逐月数据{as_of_note(report.as_of)}，以后的月份尚未发生，不列也不画；"
            "去年同期取相同日期。",
            _note_style(),
        )
    ]  # fmt: skip


def _note_style() -> ParagraphStyle:
    return ParagraphStyle("note", fontName=register_cjk_font(), fontSize=8.5, leading=11)


def build_analysis_pdf(analysis: Analysis, unit_name: str, printed_at: date) -> bytes:
    report = analysis.report
    s = _Styles(unit_name)
    frame = PageFrame(
        unit_name=unit_name,
        title=ANALYSIS_TITLE,
        subtitle=report.title,
        printed_at=printed_at,
        signature_labels=("撰写人", "审核人"),
    )
    width = frame.content_width
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
            s.numbers.caption("主要数据", width),
            grid_table(
                [("项目", "数值"), *summary_rows(report)], [width * 0.3, width * 0.7], s.font
            ),
            footnote(f"统计时段：{report.label}。", s.font),
            Spacer(1, 3 * mm),
            s.numbers.caption("同比、环比", width, "件、批"),
            grid_table(comparison_rows(report), [width / 6] * 6, s.font),
            footnote(report.comparison_note or "同比、环比无可比时期。", s.font),
        ),
        *_section(
            "三、来源渠道",
            s,
            *_group_table("渠道", report.rows, width, s),
            KeepTogether(pie_chart(report.rows, width, s.font, "各渠道所占比例")),
        ),
        *_section(
            "四、反映问题类别",
            s,
            *_group_table("类别", analysis.categories, width, s),
            KeepTogether(pie_chart(analysis.categories, width, s.font, "各类别所占比例")),
        ),
        *_section(
            "五、逐月走势",
            s,
            s.numbers.caption("逐月走势", width),
            grid_table(
                trend_table_rows(analysis.trend, analysis.trend_year_before),
                [width * 0.2] + [width * 0.16] * 5,
                s.font,
                total_row=True,
            ),
            *_trend_note(report),
            Spacer(1, 2 * mm),
            line_chart(lines, width, s.font),
        ),
        *_section(
            "六、承办部门",
            s,
            *_group_table("承办部门", analysis.offices, width, s),
            bar_chart(analysis.offices, width, s.font, category_title="承办部门"),
        ),
        *_section(
            "七、包案领导",
            s,
            *_group_table("包案领导", analysis.owners, width, s),
        ),
    ]
    return frame.build(story)


def handling_rows(tables: AnnualTables) -> list[tuple[str, str]]:
    return [("项目", "数量"), *((row.label, str(row.count)) for row in tables.handling)]


def build_annual_pdf(tables: AnnualTables, unit_name: str, printed_at: date) -> bytes:
    report = tables.report
    s = _Styles(unit_name)
    year_label = f"{tables.year}年度" + (
        f"（{as_of_note(report.as_of)}）" if report.as_of is not None else ""
    )
    frame = PageFrame(
        unit_name=unit_name,
        title=ANNUAL_TITLE,
        subtitle=f"{year_label}　供年度信访工作报告使用",
        printed_at=printed_at,
        signature_labels=("填表人", "审核人", "单位负责人"),
    )
    width = frame.content_width
    lines = [
        (f"{tables.year}年", tables.months, "cases"),
        (f"{tables.year - 1}年", tables.months_year_before, "cases"),
    ]
    story: list[Flowable] = [
        *_section(
            "一、信访总量",
            s,
            s.numbers.caption("信访总量", width),
            grid_table(
                [("项目", "数值"), *summary_rows(report)], [width * 0.3, width * 0.7], s.font
            ),
            footnote(f"统计时段：{report.label}。", s.font),
            Spacer(1, 3 * mm),
            s.numbers.caption("与上年同期比较", width, "件、批"),
            grid_table(comparison_rows(report, year_only=True), [width / 4] * 4, s.font),
            footnote(
                f"上年同期为{report.year_before_period.label}。"
                if report.year_before_period
                else "无上年同期数据。",
                s.font,
            ),
        ),
        *_section("二、来源渠道", s, *_group_table("渠道", report.rows, width, s)),
        *_section(
            "三、反映问题涉及领域",
            s,
            *_group_table("类别", tables.categories, width, s),
            KeepTogether(pie_chart(tables.categories, width, s.font, "各类别所占比例")),
        ),
        *_section(
            "四、办理情况（转送、交办、督办、复查复核）",
            s,
            s.numbers.caption("办理情况", width, "件、次"),
            grid_table(handling_rows(tables), [width * 0.6, width * 0.4], s.font),
        ),
        *_section("五、承办部门", s, *_group_table("承办部门", tables.offices, width, s)),
        *_section(
            "六、逐月统计",
            s,
            s.numbers.caption("逐月统计", width),
            grid_table(
                trend_table_rows(
                    tables.months, tables.months_year_before, before_label="上年同月（件）"
                ),
                [width * 0.2] + [width * 0.16] * 5,
                s.font,
                total_row=True,
            ),
            *_trend_note(report),
            Spacer(1, 2 * mm),
            line_chart(lines, width, s.font),
        ),
    ]
    return frame.build(story)


def write_analysis_xlsx(
    analysis: Analysis, unit_name: str, target: str | os.PathLike | BinaryIO
) -> None:
    report = analysis.report
    heading = f"{unit_name}{ANALYSIS_TITLE}"
    subtitle = report.title
    book = WorkbookWriter(unit_name)
    write_summary_sheet(book, "总体情况", heading, report, analysis_paragraphs(analysis))
    write_comparison_sheet(book, "同比环比", heading, report)
    write_group_sheet(book, "来源渠道", heading, subtitle, "渠道", report.rows, chart="pie")
    write_group_sheet(book, "问题类别", heading, subtitle, "类别", analysis.categories,
                      chart="pie")  # fmt: skip
    write_trend_sheet(book, "逐月走势", heading, subtitle, analysis.trend,
                      analysis.trend_year_before, chart_columns=(4, 6),
                      chart_title="信访事项逐月走势")  # fmt: skip
    write_group_sheet(book, "承办部门", heading, subtitle, "承办部门", analysis.offices)
    write_group_sheet(book, "包案领导", heading, subtitle, "包案领导", analysis.owners)
    book.save(target)


def write_annual_xlsx(
    tables: AnnualTables, unit_name: str, target: str | os.PathLike | BinaryIO
) -> None:
    report = tables.report
    heading = f"{unit_name}{tables.year}年度{ANNUAL_TITLE}"
    subtitle = f"{tables.year}年度" + (
        f"（{as_of_note(report.as_of)}）" if report.as_of is not None else ""
    )
    book = WorkbookWriter(unit_name)
    write_summary_sheet(book, "信访总量", heading, report)
    write_comparison_sheet(book, "与上年比较", heading, report, year_only=True)
    write_group_sheet(book, "来源渠道", heading, subtitle, "渠道", report.rows, chart="pie")
    write_group_sheet(book, "问题类别", heading, subtitle, "类别", tables.categories,
                      chart="pie")  # fmt: skip
    handling = book.add_sheet(
        "办理情况",
        [Column("项目", width=30), Column("数量", "integer", 12)],
        heading=heading,
        subtitle=subtitle,
    )
    for row in tables.handling:
        handling.append([row.label, row.count])
    write_group_sheet(book, "承办部门", heading, subtitle, "承办部门", tables.offices)
    write_trend_sheet(book, "逐月统计", heading, subtitle, tables.months,
                      tables.months_year_before, before_label="上年同月（件）",
                      chart_columns=(4, 6), chart_title="信访事项逐月走势")  # fmt: skip
    book.save(target)
