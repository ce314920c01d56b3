"""Who is on duty today, with phone numbers: a status-bar label and a start-page panel."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ..home.page import HomePanel

_REFRESH_MS = 60_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("OnDuty", text)


def on_duty_text(duties, *, multiline: bool) -> str:
    """带班领导 王建国 13805330000 · 值班人员 … ; the running (or next) shift of today first."""
    if not duties:
        return _tr("今日无值班安排")
    shifts: dict[int, list] = {}
    for duty in duties:
        shifts.setdefault(duty.shift_id, []).append(duty)
    lines = []
    for items in shifts.values():
        people = "　".join(f"{d.role_name} {d.name} {d.phone}".strip() for d in items)
        first = items[0]
        lines.append(
            f"{first.pattern_name}（{first.starts_at:%H:%M}–{first.ends_at:%H:%M}）：{people}"
        )
    return ("\n" if multiline else "　|　").join(lines)


class OnDutyLabel(QLabel):
    """In the status bar: today's shifts and people, refreshed every minute."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("onDuty")
        self._db = db
        self._timer = QTimer(self, interval=_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        from ...services.rota import on_duty

        try:
            duties = on_duty(self._db, now or datetime.now())
        except (StorageError, PermissionDeniedError) as exc:
            self.setText(exc.user_message)
            return
        if not duties:
            # Not "今日值班：今日无值班安排": the label already says which day.
            self.setText(_tr("今日值班：无安排"))
            return
        self.setText(_tr("今日值班：") + on_duty_text(duties, multiline=False))


class OnDutyPanel(HomePanel):
    """今日值班 on the start page."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(_tr("今日值班"), parent)
        self._db = db
        self.summary = QLabel(self)
        self.summary.setObjectName("onDutyPanel")
        self.summary.setStyleSheet("font-size: 15px;")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)

    def load(self) -> None:
        from ...services.rota import on_duty

        self.summary.setText(on_duty_text(on_duty(self._db, datetime.now()), multiline=True))
