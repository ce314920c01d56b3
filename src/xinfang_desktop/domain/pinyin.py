"""Pinyin initials so gate staff can type "zs" to find 张三."""

from __future__ import annotations

from functools import lru_cache
from itertools import product

# Polyphonic characters multiply the variants; a name rarely has more than two such characters.
_MAX_VARIANTS = 8

# Surnames read differently from the character's everyday reading (曾 is zēng as a surname).
_SURNAME_INITIALS = {
    "曾": "z",
    "单": "s",
    "解": "x",
    "仇": "q",
    "朴": "p",
    "查": "z",
    "区": "o",
    "盖": "g",
    "乐": "y",
    "尉": "y",
    "缪": "m",
    "翟": "z",
    "柏": "b",
    "覃": "q",
    "秘": "b",
    "召": "s",
    "繁": "p",
    "员": "y",
    "句": "g",
    "折": "s",
    "种": "c",
    "万俟": "mq",
    "尉迟": "yc",
}


@lru_cache(maxsize=1)
def _pypinyin():
    # Imported on first use: pypinyin loads its dictionaries at import, which start-up can skip.
    import pypinyin

    return pypinyin


def _char_letters(ch: str, heteronym: bool) -> list[str]:
    if ch.isascii():
        return [ch.lower()] if ch.isalnum() else []
    pp = _pypinyin()
    readings = pp.pinyin(ch, style=pp.Style.FIRST_LETTER, heteronym=heteronym, errors="ignore")
    if not readings:
        return []
    return sorted({r[0].lower() for r in readings[0] if r and r[0].isalpha()})


def _surname(name: str) -> tuple[str, str] | None:
    for length in (2, 1):
        initials = _SURNAME_INITIALS.get(name[:length])
        if initials:
            return name[:length], initials
    return None


def name_initials(name: str) -> str:
    """The usual reading's initials: 张三 → "zs", 曾国藩 → "zgf"; Latin letters are kept."""
    name = name.strip()
    if not name:
        return ""
    head = ""
    surname = _surname(name)
    if surname:
        head, name = surname[1], name[len(surname[0]) :]
    pp = _pypinyin()
    # Whole-name conversion lets pypinyin's phrase table pick readings from context.
    readings = pp.pinyin(name, style=pp.Style.FIRST_LETTER, errors=lambda s: list(s))
    letters = [r[0][0].lower() for r in readings if r and r[0] and r[0][0].isalnum()]
    return head + "".join(letters)


def initials_variants(name: str) -> list[str]:
    """Every initials spelling of a name, the usual one first (单 → "s", "d", "c"), capped."""
    primary = name_initials(name)
    variants = [primary] if primary else []
    per_char = [options for options in (_char_letters(ch, True) for ch in name.strip()) if options]
    for combo in product(*per_char):
        spelled = "".join(combo)
        if spelled not in variants:
            variants.append(spelled)
        if len(variants) >= _MAX_VARIANTS:
            break
    return variants


def looks_like_initials(query: str) -> bool:
    """A query of Latin letters only is read as pinyin initials ("zs", "wxm")."""
    return query.isascii() and query.isalpha()
