"""The installed program on a real X server, driven by keystrokes (issue 15, verification).

Starts Xvfb at 1366×768 and at 1024×768, starts ``xinfang-desktop``, signs in with xdotool
keystrokes, registers a visitor with Enter-to-next through every field, and checks with
xwininfo that the window fits the screen. Deselected (not skipped) where Xvfb, xdotool or
xwininfo are not installed; see tests/conftest.py.

Set XINFANG_SCREENSHOT_DIR to keep a screenshot of the gate page at each size (the README's
docs/gate-1366x768.png and docs/gate-1024x768.png are made this way).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from xinfang_desktop.config import AppPaths
from xinfang_desktop.db.engine import sqlite_url
from xinfang_desktop.domain.auth import UserDraft
from xinfang_desktop.domain.search import VisitQuery
from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.services import auth as auth_service
from xinfang_desktop.services.database import open_database
from xinfang_desktop.services.settings import save_unit_settings
from xinfang_desktop.services.visit_search import search_visit_ids
from xinfang_desktop.services.visits import get_visit

pytestmark = pytest.mark.xvfb

ADMIN_PASSWORD = "Xinfang#2026ab"
GATE_PASSWORD = "Gate#2026door"
# A generous ceiling for a shared 2-core machine; each wait returns as soon as it can.
PATIENCE_S = 90


def _program() -> str:
    beside = Path(sys.executable).with_name("xinfang-desktop")
    return str(beside) if beside.exists() else shutil.which("xinfang-desktop") or ""


def _free_display() -> int:
    for number in range(91, 140):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@contextmanager
def xvfb(width: int, height: int):
    display = f":{_free_display()}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        deadline = time.monotonic() + PATIENCE_S
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.1)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=30)


def _x(display: str, *args: str) -> str:
    result = subprocess.run(
        list(args),
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=PATIENCE_S,
        check=True,
    )
    return result.stdout


def _wait_window(display: str, title: str) -> str:
    """The id of the first visible window whose title contains ``title``."""
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline:
        try:
            found = _x(display, "xdotool", "search", "--onlyvisible", "--name", title).split()
        except subprocess.CalledProcessError:
            found = []
        if found:
            return found[0]
        time.sleep(0.3)
    raise AssertionError(f"no window titled {title!r} appeared")


def _keys(display: str, window: str, *keys: str) -> None:
    _x(display, "xdotool", "windowfocus", "--sync", window)
    _x(display, "xdotool", "key", "--delay", "60", *keys)


def _type(display: str, window: str, text: str) -> None:
    _x(display, "xdotool", "windowfocus", "--sync", window)
    if text.isascii():
        _x(display, "xdotool", "type", "--delay", "60", text)
        return
    # xdotool types a character outside the keymap by remapping a spare key; one character
    # per call gives the X server time to settle, else characters are dropped on the way.
    for character in text:
        _x(display, "xdotool", "type", "--delay", "120", character)
        time.sleep(0.05)


def _geometry(display: str, window: str) -> tuple[int, int, int, int]:
    info = _x(display, "xwininfo", "-id", window)

    def number(label: str) -> int:
        return int(re.search(rf"{label}:\s+(-?\d+)", info).group(1))

    return (
        number("Absolute upper-left X"),
        number("Absolute upper-left Y"),
        number("Width"),
        number("Height"),
    )


@pytest.fixture
def prepared_db(tmp_path):
    """A unit with an administrator and a gate account whose password is already its own."""
    data = tmp_path / "data"
    data.mkdir()
    opened = open_database(sqlite_url(AppPaths(data).db_file), data / "backups")
    db = opened.db
    admin = auth_service.create_first_administrator(
        db, UserDraft("admin", "刘主任", "管理员"), ADMIN_PASSWORD, ADMIN_PASSWORD
    ).actor()
    save_unit_settings(
        db,
        admin,
        UnitSettings(unit_name="邹坞镇中心小学", hosts=("校长室", "教务处", "总务处")),
    )
    gate = auth_service.create_user(
        db, admin, UserDraft("menwei", "王师傅", "门卫"), "Temp#2026xkq", "Temp#2026xkq"
    )
    auth_service.change_password(db, gate.actor(), "Temp#2026xkq", GATE_PASSWORD, GATE_PASSWORD)
    yield data, db, admin
    db.dispose()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def test_sign_in_and_register_by_keys_and_the_window_fits(prepared_db, size, tmp_path):
    data, db, admin = prepared_db
    width, height = size
    with xvfb(width, height) as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "XINFANG_DATA_DIR": str(data),
            "QT_QPA_PLATFORM": "xcb",
        }
        env.pop("XINFANG_DB_URL", None)
        log = (tmp_path / f"program-{width}x{height}.log").open("wb")
        app = subprocess.Popen([_program()], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            sign_in = _wait_window(display, "登录信访台账")
            _type(display, sign_in, "menwei")
            _keys(display, sign_in, "Return")  # Enter moves to the password, no attempt
            _type(display, sign_in, GATE_PASSWORD)
            _keys(display, sign_in, "Return")

            main = _wait_window(display, "信访台账 — 邹坞镇中心小学")
            time.sleep(1)  # the first paint of the pages
            left, top, shown_width, shown_height = _geometry(display, main)
            assert left >= 0 and top >= 0
            assert left + shown_width <= width and top + shown_height <= height

            # Enter-to-next through every field, as a gate keeper types; Ctrl+S saves.
            # Enter after each field; a key (Down: 男) or text typed into the next one.
            _type(display, main, "张三")
            steps = [("Down", ""), ("", "13800138000"), ("", "11010519491231002X"),
                     ("Up", ""), ("", "前村"), ("", "反映午餐分量不足"), ("", ""),
                     ("", "zongwu"), ("", ""), ("", "鲁D12345"), ("", ""), ("", "")]  # fmt: skip
            for key, text in steps:
                _keys(display, main, "Return")
                if key:
                    _keys(display, main, key)
                if text:
                    _type(display, main, text)
            _keys(display, main, "ctrl+s")

            deadline = time.monotonic() + PATIENCE_S
            ids: list[int] = []
            while not ids and time.monotonic() < deadline:
                ids = list(search_visit_ids(db, admin, VisitQuery()).ids)
                time.sleep(0.3)
            assert len(ids) == 1
            saved = get_visit(db, admin, ids[0]).draft
            assert (saved.name, saved.gender, saved.phone, saved.id_number) == (
                "张三",
                "男",
                "13800138000",
                "11010519491231002X",
            )
            assert (saved.people_count, saved.unit_address, saved.reason) == (
                2,
                "前村",
                "反映午餐分量不足",
            )
            assert (saved.host, saved.vehicle_plate) == ("zongwu", "鲁D12345")
            assert saved.receptionist == "王师傅"  # the signed-in gate keeper

            keep = os.environ.get("XINFANG_SCREENSHOT_DIR")
            shot = Path(keep) if keep else tmp_path
            shot.mkdir(parents=True, exist_ok=True)
            time.sleep(0.5)
            _x(display, "import", "-window", "root", str(shot / f"gate-{width}x{height}.png"))
        finally:
            app.terminate()
            try:
                app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(timeout=30)
            log.close()
