"""周小结、月分析、季度回顾: the period and its equal-length comparison, hand-counted figures,
open items and the plan's late measures; refused before a period begins; audited roles."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from xinfang_desktop.cli.main import main
from xinfang_desktop.db.models import Dispute, Meeting, Visit
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.work_plan import PlanItemDraft
from xinfang_desktop.reports.year_work_forms import build_review_pdf
from xinfang_desktop.services import work_plan
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.rhythm_review import review_document, review_period

STAMP = datetime(2026, 11, 1, 9)
CLERK = Actor("刘信访", Role.CLERK)


def test_periods_and_their_equal_comparison():
    week = review_period("week", date(2026, 11, 26), date(2026, 11, 29))
    assert (week.start, week.end, week.unfinished) == (
        date(2026, 11, 23),
        date(2026, 11, 29),
        False,
    )
    month = review_period("month", date(2026, 11, 5), date(2026, 11, 29))
    assert (month.end, month.planned_end, month.unfinished) == (
        date(2026, 11, 29), date(2026, 11, 30), True,
    )  # fmt: skip
    assert month.previous == (date(2026, 10, 3), date(2026, 10, 31))  # 29 days against 29
    quarter = review_period("quarter", date(2026, 8, 15), date(2026, 11, 29))
    assert (quarter.start, quarter.end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert quarter.previous == (date(2026, 3, 31), date(2026, 6, 30))


def test_a_month_against_the_same_days_before(database, actor):
    person = add_person(database, actor, PersonDraft("李红", is_leader=True))
    with database.write() as session:
        for day, n in ((date(2026, 11, 3), 2), (date(2026, 11, 20), 3), (date(2026, 10, 10), 1)):
            session.add(Visit(arrived_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
                              name="甲", reason="咨询", people_count=n, created_at=STAMP,
                              updated_at=STAMP))  # fmt: skip
        session.add(Meeting(held_on=date(2026, 11, 2), figures={}, status="reviewed",
                            created_at=STAMP, updated_at=STAMP))  # fmt: skip
        session.add(Dispute(found_on=date(2026, 11, 4), matter="纠纷", responsible_id=person.id,
                            plan="方案", deadline=date(2026, 12, 4), risk_level="low",
                            status="open", created_at=STAMP, created_by="x"))  # fmt: skip
    work_plan.create_plan(database, CLERK, 2026, "计划")
    work_plan.add_item(
        database, CLERK, 2026, PlanItemDraft("修订应急预案", due_on=date(2026, 3, 31))
    )
    sheet, unit = review_document(database, CLERK, "month", date(2026, 11, 1), date(2026, 11, 29))
    figures = {f.label: (f.now, f.before) for f in sheet.figures}
    assert figures["来访登记（批）"] == (2, 1) and figures["来访登记（人次）"] == (5, 1)
    assert figures["召开例会（次）"] == (1, 0) and figures["排查矛盾纠纷（件）"] == (1, 0)
    assert "截至2026年11月29日" in sheet.period_label
    assert "正在化解的矛盾纠纷1件" in sheet.open_items
    assert sheet.plan_behind[0].startswith("计划“修订应急预案”逾期")
    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(build_review_pdf(sheet, unit, date(2026, 11, 29)))).pages
    )
    assert "信访工作月分析" in text and "增加1" in text


def test_refusals_and_roles(database):
    with pytest.raises(ValidationError, match="还没有开始"):
        review_document(database, CLERK, "week", date(2026, 12, 7), date(2026, 11, 29))
    with pytest.raises(PermissionDeniedError):
        review_document(
            database, Actor("门卫", Role.GATE), "week", date(2026, 11, 23), date(2026, 11, 29)
        )
    # A leader reads statistics but not the plan: the review comes without the plan's part.
    sheet, _ = review_document(
        database, Actor("李副校长", Role.LEADER), "week", date(2026, 11, 23), date(2026, 11, 29)
    )
    assert sheet.plan_behind == ()


def test_the_command_line(sqlite_db, tmp_path, capsys):
    url = sqlite_db.url.render_as_string(hide_password=False)
    out = tmp_path / "季度回顾.pdf"
    assert main(["print", "review", "--db", url, "--quarter", "2026Q3", "-o", str(out)]) == 0
    assert "季度回顾" in capsys.readouterr().out
    assert main(["print", "review", "--db", url, "--month", "2026-13", "-o", str(out)]) == 2
    assert "2026-11" in capsys.readouterr().err
