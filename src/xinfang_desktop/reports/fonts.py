"""The fonts every printed form uses, so Chinese prints on a PC without Chinese fonts.

- ``register_cjk_font``: the bundled WenQuanYi Micro Hei, a sans face, for tables and lists.
- ``register_serif_font``: the 仿宋/宋体 face of notices (GB/T 9704 wants 仿宋 or 宋体 for the
  body): the PC's own simfang.ttf / simsun.ttc when installed, else the bundled AR PL SungtiL
  GB. ReportLab embeds only TrueType (glyf) outlines, so only TrueType files are tried.
- ``has_glyph``: whether a font can draw a character; the paragraph helper prints the rest in
  the sans face, which covers far more characters, so no name prints as an empty box.

Each file is parsed once per PC, not once per process: see font_cache.py.

Bold: none of these fonts has a bold weight, so titles are drawn filled *and* stroked
(``draw_bold_string``), which prints really bold instead of mapping bold to regular.
"""

from __future__ import annotations

import os
import sys
import threading
from importlib.resources import as_file, files
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from .font_cache import load_ttfont

CJK_FONT = "WQYMicroHei"
SERIF_FONT = "XinfangSerif"
_BUNDLED_SERIF = "gbsn00lp.ttf"
# (file name, subfont index) in the order they are preferred: 仿宋 first, then 宋体.
_SYSTEM_SERIFS = (
    ("simfang.ttf", 0),
    ("SIMFANG.TTF", 0),
    ("simsun.ttc", 0),
    ("SIMSUN.TTC", 0),
    ("simsun.ttf", 0),
)

_lock = threading.Lock()
_serif_source = ""


def register_cjk_font() -> str:
    """Register the bundled WenQuanYi Micro Hei with ReportLab (once) and return its name."""
    # Forms may be built from a worker thread while the UI builds a preview; the lock keeps
    # the 5 MB font from being parsed twice and the registry from seeing a half-made font.
    with _lock:
        if CJK_FONT in pdfmetrics.getRegisteredFontNames():
            return CJK_FONT
        _register_bundled(CJK_FONT, "wqy-microhei.ttc")
        return CJK_FONT


def register_serif_font() -> str:
    """Register the notices' 仿宋/宋体 face (once) and return its name."""
    global _serif_source
    with _lock:
        if SERIF_FONT in pdfmetrics.getRegisteredFontNames():
            return SERIF_FONT
        for path, index in system_serif_candidates():
            try:
                font = load_ttfont(SERIF_FONT, path, index)
            except (TTFError, OSError, ValueError):
                # A CFF-outline or damaged file: ReportLab cannot embed it; try the next.
                continue
            _register(font)
            _serif_source = str(path)
            return SERIF_FONT
        _register_bundled(SERIF_FONT, _BUNDLED_SERIF)
        _serif_source = _BUNDLED_SERIF
        return SERIF_FONT


def serif_source() -> str:
    """Which file the serif face came from (for the about box and tests)."""
    register_serif_font()
    return _serif_source


def system_font_folders() -> list[Path]:
    """The OS font folders, where a PC keeps simfang.ttf and simsun.ttc."""
    folders: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        folders.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        folders += [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        folders += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".local" / "share" / "fonts",
        ]
    return folders


def system_serif_candidates() -> list[tuple[Path, int]]:
    found: list[tuple[Path, int]] = []
    for name, index in _SYSTEM_SERIFS:
        for folder in system_font_folders():
            path = folder / name
            if path.is_file():
                found.append((path, index))
            elif folder.is_dir() and not sys.platform.startswith("win"):
                # Linux keeps fonts in sub-folders (…/truetype/windows/simsun.ttc).
                found += [(p, index) for p in sorted(folder.glob(f"**/{name}")) if p.is_file()]
    return found


def has_glyph(font_name: str, char: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    widths = getattr(getattr(font, "face", None), "charWidths", None)
    if widths is None:
        return True
    return ord(char) in widths


def draw_bold_string(
    canvas, x: float, y: float, text: str, font: str, size: float, *, centred: bool = False
) -> None:
    """Draw text filled and stroked, so a one-weight font prints bold."""
    width = pdfmetrics.stringWidth(text, font, size)
    if centred:
        x -= width / 2
    canvas.saveState()
    canvas.setLineWidth(size * 0.04)
    text_object = canvas.beginText(x, y)
    text_object.setFont(font, size)
    text_object.setTextRenderMode(2)  # fill, then stroke the outline
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.restoreState()


def _register_bundled(name: str, file_name: str) -> None:
    resource = files("xinfang_desktop.resources") / "fonts" / file_name
    # TTFont reads the whole file while being constructed, so the temporary copy that
    # as_file may make (zip or frozen builds) can safely vanish afterwards.
    with as_file(resource) as path:
        font = load_ttfont(name, path, 0)
    _register(font)


def _register(font: TTFont) -> None:
    pdfmetrics.registerFont(font)
    name = font.fontName
    # One weight per face: <b> maps to it so markup never fails; titles use
    # draw_bold_string for real weight.
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
