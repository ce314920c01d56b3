"""What every import shares: which column holds which field (the headings people actually
write, and the user's own corrections by Chinese field name), and strict reading of a cell.

A cell is either read correctly or named as a problem with its Excel row and a Chinese reason;
nothing is coerced silently: -3 人 is not 1 人, 2.7 人 is not 2 人, 2010-02-30 is not a day.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .errors import FieldError, ValidationError

# Excel shows these instead of a value; the reader passes them on as text.
EXCEL_ERRORS = frozenset(
    {"#NUM!", "#VALUE!", "#REF!", "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#GETTING_DATA"}
)
# A plain number in a date column is an Excel serial day when it falls in these years.
_SERIAL_FIRST, _SERIAL_LAST = 18_264, 73_050  # 1950-01-01 … 2099-12-31
_EXCEL_DAY_ZERO = datetime(1899, 12, 30)
# 2026-11-02, 2026/11/2, 2026.11.2, 2026年11月2日 (a time or 上午 after it is allowed)
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_COUNT = re.compile(r"^(\d+)\s*(?:人|人次)?$")
SKIP = ""  # the field of a column the user leaves out


@dataclass(frozen=True)
class FieldSpec:
    label: str
    headings: tuple[str, ...]  # the headings that usually mean this field, the label first


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet's row number, as the user sees it
    message: str


def normalise_heading(heading: object) -> str:
    """``信访人（姓名）``, `` 日 期 `` and ``*内容摘要：`` read as 信访人, 日期, 内容摘要."""
    text = "".join(str(heading or "").split())
    text = re.sub(r"[（(][^）)]*[）)]$", "", text)
    return text.strip("*:：")


def field_by_name(fields: Mapping[str, FieldSpec], name: str) -> str | None:
    """A field from its identifier, its Chinese label or one of its headings."""
    name = name.strip()
    if name in fields:
        return name
    key = normalise_heading(name)
    for field, spec in fields.items():
        if key == spec.label:
            return field
    for field, spec in fields.items():
        if key in spec.headings:
            return field
    return None


def guess_mapping(fields: Mapping[str, FieldSpec], headers: Sequence[object]) -> dict[int, str]:
    """Column index → field, from the headings; each field taken once, by its first column."""
    clean = [normalise_heading(h) for h in headers]
    mapping: dict[int, str] = {}
    for field, spec in fields.items():
        for heading in spec.headings:
            index = next(
                (i for i, h in enumerate(clean) if h == heading and i not in mapping), None
            )
            if index is not None:
                mapping[index] = field
                break
    return mapping


def resolve_mapping(
    fields: Mapping[str, FieldSpec],
    required: Sequence[str],
    headers: Sequence[object],
    overrides: Mapping[str, str] | None = None,
) -> dict[int, str]:
    """Column index → field: the usual headings, then the user's ``列名=字段`` corrections
    (the field by its Chinese name or identifier; ``列名=`` or ``列名=不导入`` leaves a column
    out). Every problem is raised at once."""
    raw = [" ".join(str(h or "").split()) for h in headers]
    clean = [normalise_heading(h) for h in headers]
    mapping = guess_mapping(fields, headers)
    errors: list[FieldError] = []
    for header, wanted in (overrides or {}).items():
        header = " ".join(header.split())
        if header in raw:
            index = raw.index(header)
        elif normalise_heading(header) in clean:
            index = clean.index(normalise_heading(header))
        else:
            errors.append(FieldError("map", "表格中没有“{header}”这一列", {"header": header}))
            continue
        wanted = wanted.strip()
        field = SKIP if wanted in ("", "不导入") else field_by_name(fields, wanted)
        if field is None:
            errors.append(
                FieldError(
                    "map",
                    "没有“{field}”这个字段，可用：{fields}",
                    {"field": wanted, "fields": "、".join(s.label for s in fields.values())},
                )
            )
            continue
        mapping = {i: f for i, f in mapping.items() if f != field and i != index}
        if field:
            mapping[index] = field
    missing = [fields[f].label for f in required if f not in mapping.values()]
    if missing:
        errors.append(
            FieldError(
                "map",
                "找不到这些必需的列：{missing}（用 列名=字段 指定，如 内容摘要={example}）",
                {"missing": "、".join(missing), "example": fields[required[-1]].label},
            )
        )
    if errors:
        raise ValidationError(errors)
    return mapping


def describe_mapping(
    fields: Mapping[str, FieldSpec], headers: Sequence[object], mapping: Mapping[int, str]
) -> list[tuple[str, str]]:
    """Each column with what it was taken as (``不导入`` for an unused one), in sheet order."""
    return [
        (
            " ".join(str(h or "").split()) or f"第 {i + 1} 列",
            fields[mapping[i]].label if i in mapping else "不导入",
        )
        for i, h in enumerate(headers)
    ]


def cell_text(value: object) -> str:
    """A cell as the text the user sees (a whole number without ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def excel_error(value: object) -> str | None:
    text = cell_text(value)
    return text if text in EXCEL_ERRORS else None


def read_date(value: object, label: str) -> tuple[date | None, str | None]:
    """A date cell: a real date, 2010-01-02 / 2010年1月2日 / 2010.1.2 / 20100102, or an Excel
    serial day number typed as a plain number. Blank gives (None, None)."""
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    error = excel_error(value)
    if error:
        return None, f"{label}是 Excel 错误值 {error}，请改成日期"
    if isinstance(value, bool):
        return None, f"{label}“{cell_text(value)}”不是日期"
    if isinstance(value, int | float):
        if not math.isfinite(value) or not _SERIAL_FIRST <= value <= _SERIAL_LAST + 1:
            text = cell_text(value)
            match = _COMPACT_DATE.match(text)
            if match:
                return _checked_date(match, text, label)
            return None, f"{label}“{text}”不是日期，请写成 2026-11-02"
        # Excel stores a date as the days since 1899-12-30; a cell typed as a number shows it.
        return (_EXCEL_DAY_ZERO + timedelta(days=math.floor(value))).date(), None
    text = cell_text(value)
    if not text:
        return None, None
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not match:
        return None, f"{label}“{text}”看不懂，请写成 2026-11-02"
    return _checked_date(match, text, label)


def _checked_date(match: re.Match[str], text: str, label: str) -> tuple[date | None, str | None]:
    try:
        return date(int(match[1]), int(match[2]), int(match[3])), None
    except ValueError:
        return None, f"{label}“{text}”不是存在的日期"


def read_count(value: object, label: str = "人数") -> tuple[int | None, str | None]:
    """A positive whole number of people; blank gives (None, None)."""
    error = excel_error(value)
    if error:
        return None, f"{label}是 Excel 错误值 {error}"
    if isinstance(value, bool):
        return None, f"{label}“{cell_text(value)}”不是人数"
    if isinstance(value, int | float):
        if not math.isfinite(value):
            return None, f"{label}不是有效数字"
        if not float(value).is_integer():
            return None, f"{label}“{cell_text(value)}”不是整数"
        number = int(value)
    else:
        text = cell_text(value)
        if not text:
            return None, None
        match = _COUNT.match(text.replace(",", ""))
        if match is None:
            try:
                number_value = float(text)
            except ValueError:
                return None, f"{label}“{text}”不是数字"
            return (
                read_count(number_value, label)
                if math.isfinite(number_value)
                else (
                    None,
                    f"{label}“{text}”不是有效数字",
                )
            )
        number = int(match[1])
    if number < 1:
        return None, f"{label}“{number}”应至少为 1"
    if number > 100_000:
        return None, f"{label}“{number}”太大，请核对"
    return number, None


def read_text(value: object, label: str) -> tuple[str, str | None]:
    """A text cell; an Excel error value is a problem, not text."""
    error = excel_error(value)
    if error:
        return "", f"{label}是 Excel 错误值 {error}"
    return cell_text(value), None
