"""首页's setup checklist: each line ticks itself from the records, opens its place, and the
panel goes away once the unit is set up; only those who set the unit up are shown it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from xinfang_desktop.domain.auth import PermissionDeniedError, Role, UserDraft
from xinfang_desktop.domain.leadership import ROLE_LEADER, MemberDraft, TermDraft
from xinfang_desktop.domain.people import PersonDraft
from xinfang_desktop.domain.screening import KIND_GRADE, GroupDraft
from xinfang_desktop.domain.settings import UnitSettings
from xinfang_desktop.services import leadership, rota, screening
from xinfang_desktop.services.auth import create_user
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.people import add_person
from xinfang_desktop.services.settings import save_unit_settings
from xinfang_desktop.services.setup_checklist import setup_checklist
from xinfang_desktop.ui.home.setup_panel import SetupChecklistPanel


def _done(db, actor) -> dict[str, bool]:
    return {step.key: step.done for step in setup_checklist(db, actor)}


def test_each_line_ticks_itself_and_the_panel_goes_away(qtbot, sqlite_db, actor):
    opened = []
    panel = SetupChecklistPanel(sqlite_db, actor, {"settings": lambda: opened.append("settings")})
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert not any(_done(sqlite_db, actor).values())
    assert panel.isVisible()
    panel.findChild(QPushButton, "setup_unit").click()
    assert opened == ["settings"]

    save_unit_settings(sqlite_db, actor, UnitSettings(unit_name="<b>邹坞镇中心小学</b>"))
    principal = add_person(sqlite_db, actor, PersonDraft("袁涛", post="校长", is_leader=True))
    teacher = add_person(sqlite_db, actor, PersonDraft("张丽", post="教师"))
    gate = add_person(sqlite_db, actor, PersonDraft("王师傅", post="门卫"))
    term = leadership.found_term(sqlite_db, actor, TermDraft(date(2026, 9, 1), "行政会"))
    leadership.add_member(sqlite_db, actor, term.id, MemberDraft(principal.id, ROLE_LEADER))
    panel.refresh()
    done = _done(sqlite_db, actor)
    assert done["unit"] and done["staff"] and done["leadership"]
    assert not done["groups"] and not done["rota"] and not done["users"]
    # The unit's own name shows as typed, never as markup.
    assert any("&lt;b&gt;邹坞镇中心小学" in label.text() for label in panel.findChildren(QLabel))

    group = screening.add_group(sqlite_db, actor, GroupDraft("一年级组", KIND_GRADE))
    screening.assign_group(
        sqlite_db, actor, term.id, group.id, principal.id, assigned_on=date(2026, 9, 2)
    )
    rota.save_pools(
        sqlite_db, actor, {"leader": [principal.id], "staff": [teacher.id], "gate": [gate.id]}
    )
    for username, role in (("menwei", Role.GATE), ("xinfang", Role.CLERK)):
        password = "Long-enough#2026"
        create_user(sqlite_db, actor, UserDraft(username, username, role.value), password, password)
    panel.refresh()
    assert all(_done(sqlite_db, actor).values())
    assert not panel.isVisible()


def test_only_those_who_set_the_unit_up_see_it(sqlite_db):
    for role in (Role.GATE, Role.CLERK, Role.LEADER):
        with pytest.raises(PermissionDeniedError):
            setup_checklist(sqlite_db, Actor("某人", role))
    assert setup_checklist(sqlite_db, Actor("校长", Role.PRINCIPAL))
