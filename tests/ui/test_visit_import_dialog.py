"""导入旧来访登记表 in the window: columns shown with what they were taken as, check, import."""

from datetime import datetime

from openpyxl import Workbook
from PySide6.QtCore import Qt

from xinfang_desktop.services.visit_rows import fetch_visit_rows


def test_old_register_checked_then_imported(qtbot, unit_db, actor, tmp_path):
    from sqlalchemy import select

    from xinfang_desktop.db.models import Visit
    from xinfang_desktop.ui.visits.import_dialog import ImportVisitsDialog

    book = Workbook()
    sheet = book.active
    sheet.append(["2018年来访登记表"])
    sheet.append(["日期", "来访人", "来意", "联系电话", "人数", "随便写的"])
    sheet.append([datetime(2018, 4, 2, 9, 30), "张三", "找班主任", "13800138000", 1, "x"])
    sheet.append([datetime(2018, 4, 3, 10, 0), "李四", "送材料", "", 0, ""])
    path = tmp_path / "old.xlsx"
    book.save(path)

    dialog = ImportVisitsDialog(unit_db, actor)
    qtbot.addWidget(dialog)
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    taken = [
        (dialog.mapping.item(r, 0).text(), dialog.mapping.cellWidget(r, 1).currentText())
        for r in range(dialog.mapping.rowCount())
    ]
    assert taken == [
        ("日期", "来访日期"),
        ("来访人", "姓名"),
        ("来意", "来访事由"),
        ("联系电话", "联系电话"),
        ("人数", "人数"),
        ("随便写的", "（不导入）"),
    ]
    assert dialog.unused_label.text() == "不导入的列：随便写的"
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "第 4 行：人数“0”应至少为 1"
    ]
    assert not dialog.import_button.isEnabled()

    sheet.cell(4, 5).value = 2
    book.save(path)
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.banner.text().startswith("检查通过：2 行都可以导入。")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 2
    with unit_db.read() as session:
        ids = list(session.scalars(select(Visit.id).order_by(Visit.arrived_at)))
    rows = fetch_visit_rows(unit_db, actor, ids)
    assert [(r.name, r.people_count) for r in rows] == [("张三", 1), ("李四", 2)]
