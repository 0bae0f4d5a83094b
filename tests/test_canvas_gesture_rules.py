"""The canvas's gestures as a facilitator makes them, checked on screen and in the
library: what a link drag and the resize grip show while the button is down, zones
moved, resized, nudged, renamed and deleted by hand, a link deleted by key, where
a click lands while a card's text is being edited, the rubber band picking what F2
edits, Tab leaving an empty canvas, and a drag's place kept to a tenth of a unit."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QInputDialog

from storage import rows
from storage.library import open_library
from tests.helpers import make_session
from tests.test_canvas_gui import drag, view_point
from tests.test_canvas_undo_gui import select
from widgets.canvas import style
from widgets.canvas.text_editor import CardTextEditor


def open_canvas(make_window, library_path, cards, zones=(), links=()):
    """zones: [(label, x, y, width, height)], stacked in that order (the last on top)."""
    make_session(library_path, participants=[("Ana", "")], cards=cards, links=links)
    if zones:
        db = open_library(library_path)
        canvas = next(db.query("SELECT id FROM canvases"))["id"]
        for n, (label, x, y, w, h) in enumerate(zones):
            rows.insert(db, "zones", {"canvas_id": canvas, "label": label, "x": x, "y": y, "width": w,
                                      "height": h, "created_at": f"2026-01-01T00:00:0{n}+00:00"})
        db.close()
    window = make_window()
    view = window.tabs.current_view()
    view.zoom_actual()
    view.setFocus()
    return window, view, view.canvas_scene


def card(scene, text):
    return next(i for i in scene.cards.values() if i.card.text == text)


def zone(scene, label):
    return next(z for z in scene.zones.values() if z.zone.label == label)


def stored(window, table, record_id):
    row = window.library.db[table].get(record_id)
    return row["x"], row["y"], row["width"], row["height"]


def press(qtbot, view, at: QPoint, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, mods, pos=at)


def move(qtbot, view, start: QPoint, end: QPoint, steps=4):
    for i in range(1, steps + 1):
        qtbot.mouseMove(view.viewport(), start + (end - start) * i / steps)


def release(qtbot, view, at: QPoint):
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def overlays(scene, kind):
    """The dashed line or rectangle a gesture draws while the button is down."""
    return [i for i in scene.items() if type(i) is kind]


def right_edge(view, item):
    return view.mapFromScene(item.scene_rect().right() - 3, item.scene_rect().center().y())


def grip(view, item):
    return view.mapFromScene(item.scene_rect().bottomRight()) - QPoint(4, 4)


def title(view, item):
    return view.mapFromScene(item.scene_rect().topLeft() + QPointF(120, 15))


# -- a link drawn by hand ------------------------------------------------------------

def test_a_link_drag_shows_a_dashed_line_in_the_chosen_kind_from_the_card_to_the_pointer(
        qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("claim", 100, 100), ("assess", 500, 100)])
    a, b = card(scene, "claim"), card(scene, "assess")
    chooser = window.canvas_actions.link_kind
    chooser.setCurrentIndex(chooser.findData("depends on"))
    view.centerOn(a.scene_rect().center() + QPointF(200, 0))
    start, end = right_edge(view, a), view_point(view, b)
    press(qtbot, view, start)
    move(qtbot, view, start, end - QPoint(60, -20))
    [line] = overlays(scene, QGraphicsLineItem)
    assert line.line().p1() == a.scene_rect().center()  # from the card's middle
    assert line.line().p2() == view.mapToScene(end - QPoint(60, -20))  # to where the pointer is now
    pen = line.pen()
    assert pen.color() == QColor(style.LINK_STYLES["depends on"].colour)
    assert pen.style() == Qt.PenStyle.DashLine and pen.widthF() == 2
    assert line.zValue() > max(i.zValue() for i in scene.items() if i is not line)  # over cards and links
    move(qtbot, view, end - QPoint(60, -20), end, steps=1)
    release(qtbot, view, end)
    assert not overlays(scene, QGraphicsLineItem)  # gone with the button
    links = window.library.db.query("SELECT source_id, target_id, kind FROM links")
    assert [(r["source_id"], r["target_id"], r["kind"]) for r in links] == [(a.card_id, b.card_id, "depends on")]
    assert (a.pos().x(), a.pos().y()) == (100, 100)


def test_a_link_let_go_on_empty_canvas_or_its_own_card_is_not_made(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("claim", 0, 0), ("assess", 500, 0)])
    a = card(scene, "claim")
    view.centerOn(a.scene_rect().center() + QPointF(200, 0))
    start = right_edge(view, a)
    empty = start + QPoint(150, 100)
    drag(qtbot, view, start, empty)
    drag(qtbot, view, start, view_point(view, a))
    assert window.library.db["links"].count == 0 and not scene.links
    assert not overlays(scene, QGraphicsLineItem)
    assert window.undo_action.isEnabled() is False  # nothing was done
    assert (a.pos().x(), a.pos().y()) == (0, 0)


def test_a_hidden_card_is_not_a_place_to_start_a_link_from(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path,
                                      [("claim", 0, 0), ("assess", 500, 0), ("other", 0, 300)])
    a, b = card(scene, "claim"), card(scene, "assess")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_panel.query, "assess")
    filter_button = window.find_panel.filter
    qtbot.mouseClick(filter_button, Qt.MouseButton.LeftButton, pos=QPoint(8, filter_button.height() // 2))
    assert not a.isVisible() and b.isVisible()  # Find's filter hides what does not match
    view.centerOn(a.scene_rect().center() + QPointF(200, 0))
    drag(qtbot, view, right_edge(view, a), view_point(view, b))
    assert window.library.db["links"].count == 0


def test_a_dragged_cards_links_follow_it_while_the_button_is_still_down(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("a", 0, 0), ("b", 500, 0)], links=[(0, 1)])
    link = next(iter(scene.links.values()))
    b = link.target
    before = link.boundingRect()
    view.centerOn(b)
    start = view_point(view, b)
    press(qtbot, view, start)
    move(qtbot, view, start, start + QPoint(0, 200))
    assert b.pos().y() > 150  # not let go yet: the card is moving, not saved
    assert window.library.db["cards"].get(b.card_id)["y"] == 0
    assert link.boundingRect().bottom() > before.bottom() + 150  # and the arrow already reaches it
    release(qtbot, view, start + QPoint(0, 200))


# -- the resize grip ---------------------------------------------------------------

def test_the_grip_shows_the_new_outline_from_the_press_and_grows_a_card_not_at_the_origin(
        qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("wide", 300, 200)])
    item = card(scene, "wide")  # never clicked: a card's grip needs no selection first
    x, y, w, h = stored(window, "cards", item.card_id)
    view.centerOn(item)
    corner = grip(view, item)
    press(qtbot, view, corner)
    [outline] = overlays(scene, QGraphicsRectItem)
    assert outline.rect() == item.scene_rect()  # the outline is there before the pointer moves
    assert outline.pen().style() == Qt.PenStyle.DashLine and outline.pen().widthF() == 2
    assert outline.pen().color() == QColor(style.SELECTION)
    assert outline.zValue() > item.zValue()
    move(qtbot, view, corner, corner + QPoint(80, 60))
    assert outline.rect().topLeft() == item.scene_rect().topLeft()
    assert outline.rect().bottomRight() == view.mapToScene(corner + QPoint(80, 60))
    release(qtbot, view, corner + QPoint(80, 60))
    assert not overlays(scene, QGraphicsRectItem)
    assert stored(window, "cards", item.card_id) == (x, y, w + 76, h + 56)  # grabbed 4 px inside
    assert (item.pos().x(), item.pos().y(), item.rect().width()) == (300, 200, w + 76)


def test_a_press_on_the_grip_without_a_move_changes_nothing(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("card", 300, 200)])
    item = card(scene, "card")
    view.centerOn(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=grip(view, item))
    assert not window.undo_action.isEnabled()
    assert not overlays(scene, QGraphicsRectItem)


def test_a_selected_zones_grip_resizes_it_and_stops_at_the_smallest_zone(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("card", 0, 0)],
                                      zones=[("Intake", 200, 300, 500, 300)])
    lane = zone(scene, "Intake")
    view.centerOn(lane)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=title(view, lane))
    assert lane.isSelected()
    corner = grip(view, lane)
    drag(qtbot, view, corner, corner + QPoint(100, 50))
    assert stored(window, "zones", lane.zone_id) == (200, 300, 596, 346)
    assert window.undo_action.text() == "&Undo Resize zone"
    corner = grip(view, lane)
    drag(qtbot, view, corner, corner - QPoint(700, 500))  # far past its top-left corner
    assert stored(window, "zones", lane.zone_id) == (200, 300, 160, 100)
    assert (lane.rect().width(), lane.rect().height()) == (160, 100)
    assert stored(window, "cards", card(scene, "card").card_id)[:2] == (0, 0)


def test_an_unselected_zones_grip_does_not_resize_it(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("card", 0, 0)],
                                      zones=[("Intake", 200, 300, 500, 300)])
    lane = zone(scene, "Intake")
    view.centerOn(lane)
    corner = grip(view, lane)
    drag(qtbot, view, corner, corner + QPoint(100, 50))
    assert stored(window, "zones", lane.zone_id)[2:] == (500, 300)


def test_the_grip_of_a_zone_under_another_zone_still_resizes_it(qtbot, make_window, library_path):
    """A small zone inside a larger one drawn later: the larger one's body lies over the
    small one, yet the small one's title and grip still work."""
    window, view, scene = open_canvas(make_window, library_path, [("card", 0, 0)],
                                      zones=[("Column", 300, 400, 400, 200), ("Lane", 100, 300, 900, 500)])
    column = zone(scene, "Column")
    assert column.zValue() == zone(scene, "Lane").zValue()
    view.centerOn(column)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=title(view, column))
    assert scene.selected_zone_ids() == [column.zone_id]
    corner = grip(view, column)
    drag(qtbot, view, corner, corner + QPoint(60, 40))
    assert stored(window, "zones", column.zone_id) == (300, 400, 456, 236)


# -- zones by hand ------------------------------------------------------------------

def test_a_zone_is_moved_by_its_title_nudged_by_arrows_and_deleted_by_key(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("card", 0, 0)],
                                      zones=[("Intake", 200, 300, 500, 300)])
    lane = zone(scene, "Intake")
    view.centerOn(lane)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=title(view, lane))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert stored(window, "zones", lane.zone_id) == (210, 350, 500, 300)
    assert (lane.pos().x(), lane.pos().y()) == (210, 350)
    assert stored(window, "cards", card(scene, "card").card_id)[:2] == (0, 0)  # the card was not selected
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.library.db["zones"].count == 0 and not scene.zones
    assert window.library.db["cards"].count == 1


def test_double_clicking_a_zones_title_renames_it(qtbot, make_window, library_path, monkeypatch):
    window, view, scene = open_canvas(make_window, library_path, [("card", 0, 0)],
                                      zones=[("Intake", 200, 300, 500, 300)])
    asked = []

    def get_text(parent, caption, label, *args, text="", **kwargs):
        asked.append(text)
        return "  Triage ", True
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    lane = zone(scene, "Intake")
    view.centerOn(lane)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=title(view, lane))
    assert asked == ["Intake"]
    assert window.library.db["zones"].get(lane.zone_id)["label"] == "Triage"


def test_double_clicking_a_card_edits_its_text_and_empty_canvas_does_nothing(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("draft", 0, 0)])
    item = card(scene, "draft")
    view.centerOn(item)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, item) + QPoint(0, 300))
    assert not scene.editing_text()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, item))
    assert scene.editing_text()
    qtbot.keyClicks(view, " two")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.library.db["cards"].get(item.card_id)["text"] == "draft two"


def test_selecting_a_link_and_pressing_delete_removes_only_the_link(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("a", 0, 0), ("b", 600, 0)], links=[(0, 1)])
    link = next(iter(scene.links.values()))
    a, b = link.source, link.target
    middle = QPointF((a.scene_rect().right() + b.scene_rect().left()) / 2, a.scene_rect().center().y())
    view.centerOn(middle)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(middle))
    assert scene.selected_link_ids() == [link.link_id]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.library.db["links"].count == 0 and not scene.links
    assert window.library.db["cards"].count == 2


# -- clicks while a card's text is being edited ---------------------------------------

def editing(qtbot, view, scene, item, typed):
    view.centerOn(item)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, item))
    assert scene.editing_text()
    qtbot.keyClicks(view, typed)


def test_a_click_on_empty_canvas_keeps_what_was_typed(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("draft", 0, 0)])
    item = card(scene, "draft")
    editing(qtbot, view, scene, item, " kept")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, item) + QPoint(0, 250))
    assert not scene.editing_text()
    assert window.library.db["cards"].get(item.card_id)["text"] == "draft kept"


def test_a_click_inside_the_text_being_edited_goes_on_editing(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("draft", 0, 0)])
    item = card(scene, "draft")
    editing(qtbot, view, scene, item, " one")
    editor = next(i for i in scene.items() if isinstance(i, CardTextEditor))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(editor.mapToScene(editor.boundingRect().center())))
    assert scene.editing_text()
    assert window.library.db["cards"].get(item.card_id)["text"] == "draft"  # not saved half-way


def test_a_press_on_another_cards_edge_while_editing_draws_no_link(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("draft", 0, 0), ("b", 400, 0), ("c", 400, 300)])
    item, b, c = card(scene, "draft"), card(scene, "b"), card(scene, "c")
    editing(qtbot, view, scene, item, " done")
    view.centerOn(b)
    drag(qtbot, view, right_edge(view, b), view_point(view, c))
    assert window.library.db["links"].count == 0
    assert window.library.db["cards"].get(item.card_id)["text"] == "draft done"


# -- the keyboard ---------------------------------------------------------------------

def test_f2_edits_the_one_card_a_rubber_band_picked_and_not_one_of_two(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("first", 0, 0), ("second", 400, 0)])
    first = card(scene, "first")
    view.centerOn(first)
    top_left = view.mapFromScene(-40, -40)
    drag(qtbot, view, top_left, view.mapFromScene(first.scene_rect().bottomRight() + QPointF(20, 20)))
    assert scene.selected_card_ids() == [first.card_id] and scene.focusItem() is None
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert scene.editing_text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    scene.clearSelection()
    view.centerOn(first.scene_rect().center() + QPointF(200, 0))
    drag(qtbot, view, top_left, view.mapFromScene(card(scene, "second").scene_rect().bottomRight() + QPointF(20, 20)))
    assert len(scene.selected_card_ids()) == 2
    scene.setFocusItem(None)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not scene.editing_text()  # which one? neither


def test_enter_edits_the_card_last_clicked_with_others_selected(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("first", 0, 0), ("second", 400, 0)])
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first, second = card(scene, "first"), card(scene, "second")
    view.centerOn(second)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=view_point(view, second))
    assert sorted(scene.selected_card_ids()) == sorted([first.card_id, second.card_id])
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert scene.editing_text()
    qtbot.keyClicks(view, "!")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.library.db["cards"].get(second.card_id)["text"] == "second!"
    assert window.library.db["cards"].get(first.card_id)["text"] == "first"


def test_escape_clears_the_selection_and_backspace_deletes(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("a", 0, 0), ("b", 400, 0)])
    select(qtbot, view, card(scene, "a"))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert scene.selected_card_ids() == []
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert window.library.db["cards"].count == 2  # nothing selected, nothing deleted
    select(qtbot, view, card(scene, "b"))
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert [r["text"] for r in window.library.db.query("SELECT text FROM cards")] == ["a"]


def test_tab_on_an_empty_canvas_moves_on_to_the_next_control(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [])
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()  # no card to walk: Tab is not trapped in the canvas


def test_tab_while_editing_a_cards_text_stays_in_that_card(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("draft", 0, 0), ("other", 400, 0)])
    item = card(scene, "draft")
    editing(qtbot, view, scene, item, " x")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert scene.editing_text()
    assert scene.focused_card_id() != card(scene, "other").card_id


def test_the_focused_card_is_scrolled_into_view_with_room_around_it(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("near", 0, 0), ("far", 3000, 2000)])
    view.centerOn(0, 0)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    far = card(scene, "far")
    assert scene.focusItem() is far and scene.selected_card_ids() == [far.card_id]
    # Scrolled no further than needed to show it whole with 40 px to spare right and below.
    area = view.viewport().rect()
    corner = view.mapToScene(area.width(), area.height())
    outline = far.sceneBoundingRect()
    assert (corner.x() - outline.right(), corner.y() - outline.bottom()) == (40, 40)
    assert "far" in view.accessibleDescription()


def test_cards_a_little_lower_on_the_same_row_are_read_left_to_right(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path,
                                      [("right", 400, 0), ("left", 0, 15), ("below", 0, 300)])
    seen = []
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        seen.append(scene.cards[scene.focused_card_id()].card.text)
    assert seen == ["left", "right", "below"]


# -- where a drag puts a card ----------------------------------------------------------

def test_a_drag_at_a_zoom_keeps_the_place_to_a_tenth(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, [("card", 0, 0)])
    view.zoom_by(1.5)
    item = card(scene, "card")
    view.centerOn(item)
    start = view_point(view, item)
    end = start + QPoint(7, 11)
    moved = view.mapToScene(end) - view.mapToScene(start)
    drag(qtbot, view, start, end)
    x, y = stored(window, "cards", item.card_id)[:2]
    assert (x, y) == (round(moved.x(), 1), round(moved.y(), 1))
    assert x != round(x) and y != round(y)  # not whole units
    assert (item.pos().x(), item.pos().y()) == (x, y)
