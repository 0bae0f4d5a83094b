"""The right-click menu on a card, a link and the empty canvas: the actions that
apply there, and what they do to the map and the library."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.helpers import make_session


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler")],
                 cards=[("review the claim", 0, 0), ("call the customer", 500, 0)], links=[(0, 1)])
    win = make_window()
    win.tabs.current_view().zoom_actual()
    return win


def right_click(window, pos: QPoint):
    view = window.tabs.current_view()
    viewport = view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    menu = window.canvas_menu.menu
    assert menu is not None and menu.isVisible()
    return menu


def texts(menu):
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def action(menu, text):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def at_card(window, text):
    view = window.tabs.current_view()
    item = next(i for i in view.canvas_scene.cards.values() if i.card.text == text)
    view.ensureVisible(item, 20, 20)
    return view.mapFromScene(item.scene_rect().center()), item


def test_card_menu_has_the_card_actions_and_votes(qtbot, window):
    window.facilitation.voting.set_dots(3)
    pos, item = at_card(window, "call the customer")
    menu = right_click(window, pos)
    assert item.isSelected()
    shown = texts(menu)
    for wanted in ("Edit Card Text", "Vote for Card", "Take Back Vote", "Duplicate", "Delete", "Copy Cards"):
        assert wanted in shown
    action(menu, "Vote for Card").trigger()
    assert window.library.db.execute("SELECT COUNT(*) FROM votes").fetchone()[0] == 1
    menu.close()
    menu = right_click(window, pos)
    action(menu, "Delete").trigger()
    assert [r[0] for r in window.library.db.execute("SELECT text FROM cards")] == ["review the claim"]


def test_link_menu_changes_kind_and_label(qtbot, window, monkeypatch):
    view = window.tabs.current_view()
    link = next(iter(view.canvas_scene.links.values()))
    pos = view.mapFromScene(link._line.center())
    menu = right_click(window, pos)
    assert link.isSelected()
    assert "Link Kind" in texts(menu) and "Edit Label…" in texts(menu)
    kinds = action(menu, "Link Kind").menu()
    action(kinds, "depends on").trigger()
    assert window.library.db.execute("SELECT kind FROM links").fetchone()[0] == "depends on"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("when it is urgent", True))
    action(menu, "Edit Label…").trigger()
    assert window.library.db.execute("SELECT label FROM links").fetchone()[0] == "when it is urgent"
    assert link.link.label == "when it is urgent"


def test_canvas_menu_adds_a_card_where_clicked(qtbot, window):
    view = window.tabs.current_view()
    pos, _item = at_card(window, "review the claim")
    empty = pos + QPoint(0, 260)
    menu = right_click(window, empty)
    shown = texts(menu)
    for wanted in ("Add Card Here", "Paste Cards", "Add Zone…", "Zoom to Fit", "Voting Mode"):
        assert wanted in shown
    assert "Delete" not in shown
    clicked = view.mapToScene(empty)  # where the menu opened, before the new card scrolls into view
    action(menu, "Add Card Here").trigger()
    scene = view.canvas_scene
    assert scene.editing_text()
    qtbot.keyClicks(view, "check the policy")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    row = window.library.db.execute("SELECT text, x, y FROM cards WHERE text = 'check the policy'").fetchone()
    assert row is not None
    assert abs(row[1] - clicked.x()) < 2 and abs(row[2] - clicked.y()) < 2
