"""Pieces shared by the leadership area's tabs and dialogs: a typed date field, person
pickers, a dialog that saves through a service and keeps the input on a bad value, tables,
and printing through a background operation into the preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.errors import TRANSLATION_CONTEXT, FieldError, ValidationError
from .. import prompts
from ..operations import Operation
from ..print_preview import PdfPreviewDialog
from ..qt_setup import translated_params
from ..widgets import Banner, FieldWithError, ReadingOrderFocus, typed_state

OVERDUE_COLOR = QColor("#fdecea")


def error_text(error: FieldError) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, error.template).format(
        **translated_params(error.params)
    )


class DateField(QLineEdit):
    """A date typed as 2026-11-23; a wrong one is reported next to the field, never lost."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("2026-11-23")
        self.setMaxLength(10)
        if value is not None:
            self.setText(value.isoformat())

    def value(self, field: str, errors: list[FieldError]) -> date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            errors.append(FieldError(field, "日期“{text}”不对，应写成 2026-11-23", {"text": text}))
            return None


class PersonChoice:
    """What a person picker shows: an id and a label (members show their group role)."""

    def __init__(self, person_id: int, label: str):
        self.id = person_id
        self.label = label


class PersonPicker(QComboBox):
    """Pick one person; the first entry means nobody (an optional owner) or "please choose"."""

    def __init__(self, people: Sequence, parent: QWidget | None = None, *, blank: str = ""):
        super().__init__(parent)
        self.addItem(blank or QCoreApplication.translate("PersonPicker", "（请选择）"), None)
        for person in people:
            self.addItem(person.label, person.id)

    def person_id(self) -> int | None:
        return self.currentData()

    def select(self, person_id: int | None) -> None:
        index = self.findData(person_id)
        self.setCurrentIndex(max(index, 0))


class PeopleChecklist(QListWidget):
    """Pick several people (a 化解班子, the leaders of a 下访)."""

    def __init__(self, people: Sequence, parent: QWidget | None = None):
        super().__init__(parent)
        for person in people:
            item = QListWidgetItem(person.label, self)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMaximumHeight(130)

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def check(self, person_ids: Sequence[int]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in person_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class ServiceDialog(ReadingOrderFocus, QDialog):
    """A form whose OK saves through a service; on a bad value the dialog stays open with the
    Chinese message under the field and everything typed still there."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.banner = Banner(self)
        self.form = QFormLayout()
        self.fields: dict[str, FieldWithError] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.saved = None
        self._shown_state: tuple | None = None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_state is None:
            self._shown_state = typed_state(self)

    def unsaved_work(self) -> list[str]:
        if self._shown_state is None or typed_state(self) == self._shown_state:
            return []
        return [self.windowTitle()]

    def reject(self) -> None:
        """Cancel, Esc or the close box never throw typing away without asking."""
        if self.unsaved_work() and not prompts.ask_yes_no(
            self, self.windowTitle(), self.tr("填写的内容还没有保存，确定放弃吗？")
        ):
            return
        super().reject()

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere
        self.fields[name] = FieldWithError(widget, self)
        self.form.addRow(label, self.fields[name])
        return widget

    def save(self):
        """Collect the fields and call the service (each dialog defines it)."""
        raise TypeError(f"{type(self).__name__} must define save()")

    def submit(self) -> bool:
        for field in self.fields.values():
            field.set_error("")
        self.banner.clear_message()
        try:
            self.saved = self.save()
        except ValidationError as error:
            self.show_errors(error)
            return False
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return False
        self.accept()
        return True

    def show_errors(self, error: ValidationError) -> None:
        unplaced = []
        for name, problem in error.by_field().items():
            if name in self.fields:
                self.fields[name].set_error(error_text(problem))
            else:
                unplaced.append(error_text(problem))
        if unplaced:
            self.banner.show_message("error", "\n".join(unplaced))
        first = next((self.fields[n] for n in error.by_field() if n in self.fields), None)
        if first is not None:
            first.setFocus()


def raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def make_table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # a read-only list: Tab moves on to the buttons
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    ids: Sequence[int],
    *,
    highlight: Sequence[bool] = (),
) -> None:
    """Rows of text; the row's id sits in the first cell, highlighted rows are overdue."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, (values, row_id) in enumerate(zip(rows, ids, strict=True)):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, row_id)
            if highlight and highlight[row]:
                item.setBackground(OVERDUE_COLOR)
            table.setItem(row, column, item)
    # Fit the columns to their text, then give the last one (the long text) the rest; the
    # stretch only takes hold when it is switched on again after the resize.
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    header.setStretchLastSection(True)


def selected_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    if row < 0 or not table.selectionModel().isRowSelected(row, table.rootIndex()):
        return None
    item = table.item(row, 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def select_id(table: QTableWidget, row_id: int) -> bool:
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == row_id:
            table.selectRow(row)
            return True
    return False


class Printer:
    """Builds a PDF off the GUI thread and opens the preview; one at a time per page."""

    def __init__(self, owner: QWidget, banner: Banner):
        self._owner = owner
        self._banner = banner
        self.operation: Operation | None = None
        self.last_preview: PdfPreviewDialog | None = None

    def busy(self) -> bool:
        return self.operation is not None

    def run(self, build: Callable[[], bytes], title: str, suggested: str) -> None:
        if self.operation is not None:
            return
        self._banner.show_message(
            "ok", QCoreApplication.translate("Printer", "正在生成{t}…").format(t=title)
        )

        def done(pdf: bytes) -> None:
            self.operation = None
            self._banner.clear_message()
            self.last_preview = PdfPreviewDialog(pdf, title, suggested, self._owner)
            self.last_preview.open()

        def failed(exc) -> None:
            self.operation = None
            if isinstance(exc, ValidationError):
                self._banner.show_message("error", "；".join(error_text(e) for e in exc.errors))
                return
            message = getattr(exc, "user_message", None) or QCoreApplication.translate(
                "Printer", "生成失败：{e}"
            ).format(e=exc)
            self._banner.show_message("error", message)

        self.operation = Operation.start(self._owner, build, done, failed)
