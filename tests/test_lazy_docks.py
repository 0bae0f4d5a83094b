"""Docks that start closed or behind another dock's tab build their panel the first
time the facilitator opens them (widgets/panel_dock.py): the window starts without
them, and the panel that appears later knows the session that is already open."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers import make_session

CARDS = [("review the claim", 0, 0), ("assess damage", 300, 0), ("pay out", 600, 0)]
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")], cards=CARDS,
                 links=[(0, 1)], title="Claims review")
    win = make_window()
    assert win.editor is not None  # the session reopened before any of those panels existed
    return win


def lazy_docks(win):
    return {"Library": win.library_dock, "Find and Filter": win.find_dock, "Reflections": win.reflections_dock,
            "Voting": win.facilitation.voting_dock, "Room Join": win.room_dock}


def test_docks_not_in_view_at_start_have_no_panel_yet(window, qtbot):
    qtbot.waitUntil(lambda: not window.roster_dock.visibleRegion().isEmpty())
    for title, dock in lazy_docks(window).items():
        assert dock.visibleRegion().isEmpty(), f"{title} is in view at start"  # the default layout hides it
        assert dock.scroller.widget() is None, f"{title}'s panel was built at start"
        assert dock.toggleViewAction() in window.view_menu.actions()  # View menu entry there all the same
    for dock in (window.roster_dock, window.facilitation.agenda_dock):  # in view: built as before
        assert dock.scroller.widget() is not None and dock.scroller.widget().isVisible()


def test_library_opened_by_its_key_shows_its_rows_and_the_open_session(window, qtbot):
    window.keyboard_map.focus_canvas()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ALT)  # View > Go to Panel > Library
    dock = window.library_dock
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    tree = dock.scroller.widget().tree
    assert tree.isVisible() and dock.isAncestorOf(QApplication.focusWidget())
    series = tree.topLevelItem(0)
    assert series.text(0) == "Series" and series.child(0).text(0).startswith("Claims review")
    assert tree.currentItem() is series.child(0)  # the open session, selected as if built at start
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # and it works: Enter opens the session (already open)
    assert window.editor is not None and window.editor.doc.session["title"] == "Claims review"


def test_room_join_opened_from_the_view_menu_is_built_for_the_open_session(window, qtbot):
    dock = window.room_dock
    assert dock.isHidden() and dock.scroller.widget() is None
    dock.toggleViewAction().trigger()  # View > Room Join
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    panel = dock.scroller.widget()
    assert panel is window.room_panel and panel.switch.isVisible()
    assert panel.switch.isEnabled()  # a session is open, so Room join can be switched on
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(dock.isHidden)
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    assert dock.scroller.widget() is panel  # built once


def test_find_by_its_shortcut_searches_the_session_opened_before_it_existed(window, qtbot):
    assert window.find_dock.scroller.widget() is None
    qtbot.keyClick(window.tabs.current_view(), Qt.Key.Key_F, CTRL)  # Edit > Find Cards…
    panel = window.find_dock.scroller.widget()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.query.hasFocus())
    qtbot.keyClicks(panel.query, "claim")
    qtbot.waitUntil(lambda: panel.count.text() == "1 of 3 cards match")


def test_add_reflection_shortcut_builds_the_panel_and_stores_the_reflection(window, qtbot):
    assert window.reflections_dock.scroller.widget() is None
    qtbot.keyClick(window.tabs.current_view(), Qt.Key.Key_R, CTRL | ALT)  # Edit > Add Reflection
    panel = window.reflections_dock.scroller.widget()
    qtbot.waitUntil(lambda: panel is not None and panel.text.hasFocus())
    qtbot.keyClicks(panel.text, "Hand-offs wait for the morning post")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    stored = [r["text"] for r in window.library.db.query("SELECT text FROM reflections")]
    assert stored == ["Hand-offs wait for the morning post"]
    group = panel.tree.topLevelItem(0)
    assert group.text(0) == "Insights (1)" and group.child(0).text(0) == "Hand-offs wait for the morning post"


def test_votes_cast_before_the_voting_panel_existed_are_in_its_ranking(window, qtbot):
    fac = window.facilitation
    view = window.tabs.current_view()
    card = next(c for c in window.editor.doc.records["cards"].values() if c.text == "pay out")
    view.canvas_scene.clearSelection()
    view.canvas_scene.cards[card.id].setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V)  # a vote for the selected card
    qtbot.waitUntil(lambda: window.library.db.execute("SELECT count(*) FROM votes").fetchone()[0] == 1)
    assert fac.voting_dock.scroller.widget() is None
    qtbot.keyClick(view, Qt.Key.Key_7, ALT)  # View > Go to Panel > Voting
    qtbot.waitUntil(lambda: not fac.voting_dock.visibleRegion().isEmpty())
    assert fac.voting_dock.scroller.widget().ranked_texts()[0] == ("pay out", 1)


def test_a_saved_layout_with_room_join_open_builds_it_at_start(make_window, library_path, qtbot):
    make_session(library_path, cards=CARDS)
    first = make_window()
    first.room_dock.show()
    first.close()  # the layout is saved on closing
    second = make_window()
    qtbot.waitUntil(lambda: not second.room_dock.visibleRegion().isEmpty())
    panel = second.room_dock.scroller.widget()
    assert panel is not None and panel.switch.isVisible()
    assert second.find_dock.scroller.widget() is None  # still behind the inspector's tab


def test_reflections_built_after_a_card_was_selected_links_to_that_card(window, qtbot):
    view = window.tabs.current_view()
    item = next(i for i in view.canvas_scene.cards.values() if i.card.text == "assess damage")
    item.setSelected(True)
    assert window.reflections_dock.scroller.widget() is None
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL | ALT)  # Edit > Add Reflection
    panel = window.reflections_dock.scroller.widget()
    assert panel.link_button.isEnabled()
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert panel.card_label.text() == "Linked to ‘assess damage’"
