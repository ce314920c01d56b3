"""The font cache (issue 18): a process that prints reads the font's tables from a private cache
instead of parsing the 5 MB file again, and anything wrong with the cache means a fresh parse.

The PDFs are made in child processes: a font is registered once per process, so only a fresh
process shows the first (parsing) and a later (cached) print."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from xinfang_desktop.reports import font_cache
from xinfang_desktop.reports.font_cache import cache_file_for, cache_folder, load_ttfont

# Personal data printed on the register, which must never reach the cache.
NAME = "欧阳娜娜"
PHONE = "13912345678"
ID_NUMBER = "11010519491231002X"

PRINT_REGISTER = f"""
import sys
from datetime import datetime
from xinfang_desktop.reports.visit_register import (
    RegisterRow, VisitRegisterDocument, build_visit_register_pdf)
at = datetime(2026, 11, 23, 8, 5)
row = RegisterRow(at, at, {NAME!r}, "女", {PHONE!r}, {ID_NUMBER!r}, 2, "邹坞镇东村 12 号",
                  "咨询转学手续，孩子下学期转入本校三年级", "咨询", "教务处", "王门卫",
                  "鲁D12345", "当场答复", "需回访")
rows = [row] * 40
document = VisitRegisterDocument("邹坞镇中心小学", at.date(), at.date(), rows, at)
open(sys.argv[1], "wb").write(build_visit_register_pdf(document))
"""


def bundled(file_name: str):
    return as_file(files("xinfang_desktop.resources") / "fonts" / file_name)


def print_register(output: Path) -> bytes:
    """The 来访登记表 printed by a fresh process (its config folder is this test's)."""
    finished = subprocess.run(
        [sys.executable, "-c", PRINT_REGISTER, str(output)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=os.environ.copy(),
    )
    assert finished.returncode == 0, finished.stderr
    return output.read_bytes()


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def embedded_fonts(data: bytes) -> dict[str, bytes]:
    """Each font's name and its embedded program (what `pdffonts` lists as emb yes)."""
    found: dict[str, bytes] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            program = font["/FontDescriptor"].get_object().get("/FontFile2")
            found[str(font["/BaseFont"])] = program.get_object().get_data() if program else b""
    return found


def the_cache() -> Path:
    with bundled("wqy-microhei.ttc") as path:
        return cache_file_for(Path(path), 0)


def _types(items) -> list:
    return [tuple(map(type, item)) if isinstance(item, tuple) else type(item) for item in items]


def assert_same_face(cached: TTFont, parsed: TTFont) -> None:
    """Everything ReportLab reads from the face later, value for value and type for type."""
    cached_attrs = dict(vars(cached.face))
    cached_attrs["glyphToChar"] = cached.face.glyphToChar  # decoded when first asked for
    for attr, value in vars(parsed.face).items():
        if attr in ("_pdfScale", "_pos"):
            continue
        mine = cached_attrs[attr]
        if attr in ("hmetrics", "glyphPos"):
            assert len(mine) == len(value), attr
            assert list(mine) == list(value), attr
            assert _types(mine) == _types(value), attr
        else:
            assert mine == value, attr
            assert type(mine) is type(value), attr
    for x in (0, 1, 2048, 12345):
        assert cached.face._pdfScale(x) == parsed.face._pdfScale(x)
    assert set(vars(cached)) == set(vars(parsed))
    assert cached.fontName == parsed.fontName
    assert cached.encoding.name == parsed.encoding.name
    assert cached._asciiReadable == parsed._asciiReadable
    assert cached.shapable == parsed.shapable


@pytest.mark.parametrize("file_name", ["wqy-microhei.ttc", "gbsn00lp.ttf"])
def test_a_face_from_the_cache_is_the_face_reportlab_parses(file_name):
    with bundled(file_name) as path:
        parsed = TTFont("Probe", str(path))
        first = load_ttfont("Probe", path)  # parses and writes the cache
        assert cache_file_for(Path(path), 0).is_file()
        cached = load_ttfont("Probe", path)  # reads it
    assert_same_face(first, parsed)
    assert_same_face(cached, parsed)


def test_the_cached_font_prints_the_same_register_with_embedded_fonts(tmp_path):
    assert not the_cache().exists()
    parsed = print_register(tmp_path / "parsed.pdf")
    assert the_cache().is_file()
    cached = print_register(tmp_path / "cached.pdf")

    assert pdf_text(cached) == pdf_text(parsed)
    assert NAME in "".join(pdf_text(cached))
    fonts = embedded_fonts(cached)
    assert fonts and all(fonts.values()), list(fonts)
    # The same subsets, byte for byte: the glyphs and metrics came out of the cache unchanged.
    assert fonts == embedded_fonts(parsed)


def test_the_cache_is_private_and_holds_no_personal_data(tmp_path):
    print_register(tmp_path / "register.pdf")
    folder = cache_folder()
    caches = list(folder.iterdir())
    assert caches == [the_cache()]
    if sys.platform != "win32":
        assert folder.stat().st_mode & 0o777 == 0o700
        assert caches[0].stat().st_mode & 0o777 == 0o600
    data = caches[0].read_bytes()
    for private in (NAME, PHONE, ID_NUMBER, str(tmp_path), str(Path.home())):
        for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
            assert private.encode(encoding) not in data, (private, encoding)


def _counting_parses(monkeypatch) -> list[int]:
    calls: list[int] = []
    parse = font_cache._parse

    def counted(face):
        calls.append(1)
        return parse(face)

    monkeypatch.setattr(font_cache, "_parse", counted)
    return calls


def test_a_changed_font_file_is_parsed_again(tmp_path, monkeypatch):
    parses = _counting_parses(monkeypatch)
    font_file = tmp_path / "simfang.ttf"
    with bundled("gbsn00lp.ttf") as serif:
        shutil.copyfile(serif, font_file)
        before = load_ttfont("Probe", font_file)
    load_ttfont("Probe", font_file)
    assert len(parses) == 1  # the second came from the cache

    with bundled("wqy-microhei.ttc") as sans:
        shutil.copyfile(sans, font_file)  # another font under the same name
    expected = TTFont("Probe", str(font_file))
    after = load_ttfont("Probe", font_file)
    assert len(parses) == 2
    assert after.face.name != before.face.name
    assert_same_face(after, expected)
    load_ttfont("Probe", font_file)
    assert len(parses) == 2  # and the rewritten cache serves the new font


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _flipped(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]


def _garbage(data: bytes) -> bytes:
    return os.urandom(len(data))


def _empty(data: bytes) -> bytes:
    return b""


def _foreign(data: bytes) -> bytes:
    # A well-formed file of this format whose content is something else entirely.
    import hashlib
    import marshal

    body = marshal.dumps(["not", "a", "font"])
    return font_cache.MAGIC + hashlib.blake2b(body, digest_size=32).digest() + body


def _other_key(data: bytes) -> bytes:
    # A well-formed cache written for another font file (or another ReportLab).
    import hashlib
    import marshal

    header = len(font_cache.MAGIC) + 32
    payload = marshal.loads(data[header:])
    payload["key"] = (*payload["key"][:-1], payload["key"][-1] ^ 1)
    body = marshal.dumps(payload)
    return font_cache.MAGIC + hashlib.blake2b(body, digest_size=32).digest() + body


def _tables_cut(data: bytes) -> bytes:
    # Digest right, content wrong: the glyph offsets lose their last entries.
    import hashlib
    import marshal

    header = len(font_cache.MAGIC) + 32
    payload = marshal.loads(data[header:])
    payload["tables"]["glyphPos"] = payload["tables"]["glyphPos"][:-16]
    body = marshal.dumps(payload)
    return font_cache.MAGIC + hashlib.blake2b(body, digest_size=32).digest() + body


@pytest.mark.parametrize(
    "damage", [_truncated, _flipped, _garbage, _empty, _foreign, _other_key, _tables_cut]
)
def test_a_damaged_cache_means_a_fresh_parse_and_a_rewritten_cache(damage, monkeypatch):
    parses = _counting_parses(monkeypatch)
    with bundled("gbsn00lp.ttf") as path:
        parsed = TTFont("Probe", str(path))
        load_ttfont("Probe", path)
        cache = cache_file_for(Path(path), 0)
        cache.write_bytes(damage(cache.read_bytes()))

        font = load_ttfont("Probe", path)
        assert len(parses) == 2
        assert_same_face(font, parsed)
        load_ttfont("Probe", path)
    assert len(parses) == 2  # the cache was written again, whole


def test_a_print_with_a_garbage_cache_succeeds_and_mends_it(tmp_path):
    parsed = print_register(tmp_path / "parsed.pdf")
    cache = the_cache()
    cache.write_bytes(b"\x00garbage" * 1000)

    again = print_register(tmp_path / "again.pdf")
    assert pdf_text(again) == pdf_text(parsed)
    assert embedded_fonts(again) == embedded_fonts(parsed)
    assert cache.read_bytes().startswith(font_cache.MAGIC)  # written again, whole
    with bundled("wqy-microhei.ttc") as path:
        face = font_cache._open_face(Path(path), 0)
        assert font_cache._restore(face, cache, font_cache._cache_key(face, 0))


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path, monkeypatch):
    blocked = tmp_path / "config-is-a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XINFANG_CONFIG_DIR", str(blocked))
    with bundled("gbsn00lp.ttf") as path:
        parsed = TTFont("Probe", str(path))
        font = load_ttfont("Probe", path)
    assert_same_face(font, parsed)
    assert sorted(os.listdir(tmp_path)) == ["config-is-a-file"]


def test_a_font_this_account_cannot_change_is_never_cached(tmp_path, monkeypatch):
    # The cache sits in the user's config folder with a digest anyone can recompute: an
    # edited cache could swap the glyphs of 3 and 8 on every print. It may only stand for a
    # font the same account could change anyway (a per-user install, the program's folder).
    monkeypatch.setenv("XINFANG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(font_cache, "may_cache", lambda path: False)

    def must_not_read(*_args):
        raise AssertionError("the cache was read for a font only an administrator can change")

    monkeypatch.setattr(font_cache, "_restore", must_not_read)
    with bundled("wqy-microhei.ttc") as path:
        font = load_ttfont("AdminFont", path)
        assert font.face.charToGlyph[ord("3")] != font.face.charToGlyph[ord("8")]
        assert font.stringWidth("13800138000", 10) > 0
    assert not cache_folder().exists()


def test_only_a_font_file_that_opens_for_update_may_be_cached(tmp_path):
    writable = tmp_path / "own.ttf"
    writable.write_bytes(b"font")
    assert font_cache.may_cache(writable)
    assert not font_cache.may_cache(tmp_path / "missing.ttf")
    assert not font_cache.may_cache(tmp_path)  # a folder, as a stand-in for a refused open
