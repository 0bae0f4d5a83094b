"""Each canvas edit, made through the window, is undone by Ctrl+Z: on screen and in SQLite."""

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.helpers import make_session
from tests.test_canvas_gui import drag, view_point


def screen_state(view):
    scene = view.canvas_scene
    return {
        "cards": sorted((i.card.text, i.pos().x(), i.pos().y(), i.rect().width(), i.rect().height(), i.card.kind)
                        for i in scene.cards.values()),
        "links": sorted((k.source.card.text, k.target.card.text, k.link.kind) for k in scene.links.values()),
        "zones": sorted((z.zone.label, z.pos().x(), z.pos().y(), z.rect().width()) for z in scene.zones.values()),
    }


def db_state(db):
    return {
        "cards": sorted((r["text"], r["x"], r["y"], r["width"], r["height"], r["kind"])
                        for r in db.query("SELECT * FROM cards")),
        "links": sorted((r["s"], r["t"], r["kind"]) for r in db.query(
            "SELECT a.text AS s, b.text AS t, l.kind FROM links l JOIN cards a ON a.id = l.source_id "
            "JOIN cards b ON b.id = l.target_id")),
        "zones": sorted((r["label"], r["x"], r["y"], r["width"]) for r in db.query("SELECT * FROM zones")),
    }


def select(qtbot, view, *items):
    view.canvas_scene.clearSelection()
    for n, item in enumerate(items):
        view.centerOn(item)
        mods = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, mods, pos=view_point(view, item))


def ctrl(qtbot, widget, key):
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def do_capture(qtbot, window, view, a, b):
    window.capture_bar.focus()
    qtbot.keyClicks(window.capture_bar.line, "@Ana a new card")
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)


def do_text(qtbot, window, view, a, b):
    select(qtbot, view, a)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view, " more")
    qtbot.keyClick(view, Qt.Key.Key_Return)


def do_move(qtbot, window, view, a, b):
    view.centerOn(a)
    start = view_point(view, a)
    drag(qtbot, view, start, start + QPoint(60, 200))


def do_resize(qtbot, window, view, a, b):
    select(qtbot, view, a)
    corner = view.mapFromScene(a.scene_rect().bottomRight()) - QPoint(4, 4)
    drag(qtbot, view, corner, corner + QPoint(80, 60))


def do_delete(qtbot, window, view, a, b):
    select(qtbot, view, a)
    qtbot.keyClick(view, Qt.Key.Key_Delete)


def do_link(qtbot, window, view, a, b):
    select(qtbot, view, b, a)
    ctrl(qtbot, view, Qt.Key.Key_K)


def do_duplicate(qtbot, window, view, a, b):
    select(qtbot, view, a, b)
    ctrl(qtbot, view, Qt.Key.Key_D)


def do_paste(qtbot, window, view, a, b):
    select(qtbot, view, a, b)
    ctrl(qtbot, view, Qt.Key.Key_C)
    ctrl(qtbot, view, Qt.Key.Key_V)


def do_cut(qtbot, window, view, a, b):
    select(qtbot, view, a)
    ctrl(qtbot, view, Qt.Key.Key_X)


def do_nudge(qtbot, window, view, a, b):
    select(qtbot, view, a, b)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)


def do_align(qtbot, window, view, a, b):
    select(qtbot, view, a, b)
    window.canvas_actions.actions["align_top"].trigger()


def do_swimlanes(qtbot, window, view, a, b):
    window.canvas_actions.actions["swimlanes"].trigger()


def do_zone_move(qtbot, window, view, a, b):
    lane = next(iter(view.canvas_scene.zones.values()))
    spot = lane.scene_rect().topLeft() + QPoint(700, 15).toPointF()  # on the title bar, clear of cards
    view.centerOn(spot)
    title = view.mapFromScene(spot)
    drag(qtbot, view, title, title + QPoint(0, 120))


SETUP = {"zone_move": lambda window: window.canvas_actions.actions["swimlanes"].trigger()}
EDITS = {name[3:]: fn for name, fn in globals().items() if name.startswith("do_")}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_undo_restores_screen_and_library(qtbot, make_window, library_path, edit):
    make_session(library_path, participants=[("Ana", "Claims handler")],
                 cards=[("receive claim", 0, 0), ("assess damage", 400, 150)], links=[(0, 1)])
    window = make_window()
    view = window.tabs.current_view()
    view.zoom_actual()
    view.setFocus()
    scene = view.canvas_scene
    a, b = sorted(scene.cards.values(), key=lambda i: i.pos().x())
    if edit in SETUP:
        SETUP[edit](window)
    before_screen, before_db = screen_state(view), db_state(window.library.db)
    EDITS[edit](qtbot, window, view, a, b)
    assert screen_state(view) != before_screen, f"{edit} changed nothing on screen"
    assert db_state(window.library.db) == screen_state(view), "screen and library agree after the edit"
    view.setFocus()
    ctrl(qtbot, view, Qt.Key.Key_Z)
    assert screen_state(view) == before_screen
    assert db_state(window.library.db) == before_db
