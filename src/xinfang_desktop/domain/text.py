"""Checks shared by every free-text field: length and characters a record must never hold."""

from __future__ import annotations

import unicodedata

from .errors import FieldError

# Tab and newline are allowed in multi-line fields; every other control character (NUL breaks
# PostgreSQL, the rest are invisible) is refused rather than silently stripped.
_MULTILINE_ALLOWED = {"\n", "\t"}


def clean_text(value: str | None) -> str:
    """Strip surrounding blanks (incl. the full-width space) and normalise line endings."""
    if value is None:
        return ""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip(" \t\n\u3000")


def check_text(
    field: str,
    value: str,
    *,
    label: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> FieldError | None:
    if not value:
        if required:
            return FieldError(field, "请填写{label}", {"label": label})
        return None
    if len(value) > max_length:
        return FieldError(
            field,
            "{label}最多 {max} 个字，现在有 {count} 个字",
            {"label": label, "max": max_length, "count": len(value)},
        )
    for ch in value:
        if multiline and ch in _MULTILINE_ALLOWED:
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") or (category == "Cf" and ch not in "\u200d"):
            return FieldError(
                field, "{label}含有不可见的控制字符，请删除后重新输入", {"label": label}
            )
    return None
