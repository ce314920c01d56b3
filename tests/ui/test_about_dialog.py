"""关于: version, the database's place and size, and licences read from what is installed."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy.engine import make_url

from xinfang_desktop import __version__
from xinfang_desktop.services.about import about_facts
from xinfang_desktop.ui.about_dialog import AboutDialog, application_icon, size_text


def test_the_dialog_tells_version_place_size_and_licences(qtbot, sqlite_db):
    facts = about_facts(sqlite_db)
    dialog = AboutDialog(facts)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == __version__
    assert dialog.location_label.text() == str(sqlite_db.path)
    assert facts.database_bytes and facts.database_bytes > 0
    assert dialog.size_label.text().endswith(("KB", "MB"))
    libraries = {
        dialog.libraries.item(row, 0).text(): dialog.libraries.item(row, 2).text()
        for row in range(dialog.libraries.rowCount())
    }
    assert "PySide6" in libraries and "SQLAlchemy" in libraries
    assert all(licence for licence in libraries.values())
    assert "Apache" in dialog.fonts.toPlainText()


def test_a_server_database_is_named_without_its_password():
    server = SimpleNamespace(
        path=None, url=make_url("postgresql+psycopg://xinfang:s3cret@10.0.0.5:5433/school")
    )
    facts = about_facts(server)
    assert facts.database_location == "PostgreSQL：10.0.0.5:5433/school"
    assert "s3cret" not in facts.database_location and "xinfang" not in facts.database_location
    assert facts.database_bytes is None


def test_sizes_read_as_people_say_them():
    assert size_text(None) == "—"
    assert size_text(2048) == "2.0 KB"
    assert size_text(5 * 1024 * 1024) == "5.0 MB"


def test_the_application_icon_is_shipped(qtbot):
    assert not application_icon().isNull()
