"""Background work: a function runs on the thread pool; only plain results cross back.

No widget is touched inside the work; success and failure callbacks run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("xinfang.ui")


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals):
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # reported to the GUI thread, which decides what to show
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Operation(QObject):
    """Start with ``Operation.start(parent, work, on_success, on_failure)``."""

    finished = Signal()

    def __init__(self, parent: QObject, work, on_success, on_failure):
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._on_success = on_success
        self._on_failure = on_failure
        self._job = _Job(work, self._signals)
        self.done = False

    @classmethod
    def start(cls, parent: QObject, work, on_success, on_failure) -> Operation:
        operation = cls(parent, work, on_success, on_failure)
        QThreadPool.globalInstance().start(operation._job)
        return operation

    def _succeeded(self, result: object) -> None:
        self.done = True
        try:
            self._on_success(result)
        finally:
            self.finished.emit()
            self.deleteLater()

    def _failed(self, exc: object) -> None:
        self.done = True
        if not _is_known(exc):
            log.error("background operation failed", exc_info=exc)  # type: ignore[arg-type]
        try:
            self._on_failure(exc)
        finally:
            self.finished.emit()
            self.deleteLater()


def _is_known(exc: object) -> bool:
    from ..db.errors import StorageError
    from ..domain.auth import PermissionDeniedError
    from ..domain.errors import ValidationError

    return isinstance(exc, StorageError | ValidationError | PermissionDeniedError)
