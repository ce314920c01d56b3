"""The gate-house visit (来访登记): what a registration holds and the rules it must satisfy."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from enum import StrEnum

from .errors import FieldError, ValidationError
from .identity import (
    id_number_problem,
    is_valid_phone,
    mask_id_number,
    normalize_id_number,
    normalize_phone,
)
from .text import check_text, clean_text

# DESIGN.md glossary: 集体访 is 5 or more people raising a common matter.
GROUP_VISIT_MIN_PEOPLE = 5
MAX_PEOPLE = 999
# A clock a few minutes fast on the gate PC must not block a registration.
FUTURE_TOLERANCE = timedelta(minutes=10)
EARLIEST_ARRIVAL = datetime(2000, 1, 1)

# Mainland plates: province, letter, then 5 (ordinary) or 6 (new energy) characters; the last
# may be 挂/学/警/港/澳. I and O are never used after the province letter.
_PLATE = re.compile(
    r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z]"
    r"(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]|[A-HJ-NP-Z0-9]{6})$"
)


class Gender(StrEnum):
    UNKNOWN = ""
    MALE = "男"
    FEMALE = "女"


@dataclass(frozen=True)
class VisitDraft:
    """What the gate form holds; every field as the user typed it until ``validate_visit``."""

    arrived_at: datetime
    name: str
    reason: str
    gender: str = ""
    phone: str = ""
    id_number: str = ""
    people_count: int = 1
    unit_address: str = ""
    category: str = ""
    host: str = ""
    receptionist: str = ""
    vehicle_plate: str = ""
    outcome: str = ""
    remarks: str = ""
    left_at: datetime | None = None

    @property
    def is_group_visit(self) -> bool:
        return is_group_visit(self.people_count)


FIELD_LABELS: dict[str, str] = {
    "arrived_at": "来访时间",
    "left_at": "离开时间",
    "name": "姓名",
    "gender": "性别",
    "phone": "联系电话",
    "id_number": "身份证号",
    "people_count": "人数",
    "unit_address": "单位/住址",
    "reason": "来访事由",
    "category": "类别",
    "host": "接待对象",
    "receptionist": "登记人",
    "vehicle_plate": "车牌号",
    "outcome": "处理结果",
    "remarks": "备注",
}

# (max length, required, multi-line) per text field; the database columns use the same sizes.
TEXT_LIMITS: dict[str, tuple[int, bool, bool]] = {
    "name": (50, True, False),
    "unit_address": (200, False, False),
    "reason": (1000, True, True),
    "category": (50, False, False),
    "host": (100, False, False),
    "receptionist": (50, False, False),
    "outcome": (500, False, True),
    "remarks": (1000, False, True),
}
PHONE_MAX = 30
ID_NUMBER_MAX = 18
PLATE_MAX = 12


def is_group_visit(people_count: int) -> bool:
    return people_count >= GROUP_VISIT_MIN_PEOPLE


def normalize_plate(value: str) -> str:
    return value.strip().upper().replace(" ", "").replace("·", "").replace("-", "")


def validate_visit(draft: VisitDraft, now: datetime) -> VisitDraft:
    """Return the cleaned draft, or raise ``ValidationError`` listing every wrong field."""
    errors: list[FieldError] = []
    cleaned = {f.name: getattr(draft, f.name) for f in fields(draft)}

    for name, (max_length, required, multiline) in TEXT_LIMITS.items():
        value = clean_text(cleaned[name])
        cleaned[name] = value
        problem = check_text(
            name,
            value,
            label=FIELD_LABELS[name],
            max_length=max_length,
            required=required,
            multiline=multiline,
        )
        if problem:
            errors.append(problem)

    gender = clean_text(draft.gender)
    if gender not in {g.value for g in Gender}:
        errors.append(FieldError("gender", "性别只能是“男”“女”或不填"))
    cleaned["gender"] = gender

    phone = normalize_phone(clean_text(draft.phone))
    cleaned["phone"] = phone
    if phone and (len(phone) > PHONE_MAX or not is_valid_phone(phone)):
        errors.append(
            FieldError("phone", "联系电话格式不对：手机号为 11 位数字，座机如 0533-2123456")
        )

    id_number = normalize_id_number(clean_text(draft.id_number))
    cleaned["id_number"] = id_number
    if id_number:
        problem = id_number_problem(id_number, today=now.date())
        if problem:
            errors.append(FieldError("id_number", problem, {"count": len(id_number)}))

    plate = normalize_plate(clean_text(draft.vehicle_plate))
    cleaned["vehicle_plate"] = plate
    if plate and (len(plate) > PLATE_MAX or not _PLATE.match(plate)):
        errors.append(FieldError("vehicle_plate", "车牌号格式不对，例如：鲁D12345"))

    count = draft.people_count
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        errors.append(FieldError("people_count", "人数至少为 1"))
    elif count > MAX_PEOPLE:
        errors.append(FieldError("people_count", "人数不能超过 {max}", {"max": MAX_PEOPLE}))

    arrived = draft.arrived_at
    if not isinstance(arrived, datetime):
        errors.append(FieldError("arrived_at", "请填写来访时间"))
    elif arrived < EARLIEST_ARRIVAL:
        errors.append(FieldError("arrived_at", "来访时间太早，请核对年份"))
    elif arrived > now + FUTURE_TOLERANCE:
        errors.append(FieldError("arrived_at", "来访时间不能晚于现在"))
    else:
        cleaned["arrived_at"] = arrived.replace(second=0, microsecond=0, tzinfo=None)

    left = draft.left_at
    if left is not None and isinstance(arrived, datetime):
        left = left.replace(microsecond=0, tzinfo=None)
        cleaned["left_at"] = left
        if left < cleaned["arrived_at"]:
            errors.append(FieldError("left_at", "离开时间不能早于来访时间"))
        elif left > now + FUTURE_TOLERANCE:
            errors.append(FieldError("left_at", "离开时间不能晚于现在"))

    if errors:
        raise ValidationError(errors)
    return replace(draft, **cleaned)


def check_departure(arrived_at: datetime, left_at: datetime) -> None:
    if left_at < arrived_at:
        raise ValidationError([FieldError("left_at", "离开时间不能早于来访时间")])


def check_void_reason(reason: str) -> str:
    """Voiding needs a reason: the record stays, and so must the why."""
    reason = clean_text(reason)
    problem = check_text(
        "void_reason", reason, label="作废原因", max_length=200, required=True, multiline=True
    )
    if problem:
        raise ValidationError([problem])
    return reason


def search_text(draft: VisitDraft, initials: list[str]) -> str:
    """The text one visit is found by: one line per field, so no match spans two fields."""
    parts = [
        draft.name,
        " ".join(initials),
        draft.phone,
        draft.id_number,
        draft.unit_address,
        draft.reason,
        draft.category,
        draft.host,
        draft.vehicle_plate,
        draft.outcome,
        draft.remarks,
    ]
    return "\n".join(p for p in parts if p).lower()


def display_id_number(id_number: str, *, unmasked: bool = False) -> str:
    return id_number if unmasked else mask_id_number(id_number)


def visit_number(arrived_at: datetime, daily_sequence: int) -> str:
    """The number printed on the visitor slip: 20261123-0007."""
    return f"{arrived_at:%Y%m%d}-{daily_sequence:04d}"


# The 访客单's QR code: the visit's id and number, in characters every USB scanner types
# the same on any keyboard layout. No name, phone or ID: the slip leaves the building.
SLIP_CODE_PREFIX = "XFV"
_SLIP_CODE = re.compile(r"^\s*XFV-(\d{1,12})-(\d{8}-\d{4})\s*$", re.IGNORECASE)


def slip_code(visit_id: int, number: str) -> str:
    return f"{SLIP_CODE_PREFIX}-{visit_id}-{number}"


def parse_slip_code(text: str) -> tuple[int, str] | None:
    """(visit id, visit number) when ``text`` is a scanned slip code, else None."""
    match = _SLIP_CODE.match(text)
    return (int(match.group(1)), match.group(2)) if match else None
