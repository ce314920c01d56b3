"""The steps every import window shares: choose an .xlsx or .xls, say which column is which
field (each column shows what it was taken as; unused columns are listed), check (every bad
row listed with its reason, nothing written), then import all rows at once — or none.
Reading, checking and importing run off the GUI thread with a progress bar and 取消; a
cancel writes nothing."""

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

from ..db.engine import Database
from ..domain.errors import ValidationError
from ..domain.import_columns import describe_mapping, guess_mapping
from ..services.context import Actor
from . import prompts
from .import_progress import CANCELLED, ImportProgress
from .visits.form import translate_error
from .widgets import Banner


class SheetImportDialog(QDialog):
    """The steps every import shares; a subclass says what is read, checked and saved."""

    fields: dict = {}  # noqa: RUF012 - replaced by each subclass

    def window_title(self) -> str:
        raise NotImplementedError

    def read(self, path: str, progress, cancelled):
        raise NotImplementedError

    def resolve(self, headers, overrides) -> None:
        raise NotImplementedError

    def plan_rows(self, headers, rows, overrides, cancelled):
        raise NotImplementedError

    def save(self, plan, progress, cancelled) -> int:
        raise NotImplementedError

    def passed_text(self, plan) -> str:
        raise NotImplementedError

    def saved_text(self, count: int) -> str:
        raise NotImplementedError

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.window_title())
        self.resize(720, 560)
        self._db, self._actor = db, actor
        self._headers: list[str] = []
        self._rows: list = []
        self.plan = None
        self.imported = 0
        self.banner = Banner(self)
        self.progress = ImportProgress(self)
        self.unused_label = QLabel(self)
        self.unused_label.setWordWrap(True)
        self.file_label = QLabel(self.tr("尚未选择文件"), self)
        self.choose_button = QPushButton(self.tr("选择文件…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setHorizontalHeaderLabels([self.tr("表格中的列"), self.tr("作为字段")])
        self.mapping.setColumnWidth(0, 220)
        self.mapping.setColumnWidth(1, 220)
        self.mapping.horizontalHeader().setStretchLastSection(True)
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
        layout.addWidget(self.unused_label)
        layout.addWidget(
            QLabel(self.tr("第 2 步：检查结果（有问题的行全部列出，改正后再导入）"), self)
        )
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self.progress.busy

    def _update_buttons(self) -> None:
        idle = not self.progress.busy
        self.choose_button.setEnabled(idle)
        self.check_button.setEnabled(idle and bool(self._headers))
        self.import_button.setEnabled(idle and self.plan is not None and self.plan.ok)

    def choose_file(self) -> None:
        path = prompts.ask_open_path(
            self, self.window_title(), self.tr("Excel 工作簿 (*.xlsx *.xls)")
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read the file in the background; the columns appear when it is read."""
        self.plan = None
        self.problems.clear()
        self._headers, self._rows = [], []
        self.mapping.setRowCount(0)
        self.banner.show_message("ok", self.tr("正在读取…"))

        def done(sheet) -> None:
            self._update_buttons()
            if sheet is CANCELLED:
                self.banner.show_message("ok", self.tr("已取消读取。"))
                return
            self._show_sheet(path, sheet)

        self.progress.run(
            lambda progress, cancelled: self.read(path, progress, cancelled), done, self._failed
        )
        self._update_buttons()

    def _show_sheet(self, path: str, sheet) -> None:
        self._headers, self._rows = list(sheet.headers), sheet.rows
        self.banner.clear_message()
        self.file_label.setText(
            self.tr("{path}（工作表“{sheet}”，{n} 行）").format(
                path=path, sheet=sheet.sheet_name, n=len(self._rows)
            )
        )
        guessed = guess_mapping(self.fields, self._headers)
        self.mapping.setRowCount(len(self._headers))
        for row, header in enumerate(self._headers):
            self.mapping.setItem(row, 0, QTableWidgetItem(header or self.tr("（无表头）")))
            combo = QComboBox(self.mapping)
            combo.addItem(self.tr("（不导入）"), "")
            for field, spec in self.fields.items():
                combo.addItem(self.tr(spec.label), field)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(row, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping.setCellWidget(row, 1, combo)
        self._show_unused()
        self._update_buttons()

    def _show_unused(self) -> None:
        chosen = {
            row: self.mapping.cellWidget(row, 1).currentData()
            for row in range(self.mapping.rowCount())
            if self.mapping.cellWidget(row, 1).currentData()
        }
        described = describe_mapping(self.fields, self._headers, chosen)
        unused = [h for h, label in described if label == "不导入"]
        self.unused_label.setText(
            self.tr("不导入的列：{columns}").format(columns="、".join(unused))
            if unused
            else self.tr("每一列都已对应到字段。")
        )

    def _failed(self, exc) -> None:
        if isinstance(exc, ValidationError):
            message = "；".join(translate_error(e) for e in exc.errors)
        else:
            message = getattr(exc, "user_message", None) or self.tr("读取或导入失败")
        self.banner.show_message("error", message)
        self._update_buttons()

    def _mapping_changed(self) -> None:
        self.plan = None
        self._show_unused()
        self._update_buttons()

    def set_field(self, header: str, field: str) -> None:
        row = self._headers.index(header)
        combo = self.mapping.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(field))

    def overrides(self) -> dict[str, str]:
        return {
            header: self.mapping.cellWidget(row, 1).currentData() or ""
            for row, header in enumerate(self._headers)
            if header and header not in self._headers[:row]
        }

    def check(self) -> None:
        self.problems.clear()
        self.plan = None
        headers, rows, overrides = self._headers, self._rows, self.overrides()
        try:
            self.resolve(headers, overrides)
        except ValidationError as exc:
            self.banner.show_message("error", "；".join(translate_error(e) for e in exc.errors))
            self._update_buttons()
            return
        self.banner.show_message("ok", self.tr("正在检查…"))
        self.progress.run(
            lambda _progress, cancelled: self.plan_rows(headers, rows, overrides, cancelled),
            self._checked,
            self._failed,
        )
        self._update_buttons()

    def _checked(self, plan) -> None:
        if plan is CANCELLED:
            self.banner.show_message("ok", self.tr("已取消检查。"))
            self._update_buttons()
            return
        self.plan = plan
        for problem in plan.problems:
            self.problems.addItem(
                self.tr("第 {row} 行：{message}").format(row=problem.row, message=problem.message)
            )
        if plan.ok:
            self.banner.show_message("ok", self.passed_text(plan))
        else:
            self.banner.show_message(
                "error",
                self.tr(
                    "有 {rows} 行不能导入（共 {n} 处问题）；改正 Excel 后重新选择文件。"
                ).format(rows=len({p.row for p in plan.problems}), n=len(plan.problems)),
            )
        self._update_buttons()

    def commit(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok:
            return
        self.banner.show_message("ok", self.tr("正在导入…"))

        def done(count) -> None:
            self._update_buttons()
            if count is CANCELLED:
                self.banner.show_message("ok", self.tr("已取消，没有导入任何一行。"))
                return
            self.imported = count
            self.banner.show_message("ok", self.saved_text(count))
            self.plan = None
            self._update_buttons()
            self.accept()

        def failed(exc) -> None:
            message = getattr(exc, "user_message", None) or str(exc)
            self.banner.show_message("error", self.tr("没有导入任何一行：{m}").format(m=message))
            self._update_buttons()

        self.progress.run(
            lambda progress, cancelled: self.save(plan, progress, cancelled), done, failed
        )
        self._update_buttons()
