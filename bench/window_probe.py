"""Run by bench_visits.py in its own process: open the real window on a database, show the
list over all dates, scroll it, and report timings and resident memory as JSON."""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(url: str, scroll_pages: int) -> None:
    from PySide6.QtWidgets import QApplication

    from xinfang_desktop.domain.auth import Role
    from xinfang_desktop.services.context import Actor
    from xinfang_desktop.services.database import open_database
    from xinfang_desktop.ui.main_window import MainWindow
    from xinfang_desktop.ui.qt_setup import install_cjk_font
    from xinfang_desktop.ui.visits.page import RANGE_ALL

    app = QApplication([])
    install_cjk_font(app)
    db = open_database(url, None).db
    window = MainWindow(db, Actor("bench", Role.ADMIN))
    window.show()
    app.processEvents()
    page = window.visits_page

    started = time.perf_counter()
    page.range.setCurrentIndex(RANGE_ALL)  # runs the search: the whole register, newest first
    app.processEvents()
    open_ms = (time.perf_counter() - started) * 1000

    table, model = page.table, page.model
    page_times = []
    for _ in range(scroll_pages):
        started = time.perf_counter()
        table.scrollToBottom()  # the view asks fetchMore for the next page and paints its rows
        app.processEvents()
        page_times.append((time.perf_counter() - started) * 1000)
    page_times.sort()
    print(
        json.dumps(
            {
                "list_open_ms": open_ms,
                "rows_loaded": model.rowCount(),
                "scroll_page_median_ms": page_times[len(page_times) // 2],
                "scroll_page_max_ms": page_times[-1],
                "resident_mb": resident_mb(),
            }
        )
    )
    window.close()
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
