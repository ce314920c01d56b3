"""Settings of the case area, shown on the 设置 page: case numbers, lists, deadline limits
(number + calendar/working days), internal targets, warning days, and the days the user marks
in the working-day calendar (holidays and 调休 workdays of years the statutory data lacks)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...db.engine import Database
from ...db.errors import StorageError
from ...domain.auth import PermissionDeniedError
from ...domain.case_deadlines import LIMIT_LABELS, MAX_LIMIT_DAYS, DayCount, DeadlineRules, Limit
from ...domain.cases import CaseSettings
from ...domain.errors import FieldError, ValidationError
from ...domain.workdays import CalendarOverrides, year_is_known
from ...services import case_settings
from ...services import workdays as workday_service
from ...services.cases import recompute_open_deadlines
from ...services.context import Actor
from ..widgets import Banner, FieldWithError
from .form import translate_error


class CaseSettingsBox(QGroupBox):
    saved = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(self.tr("信访事项设置"), parent)
        self._db = db
        self._actor = actor
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_rules_tab(), self.tr("编号、类别与期限"))
        self.tabs.addTab(self._build_calendar_tab(), self.tr("节假日与调休"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.load()

    # --- rules -----------------------------------------------------------------------------------
    def _show_number_example(self, template: str) -> None:
        from ...domain.cases import format_case_number

        try:
            first = format_case_number(template, date.today().year, 1)
            second = format_case_number(template, date.today().year, 2)
        except (KeyError, ValueError, IndexError):
            self.number_example.setText(self.tr("格式有误：只能用 {year} 和 {seq}"))
            self.number_example.setStyleSheet("color: #c62828;")
            return
        self.number_example.setStyleSheet("color: #555555;")
        self.number_example.setText(
            self.tr("今年的编号将是：{first}、{second}…").format(first=first, second=second)
        )

    def _build_rules_tab(self) -> QWidget:
        tab = QWidget(self)
        self.number_format = QLineEdit(tab)
        self.categories = QPlainTextEdit(tab)
        self.areas = QPlainTextEdit(tab)
        for edit in (self.categories, self.areas):
            edit.setPlaceholderText(self.tr("每行一项"))
            edit.setMaximumHeight(90)
            edit.setTabChangesFocus(True)
        self.fields: dict[str, FieldWithError] = {
            "number_format": FieldWithError(self.number_format, tab),
            "categories": FieldWithError(self.categories, tab),
            "areas": FieldWithError(self.areas, tab),
        }
        # The pattern is Python's {year} and {seq:03d}; a clerk sees what it makes instead.
        self.number_format.setToolTip(
            self.tr("{year} 是年份，{seq:03d} 是三位序号（001、002…），其余文字照原样印出")
        )
        self.number_example = QLabel(tab)
        self.number_example.setObjectName("numberExample")
        self.number_format.textChanged.connect(self._show_number_example)
        lists = QFormLayout()
        lists.addRow(self.tr("编号格式"), self.fields["number_format"])
        lists.addRow("", self.number_example)
        lists.addRow(self.tr("类别"), self.fields["categories"])
        lists.addRow(self.tr("所属地区"), self.fields["areas"])

        self.limit_days: dict[str, QSpinBox] = {}
        self.limit_kinds: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for row, f in enumerate(fields(DeadlineRules)):
            days = QSpinBox(tab)
            days.setRange(0, MAX_LIMIT_DAYS)
            days.setSuffix(self.tr(" 天"))
            self.limit_days[f.name] = days
            holder = QWidget(tab)
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(days)
            if isinstance(getattr(DeadlineRules(), f.name), Limit):
                kind = QComboBox(tab)
                for count in DayCount:
                    kind.addItem(self.tr(count.value), count.name)
                self.limit_kinds[f.name] = kind
                line.addWidget(kind)
            line.addStretch(1)
            self.fields[f.name] = FieldWithError(holder, tab)
            grid.addWidget(QLabel(self.tr(LIMIT_LABELS[f.name]), tab), row // 2, (row % 2) * 2)
            grid.addWidget(self.fields[f.name], row // 2, (row % 2) * 2 + 1)
        self.national_button = QPushButton(self.tr("恢复国家规定的期限"), tab)
        self.national_button.clicked.connect(lambda: self._show_rules(DeadlineRules()))
        self.save_button = QPushButton(self.tr("保存信访事项设置"), tab)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("内部目标填 0 表示不设"), tab))
        buttons.addStretch(1)
        buttons.addWidget(self.national_button)
        buttons.addWidget(self.save_button)
        columns = QHBoxLayout()
        columns.addLayout(lists, 2)
        columns.addLayout(grid, 3)
        layout = QVBoxLayout(tab)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        return tab

    def _show_rules(self, rules: DeadlineRules) -> None:
        for f in fields(rules):
            value = getattr(rules, f.name)
            if isinstance(value, Limit):
                self.limit_days[f.name].setValue(value.days)
                kind = self.limit_kinds[f.name]
                kind.setCurrentIndex(kind.findData(value.count.name))
            else:
                self.limit_days[f.name].setValue(value)

    def rules(self) -> DeadlineRules:
        values: dict[str, object] = {}
        for f in fields(DeadlineRules):
            days = self.limit_days[f.name].value()
            if f.name in self.limit_kinds:
                values[f.name] = Limit(days, DayCount[self.limit_kinds[f.name].currentData()])
            else:
                values[f.name] = days
        return DeadlineRules(**values)

    def load(self) -> None:
        try:
            settings = case_settings.get_case_settings(self._db)
            rules = case_settings.get_deadline_rules(self._db)
            marks = workday_service.get_calendar_overrides(self._db)
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return
        self.number_format.setText(settings.number_format)
        self.categories.setPlainText("\n".join(settings.categories))
        self.areas.setPlainText("\n".join(settings.areas))
        self._show_rules(rules)
        self._show_marks(marks)

    def save(self) -> bool:
        for wrapped in self.fields.values():
            wrapped.set_error("")
        settings = CaseSettings(
            number_format=self.number_format.text(),
            categories=tuple(self.categories.toPlainText().splitlines()),
            areas=tuple(self.areas.toPlainText().splitlines()),
        )
        try:
            case_settings.save_case_settings(self._db, self._actor, settings, self.rules())
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return False
        self.banner.show_message("ok", self.tr("已保存；办理中信访事项的期限已按新设置重新计算。"))
        self.saved.emit()
        return True

    def _show_errors(self, exc: ValidationError) -> None:
        for name, error in exc.by_field().items():
            if name in self.fields:
                self.fields[name].set_error(translate_error(error))
        self.banner.show_message("error", self.tr("没有保存：请按红字修改。"))

    # --- calendar marks ----------------------------------------------------------------------
    def _build_calendar_tab(self) -> QWidget:
        tab = QWidget(self)
        self.calendar_note = QLabel(tab)
        self.calendar_note.setWordWrap(True)
        self.holidays = QPlainTextEdit(tab)
        self.holidays.setPlaceholderText(self.tr("每行一天：日期 节日名称，例如\n2027-01-01 元旦"))
        self.workdays = QPlainTextEdit(tab)
        self.workdays.setPlaceholderText(self.tr("每行一天：调休上班的周末，例如\n2027-02-06"))
        for edit in (self.holidays, self.workdays):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(140)
        self.fields["holidays"] = FieldWithError(self.holidays, tab)
        self.fields["workdays"] = FieldWithError(self.workdays, tab)
        form = QFormLayout()
        form.addRow(self.tr("放假日"), self.fields["holidays"])
        form.addRow(self.tr("调休上班日"), self.fields["workdays"])
        self.save_marks_button = QPushButton(self.tr("保存节假日标记"), tab)
        self.save_marks_button.clicked.connect(self.save_marks)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.calendar_note)
        layout.addLayout(form)
        layout.addWidget(self.save_marks_button)
        next_year = date.today().year + 1
        if year_is_known(next_year):
            note = self.tr("程序已包含 {year} 年的法定节假日；这里的标记用于更正。")
        else:
            note = self.tr(
                "程序还不知道 {year} 年的法定节假日和调休安排：国务院公布后请在这里标记，"
                "否则该年的工作日期限按周一至周五计算。"
            )
        self.calendar_note.setText(note.format(year=next_year))
        return tab

    def _show_marks(self, marks: CalendarOverrides) -> None:
        self.holidays.setPlainText(
            "\n".join(f"{day:%Y-%m-%d} {name}" for day, name in sorted(marks.holidays.items()))
        )
        self.workdays.setPlainText("\n".join(f"{day:%Y-%m-%d}" for day in sorted(marks.workdays)))

    def marks(self) -> CalendarOverrides:
        """The typed marks; a line that is not a date raises a ValidationError naming it."""
        errors: list[FieldError] = []
        holidays: dict[date, str] = {}
        for line in self.holidays.toPlainText().splitlines():
            if not line.strip():
                continue
            day_text, _, name = line.strip().partition(" ")
            try:
                holidays[date.fromisoformat(day_text)] = name.strip() or "节假日"
            except ValueError:
                errors.append(
                    FieldError(
                        "holidays",
                        "“{line}”不是日期，请写成 2027-01-01 元旦",
                        {"line": line.strip()},
                    )
                )
        workdays: set[date] = set()
        for line in self.workdays.toPlainText().splitlines():
            if not line.strip():
                continue
            try:
                workdays.add(date.fromisoformat(line.strip()))
            except ValueError:
                errors.append(
                    FieldError(
                        "workdays", "“{line}”不是日期，请写成 2027-02-06", {"line": line.strip()}
                    )
                )
        if errors:
            raise ValidationError(errors)
        return CalendarOverrides(holidays=holidays, workdays=frozenset(workdays))

    def save_marks(self) -> bool:
        for name in ("holidays", "workdays"):
            self.fields[name].set_error("")
        try:
            workday_service.save_calendar_overrides(self._db, self._actor, self.marks())
            recompute_open_deadlines(self._db, self._actor)
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        except (StorageError, PermissionDeniedError) as exc:
            self.banner.show_message("error", exc.user_message)
            return False
        self.banner.show_message(
            "ok", self.tr("已保存节假日标记；办理中信访事项的期限已重新计算。")
        )
        self.saved.emit()
        return True
