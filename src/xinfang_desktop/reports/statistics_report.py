"""信访统计表: a period's figures with 同比/环比, the grouping table and a bar chart; PDF and
.xlsx from the same plain data (domain/statistics.py ``Report``)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from ..domain.statistics import (
    DIMENSION_LABELS,
    EMPTY_GROUPS,
    SHARES_FOOTNOTE,
    TOTAL_LABEL,
    TREND_STEP_LABELS,
    Report,
    Row,
    Trend,
    TrendStep,
    as_of_note,
    format_change,
    format_rate,
    grouping_lines,
    shares,
)
from .cjk_text import cjk_paragraph, splittable_table
from .fonts import register_cjk_font
from .page_frame import PageFrame
from .statistics_charts import bar_chart, line_chart, pie_chart
from .workbook import Column, Formatted, SheetWriter, WorkbookWriter
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
    base = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=12)
    header = ParagraphStyle("head", parent=base, alignment=TA_CENTER)
    figure = ParagraphStyle("figure", parent=base, alignment=TA_RIGHT)
    cells = []
    for index, row in enumerate(data):
        styles = [header] * len(row) if index == 0 else [base] + [figure] * (len(row) - 1)
        cells.append([cjk_paragraph(text, style) for text, style in zip(row, styles, strict=True)])
    # User text (category and area names) prints literally: "A&B" or "<x>" is not markup.
    table = splittable_table(cells, colWidths=widths, repeatRows=1)
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
        left = cjk_paragraph(f"表{self._number}　{title}", self._style)
        right = cjk_paragraph(f"制表单位：{self._unit_name}　　计量单位：{measure}", self._right)
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


def footnote(text: str, font: str) -> Flowable:
    style = ParagraphStyle("note", fontName=font, fontSize=8.5, leading=11, spaceBefore=2)
    return cjk_paragraph(f"注：{text}", style)


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
            cjk_paragraph("一、总体情况", heading),
            numbers.caption("总体情况", width),
            summary,
            footnote(period_line, font),
            Spacer(1, 4 * mm),
            cjk_paragraph("二、同比、环比", heading),
            numbers.caption("同比、环比", width, "件、批"),
            comparison,
            footnote(report.comparison_note or "同比、环比无可比时期。", font),
            Spacer(1, 4 * mm),
            cjk_paragraph(f"三、按{dimension}统计", heading),
            numbers.caption(f"按{dimension}统计", width),
            groups,
            footnote(SHARES_FOOTNOTE, font),
            Spacer(1, 3 * mm),
            bar_chart(report.rows, width, font, category_title=dimension),
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
            *([footnote(trend_note, font)] if trend_note else []),
        ]
    )


# -- workbooks: the same tables through the one workbook writer, counts and rates as numbers --


def _fraction(percent: Decimal | None) -> float | None:
    """37.5 (percent) → 0.375, a number Excel shows as 37.5% and can compute with."""
    return None if percent is None else float(percent) / 100


_CHANGE_FORMAT = '"增长"0.0%;"下降"0.0%;"持平"'


def group_columns(label: str) -> list[Column]:
    return [
        Column(label, width=22),
        Column("件数", "integer", 8),
        Column("占比", "percent", 9, number_format="0.0%"),
        Column("人次", "integer", 8),
        Column("办结", "integer", 8),
        Column("办结率", "percent", 9, number_format="0.0%"),
        Column("按期办结", "integer", 10),
        Column("按期办结率", "percent", 11, number_format="0.0%"),
    ]


def write_group_sheet(
    book: WorkbookWriter,
    title: str,
    heading: str,
    subtitle: str,
    label: str,
    rows: Sequence[Row],
    *,
    chart: str = "bar",
) -> SheetWriter:
    """One grouping: 件数, 占比 (summing to exactly 100.0%), rates as numbers, 合计, the
    rounding footnote, and a native chart beside it."""
    sheet = book.add_sheet(title, group_columns(label), heading=heading, subtitle=subtitle)
    row_shares = shares([r.cases for r in rows])
    for row, share in zip(rows, row_shares, strict=True):
        sheet.append(_group_values(row, share))
    if not rows:
        sheet.message(EMPTY_GROUPS)
    total = Row(
        TOTAL_LABEL,
        sum(r.cases for r in rows),
        sum(r.persons for r in rows),
        sum(r.closed for r in rows),
        sum(r.closed_on_time for r in rows),
    )
    sheet.total(_group_values(total, Decimal("100.0") if total.cases else None))
    sheet.note(f"注：{SHARES_FOOTNOTE}")
    where = {"first_row": sheet.first_data_row, "last_row": sheet.first_data_row + len(rows) - 1}
    if chart == "pie":
        add_pie_chart(sheet.worksheet, **where, value_column=2,
                      title=f"各{label}所占比例", anchor="J2")  # fmt: skip
    else:
        add_bar_chart(sheet.worksheet, header_row=sheet.header_row, **where,
                      value_columns=(2, 5), title=f"按{label}统计", anchor="J2",
                      x_title=label, y_title="件")  # fmt: skip
    return sheet


def _group_values(row: Row, share: Decimal | None) -> list[object]:
    return [
        row.label,
        row.cases,
        _fraction(share),
        row.persons,
        row.closed,
        _fraction(row.closure_rate),
        row.closed_on_time,
        _fraction(row.on_time_rate),
    ]


def write_summary_sheet(
    book: WorkbookWriter, title: str, heading: str, report: Report, notes: Sequence[str] = ()
) -> SheetWriter:
    """总体情况 as numbers with their units: 208 and 批, not the text "208 批"."""
    t = report.totals
    sheet = book.add_sheet(
        title,
        [Column("项目", width=24), Column("数值", "number", 12), Column("单位", width=8)],
        heading=heading,
        subtitle=f"统计时段：{report.label}",
    )
    count = "0"
    rate_format = "0.0%"
    for name, value, unit, number_format in (
        ("来访登记", t.visit_batches, "批", count),
        ("来访登记", t.visit_persons, "人次", count),
        ("信访事项", t.cases, "件", count),
        ("信访事项", t.case_persons, "人次", count),
        ("办结", t.closed, "件", count),
        ("办结率", _fraction(t.closure_rate), "", rate_format),
        ("按期办结", t.closed_on_time, "件", count),
        ("按期办结率", _fraction(t.on_time_rate), "", rate_format),
        ("重信重访", t.repeats, "件", count),
        ("重信重访占比", _fraction(t.repeat_share), "", rate_format),
    ):
        sheet.append([name, None if value is None else Formatted(value, number_format), unit])
    for text in notes:
        sheet.note(text)
    return sheet


def write_comparison_sheet(
    book: WorkbookWriter, title: str, heading: str, report: Report, *, year_only: bool = False
) -> SheetWriter:
    """同比/环比 with the changes as numbers (增长12.5% is 0.125 in the cell)."""
    t, p, y = report.totals, report.previous, report.year_before

    def count(header: str) -> Column:
        return Column(header, "integer", 10)

    def change(header: str) -> Column:
        return Column(header, "percent", 12, number_format=_CHANGE_FORMAT)

    columns = [Column("项目", width=18)] + (
        [count("本年"), count("上年同期"), change("同比")]
        if year_only
        else [count("本期"), count("上期"), change("环比"), count("去年同期"), change("同比")]
    )
    sheet = book.add_sheet(title, columns, heading=heading, subtitle=f"统计时段：{report.label}")
    for name, now, before, before_change, last, last_change in (
        ("信访事项（件）", t.cases, p.cases, report.cases_change_previous, y.cases,
         report.cases_change_year),
        ("来访登记（批）", t.visit_batches, p.visit_batches, report.visits_change_previous,
         y.visit_batches, report.visits_change_year),
    ):  # fmt: skip
        if year_only:
            sheet.append([name, now, last, _fraction(last_change)])
        else:
            sheet.append(
                [name, now, before, _fraction(before_change), last, _fraction(last_change)]
            )
    if report.comparison_note:
        sheet.note(f"注：{report.comparison_note}")
    sheet.note("注：变化一栏空白表示比较期为0，无可比数据。")
    return sheet


def write_trend_sheet(
    book: WorkbookWriter,
    title: str,
    heading: str,
    subtitle: str,
    trend: Trend,
    before: Trend | None = None,
    *,
    before_label: str = "去年同期（件）",
    chart_columns: tuple[int, ...] = (2, 4),
    chart_title: str = "来访与信访事项走势",
) -> SheetWriter:
    columns = [Column("时间", width=14)] + [Column(h, "integer", 14) for h in TREND_HEADERS[1:]]
    if before is not None:
        columns.append(Column(before_label, "integer", 14))
    sheet = book.add_sheet(title, columns, heading=heading, subtitle=subtitle)
    earlier = list(before.points) if before is not None else []
    for index, point in enumerate(trend.points):
        values: list[object] = [point.label, point.visit_batches, point.visit_persons,
                                point.cases, point.case_persons]  # fmt: skip
        if before is not None:
            values.append(earlier[index].cases if index < len(earlier) else None)
        sheet.append(values)
    totals: list[object] = [
        TOTAL_LABEL,
        sum(p.visit_batches for p in trend.points),
        sum(p.visit_persons for p in trend.points),
        sum(p.cases for p in trend.points),
        sum(p.case_persons for p in trend.points),
    ]
    if before is not None:
        totals.append(sum(p.cases for p in earlier))
    sheet.total(totals)
    add_line_chart(
        sheet.worksheet,
        header_row=sheet.header_row,
        first_row=sheet.first_data_row,
        last_row=sheet.last_data_row,  # not the 合计 line
        value_columns=chart_columns,
        title=chart_title,
        anchor="J2",
        x_title=TREND_STEP_TITLES[trend.step],
        y_title="件、批次",
    )
    return sheet


TREND_STEP_TITLES = {TrendStep.DAY: "日期", TrendStep.WEEK: "周", TrendStep.MONTH: "月份"}


def write_statistics_xlsx(
    report: Report, trend: Trend, unit_name: str, target: str | os.PathLike | BinaryIO
) -> None:
    dimension = DIMENSION_LABELS[report.by]
    heading = f"{unit_name}{TITLE}"
    book = WorkbookWriter(unit_name)
    group = write_group_sheet(
        book, TITLE, heading, report.title, dimension, report.rows, chart="bar"
    )
    add_pie_chart(
        group.worksheet,
        first_row=group.first_data_row,
        last_row=group.first_data_row + len(report.rows) - 1,
        value_column=2,
        title=f"各{dimension}所占比例",
        anchor="J20",
    )
    write_summary_sheet(book, "总体情况", heading, report)
    write_comparison_sheet(book, "同比环比", heading, report)
    write_trend_sheet(
        book, "走势", heading, f"{report.label}走势（{TREND_STEP_LABELS[trend.step]}）", trend
    )
    book.save(target)
