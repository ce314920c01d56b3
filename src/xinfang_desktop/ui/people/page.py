"""人员 page: the unit's people, kept once and picked everywhere; who left stays in history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_date
from ...domain.errors import FieldError, ValidationError
from ...domain.people import PersonDraft
from ...services import leadership as leadership_service
from ...services import leadership_printing, people_excel
from ...services import people as people_service
from .. import prompts
from ..leadership.common import (
    DateField,
    Printer,
    ServiceDialog,
    error_text,
    fill_table,
    make_table,
    raise_if,
    select_id,
    selected_id,
)
from ..operations import Operation
from ..widgets import Banner, FieldWithError


class LeftDialog(ServiceDialog):
    def __init__(self, db, actor, person, parent=None):
        super().__init__(self.tr("离岗：{name}").format(name=person.name), parent)
        self._db, self._actor, self._person = db, actor, person
        self.left_on = self.add_field("left_on", self.tr("离岗日期*"), DateField(date.today()))

    def save(self):
        errors: list[FieldError] = []
        day = self.left_on.value("left_on", errors)
        if day is None and not errors:
            errors.append(FieldError("left_on", "请填写离岗日期"))
        raise_if(errors)
        # Through the leadership service: it refuses while the person owns open work and
        # ends their place in the leadership group.
        leadership_service.person_leaves(
            self._db, self._actor, self._person.id, day, expected_version=self._person.version
        )
        return people_service.get_person(self._db, self._person.id)


class PeoplePage(QWidget):
    people_changed = Signal()

    def __init__(self, db, actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.banner = Banner(self)
        self.show_left = QCheckBox(self.tr("显示已离岗人员"), self)
        self.show_left.toggled.connect(self.load)
        self.table = make_table(
            self,
            [
                self.tr("姓名"),
                self.tr("职务"),
                self.tr("部门"),
                self.tr("联系电话"),
                self.tr("校级领导"),
                self.tr("状态"),
                self.tr("备注"),
            ],
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.name = QLineEdit(self)
        self.post = QLineEdit(self)
        self.office = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.remarks = QLineEdit(self)
        self.is_leader = QCheckBox(self.tr("校级领导（可任领导小组成员、包组、带班）"), self)
        self.fields = {
            "name": FieldWithError(self.name, self),
            "post": FieldWithError(self.post, self),
            "office": FieldWithError(self.office, self),
            "phone": FieldWithError(self.phone, self),
            "remarks": FieldWithError(self.remarks, self),
        }
        form = QFormLayout()
        form.addRow(self.tr("姓名*"), self.fields["name"])
        form.addRow(self.tr("职务"), self.fields["post"])
        form.addRow(self.tr("部门"), self.fields["office"])
        form.addRow(self.tr("联系电话"), self.fields["phone"])
        form.addRow("", self.is_leader)
        form.addRow(self.tr("备注"), self.fields["remarks"])
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.new_button = QPushButton(self.tr("新增"), self)
        self.new_button.clicked.connect(self.clear_form)
        self.left_button = QPushButton(self.tr("离岗…"), self)
        self.left_button.clicked.connect(self.mark_left)
        form_box = QGroupBox(self.tr("人员信息"), self)
        form_layout = QVBoxLayout(form_box)
        form_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        row.addWidget(self.left_button)
        form_layout.addLayout(row)
        form_layout.addStretch(1)

        self.import_button = QPushButton(self.tr("从 Excel 导入…"), self)
        self.import_button.clicked.connect(self.import_excel)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.clicked.connect(self.export_excel)
        self.print_button = QPushButton(self.tr("打印名册"), self)
        self.print_button.clicked.connect(self.print_people)
        self.printer = Printer(self, self.banner)
        self._operation: Operation | None = None

        left = QVBoxLayout()
        left.addWidget(self.show_left)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        left.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(form_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
        self._people: list = []
        self._editing = None
        self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        current = self._editing.id if self._editing else None
        try:
            self._people = people_service.list_people(
                self._db, include_left=self.show_left.isChecked()
            )
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        self.table.blockSignals(True)
        fill_table(
            self.table,
            [
                [
                    p.name,
                    p.post,
                    p.office,
                    p.phone,
                    self.tr("是") if p.is_leader else "",
                    self.tr("{d} 离岗").format(d=chinese_date(p.left_on))
                    if p.left_on
                    else self.tr("在岗"),
                    p.remarks,
                ]
                for p in self._people
            ],
            [p.id for p in self._people],
        )
        if current is not None:
            select_id(self.table, current)
        self.table.blockSignals(False)

    def _selection_changed(self) -> None:
        person_id = selected_id(self.table)
        person = next((p for p in self._people if p.id == person_id), None)
        if person is None:
            return
        self._editing = person
        self.name.setText(person.name)
        self.post.setText(person.post)
        self.office.setText(person.office)
        self.phone.setText(person.phone)
        self.remarks.setText(person.remarks)
        self.is_leader.setChecked(person.is_leader)
        for field in self.fields.values():
            field.set_error("")

    def clear_form(self) -> None:
        self._editing = None
        self.table.clearSelection()
        for edit in (self.name, self.post, self.office, self.phone, self.remarks):
            edit.clear()
        self.is_leader.setChecked(False)
        for field in self.fields.values():
            field.set_error("")
        self.name.setFocus()

    def save(self) -> None:
        for field in self.fields.values():
            field.set_error("")
        draft = PersonDraft(
            name=self.name.text(),
            post=self.post.text(),
            office=self.office.text(),
            phone=self.phone.text(),
            is_leader=self.is_leader.isChecked(),
            remarks=self.remarks.text(),
        )
        try:
            if self._editing is None:
                saved = people_service.add_person(self._db, self._actor, draft)
            else:
                saved = people_service.update_person(
                    self._db,
                    self._actor,
                    self._editing.id,
                    draft,
                    expected_version=self._editing.version,
                )
        except ValidationError as error:
            for name, problem in error.by_field().items():
                if name in self.fields:
                    self.fields[name].set_error(error_text(problem))
            return
        except (StorageError, PermissionDeniedError) as error:
            self.banner.show_message("error", error.user_message)
            return
        self._editing = saved
        self.load()
        self.banner.show_message("ok", self.tr("已保存 {name}").format(name=saved.label))
        self.people_changed.emit()

    def mark_left(self) -> None:
        if self._editing is None or self._editing.left_on is not None:
            self.banner.show_message("error", self.tr("请先在表中选中一位在岗人员"))
            return
        dialog = LeftDialog(self._db, self._actor, self._editing, self)
        if prompts.run_dialog(dialog):
            self._editing = dialog.saved
            self.load()
            self.banner.show_message(
                "ok", self.tr("{name} 已离岗，原有记录保留").format(name=dialog.saved.name)
            )
            self.people_changed.emit()

    # -- Excel and printing -------------------------------------------------------------

    def _run(self, work, done, busy: str) -> None:
        if self._operation is not None:
            return
        self.banner.show_message("ok", busy)

        def succeeded(result) -> None:
            self._operation = None
            done(result)

        def failed(exc) -> None:
            self._operation = None
            if isinstance(exc, ValidationError):
                self.banner.show_message("error", "\n".join(error_text(e) for e in exc.errors))
            else:
                message = getattr(exc, "user_message", None) or self.tr("操作失败：{e}").format(
                    e=exc
                )
                self.banner.show_message("error", message)

        self._operation = Operation.start(self, work, succeeded, failed)

    def busy(self) -> bool:
        return self._operation is not None or self.printer.busy()

    def import_excel(self) -> None:
        """Check first (nothing saved), show what would change, and save only when asked."""
        path = prompts.ask_open_path(
            self, self.tr("导入人员"), self.tr("Excel 文件 (*.xlsx *.xls)")
        )
        if not path:
            return
        db, actor = self._db, self._actor

        def checked(preview) -> None:
            question = self.tr("检查通过：将新增 {a} 人，更新 {u} 人。现在导入吗？").format(
                a=preview.added, u=preview.updated
            )
            if not prompts.ask_yes_no(self, self.tr("导入人员"), question):
                self.banner.show_message("ok", self.tr("已取消导入，没有保存任何一行。"))
                return
            self._run(
                lambda: people_excel.import_people(db, actor, Path(path)),
                done,
                self.tr("正在导入…"),
            )

        def done(result) -> None:
            self.load()
            self.banner.show_message(
                "ok",
                self.tr("导入完成：新增 {a} 人，更新 {u} 人").format(
                    a=result.added, u=result.updated
                ),
            )
            self.people_changed.emit()

        self._run(
            lambda: people_excel.import_people(db, actor, Path(path), dry_run=True),
            checked,
            self.tr("正在检查…"),
        )

    def export_excel(self) -> None:
        path = prompts.ask_save_path(
            self, self.tr("导出人员"), "教职工名册.xlsx", self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return
        db, actor = self._db, self._actor
        self._run(
            lambda: people_excel.export_people(db, actor, Path(path)),
            lambda count: self.banner.show_message(
                "ok", self.tr("已导出 {n} 人：{p}").format(n=count, p=path)
            ),
            self.tr("正在导出…"),
        )

    def print_people(self) -> None:
        db, include_left = self._db, self.show_left.isChecked()
        actor = self._actor
        self.printer.run(
            lambda: leadership_printing.render(
                db, actor, leadership_printing.people_form(db, include_left=include_left)
            ),
            self.tr("教职工名册"),
            self.tr("教职工名册.pdf"),
        )
