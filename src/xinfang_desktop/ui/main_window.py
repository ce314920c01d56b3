"""The main window: navigation between the areas that work, and the status area."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from ..domain.dates import chinese_date_with_weekday
from ..domain.settings import UnitSettings
from .window_layout import fit_to_screen, restore_layout, save_layout

if TYPE_CHECKING:
    from ..db.engine import Database
    from ..services.context import Actor

log = logging.getLogger("xinfang.ui")

_STATUS_REFRESH_MS = 30_000


class MainWindow(QMainWindow):
    # The user asked to sign out: the application closes this window and asks who is next.
    sign_out_requested = Signal()

    """Shown before the database is open (start-up feels instant); ``attach`` fills it.

    The storage stack (SQLAlchemy) takes longer to import than Qt itself on a school PC, so
    the window appears first and the pages arrive a moment later.
    """

    def __init__(self, db: Database | None = None, actor: Actor | None = None, parent=None):
        super().__init__(parent)
        self._db: Database | None = None
        self._holders: dict[QWidget, QWidget] = {}
        fit_to_screen(self)
        self.setWindowTitle(self.tr("信访台账"))

        self.navigation = QListWidget(self)
        self.navigation.setFixedWidth(120)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 15px; } QListWidget::item { padding: 10px 6px; }"
        )
        # Ctrl+1 … Ctrl+9 reach the first nine areas; F6 puts the keyboard on the list so the
        # arrows reach the rest (用户管理, 审计日志, 数据备份, 设置) without the mouse.
        self.navigation.setToolTip(self.tr("F6：到这里，再用上下方向键选择"))
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.navigation.setFocus)
        self.pages = QStackedWidget(self)
        self.opening = QLabel(self.tr("正在打开数据库…"), self)
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.opening)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.date_label = QLabel(chinese_date_with_weekday(date.today()), self)
        self.on_site_label = QLabel(self)
        self.on_site_label.setObjectName("onSite")
        self.database_label = QLabel(self)
        self.actor: Actor | None = None
        self.user_label = QLabel(self)
        self.user_label.hide()
        self.change_password_button = QPushButton(self.tr("修改密码"), self)
        self.change_password_button.setFlat(True)
        self.change_password_button.hide()
        self.change_password_button.clicked.connect(self.change_password)
        self.sign_out_button = QPushButton(self.tr("退出登录"), self)
        self.sign_out_button.setFlat(True)
        self.sign_out_button.hide()
        self.sign_out_button.clicked.connect(self.ask_sign_out)
        # Once a sign-out is under way (asked, or forced by a restore) closing never asks again.
        self._leaving = False
        self.sign_out_requested.connect(self._mark_leaving)
        status = self.statusBar()
        status.addWidget(self.date_label)
        status.addWidget(self.on_site_label)
        status.addPermanentWidget(self.database_label)
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.change_password_button)
        status.addPermanentWidget(self.sign_out_button)
        self.about_button = QPushButton(self.tr("关于"), self)
        self.about_button.setFlat(True)
        self.about_button.clicked.connect(self.show_about)
        status.addPermanentWidget(self.about_button)
        if db is not None and actor is not None:
            self.attach(db, actor)

    def attach(self, db: Database, actor: Actor) -> None:
        """Build the areas the signed-in role may use, on an open database."""
        from ..db.errors import StorageError
        from ..domain.auth import Permission
        from ..services import backups as backup_service
        from ..services import settings as settings_service
        from .auth.audit_page import AuditPage
        from .auth.users_page import UsersPage
        from .backup.page import BackupPage
        from .cases.home_panel import (
            CaseAttentionPanel,
            OwnerSupervisionPanel,
            PendingFindingsPanel,
        )
        from .cases.page import CasesPage
        from .home.page import HomePage, OnSiteBoard, TodayVisitsPanel
        from .leadership.home_panel import LeadershipPanel
        from .leadership.page import LeadershipPage
        from .meetings.home_panel import MeetingReviewPanel
        from .meetings.page import MeetingsPage
        from .people.page import PeoplePage
        from .rota.page import RotaPage
        from .rota.status import OnDutyLabel, OnDutyPanel
        from .settings.page import SettingsPage
        from .statistics.page import StatisticsPage
        from .visits.page import VisitsPage
        from .year_work.page import YearWorkPage

        self._db = db
        self.actor = actor
        try:
            settings = settings_service.get_unit_settings(db)
        except StorageError:
            settings = UnitSettings()
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        gate_work = actor.can(Permission.REGISTER_VISITS) or actor.can(Permission.SEARCH_ALL_VISITS)
        self.home_page = HomePage(self)
        self.visits_page = VisitsPage(db, actor, settings, self) if gate_work else None
        self.cases_page = (
            CasesPage(db, actor, self) if actor.can(Permission.VIEW_OWN_CASES) else None
        )
        self.users_page = UsersPage(db, actor, self) if actor.can(Permission.MANAGE_USERS) else None
        self.audit_page = (
            AuditPage(db, actor, settings.unit_name, self)
            if actor.can(Permission.VIEW_AUDIT)
            else None
        )
        self.settings_page = (
            SettingsPage(db, actor, self) if actor.can(Permission.MANAGE_SETTINGS) else None
        )
        self.backup_page = (
            BackupPage(db, actor, backup_service.default_backup_dir(db), self)
            if actor.can(Permission.BACKUP_RESTORE)
            else None
        )
        # Areas in the order of the navigation; Ctrl+1 … Ctrl+9 follow it. 设置 stays last.
        self._add_area(self.tr("首页"), self.home_page)
        if self.visits_page is not None:
            self._add_area(self.tr("来访登记"), self.visits_page)
        if self.cases_page is not None:
            self._add_area(self.tr("信访事项"), self.cases_page)
        organisation = actor.can(Permission.MANAGE_ORGANISATION)
        # Leaders open it too, to record their screenings, 下访 and dispute progress.
        own_work = actor.can(Permission.RECORD_OWN_WORK)
        self.leadership_page = LeadershipPage(db, actor, self) if own_work else None
        self.people_page = PeoplePage(db, actor, self) if organisation else None
        if self.leadership_page is not None:
            self._add_area(self.tr("领导小组"), self.leadership_page)
            self.leadership_page.changed.connect(self.home_page.refresh)
        if self.people_page is not None:
            self._add_area(self.tr("人员"), self.people_page)
        # Leaders and those who organise the unit open the rota; the gate sees today's duty in
        # the status bar and on the start page.
        self.rota_page = (
            RotaPage(db, actor, self)
            if organisation or actor.can(Permission.REVIEW_AND_SIGN)
            else None
        )
        if self.rota_page is not None:
            self._add_area(self.tr("值班"), self.rota_page)
        self.statistics_page = (
            StatisticsPage(db, actor, self)
            if actor.can(Permission.VIEW_ALL_CASES) or actor.can(Permission.REVIEW_AND_SIGN)
            else None
        )
        if self.statistics_page is not None:
            self._add_area(self.tr("统计"), self.statistics_page)
        minutes_work = actor.can(Permission.WRITE_MINUTES) or actor.can(Permission.REVIEW_AND_SIGN)
        self.meetings_page = MeetingsPage(db, actor, self) if minutes_work else None
        if self.meetings_page is not None:
            self._add_area(self.tr("例会"), self.meetings_page)
            self.meetings_page.changed.connect(self.home_page.refresh)
        # 工作计划, 座谈会, 信息报送, 领导接访 and the year-end 总结.
        self.year_work_page = YearWorkPage(db, actor, self) if minutes_work else None
        if self.year_work_page is not None:
            self._add_area(self.tr("年度工作"), self.year_work_page)
            self.year_work_page.changed.connect(self.home_page.refresh)
        if self.users_page is not None:
            self._add_area(self.tr("用户管理"), self.users_page)
        if self.audit_page is not None:
            self._add_area(self.tr("审计日志"), self.audit_page)
        if self.backup_page is not None:
            self._add_area(self.tr("数据备份"), self.backup_page)
            self.backup_page.restored.connect(self.sign_out_requested)
        if self.settings_page is not None:
            self._add_area(self.tr("设置"), self.settings_page, scroll=True)
        self.on_site_board = None
        if gate_work:
            self.home_page.add_panel(TodayVisitsPanel(db, self.home_page))
            self.on_site_board = OnSiteBoard(db, actor, self.home_page)
            self.on_site_board.departed.connect(lambda _id: self.refresh_status())
            self.home_page.add_panel(self.on_site_board, wide=True)
        if self.cases_page is not None:
            for panel in (
                CaseAttentionPanel(db, self.home_page),
                OwnerSupervisionPanel(db, self.home_page),
            ):
                panel.open_cases.connect(self._open_cases)
                self.home_page.add_panel(panel)
            self.cases_page.cases_changed.connect(self.home_page.refresh)
            if actor.can(Permission.MANAGE_CASES):
                self.pending_findings_panel = PendingFindingsPanel(db, self.home_page)
                self.pending_findings_panel.open_finding.connect(self._case_from_finding)
                self.home_page.add_panel(self.pending_findings_panel)
            if self.visits_page is not None:
                self.visits_page.case_requested.connect(self._case_from_visit)
            if self.leadership_page is not None:
                self.leadership_page.screening_tab.case_form_requested.connect(
                    self._case_from_finding
                )
            if self.settings_page is not None:
                self.settings_page.case_settings.saved.connect(self.cases_page.reload_settings)
        self.leadership_panel = None
        if organisation or actor.can(Permission.REVIEW_AND_SIGN):
            self.leadership_panel = LeadershipPanel(db, self.home_page)
            self.home_page.add_panel(self.leadership_panel, wide=True)
        if self.meetings_page is not None:
            self.meeting_panel = MeetingReviewPanel(db, actor, self.home_page)
            self.meeting_panel.open_meetings.connect(self._open_meetings)
            self.home_page.add_panel(self.meeting_panel)
        self._add_year_work_panels(db, actor)
        self.on_duty_label = OnDutyLabel(db, self)
        self.statusBar().addWidget(self.on_duty_label)
        self.home_page.add_panel(OnDutyPanel(db, self.home_page))
        if self.rota_page is not None:
            self.rota_page.rota_changed.connect(self.on_duty_label.refresh)
        self.navigation.currentRowChanged.connect(self._show_area)
        restore_layout(self, self.pages, self._layout_owner())
        self.show_area(self.visits_page or self.home_page)
        where = db.path.name if db.path else db.url.render_as_string(hide_password=True)
        self.database_label.setText(self.tr("数据库：{w}").format(w=where))
        self.user_label.setText(
            self.tr("{name}（{role}）").format(name=actor.name, role=self.tr(actor.role.value))
        )
        self.user_label.show()
        self.change_password_button.setVisible(actor.user_id is not None)
        self.sign_out_button.setVisible(actor.user_id is not None)

        if self.visits_page is not None:
            self.visits_page.visits_changed.connect(self.refresh_status)
            self.visits_page.visits_changed.connect(self.home_page.refresh)
        if self.settings_page is not None:
            self.settings_page.settings_saved.connect(self._settings_saved)
        self._status_timer = QTimer(self, interval=_STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self._apply_title(settings)
        self.refresh_status()
        if not settings.unit_name and self.settings_page is not None:
            self.show_area(self.settings_page)
            self.settings_page.banner.show_message(
                "alert", self.tr("欢迎使用信访台账。请先填写单位名称，再开始来访登记。")
            )
        elif self.visits_page is not None:
            self.visits_page.form.name.setFocus()

    # --- unsaved typing ------------------------------------------------------------------------
    def unsaved_work(self) -> list[str]:
        """Typing on any page that closing the window would throw away."""
        pending: list[str] = []
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            page = page.widget() if isinstance(page, QScrollArea) else page
            describe = getattr(page, "unsaved_work", None)
            if callable(describe):
                pending.extend(describe())
        return pending

    def may_discard_unsaved(self, leaving: str) -> bool:
        from . import prompts

        pending = self.unsaved_work()
        if not pending:
            return True
        question = self.tr(
            "以下内容还没有保存：\n{items}\n\n{leaving}将放弃这些内容。确定吗？"
        ).format(items="\n".join(f"· {item}" for item in pending), leaving=leaving)
        return prompts.ask_yes_no(self, self.tr("未保存的内容"), question)

    def ask_sign_out(self) -> None:
        if self.may_discard_unsaved(self.tr("退出登录")):
            self.sign_out_requested.emit()

    def _mark_leaving(self) -> None:
        self._leaving = True
        self.save_layout()

    def _layout_owner(self) -> str:
        actor = self.actor
        return str(actor.user_id) if actor and actor.user_id is not None else actor.name

    def save_layout(self) -> None:
        """Keep this user's window size and splitter positions for the next sign-in."""
        if self.actor is None:
            return
        try:
            save_layout(self, self.pages, self._layout_owner())
        except OSError as exc:  # a full or read-only data folder never blocks closing
            log.warning("window layout not saved: %s", exc)

    def closeEvent(self, event) -> None:
        if not self._leaving and not self.may_discard_unsaved(self.tr("关闭窗口")):
            event.ignore()
            return
        if not self._leaving:
            self._leaving = True
            self.save_layout()
        super().closeEvent(event)

    def show_about(self) -> None:
        from ..services.about import about_facts
        from . import prompts
        from .about_dialog import AboutDialog

        self.about_dialog = AboutDialog(about_facts(getattr(self, "_db", None)), self)
        prompts.run_dialog(self.about_dialog)

    def change_password(self) -> None:
        from . import prompts
        from .auth.dialogs import ChangePasswordDialog

        if self._db is None or self.actor is None:
            return
        if prompts.run_dialog(ChangePasswordDialog(self._db, self.actor, parent=self)):
            self.statusBar().showMessage(self.tr("密码已修改"), 5000)

    def _add_year_work_panels(self, db: Database, actor: Actor) -> None:
        """The setup checklist, open 信息报送 on 首页; today's 约访 above the gate's register."""
        from ..domain.auth import Permission
        from .home.setup_panel import SetupChecklistPanel
        from .year_work.gate import ExpectedVisitorsBox
        from .year_work.home_panels import OpenReportsPanel

        if actor.can(Permission.MANAGE_SETTINGS):
            places = {
                "settings": self.settings_page,
                "people": self.people_page,
                "leadership": self.leadership_page,
                "rota": self.rota_page,
                "users": self.users_page,
            }
            opens = {
                area: (lambda page=page: self.show_area(page))
                for area, page in places.items()
                if page is not None
            }
            self.setup_panel = SetupChecklistPanel(db, actor, opens, self.home_page)
            self.home_page.add_panel(self.setup_panel, wide=True)
        if self.year_work_page is not None and (
            actor.can(Permission.VIEW_ALL_CASES) or actor.can(Permission.REVIEW_AND_SIGN)
        ):
            self.reports_panel = OpenReportsPanel(db, actor, self.home_page)
            self.reports_panel.open_reports.connect(
                lambda: (
                    self.show_area(self.year_work_page),
                    self.year_work_page.tabs.setCurrentWidget(self.year_work_page.reports_tab),
                )
            )
            self.home_page.add_panel(self.reports_panel)
        self.expected_visitors = None
        if self.visits_page is not None and actor.can(Permission.REGISTER_VISITS):
            self.expected_visitors = ExpectedVisitorsBox(db, actor, self.visits_page)
            self.visits_page.add_above_list(self.expected_visitors)
            self.expected_visitors.register_requested.connect(self._register_expected)
            self.visits_page.form.saved.connect(self._link_expected_arrival)
            self.expected_visitors.refresh()
        self._pending_appointment = None

    def _register_expected(self, appointment) -> None:
        """One key at the gate: the booked visitor's name, matter and leader in the form."""
        from datetime import datetime

        from ..domain.visits import VisitDraft

        form = self.visits_page.form
        # A masked number (the gate's view) is never put into the form to be saved as typed.
        phone = "" if "*" in appointment.petitioner_phone else appointment.petitioner_phone
        form.fill(
            VisitDraft(
                arrived_at=datetime.now().replace(second=0, microsecond=0),
                name=appointment.petitioner_name,
                reason=(f"约访：{appointment.matter}" if appointment.matter else "约访")[:200],
                phone=phone,
                host=appointment.leader_name,
                receptionist=form.receptionist.currentText(),
            )
        )
        self._pending_appointment = appointment
        self.show_area(self.visits_page)
        form.reason.setFocus()

    def _link_expected_arrival(self, visit_id: int, is_new: bool) -> None:
        appointment, self._pending_appointment = self._pending_appointment, None
        if appointment is None or not is_new:
            return
        from ..db.errors import StorageError
        from ..domain.auth import PermissionDeniedError
        from ..domain.errors import ValidationError
        from ..services import reception as reception_service

        try:
            reception_service.link_arrival(
                self._db, self.actor, appointment.id, visit_id,
                expected_version=appointment.version,
            )  # fmt: skip
        except (StorageError, PermissionDeniedError, ValidationError) as error:
            log.warning("约访 %s not linked to visit %s: %s", appointment.id, visit_id, error)
        self.expected_visitors.refresh()

    def _add_area(self, title: str, page: QWidget, *, scroll: bool = False) -> None:
        item = QListWidgetItem(title, self.navigation)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wide enough for the longest title (English ones are longer than two characters).
        needed = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8
        self.navigation.setFixedWidth(max(self.navigation.width(), needed))
        if scroll:
            # A long page (settings of every area) scrolls instead of forcing a tall window.
            holder = QScrollArea(self.pages)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setWidget(page)
            self._holders[page] = holder
            page = holder
        self.pages.addWidget(page)
        row = self.navigation.count() - 1
        if row < 9:
            QShortcut(
                QKeySequence(f"Ctrl+{row + 1}"), self, lambda: self.navigation.setCurrentRow(row)
            )

    def _open_cases(self, attention: str, owner_id: int | None) -> None:
        self.show_area(self.cases_page)
        self.cases_page.show_attention(attention, owner_id)

    def _case_from_finding(self, record_id: int) -> None:
        self.show_area(self.cases_page)
        self.cases_page.new_case_from_finding(record_id)

    def _open_meetings(self, review_queue: bool) -> None:
        self.show_area(self.meetings_page)
        if review_queue and self.meetings_page.queue is not None:
            self.meetings_page.tabs.setCurrentIndex(1)

    def _case_from_visit(self, visit_id: int) -> None:
        self.show_area(self.cases_page)
        self.cases_page.new_case_from_visit(visit_id)

    def show_area(self, page: QWidget | None) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(self._holders.get(page, page)))

    def _show_area(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if self.visits_page is not None and self.pages.currentWidget() is self.visits_page:
            self.visits_page.form.name.setFocus()

    def _apply_title(self, settings: UnitSettings) -> None:
        unit = settings.unit_name or self.tr("未设置单位")
        self.setWindowTitle(self.tr("信访台账 — {unit}").format(unit=unit))

    def _settings_saved(self, settings: UnitSettings) -> None:
        self._apply_title(settings)
        if self.visits_page is not None:
            self.visits_page.apply_settings(settings)

    def refresh_status(self) -> None:
        from ..db.errors import StorageError
        from ..services import visits as visit_service

        today = date.today()
        self.date_label.setText(chinese_date_with_weekday(today))
        if self._db is None:
            return
        try:
            present = visit_service.on_site(self._db, today)
        except StorageError as exc:
            self.on_site_label.setText(exc.user_message)
            return
        self.on_site_label.setText(
            self.tr("在场来访：{batches} 批 {persons} 人").format(
                batches=present.batches, persons=present.persons
            )
        )
