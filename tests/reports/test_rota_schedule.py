"""Printed rotas read back: a month on one page with names, phones and room to write in
every row, a week, one person's duties, and the Excel export."""

from datetime import date, datetime

from openpyxl import load_workbook
from pypdf import PdfReader

from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.reports.rota_schedule import (
    build_person_duties_pdf,
    build_rota_pdf,
    write_rota_xlsx,
)
from xinfang_desktop.services import rota, rota_print
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.settings import save_unit_settings

PRINTED = datetime(2026, 11, 23, 9, 0)


def pdf_text(pdf: bytes) -> tuple[int, str, tuple[float, float]]:
    import io

    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), text, (float(box.width), float(box.height))


def october_unit(db, actor):
    save_unit_settings(db, actor, UnitSettings(unit_name="邹坞镇中心小学"))
    pools = {"leader": [], "staff": [], "gate": []}
    for i, name in enumerate(["王建国", "李红梅", "张志强", "刘洋"]):
        pools["leader"].append(
            add_person(
                db, actor, PersonDraft(name, post="副校长", phone=f"1380533{i:04d}", is_leader=True)
            )
        )
    staff = "赵敏 钱多多 孙晓东 李娜 周杰 吴芳 郑浩 王丽 冯雪 陈晨 褚卫 卫东"
    for i, name in enumerate(staff.split()):
        pools["staff"].append(add_person(db, actor, PersonDraft(name, phone=f"1390533{i:04d}")))
    for i, name in enumerate(["王师傅", "李师傅", "张师傅"]):
        pools["gate"].append(
            add_person(db, actor, PersonDraft(name, office="保卫处", phone=f"0533-212345{i}"))
        )
    rota.save_pools(db, actor, {k: [p.id for p in v] for k, v in pools.items()})
    result = rota.generate(
        db, actor, "2026年10月值班表", date(2026, 10, 1), date(2026, 10, 31), now=PRINTED
    )
    return pools, rota.get_rota(db, result.rota.id)


def test_month_fits_one_page_with_names_and_phones(sqlite_db, actor):
    pools, detail = october_unit(sqlite_db, actor)
    sheet = rota_print.month_sheet(sqlite_db, actor, date(2026, 10, 1), printed_at=PRINTED)
    pages, text, (width, height) = pdf_text(build_rota_pdf(sheet))
    # 31 rows with room to write need the page's height: six columns fit across it.
    assert pages == 1 and height > width
    assert "邹坞镇中心小学" in text and "2026年10月值班表" in text
    assert "10月1日" in text and "10月31日" in text and "国庆节" in text and "调休上班" in text
    assert "带班领导" in text and "值班联系电话" in text
    first_night_leader = detail.shifts[1].people_of("leader")[0]
    assert first_night_leader.name in text
    for person in pools["leader"] + pools["gate"]:
        assert person.phone in text
    assert "第 1 页 共 1 页" in text and "制表人签字" in text


def test_week_sheet_and_published_note(sqlite_db, actor):
    _, detail = october_unit(sqlite_db, actor)
    rota.publish(sqlite_db, actor, detail.summary.id, expected_version=detail.summary.version)
    sheet = rota_print.week_sheet(sqlite_db, actor, date(2026, 10, 14), printed_at=PRINTED)
    assert sheet.rows[0].day == date(2026, 10, 12)
    assert len(sheet.rows) == 7
    _, text, _ = pdf_text(build_rota_pdf(sheet))
    assert "已发布第 1 版" in text and "10月18日" in text and "10月11日" not in text


def test_person_duties_and_excel(sqlite_db, actor, tmp_path):
    pools, _ = october_unit(sqlite_db, actor)
    person = pools["staff"][0]
    person_sheet = rota_print.person_sheet(
        sqlite_db, actor, person.id, date(2026, 10, 1), date(2026, 10, 31), printed_at=PRINTED
    )
    assert person_sheet.rows
    _, text, _ = pdf_text(build_person_duties_pdf(person_sheet))
    assert f"{person.name}的值班安排" in text and person.phone in text
    assert person_sheet.rows[0].shift.split()[0] in text
    sheet = rota_print.month_sheet(sqlite_db, actor, date(2026, 10, 1), printed_at=PRINTED)
    path = tmp_path / "rota.xlsx"
    write_rota_xlsx(sheet, path)
    book = load_workbook(path)
    table = book["值班表"]
    assert table["A1"].value == "邹坞镇中心小学2026年10月值班表"
    assert table["D3"].value == "白班 08:00 带班领导"
    assert table.max_row == 3 + 31
    assert table["C4"].value == "国庆节"
    phones = {row[1]: row[2] for row in book["联系电话"].iter_rows(min_row=2, values_only=True)}
    assert phones["王师傅"] == "0533-2123450"


def test_empty_month_still_prints_a_page(sqlite_db, actor):
    save_unit_settings(sqlite_db, actor, UnitSettings(unit_name="邹坞镇中心小学"))
    sheet = rota_print.month_sheet(sqlite_db, actor, date(2027, 2, 1), printed_at=PRINTED)
    pages, text, _ = pdf_text(build_rota_pdf(sheet))
    assert pages == 1 and "本期没有值班安排" in text


def test_big_unit_month_runs_on_rather_than_squeeze_the_rows():
    from xinfang_desktop.reports.rota_schedule import RotaSheet, RotaSheetRow

    columns = [(shift, role) for shift in ("白班 08:00", "夜班 20:00") for role in
               ("带班领导", "值班人员", "门卫")]  # fmt: skip
    rows = [
        RotaSheetRow(
            date(2026, 12, day),
            "星期一",
            "重要会议" if day % 7 == 0 else "",
            day % 7 == 0,
            ["欧阳明辉", "司马晓东、诸葛慧敏", "王师傅", "张志强", "赵敏、钱多多", "李师傅"],
        )
        for day in range(1, 32)
    ]
    phones = [("值班人员", f"教师{i:02d}", f"139053300{i:02d}") for i in range(40)]
    sheet = RotaSheet("邹坞镇中心小学", "2026年12月值班表", "2026年12月", columns, rows, phones,
                      PRINTED)  # fmt: skip
    pages, text, (width, height) = pdf_text(build_rota_pdf(sheet))
    assert pages == 2 and width > height  # landscape for the columns, the rows kept roomy
    assert "12月31日" in text and "13905330039" in text and "制表人签字" in text
    assert text.count("带班领导") >= 2  # the heading repeats on the second page
