"""Every dialog by keys: Tab walks its fields in reading order to OK, and it fits a 768-pixel
screen (issue 15: 新建用户 never reached 密码; 值班设置 was 774–810 pixels tall)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from test_auth_window import _make_admin

from ui.keys import show_active, tab_walk
from xinfang_desktop.domain.visits import VisitDraft
from xinfang_desktop.services import visits as visit_service
from xinfang_desktop.ui.widgets import MAX_DIALOG_HEIGHT, reading_order, scroll_when_tall


def _user_dialog(db, actor):
    from xinfang_desktop.ui.auth.users_page import UserDialog

    return UserDialog(db, _make_admin(db))


def _first_administrator(db, actor):
    from xinfang_desktop.ui.auth.dialogs import FirstAdministratorDialog

    return FirstAdministratorDialog(db)


def _change_password(db, actor):
    from xinfang_desktop.ui.auth.dialogs import ChangePasswordDialog

    return ChangePasswordDialog(db, actor)


def _void_visit(db, actor):
    from xinfang_desktop.ui.visits.dialogs import VoidDialog

    record = visit_service.register_visit(
        db, actor, VisitDraft(arrived_at=datetime.now(), name="张三", reason="咨询")
    )
    return VoidDialog(db, actor, record.id, "张三")


def _term(db, actor):
    from xinfang_desktop.ui.leadership.group_tab import TermDialog

    return TermDialog(db, actor)


def _dispute(db, actor):
    from xinfang_desktop.ui.leadership.disputes_tab import DisputeDialog

    return DisputeDialog(db, actor, [])


def _outreach(db, actor):
    from xinfang_desktop.ui.leadership.outreach_tab import OutreachDialog

    return OutreachDialog(db, actor, [], [])


def _rota_settings(db, actor):
    from xinfang_desktop.ui.rota.settings_widget import RotaSettingsDialog

    return RotaSettingsDialog(db, actor)


def _import_cases(db, actor):
    from xinfang_desktop.ui.cases.import_dialog import ImportCasesDialog

    return ImportCasesDialog(db, actor)


DIALOGS = {
    "新建用户": _user_dialog,
    "设置管理员": _first_administrator,
    "修改密码": _change_password,
    "作废来访": _void_visit,
    "领导小组届次": _term,
    "矛盾纠纷": _dispute,
    "下访": _outreach,
    "值班设置": _rota_settings,
    "导入台账": _import_cases,
}


@pytest.mark.parametrize("make", DIALOGS.values(), ids=DIALOGS.keys())
def test_dialog_tabs_to_ok_in_reading_order_and_fits_the_screen(qtbot, unit_db, actor, make):
    dialog = make(unit_db, actor)
    qtbot.addWidget(dialog)
    scroll_when_tall(dialog)
    show_active(qtbot, dialog)
    assert dialog.height() <= MAX_DIALOG_HEIGHT
    order = reading_order(dialog)
    assert tab_walk(qtbot, order[0], order) == order
    box = dialog.findChild(QDialogButtonBox)
    if box is not None:
        default = box.buttons()[0]
        assert any(w is default for w in order)
        # The buttons are reachable on screen, not scrolled away under a tall form.
        assert default.mapTo(dialog, default.rect().bottomLeft()).y() <= dialog.height()
    assert date.today()
