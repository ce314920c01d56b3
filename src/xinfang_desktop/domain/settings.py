"""The unit's own settings: its name and the lists the gate form offers."""

from __future__ import annotations

from dataclasses import dataclass, field

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
