"""The one permission table: what each service function needs, and whose records it may touch.

Every public service function that takes an ``actor`` is wrapped by ``@checked``. The wrapper
finds the function's entry here when its module loads (a function without an entry does not
load at all) and checks the role on every call before the function does any work. The data
scope (a 领导 sees only his own cases) needs the records, so the function applies it with the
helper the entry names; the table says which rule applies. tests/services/test_permission_table.py
calls every function as every role and compares the outcome with this table.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from ..domain.auth import Permission, PermissionDeniedError, Role, role_allows

P = Permission


class Scope(StrEnum):
    """Which records of the allowed kind a role reaches (checked inside the function)."""

    ALL = "全部"
    OWN_CASES = "领导只看本人包案的信访事项（visible_cases）"
    OWN_WORK = "领导只看本人负责或参与的摸排、下访、纠纷（visible_disputes 等）"
    TODAY = "门卫只处理当天的来访登记（require_day_access）"
    OWN_ACCOUNT = "本人的账户"
    CHECKED_BY_CALLER = "内部步骤：调用它的服务已检查权限，这里只记下是谁"


@dataclass(frozen=True)
class Rule:
    """``all_of`` must all be held, and at least one of ``any_of`` (when given).

    No permission at all means every signed-in role may call it (its own account, or an
    internal step that only records who acted)."""

    all_of: tuple[Permission, ...] = ()
    any_of: tuple[Permission, ...] = ()
    scope: Scope = Scope.ALL

    def allows(self, role: Role) -> bool:
        if not all(role_allows(role, p) for p in self.all_of):
            return False
        return not self.any_of or any(role_allows(role, p) for p in self.any_of)

    def missing(self, role: Role) -> Permission | None:
        """The permission to name in the refusal, or None when the role is allowed. Of
        ``any_of`` the last is named: the narrowest one that would do."""
        for permission in self.all_of:
            if not role_allows(role, permission):
                return permission
        if self.any_of and not any(role_allows(role, p) for p in self.any_of):
            return self.any_of[-1]
        return None


def needs(*permissions: Permission, scope: Scope = Scope.ALL) -> Rule:
    return Rule(all_of=permissions, scope=scope)


def any_of(*permissions: Permission, also: tuple[Permission, ...] = (), scope=Scope.ALL) -> Rule:
    return Rule(all_of=also, any_of=permissions, scope=scope)


OPEN_TO_SIGNED_IN = Rule(scope=Scope.OWN_ACCOUNT)
INTERNAL = Rule(scope=Scope.CHECKED_BY_CALLER)
# The gate reaches today's register; roles that search the years reach every day.
VISITS = any_of(P.SEARCH_ALL_VISITS, P.REGISTER_VISITS, scope=Scope.TODAY)
VISIT_LOOKUP = any_of(P.SEARCH_ALL_VISITS, P.REGISTER_VISITS)
CASES_READ = any_of(P.VIEW_ALL_CASES, P.VIEW_OWN_CASES, scope=Scope.OWN_CASES)
OWN_WORK_READ = any_of(P.MANAGE_ORGANISATION, P.RECORD_OWN_WORK, scope=Scope.OWN_WORK)
MINUTES_READ = any_of(P.WRITE_MINUTES, P.REVIEW_AND_SIGN)
STATISTICS_READ = any_of(P.REVIEW_AND_SIGN, P.VIEW_ALL_CASES)
STATISTICS_PRINT = any_of(P.REVIEW_AND_SIGN, P.VIEW_ALL_CASES, also=(P.PRINT_REGISTERS,))

# "module.function" → rule. Keep it sorted by module; one line per function.
TABLE: dict[str, Rule] = {
    "audit.append": INTERNAL,
    "audit.append_in_session": INTERNAL,
    "audit.audit_extract": needs(P.VIEW_AUDIT),
    "audit.list_entries": needs(P.VIEW_AUDIT),
    "audit.record_list_export": needs(P.PRINT_REGISTERS),
    "audit.verify_chain": needs(P.VIEW_AUDIT),
    "auth.change_password": OPEN_TO_SIGNED_IN,
    "auth.create_user": needs(P.MANAGE_USERS),
    "auth.disable_user": needs(P.MANAGE_USERS),
    "auth.list_users": needs(P.MANAGE_USERS),
    "auth.reset_password": needs(P.MANAGE_USERS),
    "auth.sign_out": OPEN_TO_SIGNED_IN,
    "auth.update_user": needs(P.MANAGE_USERS),
    "backups.backup_to": needs(P.BACKUP_RESTORE),
    "backups.restore": needs(P.BACKUP_RESTORE),
    "backups.set_backup_password": needs(P.BACKUP_RESTORE),
    "case_attachments.add_attachment": needs(P.MANAGE_CASES),
    "case_attachments.copy_attachment": CASES_READ,
    "case_attachments.list_attachments": CASES_READ,
    "case_attachments.open_temp_copy": CASES_READ,
    "case_attachments.read_attachment": CASES_READ,
    "case_demo.generate_demo_cases": needs(P.MANAGE_SETTINGS),
    "case_documents.correct_document": needs(P.MANAGE_CASES),
    "case_documents.issue_notice": needs(P.MANAGE_CASES),
    "case_documents.issue_or_reprint": needs(P.MANAGE_CASES),
    "case_documents.list_case_documents": needs(P.MANAGE_CASES),
    "case_documents.record_service": needs(P.MANAGE_CASES),
    "case_documents.reprint_document": needs(P.MANAGE_CASES),
    "case_documents.reprint_legacy_document": needs(P.MANAGE_CASES),
    "case_import.commit_import": needs(P.MANAGE_CASES),
    "case_import.plan_import": needs(P.MANAGE_CASES),
    "case_import.plan_import_file": needs(P.MANAGE_CASES),
    "case_import.read_import_file": needs(P.MANAGE_CASES),
    "case_printing.ledger_document": needs(P.PRINT_REGISTERS, P.VIEW_ALL_CASES),
    "case_settings.save_case_settings": needs(P.MANAGE_SETTINGS),
    "cases.add_urging": needs(P.MANAGE_CASES),
    "cases.case_changes": CASES_READ,
    "cases.draft_from_finding": needs(P.MANAGE_CASES),
    "cases.draft_from_visit": needs(P.MANAGE_CASES),
    "cases.fetch_case_rows": CASES_READ,
    "cases.find_earlier_cases": needs(P.MANAGE_CASES),
    "cases.get_case": CASES_READ,
    "cases.link_repeat": needs(P.MANAGE_CASES),
    "cases.list_case_ids": CASES_READ,
    "cases.load_case": CASES_READ,
    "cases.recompute_open_deadlines": needs(P.MANAGE_CASES),
    "cases.register_case": needs(P.MANAGE_CASES),
    "cases.register_in_session": needs(P.MANAGE_CASES),
    "cases.repeat_chain": CASES_READ,
    "cases.require_case_visible": CASES_READ,
    "cases.step_in_session": needs(P.MANAGE_CASES),
    "cases.take_case_step": needs(P.MANAGE_CASES),
    "cases.update_case": needs(P.MANAGE_CASES),
    "cases.visible_cases": CASES_READ,
    "demo.generate_demo_visits": needs(P.MANAGE_SETTINGS),
    "disputes.add_dispute": needs(P.MANAGE_ORGANISATION),
    "disputes.add_note": OWN_WORK_READ,
    "disputes.get_dispute": OWN_WORK_READ,
    "disputes.list_disputes": OWN_WORK_READ,
    "disputes.resolve_dispute": needs(P.MANAGE_ORGANISATION),
    "disputes.update_dispute": needs(P.MANAGE_ORGANISATION),
    "disputes.visible_disputes": OWN_WORK_READ,
    "duty_log.add_log_entry": needs(P.KEEP_DUTY_LOG),
    "duty_log.duty_log_sheet": needs(P.KEEP_DUTY_LOG),
    "duty_log.get_shift_log": needs(P.KEEP_DUTY_LOG),
    "duty_log.link_record": needs(P.KEEP_DUTY_LOG),
    "duty_log.records_during_shift": needs(P.KEEP_DUTY_LOG),
    "duty_log.save_handover": needs(P.KEEP_DUTY_LOG),
    "duty_log.sign_off": needs(P.KEEP_DUTY_LOG),
    "duty_log.visits_during_shift": needs(P.KEEP_DUTY_LOG),
    "forums.add_forum": needs(P.WRITE_MINUTES),
    "forums.complete_opinion": needs(P.WRITE_MINUTES),
    "forums.forum_document": any_of(P.WRITE_MINUTES, P.REVIEW_AND_SIGN, also=(P.PRINT_REGISTERS,)),
    "forums.get_forum": MINUTES_READ,
    "forums.list_forums": MINUTES_READ,
    "forums.opinion_to_case": needs(P.MANAGE_CASES),
    "info_reports.add_report": needs(P.MANAGE_CASES),
    "info_reports.add_emergency_plan": needs(P.MANAGE_CASES),
    "info_reports.add_update": needs(P.MANAGE_CASES),
    "info_reports.get_report": STATISTICS_READ,
    "info_reports.list_emergency_plans": STATISTICS_READ,
    "info_reports.list_reports": STATISTICS_READ,
    "info_reports.open_emergency_plan": STATISTICS_READ,
    "info_reports.open_reports": STATISTICS_READ,
    "info_reports.report_document": STATISTICS_PRINT,
    "info_reports.save_limit_hours": needs(P.MANAGE_SETTINGS),
    "leadership.add_member": needs(P.MANAGE_ORGANISATION),
    "leadership.change_member": needs(P.MANAGE_ORGANISATION),
    "leadership.found_term": needs(P.MANAGE_ORGANISATION),
    "leadership.person_leaves": needs(P.MANAGE_ORGANISATION),
    "leadership.remove_member": needs(P.MANAGE_ORGANISATION),
    "leadership.update_term": needs(P.MANAGE_ORGANISATION),
    "leadership_printing.dispute_ledger_form": OWN_WORK_READ,
    "leadership_printing.outreach_form": OWN_WORK_READ,
    "leadership_printing.render": needs(P.PRINT_REGISTERS),
    "leadership_printing.screening_form": OWN_WORK_READ,
    "meeting_printing.meeting_held_on": needs(P.PRINT_REGISTERS),
    "meeting_printing.minutes_pdf": any_of(
        P.WRITE_MINUTES, P.REVIEW_AND_SIGN, also=(P.PRINT_REGISTERS,)
    ),
    "meeting_printing.period_minutes_pdf": any_of(
        P.WRITE_MINUTES, P.REVIEW_AND_SIGN, also=(P.PRINT_REGISTERS,)
    ),
    "meetings.add_addendum": needs(P.WRITE_MINUTES),
    "meetings.finalise": needs(P.WRITE_MINUTES),
    "meetings.get_meeting": MINUTES_READ,
    "meetings.list_meetings": MINUTES_READ,
    "meetings.new_meeting": needs(P.WRITE_MINUTES),
    "meetings.review_figures": MINUTES_READ,
    "meetings.review_queue": needs(P.REVIEW_AND_SIGN),
    "meetings.save_meeting": needs(P.WRITE_MINUTES),
    "meetings.set_review_week_mode": needs(P.MANAGE_SETTINGS),
    "meetings.sign_off": needs(P.REVIEW_AND_SIGN),
    "outreach.complete_outreach_follow_up": OWN_WORK_READ,
    "outreach.list_outreach": OWN_WORK_READ,
    "outreach.record_outreach": needs(P.RECORD_OWN_WORK),
    "outreach.visible_outreach": OWN_WORK_READ,
    "people.add_person": needs(P.MANAGE_ORGANISATION),
    "people.mark_left": needs(P.MANAGE_ORGANISATION),
    "people.save_post_order": needs(P.MANAGE_ORGANISATION),
    "people.update_person": needs(P.MANAGE_ORGANISATION),
    "people_excel.export_groups": needs(P.PRINT_REGISTERS),
    "people_excel.export_people": needs(P.PRINT_REGISTERS),
    "people_excel.import_groups": needs(P.MANAGE_ORGANISATION),
    "people_excel.import_people": needs(P.MANAGE_ORGANISATION),
    # The gate prints today's register (it signs it); other periods need PRINT_REGISTERS.
    "printing.visit_register_document": any_of(
        P.PRINT_REGISTERS, P.REGISTER_VISITS, scope=Scope.TODAY
    ),
    "printing.visitor_slip": VISITS,
    "reception.add_reception_day": needs(P.MANAGE_CASES),
    "reception.book_appointment": needs(P.MANAGE_CASES),
    "reception.cancel_appointment": needs(P.MANAGE_CASES),
    "reception.expected_visitors": needs(P.REGISTER_VISITS),
    "reception.link_arrival": needs(P.REGISTER_VISITS),
    "reception.list_appointments": any_of(P.MANAGE_CASES, P.REVIEW_AND_SIGN),
    "reception.list_reception_days": any_of(P.MANAGE_CASES, P.REVIEW_AND_SIGN),
    "reception.week_schedule": any_of(P.MANAGE_CASES, P.REVIEW_AND_SIGN, also=(P.PRINT_REGISTERS,)),
    "rhythm_review.review_document": STATISTICS_PRINT,
    "rota.add_unavailability": needs(P.MANAGE_ORGANISATION),
    "rota.cancel_unavailability": needs(P.MANAGE_ORGANISATION),
    "rota.discard_draft": needs(P.MANAGE_ORGANISATION),
    "rota.generate": needs(P.MANAGE_ORGANISATION),
    "rota.publish": needs(P.MANAGE_ORGANISATION),
    "rota.save_pools": needs(P.MANAGE_ORGANISATION),
    "rota.save_rota_settings": needs(P.MANAGE_ORGANISATION),
    "rota.set_seat": needs(P.MANAGE_ORGANISATION),
    "rota.swap_seats": needs(P.MANAGE_ORGANISATION),
    "rota_print.month_sheet": needs(P.PRINT_REGISTERS),
    "rota_print.person_sheet": needs(P.PRINT_REGISTERS),
    "rota_print.rota_sheet": needs(P.PRINT_REGISTERS),
    "rota_print.week_sheet": needs(P.PRINT_REGISTERS),
    "school_demo.generate_school_year": needs(P.MANAGE_SETTINGS),
    "screening.add_group": needs(P.MANAGE_ORGANISATION),
    "screening.assign_group": needs(P.MANAGE_ORGANISATION),
    "screening.complete_follow_up": needs(P.RECORD_OWN_WORK, scope=Scope.OWN_WORK),
    "screening.get_screening": OWN_WORK_READ,
    "screening.import_groups": needs(P.MANAGE_ORGANISATION),
    "screening.list_screenings": OWN_WORK_READ,
    "screening.record_screening": needs(P.RECORD_OWN_WORK),
    "screening.request_case": needs(P.RECORD_OWN_WORK, scope=Scope.OWN_WORK),
    "screening.save_interval_days": needs(P.MANAGE_ORGANISATION),
    "screening.set_follow_up": needs(P.RECORD_OWN_WORK, scope=Scope.OWN_WORK),
    "screening.unassign_group": needs(P.MANAGE_ORGANISATION),
    "screening.update_group": needs(P.MANAGE_ORGANISATION),
    "screening.visible_screenings": OWN_WORK_READ,
    "settings.save_document_settings": needs(P.MANAGE_SETTINGS),
    "settings.save_unit_settings": needs(P.MANAGE_SETTINGS),
    "setup_checklist.setup_checklist": needs(P.MANAGE_SETTINGS),
    "statistics.analysis": STATISTICS_READ,
    "statistics.analysis_document": STATISTICS_PRINT,
    "statistics.annual_document": STATISTICS_PRINT,
    "statistics.annual_tables": STATISTICS_READ,
    "statistics.statistics": STATISTICS_READ,
    "statistics.statistics_document": STATISTICS_PRINT,
    "statistics.trend": STATISTICS_READ,
    "visit_import.commit_visit_import": needs(P.REGISTER_VISITS, P.SEARCH_ALL_VISITS),
    "visit_import.plan_visit_import": needs(P.REGISTER_VISITS, P.SEARCH_ALL_VISITS),
    "visit_import.plan_visit_import_file": needs(P.REGISTER_VISITS, P.SEARCH_ALL_VISITS),
    "visit_import.preview_rows": needs(P.REGISTER_VISITS, P.SEARCH_ALL_VISITS),
    "visit_import.read_visit_import_file": needs(P.REGISTER_VISITS, P.SEARCH_ALL_VISITS),
    "visit_rows.fetch_visit_rows": VISITS,
    "visit_search.allowed_query": VISITS,
    "visit_search.iter_visit_ids": VISITS,
    "visit_search.search_visit_ids": VISITS,
    "visits.already_on_site": VISIT_LOOKUP,
    "visits.check_person": VISIT_LOOKUP,
    "visits.depart_by_slip": VISIT_LOOKUP,
    "visits.draft_from_earlier": VISIT_LOOKUP,
    "visits.earlier_visitors": VISIT_LOOKUP,
    "visits.gate_staff": VISIT_LOOKUP,
    "visits.get_visit": VISITS,
    "visits.mark_departure": VISITS,
    "visits.present_visitors": VISIT_LOOKUP,
    "visits.register_visit": VISITS,
    "visits.require_day_access": VISITS,
    "visits.update_visit": VISITS,
    "visits.visit_history": VISITS,
    "visits.void_visit": VISITS,
    "watchlist.add_watch_entry": needs(P.MANAGE_SETTINGS),
    "watchlist.list_watch_entries": needs(P.MANAGE_SETTINGS),
    "watchlist.remove_watch_entry": needs(P.MANAGE_SETTINGS),
    "work_plan.add_item": needs(P.MANAGE_ORGANISATION),
    "work_plan.copy_plan": needs(P.MANAGE_ORGANISATION),
    "work_plan.create_plan": needs(P.MANAGE_ORGANISATION),
    "work_plan.get_plan": any_of(P.MANAGE_ORGANISATION, P.REVIEW_AND_SIGN),
    "work_plan.late_items": any_of(P.MANAGE_ORGANISATION, P.REVIEW_AND_SIGN),
    "work_plan.mark_done": needs(P.MANAGE_ORGANISATION),
    "work_plan.plan_document": any_of(
        P.MANAGE_ORGANISATION, P.REVIEW_AND_SIGN, also=(P.PRINT_REGISTERS,)
    ),
    "work_plan.plan_progress": any_of(P.MANAGE_ORGANISATION, P.REVIEW_AND_SIGN),
    "work_plan.update_item": needs(P.MANAGE_ORGANISATION),
    "work_summary.work_summary_document": STATISTICS_PRINT,
    "work_summary.work_summary_figures": STATISTICS_READ,
    # Holidays move every statutory deadline (信访工作条例 Art. 34), so only settings roles.
    "workdays.save_calendar_overrides": needs(P.MANAGE_SETTINGS),
}


def table_key(func: Callable[..., Any]) -> str:
    return f"{func.__module__.rsplit('.', 1)[-1]}.{func.__name__}"


def require(actor, key: str) -> None:
    """Refuse ``actor`` unless the table's rule for ``key`` allows the role."""
    missing = TABLE[key].missing(actor.role)
    if missing is not None:
        raise PermissionDeniedError(actor.role, missing)


F = TypeVar("F", bound=Callable[..., Any])


def checked(func: F) -> F:
    """Check the caller's role against the table before ``func`` runs."""
    key = table_key(func)
    if key not in TABLE:
        raise LookupError(f"{key} has no entry in services/permissions.py TABLE")
    parameters = list(inspect.signature(func).parameters)
    position = parameters.index("actor")

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        actor = kwargs["actor"] if "actor" in kwargs else args[position]
        require(actor, key)
        return func(*args, **kwargs)

    wrapper.permission_key = key  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]
