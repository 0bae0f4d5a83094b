"""Preparing a session: one name per way of making a session, the session's details
editable (and undoable) after it was made, its purpose question in sight."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from storage.library import open_library
from tests.helpers import make_session


def _menu_names(menu):
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_the_two_ways_to_make_a_session_have_different_names(qtbot, make_window):
    window = make_window()
    names = _menu_names(window.file_menu)
    assert "New Blank Session" in names and "New Session…" in names
    assert len(names) == len(set(names))  # no entry named twice
    assert not any(n == "New Session" for n in names)  # the bare one is never "New Session"
    button = window.library_panel.new_session_button
    assert button.text() == "Blank session"
    assert "New Session…" in button.toolTip()  # points to the full dialog


def stored_session(path, session_id):
    db = open_library(path)
    try:
        return db["sessions"].get(session_id)
    finally:
        db.close()


def test_details_are_edited_in_the_window_and_undone(qtbot, make_window, library_path):
    session_id = make_session(library_path, title="Kick-off")
    window = make_window()
    window.open_session(session_id)
    header = window.session_header
    assert header.purpose.isVisible()
    assert "No purpose question yet" in header.purpose.text()

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: header.dialog is not None and header.dialog.isVisible())
    dialog = header.dialog
    assert dialog.method_label.text() == "Free canvas"  # the method by its name, not its id
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Claims kick-off")
    dialog.facilitator_edit.setFocus()
    qtbot.keyClicks(dialog.facilitator_edit, "Fay")
    qtbot.keyClicks(dialog.purpose_edit, "How does a claim move from desk to desk?")
    # the date takes a typed year: the year part is typed over
    qtbot.keyClick(dialog.facilitator_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: dialog.date_edit.hasFocus() and dialog.date_edit.lineEdit().hasSelectedText())
    qtbot.keyClicks(dialog.date_edit, "2027")
    assert dialog.date_edit.date().year() == 2027
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())

    row = stored_session(library_path, session_id)
    assert (row["title"], row["facilitator"], row["purpose"]) == (
        "Claims kick-off", "Fay", "How does a claim move from desk to desk?")
    assert row["date"].startswith("2027-")
    assert "How does a claim move" in header.purpose.text()
    assert "Claims kick-off" in window.windowTitle()
    assert "Claims kick-off" in [window.library_panel.tree.topLevelItem(0).child(0).text(0)]

    # one step of undo gives every old detail back, in the window and in SQLite
    window.undo_action.trigger()
    row = stored_session(library_path, session_id)
    assert (row["title"], row["facilitator"], row["purpose"]) == ("Kick-off", "", "")
    assert "No purpose question yet" in header.purpose.text()
    assert window.windowTitle().startswith("Kick-off")


def test_a_long_purpose_is_cut_with_an_ellipsis_and_whole_in_the_tooltip(qtbot, make_window, library_path):
    session_id = make_session(library_path, title="Kick-off")
    window = make_window()
    window.open_session(session_id)
    long_purpose = "Why " + "does every hand-off between the desks take so long " * 6
    window.editor.change_session("purpose", purpose=long_purpose.strip())
    header = window.session_header
    qtbot.waitUntil(lambda: header.purpose.text().endswith("…"))
    assert long_purpose.strip() in header.purpose.toolTip()
    assert header.purpose.sizeHint().width() <= max(header.width(), 40) + 4
    assert QApplication.focusWidget() is not None
