"""Qt's own dialogs speak Chinese: qtbase's zh_CN catalogue shipped with PySide6 is loaded at
start (issue 15 item 14: the file dialog showed "Look in:" and "Files of type:")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from xinfang_desktop.ui.qt_setup import install_translations


@pytest.fixture
def translated(qapp):
    translators = install_translations(QApplication.instance())
    yield translators
    for translator in translators:
        QApplication.instance().removeTranslator(translator)


def test_qtbase_catalogue_is_found_and_loaded(translated):
    assert translated, "no Qt translation was installed"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    # The file list's type column (its own small catalogue fills what qtbase's lacks).
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"


def test_file_dialog_labels_are_chinese(qtbot, translated):
    dialog = QFileDialog(None, "导出", "", "Excel 工作簿 (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {
        label.text().replace("(&L)", "").replace("(&T)", "")
        for label in dialog.findChildren(QLabel)
    }
    assert "查找范围：" in texts
    assert "文件类型：" in texts
    assert not [t for t in texts if t.isascii()]


def test_message_box_buttons_are_chinese(qtbot, translated):
    box = QMessageBox(QMessageBox.Icon.Question, "数据库检查", "是否恢复？")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts & {"是", "是(Y)"} and not texts & {"Yes", "No"}
