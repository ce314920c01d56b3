"""座谈会: the regular forums with serving staff, retired staff and parents that the schools'
plans promise ("定期召开在职教师座谈会和退休教工座谈会"), the opinions raised there, and what
became of each opinion (a follow-up with an owner and a due date, or a 信访事项)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .errors import FieldError, ValidationError
from .text import check_text, clean_text

KIND_STAFF = "在职教师"
KIND_RETIRED = "退休教工"
KIND_PARENTS = "家长"
KIND_OTHER = "其他"
FORUM_KINDS = (KIND_STAFF, KIND_RETIRED, KIND_PARENTS, KIND_OTHER)

MAX_ATTENDEES = 1000
EARLIEST_FORUM = date(2000, 1, 1)  # as for visits and cases: an earlier year is a typing slip
MAX_OPINIONS = 50
FORUM_TEXT_LIMITS: dict[str, tuple[str, int, bool]] = {
    "place": ("地点", 100, True),
    "host": ("主持人", 50, True),
    "attendees": ("参加人员", 500, False),
    "summary": ("座谈情况", 2000, False),
}
OPINION_LIMIT = ("意见内容", 500)


@dataclass(frozen=True)
class OpinionDraft:
    text: str
    owner_id: int | None = None  # a follow-up: who answers it …
    due_on: date | None = None  # … and by when


@dataclass(frozen=True)
class ForumDraft:
    held_on: date | None
    kind: str
    place: str
    host: str
    attendee_count: int | None
    attendees: str = ""
    summary: str = ""
    opinions: tuple[OpinionDraft, ...] = ()


def validate_forum(draft: ForumDraft, today: date) -> ForumDraft:
    errors: list[FieldError] = []
    cleaned: dict[str, str] = {}
    for name, (label, max_length, required) in FORUM_TEXT_LIMITS.items():
        value = clean_text(getattr(draft, name))
        cleaned[name] = value
        problem = check_text(
            name, value, label=label, max_length=max_length, required=required, multiline=True
        )
        if problem:
            errors.append(problem)
    if draft.held_on is None:
        errors.append(FieldError("held_on", "请填写座谈会日期"))
    elif draft.held_on > today:
        errors.append(FieldError("held_on", "座谈会日期不能晚于今天"))
    elif draft.held_on < EARLIEST_FORUM:
        errors.append(FieldError("held_on", "座谈会日期太早，请核对年份"))
    if draft.kind not in FORUM_KINDS:
        errors.append(
            FieldError("kind", "请选择座谈会类型：{kinds}", {"kinds": "、".join(FORUM_KINDS)})
        )
    if draft.attendee_count is None:
        errors.append(FieldError("attendee_count", "请填写参加人数"))
    elif not 1 <= draft.attendee_count <= MAX_ATTENDEES:
        errors.append(
            FieldError("attendee_count", "参加人数应在 1 至 {max} 之间", {"max": MAX_ATTENDEES})
        )
    if len(draft.opinions) > MAX_OPINIONS:
        errors.append(
            FieldError("opinions", "一次座谈会最多记录 {max} 条意见", {"max": MAX_OPINIONS})
        )
    opinions: list[OpinionDraft] = []
    for index, opinion in enumerate(draft.opinions, start=1):
        field = f"opinions.{index}"
        text = clean_text(opinion.text)
        label, max_length = OPINION_LIMIT
        problem = check_text(
            field, text, label=f"第{index}条{label}", max_length=max_length, required=True,
            multiline=True,
        )  # fmt: skip
        if problem:
            errors.append(problem)
        if (opinion.owner_id is None) != (opinion.due_on is None):
            errors.append(
                FieldError(field, "第{n}条意见：跟进要同时填写责任人和完成期限", {"n": index})
            )
        elif opinion.due_on is not None and draft.held_on and opinion.due_on < draft.held_on:
            errors.append(
                FieldError(field, "第{n}条意见：完成期限不能早于座谈会日期", {"n": index})
            )
        opinions.append(replace(opinion, text=text))
    if errors:
        raise ValidationError(errors)
    return replace(draft, opinions=tuple(opinions), **cleaned)
