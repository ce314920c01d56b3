"""How a search box query is read: what kind of thing the gate staff typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

# The trigram index finds substrings of 3 or more characters; shorter queries use the
# prefix indexes on name, pinyin initials and phone instead.
MIN_SUBSTRING_LENGTH = 3
MAX_QUERY_LENGTH = 100


class QueryKind(Enum):
    EMPTY = "empty"
    PREFIX = "prefix"  # 1–2 characters: name, initials or phone starting with it
    SUBSTRING = "substring"  # 3+ characters anywhere in the visit's text


@dataclass(frozen=True)
class VisitQuery:
    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    category: str | None = None
    include_voided: bool = False
    on_site_only: bool = False

    @property
    def normalized(self) -> str:
        return " ".join(self.text.split()).lower()[:MAX_QUERY_LENGTH]

    @property
    def kind(self) -> QueryKind:
        text = self.normalized
        if not text:
            return QueryKind.EMPTY
        if len(text) < MIN_SUBSTRING_LENGTH:
            return QueryKind.PREFIX
        return QueryKind.SUBSTRING


# A Latin letter, digit or line break between Chinese characters becomes this token, so two
# characters are adjacent in the index only when they are adjacent in the text.
_GAP_TOKEN = "_"


def character_tokens(text: str | None) -> str:
    """The text as space-separated single Chinese characters for the per-character index.

    Two-character words (午餐, 食堂, 量子) are shorter than a trigram; searching them as an
    adjacent pair of single characters keeps them indexed.
    """
    if not text:
        return ""
    tokens: list[str] = []
    for ch in text:
        if ch.isascii() or ch.isspace():
            if tokens and tokens[-1] != _GAP_TOKEN:
                tokens.append(_GAP_TOKEN)
        elif ch.isalnum():
            tokens.append(ch)
        elif tokens and tokens[-1] != _GAP_TOKEN:
            tokens.append(_GAP_TOKEN)  # Chinese punctuation separates words as well
    return " ".join(tokens)


def uses_character_index(text: str) -> bool:
    """Two Chinese characters (午餐): searched through the per-character index."""
    return len(text) == 2 and all(not ch.isascii() and ch.isalnum() for ch in text)


def is_short_substring(text: str) -> bool:
    """Two characters with a Chinese one (午餐, 鲁d): found anywhere, not only at the start."""
    return len(text) == 2 and not text.isascii()
