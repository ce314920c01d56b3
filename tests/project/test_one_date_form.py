"""Dates take one form on paper and on screen: 2026年11月1日, never 2026年11月01日 or 11-01."""

from __future__ import annotations

import re
from pathlib import Path

from xinfang_desktop.domain.dates import chinese_date, chinese_datetime, chinese_month_day

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "xinfang_desktop"
# strftime directives that pad a month or day for a reader: %m月, %d日, %m-%d. A whole ISO
# date (%Y-%m-%d) stays allowed: audit ids, file names and the date fields people type in.
PADDED = re.compile(r"%m月|%d日|(?<!%Y-)%m-%d")


def test_no_padded_month_or_day_is_formatted_for_a_reader():
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for folder in ("reports", "ui", "services", "domain")
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if PADDED.search(line)
    ]
    assert offenders == []


def test_the_helpers_write_the_one_form():
    from datetime import date, datetime

    assert chinese_date(date(2026, 11, 1)) == "2026年11月1日"
    assert chinese_month_day(date(2026, 1, 5)) == "1月5日"
    assert chinese_datetime(datetime(2026, 11, 1, 9, 5)) == "2026年11月1日 09:05"
    assert chinese_datetime(datetime(2026, 11, 1, 9, 5, 7), seconds=True) == (
        "2026年11月1日 09:05:07"
    )
