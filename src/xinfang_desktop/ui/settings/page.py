"""设置: the unit's name, the lists the gate form offers, and the watch list (关注名单)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_date
from ...domain.errors import ValidationError
from ...domain.settings import UnitSettings
from ...services import settings as settings_service
from ...services import watchlist as watch_service
from ...services.context import Actor
from .. import language as ui_language
from .. import prompts
from ..cases.settings_box import CaseSettingsBox
from ..leadership.settings_box import ScreeningSettingsBox
from ..people.post_order_box import PostOrderBox
from ..rota.settings_widget import RotaSettingsBox
from ..visits.form import translate_error
from ..widgets import Banner, FieldWithError
from .document_settings_box import DocumentSettingsBox


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line for line in edit.toPlainText().splitlines())


class SettingsPage(QWidget):
    settings_saved = Signal(object)  # the new UnitSettings

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.banner = Banner(self)

        self.unit_name = QLineEdit(self)
        self.unit_name.setPlaceholderText(self.tr("例如：邹坞镇中心小学"))
        self.categories = QPlainTextEdit(self)
        self.hosts = QPlainTextEdit(self)
        self.gate_staff = QPlainTextEdit(self)
        for edit in (self.categories, self.hosts, self.gate_staff):
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr("每行一项"))
            edit.setMaximumHeight(120)
        self.fields = {
            "unit_name": FieldWithError(self.unit_name, self),
            "visit_categories": FieldWithError(self.categories, self),
            "hosts": FieldWithError(self.hosts, self),
            "gate_staff": FieldWithError(self.gate_staff, self),
        }
        form = QFormLayout()
        form.addRow(self.tr("单位名称*"), self.fields["unit_name"])
        form.addRow(self.tr("来访类别"), self.fields["visit_categories"])
        form.addRow(self.tr("可接待的部门和人员"), self.fields["hosts"])
        # One list of 登记人: gate accounts and people with 职务 门卫 join it by themselves.
        self.gate_staff.setPlaceholderText(
            self.tr("每行一人；有门卫账号的用户和职务为门卫的人员已自动列入")
        )
        form.addRow(self.tr("其他门卫人员"), self.fields["gate_staff"])
        self.save_button = QPushButton(self.tr("保存设置"), self)
        self.save_button.clicked.connect(self.save)
        unit_box = QGroupBox(self.tr("单位设置"), self)
        unit_layout = QVBoxLayout(unit_box)
        unit_layout.addLayout(form)
        unit_layout.addWidget(self.save_button)
        unit_layout.addStretch(1)

        watch_box = QGroupBox(self.tr("关注名单（登记时遇到名单上的人会醒目提示）"), self)
        self.watch_table = QTableWidget(0, 5, self)
        self.watch_table.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("联系电话"),
                self.tr("身份证号"),
                self.tr("关注原因"),
                self.tr("加入时间"),
            ]
        )
        self.watch_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.watch_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.watch_table.horizontalHeader().setStretchLastSection(True)
        self.watch_name = QLineEdit(self)
        self.watch_phone = QLineEdit(self)
        self.watch_id = QLineEdit(self)
        self.watch_reason = QLineEdit(self)
        self.watch_fields = {
            "name": FieldWithError(self.watch_name, self),
            "phone": FieldWithError(self.watch_phone, self),
            "id_number": FieldWithError(self.watch_id, self),
            "reason": FieldWithError(self.watch_reason, self),
        }
        watch_form = QFormLayout()
        watch_form.addRow(self.tr("姓名"), self.watch_fields["name"])
        watch_form.addRow(self.tr("联系电话"), self.watch_fields["phone"])
        watch_form.addRow(self.tr("身份证号"), self.watch_fields["id_number"])
        watch_form.addRow(self.tr("关注原因*"), self.watch_fields["reason"])
        self.add_watch_button = QPushButton(self.tr("加入关注名单"), self)
        self.add_watch_button.clicked.connect(self.add_watch_entry)
        self.remove_watch_button = QPushButton(self.tr("移出名单"), self)
        self.remove_watch_button.clicked.connect(self.remove_watch_entry)
        watch_buttons = QHBoxLayout()
        watch_buttons.addWidget(self.add_watch_button)
        watch_buttons.addWidget(self.remove_watch_button)
        watch_buttons.addStretch(1)
        watch_layout = QVBoxLayout(watch_box)
        watch_layout.addWidget(self.watch_table, 1)
        watch_layout.addLayout(watch_form)
        watch_layout.addLayout(watch_buttons)

        columns = QHBoxLayout()
        columns.addWidget(unit_box, 1)
        columns.addWidget(watch_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
        layout.addWidget(PostOrderBox(db, actor, self))
        layout.addWidget(ScreeningSettingsBox(db, actor, self))
        layout.addWidget(RotaSettingsBox(db, actor, self))
        self.case_settings = CaseSettingsBox(db, actor, self)
        layout.addWidget(self.case_settings)
        self.document_settings = DocumentSettingsBox(db, actor, self)
        layout.addWidget(self.document_settings)
        layout.addWidget(self._language_box())
        self.db_label = QLabel(self)
        self.db_label.setWordWrap(True)
        layout.addWidget(self.db_label)
        self._watch_ids: list[int] = []
        self.load()

    def _language_box(self) -> QGroupBox:
        """This PC's window language; kept outside the shared database, used from the next start."""
        box = QGroupBox(self.tr("界面语言（本机）"), self)
        self.language = QComboBox(box)
        for code, name in ui_language.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(ui_language.chosen_language()))
        self.language.activated.connect(self.choose_language)
        self.language_note = QLabel(
            self.tr("更改后，下次启动程序时生效。打印的表格和日期仍为中文。"), box
        )
        self.language_note.setWordWrap(True)
        row = QHBoxLayout(box)
        row.addWidget(self.language)
        row.addWidget(self.language_note, 1)
        return box

    def choose_language(self) -> None:
        ui_language.choose_language(self.language.currentData())
        self.banner.show_message("ok", self.tr("界面语言已保存，下次启动程序时生效。"))

    def load(self) -> None:
        try:
            settings = settings_service.get_unit_settings(self._db)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.unit_name.setText(settings.unit_name)
        self.categories.setPlainText("\n".join(settings.visit_categories))
        self.hosts.setPlainText("\n".join(settings.hosts))
        self.gate_staff.setPlainText("\n".join(settings.gate_staff))
        where = str(self._db.path) if self._db.path else self._db.url.render_as_string()
        self.db_label.setText(self.tr("数据库：{where}").format(where=where))
        self._load_watch_list()

    def save(self) -> UnitSettings | None:
        for holder in self.fields.values():
            holder.set_error("")
        draft = UnitSettings(
            unit_name=self.unit_name.text(),
            visit_categories=_lines(self.categories),
            hosts=_lines(self.hosts),
            gate_staff=_lines(self.gate_staff),
        )
        try:
            saved = settings_service.save_unit_settings(self._db, self._actor, draft)
        except ValidationError as exc:
            for field, error in exc.by_field().items():
                self.fields[field].set_error(translate_error(error))
            self.banner.show_message("error", self.tr("设置没有保存，请按红字提示改正。"))
            return None
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return None
        self.banner.show_message("ok", self.tr("设置已保存。"))
        self.settings_saved.emit(saved)
        return saved

    def _load_watch_list(self) -> None:
        entries = watch_service.list_watch_entries(self._db, self._actor)
        self._watch_ids = [e.id for e in entries]
        self.watch_table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                entry.name,
                entry.phone,
                entry.id_number,
                entry.reason,
                chinese_date(entry.added_at),
            )
            for column, value in enumerate(values):
                self.watch_table.setItem(row, column, QTableWidgetItem(value))

    def add_watch_entry(self) -> None:
        for holder in self.watch_fields.values():
            holder.set_error("")
        try:
            watch_service.add_watch_entry(
                self._db,
                self._actor,
                name=self.watch_name.text(),
                phone=self.watch_phone.text(),
                id_number=self.watch_id.text(),
                reason=self.watch_reason.text(),
            )
        except ValidationError as exc:
            for field, error in exc.by_field().items():
                self.watch_fields[field].set_error(translate_error(error))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        for edit in (self.watch_name, self.watch_phone, self.watch_id, self.watch_reason):
            edit.clear()
        self._load_watch_list()
        self.banner.show_message("ok", self.tr("已加入关注名单。"))

    def remove_watch_entry(self) -> None:
        row = self.watch_table.currentRow()
        if not (0 <= row < len(self._watch_ids)):
            self.banner.show_message("error", self.tr("请先选中名单中的一行。"))
            return
        name = self.watch_table.item(row, 0).text()
        if not prompts.ask_yes_no(
            self, self.tr("移出关注名单"), self.tr("确定把“{n}”移出关注名单吗？").format(n=name)
        ):
            return
        try:
            watch_service.remove_watch_entry(self._db, self._actor, self._watch_ids[row])
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self._load_watch_list()
