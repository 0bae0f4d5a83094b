import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from storage.library import open_library, open_memory  # noqa: E402


@pytest.fixture
def db():
    database = open_memory()
    yield database
    database.close()


@pytest.fixture
def library_path(tmp_path):
    return tmp_path / "library with spaces" / "meshwork.db"


@pytest.fixture
def file_db(library_path):
    database = open_library(library_path)
    yield database
    database.close()


@pytest.fixture
def make_window(qtbot, library_path, monkeypatch):
    """Open main windows on the test library; each is shut down cleanly afterwards."""
    from PySide6.QtCore import QSettings

    from widgets.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(library_path.parent.parent / "config"))
    QSettings().clear()  # no window layout, theme or folder from an earlier test
    windows = []

    def make(path=library_path):
        window = MainWindow(open_library(path), str(path))
        qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make


@pytest.fixture
def session_doc(db):
    """An in-memory library with a series, a session and one canvas, opened as a document."""
    from app.document import SessionDocument
    from storage import rows, series, sessions

    s = series.create(db, "Claims team")
    session = sessions.create(db, s["id"], "Q1 workshop")
    rows.insert(db, "canvases", {"session_id": session["id"], "name": "Activities"})
    return SessionDocument(db, session["id"])


@pytest.fixture
def german(qapp):
    """The window's language German, as View > Language installs it; English again afterwards."""
    from app import i18n

    if i18n.install("de") != "de":
        i18n.install("en")
        pytest.skip("the German translation could not be compiled here (no lrelease)")
    try:
        yield
    finally:
        i18n.install("en")
