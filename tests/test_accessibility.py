"""A facilitator who cannot see the screen (issue 21): the keyboard reaches every
panel and leaves every one, labels expose what they show, and what changes is
announced. Read through QAccessible in-process, as a screen reader would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from tests.helpers import make_session
from widgets.keyboard_map import PANELS
from widgets.views.shortcuts import shortcuts

F6 = Qt.Key.Key_F6


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")],
                 cards=[("review the claim", 0, 0), ("assess damage", 300, 0), ("pay out", 600, 0)],
                 links=[(0, 1)])
    win = make_window()
    win.room_dock.show()  # every panel open, Room Join too
    return win


def focus():
    return QApplication.focusWidget()


def dock_of(widget):
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), key, mods)


def test_f6_visits_the_canvas_and_every_panel_raising_the_hidden_ones(window, qtbot):
    view = window.tabs.current_view()
    window.keyboard_map.focus_canvas()
    qtbot.waitUntil(lambda: focus() is view)
    docks = window.keyboard_map.open_docks()
    assert len(docks) == len(PANELS)
    visited = []
    for _ in range(len(docks)):
        press(qtbot, F6)
        dock = dock_of(focus())
        assert dock is not None, f"F6 left the focus on {focus()!r}"
        assert not dock.visibleRegion().isEmpty(), f"{dock.windowTitle()} has the focus but is hidden"
        visited.append(dock.windowTitle())
    assert visited == [d.windowTitle() for d in docks]
    press(qtbot, F6)
    assert focus() is view  # round to the canvas
    press(qtbot, F6, Qt.KeyboardModifier.ShiftModifier)
    assert dock_of(focus()) is docks[-1]


@pytest.mark.parametrize("name, keys", PANELS)
def test_each_panel_has_a_key_that_focuses_and_raises_it(window, qtbot, name, keys):
    dock = window.keyboard_map.dock(name)
    number = int(keys[-1])
    press(qtbot, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
    assert dock_of(focus()) is dock
    assert not dock.visibleRegion().isEmpty()
    qtbot.keyClick(focus(), Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert focus() is window.tabs.current_view()


def test_tab_leaves_every_panel_and_never_lands_behind_a_dock_tab(window, qtbot):
    for dock in window.keyboard_map.open_docks():
        window.keyboard_map.focus_panel(dock)
        assert dock_of(focus()) is dock
        for _ in range(60):
            press(qtbot, Qt.Key.Key_Tab)
            now = dock_of(focus())
            if now is not None:
                assert not now.visibleRegion().isEmpty(), f"Tab went behind a tab into {now.windowTitle()}"
            if now is not dock:
                break
        else:
            pytest.fail(f"Tab is trapped in {dock.windowTitle()} (at {focus()!r})")


def test_tables_leave_on_tab(window, qtbot):
    for table in (window.roster_panel.table, window.facilitation.agenda_panel.table,
                  window.facilitation.voting_panel.table):
        window.keyboard_map.focus_panel(dock_of(table))
        table.setFocus()
        press(qtbot, Qt.Key.Key_Tab)
        assert focus() is not table


def test_the_keyboard_shortcuts_list_shows_the_panel_keys(window):
    listed = {(s.keys, s.action) for s in shortcuts(window)}
    assert ("F6", "Next Panel") in listed
    assert ("Shift+F6", "Previous Panel") in listed
    assert ("Alt+2", "Participants") in listed
    assert ("Alt+0", "Canvas") in listed
    keys = [s.keys for s in shortcuts(window)]
    assert len(keys) == len(set(keys))


def test_view_menu_has_one_entry_per_mnemonic(window):
    from widgets.access import give_mnemonics, mnemonic

    give_mnemonics(window.view_menu)
    letters = [mnemonic(a.text()) for a in window.view_menu.actions() if a.text()]
    assert letters.count("l") == 1
    assert len(letters) == len(set(letters)), " ".join(a.text() for a in window.view_menu.actions())


def test_tab_never_lands_in_a_dock_hidden_behind_another_tab(window, qtbot):
    assert window.find_dock.visibleRegion().isEmpty()  # behind the Inspector's tab
    window.keyboard_map.focus_panel(window.library_dock)
    seen = set()
    for _ in range(150):
        press(qtbot, Qt.Key.Key_Tab)
        dock = dock_of(focus())
        if dock is not None:
            seen.add(dock.windowTitle())
            assert not dock.visibleRegion().isEmpty(), f"Tab went behind a tab into {dock.windowTitle()}"
    assert "Find and Filter" in seen
