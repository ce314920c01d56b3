"""数据备份 (administrators): back up now or to a USB stick, check a backup, restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...config import make_private_dir
from ...db.backup_crypto import is_encrypted
from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_datetime
from ...domain.errors import ValidationError
from ...services import backups as backup_service
from ...services.context import Actor
from .. import prompts
from ..operations import Operation
from ..widgets import Banner, button_row, page_title, record_table


class BackupPage(QWidget):
    HEADERS = ("时间", "类型", "大小", "文件")
    # After a restore the data under every open page changed: the window signs the user out.
    restored = Signal()

    def __init__(self, db: Database, actor: Actor, backup_dir: Path, parent=None):
        super().__init__(parent)
        self._db, self._actor, self._backup_dir = db, actor, backup_dir
        self._operations: list[Operation] = []
        self.backups: list[backup_service.BackupFile] = []
        self.banner = Banner(self)
        self.table = record_table([self.tr(h) for h in self.HEADERS], self)
        row, self.buttons = button_row(
            (
                (self.tr("立即备份"), self.backup_now),
                (self.tr("备份到U盘或文件夹…"), self.backup_elsewhere),
                (self.tr("检查所选备份"), self.check_selected),
                (self.tr("从所选备份恢复…"), self.restore_selected),
                (self.tr("从备份文件恢复…"), self.restore_from_file),
                (self.tr("设置备份密码…"), self.set_password),
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("数据备份"), self))
        where = QLabel(
            self.tr(
                "程序每天和每次退出时自动备份（保留最近 7 天和 4 周），备份在：{folder}。"
                "建议每周另外备份到U盘，存放在别处。"
                "备份到U盘或其他文件夹时用备份密码加密，恢复时需要输入它。"
            ).format(folder=backup_dir),
            self,
        )
        where.setWordWrap(True)
        layout.addWidget(where)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Automatic backups are made in the background meanwhile.
        self.load()

    def load(self) -> None:
        self.backups = backup_service.list_backups(self._backup_dir)
        self.table.setRowCount(len(self.backups))
        for index, backup in enumerate(self.backups):
            kind = self.tr("自动") if backup.automatic else self.tr("手动")
            size = f"{backup.size / 1_048_576:.1f} MB"
            for column, text in enumerate(
                (chinese_datetime(backup.made_at, seconds=True), kind, size, str(backup.path))
            ):
                self.table.setItem(index, column, QTableWidgetItem(text))

    def _selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message("error", self.tr("请先在列表中选中一个备份"))
            return None
        return self.backups[rows[0].row()].path

    def _run(self, work, on_success, busy_text: str) -> None:
        """Backups of years of records take seconds: off the GUI thread, buttons held."""
        self.banner.show_message("ok", busy_text)
        for button in self.buttons:
            button.setEnabled(False)

        def finish() -> None:
            for button in self.buttons:
                button.setEnabled(True)

        def done(result) -> None:
            finish()
            on_success(result)

        def failed(exc) -> None:
            finish()
            if isinstance(exc, StorageError) and busy_text == self.tr("正在备份…"):
                message = backup_service.backup_failure_message(exc, self._backup_dir)
            else:
                message = getattr(exc, "user_message", None) or self.tr("操作失败：{e}").format(
                    e=exc
                )
            self.banner.show_message("error", message)

        self._operations.append(Operation.start(self, work, done, failed))

    def backup_now(self) -> None:
        db, actor, folder = self._db, self._actor, self._backup_dir
        make_private_dir(folder)
        self._run(
            lambda: backup_service.backup_to(db, actor, folder),
            self._backed_up,
            self.tr("正在备份…"),
        )

    def backup_elsewhere(self) -> None:
        folder = prompts.ask_folder(self, self.tr("选择U盘或文件夹"))
        if not folder:
            return
        db, actor = self._db, self._actor
        self._run(
            lambda: backup_service.backup_to(db, actor, Path(folder)),
            self._backed_up,
            self.tr("正在备份…"),
        )

    def _backed_up(self, path: Path) -> None:
        self.load()
        self.banner.show_message("ok", self.tr("已备份并检查通过：{p}").format(p=path))

    def set_password(self) -> None:
        title = self.tr("设置备份密码")
        password = prompts.ask_password(
            self, title, self.tr("新的备份密码（至少 12 个字符，请另行妥善保管）：")
        )
        if password is None:
            return
        confirmation = prompts.ask_password(self, title, self.tr("再输入一次："))
        if confirmation is None:
            return
        try:
            backup_service.set_backup_password(self._db, self._actor, password, confirmation)
        except ValidationError as exc:
            from ..visits.form import translate_error

            self.banner.show_message("error", translate_error(exc.errors[0]))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.banner.show_message("ok", self.tr("备份密码已设置。"))

    def _password_for(self, path: Path) -> tuple[bool, str | None]:
        """(go on, password): asks for the backup password of an encrypted backup."""
        if not is_encrypted(path):
            return True, None
        password = prompts.ask_password(
            self, self.tr("备份密码"), self.tr("这个备份已加密，请输入备份密码：")
        )
        return password is not None, password

    def check_selected(self) -> None:
        path = self._selected()
        if path is None:
            return
        go_on, password = self._password_for(path)
        if not go_on:
            return
        db = self._db

        def report(problems: list[str]) -> None:
            if problems:
                self.banner.show_message(
                    "error", self.tr("备份有问题：{p}").format(p="；".join(problems[:3]))
                )
            else:
                self.banner.show_message("ok", self.tr("备份检查通过，可以用来恢复。"))

        self._run(
            lambda: backup_service.check_backup(db, path, password=password),
            report,
            self.tr("正在检查…"),
        )

    def restore_selected(self) -> None:
        path = self._selected()
        if path is not None:
            self._restore(path)

    def restore_from_file(self) -> None:
        # The copy a restore kept of the data before it can be put back the same way.
        path = prompts.ask_open_path(
            self,
            self.tr("选择备份文件"),
            self.tr("备份 (*.backup);;恢复前的数据 (*.before-restore-*);;所有文件 (*)"),
        )
        if path:
            self._restore(Path(path))

    def _restore(self, path: Path) -> None:
        question = self.tr(
            "用备份“{name}”替换现在的全部数据？\n现在的数据会另存一份，不会删除。"
            "恢复后需要重新登录。"
        ).format(name=path.name)
        if not prompts.ask_yes_no(self, self.tr("恢复数据"), question):
            return
        go_on, password = self._password_for(path)
        if not go_on:
            return
        db, actor = self._db, self._actor

        def restored(kept_aside) -> None:
            note = self.tr("已从备份恢复。")
            if kept_aside is not None:
                note += self.tr("恢复前的数据另存为：{p}").format(p=kept_aside)
            prompts.show_info(self, self.tr("恢复数据"), note + self.tr("\n请重新登录。"))
            self.restored.emit()

        # Copying years of records into the live file takes seconds: off the GUI thread.
        self._run(
            lambda: backup_service.restore(db, actor, path, password=password),
            restored,
            self.tr("正在恢复…"),
        )
