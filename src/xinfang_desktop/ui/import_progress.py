"""Reading, checking and committing an import off the GUI thread, with a progress bar and a
cancel button. The work gets ``progress`` and ``cancelled`` callables; only plain values
cross threads (the progress travels as a queued signal), and no widget is touched inside it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ..services.case_import import ImportCancelled
from .operations import Operation

CANCELLED = object()  # what a cancelled piece of work hands back


class _ProgressSignal(QObject):
    changed = Signal(int)


class ImportProgress(QWidget):
    """A progress bar with 取消; ``run`` starts one piece of work at a time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._signal = _ProgressSignal(self)
        self._signal.changed.connect(self.bar.setValue)
        self._cancel = threading.Event()
        self.operation: Operation | None = None
        self.hide()

    @property
    def busy(self) -> bool:
        return self.operation is not None and not self.operation.done

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def run(
        self,
        work: Callable[[Callable[[float], None], Callable[[], bool]], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self._cancel = threading.Event()
        cancel = self._cancel
        signal = self._signal

        def progress(fraction: float) -> None:
            signal.changed.emit(int(max(0.0, min(1.0, fraction)) * 1000))

        def finished_ok(result: Any) -> None:
            self.hide()
            on_success(result)

        def finished_failed(exc: BaseException) -> None:
            self.hide()
            on_failure(exc)

        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

        def guarded() -> Any:
            try:
                return work(progress, cancel.is_set)
            except ImportCancelled:
                return CANCELLED

        self.operation = Operation.start(self, guarded, finished_ok, finished_failed)
