"""Sign-in, roles in the window, user management and the audit log, driven through Qt."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from xinfang_desktop.domain.auth import Role, UserDraft
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import auth as auth_service
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.services.context import Actor
from xinfang_desktop.ui import prompts

ADMIN_PASSWORD = "Xinfang#2026ab"


def _make_admin(db):
    return auth_service.create_first_administrator(
        db, UserDraft("admin", "刘主任", "管理员"), ADMIN_PASSWORD, ADMIN_PASSWORD
    ).actor()


def _open_window(qtbot, db, actor):
    from xinfang_desktop.ui.main_window import MainWindow
    from xinfang_desktop.ui.qt_setup import install_cjk_font

    install_cjk_font(QApplication.instance())
    window = MainWindow(db, actor)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_leaving", True))
    window.show()
    qtbot.waitExposed(window)
    return window


def _areas(window) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_first_start_asks_for_the_administrator(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.ui.auth.dialogs import FirstAdministratorDialog
    from xinfang_desktop.ui.auth.session import ask_who_signs_in

    seen = []

    def fill(dialog):
        qtbot.addWidget(dialog)
        assert isinstance(dialog, FirstAdministratorDialog)
        dialog.display_name.setText("刘主任")
        dialog.password.setText("short")
        dialog.password_again.setText("short")
        dialog.confirm()
        # Refused next to the field; what was typed stays.
        seen.append(dialog.fields["password"].error.text())
        assert dialog.display_name.text() == "刘主任"
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.password_again.setText(ADMIN_PASSWORD)
        dialog.confirm()
        return dialog.result()

    monkeypatch.setattr(prompts, "run_dialog", fill)
    actor = ask_who_signs_in(unit_db)
    assert seen == ["密码至少 12 位"]
    assert actor is not None and actor.role is Role.ADMIN and actor.name == "刘主任"
    assert not auth_service.needs_first_administrator(unit_db)


def test_sign_in_wrong_password_then_forced_change(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.ui.auth.dialogs import ChangePasswordDialog, SignInDialog
    from xinfang_desktop.ui.auth.session import ask_who_signs_in

    admin = _make_admin(unit_db)
    auth_service.create_user(
        unit_db, admin, UserDraft("menwei", "王师傅", "门卫"), "Temp#2026xkq", "Temp#2026xkq"
    )
    errors = []

    def fill(dialog):
        qtbot.addWidget(dialog)
        if isinstance(dialog, SignInDialog):
            assert dialog.intro.text() == "邹坞镇中心小学"
            dialog.username.setText("menwei")
            dialog.password.setText("wrong-one1")
            dialog.confirm()
            errors.append(dialog.fields["password"].error.text())
            assert dialog.username.text() == "menwei"
            dialog.password.setText("Temp#2026xkq")
            dialog.confirm()
        else:
            assert isinstance(dialog, ChangePasswordDialog)
            assert not dialog.intro.isHidden()
            dialog.old_password.setText("Temp#2026xkq")
            dialog.password.setText("Mine#2026gate")
            dialog.password_again.setText("Mine#2026gate")
            dialog.confirm()
        return dialog.result()

    monkeypatch.setattr(prompts, "run_dialog", fill)
    actor = ask_who_signs_in(unit_db)
    assert errors and "用户名或密码不对" in errors[0]
    assert actor == Actor("王师傅", Role.GATE, actor.user_id)
    assert auth_service.sign_in(unit_db, "menwei", "Mine#2026gate")


def test_the_gate_window_shows_only_todays_register(qtbot, unit_db):
    now = datetime.now().replace(second=0, microsecond=0)
    admin = _make_admin(unit_db)
    visit_service.register_visit(
        unit_db,
        admin,
        VisitDraft(arrived_at=now, name="张三", phone="13800138000", reason="咨询招生"),
    )
    gate = Actor("王师傅", Role.GATE, 2)
    window = _open_window(qtbot, unit_db, gate)
    assert _areas(window) == ["首页", "来访登记"]  # today's duty is in the status bar
    page = window.visits_page
    assert not page.range.isEnabled()
    assert not page.date_from.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    texts = [page.model.index(0, column).data() for column in range(page.model.columnCount())]
    assert "138****8000" in texts
    assert "13800138000" not in texts
    assert window.user_label.text() == "王师傅（门卫）"

    admin_window = _open_window(qtbot, unit_db, admin)
    areas = _areas(admin_window)
    assert areas[:2] == ["首页", "来访登记"] and areas[-1] == "设置"
    assert {"用户管理", "审计日志", "数据备份"} <= set(areas)


def test_users_page_adds_a_user_and_keeps_input_on_bad_password(qtbot, unit_db, monkeypatch):
    from xinfang_desktop.ui.auth.users_page import UserDialog

    admin = _make_admin(unit_db)
    window = _open_window(qtbot, unit_db, admin)
    page = window.users_page
    attempts = []

    def fill(dialog):
        qtbot.addWidget(dialog)
        assert isinstance(dialog, UserDialog)
        dialog.username.setText("xinfang")
        dialog.display_name.setText("张老师")
        dialog.role.setCurrentIndex(dialog.role.findData("信访员"))
        dialog.password.setText("abc")
        dialog.password_again.setText("abc")
        dialog.confirm()
        attempts.append(dialog.fields["password"].error.text())
        dialog.password.setText("Clerk#2026qz")
        dialog.password_again.setText("Clerk#2026qz")
        dialog.confirm()
        return dialog.result()

    monkeypatch.setattr(prompts, "run_dialog", fill)
    page.add_user()
    assert attempts == ["密码至少 12 位"]
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names == ["admin", "xinfang"]
    assert page.table.item(1, 3).text() == "待修改临时密码"


def test_audit_page_verifies_and_prints_the_extract(qtbot, unit_db):
    admin = _make_admin(unit_db)
    window = _open_window(qtbot, unit_db, admin)
    page = window.audit_page
    page.verify()
    assert "校验链完整" in page.banner.text()
    page.print_extract()
    text = "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(page.last_preview.pdf_bytes)).pages
    )
    assert "审计日志摘录" in text and "新建用户" in text and "刘主任" in text
