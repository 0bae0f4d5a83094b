"""Issue 15: an action is marked done (and open again) from the keyboard, stored and
undoable; the Reflections form fits a 300 px dock without scrolling sideways."""

import pytest
from PySide6.QtCore import Qt

from tests.helpers import make_session
from tests.test_reflections import item_for, stored


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler")], cards=[("review the claim", 0, 0)])
    return make_window()


def add_action(qtbot, panel, text):
    panel.kind.setCurrentIndex(2)  # action
    qtbot.keyClicks(panel.text, text)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)


def test_space_marks_the_selected_action_done_stored_shown_and_undoable(window, qtbot):
    panel = window.reflections_panel
    add_action(qtbot, panel, "Call the customer")
    add_action(qtbot, panel, "Ask IT for a shared inbox")
    panel.tree.setFocus()
    panel.select(stored(window)[0]["id"])
    assert panel.done_button.accessibleName() == "Mark action done"
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    done = {r["text"]: r["done_at"] for r in stored(window)}
    assert done["Call the customer"] and done["Call the customer"].endswith("+00:00")
    assert done["Ask IT for a shared inbox"] is None
    item = item_for(panel, "✓ Call the customer")
    assert item.font(0).strikeOut()
    assert panel.done_button.text() == "Open Again"
    assert window.undo_action.text().endswith("Mark action done")

    window.undo_action.trigger()
    assert all(r["done_at"] is None for r in stored(window))
    assert not item_for(panel, "Call the customer").font(0).strikeOut()
    window.redo_action.trigger()
    # and open again with the button: Tab reaches it, Space presses it
    panel.select(stored(window)[0]["id"])
    panel.done_button.setFocus()
    qtbot.keyClick(panel.done_button, Qt.Key.Key_Space)
    assert all(r["done_at"] is None for r in stored(window))


def test_an_insight_cannot_be_marked_done(window, qtbot):
    panel = window.reflections_panel
    panel.kind.setCurrentIndex(0)
    qtbot.keyClicks(panel.text, "Claims wait")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert not panel.done_button.isEnabled()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    assert stored(window)[0]["done_at"] is None


def test_the_form_does_not_scroll_sideways_in_a_300_px_dock(window, qtbot):
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    dock = window.reflections_dock
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [300], Qt.Orientation.Horizontal)
    scroller = dock.widget()
    qtbot.waitUntil(lambda: scroller.isVisible() and 250 <= scroller.width() <= 300)
    panel = window.reflections_panel
    assert panel.minimumSizeHint().width() <= scroller.viewport().width()
    # the scroll area settles its bars after the dock's resize: wait for that, and fail if it shows
    qtbot.waitUntil(lambda: not scroller.horizontalScrollBar().isVisible(), timeout=2000)
    assert panel.tree.header().length() <= panel.tree.viewport().width()  # the list neither
