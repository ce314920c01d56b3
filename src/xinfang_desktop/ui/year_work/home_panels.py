"""首页 panels of the year's work: 信息报送 not yet closed by a 终报."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...domain.dates import chinese_date
from ...services import info_reports as report_service
from ..home.page import HomePanel

SHOWN = 5


class OpenReportsPanel(HomePanel):
    """Open reports stay here until their final report (终报)."""

    open_reports = Signal()

    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(self.tr("信息报送（待终报）"), parent)
        self._db, self._actor = db, actor
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(self.tr("打开信息报送"), self)
        self.open_button.clicked.connect(self.open_reports)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.open_button)

    def load(self) -> None:
        reports = report_service.open_reports(self._db, self._actor)
        lines = [
            self.tr("{d} {t}（续报 {n} 次）").format(
                d=chinese_date(r.occurred_at.date()), t=r.title, n=len(r.updates)
            )
            for r in reports[:SHOWN]
        ]
        if len(reports) > SHOWN:
            lines.append(self.tr("等 {n} 件").format(n=len(reports)))
        self.summary.setText("\n".join(lines))
        self.setVisible(bool(reports))
