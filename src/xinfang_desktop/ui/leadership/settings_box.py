"""设置 › 包组摸排: the unit's groups (年级组, 学科组, offices) and the screening interval."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.errors import ValidationError
from ...domain.screening import GROUP_KIND_LABELS, MAX_INTERVAL_DAYS, GroupDraft
from ...services import people_excel
from ...services import screening as screening_service
from .. import prompts
from ..operations import Operation
from ..widgets import Banner, FieldWithError
from .common import error_text, fill_table, make_table, selected_id


class ScreeningSettingsBox(QGroupBox):
    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("包组摸排：组别与摸排周期"))
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.interval = QSpinBox(self, minimum=1, maximum=MAX_INTERVAL_DAYS)
        self.interval.setSuffix(self.tr(" 天"))
        self.interval.setPrefix(self.tr("每 "))
        self.save_interval_button = QPushButton(self.tr("保存周期"), self)
        self.save_interval_button.clicked.connect(self.save_interval)
        self.table = make_table(self, [self.tr("组名"), self.tr("类别")])
        self.table.setMaximumHeight(220)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("新组名，例如：科学组"))
        self.name_field = FieldWithError(self.name, self)
        self.kind = QComboBox(self)
        for kind, label in GROUP_KIND_LABELS.items():
            self.kind.addItem(label, kind)
        self.add_button = QPushButton(self.tr("添加组"), self)
        self.add_button.clicked.connect(self.add_group)
        self.retire_button = QPushButton(self.tr("停用选中的组"), self)
        self.retire_button.clicked.connect(self.retire_group)
        self.import_button = QPushButton(self.tr("从 Excel 导入组别…"), self)
        self.import_button.clicked.connect(self.import_groups)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.clicked.connect(self.export_groups)
        self._operation: Operation | None = None
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval)
        interval_row.addWidget(self.save_interval_button)
        interval_row.addStretch(1)
        interval_row.addWidget(self.import_button)
        interval_row.addWidget(self.export_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_field, 1)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.retire_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(interval_row)
        layout.addWidget(self.table)
        layout.addLayout(add_row)
        self._groups: list = []
        self.load()

    def load(self) -> None:
        try:
            screening_service.ensure_default_groups(self._db)
            self._groups = screening_service.list_groups(self._db)
            self.interval.setValue(screening_service.get_interval_days(self._db))
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        fill_table(
            self.table,
            [[g.name, g.kind_label] for g in self._groups],
            [g.id for g in self._groups],
        )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            message = "；".join(error_text(e) for e in error.errors)
            self.name_field.set_error(message)
        else:
            self.banner.show_message("error", getattr(error, "user_message", str(error)))

    def save_interval(self) -> None:
        try:
            screening_service.save_interval_days(self._db, self._actor, self.interval.value())
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self._failed(error)
            return
        self.banner.show_message("ok", self.tr("摸排周期已保存"))

    def add_group(self) -> None:
        self.name_field.set_error("")
        try:
            screening_service.add_group(
                self._db, self._actor, GroupDraft(self.name.text(), self.kind.currentData())
            )
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self._failed(error)
            return
        self.name.clear()
        self.load()
        self.banner.show_message("ok", self.tr("已添加组"))

    def retire_group(self) -> None:
        group_id = selected_id(self.table)
        group = next((g for g in self._groups if g.id == group_id), None)
        if group is None:
            self.banner.show_message("error", self.tr("请先选中一个组"))
            return
        try:
            screening_service.update_group(
                self._db,
                self._actor,
                group.id,
                GroupDraft(group.name, group.kind),
                expected_version=group.version,
                retired=True,
            )
        except (ValidationError, StorageError, PermissionDeniedError) as error:
            self._failed(error)
            return
        self.load()
        self.banner.show_message(
            "ok", self.tr("已停用{name}（原有记录保留）").format(name=group.name)
        )

    # -- Excel ----------------------------------------------------------------------------

    def _run(self, work, done) -> None:
        if self._operation is not None:
            return

        def succeeded(result) -> None:
            self._operation = None
            done(result)

        def failed(error) -> None:
            self._operation = None
            if isinstance(error, ValidationError):
                message = "\n".join(error_text(e) for e in error.errors)
            else:
                message = getattr(error, "user_message", None) or str(error)
            self.banner.show_message("error", message)

        self._operation = Operation.start(self, work, succeeded, failed)

    def import_groups(self) -> None:
        path = prompts.ask_open_path(self, self.tr("导入组别"), self.tr("Excel 文件 (*.xlsx)"))
        if not path:
            return
        db, actor = self._db, self._actor

        def done(result) -> None:
            self.load()
            self.banner.show_message(
                "ok",
                self.tr("导入完成：新增 {a} 个组，更新 {u} 个组").format(
                    a=result.added, u=result.updated
                ),
            )

        self._run(lambda: people_excel.import_groups(db, actor, Path(path)), done)

    def export_groups(self) -> None:
        path = prompts.ask_save_path(
            self, self.tr("导出组别"), self.tr("包组摸排组别.xlsx"), self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return
        db, actor = self._db, self._actor
        self._run(
            lambda: people_excel.export_groups(db, actor, Path(path)),
            lambda count: self.banner.show_message(
                "ok", self.tr("已导出 {n} 个组：{p}").format(n=count, p=path)
            ),
        )
