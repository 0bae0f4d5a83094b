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


# -- names: what a screen reader reads ----------------------------------------------------------


def iface(widget):
    from PySide6.QtGui import QAccessible

    return QAccessible.queryAccessibleInterface(widget)


def spoken(widget) -> str:
    from PySide6.QtGui import QAccessible

    return iface(widget).text(QAccessible.Text.Name)


def labelled(widget) -> bool:
    """A label names it (on Linux a combo box's name is its value; the label says what it is)."""
    from PySide6.QtGui import QAccessible

    return any(rel & QAccessible.RelationFlag.Label for _other, rel in iface(widget).relations())


def plain(label) -> str:
    from PySide6 import QtGui

    if label.textFormat() == Qt.TextFormat.PlainText or not QtGui.Qt.mightBeRichText(label.text()):
        return label.text().replace("&", "") if label.buddy() else label.text()
    doc = QtGui.QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def all_open(window, qtbot):
    """Every panel raised in turn is the only way all their widgets are visible at once
    to Qt; check each dock while it is on top."""
    for dock in window.keyboard_map.open_docks():
        dock.raise_()
        yield dock
    yield window


def test_every_focusable_widget_has_a_name(window, qtbot):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

    window.facilitation.agenda_panel.set_agenda(window.facilitation.agenda)
    unnamed = set()
    for root in all_open(window, qtbot):
        for widget in root.findChildren(QWidget):
            if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
                continue  # a spin box's or combo's own line edit: the owner carries the name
            if isinstance(widget, QComboBox) and not widget.isEditable():
                if not labelled(widget) and not widget.accessibleName():
                    unnamed.add(f"{type(widget).__name__} {widget.currentText()!r}")
                continue
            if not spoken(widget).strip():
                unnamed.add(f"{type(widget).__name__} {widget.objectName()!r} in {dock_of(widget)}")
    assert not unnamed


def test_every_label_exposes_its_text(window, qtbot):
    from PySide6.QtWidgets import QLabel

    window.facilitation.agenda.add_step(title="Map the work", prompt="What do you do?", duration_s=600)
    window.facilitation.refresh()
    window.find_panel.query.setText("claim")
    hidden = {}
    for root in all_open(window, qtbot):
        for label in root.findChildren(QLabel):
            text = plain(label).strip()
            if label.isVisible() and text and text not in spoken(label):
                hidden[text] = spoken(label)
    assert not hidden  # text shown -> what a screen reader reads instead
    agenda = window.facilitation.agenda_panel
    assert spoken(agenda.countdown) == "10:00"
    assert spoken(agenda.title_label) == "Map the work"
    assert spoken(window.find_panel.count) == "1 of 3 cards match"
    assert spoken(window.saved_label).startswith("Saved at ")


def test_the_canvas_is_named_after_its_canvas_with_the_canvas_role(window, qtbot):
    from PySide6.QtGui import QAccessible

    view = window.tabs.current_view()
    assert spoken(view) == "Map canvas"
    assert iface(view).role() == QAccessible.Role.Canvas
    assert spoken(view.viewport()) == "Map canvas"
    children = [iface(view).child(i) for i in range(iface(view).childCount())]
    assert any(c.role() == QAccessible.Role.StaticText or c.childCount() for c in children)


def test_the_participants_colour_column_is_named(window):
    from PySide6.QtGui import QAccessible

    table = window.roster_panel.table
    assert table.horizontalHeaderItem(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Colour"
    cell = iface(table).cellAt(0, 0) if hasattr(iface(table), "cellAt") else None
    texts = [table.item(r, 0).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(table.rowCount())]
    assert all(t.startswith("Colour ") for t in texts)
    assert sum("current participant" in t for t in texts) == 1
    assert cell is None or cell.text(QAccessible.Text.Name)


def test_new_links_combo_is_named_by_its_label(window):
    assert labelled(window.canvas_actions.link_kind)


def test_the_agenda_step_dialog_reads_its_labels_without_ampersands(window, qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = window.facilitation.agenda_panel.add_step()
    qtbot.addWidget(dialog)
    names = [spoken(label) for label in dialog.findChildren(QLabel) if label.text()]
    assert "Title:" in names
    assert not [n for n in names if "&" in n]
    dialog.reject()
