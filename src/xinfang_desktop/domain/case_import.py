"""Importing an existing Excel ledger: which column holds which field (a mapping the user can
correct), and turning each row into a case draft or the reasons it cannot be one.

The import is all or nothing: a dry run lists every bad row; the commit happens only when
none is left."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from .cases import CaseDraft, Channel, PetitionerDraft, validate_case
from .errors import FieldError, ValidationError

# field → label and the headers that usually mean it in a school's own ledger.
IMPORT_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "received_on": ("收到日期", ("收到日期", "登记日期", "来信来访日期", "日期", "时间")),
    "channel": ("渠道", ("渠道", "来源", "信访形式", "方式", "信访方式")),
    "petitioner": ("信访人", ("信访人", "姓名", "来访人", "反映人")),
    "phone": ("联系电话", ("联系电话", "电话", "手机")),
    "id_number": ("身份证号", ("身份证号", "身份证号码", "证件号码")),
    "address": ("住址", ("住址", "地址", "单位/住址", "家庭住址")),
    "people_count": ("人数", ("人数", "人次")),
    "request": ("信访请求", ("信访请求", "反映问题", "信访事项", "主要内容", "诉求", "内容")),
    "facts": ("事实", ("事实", "事实和理由")),
    "category": ("类别", ("类别", "问题类别", "分类")),
    "area": ("所属地区", ("所属地区", "地区", "村居")),
    "handling_office": ("承办部门", ("承办部门", "责任单位", "承办单位")),
    "referring_body": ("转办机关", ("转办机关", "交办单位")),
    "referring_ref": ("转办文号", ("转办文号", "文号")),
    "accused": ("被反映人", ("被反映人",)),
    "remarks": ("备注", ("备注", "原编号", "编号")),
}
REQUIRED_FIELDS = ("received_on", "petitioner", "request")
CHANNEL_WORDS = {
    "来信": Channel.LETTER,
    "信": Channel.LETTER,
    "信件": Channel.LETTER,
    "来访": Channel.VISIT,
    "访": Channel.VISIT,
    "走访": Channel.VISIT,
    "来电": Channel.CALL,
    "电话": Channel.CALL,
    "网络": Channel.ONLINE,
    "网上": Channel.ONLINE,
    "网信": Channel.ONLINE,
    "信箱": Channel.ONLINE,
    "邮件": Channel.ONLINE,
    "传真": Channel.FAX,
    "转办": Channel.REFERRAL,
    "交办": Channel.REFERRAL,
    "上级转办": Channel.REFERRAL,
    "上级交办": Channel.REFERRAL,
    "上级转办/交办": Channel.REFERRAL,
}
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet's row number, as the user sees it
    message: str


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field from the headers a ledger usually has."""
    clean = [str(h or "").strip() for h in headers]
    mapping: dict[int, str] = {}
    for field, (_label, names) in IMPORT_FIELDS.items():
        for index, header in enumerate(clean):
            if header in names and index not in mapping and field not in mapping.values():
                mapping[index] = field
    return mapping


def resolve_mapping(
    headers: Sequence[str], overrides: Mapping[str, str] | None = None
) -> dict[int, str]:
    """Column index → field: the usual headers, then the user's ``列名=field`` corrections
    (``列名=`` leaves a column out)."""
    clean = [str(h or "").strip() for h in headers]
    mapping = guess_mapping(clean)
    errors: list[FieldError] = []
    for header, field in (overrides or {}).items():
        header, field = header.strip(), field.strip()
        if header not in clean:
            errors.append(FieldError("map", "表格中没有“{header}”这一列", {"header": header}))
            continue
        if field not in IMPORT_FIELDS and field != "":
            errors.append(
                FieldError(
                    "map",
                    "没有“{field}”这个字段，可用：{fields}",
                    {"field": field, "fields": "、".join(IMPORT_FIELDS)},
                )
            )
            continue
        index = clean.index(header)
        mapping = {i: f for i, f in mapping.items() if f != field and i != index}
        if field:
            mapping[index] = field
    missing = [IMPORT_FIELDS[f][0] for f in REQUIRED_FIELDS if f not in mapping.values()]
    if missing:
        errors.append(
            FieldError(
                "map",
                "找不到这些必需的列：{missing}（用 列名=字段 指定）",
                {"missing": "、".join(missing)},
            )
        )
    if errors:
        raise ValidationError(errors)
    return mapping


def parse_date_cell(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.match(str(value or "").strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def row_to_draft(
    values: Mapping[str, object], row: int, today: date
) -> tuple[CaseDraft | None, list[RowProblem]]:
    """One spreadsheet row as a validated draft, or every reason it is not one."""
    problems: list[RowProblem] = []
    received = parse_date_cell(values.get("received_on"))
    if received is None:
        problems.append(
            RowProblem(
                row, f"收到日期“{_text(values.get('received_on'))}”看不懂，请写成 2026-11-02"
            )
        )
        received = today
    channel_text = _text(values.get("channel")) or "来信"
    channel = CHANNEL_WORDS.get(channel_text)
    if channel is None:
        problems.append(
            RowProblem(
                row, f"渠道“{channel_text}”不认识，可用：来信、来访、来电、网络、传真、上级转办"
            )
        )
        channel = Channel.LETTER
    raw_count = values.get("people_count")
    count = 1
    if _text(raw_count):
        try:
            count = int(float(_text(raw_count)))
        except ValueError:
            problems.append(RowProblem(row, f"人数“{_text(raw_count)}”不是数字"))
    names = [n for n in re.split(r"[、，,;；\s]+", _text(values.get("petitioner"))) if n]
    phone, id_number, address = (_text(values.get(k)) for k in ("phone", "id_number", "address"))
    petitioners = tuple(
        PetitionerDraft(
            name, phone if i == 0 else "", id_number if i == 0 else "", address if i == 0 else ""
        )
        for i, name in enumerate(names or [""])
    )
    draft = CaseDraft(
        channel=channel.value,
        received_on=received,
        petitioners=petitioners,
        request=_text(values.get("request")),
        facts=_text(values.get("facts")),
        category=_text(values.get("category")),
        area=_text(values.get("area")),
        handling_office=_text(values.get("handling_office")),
        referring_body=_text(values.get("referring_body")),
        referring_ref=_text(values.get("referring_ref")),
        accused=_text(values.get("accused")),
        remarks=_text(values.get("remarks")),
        people_count=max(count, len(names) or 1),
    )
    try:
        cleaned = validate_case(draft, today)
    except ValidationError as exc:
        problems.extend(RowProblem(row, error.message) for error in exc.errors)
        return None, problems
    return (None if problems else cleaned), problems
