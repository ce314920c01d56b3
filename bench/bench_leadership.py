"""Time the leadership area's queries and printed lists on a few school-years of records.

    python bench/bench_leadership.py --years 5

A school records about 10 groups screened weekly (≈520 screenings a year), a dozen 下访 a
month and a few dozen disputes a year; --years 5 with the default rates is far more than a
school keeps, so the figures are an upper bound. Uses a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from xinfang_desktop.db import migrate
from xinfang_desktop.db.engine import Database, sqlite_url
from xinfang_desktop.db.models import Dispute, DisputeNote, ScreeningRecord, dispute_team_members
from xinfang_desktop.domain.auth import Role
from xinfang_desktop.domain.leadership import ROLE_LEADER, ROLE_MEMBER, MemberDraft, TermDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import disputes, leadership, screening
from xinfang_desktop.services import leadership_printing as printing
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person

MATTERS = [
    "家长对分班结果有意见，多次到校要求调班",
    "两位教师因排课和课时量分配发生争执",
    "邻里因学校围墙外排水沟归属发生纠纷，影响学生上下学通行",
    "家长与班主任因学生在校受伤责任认定产生矛盾",
]


def timed(label: str, work: Callable[[], object], repeat: int = 5) -> object:
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    print(f"{label:<34} median {statistics.median(times) * 1000:8.1f} ms  (of {repeat})")
    return result


def fill(db: Database, years: int, disputes_per_year: int, rng: random.Random) -> int:
    actor = Actor("bench", Role.ADMIN)
    leaders = [
        add_person(db, actor, PersonDraft(f"领导{i}", post="副校长", is_leader=True))
        for i in range(8)
    ]
    start = date(2026, 11, 23) - timedelta(days=365 * years)
    term = leadership.found_term(db, actor, TermDraft(start, "行政会"))
    for index, person in enumerate(leaders):
        role = ROLE_LEADER if index == 0 else ROLE_MEMBER
        leadership.add_member(db, actor, term.id, MemberDraft(person.id, role, "包组摸排"))
    screening.ensure_default_groups(db)
    groups = screening.list_groups(db)
    for index, group in enumerate(groups):
        screening.assign_group(
            db, actor, term.id, group.id, leaders[index % 8].id, assigned_on=start
        )
    stamp = datetime(2026, 11, 23, 9, 0)
    records, ledger = [], []
    for week in range(years * 52):
        for index, group in enumerate(groups):
            findings = rng.random() < 0.2
            records.append(
                {
                    "screened_on": start + timedelta(days=week * 7 + index % 5),
                    "group_id": group.id,
                    "screened_by_id": leaders[index % 8].id,
                    "findings": rng.choice(MATTERS) if findings else "无新问题",
                    "risk_level": "low" if findings else "",
                    "status": "recorded",
                    "case_requested_by": "",
                    "created_at": stamp,
                    "created_by": "bench",
                    "version": 1,
                }
            )
    for number in range(years * disputes_per_year):
        found = start + timedelta(days=rng.randrange(365 * years))
        ledger.append(
            {
                "id": number + 1,
                "found_on": found,
                "matter": f"{number + 1}：{rng.choice(MATTERS)}",
                "parties": "张某、李某",
                "responsible_id": rng.choice(leaders).id,
                "plan": "约谈双方，明确责任，限期化解",
                "deadline": found + timedelta(days=30),
                "risk_level": rng.choice(["low", "medium", "high"]),
                "risk_note": "",
                "status": rng.choice(["open", "handling", "resolved", "resolved"]),
                "created_at": stamp,
                "created_by": "bench",
                "version": 1,
            }
        )
    with db.write() as session:
        session.execute(insert(ScreeningRecord), records)
        session.execute(insert(Dispute), ledger)
        session.execute(
            insert(dispute_team_members),
            [{"dispute_id": d["id"], "person_id": leaders[0].id} for d in ledger],
        )
        session.execute(
            insert(DisputeNote),
            [
                {
                    "dispute_id": d["id"],
                    "noted_on": d["found_on"] + timedelta(days=3),
                    "text": "已约谈当事人，正在协调",
                    "created_at": stamp,
                    "created_by": "bench",
                }
                for d in ledger
            ],
        )
    print(f"{len(records)} screenings, {len(ledger)} disputes, {len(groups)} groups")
    return term.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--disputes-per-year", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(sqlite_url(Path(folder) / "bench.sqlite3"), check_network_share=False)
        migrate.upgrade(db)
        term_id = fill(db, args.years, args.disputes_per_year, rng)
        actor = Actor("bench", Role.ADMIN)
        today = date(2026, 11, 23)
        timed(
            "screening overview (start page)",
            lambda: screening.screening_overview(db, term_id, today),
        )
        timed("overdue disputes (start page)", lambda: disputes.overdue_disputes(db, today))
        timed("overdue follow-ups (start page)", lambda: screening.overdue_follow_ups(db, today))
        rows = timed(
            "screenings of the term (tab)",
            lambda: screening.list_screenings(
                db, actor, date_from=today - timedelta(days=365 * args.years)
            ),
        )
        print(f"  ({len(rows)} rows)")
        ledger = timed(
            "dispute ledger PDF (all)",
            lambda: printing.render(
                db, actor, printing.dispute_ledger_form(db, actor, today=today), today
            ),
            repeat=3,
        )
        print(f"  ({len(ledger) // 1024} KiB)")
        db.dispose()


if __name__ == "__main__":
    main()
