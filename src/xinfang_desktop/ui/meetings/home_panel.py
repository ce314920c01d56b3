"""首页 panel: minutes waiting for the principal's signature, and this week's record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...domain.auth import Permission
from ...domain.dates import chinese_date
from ...domain.meetings import monday_of
from ...services import meetings as meeting_service
from ..home.page import HomePanel

_SHOWN_DATES = 6


class MeetingReviewPanel(HomePanel):
    # The line leads to its page: True opens the 待审签 queue, False the records.
    open_meetings = Signal(bool)

    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(self.tr("例会"), parent)
        self._db, self._actor = db, actor
        self._queued = False
        self.summary = QLabel(self)
        self.summary.setObjectName("meetingSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton(self.tr("打开例会 →"), self)
        self.open_button.setFlat(True)
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.clicked.connect(lambda: self.open_meetings.emit(self._queued))
        self.body.addWidget(self.summary)
        self.body.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

    def mouseReleaseEvent(self, event) -> None:
        # A click anywhere on the panel's text opens the page, as the line suggests.
        super().mouseReleaseEvent(event)
        self.open_meetings.emit(self._queued)

    def load(self) -> None:
        lines: list[str] = []
        attention = False
        if self._actor.can(Permission.REVIEW_AND_SIGN):
            queued = meeting_service.review_queue(self._db, self._actor)
            self._queued = bool(queued)
            if queued:
                attention = True
                days = "、".join(chinese_date(m.draft.held_on) for m in queued[:_SHOWN_DATES])
                more = "…" if len(queued) > _SHOWN_DATES else ""
                lines.append(
                    self.tr("待审签例会记录 {n} 份：{days}{more}").format(
                        n=len(queued), days=days, more=more
                    )
                )
            else:
                lines.append(self.tr("没有待审签的例会记录。"))
        if self._actor.can(Permission.WRITE_MINUTES):
            monday = monday_of(date.today())
            this_week = meeting_service.list_meetings(
                self._db, self._actor, monday, monday + timedelta(days=6)
            )
            if not this_week:
                attention = True
                lines.append(
                    self.tr("本周（{day} 周一）的例会记录尚未建立。").format(
                        day=chinese_date(monday)
                    )
                )
        colour = " color: #b71c1c;" if attention else ""
        self.summary.setStyleSheet("font-size: 14px;" + colour)
        self.summary.setText("\n".join(lines))
