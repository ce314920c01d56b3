"""The year-end 总结 draft: figures against hand counts and against the statistics service,
the Word document's headings and numbers, roles, and the command line."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pytest
from docx import Document
from pypdf import PdfReader

from xinfang_desktop.cli.main import main
from xinfang_desktop.db.models import (
    Case,
    Dispute,
    DutyAssignment,
    DutyLogEntry,
    DutyRota,
    DutyShift,
    Forum,
    ForumOpinion,
    InfoReport,
    Meeting,
    OutreachVisit,
    ScreeningAssignment,
    ScreeningGroup,
    ScreeningRecord,
    Visit,
)
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.leadership import (
    ROLE_DEPUTY,
    ROLE_LEADER,
    ROLE_MEMBER,
    MemberDraft,
    TermDraft,
)
from xinfang_desktop.domain.meetings import NO_NEW_ISSUES
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.statistics import Dimension
from xinfang_desktop.reports.work_summary import build_work_summary_docx, build_work_summary_pdf
from xinfang_desktop.services import leadership
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.statistics import statistics
from xinfang_desktop.services.work_summary import (
    work_summary_document,
    work_summary_figures,
    year_span,
)

STAMP = datetime(2026, 11, 23, 9, 0)
AFTER_THE_YEAR = date(2027, 1, 10)
PRINCIPAL = Actor("王建国", Role.PRINCIPAL)


def _case(n, received, channel, *, closed=None, on_time=None, repeat_of=None, due=None):
    return Case(
        id=n, year=received.year, seq=n, number=f"信访〔{received.year}〕第{n:03d}号",
        channel=channel, received_on=received, request="事项", people_count=n,
        state="CLOSED" if closed else "ACCEPTED", closed_on=closed, closed_on_time=on_time,
        repeat_of_id=repeat_of, due_on=due, created_at=STAMP, updated_at=STAMP,
    )  # fmt: skip


@pytest.fixture
def school_year(database, actor):
    """A small but complete 2026: who did what, counted by hand in the comments."""
    wang = add_person(database, actor, PersonDraft("王建国", post="校长", is_leader=True))
    li = add_person(database, actor, PersonDraft("李红", post="副校长", is_leader=True))
    zhao = add_person(database, actor, PersonDraft("赵强", post="主任", is_leader=True))
    term = leadership.found_term(
        database, actor, TermDraft(date(2026, 2, 20), "行政会", document_number="邹中小〔2026〕3号")
    )
    leadership.add_member(database, actor, term.id, MemberDraft(wang.id, ROLE_LEADER))
    leadership.add_member(database, actor, term.id, MemberDraft(li.id, ROLE_DEPUTY))
    leadership.add_member(database, actor, term.id, MemberDraft(zhao.id, ROLE_MEMBER))
    with database.write() as session:
        grade1 = ScreeningGroup(name="一年级组", kind="grade", sort_order=1)
        grade2 = ScreeningGroup(name="二年级组", kind="grade", sort_order=2)
        music = ScreeningGroup(name="音乐组", kind="subject", sort_order=3)
        session.add_all([grade1, grade2, music])
        session.flush()
        # 2 leaders over 3 groups.
        for group, leader in ((grade1, li), (grade2, li), (music, zhao)):
            session.add(
                ScreeningAssignment(
                    term_id=term.id, group_id=group.id, leader_id=leader.id,
                    assigned_on=date(2026, 2, 21), updated_at=STAMP, updated_by="测试",
                )
            )  # fmt: skip

        def screening(day, group, findings, status, due=None):
            return ScreeningRecord(
                screened_on=day, group_id=group.id, screened_by_id=li.id, findings=findings,
                status=status, follow_up_owner_id=li.id if due else None, follow_up_due=due,
                created_at=STAMP, created_by="测试",
            )  # fmt: skip

        # 4 screenings in 2026 (1 in 2025 left out): 2 findings, 2 follow-ups, 1 of them done.
        session.add_all(
            [
                screening(date(2025, 12, 30), grade1, "去年", "follow_up", date(2026, 1, 5)),
                screening(date(2026, 3, 2), grade1, "无新问题", "recorded"),
                screening(date(2026, 3, 9), grade2, "无新问题", "recorded"),
                screening(date(2026, 4, 6), music, "家长反映课时", "follow_up_done",
                          date(2026, 4, 20)),
                screening(date(2026, 5, 4), grade1, "教师待遇", "follow_up", date(2026, 5, 30)),
            ]
        )  # fmt: skip

        def meeting(day, status, discussion="讨论"):
            return Meeting(
                held_on=day, figures={}, status=status, discussion=discussion,
                created_at=STAMP, updated_at=STAMP,
            )  # fmt: skip

        # 3 meetings held (a draft does not count), 2 of them "没有新问题".
        session.add_all(
            [
                meeting(date(2026, 3, 2), "reviewed", NO_NEW_ISSUES),
                meeting(date(2026, 3, 9), "final", NO_NEW_ISSUES),
                meeting(date(2026, 3, 16), "reviewed"),
                meeting(date(2026, 3, 23), "draft", NO_NEW_ISSUES),
                meeting(date(2025, 12, 29), "reviewed", NO_NEW_ISSUES),
            ]
        )
        # 2 下访 in 2026.
        for day in (date(2026, 3, 15), date(2026, 4, 15), date(2025, 11, 15)):
            session.add(
                OutreachVisit(visited_on=day, visited="教师家庭", matter="走访",
                              created_at=STAMP, created_by="测试")
            )  # fmt: skip

        def dispute(found, status, resolved=None, deadline=date(2026, 12, 31)):
            return Dispute(
                found_on=found, matter="纠纷", responsible_id=li.id, plan="方案",
                deadline=deadline, risk_level="low", status=status, resolved_on=resolved,
                created_at=STAMP, created_by="测试",
            )  # fmt: skip

        # 3 found in 2026, 1 resolved, 2 open (one of them past its deadline).
        session.add_all(
            [
                dispute(date(2026, 4, 1), "resolved", date(2026, 5, 1)),
                dispute(date(2026, 6, 1), "handling"),
                dispute(date(2026, 7, 1), "open", deadline=date(2026, 8, 1)),
            ]
        )
        # A published rota of 3 days: the leader seat filled on 2 of them; 2 log entries.
        rota = DutyRota(
            name="三月", start_date=date(2026, 3, 1), end_date=date(2026, 3, 3),
            published_number=1, created_at=STAMP, updated_at=STAMP,
        )  # fmt: skip
        session.add(rota)
        session.flush()
        for offset, leader in ((0, wang.id), (1, li.id), (2, None)):
            day = date(2026, 3, 1 + offset)
            shift = DutyShift(
                rota_id=rota.id, day=day, pattern_code="all", pattern_name="全天",
                starts_at=datetime.combine(day, time(8)),
                ends_at=datetime.combine(day, time(23, 59)), category="workday",
            )  # fmt: skip
            session.add(shift)
            session.flush()
            session.add(
                DutyAssignment(shift_id=shift.id, role_code="leader", role_name="带班领导",
                               seat=1, person_id=leader)
            )  # fmt: skip
            if offset < 2:
                session.add(
                    DutyLogEntry(shift_id=shift.id, kind="事件", occurred_at=shift.starts_at,
                                 content="巡查", created_at=STAMP)
                )  # fmt: skip
        # Visits: 2 batches / 5 persons in 2026; one voided and one from 2025 left out.
        session.add_all(
            [
                Visit(arrived_at=datetime(2026, 3, 2, 9), name="甲", reason="咨询",
                      people_count=2, created_at=STAMP, updated_at=STAMP),
                Visit(arrived_at=datetime(2026, 5, 2, 9), name="乙", reason="咨询",
                      people_count=3, created_at=STAMP, updated_at=STAMP),
                Visit(arrived_at=datetime(2026, 5, 3, 9), name="丙", reason="作废",
                      voided_at=STAMP, created_at=STAMP, updated_at=STAMP),
                Visit(arrived_at=datetime(2025, 5, 3, 9), name="丁", reason="去年",
                      created_at=STAMP, updated_at=STAMP),
            ]
        )  # fmt: skip
        # Cases: 4 in 2026 (来信 2, 来访 1, 来电 1), 3 closed, 2 on time, 1 repeat.
        session.add_all(
            [
                _case(1, date(2026, 3, 1), "来信", closed=date(2026, 3, 20), on_time=True),
                _case(2, date(2026, 4, 1), "来信", closed=date(2026, 7, 20), on_time=False,
                      repeat_of=1),
                _case(3, date(2026, 5, 1), "来访", closed=date(2026, 5, 9), on_time=True),
                _case(4, date(2026, 6, 1), "来电", due=date(2026, 7, 31)),
                _case(5, date(2025, 6, 1), "来电", closed=date(2025, 6, 9), on_time=True),
            ]
        )  # fmt: skip
        # Forums: 退休教工 1 and 在职教师 1 in 2026 (one from 2025 left out); 3 opinions, 1 done.
        for day, kind, opinions in (
            (date(2026, 4, 10), "退休教工", (("活动室取暖", date(2026, 4, 20)), ("报销慢", None))),
            (date(2026, 9, 10), "在职教师", (("课时安排", None),)),
            (date(2025, 9, 10), "在职教师", (("去年的意见", None),)),
        ):
            forum = Forum(
                held_on=day, kind=kind, place="会议室", host="王建国", attendee_count=10,
                created_at=STAMP,
            )  # fmt: skip
            forum.opinions = [
                ForumOpinion(position=n, text=text, done_on=done)
                for n, (text, done) in enumerate(opinions, start=1)
            ]
            session.add(forum)
        # Reports: 2 in 2026, one 3 hours late (limit 2), one closed.
        for occurred, hours, status in (
            (datetime(2026, 5, 1, 8), 1, "closed"),
            (datetime(2026, 6, 1, 8), 3, "open"),
        ):
            session.add(
                InfoReport(
                    occurred_at=occurred, reported_at=occurred.replace(hour=8 + hours),
                    reported_to="局信访办", method="电话", reporter="刘", title="事件",
                    content="经过", status=status, created_at=STAMP,
                )
            )  # fmt: skip
    return term


def test_the_figures_equal_hand_counts(database, school_year):
    f = work_summary_figures(database, PRINCIPAL, 2026, AFTER_THE_YEAR)
    assert (f.start, f.end, f.as_of) == (date(2026, 1, 1), date(2026, 12, 31), None)
    assert f.term.leaders == ("王建国",) and f.term.deputies == ("李红",)
    assert f.term.members == ("赵强",) and f.term.document_number == "邹中小〔2026〕3号"
    assert (f.screening_leaders, f.screening_groups) == (2, 3)
    assert f.screening_group_names == ("一年级组", "二年级组", "音乐组")
    assert (f.screenings, f.screening_findings) == (4, 2)
    assert (f.screening_follow_ups, f.screening_follow_ups_done) == (2, 1)
    assert (f.meetings, f.meetings_no_new_issues) == (3, 2)
    assert f.outreach_visits == 2
    assert (f.visit_batches, f.visit_persons) == (2, 5)
    assert (f.cases, f.case_persons, f.closed, f.closed_on_time, f.repeats) == (4, 10, 3, 2, 1)
    assert {(c.label, c.cases) for c in f.channels} == {("来信", 2), ("来访", 1), ("来电", 1)}
    assert (f.disputes_found, f.disputes_resolved, f.disputes_open) == (3, 1, 2)
    assert (f.duty_days, f.duty_days_with_leader, f.duty_log_entries) == (3, 2, 2)
    assert any("信访〔2026〕第004号" in item for item in f.late_items)
    assert any("矛盾纠纷" in item for item in f.late_items)


def test_case_and_visit_figures_are_those_of_the_statistics_page(database, school_year):
    f = work_summary_figures(database, PRINCIPAL, 2026, AFTER_THE_YEAR)
    report = statistics(
        database, PRINCIPAL, date(2026, 1, 1), date(2026, 12, 31), Dimension.CHANNEL
    )
    t = report.totals
    assert (f.visit_batches, f.visit_persons, f.cases, f.case_persons) == (
        t.visit_batches, t.visit_persons, t.cases, t.case_persons,
    )  # fmt: skip
    assert (f.closed, f.closed_on_time, f.repeats) == (t.closed, t.closed_on_time, t.repeats)


def test_a_year_not_yet_over_is_counted_to_today_and_says_so(database, school_year):
    today = date(2026, 3, 2)
    assert year_span(2026, today) == (date(2026, 1, 1), today, today)
    f = work_summary_figures(database, PRINCIPAL, 2026, today)
    assert f.end == today and f.meetings == 1 and f.cases == 1
    draft = work_summary_document(database, PRINCIPAL, 2026, today)
    assert "截至2026年3月2日" in draft.opening
    assert draft.signed_on == today


def test_the_word_document_has_the_seeds_structure_and_the_figures(database, school_year):
    draft = work_summary_document(database, PRINCIPAL, 2026, AFTER_THE_YEAR)
    document = Document(io.BytesIO(build_work_summary_docx(draft)))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "一、建立组织、明确责任",
        "二、包组摸排，稳定压倒一切",
        "三、认真接待，落实信访制度",
        "四、加强值班，改善安全设施",
        "五、深入基层，信息报送",
        "六、存在问题和下一步打算",
    ]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "2026年2月20日，学校经行政会研究，成立信访工作领导小组（邹中小〔2026〕3号）" in text
    assert "组长：王建国" in text and "副组长：李红" in text and "组员：赵强" in text
    assert "2名领导对3个组（一年级组、二年级组、音乐组）进行包组摸排" in text
    assert "全年共摸排4次，发现问题2个" in text
    assert "共召开例会3次，其中统计情况“没有新问题”的2次" in text
    assert "共下访2次" in text
    assert "共登记来访2批5人次" in text
    assert "共受理登记信访事项4件10人次（来信2件，来电1件，来访1件）" in text
    assert "已办结3件，办结率75.0%" in text and "按期办结率66.7%" in text
    assert "重信重访1件" in text
    assert "排查出矛盾纠纷3件，已化解1件，正在化解2件" in text
    assert "已发布的值班表共排班3天，其中2天安排了带班领导；值班记录2条" in text
    assert "共召开座谈会2次（在职教师座谈会1次，退休教工座谈会1次），收集意见和建议3条，" in text
    assert (
        "已落实或转为信访事项办理1条" in text
        and "主要意见有：活动室取暖；报销慢；课时安排。" in text
    )
    assert "向上级报送信息2件，其中1件超过2小时报送时限，已终报1件" in text
    assert "【存在的问题和下一步打算，请校长填写】" in text
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["渠道", "件数", "人次"]
    assert document.core_properties.title == draft.title
    # The 落款 closes the document.
    assert document.paragraphs[-1].text == "2026年12月31日"


def test_the_pdf_draft_carries_the_same_text(database, school_year):
    draft = work_summary_document(database, PRINCIPAL, 2026, AFTER_THE_YEAR, purpose="print")
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(build_work_summary_pdf(draft))).pages
    )
    compact = text.replace("\n", "").replace(" ", "")
    assert "共受理登记信访事项4件10人次" in compact
    assert "六、存在问题和下一步打算" in compact


def test_the_summary_is_for_those_who_read_unit_statistics(database, school_year):
    with pytest.raises(PermissionDeniedError):
        work_summary_document(database, Actor("门卫甲", Role.GATE), 2026, AFTER_THE_YEAR)
    with pytest.raises(PermissionDeniedError):
        work_summary_figures(database, Actor("门卫甲", Role.GATE), 2026, AFTER_THE_YEAR)
    assert work_summary_document(database, Actor("信访员", Role.CLERK), 2026, AFTER_THE_YEAR)


def test_an_empty_year_still_makes_a_draft_with_prompts(database):
    draft = work_summary_document(database, PRINCIPAL, 2025, AFTER_THE_YEAR)
    first = draft.sections[0].paragraphs[0]
    assert first.startswith("【") and "领导小组" in first
    assert "全年未发生信访事项。" in draft.sections[2].paragraphs
    assert draft.sections[4].paragraphs == (
        "【全年程序中没有座谈会记录，请据实填写】",
        "全年未发生需要向上级报送的突发事件和重要信息。",
    )


def test_the_command_line_writes_the_docx_and_refuses_bad_input(sqlite_db, tmp_path, capsys):
    url = sqlite_db.url.render_as_string(hide_password=False)
    out = tmp_path / "总结.docx"
    assert main(["export", "work-summary", "--db", url, "--year", "2025", "-o", str(out)]) == 0
    assert "已生成2025年信访稳定工作总结草稿" in capsys.readouterr().out
    assert Document(str(out)).paragraphs[0].text.endswith("2025年信访稳定工作总结")
    assert main(["export", "work-summary", "--db", url, "--year", "1999", "-o", str(out)]) == 2
    assert "年份应在" in capsys.readouterr().err
    wrong = tmp_path / "总结.pdf"
    assert main(["export", "work-summary", "--db", url, "--year", "2025", "-o", str(wrong)]) == 2
    assert ".docx" in capsys.readouterr().err
    pdf = tmp_path / "总结草稿.pdf"
    assert main(["print", "work-summary", "--db", url, "--year", "2025", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
