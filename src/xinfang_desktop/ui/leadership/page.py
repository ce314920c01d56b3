"""领导小组 area: one page with a tab for each part of the leaders' work."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .disputes_tab import DisputesTab
from .group_tab import GroupTab
from .outreach_tab import OutreachTab
from .screening_tab import ScreeningTab


class LeadershipPage(QWidget):
    # Something the start page counts changed (overdue disputes and follow-ups).
    changed = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.group_tab = GroupTab(db, actor, self)
        self.screening_tab = ScreeningTab(db, actor, self)
        self.outreach_tab = OutreachTab(db, actor, self)
        self.disputes_tab = DisputesTab(db, actor, self)
        self.tabs.addTab(self.group_tab, self.tr("领导小组"))
        self.tabs.addTab(self.screening_tab, self.tr("包组摸排"))
        self.tabs.addTab(self.outreach_tab, self.tr("下访"))
        self.tabs.addTab(self.disputes_tab, self.tr("矛盾纠纷"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.screening_tab.open_dispute_dialog = lambda finding: self.disputes_tab.open_dialog(
            finding=finding
        )
        self.group_tab.members_changed.connect(self.screening_tab.load)
        self.screening_tab.records_changed.connect(self.changed)
        self.screening_tab.dispute_created.connect(self.changed)
        self.disputes_tab.disputes_changed.connect(self.changed)
        self.disputes_tab.disputes_changed.connect(self.screening_tab.load_overview)
        self.tabs.currentChanged.connect(self._load_tab)
        self._loaded: set[int] = set()

    def _load_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        tab.load()
        self._loaded.add(index)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Reload on every visit: people and groups may have changed on other pages.
        self._load_tab(self.tabs.currentIndex())

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)
