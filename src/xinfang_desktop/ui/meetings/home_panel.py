"""首页 panel: minutes waiting for the principal's signature, and this week's record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.auth import Permission
from ...domain.dates import chinese_date
from ...domain.meetings import monday_of
from ...services import meetings as meeting_service
from ..home.page import HomePanel

_SHOWN_DATES = 6


class MeetingReviewPanel(HomePanel):
    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(self.tr("例会"), parent)
        self._db, self._actor = db, actor
        self.summary = QLabel(self)
        self.summary.setObjectName("meetingSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.summary)

    def load(self) -> None:
        lines: list[str] = []
        attention = False
        if self._actor.can(Permission.REVIEW_AND_SIGN):
            queued = meeting_service.review_queue(self._db, self._actor)
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
