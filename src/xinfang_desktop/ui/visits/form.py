"""The 来访登记 form: keyboard first, every field says in Chinese what is wrong with it."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_date
from ...domain.errors import TRANSLATION_CONTEXT, FieldError, ValidationError
from ...domain.settings import UnitSettings
from ...domain.visits import (
    GROUP_VISIT_MIN_PEOPLE,
    MAX_PEOPLE,
    TEXT_LIMITS,
    VisitDraft,
    parse_slip_code,
)
from ...services import visits as visit_service
from ...services.context import Actor
from ...services.settings import last_receptionist
from .. import prompts
from ..qt_setup import translated_params
from ..widgets import Banner, EnterMovesOn, FieldWithError, ReadingOrderFocus

log = logging.getLogger("xinfang.ui")

_LOOKUP_DELAY_MS = 250
# While nobody has touched 来访时间 it follows the clock (a quiet hour never leaves it stale).
_CLOCK_TICK_MS = 15_000
EarlierVisitRole = Qt.ItemDataRole.UserRole + 1


def translate_error(error: FieldError) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, error.template).format(
        **translated_params(error.params)
    )


class _EnterMovesOn(QLineEdit):
    """Enter moves to the next field, as on a paper form; Ctrl+Enter saves (form shortcut)."""

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            completer = self.completer()
            if completer is None or not completer.popup().isVisible():
                self.focusNextChild()
                return
        super().keyPressEvent(event)


class SlipScanner(QObject):
    """A USB scanner types the 访客单's code into whatever field has the focus, then Enter.

    On Enter in a watched line holding a slip code, the code is taken out of the field and
    handed on (``scanned``) instead of moving to the next field or searching.
    """

    scanned = Signal(str)

    def watch(self, line: QLineEdit) -> None:
        line.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(watched, QLineEdit)
            and parse_slip_code(watched.text()) is not None
        ):
            code = watched.text()
            watched.clear()
            self.scanned.emit(code)
            return True
        return False


class VisitForm(ReadingOrderFocus, QWidget):
    """Register a new visit, or edit one (``load_for_edit``)."""

    saved = Signal(int, bool)  # visit id, True when it was a new registration
    print_slip_requested = Signal(int)
    slip_scanned = Signal(str)  # a 访客单 code scanned into the name field: a departure

    def __init__(self, db: Database, actor: Actor, settings: UnitSettings, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._editing: visit_service.VisitRecord | None = None
        self._lookup_timer = QTimer(self, singleShot=True, interval=_LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._look_up_person)
        self._lookup_source: QLineEdit | None = None
        # The earlier visit a returning visitor was filled from: the gate sees its numbers
        # masked, and the service keeps the stored ones when they are left unchanged.
        self._filled_from: int | None = None
        self._alerted: tuple[int, ...] | None = None
        self._time_follows_clock = True
        self._setting_time = False
        self._baseline: VisitDraft | None = None
        self._clock = QTimer(self, interval=_CLOCK_TICK_MS)
        self._clock.timeout.connect(self._follow_clock)
        self._clock.start()
        self._build()
        self.apply_settings(settings)
        self.clear(keep_receptionist=False)

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self.tr("新来访登记"), self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.banner = Banner(self)
        # A watch-list hit is rare and must stand out; it alone may open a line of its own.
        self.watch_banner = Banner(self, keep_room=False)
        self.watch_banner.setObjectName("watchBanner")

        self.arrived_at = QDateTimeEdit(self)
        self.arrived_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.arrived_at.setCalendarPopup(True)
        self.now_button = QPushButton(self.tr("现在 (F5)"), self)
        self.now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.now_button.clicked.connect(self._set_now)
        self.arrived_at.dateTimeChanged.connect(self._time_edited)

        self.name = _EnterMovesOn(self)
        self.name.setPlaceholderText(self.tr("姓名，或拼音首字母如 zs"))
        self.returning = QLabel(self)
        self.returning.setObjectName("returningVisitor")
        self.returning.setStyleSheet("color:#e65100; font-weight:bold;")
        self.gender = QComboBox(self)
        self.gender.addItem(self.tr("未填"), "")
        self.gender.addItem(self.tr("男"), "男")
        self.gender.addItem(self.tr("女"), "女")
        self.phone = _EnterMovesOn(self)
        self.phone.setPlaceholderText(self.tr("手机或座机"))
        self.phone.setMaxLength(30)
        self.id_number = _EnterMovesOn(self)
        self.id_number.setPlaceholderText(self.tr("可不填；18 位"))
        self.id_number.setMaxLength(18)
        self.people_count = QSpinBox(self)
        self.people_count.setRange(1, MAX_PEOPLE)
        self.group_badge = QLabel(self.tr("集体访"), self)
        self.group_badge.setStyleSheet(
            "background:#c62828; color:white; padding:1px 6px; border-radius:3px;"
        )
        self.group_badge.hide()
        self.people_count.valueChanged.connect(
            lambda n: self.group_badge.setVisible(n >= GROUP_VISIT_MIN_PEOPLE)
        )
        self.unit_address = _EnterMovesOn(self)
        self.unit_address.setMaxLength(TEXT_LIMITS["unit_address"][0])
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("来访事由（必填）"))
        self.reason.setFixedHeight(60)
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.host = QComboBox(self)
        self.host.setEditable(True)
        self.host.lineEdit().setPlaceholderText(self.tr("被访部门或人员"))
        self.receptionist = QComboBox(self)
        self.receptionist.setEditable(True)
        self.vehicle_plate = _EnterMovesOn(self)
        self.vehicle_plate.setPlaceholderText(self.tr("如 鲁D12345"))
        self.vehicle_plate.setMaxLength(12)
        self.outcome = _EnterMovesOn(self)
        self.remarks = _EnterMovesOn(self)

        self.fields: dict[str, FieldWithError] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            ("arrived_at", self.tr("来访时间"), self.arrived_at, self.now_button),
            ("name", self.tr("姓名*"), self.name, self.returning),
            ("gender", self.tr("性别"), self.gender, None),
            ("phone", self.tr("联系电话"), self.phone, None),
            ("id_number", self.tr("身份证号"), self.id_number, None),
            ("people_count", self.tr("人数"), self.people_count, self.group_badge),
            ("unit_address", self.tr("单位/住址"), self.unit_address, None),
            ("reason", self.tr("来访事由*"), self.reason, None),
            ("category", self.tr("类别"), self.category, None),
            ("host", self.tr("接待对象"), self.host, None),
            ("receptionist", self.tr("登记人"), self.receptionist, None),
            ("vehicle_plate", self.tr("车牌号"), self.vehicle_plate, None),
            ("outcome", self.tr("处理结果"), self.outcome, None),
            ("remarks", self.tr("备注"), self.remarks, None),
        ]
        for key, label, widget, extra in rows:
            holder = FieldWithError(widget, self, extra)
            self.fields[key] = holder
            label_widget = QLabel(label, self)
            label_widget.setBuddy(widget)
            form.addRow(label_widget, holder)
        self.fields["left_at"] = self.fields["arrived_at"]

        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_slip_button = QPushButton(self.tr("保存并打印访客单 (Ctrl+P)"), self)
        self.save_slip_button.clicked.connect(lambda: self.save(print_slip=True))
        self.clear_button = QPushButton(self.tr("清空 (Esc)"), self)
        self.clear_button.clicked.connect(self.clear_asking)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_slip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.watch_banner)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for sequence, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+Return", self.save),
            ("Ctrl+Enter", self.save),
            ("Ctrl+P", lambda: self.save(print_slip=True)),
            ("F5", self._set_now),
            ("Escape", self.escape),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        # Returning visitors: offers appear under the name, phone and ID fields as one types.
        self._offers = QStandardItemModel(self)
        for source in (self.name, self.phone, self.id_number):
            completer = QCompleter(self._offers, self)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.activated[QModelIndex].connect(self._offer_chosen)
            source.setCompleter(completer)
            source.textEdited.connect(lambda _t, s=source: self._schedule_lookup(s))
            source.editingFinished.connect(self._check_person)
        self.id_number.textEdited.connect(self._uppercase_id)

        # Enter walks the fields in reading order, and so does Tab.
        order = [
            self.arrived_at, self.name, self.gender, self.phone, self.id_number,
            self.people_count, self.unit_address, self.reason, self.category, self.host,
            self.receptionist, self.vehicle_plate, self.outcome, self.remarks,
        ]  # fmt: skip
        self.enter_moves_on = EnterMovesOn(order, self.save_button, self)
        # Installed after Enter-moves-on, so it sees Enter first.
        self.scanner = SlipScanner(self)
        self.scanner.watch(self.name)
        self.scanner.scanned.connect(self._slip_scanned)
        self.tab_order = [*order, self.save_button, self.save_slip_button, self.clear_button]

    def _slip_scanned(self, code: str) -> None:
        # The scanner's characters started a lookup of earlier visitors: not a visitor.
        self._lookup_timer.stop()
        self._hide_offers()
        self.slip_scanned.emit(code)

    def apply_settings(self, settings: UnitSettings) -> None:
        try:
            staff = visit_service.gate_staff(self._db, self._actor)
        except (StorageError, PermissionDeniedError):
            staff = list(settings.gate_staff)
        for combo, items in (
            (self.category, settings.visit_categories),
            (self.host, settings.hosts),
            (self.receptionist, staff),
        ):
            current = combo.currentText()
            combo.clear()
            combo.addItems(list(items))
            combo.setCurrentText(current)
            completer = QCompleter(QStringListModel(list(items), combo), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            self.enter_moves_on.move_on_after_choice(combo, completer.popup())

    # --- form state ---------------------------------------------------------------------------
    def _set_now(self) -> None:
        self._show_time(QDateTime.currentDateTime())
        self._time_follows_clock = not self.is_editing

    def _show_time(self, value: QDateTime) -> None:
        self._setting_time = True
        try:
            self.arrived_at.setDateTime(value)
        finally:
            self._setting_time = False

    def _time_edited(self, _value) -> None:
        if not self._setting_time:
            self._time_follows_clock = False

    def _follow_clock(self) -> None:
        if self._time_follows_clock and not self.arrived_at.hasFocus():
            self._show_time(QDateTime.currentDateTime())

    @property
    def time_follows_clock(self) -> bool:
        return self._time_follows_clock

    def _uppercase_id(self, text: str) -> None:
        if text != text.upper():
            position = self.id_number.cursorPosition()
            self.id_number.setText(text.upper())
            self.id_number.setCursorPosition(position)

    def clear(self, keep_receptionist: bool = True) -> None:
        receptionist = self.receptionist.currentText()
        self._editing = None
        self._filled_from = None
        self.title.setText(self.tr("新来访登记"))
        self.save_button.setText(self.tr("保存 (Ctrl+S)"))
        self.save_slip_button.setVisible(True)
        for widget in (self.name, self.phone, self.id_number, self.unit_address,
                       self.vehicle_plate, self.outcome, self.remarks):  # fmt: skip
            widget.clear()
        self.reason.clear()
        self.gender.setCurrentIndex(0)
        self.people_count.setValue(1)
        self.category.setCurrentIndex(-1)
        self.category.setCurrentText("")
        self.host.setCurrentText("")
        if not keep_receptionist or not receptionist:
            receptionist = self._default_receptionist()
        self.receptionist.setCurrentText(receptionist)
        self._set_now()
        self.clear_errors()
        self.returning.clear()
        self.watch_banner.clear_message()
        self._hide_offers()
        self._baseline = self._comparable(self.draft())
        self.name.setFocus()

    def _default_receptionist(self) -> str:
        """The signed-in user registers the visit; only a shared desk account without a name
        of its own falls back to whoever registered last."""
        if self._actor.user_id is not None:
            return self._actor.name
        try:
            return last_receptionist(self._db)
        except StorageError:
            return ""

    def _open_offer_popups(self) -> list[QWidget]:
        popups = [s.completer().popup() for s in (self.name, self.phone, self.id_number)]
        popups += [
            c.completer().popup()
            for c in (self.category, self.host, self.receptionist)
            if c.completer() is not None
        ]
        return [p for p in popups if p.isVisible()]

    def _hide_offers(self) -> None:
        for popup in self._open_offer_popups():
            popup.hide()

    def escape(self) -> None:
        """Esc closes an open list of offers first; only a second Esc clears the form."""
        if self._open_offer_popups():
            self._hide_offers()
            return
        self.clear_asking()

    def clear_asking(self) -> bool:
        """Clears the form, asking first when typing would be lost (one stray Esc or 清空
        emptied a whole registration). True when cleared."""
        if self.unsaved_work() and not prompts.ask_yes_no(
            self, self.tr("清空登记"), self.tr("正在填写的登记还没有保存，确定清空吗？")
        ):
            return False
        self.cancel()
        return True

    def cancel(self) -> None:
        self.banner.clear_message()
        self.clear()

    @staticmethod
    def _comparable(draft: VisitDraft) -> VisitDraft:
        # The clock and the receptionist change on their own; neither is typing to lose.
        return replace(draft, arrived_at=datetime.min, receptionist="")

    def unsaved_work(self) -> list[str]:
        """What would be lost if the window closed now: typing not yet saved."""
        if self._baseline is None or self._comparable(self.draft()) == self._baseline:
            return []
        if self.is_editing:
            return [self.tr("来访登记 {number} 的修改").format(number=self._editing.number)]
        name = self.name.text().strip()
        return [self.tr("未保存的来访登记{name}").format(name=f"（{name}）" if name else "")]

    def clear_errors(self) -> None:
        for holder in self.fields.values():
            holder.set_error("")

    def draft(self) -> VisitDraft:
        left_at = self._editing.draft.left_at if self._editing else None
        return VisitDraft(
            arrived_at=self.arrived_at.dateTime().toPython(),
            left_at=left_at,
            name=self.name.text(),
            gender=self.gender.currentData() or "",
            phone=self.phone.text(),
            id_number=self.id_number.text(),
            people_count=self.people_count.value(),
            unit_address=self.unit_address.text(),
            reason=self.reason.toPlainText(),
            category=self.category.currentText(),
            host=self.host.currentText(),
            receptionist=self.receptionist.currentText(),
            vehicle_plate=self.vehicle_plate.text(),
            outcome=self.outcome.text(),
            remarks=self.remarks.text(),
        )

    def fill(self, draft: VisitDraft) -> None:
        self._show_time(QDateTime(draft.arrived_at))
        self.name.setText(draft.name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(draft.gender)))
        self.phone.setText(draft.phone)
        self.id_number.setText(draft.id_number)
        self.people_count.setValue(draft.people_count)
        self.unit_address.setText(draft.unit_address)
        self.reason.setPlainText(draft.reason)
        self.category.setCurrentText(draft.category)
        self.host.setCurrentText(draft.host)
        if draft.receptionist:
            self.receptionist.setCurrentText(draft.receptionist)
        self.vehicle_plate.setText(draft.vehicle_plate)
        self.outcome.setText(draft.outcome)
        self.remarks.setText(draft.remarks)

    def load_for_edit(self, visit_id: int) -> bool:
        try:
            record = visit_service.get_visit(self._db, self._actor, visit_id)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return False
        if record.is_voided:
            self.banner.show_message("error", self.tr("这条登记已作废，不能修改。"))
            return False
        self.clear()
        self._editing = record
        self._time_follows_clock = False
        self.fill(record.draft)
        self._baseline = self._comparable(self.draft())
        self.title.setText(self.tr("修改来访登记 {number}").format(number=record.number))
        self.save_button.setText(self.tr("保存修改 (Ctrl+S)"))
        self.save_slip_button.setVisible(False)
        self.banner.clear_message()
        self.name.setFocus()
        return True

    @property
    def is_editing(self) -> bool:
        return self._editing is not None

    # --- saving -------------------------------------------------------------------------------
    def save(self, print_slip: bool = False) -> int | None:
        """Save what is typed; on any failure everything typed stays in the form."""
        self.clear_errors()
        if self._time_follows_clock:
            self._show_time(QDateTime.currentDateTime())
        draft = self.draft()
        editing = self._editing
        try:
            if editing is None:
                record = visit_service.register_visit(
                    self._db, self._actor, draft, from_visit_id=self._filled_from
                )
            else:
                record = visit_service.update_visit(
                    self._db, self._actor, editing.id, draft, expected_version=editing.version
                )
        except ValidationError as exc:
            self._show_validation(exc)
            return None
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return None
        name = record.draft.name
        if editing is None:
            message = self.tr("已保存：{name}（{number}）").format(name=name, number=record.number)
        else:
            message = self.tr("已保存修改：{name}（{number}）").format(
                name=name, number=record.number
            )
        self.clear()
        self.banner.show_message("ok", message)
        self.saved.emit(record.id, editing is None)
        if print_slip and editing is None:
            self.print_slip_requested.emit(record.id)
        return record.id

    def _show_validation(self, exc: ValidationError) -> None:
        first: QWidget | None = None
        for field, error in exc.by_field().items():
            holder = self.fields.get(field)
            if holder is None:
                continue
            holder.set_error(translate_error(error))
            first = first or holder.field
        count = len(exc.by_field())
        self.banner.show_message(
            "error", self.tr("有 {count} 处需要改正，见红字提示。").format(count=count)
        )
        if first is not None:
            first.setFocus()

    # --- returning visitors and the watch list ----------------------------------------------
    def _schedule_lookup(self, source: QLineEdit) -> None:
        self._lookup_source = source
        self._lookup_timer.start()

    def _look_up_person(self) -> None:
        source = self._lookup_source
        if source is None or self._editing is not None:
            return
        criteria = {
            self.name: "name",
            self.phone: "phone",
            self.id_number: "id_number",
        }
        try:
            offers = visit_service.earlier_visitors(
                self._db, self._actor, **{criteria[source]: source.text()}
            )
        except StorageError:
            return
        self._offers.clear()
        for offer in offers:
            text = self.tr("{name}　{phone}　{id}　来访 {count} 次，最近 {last}").format(
                name=offer.name,
                phone=offer.phone or self.tr("无电话"),
                id=offer.id_number_masked,
                count=offer.visit_count,
                last=chinese_date(offer.last_arrived_at),
            )
            item = QStandardItem(text)
            item.setData(offer.last_visit_id, EarlierVisitRole)
            self._offers.appendRow(item)
        completer = source.completer()
        if offers and source.hasFocus():
            completer.setCompletionPrefix("")
            # As wide as the longest offer: "来访 N 次，最近 …" is the part that matters.
            popup = completer.popup()
            metrics = popup.fontMetrics()
            widest = max(
                metrics.horizontalAdvance(self._offers.item(r).text())
                for r in range(self._offers.rowCount())
            )
            rect = source.rect()
            rect.setWidth(max(rect.width(), widest + 40))
            completer.complete(rect)
        else:
            completer.popup().hide()

    def _offer_chosen(self, index) -> None:
        visit_id = index.data(EarlierVisitRole) if hasattr(index, "data") else None
        if visit_id is None:
            return
        # The completer writes its display text into the field after this signal; fill later.
        QTimer.singleShot(0, lambda: self.fill_from_earlier(int(visit_id)))

    def fill_from_earlier(self, visit_id: int) -> None:
        try:
            draft = visit_service.draft_from_earlier(
                self._db, self._actor, visit_id, self.arrived_at.dateTime().toPython()
            )
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        receptionist = self.receptionist.currentText()
        self.fill(draft)
        self._filled_from = visit_id
        self.receptionist.setCurrentText(receptionist)
        self._check_person()
        self.reason.setFocus()

    def _check_person(self) -> None:
        """Show how often this person came before, and alert on a watch-list match."""
        name, phone, id_number = self.name.text(), self.phone.text(), self.id_number.text()
        try:
            found = visit_service.check_person(
                self._db,
                self._actor,
                name=name,
                phone=phone,
                id_number=id_number,
                same_as_visit=self._editing.id if self._editing else self._filled_from,
                before=self._editing.draft.arrived_at if self._editing else None,
            )
        except (StorageError, PermissionDeniedError):
            return
        before, matches = found.previous_visits, found.watch_matches
        notes = [self.tr("重访：此前来访 {count} 次").format(count=before)] if before else []
        if self._editing is None:
            try:
                present = visit_service.already_on_site(
                    self._db, self._actor, name=name, phone=phone, id_number=id_number
                )
            except (StorageError, PermissionDeniedError):
                present = None
            if present is not None:
                # Registered twice, the on-site count would count this person twice.
                notes.append(
                    self.tr("今天 {time} 已登记，尚未离开").format(
                        time=f"{present.arrived_at:%H:%M}"
                    )
                )
        self.returning.setText("；".join(notes))
        if matches:
            lines = [
                self.tr("⚠ 关注名单：{name}（{on}相符）— {reason}").format(
                    name=m.entry.name or m.entry.phone or m.entry.id_number,
                    on=m.matched_on,
                    reason=m.entry.reason,
                )
                for m in matches
            ]
            self.watch_banner.show_message("alert", "\n".join(lines))
            alerted = tuple(m.entry.id for m in matches)
            if self._alerted != alerted:
                QApplication.beep()
            self._alerted = alerted
        else:
            self.watch_banner.clear_message()
            self._alerted = None
