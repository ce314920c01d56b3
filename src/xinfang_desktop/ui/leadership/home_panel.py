"""首页 panel: overdue disputes, overdue follow-ups, and groups not screened in time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.dates import chinese_date
from ...services import disputes as dispute_service
from ...services import leadership as leadership_service
from ...services import outreach as outreach_service
from ...services import screening as screening_service
from ..home.page import HomePanel

_SHOWN = 8


class LeadershipPanel(HomePanel):
    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(self.tr("矛盾纠纷与包组摸排"), parent)
        self._db = db
        self.summary = QLabel(self)
        self.summary.setObjectName("leadershipSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setStyleSheet("font-size: 14px;")
        self.body.addWidget(self.summary)

    def load(self) -> None:
        today = date.today()
        lines: list[str] = []
        overdue = dispute_service.overdue_disputes(self._db, today)
        for dispute in overdue[:_SHOWN]:
            lines.append(
                self.tr("逾期纠纷：{matter}（时限 {day}，责任人 {name}）").format(
                    matter=dispute.matter[:30],
                    day=chinese_date(dispute.deadline),
                    name=dispute.responsible,
                )
            )
        follow_ups = screening_service.overdue_follow_ups(self._db, today)
        for record in follow_ups[:_SHOWN]:
            lines.append(
                self.tr("逾期跟进：{group} {day} 摸排发现（{name}，期限 {due}）").format(
                    group=record.group_name,
                    day=chinese_date(record.screened_on),
                    name=record.follow_up_owner,
                    due=chinese_date(record.follow_up_due),
                )
            )
        for visit in outreach_service.overdue_outreach_follow_ups(self._db, today)[:_SHOWN]:
            lines.append(
                self.tr("逾期跟进：下访“{who}”（{name}，期限 {due}）").format(
                    who=visit.visited,
                    name=visit.follow_up_owner,
                    due=chinese_date(visit.follow_up_due),
                )
            )
        term = leadership_service.term_on(self._db, today)
        if term is not None:
            late = [
                s
                for s in screening_service.screening_overview(self._db, term.id, today)
                if s.overdue
            ]
            if late:
                lines.append(
                    self.tr("未按期摸排：{groups}").format(
                        groups="、".join(s.group_name for s in late)
                    )
                )
        if not lines:
            self.summary.setStyleSheet("font-size: 14px;")
            self.summary.setText(self.tr("没有逾期的纠纷和跟进，各组均按期摸排。"))
            return
        self.summary.setStyleSheet("font-size: 14px; color: #b71c1c;")
        self.summary.setText("\n".join(lines))
