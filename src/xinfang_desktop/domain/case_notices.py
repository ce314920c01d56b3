"""The notices (文书) of a petition case: which exist, which step each reports, what an issued
one holds, and the Art. 30 rule for the ones that go to an office (the accused person and office
are never named there).

A notice, once issued, is a record: its own 文号 from a per-kind, per-year sequence, the issue
date and the frozen content with its SHA-256. ``NoticeContent`` is that frozen content; a
reprint renders it again, never today's state of the case.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .case_flow import Step
from .dates import chinese_date
from .errors import FieldError, ValidationError
from .text import check_text, clean_text

REDACTED_PERSON = "（被反映人）"
REDACTED_OFFICE = "（被反映部门）"


class NoticeKind(StrEnum):
    ACCEPTANCE = "受理告知书"
    REJECTION = "不予受理告知书"
    TRANSFER = "转送告知书"
    ROUTING = "转送/交办单"
    URGING = "督办单"
    EXTENSION = "延期告知书"
    REPLY = "信访处理意见书"
    REVIEW = "复查意见书"


# The step a notice reports; the notice cannot be issued before that step is taken.
NOTICE_STEPS: dict[NoticeKind, tuple[Step, ...]] = {
    NoticeKind.ACCEPTANCE: (Step.ACCEPT,),
    NoticeKind.REJECTION: (Step.REJECT,),
    NoticeKind.TRANSFER: (Step.REFER,),
    NoticeKind.ROUTING: (Step.ASSIGN, Step.REFER),
    NoticeKind.URGING: (),
    NoticeKind.EXTENSION: (Step.EXTEND,),
    NoticeKind.REPLY: (Step.REPLY,),
    NoticeKind.REVIEW: (Step.ANSWER_REVIEW,),
}

# The article of 信访工作条例 (2022) each notice rests on.
NOTICE_ARTICLES: dict[NoticeKind, str] = {
    # Art. 23: a unit that receives a matter tells the petitioner in writing, within 15 days,
    # that it was received and how it will be handled.
    NoticeKind.ACCEPTANCE: "第二十三条",
    # Art. 23: a matter outside the unit's remit: tell the petitioner which body to go to.
    NoticeKind.REJECTION: "第二十三条",
    # Art. 21, 23: a matter sent on to the body that may handle it: tell where it went.
    NoticeKind.TRANSFER: "第二十一条、第二十三条",
    NoticeKind.ROUTING: "第二十一条、第二十二条",
    # Art. 41 counts 督办 in the annual report; the urging itself is the unit's practice.
    NoticeKind.URGING: "第四十一条",
    # Art. 34: one extension of at most 30 days, approved by the unit head, reason told.
    NoticeKind.EXTENSION: "第三十四条",
    # Art. 31, 32: the written decision states request, facts, reasons, decision and basis;
    # Art. 35: 复查 is asked of the body one level up within 30 days.
    NoticeKind.REPLY: "第三十一条、第三十二条、第三十五条",
    # Art. 35, 36: the 复查机关 answers within 30 days; 复核 is asked within 30 days more.
    NoticeKind.REVIEW: "第三十五条、第三十六条",
}

# Notices served on the petitioner get a 送达回证; the others go to an office (存根 only).
SERVED_ON_PETITIONER = frozenset(
    {
        NoticeKind.ACCEPTANCE,
        NoticeKind.REJECTION,
        NoticeKind.TRANSFER,
        NoticeKind.EXTENSION,
        NoticeKind.REPLY,
        NoticeKind.REVIEW,
    }
)

# CLI names (xinfang print case-notice --kind …).
CLI_NAMES = {
    "acceptance": NoticeKind.ACCEPTANCE,
    "rejection": NoticeKind.REJECTION,
    "transfer": NoticeKind.TRANSFER,
    "routing": NoticeKind.ROUTING,
    "urging": NoticeKind.URGING,
    "extension": NoticeKind.EXTENSION,
    "reply": NoticeKind.REPLY,
    "review": NoticeKind.REVIEW,
}

# 文号 patterns per kind, e.g. 信受〔2026〕12号; a unit puts its own short name in front
# (邹中小信受〔{year}〕{seq}号) in the settings.
DEFAULT_NUMBER_FORMATS: dict[NoticeKind, str] = {
    NoticeKind.ACCEPTANCE: "信受〔{year}〕{seq}号",
    NoticeKind.REJECTION: "信不受〔{year}〕{seq}号",
    NoticeKind.TRANSFER: "信转告〔{year}〕{seq}号",
    NoticeKind.ROUTING: "信转办〔{year}〕{seq}号",
    NoticeKind.URGING: "信督〔{year}〕{seq}号",
    NoticeKind.EXTENSION: "信延〔{year}〕{seq}号",
    NoticeKind.REPLY: "信处〔{year}〕{seq}号",
    NoticeKind.REVIEW: "信复查〔{year}〕{seq}号",
}
MAX_NUMBER_FORMAT = 40
SERVICE_METHODS = ("直接送达", "邮寄送达", "留置送达", "委托送达", "电子送达")


# Petitioners are "你" alone, "你们" together (never the unresolved "你（你们）").
def you(people_count: int) -> str:
    return "你们" if people_count > 1 else "你"


def check_number_format(kind: NoticeKind, template: str) -> str:
    """A 文号 pattern must hold {year} and {seq} and nothing else in braces."""
    template = clean_text(template)
    name = f"number_format_{kind.name.lower()}"
    label = f"{kind.value}文号格式"
    problem = check_text(name, template, label=label, max_length=MAX_NUMBER_FORMAT, required=True)
    if problem:
        raise ValidationError([problem])
    try:
        sample = format_document_number(template, 2026, 12)
    except (KeyError, ValueError, IndexError, AttributeError):
        sample = ""
    if "{year" not in template or "{seq" not in template or not sample:
        raise ValidationError(
            [
                FieldError(
                    name,
                    "{label}须含 {{year}} 和 {{seq}}，例如 {example}",
                    {"label": label, "example": "邹中小信受〔{year}〕{seq}号"},
                )
            ]
        )
    return template


def format_document_number(template: str, year: int, seq: int) -> str:
    return template.format(year=year, seq=seq)


@dataclass(frozen=True)
class NoticeContent:
    """Everything an issued notice printed, frozen at issue: every field and deadline as text.

    ``appendix`` holds long texts moved to an attached page (附页); ``stub_lines`` are the
    internal sign-off lines that only the file copy (存根) carries.
    """

    kind: str  # NoticeKind name
    title: str
    unit_name: str
    number: str  # the document's own 文号
    case_number: str
    issued_on: date
    addressee: str
    paragraphs: tuple[str, ...]
    rows: tuple[tuple[str, str], ...] = ()
    appendix: tuple[tuple[str, str], ...] = ()
    closing: tuple[str, ...] = ()  # 承办部门, 联系人, 联系电话 …
    recipient: str = ""  # 受送达人
    stub_lines: tuple[str, ...] = ()
    replaces: str = ""  # the 文号 of the document this one corrects
    key_facts: dict[str, str] = field(default_factory=dict)  # deadline etc., for the record

    @property
    def notice_kind(self) -> NoticeKind:
        return NoticeKind[self.kind]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["issued_on"] = self.issued_on.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NoticeContent:
        return cls(
            kind=data["kind"],
            title=data["title"],
            unit_name=data["unit_name"],
            number=data["number"],
            case_number=data["case_number"],
            issued_on=date.fromisoformat(data["issued_on"]),
            addressee=data["addressee"],
            paragraphs=tuple(data["paragraphs"]),
            rows=tuple((label, value) for label, value in data.get("rows", ())),
            appendix=tuple((label, value) for label, value in data.get("appendix", ())),
            closing=tuple(data.get("closing", ())),
            recipient=data.get("recipient", ""),
            stub_lines=tuple(data.get("stub_lines", ())),
            replaces=data.get("replaces", ""),
            key_facts=dict(data.get("key_facts", {})),
        )

    def sha256(self) -> str:
        return content_sha256(self.to_json())


def content_sha256(data: dict[str, Any]) -> str:
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def copy_mark(reprinted_on: date) -> str:
    """What a reprint says at the top: it is a copy of what was served, made on that day."""
    return f"副本（{chinese_date(reprinted_on)}重印）"


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
