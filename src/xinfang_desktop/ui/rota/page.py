"""值班 page: the rotas, generating one, changing seats and swapping, publishing, the duty
log, printing and export. Long work (generation, PDFs) runs off the GUI thread."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.dates import chinese_date, chinese_month_day
from ...domain.errors import ValidationError
from ...domain.rota import DutyConflictError
from .. import prompts
from ..operations import Operation
from ..print_preview import PdfPreviewDialog
from ..visits.form import translate_error
from ..widgets import Banner
from .dialogs import DutyLogDialog, GenerateDialog, SeatDialog
from .models import FairnessModel, RotaTableModel
from .texts import calendar_warning_text, conflict_text

log = logging.getLogger("xinfang.ui")


class _Progress(QObject):
    """Lives on the GUI thread; the worker only emits, the queued signal updates the bar."""

    advanced = Signal(int, int)


class RotaPage(QWidget):
    rota_changed = Signal()

    def __init__(self, db, actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._operations: list[Operation] = []
        self.detail = None
        self._shown_rota_id: int | None = None
        self.last_preview: PdfPreviewDialog | None = None
        self.last_result = None

        self.banner = Banner(self)
        self.rotas = QComboBox(self)
        self.rotas.setMinimumWidth(260)
        self.rotas.currentIndexChanged.connect(self._rota_chosen)
        self.status = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._advance)

        def button(text: str, slot) -> QPushButton:
            made = QPushButton(text, self)
            made.clicked.connect(slot)
            return made

        self.generate_button = button(self.tr("生成值班表…"), self.generate)
        self.seat_button = button(self.tr("更换人员…"), self.change_seat)
        self.swap_button = button(self.tr("调班（交换两格）"), self.swap)
        self.publish_button = button(self.tr("发布"), self.confirm_publish)
        self.discard_button = button(self.tr("删除草稿"), self.discard)
        self.log_button = button(self.tr("值班记录…"), self.open_log)
        self.settings_button = button(self.tr("值班设置…"), self.open_settings)
        self.month_button = button(self.tr("打印月表"), self.print_month)
        self.week_button = button(self.tr("打印周表"), self.print_week)
        self.whole_button = button(self.tr("打印本表（节假日）"), self.print_whole)
        self.person_button = button(self.tr("打印个人值班"), self.print_person)
        self.export_button = button(self.tr("导出 Excel…"), self.export_xlsx)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("值班表"), self))
        top.addWidget(self.rotas)
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        tools = QGridLayout()
        for column, widget in enumerate(
            (
                self.generate_button,
                self.seat_button,
                self.swap_button,
                self.publish_button,
                self.discard_button,
                self.log_button,
            )
        ):
            tools.addWidget(widget, 0, column)
        for column, widget in enumerate(
            (
                self.month_button,
                self.week_button,
                self.whole_button,
                self.person_button,
                self.export_button,
                self.settings_button,
            )
        ):
            tools.addWidget(widget, 1, column)

        self.model = RotaTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The date whole ("2026年12月1日"), not "2026年11…" in every row; the seats share the rest.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.change_seat())
        self.fairness_model = FairnessModel(self)
        self.fairness = QTableView(self)
        self.fairness.setModel(self.fairness_model)
        self.fairness.verticalHeader().hide()
        self.fairness.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.fairness.horizontalHeader().setStretchLastSection(True)
        self.spread = QLabel(self)
        self.spread.setWordWrap(True)
        self.changes = QListWidget(self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("公平性（每人值班次数）"), side))
        side_layout.addWidget(self.fairness, 3)
        side_layout.addWidget(self.spread)
        side_layout.addWidget(QLabel(self.tr("发布后的调整"), side))
        side_layout.addWidget(self.changes, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        self.reload_rotas()

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Leave and people may have changed on other pages or PCs.
        self.reload_rotas()

    def reload_rotas(self, select_id: int | None = None) -> None:
        from ...services import rota as rota_service

        current = select_id if select_id is not None else self.current_rota_id()
        try:
            rotas = rota_service.list_rotas(self._db)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.rotas.blockSignals(True)
        self.rotas.clear()
        for summary in rotas:
            state = (
                self.tr("已发布第{n}版").format(n=summary.published_number)
                if summary.published
                else self.tr("草稿")
            )
            self.rotas.addItem(f"{summary.name}（{state}）", summary.id)
        today = date.today()
        index = self.rotas.findData(current) if current is not None else -1
        if index < 0:
            # Open on the rota that covers today, else the newest.
            index = next(
                (i for i, s in enumerate(rotas) if s.start <= today <= s.end), 0 if rotas else -1
            )
        self.rotas.setCurrentIndex(index)
        self.rotas.blockSignals(False)
        self._rota_chosen()

    def current_rota_id(self) -> int | None:
        return self.rotas.currentData()

    def _rota_chosen(self, *_args) -> None:
        from ...services import rota as rota_service

        rota_id = self.current_rota_id()
        if rota_id is None:
            self.detail = None
        else:
            try:
                self.detail = rota_service.get_rota(self._db, rota_id)
            except (StorageError, PermissionDeniedError) as exc:
                self.banner.show_message("error", exc.user_message)
                self.detail = None
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.detail
        # The same rota shown again after a change stays where the user was working.
        same = (
            detail is not None
            and self._shown_rota_id == detail.summary.id
            and self.model.rowCount() > 0
        )
        scroll = self.table.verticalScrollBar().value()
        current = self.table.currentIndex()
        where = (current.row(), current.column()) if current.isValid() else None
        self.model.set_detail(detail)
        self._shown_rota_id = detail.summary.id if detail is not None else None
        if same:
            self.table.updateGeometries()  # the scroll range of the new rows, before scrolling
            if where is not None:
                self.table.setCurrentIndex(self.model.index(*where))
            self.table.verticalScrollBar().setValue(scroll)
        self.changes.clear()
        has = detail is not None
        for widget in (
            self.seat_button,
            self.swap_button,
            self.publish_button,
            self.discard_button,
            self.log_button,
            self.whole_button,
            self.person_button,
            self.export_button,
        ):
            widget.setEnabled(has)
        if detail is None:
            self.fairness_model.set_rows((), ())
            self.status.setText(self.tr("还没有值班表，点“生成值班表…”开始。"))
            self.spread.clear()
            return
        self.discard_button.setEnabled(not detail.summary.published)
        self.fairness_model.set_rows(detail.fairness, detail.roles)
        names = dict(detail.roles)
        self.spread.setText(
            "；".join(
                self.tr("{role}最多与最少相差 {n} 次").format(role=names.get(code, code), n=n)
                for code, n in detail.spread.items()
            )
        )
        for change in detail.changes:
            self.changes.addItem(
                self.tr("{day} {shift} {role}：{before} → {after}").format(
                    day=chinese_month_day(change.day),
                    shift=change.pattern_name,
                    role=change.role_name,
                    before=change.before or self.tr("空缺"),
                    after=change.after or self.tr("空缺"),
                )
            )
        summary = detail.summary
        text = self.tr("{start} 至 {end}，共 {n} 班").format(
            start=summary.start, end=summary.end, n=len(detail.shifts)
        )
        if detail.unfilled:
            text += self.tr("；{n} 个位置无人值班（红色）").format(n=detail.unfilled)
        if detail.on_leave:
            text += self.tr("；{n} 处安排的人员在请假/出差（橙色），请调整").format(
                n=len(detail.on_leave)
            )
        self.status.setText(text)
        row = self.model.row_of_day(date.today())
        if row >= 0 and not same:
            # A rota opened afresh shows today; after a change it stays where the user was.
            self.table.scrollTo(self.model.index(row, 0))

    # -- generating ------------------------------------------------------------------------

    def generate(self) -> None:
        from ...services import rota as rota_service
        from ...services.workdays import get_calendar_overrides

        try:
            overrides = get_calendar_overrides(self._db)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        dialog = GenerateDialog(self._db, overrides, date.today(), self)
        if not prompts.run_dialog(dialog):
            return
        name, start, end, seed = dialog.values()
        db, actor, progress = self._db, self._actor, self._progress

        def work():
            return rota_service.generate(
                db, actor, name, start, end, seed=seed, progress=progress.advanced.emit
            )

        self.progress.setRange(0, 0)
        self.progress.show()
        self.generate_button.setEnabled(False)
        self.banner.show_message("ok", self.tr("正在生成值班表…"))
        self._run(work, self._generated, self._generation_failed)

    def _advance(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _generated(self, result) -> None:
        self.progress.hide()
        self.generate_button.setEnabled(True)
        self.last_result = result
        parts = [self.tr("已生成“{name}”（草稿）").format(name=result.rota.name)]
        if result.generated.gaps:
            parts.append(
                self.tr("有 {n} 个位置排不上人（人手不足或都在请假），请手工安排").format(
                    n=len(result.generated.gaps)
                )
            )
        # Saved with positions nobody fills: amber, so nobody takes it for done.
        kind = "warn" if result.generated.gaps else "ok"
        warning = calendar_warning_text(
            result.generated.start, result.generated.end, result.overrides
        )
        if warning:
            parts.append(warning)
            kind = "alert"
        self.banner.show_message(kind, "。".join(parts))
        self.reload_rotas(result.rota.id)
        self.rota_changed.emit()

    def _generation_failed(self, exc) -> None:
        self.progress.hide()
        self.generate_button.setEnabled(True)
        self._show_problem(exc)

    # -- editing ---------------------------------------------------------------------------

    def _selected_seats(self):
        seats = []
        for index in self.table.selectionModel().selectedIndexes():
            found = self.model.seats_at(index)
            if found:
                # Of a reinforced cell, the first empty seat, else the first.
                seats.append(next((s for s in found if s.person_id is None), found[0]))
        return seats

    def change_seat(self) -> None:
        from ...services import people as people_service
        from ...services import rota as rota_service

        seats = self._selected_seats()
        if len(seats) != 1 or self.detail is None:
            self.banner.show_message("error", self.tr("请先在表中选中一个值班位置（一格）。"))
            return
        seat = seats[0]
        shift = self.model.shift_at(self.table.currentIndex().row())
        try:
            pools = rota_service.get_pools(self._db)
            people = people_service.list_people(self._db)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        pool = pools.get(seat.role_code, ())
        in_pool = sorted((p for p in people if p.id in pool), key=lambda p: pool.index(p.id))
        others = [p for p in people if p.id not in pool]
        choices = [(p.id, f"{p.label} {p.phone}".strip()) for p in in_pool]
        choices += [(p.id, self.tr("{label}（不在名单）").format(label=p.label)) for p in others]
        # The dialog names what it changes: the day, the shift and the role.
        where = (
            self.tr("{day}（{weekday}）{shift} {start}–{end}").format(
                day=chinese_date(shift.day),
                weekday=shift.day_name,
                shift=shift.pattern_name,
                start=f"{shift.starts_at:%H:%M}",
                end=f"{shift.ends_at:%H:%M}",
            )
            if shift is not None
            else ""
        )
        dialog = SeatDialog(
            self.tr("更换{role}：{where}").format(role=seat.role_name, where=where),
            choices,
            seat.person_id,
            self,
        )
        if not prompts.run_dialog(dialog):
            return
        version = self.detail.summary.version
        self._edit(
            lambda accept: rota_service.set_seat(
                self._db,
                self._actor,
                seat.assignment_id,
                dialog.chosen(),
                expected_version=version,
                accept_rule_breaks=accept,
            )
        )

    def swap(self) -> None:
        from ...services import rota as rota_service

        seats = self._selected_seats()
        if len(seats) != 2 or self.detail is None:
            self.banner.show_message("error", self.tr("调班：请按住 Ctrl 在表中选中要互换的两格。"))
            return
        version = self.detail.summary.version
        self._edit(
            lambda accept: rota_service.swap_seats(
                self._db,
                self._actor,
                seats[0].assignment_id,
                seats[1].assignment_id,
                expected_version=version,
                accept_rule_breaks=accept,
            )
        )

    def _edit(self, change) -> None:
        """Run a change; a broken rule is asked about, a hard conflict is refused."""
        try:
            summary = change(False)
        except DutyConflictError as exc:
            text = "\n".join(conflict_text(c) for c in exc.conflicts)
            if exc.hard:
                self.banner.show_message("error", self.tr("不能这样安排：{t}").format(t=text))
                return
            question = self.tr("这样安排会打破排班规则：\n{t}\n仍要这样安排吗？").format(t=text)
            if not prompts.ask_yes_no(self, self.tr("排班规则"), question):
                return
            try:
                summary = change(True)
            except (DutyConflictError, ValidationError, StorageError) as again:
                self._show_problem(again)
                return
        except (ValidationError, StorageError, PermissionDeniedError) as exc:
            self._show_problem(exc)
            self._rota_chosen()
            return
        self.banner.show_message("ok", self.tr("已保存"))
        self.reload_rotas(summary.id)
        self.rota_changed.emit()

    def confirm_publish(self) -> None:
        """发布 cannot be taken back (later changes are listed as changes): ask first."""
        if self.detail is None:
            return
        question = self.tr(
            "发布后值班表即生效，之后的调整都会作为变更列出并在打印时注明，不能撤回。\n确定发布“{name}”吗？"
        ).format(name=self.detail.summary.name)
        if prompts.ask_yes_no(self, self.tr("发布值班表"), question):
            self.publish()

    def publish(self) -> None:
        from ...services import rota as rota_service

        if self.detail is None:
            return
        try:
            summary = rota_service.publish(
                self._db,
                self._actor,
                self.detail.summary.id,
                expected_version=self.detail.summary.version,
            )
        except (ValidationError, StorageError, PermissionDeniedError) as exc:
            self._show_problem(exc)
            return
        self.banner.show_message(
            "ok",
            self.tr("已发布第 {n} 版；之后的调整会在右侧列出并在打印时注明").format(
                n=summary.published_number
            ),
        )
        self.reload_rotas(summary.id)
        self.rota_changed.emit()

    def discard(self) -> None:
        from ...services import rota as rota_service

        if self.detail is None:
            return
        summary = self.detail.summary
        if not prompts.ask_yes_no(
            self, self.tr("删除草稿"), self.tr("删除草稿“{name}”？").format(name=summary.name)
        ):
            return
        try:
            rota_service.discard_draft(
                self._db, self._actor, summary.id, expected_version=summary.version
            )
        except (ValidationError, StorageError, PermissionDeniedError) as exc:
            self._show_problem(exc)
            return
        self.banner.show_message("ok", self.tr("草稿已删除"))
        self.reload_rotas()
        self.rota_changed.emit()

    def open_log(self) -> None:
        index = self.table.currentIndex()
        shift = self.model.shift_at(index.row()) if index.isValid() else None
        if shift is None:
            self.banner.show_message("error", self.tr("请先在表中选中一个班次。"))
            return
        prompts.run_dialog(DutyLogDialog(self._db, self._actor, shift.id, self))

    def open_settings(self) -> None:
        from .settings_widget import RotaSettingsDialog

        prompts.run_dialog(RotaSettingsDialog(self._db, self._actor, self))
        self._rota_chosen()

    # -- printing --------------------------------------------------------------------------

    def _selected_day(self) -> date:
        index = self.table.currentIndex()
        shift = self.model.shift_at(index.row()) if index.isValid() else None
        if shift is not None:
            return shift.day
        if self.detail is not None:
            return self.detail.summary.start
        return date.today()

    def print_month(self) -> None:
        from ...services import rota_print

        day, db = self._selected_day(), self._db
        actor = self._actor
        self._print(
            lambda: rota_print.month_sheet(db, actor, day),
            self.tr("{y}年{m}月值班表").format(y=day.year, m=day.month),
            f"值班表-{day:%Y%m}.pdf",
        )

    def print_week(self) -> None:
        from ...services import rota_print

        day, db = self._selected_day(), self._db
        actor = self._actor
        self._print(
            lambda: rota_print.week_sheet(db, actor, day),
            self.tr("周值班表"),
            f"值班表-{day:%Y%m%d}周.pdf",
        )

    def print_whole(self) -> None:
        from ...services import rota_print

        if self.detail is None:
            return
        rota_id, db = self.detail.summary.id, self._db
        actor = self._actor
        self._print(
            lambda: rota_print.rota_sheet(db, actor, rota_id),
            self.detail.summary.name,
            f"{self.detail.summary.name}.pdf",
        )

    def print_person(self) -> None:
        from ...reports.rota_schedule import build_person_duties_pdf
        from ...services import rota_print

        seats = [s for s in self._selected_seats() if s.person_id is not None]
        if not seats or self.detail is None:
            self.banner.show_message("error", self.tr("请先在表中选中此人值班的一格。"))
            return
        seat, summary, db = seats[0], self.detail.summary, self._db
        actor = self._actor

        def build() -> bytes:
            sheet = rota_print.person_sheet(db, actor, seat.person_id, summary.start, summary.end)
            return build_person_duties_pdf(sheet)

        self._run(
            build,
            lambda pdf: self._preview(
                pdf, self.tr("{name}的值班安排").format(name=seat.name), f"值班-{seat.name}.pdf"
            ),
            self._show_problem,
        )

    def _print(self, make_sheet, title: str, suggested: str) -> None:
        from ...reports.rota_schedule import build_rota_pdf

        self._run(
            lambda: build_rota_pdf(make_sheet()),
            lambda pdf: self._preview(pdf, title, suggested),
            self._show_problem,
        )

    def _preview(self, pdf: bytes, title: str, suggested: str) -> None:
        self.last_preview = PdfPreviewDialog(pdf, title, suggested, self)
        self.last_preview.open()

    def export_xlsx(self) -> None:
        from ...reports.rota_schedule import write_rota_xlsx
        from ...services import rota_print

        if self.detail is None:
            return
        summary = self.detail.summary
        path = prompts.ask_save_path(
            self, self.tr("导出值班表"), f"{summary.name}.xlsx", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        db = self._db
        actor = self._actor

        def write() -> str:
            write_rota_xlsx(rota_print.rota_sheet(db, actor, summary.id, purpose="export"), path)
            return path

        self._run(
            write,
            lambda p: self.banner.show_message("ok", self.tr("已导出：{p}").format(p=p)),
            self._show_problem,
        )

    # -- plumbing --------------------------------------------------------------------------

    def _run(self, work, on_success, on_failure) -> None:
        operation = Operation.start(self, work, on_success, on_failure)
        self._operations.append(operation)
        operation.finished.connect(lambda: self._operations.remove(operation))

    def busy(self) -> bool:
        return bool(self._operations)

    def _show_problem(self, exc) -> None:
        if isinstance(exc, ValidationError):
            text = "；".join(translate_error(e) for e in exc.errors)
        elif isinstance(exc, DutyConflictError):
            text = "；".join(conflict_text(c) for c in exc.conflicts)
        elif isinstance(exc, StorageError):
            text = exc.user_message
        else:
            log.error("rota action failed", exc_info=exc)
            text = self.tr("操作失败：{e}").format(e=exc)
        self.banner.show_message("error", text)
