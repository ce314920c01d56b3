"""The petition case (信访事项): what a record holds (Art. 19), its number, and the rules a new
or changed case must satisfy. The life of a case is in ``case_flow``."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum

from .errors import FieldError, ValidationError
from .identity import id_number_problem, is_valid_phone, normalize_id_number, normalize_phone
from .text import check_text, clean_text

# Art. 20: a group visit chooses at most 5 representatives.
MAX_REPRESENTATIVES = 5
MAX_PETITIONERS = 20
MAX_PEOPLE = 9999
EARLIEST_RECEIVED = date(2000, 1, 1)
DEFAULT_NUMBER_FORMAT = "信访〔{year}〕第{seq:03d}号"
# How alike two requests must be (difflib ratio) to count as the same matter again.
SIMILAR_CONTENT_RATIO = 0.6


class Channel(StrEnum):
    LETTER = "来信"
    VISIT = "来访"
    CALL = "来电"
    ONLINE = "网络"
    FAX = "传真"
    REFERRAL = "上级转办/交办"


DEFAULT_CASE_CATEGORIES = (
    "教育教学",
    "学生安全",
    "师德师风",
    "招生入学",
    "收费管理",
    "食堂后勤",
    "人事待遇",
    "校园建设",
    "其他",
)
DEFAULT_CASE_AREAS = ("本校", "校外社区")


@dataclass(frozen=True)
class PetitionerDraft:
    name: str
    phone: str = ""
    id_number: str = ""
    address: str = ""
    is_representative: bool = False


@dataclass(frozen=True)
class CaseDraft:
    """What the case form holds, as typed, until ``validate_case``."""

    channel: str
    received_on: date
    petitioners: tuple[PetitionerDraft, ...]
    request: str
    facts: str = ""
    reasons: str = ""
    category: str = ""
    area: str = ""
    accused: str = ""  # Art. 30: confidential, never printed on what goes to them
    accused_office: str = ""
    owner_id: int | None = None
    handling_office: str = ""
    referring_body: str = ""
    referring_ref: str = ""
    people_count: int = 1
    visit_id: int | None = None
    remarks: str = ""
    finding_id: int | None = None  # a 包组摸排 finding this case was made from

    @property
    def main_petitioner(self) -> PetitionerDraft | None:
        return self.petitioners[0] if self.petitioners else None


FIELD_LABELS = {
    "channel": "渠道",
    "received_on": "收到日期",
    "petitioners": "信访人",
    "request": "信访请求",
    "facts": "事实",
    "reasons": "理由",
    "category": "类别",
    "area": "所属地区",
    "accused": "被反映人",
    "accused_office": "被反映部门",
    "owner_id": "包案领导",
    "handling_office": "承办部门",
    "referring_body": "转办/交办机关",
    "referring_ref": "转办文号",
    "people_count": "人数",
    "remarks": "备注",
}
TEXT_LIMITS: dict[str, tuple[int, bool, bool]] = {
    "request": (1000, True, True),
    "facts": (2000, False, True),
    "reasons": (1000, False, True),
    "category": (50, False, False),
    "area": (100, False, False),
    "accused": (100, False, False),
    "accused_office": (100, False, False),
    "handling_office": (100, False, False),
    "referring_body": (100, False, False),
    "referring_ref": (50, False, False),
    "remarks": (1000, False, True),
}
PETITIONER_LIMITS = {"name": ("姓名", 50), "address": ("住址/单位", 200)}


def validate_case(draft: CaseDraft, today: date) -> CaseDraft:
    """Return the cleaned draft, or raise ``ValidationError`` listing every wrong field."""
    errors: list[FieldError] = []
    cleaned: dict[str, object] = {f.name: getattr(draft, f.name) for f in fields(draft)}
    for name, (max_length, required, multiline) in TEXT_LIMITS.items():
        value = clean_text(getattr(draft, name))
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

    channel = clean_text(draft.channel)
    if channel not in {c.value for c in Channel}:
        errors.append(FieldError("channel", "请选择渠道（来信、来访、来电、网络、传真或上级转办）"))
    cleaned["channel"] = channel
    if channel == Channel.REFERRAL and not cleaned["referring_body"]:
        errors.append(FieldError("referring_body", "上级转办/交办的事项请填写转办机关"))

    received = draft.received_on
    if not isinstance(received, date):
        errors.append(FieldError("received_on", "请填写收到日期"))
    elif received < EARLIEST_RECEIVED:
        errors.append(FieldError("received_on", "收到日期太早，请核对年份"))
    elif received > today:
        errors.append(FieldError("received_on", "收到日期不能晚于今天"))

    petitioners = []
    for index, person in enumerate(draft.petitioners):
        petitioners.append(_clean_petitioner(person, index, today, errors))
    petitioners = [p for p in petitioners if p.name or p.phone or p.id_number or p.address]
    if not petitioners:
        errors.append(FieldError("petitioners", "请至少填写一位信访人（匿名信件写“匿名”）"))
    elif len(petitioners) > MAX_PETITIONERS:
        errors.append(
            FieldError("petitioners", "信访人最多登记 {max} 位", {"max": MAX_PETITIONERS})
        )
    representatives = sum(1 for p in petitioners if p.is_representative)
    if representatives > MAX_REPRESENTATIVES:
        errors.append(
            FieldError(
                "petitioners",
                "集体访代表最多 {max} 人（条例第二十条），现在有 {count} 人",
                {"max": MAX_REPRESENTATIVES, "count": representatives},
            )
        )
    cleaned["petitioners"] = tuple(petitioners)

    count = draft.people_count
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        errors.append(FieldError("people_count", "人数至少为 1"))
    elif count > MAX_PEOPLE:
        errors.append(FieldError("people_count", "人数不能超过 {max}", {"max": MAX_PEOPLE}))
    elif count < len(petitioners):
        errors.append(
            FieldError(
                "people_count",
                "人数（{count}）少于登记的信访人（{listed} 位）",
                {"count": count, "listed": len(petitioners)},
            )
        )
    if errors:
        raise ValidationError(errors)
    return replace(draft, **cleaned)


def _clean_petitioner(
    person: PetitionerDraft, index: int, today: date, errors: list[FieldError]
) -> PetitionerDraft:
    number = index + 1
    values: dict[str, str] = {}
    for name, (label, max_length) in PETITIONER_LIMITS.items():
        value = clean_text(getattr(person, name))
        values[name] = value
        problem = check_text(
            "petitioners", value, label=f"第 {number} 位信访人{label}", max_length=max_length
        )
        if problem:
            errors.append(problem)
    phone = normalize_phone(clean_text(person.phone))
    if phone and not is_valid_phone(phone):
        errors.append(
            FieldError(
                "petitioners",
                "第 {n} 位信访人的联系电话格式不对：手机号为 11 位数字，座机如 0533-2123456",
                {"n": number},
            )
        )
    id_number = normalize_id_number(clean_text(person.id_number))
    if id_number:
        problem = id_number_problem(id_number, today=today)
        if problem:
            errors.append(
                FieldError(
                    "petitioners",
                    "第 {n} 位信访人：" + problem,
                    {"n": number, "count": len(id_number)},
                )
            )
    if (phone or id_number or values["address"]) and not values["name"]:
        errors.append(FieldError("petitioners", "请填写第 {n} 位信访人的姓名", {"n": number}))
    return PetitionerDraft(
        name=values["name"],
        phone=phone,
        id_number=id_number,
        address=values["address"],
        is_representative=bool(person.is_representative),
    )


def check_number_format(template: str) -> str:
    """The case number pattern, e.g. 信访〔{year}〕第{seq:03d}号; must hold year and seq."""
    template = clean_text(template)
    problem = check_text("number_format", template, label="编号格式", max_length=50, required=True)
    if problem:
        raise ValidationError([problem])
    if "{seq" not in template:
        raise ValidationError([FieldError("number_format", "编号格式必须含有序号 {{seq}}")])
    try:
        format_case_number(template, 2026, 12)
    except (KeyError, ValueError, IndexError):
        raise ValidationError(
            [
                FieldError(
                    "number_format",
                    "编号格式只能使用 {{year}} 和 {{seq}}，例如 {example}",
                    {"example": "信访〔{year}〕第{seq:03d}号"},
                )
            ]
        ) from None
    return template


def format_case_number(template: str, year: int, seq: int) -> str:
    return template.format(year=year, seq=seq)


def normalize_content(text: str) -> str:
    """Content without punctuation and blanks, for comparing two requests."""
    return re.sub(r"[\W_]+", "", text)


def similar_content(first: str, second: str) -> bool:
    a, b = normalize_content(first), normalize_content(second)
    if not a or not b:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR_CONTENT_RATIO


def check_accused_on_recipient(accused_office: str, recipient: str) -> None:
    """Art. 30: nothing about the matter goes to the office it accuses."""
    if accused_office and clean_text(accused_office) == clean_text(recipient):
        raise ValidationError(
            [
                FieldError(
                    "recipient",
                    "不能发给被反映的部门“{office}”（条例第三十条）",
                    {"office": accused_office},
                )
            ]
        )


@dataclass(frozen=True)
class CaseSettings:
    """The unit's case settings: number pattern, deadline rules, categories and areas."""

    number_format: str = DEFAULT_NUMBER_FORMAT
    categories: tuple[str, ...] = DEFAULT_CASE_CATEGORIES
    areas: tuple[str, ...] = DEFAULT_CASE_AREAS


def validate_case_settings(settings: CaseSettings) -> CaseSettings:
    errors: list[FieldError] = []
    number_format = settings.number_format
    try:
        number_format = check_number_format(settings.number_format)
    except ValidationError as exc:
        errors.extend(exc.errors)
    lists: dict[str, tuple[str, ...]] = {}
    for name, label, max_length in (("categories", "类别", 50), ("areas", "所属地区", 100)):
        items: list[str] = []
        for raw in getattr(settings, name):
            item = clean_text(raw)
            if not item:
                continue
            problem = check_text(name, item, label=label, max_length=max_length)
            if problem:
                errors.append(problem)
            elif item in items:
                errors.append(
                    FieldError(name, "{label}中“{item}”重复了", {"label": label, "item": item})
                )
            else:
                items.append(item)
        lists[name] = tuple(items)
    if errors:
        raise ValidationError(errors)
    return CaseSettings(number_format=number_format, **lists)


URGING_METHODS = ("电话", "书面督办单", "当面", "会议", "网络")


@dataclass(frozen=True)
class UrgingDraft:
    """督办: one urging of the handler of a case."""

    urged_on: date
    method: str
    urged_by: str
    urged_to: str
    response: str = ""


def validate_urging(draft: UrgingDraft, today: date, received_on: date) -> UrgingDraft:
    errors: list[FieldError] = []
    values: dict[str, str] = {}
    for name, label, max_length, required in (
        ("method", "督办方式", 20, True),
        ("urged_by", "督办人", 50, True),
        ("urged_to", "被督办部门/人", 100, True),
        ("response", "办理反馈", 1000, False),
    ):
        value = clean_text(getattr(draft, name))
        values[name] = value
        problem = check_text(
            name, value, label=label, max_length=max_length, required=required, multiline=True
        )
        if problem:
            errors.append(problem)
    if not isinstance(draft.urged_on, date):
        errors.append(FieldError("urged_on", "请填写督办日期"))
    elif draft.urged_on > today:
        errors.append(FieldError("urged_on", "督办日期不能晚于今天"))
    elif draft.urged_on < received_on:
        errors.append(FieldError("urged_on", "督办日期不能早于收到日期"))
    if errors:
        raise ValidationError(errors)
    return replace(draft, **values)


# Scans and photos; a larger file is almost always a video sent by mistake.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def check_attachment(file_name: str, size: int) -> None:
    problem = check_text("attachment", file_name, label="文件名", max_length=255, required=True)
    if problem:
        raise ValidationError([problem])
    if size <= 0:
        raise ValidationError([FieldError("attachment", "文件是空的：{name}", {"name": file_name})])
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            [
                FieldError(
                    "attachment",
                    "文件太大（{mb} MB），附件最大 {max} MB",
                    {"mb": size // (1024 * 1024), "max": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
                )
            ]
        )
