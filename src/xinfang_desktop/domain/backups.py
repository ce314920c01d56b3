"""Which automatic backups to keep: the newest of each of the last few days and weeks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import PurePath

DAILY_KEPT = 7
WEEKLY_KEPT = 4
_STAMP = re.compile(r"(\d{8}-\d{6})")


def backup_time(path: PurePath) -> datetime | None:
    """The time in a backup's name (xinfang-20261123-125000.backup), or None."""
    match = _STAMP.search(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def backups_to_keep(
    times: Iterable[datetime], *, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> set[datetime]:
    """The newest backup of each of the ``daily`` most recent days that have one, and the
    newest of each of the ``weekly`` most recent ISO weeks; everything else may go."""
    newest_first = sorted(set(times), reverse=True)
    keep: set[datetime] = set()
    days: list = []
    weeks: list = []
    for moment in newest_first:
        day = moment.date()
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(moment)
        week = moment.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)
            keep.add(moment)
    return keep
