"""Which notices a case can print, what each needs, and the Art. 30 rule for the ones that
go to an office: the accused person and office are never named there."""

from __future__ import annotations

from enum import StrEnum

from .case_flow import Step

REDACTED_PERSON = "（被反映人）"
REDACTED_OFFICE = "（被反映部门）"


class NoticeKind(StrEnum):
    ACCEPTANCE = "受理告知书"
    REJECTION = "不予受理告知书"
    ROUTING = "转送/交办单"
    URGING = "督办单"
    EXTENSION = "延期告知书"
    REPLY = "信访处理意见书"
    REVIEW = "复查意见书"


# The step a notice reports; the notice cannot be printed before that step is taken.
NOTICE_STEPS: dict[NoticeKind, tuple[Step, ...]] = {
    NoticeKind.ACCEPTANCE: (Step.ACCEPT,),
    NoticeKind.REJECTION: (Step.REJECT,),
    NoticeKind.ROUTING: (Step.ASSIGN, Step.REFER),
    NoticeKind.URGING: (),
    NoticeKind.EXTENSION: (Step.EXTEND,),
    NoticeKind.REPLY: (Step.REPLY,),
    NoticeKind.REVIEW: (Step.ANSWER_REVIEW,),
}
# CLI names (xinfang print case-notice --kind …).
CLI_NAMES = {
    "acceptance": NoticeKind.ACCEPTANCE,
    "rejection": NoticeKind.REJECTION,
    "routing": NoticeKind.ROUTING,
    "urging": NoticeKind.URGING,
    "extension": NoticeKind.EXTENSION,
    "reply": NoticeKind.REPLY,
    "review": NoticeKind.REVIEW,
}


def redact_accused(text: str, accused: str, accused_office: str) -> str:
    """Text with the accused person and office replaced (longest first, so an office whose
    name contains the person's is replaced whole)."""
    pairs = sorted(
        (
            (name, mark)
            for name, mark in ((accused, REDACTED_PERSON), (accused_office, REDACTED_OFFICE))
            if name
        ),
        key=lambda pair: -len(pair[0]),
    )
    for name, mark in pairs:
        text = text.replace(name, mark)
    return text
