"""关于: the version, where this PC's data is and how big, and the licences of what is bundled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .qt_setup import resource_path

if TYPE_CHECKING:
    # Only a type here: the services behind it load the storage stack, which the window's
    # icon (set before the window is shown) must not wait for.
    from ..services.about import AboutFacts

ICON_FILE = ("icons", "xinfang.png")


def application_icon() -> QIcon:
    return QIcon(str(resource_path(*ICON_FILE)))


def size_text(size: int | None) -> str:
    if size is None:
        return "—"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于信访台账"))
        self.setWindowIcon(application_icon())
        self.resize(560, 460)
        layout = QVBoxLayout(self)

        heading = QLabel(self.tr("信访台账 %1").replace("%1", facts.version))
        heading.setObjectName("aboutHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        form = QFormLayout()
        self.version_label = QLabel(facts.version)
        self.location_label = QLabel(facts.database_location)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setWordWrap(True)
        self.size_label = QLabel(size_text(facts.database_bytes))
        form.addRow(self.tr("版本："), self.version_label)
        form.addRow(self.tr("数据库位置："), self.location_label)
        form.addRow(self.tr("数据库大小："), self.size_label)
        layout.addLayout(form)

        tabs = QTabWidget()
        self.libraries = QTableWidget(len(facts.libraries), 3)
        self.libraries.setHorizontalHeaderLabels(
            [self.tr("组件"), self.tr("版本"), self.tr("许可")]
        )
        self.libraries.verticalHeader().setVisible(False)
        self.libraries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, library in enumerate(facts.libraries):
            for column, text in enumerate((library.name, library.version, library.licence)):
                self.libraries.setItem(row, column, QTableWidgetItem(text))
        self.libraries.resizeColumnsToContents()
        self.libraries.horizontalHeader().setStretchLastSection(True)
        tabs.addTab(self.libraries, self.tr("程序库的许可"))
        self.fonts = QPlainTextEdit()
        self.fonts.setReadOnly(True)
        self.fonts.setPlainText(
            "\n\n".join(f"== {name} ==\n{text.strip()}" for name, text in facts.font_licences)
        )
        tabs.addTab(self.fonts, self.tr("字体的许可"))
        layout.addWidget(tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        layout.addWidget(buttons)
