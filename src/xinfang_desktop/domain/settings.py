"""The unit's own settings: its name, the lists the gate form offers, and what its notices
need (上级主管部门, 承办部门 contacts, 文号 patterns)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .case_notices import DEFAULT_NUMBER_FORMATS, NoticeKind, check_number_format
from .errors import FieldError, ValidationError
from .text import check_text, clean_text

DEFAULT_VISIT_CATEGORIES = (
    "家长来访",
    "咨询",
    "投诉举报",
    "反映问题",
    "办事",
    "公务来访",
    "送货/施工",
    "其他",
)
MAX_LIST_ITEMS = 200


@dataclass(frozen=True)
class UnitSettings:
    unit_name: str = ""
    visit_categories: tuple[str, ...] = DEFAULT_VISIT_CATEGORIES
    hosts: tuple[str, ...] = field(default_factory=tuple)  # offices and people one can visit
    gate_staff: tuple[str, ...] = field(default_factory=tuple)


_LIST_LABELS = {
    "visit_categories": ("来访类别", 50),
    "hosts": ("接待部门/人员", 100),
    "gate_staff": ("门卫人员", 50),
}


def validate_unit_settings(settings: UnitSettings) -> UnitSettings:
    errors: list[FieldError] = []
    unit_name = clean_text(settings.unit_name)
    problem = check_text("unit_name", unit_name, label="单位名称", max_length=100, required=True)
    if problem:
        errors.append(problem)
    cleaned: dict[str, tuple[str, ...]] = {}
    for name, (label, max_length) in _LIST_LABELS.items():
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
        if len(items) > MAX_LIST_ITEMS:
            errors.append(
                FieldError(name, "{label}最多 {max} 项", {"label": label, "max": MAX_LIST_ITEMS})
            )
        cleaned[name] = tuple(items)
    if errors:
        raise ValidationError(errors)
    return UnitSettings(unit_name=unit_name, **cleaned)


@dataclass(frozen=True)
class DocumentSettings:
    """What the notices need beyond the unit name: the body one level up (the 复查 route of
    信访工作条例 Art. 35 names it), the office that handles cases and whom to call, and the
    文号 pattern of each kind of notice (NoticeKind name → pattern)."""

    superior_name: str = ""
    superior_address: str = ""
    superior_phone: str = ""
    handling_office: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    number_formats: dict[str, str] = field(default_factory=dict)

    def number_format(self, kind: NoticeKind) -> str:
        return self.number_formats.get(kind.name) or DEFAULT_NUMBER_FORMATS[kind]


_DOCUMENT_TEXT_FIELDS = {
    "superior_name": ("上级主管部门名称", 100),
    "superior_address": ("上级主管部门地址", 200),
    "superior_phone": ("上级主管部门电话", 30),
    "handling_office": ("承办部门", 100),
    "contact_person": ("联系人", 50),
    "contact_phone": ("联系电话", 30),
}


def validate_document_settings(settings: DocumentSettings) -> DocumentSettings:
    errors: list[FieldError] = []
    values: dict[str, str] = {}
    for name, (label, max_length) in _DOCUMENT_TEXT_FIELDS.items():
        value = clean_text(getattr(settings, name))
        problem = check_text(name, value, label=label, max_length=max_length)
        if problem:
            errors.append(problem)
        values[name] = value
    formats: dict[str, str] = {}
    for kind in NoticeKind:
        raw = clean_text(settings.number_formats.get(kind.name, ""))
        if not raw:
            continue
        try:
            formats[kind.name] = check_number_format(kind, raw)
        except ValidationError as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)
    return DocumentSettings(**values, number_formats=formats)
