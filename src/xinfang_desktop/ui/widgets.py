"""Small widgets shared by the forms: an error line under a field, a banner."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class FieldWithError(QWidget):
    """A field and, right under it, the Chinese message of what is wrong with it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None, extra: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        if extra is None:
            layout.addWidget(field)
        else:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(field, 1)
            row.addWidget(extra)
            layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(field)
        # The red message goes once the user changes the field; the next save checks again.
        for signal_name in ("textEdited", "textChanged", "currentIndexChanged", "valueChanged",
                            "dateTimeChanged", "toggled", "itemChanged"):  # fmt: skip
            signal = getattr(field, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self._edited)
                break

    def _edited(self, *_args) -> None:
        if self.error.isVisible() and self.field.hasFocus():
            self.set_error("")

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.field.setProperty("invalid", bool(message))
        self.field.setStyleSheet("border: 1px solid #c62828;" if message else "")


class Banner(QLabel):
    """A message across the top of a page: an alert, an error, a warning or a confirmation.

    Its line is kept free while empty, so a message appearing never pushes the fields under
    it down (a field moving under the mouse is a mis-click). Only a message longer than one
    line takes more room.
    """

    STYLES: ClassVar[dict[str, str]] = {
        "error": "background:#fdecea; color:#b71c1c; border:1px solid #f5c2c0;",
        "alert": "background:#fff3e0; color:#bf360c; border:2px solid #ff9800; font-weight:bold;",
        # Saved, but with something to see to (a rota with gaps): amber, not green.
        "warn": "background:#fff8e1; color:#8d4e00; border:1px solid #ffca28;",
        "ok": "background:#e8f5e9; color:#1b5e20; border:1px solid #c8e6c9;",
    }

    def __init__(self, parent: QWidget | None = None, *, keep_room: bool = True):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if keep_room:
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
            # One line of text and the padding: the room is there before any message is.
            self.setMinimumHeight(self.fontMetrics().height() + 16)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setStyleSheet(self.STYLES[kind] + " padding:6px; border-radius:4px;")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


def record_table(headers: list[str], parent: QWidget, *, stretch: bool = False) -> QTableWidget:
    """A read-only list of records, one selected row at a time (users, backups, log entries)."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Nothing to edit cell by cell: Tab leaves the list instead of walking its cells for ever.
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    if stretch:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
    return table


def button_row(actions, parent: QWidget) -> tuple[QHBoxLayout, list[QPushButton]]:
    """Buttons for (text, slot) pairs, left-aligned under a list."""
    row = QHBoxLayout()
    buttons = []
    for text, slot in actions:
        button = QPushButton(text, parent)
        button.clicked.connect(slot)
        buttons.append(button)
        row.addWidget(button)
    row.addStretch(1)
    return row, buttons


def page_title(text: str, parent: QWidget) -> QLabel:
    title = QLabel(text, parent)
    title.setStyleSheet("font-size: 16px; font-weight: bold;")
    return title


def clear_on_escape(line: QLineEdit) -> None:
    """Esc in a search box empties it (and the list shows everything again)."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), line)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(line.clear)


class ArrowsOpenTheList(QObject):
    """A closed combo box whose choice takes effect at once (a unit setting) opens its list on
    ↑/↓ instead of stepping to the next entry, and ignores the mouse wheel: a stray key or
    scroll must not change a setting for every PC."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        combo.installEventFilter(self)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus, and so no change, by wheel

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            event.ignore()
            return True
        if kind == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        ):
            if not watched.view().isVisible():
                watched.showPopup()
            return True
        return False


def _popup_open(widget: QWidget) -> bool:
    """A list is open under the field (completer offers, a combo's items, a calendar)."""
    line = widget.lineEdit() if isinstance(widget, (QComboBox, QAbstractSpinBox)) else widget
    completer = getattr(widget, "completer", lambda: None)() or (
        line.completer() if isinstance(line, QLineEdit) else None
    )
    if completer is not None and completer.popup().isVisible():
        return True
    return isinstance(widget, QComboBox) and widget.view().isVisible()


class EnterMovesOn(QObject):
    """Enter goes to the next field of a paper-like form, from every kind of field.

    Combo and spin boxes keep Enter to themselves, so without this the next characters typed
    (a phone number) land in them. An open list under a field takes Enter first (it picks an
    entry). In a multi-line text Ctrl+Enter starts a new line instead of saving.
    """

    def __init__(self, fields: list[QWidget], after_last: QWidget | None = None, parent=None):
        super().__init__(parent)
        self.fields = list(fields)
        self.after_last = after_last
        # By id and compared by identity: a replaced completer's popup may already be gone.
        self._popup_owners: dict[int, tuple[QWidget, QWidget]] = {}
        for field in self.fields:
            field.installEventFilter(self)

    def next_after(self, field: QWidget) -> QWidget | None:
        index = self.fields.index(field)
        for candidate in self.fields[index + 1 :]:
            if candidate.isVisibleTo(candidate.window()) and candidate.isEnabled():
                return candidate
        return self.after_last

    def move_on_after_choice(self, field: QWidget, popup: QWidget) -> None:
        """Enter in the list under ``field`` takes the entry and then goes to the next field.

        Without this the first Enter only closed the list: the gate keeper's next typing (a
        licence plate) landed in 登记人 instead of 车牌号.
        """
        self._popup_owners[id(popup)] = (popup, field)
        popup.installEventFilter(self)

    def _take_choice_and_leave(self, popup, field: QWidget) -> None:
        index = popup.currentIndex()
        if index.isValid():
            chosen = str(index.data())
            if isinstance(field, QComboBox):
                field.setCurrentText(chosen)
            elif isinstance(field, QLineEdit):
                field.setText(chosen)
        popup.hide()
        target = self.next_after(field)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        popup, owner = self._popup_owners.get(id(watched), (None, None))
        if popup is watched:
            if kind != QEvent.Type.KeyPress or (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                return False
            self._take_choice_and_leave(popup, owner)
            return True
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        multi_line = isinstance(watched, QPlainTextEdit)
        if multi_line and modifiers == Qt.KeyboardModifier.ControlModifier:
            # The text wants Ctrl+Enter for itself (a new line), not the form's save shortcut.
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            watched.insertPlainText("\n")
            return True
        if kind != QEvent.Type.KeyPress or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if _popup_open(watched):
            return False
        if isinstance(watched, QAbstractSpinBox):
            watched.interpretText()
        target = self.next_after(watched)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def _inside_compound(widget: QWidget, root: QWidget) -> bool:
    """The line inside a combo, spin or date box: the box itself takes the focus."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _outer_scroll_area(widget: QWidget, root: QWidget) -> QScrollArea | None:
    """The outermost scroll area between ``root`` and ``widget``, if any."""
    found = None
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found


def reading_order(root: QWidget) -> list[QWidget]:
    """The fields and buttons of ``root`` as a reader meets them: row by row, left to right.

    A scroll area counts as one block at its place; inside it the order follows its contents,
    wherever they are scrolled to.
    """
    items = []  # (top, left, height, widget or scroll area)
    blocks: set[QScrollArea] = set()
    for widget in root.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if _inside_compound(widget, root) or isinstance(widget, QScrollArea):
            continue  # a scroll area only holds fields; its own focus is no stop
        block = _outer_scroll_area(widget, root)
        if block is not None:
            if block not in blocks and block.widget() is not None:
                blocks.add(block)
                items.append(_place(block, root))
            continue
        items.append(_place(widget, root))
    items.sort(key=lambda c: (c[0], c[1]))
    rows: list[list[tuple]] = []
    for item in items:
        if rows:
            row_top, _left, row_height, _first = rows[-1][0]
            # Same row when it starts before the middle of the row's first widget.
            if item[0] < row_top + max(row_height, 1) / 2:
                rows[-1].append(item)
                continue
        rows.append([item])
    order: list[QWidget] = []
    for row in rows:
        for item in sorted(row, key=lambda c: c[1]):
            widget = item[3]
            if isinstance(widget, QScrollArea):
                order.extend(reading_order(widget.widget()))
            else:
                order.append(widget)
    return order


def _place(widget: QWidget, root: QWidget) -> tuple:
    top_left = widget.mapTo(root, widget.rect().topLeft())
    return (top_left.y(), top_left.x(), widget.height(), widget)


class ReadingOrderFocus:
    """Tab and Shift+Tab follow the reading order of the form, whatever the creation order.

    Mixed in before the Qt class (``class D(ReadingOrderFocus, QDialog)``). A form can name
    its order itself in ``tab_order``; otherwise it follows the screen, row by row.
    """

    tab_order: list[QWidget] | None = None

    def focusNextPrevChild(self, next: bool) -> bool:
        order = self.tab_order or reading_order(self)
        return step_focus(order, next) or super().focusNextPrevChild(next)


def _depth_between(ancestor: QWidget, widget: QWidget) -> int:
    depth = 0
    while widget is not None and widget is not ancestor:
        widget = widget.parentWidget()
        depth += 1
    return depth


def step_focus(order: list[QWidget], forward: bool) -> bool:
    """Move the focus along ``order`` (Tab / Shift+Tab); False when the focus is elsewhere."""
    current = QApplication.focusWidget()
    if current is None:
        return False
    # The field itself, else the innermost field holding it (the line inside a combo box).
    holders = [w for w in order if w is current or w.isAncestorOf(current)]
    owner = min(holders, key=lambda w: _depth_between(w, current), default=None)
    if owner is None:
        return False
    usable = [w for w in order if w is owner or (w.isVisibleTo(w.window()) and w.isEnabled())]
    step = 1 if forward else -1
    target = usable[(usable.index(owner) + step) % len(usable)]
    target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True


def switch_tabs_by_keys(page: QWidget, tabs: QTabWidget) -> None:
    """Ctrl+Tab / Ctrl+PgDown and Ctrl+Shift+Tab / Ctrl+PgUp switch ``tabs`` from anywhere on
    ``page``, also from a list beside them, where Qt's own keys do not reach, and put the
    focus on the first field of the tab shown: a case chosen in the list is then worked on
    (办理, 文书) without the mouse."""

    def switch(delta: int) -> None:
        if tabs.count() == 0:
            return
        tabs.setCurrentIndex((tabs.currentIndex() + delta) % tabs.count())
        shown = tabs.currentWidget()
        order = reading_order(shown) if shown is not None else []
        target = order[0] if order else tabs.tabBar()
        target.setFocus(Qt.FocusReason.TabFocusReason)

    for keys, delta in (
        ("Ctrl+Tab", 1),
        ("Ctrl+PgDown", 1),
        ("Ctrl+Shift+Tab", -1),
        ("Ctrl+Shift+Backtab", -1),
        ("Ctrl+PgUp", -1),
    ):
        shortcut = QShortcut(QKeySequence(keys), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda delta=delta: switch(delta))


def typed_state(root: QWidget) -> tuple:
    """Everything a user can type or choose inside ``root``, to tell later whether it changed."""
    values: list[object] = []
    for child in root.findChildren(QWidget):
        if isinstance(child, QLineEdit) and not _inside_compound(child, root):
            values.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            values.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            values.append(child.currentText())
        elif isinstance(child, QAbstractSpinBox):
            values.append(child.text())
        elif isinstance(child, QAbstractButton) and child.isCheckable():
            values.append(child.isChecked())
        elif isinstance(child, QListWidget):
            values.append(tuple(child.item(i).checkState().value for i in range(child.count())))
    return tuple(values)


# A dialog taller than this scrolls: a 768-pixel screen has about 700 left under the task bar
# and the title bar, and OK must stay reachable.
MAX_DIALOG_HEIGHT = 700


def scroll_when_tall(dialog: QDialog, limit: int = MAX_DIALOG_HEIGHT) -> bool:
    """Put a tall dialog's contents in a scroll area, its OK/Cancel row staying in view."""
    layout = dialog.layout()
    if layout is None or dialog.sizeHint().height() <= limit:
        return False
    buttons = [
        box
        for box in dialog.findChildren(QDialogButtonBox)
        if box.parentWidget() is dialog and layout.indexOf(box) >= 0
    ]
    for box in buttons:
        layout.removeWidget(box)
    inner = QWidget()
    inner.setLayout(layout)  # Qt moves the layout and its widgets over to ``inner``
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    for box in buttons:
        outer.addWidget(box)
        box.setContentsMargins(9, 0, 9, 9)
    scrollbar = scroll.verticalScrollBar().sizeHint().width()
    dialog.resize(inner.sizeHint().width() + scrollbar + 4, limit)
    return True
