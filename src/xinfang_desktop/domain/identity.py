"""Resident identity numbers (GB 11643-1999, ISO 7064 MOD 11-2) and phone numbers."""

from __future__ import annotations

import re
from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_DIGITS = "10X98765432"
_ID_PATTERN = re.compile(r"^[1-9]\d{16}[\dX]$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Landline with area code (010-12345678, 0533 1234567) or a local 7-8 digit number, optional
# extension; short service numbers (110, 12345) are allowed for the record as they were dialled.
_LANDLINE = re.compile(r"^(0\d{2,3}-?)?[2-9]\d{6,7}(-\d{1,6})?$")
_SERVICE = re.compile(r"^(1\d{2}|12\d{3}|95\d{3,4}|400-?\d{3}-?\d{4})$")


def normalize_id_number(value: str) -> str:
    return value.strip().replace(" ", "").upper().replace("Ｘ", "X")


def id_check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_DIGITS[total % 11]


def id_number_problem(value: str, today: date | None = None) -> str | None:
    """None when ``value`` (normalised) is a valid 18-digit number, else a Chinese reason."""
    if len(value) != 18:
        return "身份证号应为 18 位，现在是 {count} 位"
    if not _ID_PATTERN.match(value):
        return "身份证号只能由数字组成，最后一位可以是 X"
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return "身份证号中的出生日期不存在"
    if born.year < 1900 or born > (today or date.today()):
        return "身份证号中的出生日期不合理"
    if id_check_digit(value[:17]) != value[17]:
        return "身份证号校验位不对，请核对后重新输入"
    return None


def is_valid_id_number(value: str) -> bool:
    return id_number_problem(normalize_id_number(value)) is None


def mask_id_number(value: str) -> str:
    """Keep the first four and the last four characters: ``3401**********1234``."""
    if not value:
        return ""
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def normalize_phone(value: str) -> str:
    cleaned = value.strip().replace(" ", "").replace("－", "-").replace("—", "-")
    if cleaned.startswith("+86"):
        cleaned = cleaned[3:]
    return cleaned


def is_valid_phone(value: str) -> bool:
    return bool(_MOBILE.match(value) or _LANDLINE.match(value) or _SERVICE.match(value))


def mask_phone(value: str) -> str:
    """Mobile numbers keep 3 + 4 digits (138****8000); others keep the last four."""
    if not value:
        return ""
    if _MOBILE.match(value):
        return value[:3] + "****" + value[-4:]
    if len(value) <= 4:
        return value
    return "*" * (len(value) - 4) + value[-4:]


_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])")
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)(?:\+86)?1[3-9]\d{9}(?!\d)")
_LANDLINE_IN_TEXT = re.compile(r"(?<![\d-])0\d{2,3}-?[2-9]\d{6,7}(?![\d-])")


def mask_numbers_in_text(text: str) -> str:
    """Free text (当事人, notes) with every ID number and phone number in it masked, for
    roles that may read the text but not the numbers."""
    text = _ID_IN_TEXT.sub(lambda m: mask_id_number(m.group().upper()), text)
    text = _MOBILE_IN_TEXT.sub(lambda m: mask_phone(normalize_phone(m.group())), text)
    return _LANDLINE_IN_TEXT.sub(lambda m: mask_phone(m.group()), text)
