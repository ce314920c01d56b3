"""The order Chinese rosters use: by rank (职务), then by the surname's stroke count (姓氏笔画);
and natural order for names numbered in Chinese (一年级组 … 六年级组, 初一 … 初三).

Stroke counts: Python's ``unicodedata`` has none and pypinyin gives readings, not strokes, so the
common surnames' total strokes (规范汉字, simplified forms) are kept here, grouped by count. They
cover the surnames of nearly all staff; a surname not in the table sorts after every known one
(by its character), which a roster's reader notices and the table can then be extended.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .errors import FieldError, ValidationError
from .text import clean_text

# The unit can change this list in 设置; a post is ranked by the longest entry it ends with, so
# "教导处副主任" ranks as 副主任 and "办公室主任" as 主任.
DEFAULT_POST_ORDER: tuple[str, ...] = (
    "校长",
    "党支部书记",
    "书记",
    "副校长",
    "副书记",
    "工会主席",
    "校长助理",
    "主任",
    "副主任",
    "组长",
    "副组长",
    "教师",
    "职员",
)

_SURNAMES_BY_STROKES: dict[int, str] = {
    2: "丁卜刁",
    3: "于万马卫习干弓",
    4: "王毛孔尹方文邓韦仇牛尤车巴支戈公区计贝水",
    5: "石叶白冯卢田史龙付甘包左艾申司兰宁皮边古冉乐丛占平玉台",
    6: "刘朱江许孙任汤华向庄吕关齐闫安祁伍池毕乔纪成邢阮米曲吉权伊年农师牟邬危全",
    7: "李吴何宋沈杜苏杨张陈邱汪严余谷肖邵岑时冷辛花连应劳麦闵陆邹佘巫芦利来束吾迟邸邰况",
    8: "周林罗郑金孟武易庞范尚季宗屈岳苗欧房官郎卓单明杭郁竺苟和经练国茅幸",
    9: "赵胡钟姜段侯施姚俞洪贺柳祝封查柯费宣荆饶骆郝娄秋项宫闻祖钮胥咸战",
    10: "郭高徐袁夏钱秦顾倪殷聂耿莫贾桂翁唐凌谈柴党晏陶原姬晋浦诸索容席涂",
    11: "黄梁曹萧崔常康梅盛章麻符阎龚戚商鹿隋屠寇扈宿隆盘尉谌",
    12: "彭董程曾谢韩蒋傅温焦童舒葛覃鲁游喻景惠粟储强越辜",
    13: "雷詹鲍赖靳虞解路蒲简窦褚甄楚廉裘鄢",
    14: "蔡廖谭熊管翟裴缪臧蔺赫慕蔚阚",
    15: "潘黎樊颜滕墨",
    16: "薛霍穆燕冀薄",
    17: "戴魏鞠",
    18: "瞿",
}
SURNAME_STROKES: dict[str, int] = {
    char: strokes for strokes, chars in _SURNAMES_BY_STROKES.items() for char in chars
}
# Two-character surnames; each sorts by its first character's strokes.
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "上官", "司马", "诸葛", "尉迟", "公孙", "皇甫", "令狐", "夏侯", "慕容",
        "东方", "端木", "长孙", "宇文", "司徒", "西门", "独孤", "南宫", "万俟", "闻人",
    }
)  # fmt: skip
_UNKNOWN_STROKES = 99


def surname_of(name: str) -> str:
    name = name.strip()
    return name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]


def surname_strokes(name: str) -> int | None:
    """Total strokes of the surname (its first character for 欧阳 and the like), or None."""
    surname = surname_of(name)
    return SURNAME_STROKES.get(surname[:1]) if surname else None


def name_sort_key(name: str) -> tuple:
    """姓氏笔画 order: fewer strokes first; one surname's people together; then the name."""
    strokes = surname_strokes(name)
    return (_UNKNOWN_STROKES if strokes is None else strokes, surname_of(name), name.strip())


_BRACKETS = re.compile(r"[（(][^）)]*[）)]")


def post_rank(post: str, order: Sequence[str] = DEFAULT_POST_ORDER) -> int:
    """The position of ``post`` in ``order``: exact match, else the longest entry it ends with
    (a note in brackets, as in "副校长（主持工作）", is ignored); unranked posts come last."""
    post = _BRACKETS.sub("", post).strip()
    if not post:
        return len(order) + 1
    best: tuple[int, int] | None = None  # (length of the entry, its position)
    for position, entry in enumerate(order):
        entry = entry.strip()
        if not entry:
            continue
        if post == entry:
            return position
        if post.endswith(entry) and (best is None or len(entry) > best[0]):
            best = (len(entry), position)
    return best[1] if best else len(order)


def person_sort_key(post: str, name: str, order: Sequence[str] = DEFAULT_POST_ORDER) -> tuple:
    """Roster order: rank by 职务, then 姓氏笔画."""
    return (post_rank(post, order), *name_sort_key(name))


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}  # fmt: skip
_NUMBER = re.compile(r"[0-9]+|[零〇一二两三四五六七八九十百]+")


def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105, 二〇二六 → 2026, 12 → 12 (``text`` is
    one match of the number pattern)."""
    if text.isdigit():
        return int(text)
    if "十" not in text and "百" not in text:
        value = 0
        for char in text:  # read digit by digit, as in a year
            value = value * 10 + _DIGITS[char]
        return value
    total = current = 0
    for char in text:
        if char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            current = _DIGITS[char]
    return total + current


def natural_sort_key(name: str) -> tuple:
    """Names with numbers (Arabic or Chinese) in numeric order: 一、二 … 十、十一年级组;
    高一(2)班 before 高一(10)班. Text parts compare as text."""
    key: list[tuple[int, int | str]] = []
    position = 0
    for match in _NUMBER.finditer(name):
        if match.start() > position:
            key.append((1, name[position : match.start()]))
        key.append((0, chinese_number(match.group())))
        position = match.end()
    if position < len(name):
        key.append((1, name[position:]))
    return tuple(key)


def group_sort_key(kind: str, name: str, kinds: Sequence[str]) -> tuple:
    """Groups by kind (in the order of ``kinds``: 年级组, 学科组, 科室), then naturally by name."""
    rank = kinds.index(kind) if kind in kinds else len(kinds)
    return (rank, natural_sort_key(name))


POST_ORDER_MAX_ITEMS = 100
POST_MAX_LENGTH = 50


def validate_post_order(items: Sequence[str]) -> tuple[str, ...]:
    """The 职务 order as the unit typed it, one post per line: blank lines dropped; a repeated
    or too long post is an error naming it (nothing is silently changed)."""
    cleaned: list[str] = []
    errors: list[FieldError] = []
    for raw in items:
        item = clean_text(raw)
        if not item:
            continue
        if len(item) > POST_MAX_LENGTH:
            errors.append(
                FieldError(
                    "post_order",
                    "职务“{item}”太长（最多 {max} 个字）",
                    {"item": item[:20], "max": POST_MAX_LENGTH},
                )
            )
        elif item in cleaned:
            errors.append(FieldError("post_order", "职务“{item}”重复了", {"item": item}))
        else:
            cleaned.append(item)
    if len(cleaned) > POST_ORDER_MAX_ITEMS:
        errors.append(FieldError("post_order", "最多 {max} 个职务", {"max": POST_ORDER_MAX_ITEMS}))
    if errors:
        raise ValidationError(errors)
    return tuple(cleaned)
