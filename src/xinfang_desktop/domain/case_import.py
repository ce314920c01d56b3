"""Importing an existing Excel ledger of cases: which column holds which field (a mapping the
user can correct), and turning each row into a case with its history — or the reasons it
cannot be one.

A ledger keeps years of finished work: its 办理状态, 受理/答复/办结 dates, replies and 重信重访
marks come in too, so closed cases stay closed on their own dates and repeats stay repeats.
The import is all or nothing: a dry run lists every bad row; the commit happens only when
none is left."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .case_flow import CaseState
from .cases import CaseDraft, Channel, PetitionerDraft, validate_case
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
from .import_columns import (
    resolve_mapping as _resolve,
)

__all__ = ["IMPORT_FIELDS", "ImportedCase", "RowProblem", "plan_rows", "resolve_mapping"]

IMPORT_FIELDS: dict[str, FieldSpec] = {
    "received_on": FieldSpec(
        "收到日期",
        (
            "收到日期",
            "登记日期",
            "来信日期",
            "来访日期",
            "日期",
            "来信来访日期",
            "信访日期",
            "登记时间",
            "时间",
        ),
    ),
    "channel": FieldSpec("渠道", ("渠道", "来源", "方式", "信访形式", "信访方式", "信访渠道")),
    "petitioner": FieldSpec(
        "信访人",
        ("信访人", "姓名", "来信人", "来访人", "当事人", "反映人", "信访人姓名", "来访人姓名"),
    ),
    "phone": FieldSpec("联系电话", ("联系电话", "电话", "手机", "联系方式", "手机号码")),
    "id_number": FieldSpec("身份证号", ("身份证号", "身份证号码", "证件号码", "身份证")),
    "address": FieldSpec("住址", ("住址", "地址", "单位/住址", "家庭住址", "单位或住址")),
    "people_count": FieldSpec("人数", ("人数", "人次", "来访人数")),
    "request": FieldSpec(
        "信访请求",
        (
            "信访请求",
            "内容摘要",
            "反映问题",
            "主要诉求",
            "信访内容",
            "问题摘要",
            "来信来访内容",
            "诉求",
            "信访事项",
            "主要内容",
            "反映内容",
            "信访事由",
            "事由",
            "内容",
        ),
    ),
    "facts": FieldSpec("事实", ("事实", "事实和理由", "事实与理由")),
    "category": FieldSpec("类别", ("类别", "问题类别", "分类", "问题分类", "信访类别")),
    "area": FieldSpec("所属地区", ("所属地区", "地区", "村居", "区域")),
    "handling_office": FieldSpec(
        "承办部门", ("承办部门", "承办单位", "责任单位", "办理单位", "责任部门", "承办科室")
    ),
    "referring_body": FieldSpec("转办机关", ("转办机关", "交办单位", "转办单位")),
    "referring_ref": FieldSpec("转办文号", ("转办文号", "文号")),
    "accused": FieldSpec("被反映人", ("被反映人", "被反映对象")),
    "status": FieldSpec("办理状态", ("办理状态", "状态", "处理状态", "办结情况", "是否办结")),
    "accepted_on": FieldSpec("受理日期", ("受理日期", "受理时间")),
    "replied_on": FieldSpec("答复日期", ("答复日期", "答复时间", "回复日期")),
    "closed_on": FieldSpec("办结日期", ("办结日期", "办结时间", "结案日期")),
    "reply": FieldSpec(
        "答复意见",
        (
            "答复意见",
            "办理结果",
            "处理结果",
            "处理情况",
            "办理情况",
            "答复内容",
            "处理意见",
            # the heading of this program's own 台账 export
            "办理结果/答复意见",
            "答复意见/办理结果",
        ),
    ),
    "deadline": FieldSpec("期限", ("期限", "办理期限", "办结期限", "答复期限")),
    "repeat": FieldSpec("重信重访", ("重信重访", "是否重信重访", "重复信访", "是否重复")),
    "original_number": FieldSpec("原编号", ("原编号", "编号", "序号", "案件编号", "登记编号")),
    "remarks": FieldSpec("备注", ("备注", "说明")),
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
S = CaseState
# The words ledgers write in 办理状态, and the state each one means.
STATUS_WORDS: dict[str, CaseState] = {
    **dict.fromkeys(
        (
            "已办结",
            "办结",
            "已结",
            "结案",
            "已结案",
            "办毕",
            "已办毕",
            "已处理",
            "处理完毕",
            "已解决",
            "已化解",
            "完结",
            "已完结",
            "已办理",
        ),
        S.CLOSED,
    ),
    **dict.fromkeys(("归档", "已归档", "存档", "已存档"), S.ARCHIVED),
    **dict.fromkeys(("已答复", "答复", "已回复", "已反馈"), S.REPLIED),
    **dict.fromkeys(
        (
            "办理中",
            "在办",
            "正在办理",
            "已受理",
            "受理",
            "处理中",
            "调查中",
            "未办结",
            "办理",
            "正在处理",
        ),
        S.ACCEPTED,
    ),
    **dict.fromkeys(("交办", "已交办"), S.ASSIGNED),
    **dict.fromkeys(("不予受理", "不受理"), S.REJECTED),
    **dict.fromkeys(("转送", "已转", "已转送", "转办", "已转办", "转交", "已转交"), S.REFERRED),
    **dict.fromkeys(("已登记", "登记", "待受理", "待处理", "未受理", "未处理"), S.REGISTERED),
}
_CLOSED_STATES = frozenset({S.CLOSED, S.ARCHIVED})
_ACCEPTED_STATES = frozenset({S.ACCEPTED, S.ASSIGNED, S.REPLIED, S.CLOSED, S.ARCHIVED})
_YES = frozenset({"是", "Y", "y", "YES", "yes", "√", "1", "重复", "重信", "重访", "重信重访"})
_NO = frozenset({"否", "N", "n", "NO", "no", "×", "0", "无", "初信初访", "首次", ""})
UNKNOWN_CLOSED_DATE = "办结日期不详"


@dataclass(frozen=True)
class ImportedCase:
    """One ledger row: the case record, where it stood, and the row as it was written."""

    row: int
    draft: CaseDraft
    state: CaseState
    status_text: str = ""
    accepted_on: date | None = None
    accepted_assumed: bool = False  # no 受理日期: the handling clock starts at registration
    replied_on: date | None = None
    closed_on: date | None = None
    reply: str = ""
    deadline_text: str = ""
    repeat: bool = False
    repeat_of_number: str = ""  # the earlier case's number the ledger wrote, if any
    original_number: str = ""
    row_text: str = ""

    @property
    def closed_date_unknown(self) -> bool:
        return self.state in _CLOSED_STATES and self.closed_on is None

    def import_details(self) -> dict[str, Any]:
        """The 导入 step: the state and dates replay needs, and the original row's text."""
        details: dict[str, Any] = {"row": self.row_text, "state": self.state.value}
        if self.status_text:
            details["status"] = self.status_text
        for key in ("accepted_on", "replied_on", "closed_on"):
            day = getattr(self, key)
            if day is not None:
                details[key] = day.isoformat()
        if self.accepted_assumed:
            details["note"] = "台账未写受理日期，按收到日期起算"
        if self.closed_date_unknown:
            details["closed_date_unknown"] = UNKNOWN_CLOSED_DATE
        if self.reply:
            details["reply"] = self.reply
        if self.deadline_text:
            details["deadline"] = self.deadline_text
        if self.repeat_of_number:
            details["repeat_of"] = self.repeat_of_number
        return details


def resolve_mapping(
    headers: Sequence[object], overrides: Mapping[str, str] | None = None
) -> dict[int, str]:
    return _resolve(IMPORT_FIELDS, REQUIRED_FIELDS, headers, overrides)


def describe_columns(headers: Sequence[object], mapping: Mapping[int, str]):
    return describe_mapping(IMPORT_FIELDS, headers, mapping)


def plan_rows(
    headers: Sequence[object],
    rows: Sequence[tuple[int, Sequence[object]]],
    mapping: Mapping[int, str],
    today: date,
    *,
    check_cancelled: Callable[[], None] | None = None,
) -> tuple[list[ImportedCase], list[RowProblem]]:
    """Every row checked; the good ones as cases, every problem of the bad ones listed."""
    cases: list[ImportedCase] = []
    problems: list[RowProblem] = []
    numbers: dict[str, int] = {}
    for position, (number, cells) in enumerate(rows):
        if check_cancelled is not None and position % 256 == 0:
            check_cancelled()
        values = {field: cells[i] if i < len(cells) else None for i, field in mapping.items()}
        row_text = "；".join(
            f"{_heading(headers, i)}：{cell_text(v)}" for i, v in enumerate(cells) if cell_text(v)
        )
        imported, row_problems = row_to_case(values, number, today, row_text)
        if imported is not None and imported.original_number:
            first = numbers.setdefault(imported.original_number, number)
            if first != number:
                row_problems.append(
                    RowProblem(
                        number,
                        f"原编号“{imported.original_number}”与第 {first} 行重复",
                    )
                )
                imported = None
        problems.extend(row_problems)
        if imported is not None:
            cases.append(imported)
    return cases, problems


def _heading(headers: Sequence[object], index: int) -> str:
    heading = cell_text(headers[index]) if index < len(headers) else ""
    return heading or f"第{index + 1}列"


def row_to_case(
    values: Mapping[str, object], row: int, today: date, row_text: str = ""
) -> tuple[ImportedCase | None, list[RowProblem]]:
    """One spreadsheet row as a validated case, or every reason it is not one."""
    reasons: list[str] = []

    def text(field: str) -> str:
        value, problem = read_text(values.get(field), IMPORT_FIELDS[field].label)
        if problem:
            reasons.append(problem)
        return value

    def day(field: str) -> date | None:
        label = IMPORT_FIELDS[field].label
        value, problem = read_date(values.get(field), label)
        if problem:
            reasons.append(problem)
        elif value is not None and value > today:
            reasons.append(f"{label} {value.isoformat()} 晚于今天")
            return None
        return value

    received = day("received_on")
    if received is None and not any(r.startswith("收到日期") for r in reasons):
        reasons.append("请填写收到日期")
    channel_text = text("channel") or "来信"
    channel = CHANNEL_WORDS.get(channel_text)
    if channel is None:
        reasons.append(f"渠道“{channel_text}”不认识，可用：来信、来访、来电、网络、传真、上级转办")
        channel = Channel.LETTER
    count, problem = read_count(values.get("people_count"))
    if problem:
        reasons.append(problem)
    names = [n for n in re.split(r"[、，,;；\s]+", text("petitioner")) if n]
    phone, id_number, address = (text(k) for k in ("phone", "id_number", "address"))
    petitioners = tuple(
        PetitionerDraft(
            name, phone if i == 0 else "", id_number if i == 0 else "", address if i == 0 else ""
        )
        for i, name in enumerate(names or [""])
    )
    if count is not None and names and count < len(names):
        reasons.append(f"人数 {count} 少于信访人 {len(names)} 位")
    original_number = text("original_number")
    remarks = text("remarks")
    draft = CaseDraft(
        channel=channel.value,
        received_on=received or today,
        petitioners=petitioners,
        request=text("request"),
        facts=text("facts"),
        category=text("category"),
        area=text("area"),
        handling_office=text("handling_office"),
        referring_body=text("referring_body"),
        referring_ref=text("referring_ref"),
        accused=text("accused"),
        remarks="；".join(
            p for p in (remarks, f"原编号：{original_number}" if original_number else "") if p
        ),
        people_count=count or max(1, len(names)),
    )
    history = _history(values, text, day, received, reasons)
    repeat, repeat_of = _repeat(values.get("repeat"), reasons)
    problems = [RowProblem(row, reason) for reason in reasons]
    try:
        cleaned = validate_case(draft, today)
    except ValidationError as exc:
        problems.extend(
            RowProblem(row, error.message)
            for error in exc.errors
            if not (error.field == "received_on" and received is None)
        )
        return None, problems
    if problems:
        return None, problems
    return (
        ImportedCase(
            row=row,
            draft=cleaned,
            repeat=repeat,
            repeat_of_number=repeat_of,
            original_number=original_number,
            row_text=row_text,
            **history,
        ),
        [],
    )


def _history(values, text, day, received: date | None, reasons: list[str]) -> dict[str, Any]:
    status_text = "".join(text("status").split())
    accepted_on, replied_on, closed_on = day("accepted_on"), day("replied_on"), day("closed_on")
    if status_text:
        state = STATUS_WORDS.get(status_text)
        if state is None:
            reasons.append(
                f"办理状态“{status_text}”不认识，可用：已办结、已答复、办理中、已受理、交办、"
                "不予受理、转送、归档、待受理 等"
            )
            state = S.REGISTERED
    elif closed_on is not None:
        state = S.CLOSED
    else:
        state = S.REGISTERED
    if closed_on is not None and state not in _CLOSED_STATES:
        reasons.append(f"办理状态是“{status_text}”，却填了办结日期 {closed_on.isoformat()}")
    if replied_on is not None and state not in {S.REPLIED, *_CLOSED_STATES}:
        reasons.append(
            f"办理状态是“{status_text or '未填'}”，却填了答复日期 {replied_on.isoformat()}"
        )
    if accepted_on is not None and state in {S.REGISTERED, S.REJECTED, S.REFERRED}:
        reasons.append(
            f"办理状态是“{status_text or '未填'}”，却填了受理日期 {accepted_on.isoformat()}"
        )
    if received is not None:
        for label, later in (
            ("受理日期", accepted_on),
            ("答复日期", replied_on),
            ("办结日期", closed_on),
        ):
            if later is not None and later < received:
                reasons.append(f"{label} {later.isoformat()} 早于收到日期 {received.isoformat()}")
    if accepted_on is not None:
        for label, later in (("答复日期", replied_on), ("办结日期", closed_on)):
            if later is not None and later < accepted_on:
                reasons.append(
                    f"{label} {later.isoformat()} 早于受理日期 {accepted_on.isoformat()}"
                )
    if replied_on is not None and closed_on is not None and closed_on < replied_on:
        reasons.append(f"办结日期 {closed_on.isoformat()} 早于答复日期 {replied_on.isoformat()}")
    assumed = state in _ACCEPTED_STATES and accepted_on is None
    deadline_value = values.get("deadline")
    return {
        "state": state,
        "status_text": status_text,
        "accepted_on": accepted_on if accepted_on or not assumed else received,
        "accepted_assumed": assumed,
        "replied_on": replied_on,
        "closed_on": closed_on,
        "reply": text("reply"),
        "deadline_text": cell_text(deadline_value),
    }


def _repeat(value: object, reasons: list[str]) -> tuple[bool, str]:
    """重信重访: 是/否, or the earlier case's number (which is a repeat too)."""
    text, problem = read_text(value, "重信重访")
    if problem:
        reasons.append(problem)
        return False, ""
    if text in _YES:
        return True, ""
    if text in _NO:
        return False, ""
    if any(ch.isdigit() for ch in text):
        return True, text
    reasons.append(f"重信重访“{text}”看不懂，可写 是、否 或前案编号")
    return False, ""
