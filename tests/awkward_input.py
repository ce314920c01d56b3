"""What people (and pasted spreadsheets) type: the strategies every form's fuzz test uses."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

SAMPLES = [
    "𠀀",  # CJK extension B, outside the BMP
    "𠀀𪚥𫠠",
    "👨\u200d👩\u200d👧",
    "😀" * 30,
    "Robert'); DROP TABLE visits;--",
    "' OR 1=1 --",
    '"%_\\',
    "张三\x00",
    "\x1b[31m红\x07",
    "\u202e反向",
    "\u3000\u3000",
    "\r\n\r",
    "字" * 10_000,
    "a" * 10_000,
]

awkward_text = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.sampled_from(SAMPLES),
)

awkward_dates = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from([date(1900, 2, 28), date(2024, 2, 29), date(2099, 12, 31)]),
)

awkward_datetimes = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))
