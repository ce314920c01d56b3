"""值班设置: who takes turns in each role, roles and shift patterns, rules, sensitive days,
and leave (请假/出差). A box on the settings page opens the dialog; so does the rota page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.errors import FieldError, ValidationError
from ...domain.rota import (
    DutyRole,
    RotaSettings,
    SensitiveDay,
    ShiftPattern,
    Unavailability,
)
from .. import prompts
from ..visits.form import translate_error
from ..widgets import Banner, FieldWithError, ReadingOrderFocus

_PERSON = Qt.ItemDataRole.UserRole


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RotaSettingsBox(QGroupBox):
    """The box on the settings page."""

    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(self.tr("值班设置"), parent)
        self._db = db
        self._actor = actor
        self.open_button = QPushButton(self.tr("轮值名单、班次、规则、敏感日、请假…"), self)
        self.open_button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.addWidget(QLabel(self.tr("带班领导、值班人员、门卫的轮值名单和排班规则"), self), 1)
        layout.addWidget(self.open_button)

    def open_dialog(self) -> None:
        prompts.run_dialog(RotaSettingsDialog(self._db, self._actor, self))


class RotaSettingsDialog(ReadingOrderFocus, QDialog):
    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("值班设置"))
        self.resize(900, 640)
        self._db = db
        self._actor = actor
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_pools(), self.tr("轮值名单"))
        self.tabs.addTab(self._build_rules(), self.tr("角色、班次与规则"))
        self.tabs.addTab(self._build_leave(), self.tr("请假/出差"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.load()

    # -- layout ----------------------------------------------------------------------------

    def _build_pools(self) -> QWidget:
        page = QWidget(self)
        self.pool_lists: dict[str, QListWidget] = {}
        self.pools_row = QHBoxLayout()
        self.pools_error = QLabel(page)
        self.pools_error.setStyleSheet("color:#c62828;")
        self.pools_error.setWordWrap(True)
        self.save_pools_button = QPushButton(self.tr("保存轮值名单"), page)
        self.save_pools_button.clicked.connect(self.save_pools)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("勾选参加轮值的人员；带班领导只列出校级领导。"), page))
        layout.addLayout(self.pools_row, 1)
        layout.addWidget(self.pools_error)
        layout.addWidget(self.save_pools_button)
        return page

    def _build_rules(self) -> QWidget:
        page = QWidget(self)
        self.roles = QTableWidget(0, 4, page)
        self.roles.setHorizontalHeaderLabels(
            [self.tr("角色名称"), self.tr("每班人数"), self.tr("敏感日人数"), self.tr("仅校级领导")]
        )
        self.patterns = QTableWidget(0, 5, page)
        self.patterns.setHorizontalHeaderLabels(
            [
                self.tr("班次名称"),
                self.tr("开始时间"),
                self.tr("时长（小时）"),
                self.tr("工作日排"),
                self.tr("休息日/节假日排"),
            ]
        )
        self.sensitive = QTableWidget(0, 2, page)
        self.sensitive.setHorizontalHeaderLabels([self.tr("日期（2026-12-13）"), self.tr("名称")])
        for table in (self.roles, self.patterns, self.sensitive):
            table.horizontalHeader().setStretchLastSection(True)
            table.setMinimumHeight(140)
        self.sensitive.setColumnWidth(0, 170)
        add_role = QPushButton(self.tr("添加角色"), page)
        add_role.clicked.connect(lambda: self._add_role_row(None))
        add_pattern = QPushButton(self.tr("添加班次"), page)
        add_pattern.clicked.connect(lambda: self._add_pattern_row(None, False, False))
        self.remove_role_button = remove_role = QPushButton(self.tr("删除选中的角色"), page)
        remove_role.clicked.connect(lambda: self._remove_current(self.roles))
        remove_pattern = QPushButton(self.tr("删除选中的班次"), page)
        remove_pattern.clicked.connect(lambda: self._remove_current(self.patterns))
        add_day = QPushButton(self.tr("添加敏感日"), page)
        add_day.clicked.connect(lambda: self._add_sensitive_row(None))
        remove_day = QPushButton(self.tr("删除选中的敏感日"), page)
        remove_day.clicked.connect(
            lambda: (
                self.sensitive.removeRow(self.sensitive.currentRow())
                if self.sensitive.currentRow() >= 0
                else None
            )
        )
        self.no_consecutive_nights = QCheckBox(self.tr("不连续两晚值夜班"), page)
        self.min_rest = QSpinBox(page, minimum=0, maximum=48, suffix=self.tr(" 小时"))
        self.rules_fields = {
            "roles": FieldWithError(self.roles, page),
            "patterns": FieldWithError(self.patterns, page),
            "workday_patterns": FieldWithError(QLabel(page), page),
            "day_off_patterns": FieldWithError(QLabel(page), page),
            "sensitive_days": FieldWithError(self.sensitive, page),
            "min_rest_hours": FieldWithError(self.min_rest, page),
        }
        self.save_rules_button = QPushButton(self.tr("保存角色、班次与规则"), page)
        self.save_rules_button.clicked.connect(self.save_rules)
        layout = QVBoxLayout(page)
        layout.addWidget(self.rules_fields["roles"])
        layout.addLayout(self._row_of(add_role, remove_role))
        layout.addWidget(self.rules_fields["patterns"])
        layout.addWidget(self.rules_fields["workday_patterns"])
        layout.addWidget(self.rules_fields["day_off_patterns"])
        layout.addLayout(self._row_of(add_pattern, remove_pattern))
        rules = QFormLayout()
        rules.addRow(self.no_consecutive_nights)
        rules.addRow(self.tr("两班之间至少休息"), self.rules_fields["min_rest_hours"])
        layout.addLayout(rules)
        layout.addWidget(QLabel(self.tr("敏感日（重要会议、纪念日）：全天值班并加强人手"), page))
        layout.addWidget(self.rules_fields["sensitive_days"])
        day_buttons = QHBoxLayout()
        day_buttons.addWidget(add_day)
        day_buttons.addWidget(remove_day)
        day_buttons.addStretch(1)
        layout.addLayout(day_buttons)
        layout.addWidget(self.save_rules_button)
        return page

    @staticmethod
    def _row_of(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    @staticmethod
    def _remove_current(table: QTableWidget) -> None:
        """Removed from the form only; nothing changes until 保存."""
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def _build_leave(self) -> QWidget:
        page = QWidget(self)
        self.leave_table = QTableWidget(0, 4, page)
        self.leave_table.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("开始"), self.tr("结束"), self.tr("事由")]
        )
        self.leave_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.leave_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.leave_table.horizontalHeader().setStretchLastSection(True)
        self.leave_person = QComboBox(page)
        today = QDate.currentDate()
        self.leave_start = QDateEdit(today, page, calendarPopup=True)
        self.leave_end = QDateEdit(today, page, calendarPopup=True)
        for edit in (self.leave_start, self.leave_end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.leave_reason = QLineEdit(page)
        self.leave_reason.setPlaceholderText(self.tr("病假、出差、培训…"))
        self.leave_fields = {
            "person": FieldWithError(self.leave_person, page),
            "end": FieldWithError(self.leave_end, page),
            "reason": FieldWithError(self.leave_reason, page),
        }
        form = QFormLayout()
        form.addRow(self.tr("人员"), self.leave_fields["person"])
        form.addRow(self.tr("开始日期"), self.leave_start)
        form.addRow(self.tr("结束日期"), self.leave_fields["end"])
        form.addRow(self.tr("事由*"), self.leave_fields["reason"])
        self.add_leave_button = QPushButton(self.tr("登记"), page)
        self.add_leave_button.clicked.connect(self.add_leave)
        self.cancel_leave_button = QPushButton(self.tr("取消选中的请假"), page)
        self.cancel_leave_button.clicked.connect(self.cancel_leave)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_leave_button)
        buttons.addWidget(self.cancel_leave_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.leave_table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        from ...services import people as people_service
        from ...services import rota as rota_service

        try:
            settings = rota_service.get_rota_settings(self._db)
            pools = rota_service.get_pools(self._db)
            self._people = people_service.list_people(self._db)
            leave = rota_service.list_unavailability(self._db, start=date.today())
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self._settings = settings
        self._fill_pools(settings, pools)
        self.roles.setRowCount(0)
        for role in settings.roles:
            self._add_role_row(role)
        self.patterns.setRowCount(0)
        for pattern in settings.patterns:
            self._add_pattern_row(
                pattern,
                pattern.code in settings.workday_patterns,
                pattern.code in settings.day_off_patterns,
            )
        self.sensitive.setRowCount(0)
        for day in settings.sensitive_days:
            self._add_sensitive_row(day)
        self.no_consecutive_nights.setChecked(settings.no_consecutive_nights)
        self.min_rest.setValue(settings.min_rest_hours)
        self.leave_person.clear()
        for person in self._people:
            self.leave_person.addItem(person.label, person.id)
        self.leave_table.setRowCount(0)
        self._leave_ids = []
        for item in leave:
            row = self.leave_table.rowCount()
            self.leave_table.insertRow(row)
            for column, text in enumerate(
                (item.person_name, str(item.start), str(item.end), item.reason)
            ):
                self.leave_table.setItem(row, column, QTableWidgetItem(text))
            self._leave_ids.append(item.id)

    def _fill_pools(self, settings: RotaSettings, pools) -> None:
        while self.pools_row.count():
            widget = self.pools_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.pool_lists = {}
        for role in settings.roles:
            box = QGroupBox(role.name, self)
            listing = QListWidget(box)
            members = list(pools.get(role.code, ()))
            candidates = [p for p in self._people if p.is_leader or not role.leaders_only]
            candidates.sort(key=lambda p: members.index(p.id) if p.id in members else 1e9)
            for person in candidates:
                item = QListWidgetItem(f"{person.label} {person.phone}".strip(), listing)
                item.setData(_PERSON, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if person.id in members else Qt.CheckState.Unchecked
                )
            QVBoxLayout(box).addWidget(listing)
            self.pools_row.addWidget(box)
            self.pool_lists[role.code] = listing

    def _add_role_row(self, role: DutyRole | None) -> None:
        row = self.roles.rowCount()
        self.roles.insertRow(row)
        name = QTableWidgetItem(role.name if role else "")
        name.setData(_PERSON, role.code if role else f"role{row + 1}")
        self.roles.setItem(row, 0, name)
        for column, value in (
            (1, role.seats if role else 1),
            (2, role.reinforced_seats if role else 1),
        ):
            spin = QSpinBox(minimum=1, maximum=5)
            spin.setValue(value)
            self.roles.setCellWidget(row, column, spin)
        leaders = QCheckBox()
        leaders.setChecked(bool(role and role.leaders_only))
        self.roles.setCellWidget(row, 3, leaders)

    def _add_pattern_row(self, pattern: ShiftPattern | None, workday: bool, day_off: bool) -> None:
        row = self.patterns.rowCount()
        self.patterns.insertRow(row)
        name = QTableWidgetItem(pattern.name if pattern else "")
        name.setData(_PERSON, pattern.code if pattern else f"shift{row + 1}")
        self.patterns.setItem(row, 0, name)
        self.patterns.setItem(
            row, 1, QTableWidgetItem(pattern.start.strftime("%H:%M") if pattern else "08:00")
        )
        hours = QSpinBox(minimum=1, maximum=24)
        hours.setValue(pattern.hours if pattern else 12)
        self.patterns.setCellWidget(row, 2, hours)
        for column, checked in ((3, workday), (4, day_off)):
            box = QCheckBox()
            box.setChecked(checked)
            self.patterns.setCellWidget(row, column, box)

    def _add_sensitive_row(self, day: SensitiveDay | None) -> None:
        row = self.sensitive.rowCount()
        self.sensitive.insertRow(row)
        self.sensitive.setItem(row, 0, QTableWidgetItem(day.day.isoformat() if day else ""))
        self.sensitive.setItem(row, 1, QTableWidgetItem(day.name if day else ""))

    # -- saving ----------------------------------------------------------------------------

    def _show_errors(self, exc: Exception, fields: dict[str, FieldWithError]) -> None:
        if isinstance(exc, StorageError):
            self.banner.show_message("error", exc.user_message)
            return
        assert isinstance(exc, ValidationError)
        by_field: dict[str, list[str]] = {}
        for error in exc.errors:
            by_field.setdefault(error.field, []).append(translate_error(error))
        for name, holder in fields.items():
            holder.set_error("；".join(by_field.get(name, [])))
        self.banner.show_message("error", self.tr("有些内容需要修改，见红字提示。"))

    def save_pools(self) -> None:
        from ...services import rota as rota_service

        pools = {
            code: [
                listing.item(i).data(_PERSON)
                for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked
            ]
            for code, listing in self.pool_lists.items()
        }
        self.pools_error.clear()
        try:
            rota_service.save_pools(self._db, self._actor, pools)
        except ValidationError as exc:
            self.pools_error.setText("；".join(translate_error(e) for e in exc.errors))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.banner.show_message("ok", self.tr("轮值名单已保存"))

    def rules_from_form(self) -> RotaSettings:
        """The settings as typed; a time or a date that cannot be read is a field error."""
        errors: list[FieldError] = []
        roles = []
        for row in range(self.roles.rowCount()):
            item = self.roles.item(row, 0)
            roles.append(
                DutyRole(
                    item.data(_PERSON),
                    item.text(),
                    self.roles.cellWidget(row, 1).value(),
                    self.roles.cellWidget(row, 2).value(),
                    self.roles.cellWidget(row, 3).isChecked(),
                )
            )
        patterns, workday, day_off = [], [], []
        for row in range(self.patterns.rowCount()):
            item = self.patterns.item(row, 0)
            start_text = self.patterns.item(row, 1).text().strip()
            try:
                start = time.fromisoformat(start_text)
            except ValueError:
                errors.append(
                    FieldError("patterns", "开始时间“{t}”应写成 08:00", {"t": start_text})
                )
                start = time(0)
            pattern = ShiftPattern(
                item.data(_PERSON), item.text(), start, self.patterns.cellWidget(row, 2).value()
            )
            patterns.append(pattern)
            if self.patterns.cellWidget(row, 3).isChecked():
                workday.append(pattern.code)
            if self.patterns.cellWidget(row, 4).isChecked():
                day_off.append(pattern.code)
        sensitive = []
        for row in range(self.sensitive.rowCount()):
            day_text = self.sensitive.item(row, 0).text() if self.sensitive.item(row, 0) else ""
            name = self.sensitive.item(row, 1).text() if self.sensitive.item(row, 1) else ""
            if not day_text.strip() and not name.strip():
                continue
            try:
                day = date.fromisoformat(day_text.strip())
            except ValueError:
                errors.append(
                    FieldError("sensitive_days", "日期“{d}”应写成 2026-12-13", {"d": day_text})
                )
                continue
            sensitive.append(SensitiveDay(day, name))
        if errors:
            raise ValidationError(errors)
        return replace(
            self._settings,
            roles=tuple(roles),
            patterns=tuple(patterns),
            workday_patterns=tuple(workday),
            day_off_patterns=tuple(day_off),
            no_consecutive_nights=self.no_consecutive_nights.isChecked(),
            min_rest_hours=self.min_rest.value(),
            sensitive_days=tuple(sensitive),
        )

    def save_rules(self) -> None:
        from ...services import rota as rota_service

        for holder in self.rules_fields.values():
            holder.set_error("")
        try:
            saved = rota_service.save_rota_settings(self._db, self._actor, self.rules_from_form())
        except (ValidationError, StorageError, PermissionDeniedError) as exc:
            self._show_errors(exc, self.rules_fields)
            return
        self._settings = saved
        self.banner.show_message("ok", self.tr("角色、班次与规则已保存"))
        try:
            self._fill_pools(saved, rota_service.get_pools(self._db))
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)

    def add_leave(self) -> None:
        from ...services import rota as rota_service

        for holder in self.leave_fields.values():
            holder.set_error("")
        person_id = self.leave_person.currentData()
        if person_id is None:
            self.leave_fields["person"].set_error(self.tr("请选择人员"))
            return
        try:
            rota_service.add_unavailability(
                self._db,
                self._actor,
                Unavailability(
                    person_id,
                    _pydate(self.leave_start.date()),
                    _pydate(self.leave_end.date()),
                    self.leave_reason.text(),
                ),
            )
        except (ValidationError, StorageError, PermissionDeniedError) as exc:
            self._show_errors(exc, self.leave_fields)
            return
        self.leave_reason.clear()
        self.banner.show_message("ok", self.tr("已登记；已生成的值班表不会自动改动，请检查"))
        self.load()

    def cancel_leave(self) -> None:
        from ...services import rota as rota_service

        row = self.leave_table.currentRow()
        if row < 0:
            return
        try:
            rota_service.cancel_unavailability(self._db, self._actor, self._leave_ids[row])
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.load()
