"""导入旧来访登记表: the old register's columns, check and commit in the shared import window;
the check lists the first rows with their numbers masked for roles that may not see them."""

from __future__ import annotations

from ...domain.visit_import import VISIT_FIELDS, resolve_mapping
from ...services import visit_import
from ..sheet_import import SheetImportDialog


class ImportVisitsDialog(SheetImportDialog):
    fields = VISIT_FIELDS

    def window_title(self) -> str:
        return self.tr("导入旧来访登记表（Excel）")

    def read(self, path, progress, cancelled):
        return visit_import.read_visit_import_file(
            self._actor, path, progress=progress, cancelled=cancelled
        )

    def resolve(self, headers, overrides) -> None:
        resolve_mapping(headers, overrides)

    def plan_rows(self, headers, rows, overrides, cancelled):
        return visit_import.plan_visit_import(
            self._actor, headers, rows, overrides, cancelled=cancelled
        )

    def save(self, plan, progress, cancelled) -> int:
        return visit_import.commit_visit_import(
            self._db, self._actor, plan, progress=progress, cancelled=cancelled
        )

    def passed_text(self, plan) -> str:
        preview = visit_import.preview_rows(self._actor, plan, limit=3)
        sample = "；".join(
            f"{when} {name} {phone} {id_number}" for when, name, phone, id_number, *_ in preview
        )
        return self.tr("检查通过：{n} 行都可以导入。前几行：{sample}").format(
            n=len(plan.drafts), sample=sample
        )

    def saved_text(self, count: int) -> str:
        return self.tr("已导入 {n} 条来访登记。").format(n=count)
