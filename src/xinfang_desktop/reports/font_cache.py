"""Parse each font file once per PC, not once per printing process.

ReportLab's ``TTFont`` reads the whole file (cheap) and then walks its tables to build the
character map, the widths and the glyph offsets: about 70 ms of CPU for the 5 MB WenQuanYi
Micro Hei (20 ms for the bundled serif), a tenth of a plain 1,000-row print. ``load_ttfont``
keeps what that walk produced in a cache file and, next time, puts it back on a face that has
read the same file, skipping only the walk: about 20 ms with the file read and the digest
check (8 ms for the serif). Subsets are still cut from the file's own bytes when a PDF is saved.

The cache file (``<config folder>/font-cache/<font file name>-<index>.cache``, 0600 in a 0700
folder) holds font metrics only: no path, no user data. Its format is plain data, never pickle:
a magic line, a BLAKE2b digest of the rest, then a ``marshal`` dump of numbers, strings, byte
strings, lists and dicts. The digest is checked before anything is decoded, and the recorded key
(cache format, ReportLab version, the font's size and CRC-32, subfont index) must match, so a
changed font, a ReportLab upgrade, or a truncated, damaged or foreign file all lead to a fresh
parse, which rewrites the cache. A cache that cannot be written (read-only folder) is skipped.
The key holds no path or date: a bundle that unpacks its fonts afresh each run still hits.
A font this account cannot change is never cached (see ``may_cache``).

Lazy loading instead of a cache was measured too (a prototype that reads only the headers and
looks characters up in the cmap and hmtx tables when first measured): about 4 ms to open plus
0.3 ms for the 423 characters a 1,000-row register measures, and about 4 ms more for width
lookups through a Python ``get`` instead of ReportLab's C ``dict.get``; some 12 ms less than the
cache per process (about 1 % of a print). It would mean re-implementing ReportLab's cmap parsing
for every table format with its quirks (space/no-break space, the scaled advances past the
last full metric), where the cache replays what ReportLab itself parsed. The cache is used; only
``glyphToChar`` (harfbuzz shaping only) is decoded lazily, on first use, and the glyph offsets
and metrics are kept as flat columns the subsetter indexes.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import sys
import zlib
from array import array
from collections.abc import Sequence
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace, TTFontParser

from .. import config

log = logging.getLogger("xinfang.reports.fonts")

CACHE_FORMAT = 1
MAGIC = b"xinfang font cache\n"
_DIGEST_SIZE = 32
# Attributes the parse must produce for a face to print; a cache without them is not used.
_REQUIRED = ("name", "unitsPerEm", "numGlyphs", "charToGlyph", "charWidths", "defaultWidth",
             "hmetrics", "glyphPos", "ascent", "descent", "bbox", "flags")  # fmt: skip


def cache_folder() -> Path:
    return config.config_dir() / "font-cache"


def cache_file_for(path: Path, subfont_index: int) -> Path:
    return cache_folder() / f"{path.name}-{subfont_index}.cache"


def may_cache(path: Path) -> bool:
    """Whether a cache may stand for the font at ``path``: only when this account could change
    the font file itself. The cache lives in the user's own config folder and its digest has
    no secret, so an edited cache could swap the glyphs of 3 and 8 on every printed phone and
    ID number with no trace (the text layer stays right). A font only an administrator can
    change (an all-users install under Program Files, C:\\Windows\\Fonts, /usr/share/fonts) is
    parsed in every process instead; for a per-user install the cache adds no new way in.
    Opening for update (nothing written) asks the file system itself: os.access ignores
    Windows ACLs."""
    try:
        with open(path, "r+b"):
            return True
    except OSError:
        return False


def load_ttfont(name: str, path: str | os.PathLike, subfont_index: int = 0) -> TTFont:
    """A ``TTFont`` of ``path``, as ``TTFont(name, path, subfontIndex=...)`` makes it.

    Raises what TTFont raises for a file it cannot use (TTFError, OSError, ValueError)."""
    path = Path(path)
    if not may_cache(path):
        return TTFont(name, str(path), subfontIndex=subfont_index)
    face = _open_face(path, subfont_index)
    key = _cache_key(face, subfont_index)
    cache_file = cache_file_for(path, subfont_index)
    if not _restore(face, cache_file, key):
        _write_cache(cache_file, key, _parse(face))
    return _font_with_face(name, face)


class CachedFace(TTFontFace):
    """A ``TTFontFace`` whose rarely used tables are decoded from the cache on first use."""

    def __getattr__(self, attr: str):
        # Only called for attributes not set yet: a deferred table becomes a plain one.
        deferred = self.__dict__.get("_deferred_tables") or {}
        if attr not in deferred:
            raise AttributeError(attr)
        value = _DECODERS[attr](deferred.pop(attr))
        setattr(self, attr, value)
        return value


def _open_face(path: Path, subfont_index: int) -> CachedFace:
    """A face that has read the file and its table directory, but not yet its tables.

    This is ReportLab's ``TTFontFace.__init__`` without its final ``extractInfo`` call."""
    face = CachedFace.__new__(CachedFace)
    pdfmetrics.TypeFace.__init__(face, None)
    TTFontParser.__init__(face, str(path), validate=0, subfontIndex=subfont_index)
    return face


def _font_with_face(name: str, face: TTFontFace) -> TTFont:
    """ReportLab's ``TTFont.__init__``, given the face instead of parsing the file again.
    (tests/reports/test_font_cache.py checks that it matches a TTFont made the usual way.)"""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in ttfonts.unShapedFontGlob)
    return font


def _parse(face: TTFontFace) -> dict[str, object]:
    """Walk the font's tables (ReportLab's extractInfo); return the attributes it set."""
    before = dict(vars(face))
    face.extractInfo(1)
    return {
        attr: value
        for attr, value in vars(face).items()
        if attr not in before or before[attr] is not value
    }


def _scale_for(units_per_em: int):
    """Font units to 1/1000 em, as extractInfo's own ``_pdfScale`` does."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _cache_key(face: TTFontFace, subfont_index: int) -> tuple:
    data = face._ttf_data
    return (
        CACHE_FORMAT,
        REPORTLAB_VERSION,
        marshal.version,
        sys.byteorder,
        subfont_index,
        len(data),
        zlib.crc32(data),
    )


class MetricPairs(Sequence):
    """``hmetrics`` (advance, left side bearing per glyph) read from two flat columns.

    makeSubset looks up only the glyphs a PDF uses; building 50,000 tuples for it would cost
    more than the rest of the cache."""

    def __init__(self, advances: list, bearings: list) -> None:
        if len(advances) != len(bearings):
            raise ValueError("metric columns of different length")
        self._advances = advances
        self._bearings = bearings

    def __len__(self) -> int:
        return len(self._advances)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(zip(self._advances[index], self._bearings[index], strict=True))
        return (self._advances[index], self._bearings[index])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


# --- writing -------------------------------------------------------------------------------


def _write_cache(cache_file: Path, key: tuple, extracted: dict[str, object]) -> None:
    payload = _encode(extracted)
    if payload is None:
        log.info("font %s: metrics not cacheable, parsed in every process", cache_file.stem)
        return
    body = marshal.dumps({"key": key, **payload})
    blob = MAGIC + hashlib.blake2b(body, digest_size=_DIGEST_SIZE).digest() + body
    temporary = cache_file.with_name(f".{cache_file.name}.{os.getpid()}.tmp")
    try:
        config.make_private_dir(cache_file.parent)
        # O_BINARY: without it Windows writes the bytes in text mode (\n becomes \r\n).
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        descriptor = os.open(temporary, flags, 0o600)
        with os.fdopen(descriptor, "wb") as target:
            target.write(blob)
        config.make_private_file(temporary)
        os.replace(temporary, cache_file)  # readers see the old file or the whole new one
    except OSError as error:
        log.info("font cache not written (%s): fonts are parsed in every process", error.strerror)
        with contextlib.suppress(OSError):
            temporary.unlink()


def _encode(extracted: dict[str, object]) -> dict[str, object] | None:
    """Plain data for marshal, or None when the parse produced something unexpected."""
    scale = extracted.get("_pdfScale")
    units = extracted.get("unitsPerEm")
    if not callable(scale) or type(units) is not int or units <= 0:
        return None
    ours = _scale_for(units)
    if any(scale(x) != ours(x) for x in (0, 1, 7, units, 2048)):
        return None  # a ReportLab whose scale differs from ours: do not guess
    plain: dict[str, object] = {}
    names: dict[str, bytes] = {}
    tables: dict[str, object] = {}
    for attr, value in extracted.items():
        if attr == "_pdfScale":
            continue
        if type(value) is TTFNameBytes:
            names[attr] = bytes(value)
        elif attr in _ENCODERS:
            tables[attr] = _ENCODERS[attr](value)
            if tables[attr] is None:
                return None
        elif _is_plain(value):
            plain[attr] = value
        else:
            return None
    return {"plain": plain, "names": names, "tables": tables}


def _is_plain(value: object) -> bool:
    if value is None or type(value) in (bool, int, float, str, bytes):
        return True
    if type(value) in (list, tuple):
        return all(_is_plain(item) for item in value)
    if type(value) is dict:
        return all(_is_plain(key) and _is_plain(item) for key, item in value.items())
    return False


def _encode_glyph_offsets(offsets: object) -> bytes | None:
    if type(offsets) is not list or any(type(offset) is not int for offset in offsets):
        return None
    return array("q", offsets).tobytes()


def _encode_metrics(pairs: object) -> tuple | None:
    if type(pairs) is not list or any(type(pair) is not tuple or len(pair) != 2 for pair in pairs):
        return None
    columns = ([advance for advance, _ in pairs], [bearing for _, bearing in pairs])
    return columns if _is_plain(columns) else None


def _encode_glyph_chars(table: object) -> bytes | None:
    return marshal.dumps(table) if _is_plain(table) else None


# attribute -> how it is stored, for the tables that are not stored as they are.
_ENCODERS = {
    "glyphPos": _encode_glyph_offsets,
    "hmetrics": _encode_metrics,
    "glyphToChar": _encode_glyph_chars,
}


# --- reading -------------------------------------------------------------------------------


def _decode_glyph_offsets(data: bytes) -> array:
    # An array indexes like the list extractInfo builds, without making 50,000 ints.
    offsets = array("q")
    offsets.frombytes(data)  # ValueError when the length is not whole items
    return offsets


def _decode_metrics(columns: tuple) -> MetricPairs:
    advances, bearings = columns
    return MetricPairs(advances, bearings)


def _decode_glyph_chars(data: bytes) -> dict:
    table = marshal.loads(data)
    if type(table) is not dict:
        raise TypeError("glyphToChar is not a table")
    return table


_DECODERS = {
    "glyphPos": _decode_glyph_offsets,
    "hmetrics": _decode_metrics,
    "glyphToChar": _decode_glyph_chars,
}
# Decoded when first asked for: glyphToChar serves harfbuzz shaping only.
_DEFERRED = {"glyphToChar"}


def _restore(face: CachedFace, cache_file: Path, key: tuple) -> bool:
    """Put the cached tables on ``face``; False when there is no usable cache for it."""
    try:
        blob = cache_file.read_bytes()
    except OSError:
        return False
    header = len(MAGIC) + _DIGEST_SIZE
    body = blob[header:]
    if (
        not blob.startswith(MAGIC)
        or hashlib.blake2b(body, digest_size=_DIGEST_SIZE).digest() != blob[len(MAGIC) : header]
    ):
        log.info("font cache %s damaged or foreign: parsing the font", cache_file.name)
        return False
    try:
        payload = marshal.loads(body)
        if type(payload) is not dict or payload.get("key") != key:
            return False  # another font file, or another ReportLab: parse and rewrite
        restored = dict(payload["plain"])
        for attr, raw in payload["names"].items():
            restored[attr] = TTFNameBytes(raw)
        deferred = {}
        for attr, stored in payload["tables"].items():
            if attr in _DEFERRED:
                deferred[attr] = stored
            else:
                restored[attr] = _DECODERS[attr](stored)
        _check(restored)
    except (EOFError, ValueError, TypeError, KeyError, AttributeError) as error:
        log.info("font cache %s unusable (%s): parsing the font", cache_file.name, error)
        return False
    vars(face).update(restored)
    face._deferred_tables = deferred
    face._pdfScale = _scale_for(face.unitsPerEm)
    return True


def _check(restored: dict[str, object]) -> None:
    missing = [attr for attr in _REQUIRED if attr not in restored]
    if missing:
        raise KeyError(", ".join(missing))
    glyphs = restored["numGlyphs"]
    if type(glyphs) is not int or len(restored["glyphPos"]) != glyphs + 1:
        raise ValueError("glyph offsets do not match the glyph count")
    if len(restored["hmetrics"]) != glyphs:
        raise ValueError("metrics do not match the glyph count")
    if type(restored["unitsPerEm"]) is not int or restored["unitsPerEm"] <= 0:
        raise ValueError("bad unitsPerEm")
    for table in ("charToGlyph", "charWidths"):
        if type(restored[table]) is not dict:
            raise TypeError(f"{table} is not a table")
