"""名单排序: the 职务 order rosters use (校长、书记、副校长、主任…), a box on the settings page."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.errors import ValidationError
from ...services import people as people_service
from ..visits.form import translate_error
from ..widgets import Banner, FieldWithError

# The posts are typed the way they are written in Chinese: separated by 、 (or commas).
_SEPARATORS = re.compile(r"[、，,；;\s]+")


def split_posts(text: str) -> list[str]:
    return [part for part in _SEPARATORS.split(text) if part]


class PostOrderBox(QGroupBox):
    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(self.tr("名单排序"), parent)
        self._db = db
        self._actor = actor
        self.banner = Banner(self)
        self.posts = QLineEdit(self)
        self.posts.setPlaceholderText(self.tr("如：校长、书记、副校长、主任、副主任、组长、教师"))
        self.posts_field = FieldWithError(self.posts, self)
        self.save_button = QPushButton(self.tr("保存排序"), self)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("职务顺序"), self))
        row.addWidget(self.posts_field, 1)
        row.addWidget(self.save_button)
        hint = QLabel(
            self.tr(
                "人员名单、领导小组名单按此顺序排列，同职务按姓氏笔画；"
                "“办公室主任”归入“主任”，没列出的职务排在最后。"
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        layout.addWidget(hint)
        self.load()

    def load(self) -> None:
        try:
            order = people_service.get_post_order(self._db)
        except StorageError as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.posts.setText("、".join(order))

    def save(self) -> None:
        self.posts_field.set_error("")
        try:
            saved = people_service.save_post_order(
                self._db, self._actor, split_posts(self.posts.text())
            )
        except ValidationError as exc:
            self.posts_field.set_error("；".join(translate_error(error) for error in exc.errors))
            return
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.posts.setText("、".join(saved))
        self.banner.show_message("ok", self.tr("名单排序已保存。"))
