"""The one CJK paragraph helper: 禁则, whole tokens, literal markup, glyph fallback."""

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from xinfang_desktop.reports.cjk_text import (
    NO_LINE_END,
    NO_LINE_START,
    CjkLineBreaker,
    cjk_paragraph,
)
from xinfang_desktop.reports.fonts import register_cjk_font, register_serif_font

FONT = register_cjk_font()
SIZE = 10
BREAKER = CjkLineBreaker(FONT, SIZE)
ISSUE_NO_START = "，。、；：？！）》」』”"
ISSUE_NO_END = "（《「『“"


def _width(chars: int) -> float:
    return chars * SIZE + 0.5


def test_the_issue_s_marks_are_all_covered():
    assert set(ISSUE_NO_START) <= NO_LINE_START
    assert set(ISSUE_NO_END) <= NO_LINE_END


# Text as people write it: words of one to four characters, a mark before or after some.
_WORD = st.tuples(
    st.sampled_from(["", *ISSUE_NO_END]),
    st.text(alphabet="信访事项学校老师家长反映问题", min_size=1, max_size=4),
    st.sampled_from(["", "", *ISSUE_NO_START]),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, max_size=25).map("".join), st.integers(min_value=4, max_value=20))
def test_no_line_starts_or_ends_with_a_forbidden_mark(text, chars):
    lines = BREAKER.lines(text, _width(chars))
    assert "".join(lines) == text.strip()
    for line in lines[1:]:
        # A line made only of marks cannot be helped; any other never starts with one.
        if line.strip(ISSUE_NO_START):
            assert line[0] not in ISSUE_NO_START, lines
    for line in lines[:-1]:
        if line.strip(ISSUE_NO_END):
            assert line[-1] not in ISSUE_NO_END, lines


def test_tokens_are_never_split():
    tokens = [
        "2026年11月29日",
        "邹中小信受〔2026〕12号",
        "3401**********1234",
        "浙A12345",
        "13800138000",
    ]
    for token in tokens:
        for pad in range(0, 14):
            text = "信" * pad + token + "访问题"
            lines = BREAKER.lines(text, _width(16))
            assert any(token in line for line in lines), (token, pad, lines)


def test_names_asked_to_be_kept_stay_whole():
    name = "欧阳娜娜"
    for pad in range(0, 12):
        text = "信" * pad + f"{name}反映的问题已经收悉"
        lines = BREAKER.lines(text, _width(12), keep=(name,))
        assert any(name in line for line in lines), lines


def test_first_line_indent_leaves_room():
    lines = BREAKER.lines("信" * 30, _width(10), first_indent=2 * SIZE)
    assert [len(line) for line in lines] == [8, 10, 10, 2]


def _pdf(*flowables) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=FONT).build(list(flowables))
    return buffer.getvalue()


def test_markup_like_text_prints_literally_and_rare_characters_print():
    serif = register_serif_font()
    style = ParagraphStyle("t", fontName=serif, fontSize=12, leading=18)
    pdf = _pdf(cjk_paragraph("A&B <x> </para> 张堃反映", style))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text().replace(" ", "")
    assert "A&B<x></para>" in text
    assert "张堃反映" in text  # 堃 is outside GB 2312: it falls back to the sans face


def test_a_long_paragraph_splits_across_pages():
    style = ParagraphStyle("t", fontName=FONT, fontSize=12, leading=18)
    pdf = _pdf(cjk_paragraph("长" * 6000, style))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 3
    assert "".join(p.extract_text() for p in reader.pages).count("长") == 6000


def test_the_pc_s_own_fangsong_comes_before_the_bundled_song(tmp_path, monkeypatch):
    from xinfang_desktop.reports import fonts

    nested = tmp_path / "truetype" / "windows"
    nested.mkdir(parents=True)
    (nested / "simsun.ttc").write_bytes(b"")
    (tmp_path / "simfang.ttf").write_bytes(b"")
    monkeypatch.setattr(fonts, "system_font_folders", lambda: [tmp_path])
    assert [path.name for path, _ in fonts.system_serif_candidates()] == [
        "simfang.ttf",
        "simsun.ttc",
    ]


def test_the_bundled_serif_has_its_licence_beside_it():
    from importlib.resources import files

    folder = files("xinfang_desktop.resources") / "fonts"
    licence = (folder / "ARPHICPL.TXT").read_text(encoding="utf-8")
    assert "ARPHIC PUBLIC LICENSE" in licence
    assert (folder / "gbsn00lp.ttf").is_file()
