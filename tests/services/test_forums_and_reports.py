"""座谈会 and 信息报送: records, follow-ups, an opinion made a case in one action, 续报 until
the final report, the report delay against the limit, roles, and nothing half-saved."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from xinfang_desktop.db.models import Case, Forum, InfoReport
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.domain.cases import PetitionerDraft
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.forums import KIND_RETIRED, ForumDraft, OpinionDraft
from xinfang_desktop.domain.info_reports import ReportDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.services import forums, info_reports
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person

NOW = datetime(2026, 11, 23, 10, 0)
CLERK = Actor("刘信访", Role.CLERK)
GATE = Actor("门卫甲", Role.GATE)
LEADER = Actor("李副校长", Role.LEADER)


def _forum(**changes) -> ForumDraft:
    values = dict(
        held_on=date(2026, 11, 20), kind=KIND_RETIRED, place="会议室", host="王建国",
        attendee_count=18, attendees="退休教工代表", summary="听取意见",
        opinions=(OpinionDraft("希望改善退休教工活动室"), OpinionDraft("反映取暖费报销慢")),
    )  # fmt: skip
    values.update(changes)
    return ForumDraft(**values)


def _count(database, model) -> int:
    with database.read() as session:
        return session.query(model).count()


def test_a_forum_with_a_follow_up_and_an_opinion_made_a_case(database, actor):
    owner = add_person(database, actor, PersonDraft("赵主任", post="总务主任"))
    draft = _forum(
        opinions=(
            OpinionDraft("希望改善退休教工活动室", owner.id, date(2026, 12, 20)),
            OpinionDraft("反映取暖费报销慢"),
        )
    )
    forum = forums.add_forum(database, CLERK, draft, now=NOW)
    first, second = forum.opinions
    assert first.state == "跟进中（赵主任，2026年12月20日前）"
    assert second.state == "已记录"

    done = forums.complete_opinion(database, CLERK, first.id, date(2026, 11, 22), now=NOW)
    assert done.opinions[0].state == "已落实（2026年11月22日）"

    made = forums.opinion_to_case(database, CLERK, second.id, PetitionerDraft("孙老师"), now=NOW)
    assert made.opinions[1].case_number.startswith("信访")
    with database.read() as session:
        case = session.get(Case, made.opinions[1].case_id)
        assert case.request == "反映取暖费报销慢" and case.channel == "来访"
        assert case.received_on == date(2026, 11, 20)
        assert "退休教工座谈会" in case.remarks
    with pytest.raises(ValidationError, match="已经转为信访事项"):
        forums.opinion_to_case(database, CLERK, second.id, PetitionerDraft("孙老师"), now=NOW)
    assert _count(database, Case) == 1

    listed = forums.list_forums(database, LEADER, date(2026, 11, 1), date(2026, 11, 30))
    assert [f.id for f in listed] == [forum.id]


def test_bad_forums_are_refused_whole_with_every_reason(database):
    bad = _forum(
        held_on=date(2026, 11, 24), kind="茶话会", place="", attendee_count=0,
        opinions=(OpinionDraft(""), OpinionDraft("意见", 99, None)),
    )  # fmt: skip
    with pytest.raises(ValidationError) as raised:
        forums.add_forum(database, CLERK, bad, now=NOW)
    fields = raised.value.by_field()
    assert set(fields) >= {"held_on", "kind", "place", "attendee_count", "opinions.1", "opinions.2"}
    assert "不能晚于今天" in fields["held_on"].message
    unknown_owner = _forum(opinions=(OpinionDraft("意见", 99, date(2026, 12, 1)),))
    with pytest.raises(ValidationError, match="责任人不存在"):
        forums.add_forum(database, CLERK, unknown_owner, now=NOW)
    assert _count(database, Forum) == 0


def test_a_case_that_cannot_be_registered_leaves_the_opinion_as_it_was(database):
    forum = forums.add_forum(database, CLERK, _forum(), now=NOW)
    with pytest.raises(ValidationError):
        forums.opinion_to_case(database, CLERK, forum.opinions[0].id, PetitionerDraft(""), now=NOW)
    assert forums.get_forum(database, CLERK, forum.id).opinions[0].case_id is None
    assert _count(database, Case) == 0


def test_roles(database):
    with pytest.raises(PermissionDeniedError):
        forums.add_forum(database, GATE, _forum(), now=NOW)
    with pytest.raises(PermissionDeniedError):
        forums.list_forums(database, GATE)
    with pytest.raises(PermissionDeniedError):
        forums.add_forum(database, LEADER, _forum(), now=NOW)
    forum = forums.add_forum(database, CLERK, _forum(), now=NOW)
    with pytest.raises(PermissionDeniedError):
        forums.opinion_to_case(
            database, LEADER, forum.opinions[0].id, PetitionerDraft("孙老师"), now=NOW
        )
    with pytest.raises(PermissionDeniedError):
        info_reports.add_report(database, LEADER, _report(), now=NOW)
    with pytest.raises(PermissionDeniedError):
        info_reports.list_reports(database, GATE)
    with pytest.raises(PermissionDeniedError):
        info_reports.save_limit_hours(database, CLERK, 1)


def _report(**changes) -> ReportDraft:
    values = dict(
        occurred_at=datetime(2026, 11, 23, 7, 30), reported_at=datetime(2026, 11, 23, 8, 10),
        reported_to="区教育局信访办", method="电话", reporter="刘信访",
        title="校门口家长聚集", content="放学时约二十名家长在校门口聚集，反映校车问题。",
        people_involved="家长约20人", measures="校长到场接待，疏导离开",
    )  # fmt: skip
    values.update(changes)
    return ReportDraft(**values)


def test_a_report_with_its_follow_ups_until_the_final_report(database, actor):
    report = info_reports.add_report(database, CLERK, _report(), now=NOW)
    assert report.delay_text == "40分钟" and not report.late
    assert [r.id for r in info_reports.open_reports(database, LEADER)] == [report.id]

    info_reports.add_update(
        database, CLERK, report.id, "已与校车公司协调", datetime(2026, 11, 23, 9), now=NOW
    )
    closed = info_reports.add_update(
        database, CLERK, report.id, "家长已接受方案，事件平息", datetime(2026, 11, 23, 9, 30),
        final=True, now=NOW,
    )  # fmt: skip
    assert closed.status_label == "已终报" and closed.closed_at == datetime(2026, 11, 23, 9, 30)
    assert [u.is_final for u in closed.updates] == [False, True]
    assert info_reports.open_reports(database, LEADER) == []
    with pytest.raises(ValidationError, match="已经终报"):
        info_reports.add_update(database, CLERK, report.id, "再报", NOW, now=NOW)


def test_a_late_report_is_flagged_against_the_units_limit(database, actor):
    late = info_reports.add_report(
        database, CLERK, _report(reported_at=datetime(2026, 11, 23, 9, 45)), now=NOW
    )
    assert late.delay_text == "2小时15分钟" and late.late
    info_reports.save_limit_hours(database, actor, 3)
    assert not info_reports.get_report(database, CLERK, late.id).late
    with pytest.raises(ValidationError, match="1 至 72"):
        info_reports.save_limit_hours(database, actor, 0)


def test_bad_reports_are_refused_and_nothing_is_kept(database):
    bad = _report(
        occurred_at=datetime(2026, 11, 23, 11), reported_at=datetime(2026, 11, 23, 8),
        method="飞鸽", title="", reported_to="x" * 101,
    )  # fmt: skip
    with pytest.raises(ValidationError) as raised:
        info_reports.add_report(database, CLERK, bad, now=NOW)
    assert set(raised.value.by_field()) >= {"occurred_at", "method", "title", "reported_to"}
    backwards = _report(reported_at=datetime(2026, 11, 23, 7))
    with pytest.raises(ValidationError, match="不能早于事件发生时间"):
        info_reports.add_report(database, CLERK, backwards, now=NOW)
    assert _count(database, InfoReport) == 0
    report = info_reports.add_report(database, CLERK, _report(), now=NOW)
    with pytest.raises(ValidationError, match="不能早于首报时间"):
        info_reports.add_update(
            database, CLERK, report.id, "续报", datetime(2026, 11, 23, 8), now=NOW
        )
    assert info_reports.get_report(database, CLERK, report.id).updates == ()


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(data)).pages
    return "".join(page.extract_text() for page in pages).replace("\n", "").replace(" ", "")


def test_both_forms_print_every_field_at_its_limit(database, actor):
    from xinfang_desktop.domain.forums import MAX_OPINIONS
    from xinfang_desktop.reports.year_work_forms import build_forum_pdf, build_report_pdf

    owner = add_person(database, actor, PersonDraft("赵主任"))
    longest = _forum(
        place="会" * 100, host="主" * 50, attendees="人" * 500, summary="情况，" * 666 + "末末",
        opinions=tuple(
            OpinionDraft("意" * 499 + str(n % 10), owner.id, date(2026, 12, 1))
            for n in range(MAX_OPINIONS)
        ),
    )  # fmt: skip
    forum = forums.add_forum(database, CLERK, longest, now=NOW)
    sheet, unit = forums.forum_document(database, CLERK, forum.id)
    text = _pdf_text(build_forum_pdf(sheet, unit, NOW.date()))
    assert "座谈会记录" in text and "跟进中（赵主任，2026年12月1日前）" in text

    report = info_reports.add_report(
        database, CLERK,
        _report(title="题" * 100, reported_to="局" * 100, reporter="报" * 50,
                content="经过。" * 666 + "末末", people_involved="人" * 500,
                measures="措施；" * 666 + "末末"),
        now=NOW,
    )  # fmt: skip
    for n in range(20):
        info_reports.add_update(
            database, CLERK, report.id, f"第{n}次" + "续" * 1990, datetime(2026, 11, 23, 9, n),
            final=n == 19, now=NOW,
        )  # fmt: skip
    sheet, unit = info_reports.report_document(database, CLERK, report.id)
    text = _pdf_text(build_report_pdf(sheet, unit, NOW.date()))
    assert "信息报送单" in text and "终报" in text and "40分钟" in text


def test_a_late_report_says_so_on_paper(database):
    from xinfang_desktop.reports.year_work_forms import build_report_pdf

    report = info_reports.add_report(
        database, CLERK, _report(reported_at=datetime(2026, 11, 23, 9, 45)), now=NOW
    )
    sheet, unit = info_reports.report_document(database, CLERK, report.id)
    assert "2小时15分钟（超过2小时时限）" in _pdf_text(build_report_pdf(sheet, unit, NOW.date()))
    with pytest.raises(PermissionDeniedError):
        info_reports.report_document(database, GATE, report.id)


def test_an_emergency_plan_per_kind_opens_from_its_report(database, tmp_path, actor):
    import stat

    document = tmp_path / "校园安全应急预案.docx"
    document.write_bytes(b"PK\x03\x04 the plan v1")
    first = info_reports.add_emergency_plan(
        database, CLERK, "校门口聚集", "校园突发事件应急预案", document, now=NOW
    )
    document.write_bytes(b"PK\x03\x04 the plan v2")
    info_reports.add_emergency_plan(
        database, CLERK, "校门口聚集", "校园突发事件应急预案（修订）", document, now=NOW
    )
    plans = info_reports.list_emergency_plans(database, LEADER)
    assert [p.title for p in plans] == ["校园突发事件应急预案（修订）"]  # the older one retired
    assert first.id not in [p.id for p in plans]
    report = info_reports.add_report(database, CLERK, _report(kind="校门口聚集"), now=NOW)
    assert report.kind == "校门口聚集"
    opened = info_reports.open_emergency_plan(database, CLERK, report.kind)
    assert opened.read_bytes() == b"PK\x03\x04 the plan v2"
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700
    with pytest.raises(ValidationError, match="还没有应急预案"):
        info_reports.open_emergency_plan(database, CLERK, "食物中毒")
    with pytest.raises(ValidationError):
        info_reports.add_emergency_plan(database, CLERK, "", "", tmp_path / "missing.docx")
    with pytest.raises(PermissionDeniedError):
        info_reports.add_emergency_plan(database, GATE, "x", "y", document)
    with pytest.raises(PermissionDeniedError):
        info_reports.open_emergency_plan(database, GATE, "校门口聚集")


def test_a_year_before_2000_is_a_typing_slip(database):
    with pytest.raises(ValidationError, match="太早"):
        forums.add_forum(database, CLERK, _forum(held_on=date(1900, 1, 2)), now=NOW)
    with pytest.raises(ValidationError, match="太早"):
        info_reports.add_report(
            database, CLERK,
            _report(occurred_at=datetime(1900, 1, 1, 8), reported_at=datetime(1900, 1, 1, 9)),
            now=NOW,
        )  # fmt: skip
