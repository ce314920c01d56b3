"""The rota on paper: seats changed after publishing carry ※ with a legend; a year whose
holidays are not announced still knows 元旦, 劳动节 and 国庆节 and says what is missing; every
row keeps room for a change written in by hand."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.lib.units import mm

from reports.test_rota_schedule import PRINTED, october_unit
from xinfang_desktop.domain.workdays import DayKind, day_info, fixed_holiday
from xinfang_desktop.reports import rota_schedule
from xinfang_desktop.reports.rota_schedule import RotaSheet, RotaSheetRow, build_rota_pdf
from xinfang_desktop.services import rota, rota_print


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def test_fixed_date_holidays_in_a_year_not_yet_announced():
    new_year = day_info(date(2027, 1, 1))  # a Friday
    assert new_year.kind is DayKind.HOLIDAY and new_year.holiday_name == "元旦"
    assert not new_year.known  # still a year the user is asked to complete
    assert day_info(date(2027, 5, 1)).holiday_name == "劳动节"
    assert day_info(date(2027, 5, 3)).kind is DayKind.WORKDAY  # 调休 is not guessed
    assert [day_info(date(2027, 10, d)).holiday_name for d in (1, 2, 3)] == ["国庆节"] * 3
    assert day_info(date(2027, 10, 4)).kind is DayKind.WORKDAY
    # 春节 moves with the lunar calendar: left for the user to mark.
    assert day_info(date(2027, 2, 8)).kind is DayKind.WORKDAY
    assert fixed_holiday(date(2024, 5, 2)) == ""  # one day of 劳动节 before 2025
    assert fixed_holiday(date(2027, 5, 2)) == "劳动节"


def test_a_new_year_rota_for_an_unannounced_year(sqlite_db, actor):
    october_unit(sqlite_db, actor)  # people and pools
    result = rota.generate(
        sqlite_db, actor, "2027年元旦值班表", date(2026, 12, 31), date(2027, 1, 3), now=PRINTED
    )
    detail = rota.get_rota(sqlite_db, result.rota.id)
    first_of_january = [s for s in detail.shifts if s.day == date(2027, 1, 1)]
    assert first_of_january[0].day_name == "元旦"
    assert len(first_of_january) == 2  # day and night, as on every holiday, not night only
    sheet = rota_print.rota_sheet(sqlite_db, actor, result.rota.id, printed_at=PRINTED)
    text = _text(build_rota_pdf(sheet))
    assert "1月1日星期五元旦" in text
    assert "2027年的节假日安排国务院尚未公布" in text
    assert "春节、清明节、端午节、中秋节及调休上班日尚未标出" in text


def test_a_sheet_within_announced_years_has_no_warning(sqlite_db, actor):
    october_unit(sqlite_db, actor)
    sheet = rota_print.month_sheet(sqlite_db, actor, date(2026, 10, 1), printed_at=PRINTED)
    assert sheet.calendar_note == ""
    assert "尚未公布" not in _text(build_rota_pdf(sheet))


def test_seats_changed_after_publishing_are_marked(sqlite_db, actor, tmp_path):
    pools, detail = october_unit(sqlite_db, actor)
    summary = rota.publish(
        sqlite_db, actor, detail.summary.id, expected_version=detail.summary.version
    )
    seat = next(
        seat
        for shift in detail.shifts
        if shift.day == date(2026, 10, 12)
        for seat in shift.seats
        if seat.role_code == "staff"
    )
    other = next(p for p in pools["staff"] if p.name != seat.name)
    rota.set_seat(
        sqlite_db, actor, seat.assignment_id, other.id,
        expected_version=summary.version, accept_rule_breaks=True,
    )  # fmt: skip
    sheet = rota_print.week_sheet(sqlite_db, actor, date(2026, 10, 12), printed_at=PRINTED)
    marked = [cell for row in sheet.rows for cell in row.cells if cell.startswith("※")]
    assert marked == [f"※{other.name}"]
    text = _text(build_rota_pdf(sheet))
    assert f"※{other.name}" in text
    assert "※发布后调整的值班（1格），以本表为准。" in text
    assert "发布后调整1处" in text
    target = tmp_path / "值班表.xlsx"
    rota_schedule.write_rota_xlsx(sheet, target)
    cells = [c for row in load_workbook(target)["值班表"].iter_rows(values_only=True) for c in row]
    assert f"※{other.name}" in cells and sheet.legend in cells


def test_every_row_keeps_room_to_write_in(monkeypatch):
    seen: list[list[float]] = []
    real_table = rota_schedule.Table

    def spy(data, colWidths=None, rowHeights=None, **kwargs):
        seen.append(list(rowHeights or []))
        return real_table(data, colWidths=colWidths, rowHeights=rowHeights, **kwargs)

    monkeypatch.setattr(rota_schedule, "Table", spy)
    rows = [
        RotaSheetRow(date(2026, 12, day), "星期一", "", False, ["王建国", "赵敏", "李师傅"])
        for day in range(1, 32)
    ]
    columns = [("白班 08:00", "带班领导"), ("白班 08:00", "值班人员"), ("夜班 20:00", "门卫")]
    sheet = RotaSheet("某校", "2026年12月值班表", "2026年12月", columns, rows, [], PRINTED)
    build_rota_pdf(sheet)
    body = seen[0][2:]  # under the two heading rows
    assert len(body) == 31 and min(body) >= 6 * mm
