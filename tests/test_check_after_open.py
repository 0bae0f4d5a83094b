"""A large library is shown before it is checked whole (PRAGMA quick_check reads
every page: most of a second for 566 MB). The window checks it on a worker, refuses
edits with a clear message until the check passes, and on damage shows the recovery
dialog with nothing written. The size limit is lowered here so a small file counts
as large. The command line's read-only commands skip the whole check; a damaged page
they read still ends them with a clear line."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import storage.library as library_file
from storage import backup, events, rows, series, sessions
from storage.library import DamagedLibraryError, open_library

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make_library(path, logged: int = 3000) -> str:
    """A session the window reopens, and an event log of ``logged`` rows that opening
    it never reads (so damage there is found only by the whole check)."""
    db = open_library(path)
    s = series.create(db, "Claims team")
    session = sessions.create(db, s["id"], "Kick-off")
    rows.insert(db, "canvases", {"session_id": session["id"], "name": "Activities"})
    with library_file.transaction(db):
        for n in range(logged):
            events.append(db, session["id"], "add", "cards", None, {"text": f"an old edit {n} " + "x" * 200})
    db.close()  # checkpointed: everything is in the main file
    return session["id"]


def damage_the_event_log(path) -> None:
    db = open_library(path, read_only=True)
    pages = [p for (p,) in db.execute("SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf'")]
    db.close()
    data = bytearray(path.read_bytes())
    for page in pages[len(pages) // 2:]:
        start = (page - 1) * 4096
        data[start: start + 12] = b"\x0d\xff" * 6
    path.write_bytes(bytes(data))


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def gate(monkeypatch):
    """The check after opening waits until the test opens the gate."""
    opened = threading.Event()
    real = library_file.check_now

    def held_check(path):
        opened.wait(20)
        return real(path)

    monkeypatch.setattr(library_file, "check_now", held_check)
    yield opened
    opened.set()


@pytest.fixture
def start_window(qtbot, library_path, monkeypatch):
    """app_main.open_window as the app runs it, with every file counted as large."""
    from PySide6.QtCore import QSettings

    from widgets import app_main

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(library_path.parent.parent / "config"))
    QSettings().clear()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    exits = []
    monkeypatch.setattr(app_main.QApplication, "exit", lambda status=0: exits.append(status))

    def start(path=library_path):
        window = app_main.open_window(path, check_limit=0)
        for each in app_main.opened:
            qtbot.addWidget(each, before_close_func=lambda w: w.shutdown())
        app_main.opened.clear()
        return window

    start.warnings, start.exits = warnings, exits
    return start


def capture(qtbot, window, text: str) -> None:
    qtbot.keyClicks(window.capture_bar.line, text)
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)


def card_texts(path) -> list[str]:
    db = open_library(path, read_only=True)
    try:
        return [r["text"] for r in db.execute_returning_dicts("SELECT text FROM cards")]
    finally:
        db.close()


def test_a_healthy_large_library_is_editable_once_its_check_has_passed(qtbot, library_path, start_window, gate):
    make_library(library_path)
    window = start_window()
    qtbot.waitExposed(window)
    safety = window.safety
    assert safety.checking and safety.checking_label.isVisible()
    assert "Checking the library file for damage" in window.statusBar().currentMessage()
    capture(qtbot, window, "Call the customer back")
    assert "was not saved" in start_window.warnings[-1] and "being checked" in start_window.warnings[-1]
    assert card_texts(library_path) == []  # refused, not written
    assert window.capture_bar.line.text() == "Call the customer back"  # and not lost: it waits in the bar
    assert backup.list_backups(library_path) == []  # no backup of a file not known to be sound
    with qtbot.waitSignal(safety.open_checked, timeout=20_000) as blocker:
        gate.set()
    assert blocker.args == [True]
    assert not safety.checking_label.isVisible() and "no damage" in window.statusBar().currentMessage()
    warned = len(start_window.warnings)
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)
    assert len(start_window.warnings) == warned
    assert card_texts(library_path) == ["Call the customer back"]
    qtbot.waitUntil(lambda: safety.last_backup is not None, timeout=20_000)  # and now the backup on open
    assert safety.backup_timer.isActive()


def test_a_damaged_large_library_shows_the_recovery_dialog_and_nothing_is_written(qtbot, library_path,
                                                                                  start_window, gate):
    make_library(library_path)
    backup.take(library_path, "auto")
    damage_the_event_log(library_path)
    before = digest(library_path)
    with pytest.raises(DamagedLibraryError):  # what the whole check on open used to say at once
        open_library(library_path)
    window = start_window()
    qtbot.waitExposed(window)
    assert window.editor is not None and window.editor.doc.session["title"] == "Kick-off"  # shown, readable
    capture(qtbot, window, "Lost in a damaged file")
    gate.set()
    qtbot.waitUntil(lambda: window.safety.damaged_dialog is not None and window.safety.damaged_dialog.isVisible(),
                    timeout=20_000)
    dialog = window.safety.damaged_dialog
    assert dialog.backup_button.isVisibleTo(dialog)  # the newest good backup is offered
    window.capture_bar.line.clear()
    capture(qtbot, window, "Still not written")
    assert "damaged" in start_window.warnings[-1]
    assert [b.reason for b in backup.list_backups(library_path)] == ["auto"]  # no backup of the damaged file
    dialog.quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert start_window.exits == [2]
    # Nothing written to it: the file is as it was, and its -wal (still open) holds nothing to add.
    assert digest(library_path) == before
    assert not os.path.exists(f"{library_path}-wal") or os.path.getsize(f"{library_path}-wal") == 0


def test_choosing_the_backup_opens_it_in_a_new_window(qtbot, library_path, start_window, gate):
    from widgets import app_main

    make_library(library_path)
    backup.take(library_path, "auto")
    damage_the_event_log(library_path)
    gate.set()
    window = start_window()
    qtbot.waitUntil(lambda: window.safety.damaged_dialog is not None and window.safety.damaged_dialog.isVisible(),
                    timeout=20_000)
    window.safety.damaged_dialog.backup_button.click()
    qtbot.waitUntil(lambda: bool(app_main.opened), timeout=20_000)
    copy = app_main.opened[-1]
    qtbot.addWidget(copy, before_close_func=lambda w: w.shutdown())
    app_main.opened.clear()
    assert not window.isVisible() and copy.isVisible()
    assert copy.library.path != str(library_path) and "restored" in copy.library.path
    qtbot.waitUntil(lambda: not copy.safety.checking, timeout=20_000)
    capture(qtbot, copy, "Saved in the copy")
    assert "Saved in the copy" in card_texts(copy.library.path)


def test_a_small_library_is_still_checked_whole_before_the_window(library_path):
    from widgets.app_main import open_window

    make_library(library_path, logged=400)
    backup.take(library_path, "auto")
    damage_the_event_log(library_path)
    # No window at all: the recovery dialog comes first (as before this change).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ROOT}
    result = subprocess.run(
        [sys.executable, "-c",
         "import widgets.dialogs.damaged as d; d.recover = lambda *a: None;"
         f"from app.cli.parser import main; raise SystemExit(main(['--library', {str(library_path)!r}]))"],
        capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2 and "damaged" in result.stderr and "Traceback" not in result.stderr
    assert open_window.__defaults__[-1] == library_file.CHECK_AFTER_OPEN_BYTES == 64 * 1024 * 1024


def test_sessions_lists_without_the_whole_check_and_a_damaged_page_says_so(library_path):
    make_library(library_path)
    damage_the_event_log(library_path)
    before = digest(library_path)
    env = {**os.environ, "PYTHONPATH": ROOT}

    def meshwork(*args):
        return subprocess.run([sys.executable, "-m", "app", *args, "--library", str(library_path)],
                              capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)

    listed = meshwork("sessions")
    assert listed.returncode == 0 and "Kick-off" in listed.stdout  # the damage is in pages it never reads
    # A command that reads the damaged pages ends with one clear line, not a traceback.
    script = ("import sys; from app.cli.common import open_or_exit; from app.cli import parser;"
              "from pathlib import Path; import app.cli.library as l;"
              "l.cmd_sessions = lambda args: open_or_exit(args.library, reads_only=True)"
              ".execute('SELECT count(*) FROM events WHERE payload LIKE ?', ('%z%',)).fetchall() and 0;"
              f"sys.exit(parser.main(['sessions', '--library', {str(library_path)!r}]))")
    read = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert read.returncode == 2 and "may be damaged" in read.stderr and "Traceback" not in read.stderr
    assert digest(library_path) == before
