"""Every modal question goes through these functions, which tests replace (no test hangs)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, question, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
    )
    return answer == QMessageBox.Yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_save_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path


def ask_folder(parent: QWidget | None, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password typed without showing it; None when cancelled."""
    from PySide6.QtWidgets import QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


__all__ = [
    "ask_folder",
    "ask_open_path",
    "ask_password",
    "ask_save_path",
    "ask_text",
    "ask_yes_no",
    "run_dialog",
    "show_error",
    "show_info",
]


def run_dialog(dialog: QDialog) -> int:
    """Show a modal dialog of the program's own and return its result (tests fill it instead)."""
    from .widgets import scroll_when_tall

    scroll_when_tall(dialog)
    return dialog.exec()
