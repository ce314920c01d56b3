"""The unit's people (教职工): who they are and the rules a person record must satisfy."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .errors import FieldError, ValidationError
from .identity import is_valid_phone, normalize_phone
from .text import check_text, clean_text


@dataclass(frozen=True)
class PersonDraft:
    name: str
    post: str = ""  # 职务: 校长, 副校长, 教导主任, 教师 …
    office: str = ""  # 部门: 校长室, 教导处, 一年级组 …
    phone: str = ""
    is_leader: bool = False  # may own cases, lead the group, take 带班 duty
    remarks: str = ""


PERSON_FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "post": "职务",
    "office": "部门",
    "phone": "联系电话",
    "is_leader": "校级领导",
    "remarks": "备注",
    "left_on": "离岗日期",
}

# (max length, required); the database columns use the same sizes.
PERSON_TEXT_LIMITS: dict[str, tuple[int, bool]] = {
    "name": (50, True),
    "post": (50, False),
    "office": (100, False),
    "remarks": (500, False),
}
PERSON_PHONE_MAX = 30


def validate_person(draft: PersonDraft) -> PersonDraft:
    """Return the cleaned draft, or raise ``ValidationError`` listing every wrong field."""
    errors: list[FieldError] = []
    cleaned: dict[str, object] = {}
    for name, (max_length, required) in PERSON_TEXT_LIMITS.items():
        value = clean_text(getattr(draft, name))
        cleaned[name] = value
        problem = check_text(
            name,
            value,
            label=PERSON_FIELD_LABELS[name],
            max_length=max_length,
            required=required,
            multiline=name == "remarks",
        )
        if problem:
            errors.append(problem)
    phone = normalize_phone(clean_text(draft.phone))
    cleaned["phone"] = phone
    if phone and (len(phone) > PERSON_PHONE_MAX or not is_valid_phone(phone)):
        errors.append(
            FieldError("phone", "联系电话格式不对：手机号为 11 位数字，座机如 0533-2123456")
        )
    cleaned["is_leader"] = bool(draft.is_leader)
    if errors:
        raise ValidationError(errors)
    return replace(draft, **cleaned)


def check_left_on(left_on: date, today: date) -> None:
    if left_on > today:
        raise ValidationError([FieldError("left_on", "离岗日期不能晚于今天")])
