from datetime import datetime, timedelta
from pathlib import PurePath

from xinfang_desktop.domain.backups import backup_time, backups_to_keep


def test_two_months_of_backups_keep_seven_days_and_four_weeks():
    start = datetime(2026, 9, 1, 17, 30)
    # Two backups a day (start-up and exit) for 60 days.
    times = [start + timedelta(days=d, hours=h) for d in range(60) for h in (0, 3)]
    keep = backups_to_keep(times)
    newest = max(times)
    days = sorted({t.date() for t in keep})
    # The 7 newest days, each with its newest backup …
    for offset in range(7):
        day = newest.date() - timedelta(days=offset)
        assert max(t for t in times if t.date() == day) in keep
    # … plus the newest of the 4 newest weeks, which the days already partly cover.
    weeks = {t.isocalendar()[:2] for t in keep}
    assert len(weeks) == 4
    assert len(keep) <= 7 + 4
    assert days[0] >= newest.date() - timedelta(weeks=4)
    assert newest in keep


def test_few_backups_are_all_kept():
    times = [datetime(2026, 11, 20, 8), datetime(2026, 11, 21, 8)]
    assert backups_to_keep(times) == set(times)
    assert backups_to_keep([]) == set()


def test_backup_time_reads_the_name():
    assert backup_time(PurePath("auto/xinfang-20261123-125000.backup")) == datetime(
        2026, 11, 23, 12, 50
    )
    assert backup_time(PurePath("notes.txt")) is None
    assert backup_time(PurePath("xinfang-20261399-999999.backup")) is None
