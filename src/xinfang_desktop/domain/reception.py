"""领导接访日 and 约访: the published days a leader receives petitioners (公开接访), and the
appointments booked for a petitioner or a case, which the gate sees on the day as expected
visitors."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from .errors import FieldError, ValidationError
from .identity import is_valid_phone, normalize_phone
from .text import check_text, clean_text

STATUS_BOOKED = "booked"
STATUS_ARRIVED = "arrived"
STATUS_CANCELLED = "cancelled"
STATUS_LABELS = {STATUS_BOOKED: "已预约", STATUS_ARRIVED: "已到访", STATUS_CANCELLED: "已取消"}
PHONE_MAX = 20


@dataclass(frozen=True)
class ReceptionDayDraft:
    day: date | None
    starts: time | None
    ends: time | None
    place: str
    leader_id: int | None
    note: str = ""


@dataclass(frozen=True)
class AppointmentDraft:
    scheduled_at: datetime | None
    leader_id: int | None
    petitioner_name: str
    matter: str
    petitioner_phone: str = ""
    case_id: int | None = None


def validate_reception_day(draft: ReceptionDayDraft, today: date) -> ReceptionDayDraft:
    errors: list[FieldError] = []
    place = clean_text(draft.place)
    note = clean_text(draft.note)
    for problem in (
        check_text("place", place, label="地点", max_length=100, required=True),
        check_text("note", note, label="备注", max_length=200),
    ):
        if problem:
            errors.append(problem)
    if draft.day is None:
        errors.append(FieldError("day", "请填写接访日期"))
    elif draft.day < today:
        errors.append(FieldError("day", "接访日期不能早于今天"))
    if draft.starts is None or draft.ends is None:
        errors.append(FieldError("starts", "请填写接访的起止时间"))
    elif draft.ends <= draft.starts:
        errors.append(FieldError("starts", "结束时间应晚于开始时间"))
    if draft.leader_id is None:
        errors.append(FieldError("leader_id", "请选择接访领导"))
    if errors:
        raise ValidationError(errors)
    return replace(draft, place=place, note=note)


def validate_appointment(draft: AppointmentDraft, now: datetime) -> AppointmentDraft:
    errors: list[FieldError] = []
    name = clean_text(draft.petitioner_name)
    matter = clean_text(draft.matter)
    phone = normalize_phone(clean_text(draft.petitioner_phone))
    for problem in (
        check_text("petitioner_name", name, label="约访人", max_length=50, required=True),
        check_text("matter", matter, label="约访事项", max_length=500, required=True,
                   multiline=True),
    ):  # fmt: skip
        if problem:
            errors.append(problem)
    if phone and (len(phone) > PHONE_MAX or not is_valid_phone(phone)):
        errors.append(
            FieldError(
                "petitioner_phone", "联系电话格式不对：手机号为 11 位数字，座机如 0533-2123456"
            )
        )
    if draft.scheduled_at is None:
        errors.append(FieldError("scheduled_at", "请填写约访时间"))
    elif draft.scheduled_at.date() < now.date():
        errors.append(FieldError("scheduled_at", "约访时间不能早于今天"))
    if draft.leader_id is None:
        errors.append(FieldError("leader_id", "请选择接待的领导"))
    if errors:
        raise ValidationError(errors)
    return replace(draft, petitioner_name=name, matter=matter, petitioner_phone=phone)
