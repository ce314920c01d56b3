"""SQLAlchemy models, one module per area. Column sizes match the limits in domain/ (SQLite
does not enforce them). Importing this package registers every table on ``Base.metadata``."""

from .auth import AuditEntry, User
from .base import NAMING_CONVENTION, Base
from .cases import (
    AttachmentContent,
    Case,
    CaseAttachment,
    CaseChange,
    CaseEvent,
    CasePetitioner,
    CaseUrging,
)
from .documents import IssuedDocument
from .leadership import (
    Dispute,
    DisputeNote,
    LeadershipMember,
    LeadershipTerm,
    OutreachVisit,
    ScreeningAssignment,
    ScreeningGroup,
    ScreeningRecord,
    dispute_team_members,
    outreach_visit_leaders,
)
from .meetings import Meeting, MeetingActionItem, MeetingAddendum, MeetingAttendance
from .people import Person
from .rota import (
    DutyAssignment,
    DutyLogEntry,
    DutyLogLink,
    DutyRota,
    DutyRotaVersion,
    DutyShift,
    DutyUnavailability,
)
from .visits import Setting, Visit, VisitChange, WatchEntry
from .year_work import (
    Appointment,
    EmergencyPlan,
    Forum,
    ForumOpinion,
    InfoReport,
    InfoReportUpdate,
    ReceptionDay,
    WorkPlan,
    WorkPlanItem,
)

__all__ = [
    "NAMING_CONVENTION",
    "Appointment",
    "AttachmentContent",
    "AuditEntry",
    "Base",
    "Case",
    "CaseAttachment",
    "CaseChange",
    "CaseEvent",
    "CasePetitioner",
    "CaseUrging",
    "Dispute",
    "DisputeNote",
    "DutyAssignment",
    "DutyLogEntry",
    "DutyLogLink",
    "DutyRota",
    "DutyRotaVersion",
    "DutyShift",
    "DutyUnavailability",
    "EmergencyPlan",
    "Forum",
    "ForumOpinion",
    "InfoReport",
    "InfoReportUpdate",
    "IssuedDocument",
    "LeadershipMember",
    "LeadershipTerm",
    "Meeting",
    "MeetingActionItem",
    "MeetingAddendum",
    "MeetingAttendance",
    "OutreachVisit",
    "Person",
    "ReceptionDay",
    "ScreeningAssignment",
    "ScreeningGroup",
    "ScreeningRecord",
    "Setting",
    "User",
    "Visit",
    "VisitChange",
    "WatchEntry",
    "WorkPlan",
    "WorkPlanItem",
    "dispute_team_members",
    "outreach_visit_leaders",
]
