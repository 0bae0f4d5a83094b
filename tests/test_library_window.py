"""The window's library panel, driven with the mouse and keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from storage import series, sessions
from storage.library import open_library
from widgets.panels.library import KIND

STORED = ("series", "session")  # rows the library holds, not new ones being named


def open_editor(window):
    """The name editor being typed in: the focused one (an old editor may linger until deleted)."""
    focused = QApplication.focusWidget()
    viewport = window.library_panel.tree.viewport()
    if isinstance(focused, QLineEdit) and viewport.isAncestorOf(focused):
        return focused
    return None


def type_into_editor(qtbot, window, text):
    editor = open_editor(window)
    assert editor is not None, "no name editor open"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.library_panel._pending is None and open_editor(window) is None)
    # Stored, not just typed: the panel stores the name on the next turn of the event loop,
    # and a refresh then would wipe out a new item begun in between.
    qtbot.waitUntil(lambda: text in [i.text(0) for i in panel_items(window) if i.data(0, KIND) in STORED])


def panel_items(window):
    from widgets.panels.library import _walk

    return list(_walk(window.library_panel.tree))


def create_series_and_session(qtbot, window, series_name="Claims team", title="Kick-off"):
    panel = window.library_panel
    qtbot.mouseClick(panel.new_series_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, window, series_name)
    qtbot.mouseClick(panel.new_session_button, Qt.MouseButton.LeftButton)
    type_into_editor(qtbot, window, title)


def test_create_series_and_session_through_the_window(qtbot, make_window, library_path):
    window = make_window()
    create_series_and_session(qtbot, window)
    tree = window.library_panel.tree
    assert tree.topLevelItem(0).text(0) == "Claims team"
    assert tree.topLevelItem(0).child(0).text(0) == "Kick-off"
    # the new session is open, with its first canvas as a tab
    assert window.editor is not None
    assert window.tabs.count() == 1 and window.tabs.tabText(0) == "Canvas 1"
    assert "Kick-off" in window.windowTitle()
    assert QApplication.focusWidget() is window.tabs.current_view()  # the keyboard is on the canvas
    db = open_library(library_path)
    [row] = series.session_list(db)
    assert (row["series"], row["title"]) == ("Claims team", "Kick-off")
    db.close()


def test_escape_while_naming_creates_nothing(qtbot, make_window, library_path):
    window = make_window()
    qtbot.mouseClick(window.library_panel.new_series_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(open_editor(window), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.library_panel.tree.topLevelItemCount() == 0)
    assert window.library_panel.tree.topLevelItemCount() == 0
    assert window.library.db["series"].count == 0


def test_rename_and_delete_with_confirmation_then_undo(qtbot, make_window, monkeypatch):
    window = make_window()
    create_series_and_session(qtbot, window)
    panel = window.library_panel
    tree = panel.tree
    tree.setCurrentItem(tree.topLevelItem(0))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    type_into_editor(qtbot, window, "Claims, quarterly")
    assert series.all_series(window.library.db)[0]["name"] == "Claims, quarterly"

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)  # answered No
    assert window.library.db["series"].count == 1
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)  # answered Yes
    assert window.library.db["series"].count == 0
    assert window.library.db["sessions"].count == 0
    assert window.editor is None  # the open session was closed with it
    tree.setFocus()
    window.undo_action.trigger()
    assert window.library.db["sessions"].count == 1
    assert tree.topLevelItem(0).text(0) == "Claims, quarterly"
    assert tree.topLevelItem(0).child(0).text(0) == "Kick-off"


def test_reopening_the_library_opens_the_most_recently_edited_session(qtbot, make_window, library_path):
    db = open_library(library_path)
    s = series.create(db, "Series")
    older = sessions.create(db, s["id"], "Older")
    newer = sessions.create(db, s["id"], "Newer")
    from storage import rows

    for session in (older, newer):
        rows.insert(db, "canvases", {"session_id": session["id"], "name": "Map"})
    sessions.touch(db, older["id"])
    db.close()
    window = make_window()
    assert window.editor.doc.session_id == older["id"]
    assert window.tabs.tabText(0) == "Map"


def test_status_bar_names_the_open_library(make_window, library_path):
    window = make_window()
    assert str(library_path) in window.library_label.text()


def test_undo_of_a_session_delete_after_other_edits(qtbot, make_window, monkeypatch):
    """Restored events get fresh sequence numbers: edits logged since keep theirs."""
    window = make_window()
    create_series_and_session(qtbot, window)
    window.editor.capture("a card", window.tabs.current_canvas_id())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tree = window.library_panel.tree
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    tree.setFocus()
    qtbot.mouseClick(window.library_panel.delete_button, Qt.MouseButton.LeftButton)
    window.library.create_series("Another")  # logs an event with the next sequence number
    tree.setFocus()
    window.undo_action.trigger()  # undoes "New series Another"
    window.undo_action.trigger()  # undoes the delete
    assert window.library.db["cards"].count == 1
    seqs = [r["seq"] for r in window.library.db.query("SELECT seq FROM events ORDER BY seq")]
    assert len(seqs) == len(set(seqs))
