"""导入旧台账: the case ledger's columns, check and commit in the shared import window."""

from __future__ import annotations

from ...domain.case_import import IMPORT_FIELDS, resolve_mapping
from ...services import case_import
from ..sheet_import import SheetImportDialog


class ImportCasesDialog(SheetImportDialog):
    fields = IMPORT_FIELDS

    def window_title(self) -> str:
        return self.tr("导入信访台账（Excel）")

    def read(self, path, progress, cancelled):
        return case_import.read_import_file(
            self._actor, path, progress=progress, cancelled=cancelled
        )

    def resolve(self, headers, overrides) -> None:
        resolve_mapping(headers, overrides)

    def plan_rows(self, headers, rows, overrides, cancelled):
        return case_import.plan_import(self._actor, headers, rows, overrides, cancelled=cancelled)

    def save(self, plan, progress, cancelled) -> int:
        return case_import.commit_import(
            self._db, self._actor, plan, progress=progress, cancelled=cancelled
        )

    def passed_text(self, plan) -> str:
        figures = plan.summary()
        return self.tr(
            "检查通过：{n} 行都可以导入，其中办结 {closed} 件"
            "（办结日期不详 {unknown} 件），重信重访 {repeats} 件。"
        ).format(
            n=figures["cases"],
            closed=figures["closed"],
            unknown=figures["closed_date_unknown"],
            repeats=figures["repeats"],
        )

    def saved_text(self, count: int) -> str:
        return self.tr("已导入 {n} 件信访事项。").format(n=count)
