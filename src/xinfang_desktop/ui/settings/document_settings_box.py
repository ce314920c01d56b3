"""文书设置 on the 设置 page: the 上级主管部门 the 复查 route names (信访工作条例 Art. 35), the
承办部门 contacts printed on every notice, and the 文号 pattern of each kind of notice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.case_notices import DEFAULT_NUMBER_FORMATS, NoticeKind
from ...domain.errors import ValidationError
from ...domain.settings import DocumentSettings
from ...services import settings as settings_service
from ...services.context import Actor
from ..visits.form import translate_error
from ..widgets import Banner, FieldWithError

_TEXT_FIELDS = (
    ("superior_name", "上级主管部门", "例如：枣庄市薛城区教育和体育局"),
    ("superior_address", "上级主管部门地址", ""),
    ("superior_phone", "上级主管部门电话", ""),
    ("handling_office", "承办部门", "例如：学校办公室"),
    ("contact_person", "联系人", ""),
    ("contact_phone", "联系电话", ""),
)


class DocumentSettingsBox(QGroupBox):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(self.tr("文书设置（告知书、意见书上印的内容）"), parent)
        self._db = db
        self._actor = actor
        self.banner = Banner(self)
        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, FieldWithError] = {}
        contacts = QFormLayout()
        for name, label, placeholder in _TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr(placeholder) if placeholder else "")
            self.edits[name] = edit
            self.fields[name] = FieldWithError(edit, self)
            contacts.addRow(self.tr(label), self.fields[name])
        self.formats: dict[NoticeKind, QLineEdit] = {}
        grid = QGridLayout()
        grid.addWidget(
            QLabel(self.tr("文号格式（{year} 年份，{seq} 序号；留空用默认）"), self), 0, 0, 1, 4
        )
        for index, kind in enumerate(NoticeKind):
            edit = QLineEdit(self)
            edit.setPlaceholderText(DEFAULT_NUMBER_FORMATS[kind])
            self.formats[kind] = edit
            name = f"number_format_{kind.name.lower()}"
            self.fields[name] = FieldWithError(edit, self)
            row, column = divmod(index, 2)
            grid.addWidget(QLabel(self.tr(kind.value), self), row + 1, column * 2)
            grid.addWidget(self.fields[name], row + 1, column * 2 + 1)
        self.save_button = QPushButton(self.tr("保存文书设置"), self)
        self.save_button.clicked.connect(self.save)
        columns = QHBoxLayout()
        columns.addLayout(contacts, 1)
        columns.addLayout(grid, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
        layout.addWidget(self.save_button)
        self.load()

    def load(self) -> None:
        try:
            settings = settings_service.get_document_settings(self._db)
        except StorageError as exc:
            self.banner.show_message("error", exc.user_message)
            return
        for name, edit in self.edits.items():
            edit.setText(getattr(settings, name))
        for kind, edit in self.formats.items():
            edit.setText(settings.number_formats.get(kind.name, ""))

    def draft(self) -> DocumentSettings:
        return DocumentSettings(
            **{name: edit.text() for name, edit in self.edits.items()},
            number_formats={kind.name: edit.text() for kind, edit in self.formats.items()},
        )

    def save(self) -> DocumentSettings | None:
        for holder in self.fields.values():
            holder.set_error("")
        try:
            saved = settings_service.save_document_settings(self._db, self._actor, self.draft())
        except ValidationError as exc:
            for field, error in exc.by_field().items():
                if field in self.fields:
                    self.fields[field].set_error(translate_error(error))
            self.banner.show_message("error", self.tr("文书设置没有保存，请按红字提示改正。"))
            return None
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return None
        self.banner.show_message("ok", self.tr("文书设置已保存。"))
        return saved
