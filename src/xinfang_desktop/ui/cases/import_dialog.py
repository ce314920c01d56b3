"""导入旧台账: choose the .xlsx, say which column is which field, check (every bad row listed
with its reason), then import all rows at once — or none."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...db.engine import Database
from ...domain.case_import import IMPORT_FIELDS, guess_mapping
from ...domain.errors import ValidationError
from ...services import case_import
from ...services.context import Actor
from .. import prompts
from ..operations import Operation
from ..widgets import Banner, ReadingOrderFocus
from .form import translate_error


class ImportCasesDialog(ReadingOrderFocus, QDialog):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入信访台账（Excel）"))
        self.resize(720, 560)
        self._db, self._actor = db, actor
        self._headers: list[str] = []
        self._rows: list = []
        self.plan: case_import.ImportPlan | None = None
        self.imported = 0
        self._operation: Operation | None = None
        self.banner = Banner(self)
        self.file_label = QLabel(self.tr("尚未选择文件"), self)
        self.choose_button = QPushButton(self.tr("选择文件…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setHorizontalHeaderLabels([self.tr("表格中的列"), self.tr("对应字段")])
        self.mapping.setColumnWidth(0, 220)
        self.mapping.setColumnWidth(1, 220)
        self.problems = QListWidget(self)
        self.check_button = QPushButton(self.tr("检查（不写入）"), self)
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("全部导入"), self)
        self.import_button.clicked.connect(self.commit)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("第 1 步：核对每一列对应的字段"), self))
        layout.addWidget(self.mapping, 1)
        layout.addWidget(
            QLabel(self.tr("第 2 步：检查结果（有问题的行全部列出，改正后再导入）"), self)
        )
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(bool(self._headers))
        self.import_button.setEnabled(self.plan is not None and self.plan.ok)

    def choose_file(self) -> None:
        path = prompts.ask_open_path(
            self, self.tr("选择信访台账"), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        self.plan = None
        self.problems.clear()
        try:
            self._headers, self._rows = case_import.read_import_file(path)
        except ValidationError as exc:
            self._headers, self._rows = [], []
            self.banner.show_message("error", translate_error(exc.errors[0]))
            self._update_buttons()
            return
        self.banner.clear_message()
        self.file_label.setText(self.tr("{path}（{n} 行）").format(path=path, n=len(self._rows)))
        guessed = guess_mapping(self._headers)
        self.mapping.setRowCount(len(self._headers))
        for row, header in enumerate(self._headers):
            self.mapping.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox(self.mapping)
            combo.addItem(self.tr("（不导入）"), "")
            for field, (label, _names) in IMPORT_FIELDS.items():
                combo.addItem(self.tr(label), field)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(row, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping.setCellWidget(row, 1, combo)
        self._update_buttons()

    def _mapping_changed(self) -> None:
        self.plan = None
        self._update_buttons()

    def set_field(self, header: str, field: str) -> None:
        row = self._headers.index(header)
        combo = self.mapping.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(field))

    def overrides(self) -> dict[str, str]:
        return {
            header: self.mapping.cellWidget(row, 1).currentData() or ""
            for row, header in enumerate(self._headers)
            if header
        }

    def check(self) -> None:
        self.problems.clear()
        try:
            self.plan = case_import.plan_import(self._headers, self._rows, self.overrides())
        except ValidationError as exc:
            self.plan = None
            self.banner.show_message("error", "；".join(translate_error(e) for e in exc.errors))
            self._update_buttons()
            return
        for problem in self.plan.problems:
            self.problems.addItem(
                self.tr("第 {row} 行：{message}").format(row=problem.row, message=problem.message)
            )
        if self.plan.ok:
            self.banner.show_message(
                "ok", self.tr("检查通过：{n} 行都可以导入。").format(n=len(self.plan.drafts))
            )
        else:
            self.banner.show_message(
                "error",
                self.tr(
                    "有 {rows} 行不能导入（共 {n} 处问题）；改正 Excel 后重新选择文件。"
                ).format(rows=len({p.row for p in self.plan.problems}), n=len(self.plan.problems)),
            )
        self._update_buttons()

    def commit(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok:
            return
        db, actor = self._db, self._actor
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.banner.show_message("ok", self.tr("正在导入…"))

        def done(count: int) -> None:
            self.imported = count
            self.banner.show_message("ok", self.tr("已导入 {n} 件信访事项。").format(n=count))
            self.plan = None
            self._update_buttons()
            self.accept()

        def failed(exc) -> None:
            message = getattr(exc, "user_message", None) or str(exc)
            self.banner.show_message("error", self.tr("没有导入任何一行：{m}").format(m=message))
            self._update_buttons()

        self._operation = Operation.start(
            self, lambda: case_import.commit_import(db, actor, plan), done, failed
        )
