"""Preview a PDF inside the program (QtPdf) and print it through the system print dialog."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from . import prompts

log = logging.getLogger("xinfang.ui")

_ZOOM_STEP = 1.25
_ZOOM_MIN, _ZOOM_MAX = 0.25, 5.0


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 760)
        self.pdf_bytes = pdf
        self._suggested_name = suggested_name
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.page_info = QLabel(self)
        self.saved_info = QLabel(self)
        self.saved_info.setObjectName("savedInfo")
        self.saved_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(lambda _p: self._show_page())
        self.previous_button = QPushButton(self.tr("上一页 (PgUp)"), self)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button = QPushButton(self.tr("下一页 (PgDn)"), self)
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_out_button = QPushButton(self.tr("缩小 (Ctrl+-)"), self)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / _ZOOM_STEP))
        self.zoom_in_button = QPushButton(self.tr("放大 (Ctrl++)"), self)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(_ZOOM_STEP))
        self.fit_button = QPushButton(self.tr("适合宽度"), self)
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        tools = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.zoom_out_button,
                       self.zoom_in_button, self.fit_button):  # fmt: skip
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.saved_info)
        self._show_page()
        self.print_button = QPushButton(self.tr("打印… (Ctrl+P)"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("另存为 PDF… (Ctrl+S)"), self)
        self.save_button.clicked.connect(self.save_as)
        close_button = QPushButton(self.tr("关闭"), self)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.page_info)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_document)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_as)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(_ZOOM_STEP)),
            (QKeySequence("Ctrl+="), lambda: self.zoom_by(_ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / _ZOOM_STEP)),
            (QKeySequence("PgUp"), lambda: self.go_to_page(self.current_page() - 1)),
            (QKeySequence("PgDown"), lambda: self.go_to_page(self.current_page() + 1)),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
            self._show_page()

    def zoom_by(self, factor: float) -> None:
        zoom = min(max(self.view.zoomFactor() * factor, _ZOOM_MIN), _ZOOM_MAX)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _show_page(self) -> None:
        pages = self.document.pageCount()
        current = min(self.current_page(), max(pages - 1, 0))
        self.page_info.setText(
            self.tr("第 {page} / {pages} 页").format(page=current + 1, pages=pages)
        )
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(current + 1 < pages)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as(self) -> str:
        path = prompts.ask_save_path(
            self, self.tr("另存为 PDF"), self._suggested_name, self.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return ""
        try:
            Path(path).write_bytes(self.pdf_bytes)
        except OSError as exc:
            prompts.show_error(
                self, self.tr("保存失败"), self.tr("无法写入文件：{e}").format(e=exc)
            )
            return ""
        self.saved_info.setText(self.tr("已保存到 {path}").format(path=path))
        return path

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return render_to_printer(self.document, printer)


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> bool:
    """Draw each PDF page as an image at the printer's resolution, fitted to the paper."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), 300)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            image = document.render(index, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(QPointF(0, 0), image)
            painter.setViewport(target)
    finally:
        painter.end()
    return True
