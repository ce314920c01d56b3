"""Driving windows by keys as a user does: Tab walks, an active dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def show_active(qtbot, dialog) -> None:
    """Show a window and make it the one that receives the keys."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)


def tab_walk(qtbot, start, expected) -> list:
    """Press Tab from ``start`` and note each field reached (a date field's sections and a
    combo's line count as their field)."""
    start.setFocus()
    seen = []
    for _ in range(len(expected) * 4):
        widget = QApplication.focusWidget()
        owner = widget
        while owner is not None and owner not in expected:
            owner = owner.parentWidget()
        owner = owner or widget
        if not seen or seen[-1] is not owner:
            seen.append(owner)
        if len(seen) == len(expected):
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen
