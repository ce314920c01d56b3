"""The CJK font every printed form uses, bundled so Chinese prints on a PC without Chinese fonts."""

from __future__ import annotations

import threading
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

CJK_FONT = "WQYMicroHei"

_lock = threading.Lock()


def register_cjk_font() -> str:
    """Register the bundled WenQuanYi Micro Hei with ReportLab (once) and return its name."""
    # Forms may be built from a worker thread while the UI builds a preview; the lock keeps
    # the 5 MB font from being parsed twice and the registry from seeing a half-made font.
    with _lock:
        if CJK_FONT in pdfmetrics.getRegisteredFontNames():
            return CJK_FONT
        resource = files("xinfang_desktop.resources") / "fonts" / "wqy-microhei.ttc"
        # TTFont reads the whole file while being constructed, so the temporary copy that
        # as_file may make (zip or frozen builds) can safely vanish afterwards.
        with as_file(resource) as path:
            font = TTFont(CJK_FONT, str(path), subfontIndex=0)
        pdfmetrics.registerFont(font)
        # Only one weight is bundled: map bold/italic to it so <b> markup never fails.
        pdfmetrics.registerFontFamily(
            CJK_FONT, normal=CJK_FONT, bold=CJK_FONT, italic=CJK_FONT, boldItalic=CJK_FONT
        )
        return CJK_FONT
