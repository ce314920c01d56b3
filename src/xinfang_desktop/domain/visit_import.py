"""Importing an old 来访登记表: which column holds which field, and each row as a visit draft
or the reasons it cannot be one. The same headings idea and strict values as the case ledger;
all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time

from .errors import ValidationError
from .import_columns import (
    FieldSpec,
    RowProblem,
    cell_text,
    describe_mapping,
    read_count,
    read_date,
    read_text,
)
from .import_columns import resolve_mapping as _resolve
from .visits import VisitDraft, validate_visit

VISIT_FIELDS: dict[str, FieldSpec] = {
    "arrived_on": FieldSpec("来访日期", ("来访日期", "日期", "登记日期", "来访时间", "时间")),
    "arrived_time": FieldSpec("到达时间", ("到达时间", "进校时间", "来时", "进入时间")),
    "left_time": FieldSpec("离开时间", ("离开时间", "离校时间", "去时", "离开")),
    "name": FieldSpec("姓名", ("姓名", "来访人", "来访人姓名", "来访者", "访客", "访客姓名")),
    "gender": FieldSpec("性别", ("性别",)),
    "phone": FieldSpec("联系电话", ("联系电话", "电话", "手机", "联系方式", "手机号码")),
    "id_number": FieldSpec("身份证号", ("身份证号", "身份证号码", "证件号码", "身份证")),
    "people_count": FieldSpec("人数", ("人数", "来访人数", "人次")),
    "unit_address": FieldSpec(
        "单位/住址", ("单位/住址", "单位或住址", "工作单位", "单位", "住址", "地址", "家庭住址")
    ),
    "reason": FieldSpec(
        "来访事由",
        ("来访事由", "事由", "来访目的", "来意", "反映问题", "来访内容", "内容", "诉求"),
    ),
    "category": FieldSpec("类别", ("类别", "问题类别", "分类")),
    "host": FieldSpec("被访人", ("被访人", "被访部门", "接待部门", "找谁", "拜访对象", "接待对象")),
    "receptionist": FieldSpec("接待人", ("接待人", "登记人", "值班人", "门卫")),
    "vehicle_plate": FieldSpec("车牌号", ("车牌号", "车牌", "车号")),
    "outcome": FieldSpec("处理结果", ("处理结果", "处理情况", "接待结果", "办理结果")),
    "remarks": FieldSpec("备注", ("备注", "说明")),
}
REQUIRED_FIELDS = ("arrived_on", "name", "reason")
_GENDERS = {"男": "男", "女": "女", "": ""}


def resolve_mapping(
    headers: Sequence[object], overrides: Mapping[str, str] | None = None
) -> dict[int, str]:
    return _resolve(VISIT_FIELDS, REQUIRED_FIELDS, headers, overrides)


def describe_columns(headers: Sequence[object], mapping: Mapping[int, str]):
    return describe_mapping(VISIT_FIELDS, headers, mapping)


def read_time(value: object, label: str) -> tuple[time | None, str | None]:
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0), None
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0), None
    if isinstance(value, float) and 0 <= value < 1:  # Excel stores a time as a day fraction
        minutes = round(value * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60), None
    text = cell_text(value).replace("：", ":")
    if not text:
        return None, None
    parts = text.split(":")
    try:
        hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
        return time(hour, minute), None
    except (ValueError, IndexError):
        return None, f"{label}“{cell_text(value)}”看不懂，请写成 08:30"


def plan_rows(
    rows: Sequence[tuple[int, Sequence[object]]],
    mapping: Mapping[int, str],
    now: datetime,
    *,
    check_cancelled: Callable[[], None] | None = None,
) -> tuple[list[tuple[int, VisitDraft]], list[RowProblem]]:
    drafts: list[tuple[int, VisitDraft]] = []
    problems: list[RowProblem] = []
    for position, (number, cells) in enumerate(rows):
        if check_cancelled is not None and position % 256 == 0:
            check_cancelled()
        values = {field: cells[i] if i < len(cells) else None for i, field in mapping.items()}
        draft, row_problems = row_to_visit(values, number, now)
        problems.extend(row_problems)
        if draft is not None:
            drafts.append((number, draft))
    return drafts, problems


def row_to_visit(
    values: Mapping[str, object], row: int, now: datetime
) -> tuple[VisitDraft | None, list[RowProblem]]:
    reasons: list[str] = []

    def text(field: str) -> str:
        value, problem = read_text(values.get(field), VISIT_FIELDS[field].label)
        if problem:
            reasons.append(problem)
        return value

    raw_day = values.get("arrived_on")
    day, problem = read_date(raw_day, "来访日期")
    if problem:
        reasons.append(problem)
    elif day is None:
        reasons.append("请填写来访日期")
    arrived_time = raw_day.time() if isinstance(raw_day, datetime) else None
    given_time, problem = read_time(values.get("arrived_time"), "到达时间")
    if problem:
        reasons.append(problem)
    left_time, problem = read_time(values.get("left_time"), "离开时间")
    if problem:
        reasons.append(problem)
    count, problem = read_count(values.get("people_count"))
    if problem:
        reasons.append(problem)
    for field, label, example in (("id_number", "身份证号", "3708**********7550"),
                                  ("phone", "联系电话", "138****8000")):  # fmt: skip
        if "*" in text(field):
            # An export masks the middle digits; importing them would store a wrong number.
            reasons.append(
                f"{label}是打码的（如 {example}），无法导入：请用原始登记表，或把这一列设为不导入"
            )
    gender = text("gender")
    if gender not in _GENDERS:
        reasons.append(f"性别“{gender}”应为 男 或 女")
    arrived = datetime.combine(day or date(2000, 1, 1), given_time or arrived_time or time(0, 0))
    left = datetime.combine(arrived.date(), left_time) if left_time else None
    if left is not None and left < arrived:
        reasons.append(f"离开时间 {left_time:%H:%M} 早于到达时间 {arrived:%H:%M}")
    draft = VisitDraft(
        arrived_at=arrived,
        name=text("name"),
        reason=text("reason"),
        gender=_GENDERS.get(gender, ""),
        # A masked number is refused above; it is not checked again as a wrong one.
        phone="" if "*" in text("phone") else text("phone"),
        id_number="" if "*" in text("id_number") else text("id_number"),
        people_count=count or 1,
        unit_address=text("unit_address"),
        category=text("category"),
        host=text("host"),
        receptionist=text("receptionist"),
        vehicle_plate=text("vehicle_plate"),
        outcome=text("outcome"),
        remarks=text("remarks"),
        left_at=left if not reasons else None,
    )
    problems = [RowProblem(row, reason) for reason in reasons]
    try:
        cleaned = validate_visit(draft, now)
    except ValidationError as exc:
        skip = {"arrived_at"} if day is None else set()
        problems.extend(RowProblem(row, e.message) for e in exc.errors if e.field not in skip)
        return None, problems
    return (None, problems) if problems else (cleaned, [])
