"""xinfang stats --from --to --by channel|category|area|owner|office [--format table|csv|json]

The figures come from services/statistics.py, the same function the window and the printed
reports use, so all of them agree.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from ..domain.statistics import (
    DIMENSION_LABELS,
    SHARES_FOOTNOTE,
    Dimension,
    PeriodNotStartedError,
    Report,
    format_change,
    format_rate,
    grouping_lines,
)
from ..services.context import Actor
from .parsing import output_path, parse_date, parse_year
from .session import (
    CommandError,
    add_quarter_or_span,
    open_migrated,
    quarter_or_span,
    write_output,
)

_HEADERS = ("件数", "占比", "人次", "办结", "办结率", "按期办结", "按期办结率")


def add_parser(areas, common) -> None:
    parser = areas.add_parser(
        "stats",
        parents=[common],
        help="信访统计：办结率、按渠道/类别/地区/包案领导分组、同比环比",
        description="统计一个时期的来访登记和信访事项",
    )
    parser.add_argument("--from", dest="date_from", type=parse_date, required=True, metavar="日期")
    parser.add_argument("--to", dest="date_to", type=parse_date, required=True, metavar="日期")
    parser.add_argument(
        "--by",
        choices=[d.value for d in Dimension],
        default=Dimension.CHANNEL.value,
        help="分组：channel 渠道，category 类别，area 所属地区，owner 包案领导，office 承办部门",
    )
    parser.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="输出格式"
    )
    parser.set_defaults(run=run_stats)


def add_print_forms(forms, common) -> None:
    printing = forms.add_parser(
        "stats", parents=[common], help="信访统计表（PDF：总体情况、同比环比、分组表和柱状图）"
    )
    _report_arguments(printing, "PDF 文件")
    printing.set_defaults(run=run_print)
    _add_analysis_and_annual(forms, common, "PDF 文件", "print")


def add_export_sheets(sheets, common) -> None:
    export = sheets.add_parser("stats", parents=[common], help="信访统计表（.xlsx）")
    _report_arguments(export, "Excel 文件（.xlsx）")
    export.set_defaults(run=run_export)
    _add_analysis_and_annual(sheets, common, "Excel 文件（.xlsx）", "export")


def _add_analysis_and_annual(parsers, common, output_help: str, purpose: str) -> None:
    kind = "PDF：文字分析、分组表、饼图和逐月折线图" if purpose == "print" else ".xlsx"
    analysis = parsers.add_parser(
        "analysis", parents=[common], help=f"信访工作分析报告（季度或任意时期；{kind}）"
    )
    add_quarter_or_span(analysis)
    analysis.add_argument(
        "-o", "--output", type=output_path, required=True, metavar="文件", help=output_help
    )
    analysis.set_defaults(run=run_analysis, purpose=purpose)
    annual = parsers.add_parser(
        "annual",
        parents=[common],
        help=f"信访工作年度统计表（年度信访工作报告用，信访工作条例第四十一条；{kind}）",
    )
    annual.add_argument("--year", type=parse_year, required=True, metavar="年份")
    annual.add_argument(
        "-o", "--output", type=output_path, required=True, metavar="文件", help=output_help
    )
    annual.set_defaults(run=run_annual, purpose=purpose)


def _report_arguments(parser, output_help: str) -> None:
    parser.add_argument("--from", dest="date_from", type=parse_date, required=True, metavar="日期")
    parser.add_argument("--to", dest="date_to", type=parse_date, required=True, metavar="日期")
    parser.add_argument(
        "--by", choices=[d.value for d in Dimension], default=Dimension.CHANNEL.value
    )
    parser.add_argument(
        "-o", "--output", type=output_path, required=True, metavar="文件", help=output_help
    )


def _document(args, purpose: str):
    from ..services.statistics import statistics_document

    if args.date_from > args.date_to:
        raise CommandError("结束日期不能早于开始日期")
    db = open_migrated(args)
    try:
        return statistics_document(
            db,
            Actor.from_os_user(),
            args.date_from,
            args.date_to,
            Dimension(args.by),
            purpose=purpose,
        )
    except PeriodNotStartedError as error:
        raise CommandError(error.user_message) from error
    finally:
        db.dispose()


def run_print(args) -> int:
    from ..reports.statistics_report import build_statistics_pdf

    report, line, unit_name = _document(args, "print")
    write_output(args.output, build_statistics_pdf(report, line, unit_name, date.today()))
    print(f"已生成信访统计表：{args.output}")
    return 0


def run_export(args) -> int:
    from ..reports.statistics_report import write_statistics_xlsx

    report, line, unit_name = _document(args, "export")
    _write(args.output, lambda: write_statistics_xlsx(report, line, unit_name, args.output))
    print(f"已导出信访统计表：{args.output}")
    return 0


def _write(path: Path, write) -> None:
    try:
        write()
    except OSError as exc:
        raise CommandError(f"无法写入 {path}：{exc.strerror or exc}") from exc


def run_analysis(args) -> int:
    from ..reports.statistics_analysis import build_analysis_pdf, write_analysis_xlsx
    from ..services.statistics import analysis_document

    start, end = quarter_or_span(args)
    db = open_migrated(args)
    try:
        result, unit_name = analysis_document(
            db, Actor.from_os_user(), start, end, purpose=args.purpose
        )
    except PeriodNotStartedError as error:
        raise CommandError(error.user_message) from error
    finally:
        db.dispose()
    if args.purpose == "print":
        write_output(args.output, build_analysis_pdf(result, unit_name, date.today()))
    else:
        _write(args.output, lambda: write_analysis_xlsx(result, unit_name, args.output))
    print(f"已生成信访工作分析报告：{args.output}")
    return 0


def run_annual(args) -> int:
    from ..reports.statistics_analysis import build_annual_pdf, write_annual_xlsx
    from ..services.statistics import annual_document

    if not 2000 <= args.year <= 2100:
        raise CommandError("年份应在 2000 至 2100 之间")
    db = open_migrated(args)
    try:
        tables, unit_name = annual_document(
            db, Actor.from_os_user(), args.year, purpose=args.purpose
        )
    except PeriodNotStartedError as error:
        raise CommandError(error.user_message) from error
    finally:
        db.dispose()
    if args.purpose == "print":
        write_output(args.output, build_annual_pdf(tables, unit_name, date.today()))
    else:
        _write(args.output, lambda: write_annual_xlsx(tables, unit_name, args.output))
    print(f"已生成{args.year}年度信访工作统计表：{args.output}")
    return 0


def run_stats(args) -> int:
    from ..services.statistics import statistics

    if args.date_from > args.date_to:
        raise CommandError("结束日期不能早于开始日期")
    db = open_migrated(args)
    try:
        report = statistics(
            db, Actor.from_os_user(), args.date_from, args.date_to, Dimension(args.by)
        )
    except PeriodNotStartedError as error:
        raise CommandError(error.user_message) from error
    finally:
        db.dispose()
    {"table": _table, "csv": _csv, "json": _json}[args.format](report)
    return 0


def _table(report: Report) -> None:
    t = report.totals
    print(f"统计时期：{report.label}")
    print(f"来访登记：{t.visit_batches} 批 {t.visit_persons} 人次")
    print(
        f"信访事项：{t.cases} 件 {t.case_persons} 人次，办结 {t.closed} 件，"
        f"办结率 {format_rate(t.closure_rate)}，按期办结率 {format_rate(t.on_time_rate)}，"
        f"重信重访 {t.repeats} 件（{format_rate(t.repeat_share)}）"
    )
    print(
        f"环比：信访事项{format_change(report.cases_change_previous)}，"
        f"来访登记{format_change(report.visits_change_previous)}；"
        f"同比：信访事项{format_change(report.cases_change_year)}，"
        f"来访登记{format_change(report.visits_change_year)}"
    )
    if report.comparison_note:
        print(report.comparison_note)
    print()
    print("\t".join((DIMENSION_LABELS[report.by], *_HEADERS)))
    for line in grouping_lines(report.rows):
        print("\t".join(line))
    print(f"注：{SHARES_FOOTNOTE}")


def _csv(report: Report) -> None:
    """The same lines as the table (占比 and 合计 included); figures stay plain numbers."""
    from ..reports.workbook import SafeCsvWriter

    # A BOM so Excel on Chinese Windows reads UTF-8; labels (areas, offices) are user text.
    writer = SafeCsvWriter(sys.stdout)
    writer.writerow((DIMENSION_LABELS[report.by], *_HEADERS))
    for line in grouping_lines(report.rows):
        writer.writerow(line)


def _decimal(value) -> float | None:
    return None if value is None else float(value)


def _json(report: Report) -> None:

    t = report.totals
    row_shares = report.shares
    data = {
        "from": report.period.start.isoformat(),
        "to": report.period.end.isoformat(),
        # Set when the asked period has not ended: the figures stop at this day.
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "share_rounding": "largest_remainder",
        "by": report.by.value,
        "totals": {
            "visit_batches": t.visit_batches,
            "visit_persons": t.visit_persons,
            "cases": t.cases,
            "case_persons": t.case_persons,
            "closed": t.closed,
            "closed_on_time": t.closed_on_time,
            "repeats": t.repeats,
            "closure_rate": _decimal(t.closure_rate),
            "on_time_rate": _decimal(t.on_time_rate),
            "repeat_share": _decimal(t.repeat_share),
        },
        "change": {
            "cases_previous": _decimal(report.cases_change_previous),
            "cases_year_before": _decimal(report.cases_change_year),
            "visits_previous": _decimal(report.visits_change_previous),
            "visits_year_before": _decimal(report.visits_change_year),
        },
        "rows": [
            {
                "label": r.label,
                "cases": r.cases,
                "persons": r.persons,
                "share": _decimal(share),
                "closed": r.closed,
                "closed_on_time": r.closed_on_time,
                "closure_rate": _decimal(r.closure_rate),
                "on_time_rate": _decimal(r.on_time_rate),
            }
            for r, share in zip(report.rows, row_shares, strict=True)
        ],
    }
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()
