"""A facilitator who cannot see the screen (issue 21): the keyboard reaches every
panel and leaves every one, labels expose what they show, and what changes is
announced. Read through QAccessible in-process, as a screen reader would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from tests.helpers import make_session
from tests.test_agenda import FakeClock
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
    from widgets.canvas.timer_overlay import TimerOverlay

    overlay = TimerOverlay.of(view)
    children = [iface(view).child(i).object() for i in range(iface(view).childCount())]
    assert overlay in children  # the on-canvas timer is in the tree
    window.facilitation.agenda.add_step("Map the work", 300)
    window.facilitation.refresh()
    assert spoken(overlay.clock) == "05:00"


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


# -- live announcements ---------------------------------------------------------------------------


@pytest.fixture
def heard():
    """Every announcement made, as (text, urgent); the Qt event is checked as it passes."""
    from PySide6.QtGui import QAccessible

    from widgets import announce

    said = []

    def listen(text, urgent, event):
        if announce.AnnouncementEvent is not None:
            assert event.type() == QAccessible.Event.Announcement
            assert event.message() == text
            assert event.politeness() == (QAccessible.AnnouncementPoliteness.Assertive if urgent
                                          else QAccessible.AnnouncementPoliteness.Polite)
        said.append((text, urgent))

    announce.LISTENERS.append(listen)
    yield said
    announce.LISTENERS.remove(listen)


def texts(heard):
    return [t for t, _urgent in heard]


def tick(window):
    window.facilitation.timer.timeout.emit()


def test_the_timer_is_heard_and_its_value_changes_as_it_runs(window, qtbot, heard, monkeypatch):
    clock = FakeClock()  # the agenda's: a datetime moved by hand
    fac = window.facilitation
    fac.clock = clock
    fac.timer.stop()  # the test ticks by hand
    fac.agenda.add_step("Map the work", 120, prompt="What do you do?")
    tick(window)
    countdown = fac.agenda_panel.countdown
    toggle = fac.agenda_panel.buttons["toggle"]
    assert spoken(toggle) == "Start the step"
    heard.clear()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert texts(heard) == ["Step started: Map the work, 02:00 left"]
    assert spoken(toggle) == "Pause the step"
    assert spoken(countdown) == "02:00"
    heard.clear()
    for _ in range(4 * 30):  # a minute at the dock's tick rate
        clock.advance(0.25)
        tick(window)
    assert spoken(countdown) == "01:30"  # the value a screen reader reads changes as it runs
    for _ in range(4 * 30):
        clock.advance(0.25)
        tick(window)
    assert texts(heard) == ["1 minute left"]
    heard.clear()
    clock.advance(50)
    tick(window)
    assert texts(heard) == ["10 seconds left"]
    for _ in range(3):
        clock.advance(1)
        tick(window)
    assert texts(heard) == ["10 seconds left", "9", "8", "7"]
    heard.clear()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert texts(heard) == ["Paused: Map the work, 00:07 left"]
    assert spoken(toggle) == "Resume the step"
    heard.clear()
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # + 1 minute
    assert texts(heard) == ["Time added: 01:07 left"]
    qtbot.keyClick(window, Qt.Key.Key_F8)
    heard.clear()
    clock.advance(68)
    tick(window)
    assert ("Time's up: Map the work", True) in heard
    stored = window.library.db.execute("SELECT status FROM agenda_steps").fetchone()[0]
    assert stored == "running"


def card_named(window, text):
    scene = window.tabs.current_view().canvas_scene
    return next(i for i, item in scene.cards.items() if item.card.text == text)


def test_cards_added_and_removed_are_heard_and_undo_says_what_it_undid(window, qtbot, heard):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.capture_bar.line, "check the policy")
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(t.startswith("Card added") for t in texts(heard)))
    assert "Card added: “check the policy” by Ana" in texts(heard)
    assert window.library.db.execute("SELECT count(*) FROM cards WHERE text = 'check the policy'").fetchone()[0] == 1
    heard.clear()
    view = window.tabs.current_view()
    view.setFocus()
    view.canvas_scene.focus_card(card_named(window, "pay out"))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: any(t.startswith("Card removed") for t in texts(heard)))
    assert "Card removed: “pay out” by Ana" in texts(heard)
    heard.clear()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)  # let a (wrong) "Card added" flush, if one were queued
    undone = [t for t in texts(heard) if not t.startswith("Activity card")]
    assert len(undone) == 1 and undone[0].startswith("Undone: ")
    assert window.library.db.execute("SELECT count(*) FROM cards WHERE text = 'pay out'").fetchone()[0] == 1


def test_a_card_from_elsewhere_is_heard_even_face_down(window, qtbot, heard):
    """A phone's card comes through the editor as every edit does; a face-down one keeps its text."""
    ben = next(p for p in window.editor.doc.all("participants") if p.name == "Ben")
    canvas_id = window.tabs.current_canvas_id()
    window.editor.new_cards_hidden = True
    window.editor.add_card(canvas_id, "secret idea", participant_id=ben.id, pos=(0, 400))
    qtbot.waitUntil(lambda: any(t.startswith("Card added") for t in texts(heard)))
    said = [t for t in texts(heard) if t.startswith("Card added")][0]
    assert said == "Card added: face-down card by Ben"
    hidden = window.library.db.execute("SELECT hidden FROM cards WHERE text = 'secret idea'").fetchone()[0]
    assert hidden == 1
    heard.clear()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "1 silent card revealed" in texts(heard)
    assert window.library.db.execute("SELECT hidden FROM cards WHERE text = 'secret idea'").fetchone()[0] == 0


def test_votes_and_reveals_are_heard(window, qtbot, heard):
    fac = window.facilitation
    fac.voting.set_dots(3)
    view = window.tabs.current_view()
    view.setFocus()
    view.canvas_scene.focus_card(card_named(window, "assess damage"))
    heard.clear()
    qtbot.keyClick(view, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: bool(heard))
    assert texts(heard) == ["Ana voted for “assess damage”: 2 dots left. The card has 1 vote."]
    heard.clear()
    ben = next(p for p in window.editor.doc.all("participants") if p.name == "Ben")
    assert fac.voting.cast(card_named(window, "assess damage"), ben.id).ok  # as the Room API does for a phone
    qtbot.waitUntil(lambda: bool(heard))
    assert texts(heard) == ["Ben voted for “assess damage”: 2 dots left. The card has 2 votes."]
    assert window.library.db.execute("SELECT count(*) FROM votes").fetchone()[0] == 2
    heard.clear()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert texts(heard) == ["No face-down cards to reveal"]


def test_following_links_is_one_announcement_and_a_dead_end_is_said(window, qtbot, heard):
    view = window.tabs.current_view()
    view.setFocus()
    scene = view.canvas_scene
    scene.focus_card(card_named(window, "review the claim"))
    heard.clear()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert len(heard) == 1
    assert texts(heard)[0].startswith("Followed ") and "assess damage" in texts(heard)[0]
    assert scene.focused_card_id() == card_named(window, "assess damage")
    heard.clear()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # nowhere further
    assert len(heard) == 1 and texts(heard)[0].startswith("No link to follow")
    assert scene.focused_card_id() == card_named(window, "assess damage")
    # a second link from the claim: arriving at the damage card mentions the other
    window.editor.add_link(card_named(window, "assess damage"), card_named(window, "pay out"), "hand-off")
    scene.focus_card(card_named(window, "review the claim"))
    heard.clear()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert texts(heard)[0].endswith("Other links: 1 out.")


def test_find_results_are_heard_while_searching(window, qtbot, heard):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus(), "claim")
    qtbot.waitUntil(lambda: "1 of 3 cards match" in texts(heard))


def test_f6_works_with_no_session_open(make_window, qtbot):
    window = make_window()  # an empty library: the welcome page instead of a canvas
    assert window.editor is None
    window.keyboard_map.focus_canvas()
    assert window.centralWidget().isAncestorOf(focus())
    press(qtbot, F6)
    assert dock_of(focus()) is window.keyboard_map.open_docks()[0]
    press(qtbot, F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.centralWidget().isAncestorOf(focus())


def test_save_trouble_and_its_end_are_heard(window, qtbot, heard, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.test_safety_gui import fill_disk, free_disk

    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: None)  # modal: would hang
    window.editor.RETRY_MS = 20
    canvas_id = window.tabs.current_canvas_id()
    db = window.editor.doc.db
    fill_disk(db)
    assert window.editor.add_card(canvas_id, "y" * 10_000) is None
    assert ("1 edit not saved yet, retrying", True) in heard
    free_disk(db)
    qtbot.waitUntil(lambda: "All changes saved" in texts(heard))
    assert db.execute("SELECT count(*) FROM cards WHERE text LIKE 'yyyy%'").fetchone()[0] == 1


def test_cards_are_children_of_the_canvas_and_the_focused_one_is_its_focus_child(window, qtbot):
    from PySide6.QtGui import QAccessible

    view = window.tabs.current_view()
    canvas = iface(view)
    children = [canvas.child(i) for i in range(canvas.childCount())]
    cards = [c for c in children if c.role() == QAccessible.Role.ListItem]
    names = [c.text(QAccessible.Text.Name) for c in cards]
    assert names == ["Activity card: review the claim, by Ana (Claims handler)",
                     "Activity card: assess damage, by Ana (Claims handler)",
                     "Activity card: pay out, by Ana (Claims handler)"]
    kind = window.editor.doc.all("links")[0].kind
    assert cards[0].text(QAccessible.Text.Description) == f"{kind} to “assess damage”"
    assert cards[1].text(QAccessible.Text.Description) == f"{kind} from “review the claim”"
    assert cards[2].text(QAccessible.Text.Description) == ""
    assert canvas.indexOfChild(cards[2]) == children.index(cards[2])
    view.setFocus()
    view.canvas_scene.focus_card(card_named(window, "assess damage"))
    assert canvas.focusChild().text(QAccessible.Text.Name) == names[1]
    assert canvas.focusChild().state().focused
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the focused card goes
    assert window.library.db.execute("SELECT count(*) FROM cards WHERE text = 'assess damage'").fetchone()[0] == 0
    assert not cards[1].isValid()
    left = [canvas.child(i) for i in range(canvas.childCount())]
    assert len([c for c in left if c.role() == QAccessible.Role.ListItem]) == 2
