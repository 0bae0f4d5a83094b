"""Nothing lost, in the app: failed writes kept and retried, read-only views,
backups from the window, the restore and damaged-library dialogs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from app.document import SessionDocument
from app.editor import Editor
from app.library import Library
from storage import backup, rows, series, sessions
from storage.library import DamagedLibraryError, open_library

ODD_TEXTS = [
    "x" * 10_000,
    "🙂👩🏽‍💻🇩🇪 emoji, joiners and flags",
    "مراجعة المطالبة مع العميل",
    "עברית mixed with English 123",
    "Prüfung – naïve café “quoted” ß",
]


def make_session(path):
    db = open_library(path)
    s = series.create(db, "Claims team")
    session = sessions.create(db, s["id"], "Kick-off")
    rows.insert(db, "canvases", {"session_id": session["id"], "name": "Activities"})
    db.close()
    return session["id"]


def fill_disk(db):
    """Simulate a full disk: the file may not grow by a single page."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def free_disk(db):
    db.execute("PRAGMA max_page_count = 1073741823")


# -- failed writes are kept, shown and retried ---------------------------------------


def test_full_disk_keeps_edits_in_memory_and_retries_them_in_order(qtbot, session_doc):
    editor = Editor(session_doc)
    editor.RETRY_MS = 20
    canvas_id = session_doc.all("canvases")[0].id
    messages, counts = [], []
    editor.failed.connect(messages.append)
    editor.pending_changed.connect(counts.append)
    fill_disk(session_doc.db)
    assert editor.add_card(canvas_id, "y" * 10_000) is None
    assert editor.add_card(canvas_id, "second " + "z" * 5_000) is None
    assert editor.pending_count() == 2 and counts == [1, 2]
    assert "full" in messages[0] and "kept in memory" in messages[0]
    assert "2 edits kept" in messages[1]
    assert session_doc.all("cards") == [] and session_doc.db["cards"].count == 0
    free_disk(session_doc.db)
    with qtbot.waitSignal(editor.pending_changed, timeout=5000) as blocker:
        pass
    assert blocker.args == [0]
    texts = [r["text"][:6] for r in session_doc.db.query("SELECT text FROM cards ORDER BY rowid")]
    assert texts == ["yyyyyy", "second"]
    assert editor.stack.count() == 2
    editor.stack.undo()
    assert session_doc.db["cards"].count == 1


def test_the_next_edit_retries_kept_ones_first(session_doc):
    editor = Editor(session_doc)
    canvas_id = session_doc.all("canvases")[0].id
    fill_disk(session_doc.db)
    assert editor.add_card(canvas_id, "w" * 10_000) is None
    free_disk(session_doc.db)
    card = editor.add_card(canvas_id, "after the disk was cleared")
    assert card is not None and editor.pending_count() == 0
    assert [c.text[:5] for c in session_doc.all("cards")] == ["wwwww", "after"]


def test_read_only_library_refuses_edits_with_a_message(qtbot, library_path):
    session_id = make_session(library_path)
    db = open_library(library_path, read_only=True)
    doc = SessionDocument(db, session_id)
    editor = Editor(doc)
    with qtbot.waitSignal(editor.failed) as blocker:
        assert editor.add_card(doc.all("canvases")[0].id, "not saved") is None
    assert "read-only" in blocker.args[0].lower()
    assert editor.pending_count() == 0  # refused, not queued: it can never succeed here
    library = Library(db, str(library_path))
    with qtbot.waitSignal(library.failed) as blocker:
        assert library.create_series("Nope") is None
    assert "read-only" in blocker.args[0].lower()
    db.close()


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_odd_text_round_trips_through_the_document(tmp_path, text):
    path = tmp_path / "Sitzung mit Leerzeichen – ü" / "библиотека.db"
    session_id = make_session(path)
    db = open_library(path)
    doc = SessionDocument(db, session_id)
    editor = Editor(doc)
    card = editor.add_card(doc.all("canvases")[0].id, text, why=text)
    assert card is not None
    db.close()
    db = open_library(path)
    again = SessionDocument(db, session_id)
    assert again.get("cards", card.id).text == text and again.get("cards", card.id).why == text
    db.close()


# -- the window ------------------------------------------------------------------------


def test_window_backs_up_on_open_and_every_30_minutes(qtbot, make_window, library_path):
    make_session(library_path)
    window = make_window()
    safety = window.safety
    # taken on a worker thread: done once the window has been told
    qtbot.waitUntil(lambda: safety.last_backup is not None)
    assert [b.reason for b in backup.list_backups(library_path)] == ["open"]
    assert safety.backup_timer.isActive() and safety.backup_timer.interval() == 30 * 60 * 1000
    with qtbot.waitSignal(safety.backed_up) as blocker:
        safety.backup_timer.timeout.emit()  # the clock, without waiting half an hour
    assert blocker.args[0].reason == "auto"
    assert backup.describe(blocker.args[0]).sessions == 1


def test_restore_action_sits_in_the_file_menu(make_window):
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Restore from &Backup…" in texts
    assert texts.index("Restore from &Backup…") < texts.index("&Quit")


def test_window_shows_edits_not_saved_yet(qtbot, make_window, library_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    make_session(library_path)
    window = make_window()
    editor = window.editor
    editor.RETRY_MS = 20
    fill_disk(window.library.db)
    editor.add_card(editor.doc.all("canvases")[0].id, "q" * 10_000)
    assert window.safety.pending_label.isVisible()
    assert "1 edit not saved yet" in window.safety.pending_label.text()
    # Quitting now would lose it: the facilitator is asked, and No keeps the window open.
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    window.close()
    assert window.isVisible() and "1 edit is not saved yet" in asked[0] and "full" in asked[0]
    free_disk(window.library.db)
    qtbot.waitUntil(lambda: not window.safety.pending_label.isVisible())
    assert len(editor.doc.all("cards")) == 1
    window.close()  # nothing kept: no question
    assert len(asked) == 1 and not window.isVisible()


def test_read_only_window_says_so_and_takes_no_backup(qtbot, library_path, monkeypatch):
    from widgets.main_window import MainWindow

    make_session(library_path)
    window = MainWindow(open_library(library_path, read_only=True), str(library_path))
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.show()
    qtbot.waitExposed(window)
    # "Kick-off [read-only] — Meshwork": ends with the app's name, so Qt adds it no second time
    title = window.windowTitle()
    assert title.endswith(" — Meshwork") and title.count("Meshwork") == 1 and title.count("[read-only]") == 1
    assert "Kick-off" in title
    window.open_session(window.library.most_recent_session()["id"])
    assert window.windowTitle().count("[read-only]") == 1
    # the read-only message and the library line never share the status bar's left side
    bar = window.statusBar()
    assert "read-only" in bar.currentMessage().lower() and not window.library_label.isVisible()
    bar.clearMessage()
    assert window.library_label.isVisible()
    bar.showMessage("Exported", 100)
    assert not window.library_label.isVisible()
    assert window.safety.banner is not None and window.safety.banner.isVisible()
    assert "read-only" in window.safety.banner.toolTip().lower()
    assert not window.safety.backup_timer.isActive()
    assert backup.list_backups(library_path) == []


def test_restore_dialog_lists_backups_and_restores_to_a_new_file(qtbot, library_path):
    from widgets.dialogs.restore import RestoreDialog

    make_session(library_path)
    backup.take(library_path, "auto")
    dialog = RestoreDialog(library_path)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1
    assert "1 session" in dialog.list.topLevelItem(0).text(2)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.restored is not None and dialog.restored.exists()
    assert dialog.restored.parent == library_path.parent and dialog.restored != library_path
    db = open_library(dialog.restored)
    assert db["sessions"].count == 1
    db.close()


def damage(path):
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096: page * 4096 + 12] = b"\x0d\xff" * 6
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("choice", ["backup", "salvage"])
def test_damaged_dialog_opens_a_backup_or_a_salvage_copy(qtbot, library_path, choice):
    from widgets.dialogs.damaged import DamagedDialog

    make_session(library_path)
    backup.take(library_path, "auto")
    damage(library_path)
    before = library_path.read_bytes()
    with pytest.raises(DamagedLibraryError) as caught:
        open_library(library_path)
    dialog = DamagedDialog(caught.value)
    qtbot.addWidget(dialog)
    assert dialog.backup_button.isVisibleTo(dialog)
    (dialog.backup_button if choice == "backup" else dialog.salvage_button).click()
    assert dialog.chosen is not None and dialog.chosen != library_path
    open_library(dialog.chosen).close()
    assert library_path.read_bytes() == before


def test_window_on_a_damaged_library_reports_and_exits_2(library_path):
    make_session(library_path)
    backup.take(library_path, "auto")
    damage(library_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c",
         "import widgets.dialogs.damaged as d; d.recover = lambda *a: None;"
         f"from app.cli.parser import main; raise SystemExit(main(['--library', {str(library_path)!r}]))"],
        capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Newest good backup" in result.stderr
    assert "Traceback" not in result.stderr
