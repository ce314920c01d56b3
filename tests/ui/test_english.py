"""The English catalogue (issue 18 item 6): complete, compiled, current with the code, and
chosen per PC in 设置 for the next start; dates and printed forms stay Chinese."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from xinfang_desktop.ui import language
from xinfang_desktop.ui.qt_setup import install_cjk_font, install_translations

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "xinfang_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n")


def _update_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            found.append((context.findtext("name"), message.findtext("source"), message))
    return found


def test_every_entry_is_translated_and_keeps_its_placeholders():
    messages = _messages(TS_FILE)
    assert len(messages) > 1000
    unfinished = [
        (context, source)
        for context, source, message in messages
        if message.find("translation").get("type")
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == [], "run scripts/update_translations.py and translate these"
    broken = [
        (context, source)
        for context, source, message in messages
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(message.findtext("translation")))
    ]
    assert broken == []


def test_no_chinese_is_left_in_the_english_texts():
    """Chinese may appear only where the user must type it (e.g. 鲁D12345, 匿名, 男): each
    Chinese run of a translation is copied from its source, never left untranslated."""
    left = [
        (context, source)
        for context, source, message in _messages(TS_FILE)
        for run in re.findall(r"[\u4e00-\u9fff]+", message.findtext("translation") or "")
        if run not in source
    ]
    assert left == []


def test_the_catalogue_lists_every_string_of_the_current_code(tmp_path):
    """A string added to the code without re-running the script fails here, by name."""
    script = _update_script()
    fresh = tmp_path / "fresh.ts"
    script.run_lupdate(fresh)
    tree = ET.parse(fresh)
    script.add_unseen_messages(tree.getroot(), {})
    tree.write(fresh, encoding="utf-8")
    shipped = {(context, source) for context, source, _ in _messages(TS_FILE)}
    expected = {(context, source) for context, source, _ in _messages(fresh)}
    missing = sorted(expected - shipped)
    assert missing == [], "run scripts/update_translations.py and translate these"


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path, qapp):
    script = _update_script()
    compiled = tmp_path / "xinfang_en.qm"
    script.compile_qm(TS_FILE, compiled)
    shipped, fresh = QTranslator(), QTranslator()
    assert shipped.load(str(QM_FILE))
    assert fresh.load(str(compiled))
    differing = [
        (context, source)
        for context, source, _ in _messages(TS_FILE)
        if shipped.translate(context, source) != fresh.translate(context, source)
        or not shipped.translate(context, source)
    ]
    assert differing == [], "the .qm is stale: run scripts/update_translations.py"


def test_validation_templates_are_translated_in_their_context(qapp):
    translators = install_translations(QApplication.instance(), language.ENGLISH)
    try:
        english = QCoreApplication.translate("validation", "姓名、电话、身份证号至少填一项")
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
    assert english and not re.search(r"[\u4e00-\u9fff]", english)


def test_texts_translated_from_a_variable_use_the_shared_context(qapp):
    """Column headings and Enum values reach tr() as variables; they are still English."""
    from xinfang_desktop.domain.cases import Channel

    app = QApplication.instance()
    translators = install_translations(app, language.ENGLISH)
    try:
        channel = QCoreApplication.translate("CaseForm", Channel.LETTER.value)
        heading = QCoreApplication.translate("UsersPage", "上次登录")
        # A context's own translation still wins over the shared one.
        own = QCoreApplication.translate("MainWindow", "设置")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert (channel, heading, own) == ("Letter", "Last sign-in", "Settings")


def test_chinese_is_the_default_and_an_unknown_choice_falls_back_to_it(data_dir):
    assert language.chosen_language() == language.CHINESE
    (data_dir / "preferences.ini").write_text("[interface]\nlanguage=fr\n", encoding="utf-8")
    assert language.chosen_language() == language.CHINESE
    with pytest.raises(ValueError):
        language.choose_language("fr")


def _areas(window) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_english_chosen_in_settings_shows_english_navigation_after_a_restart(
    qtbot, unit_db, actor, data_dir
):
    from xinfang_desktop.ui.main_window import MainWindow
    from xinfang_desktop.ui.settings.page import SettingsPage

    app = QApplication.instance()
    install_cjk_font(app)
    page = SettingsPage(unit_db, actor)
    qtbot.addWidget(page)
    assert page.language.currentData() == language.CHINESE
    page.language.setCurrentIndex(page.language.findData(language.ENGLISH))
    page.language.activated.emit(page.language.currentIndex())
    # Stored for this PC in the data folder, not in the shared database.
    assert "language=en" in (data_dir / "preferences.ini").read_text(encoding="utf-8")

    # The next start: app.py installs the chosen catalogue before any window is built.
    translators = install_translations(app, language.chosen_language())
    try:
        window = MainWindow(unit_db, actor)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_leaving", True))
        areas = _areas(window)
        # Dates keep the Chinese locale.
        locale_name = QLocale().name()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert areas[:3] == ["Home", "Visit register", "Petition cases"]
    assert "Settings" in areas
    assert not [a for a in areas if re.search(r"[\u4e00-\u9fff]", a)]
    assert locale_name == "zh_CN"


def test_chinese_start_keeps_chinese_navigation(qtbot, unit_db, actor):
    from xinfang_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translations(app, language.chosen_language())
    try:
        window = MainWindow(unit_db, actor)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_leaving", True))
        areas = _areas(window)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert areas[:3] == ["首页", "来访登记", "信访事项"]


def test_an_urging_method_chosen_in_english_is_stored_in_chinese(qtbot, unit_db, actor):
    """The 督办 methods are listed in English but saved (and printed on forms) in Chinese;
    a method the user types in stays as typed."""
    from types import SimpleNamespace

    from xinfang_desktop.domain.cases import URGING_METHODS
    from xinfang_desktop.ui.cases.steps import UrgingDialog

    app = QApplication.instance()
    translators = install_translations(app, language.ENGLISH)
    try:
        record = SimpleNamespace(
            number="信访〔2026〕第001号", draft=SimpleNamespace(handling_office="")
        )
        dialog = UrgingDialog(unit_db, actor, record)
        qtbot.addWidget(dialog)
        shown = [dialog.method.itemText(i) for i in range(dialog.method.count())]
        dialog.method.setCurrentIndex(URGING_METHODS.index("书面督办单"))
        chosen = dialog.chosen_method()
        dialog.method.setEditText("微信")
        typed = dialog.chosen_method()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert "Written supervision slip" in shown
    assert (chosen, typed) == ("书面督办单", "微信")


def test_a_validation_message_names_its_field_in_english(qapp):
    """The field's name inside a message ({label}) follows the window's language; a value
    the user typed is shown as typed even if it happens to be a word of the catalogue."""
    from xinfang_desktop.domain.errors import FieldError
    from xinfang_desktop.ui.leadership.common import error_text
    from xinfang_desktop.ui.visits.form import translate_error

    app = QApplication.instance()
    translators = install_translations(app, language.ENGLISH)
    try:
        missing = translate_error(FieldError("name", "请填写{label}", {"label": "姓名"}))
        typed = error_text(FieldError("d", "日期“{text}”不对，应写成 2026-11-23", {"text": "高"}))
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert missing == "Please fill in Name"
    assert typed == "The date “高” is not valid; write it like 2026-11-23"
