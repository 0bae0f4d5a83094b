"""Zoom, pan, rubber band, minimap and canvas tabs, driven with mouse and keys."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.helpers import make_session
from tests.test_canvas_gui import drag

GRID = [(f"card {i}", (i % 5) * 300, (i // 5) * 200) for i in range(15)]


def open_grid(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler")], cards=GRID)
    window = make_window()
    view = window.tabs.current_view()
    view.setFocus()
    return window, view


def visible_rect(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def wheel(view, steps):
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)


def test_wheel_and_keyboard_zoom(qtbot, make_window, library_path):
    window, view = open_grid(make_window, library_path)
    view.zoom_actual()
    wheel(view, 1)
    assert view.scale_factor() > 1.1
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() < 1.0
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == 1.0


def test_zoom_to_fit_shows_every_card_and_zoom_to_selection(qtbot, make_window, library_path):
    window, view = open_grid(make_window, library_path)
    view.zoom_actual()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    shown = visible_rect(view)
    assert all(shown.contains(i.scene_rect()) for i in view.canvas_scene.cards.values())
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    focused = view.canvas_scene.cards[view.canvas_scene.focused_card_id()]
    assert visible_rect(view).contains(focused.scene_rect())
    assert visible_rect(view).width() < shown.width() / 2


def test_pan_with_space_drag_and_middle_button(qtbot, make_window, library_path):
    window, view = open_grid(make_window, library_path)
    view.zoom_actual()
    before = visible_rect(view).center()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    start = view.viewport().rect().center()
    drag(qtbot, view, start, start + QPoint(-120, -80))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    after_space = visible_rect(view).center()
    assert after_space.x() > before.x() + 60 and after_space.y() > before.y() + 40
    assert all(i.pos() == QPointF(x, y) for i, (_t, x, y) in zip(
        sorted(view.canvas_scene.cards.values(), key=lambda i: int(i.card.text.split()[1])), GRID, strict=True))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(100, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=start + QPoint(100, 0))
    assert visible_rect(view).center().x() < after_space.x() - 50


def test_rubber_band_selects_the_cards_inside(qtbot, make_window, library_path):
    window, view = open_grid(make_window, library_path)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    # a band around the first two cards of the top row, starting on empty canvas
    top_left = view.mapFromScene(QPointF(-40, -40))
    bottom_right = view.mapFromScene(QPointF(520, 130))
    drag(qtbot, view, top_left, bottom_right)
    scene = view.canvas_scene
    assert sorted(scene.cards[i].card.text for i in scene.selected_card_ids()) == ["card 0", "card 1"]
    stored = {r["text"]: (r["x"], r["y"]) for r in window.library.db.query("SELECT text, x, y FROM cards")}
    assert stored == {text: (x, y) for text, x, y in GRID}  # the band selected; nothing moved


def test_minimap_click_moves_the_view(qtbot, make_window, library_path):
    window, view = open_grid(make_window, library_path)
    view.zoom_actual()
    view.centerOn(0, 0)
    minimap = view.minimap
    minimap.refresh()
    target = minimap._to_map(QPointF(1200, 400)).toPoint()
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=target)
    centre = visible_rect(view).center()
    assert abs(centre.x() - 1200) < 120 and abs(centre.y() - 400) < 120


def test_canvas_tabs_add_rename_reorder_delete_undo(qtbot, make_window, library_path, monkeypatch):
    window, view = open_grid(make_window, library_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Resources", True))
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Map", "Resources"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("What we use", True))
    window.rename_canvas_action.trigger()
    assert window.tabs.tabText(1) == "What we use"
    window.tabs.tabBar().moveTab(1, 0)  # what a drag of the tab does
    names = [c["name"] for c in window.library.db.query("SELECT name FROM canvases ORDER BY position")]
    assert names == ["What we use", "Map"]
    window.undo_action.trigger()
    assert [window.tabs.tabText(i) for i in range(2)] == ["Map", "What we use"]
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.tabs.setCurrentIndex(0)
    window.delete_canvas_action.trigger()
    assert window.tabs.count() == 1 and window.library.db["cards"].count == 0
    window.undo_action.trigger()
    assert window.tabs.count() == 2 and window.library.db["cards"].count == len(GRID)
    doc = window.editor.doc
    restored = next(v for v in window.tabs.views.values() if doc.get("canvases", v.canvas_id).name == "Map")
    assert len(restored.canvas_scene.cards) == len(GRID)


def test_paste_onto_another_canvas(qtbot, make_window, library_path, monkeypatch):
    make_session(library_path, participants=[("Ana", "")], cards=[("a", 0, 0), ("b", 400, 0)], links=[(0, 1)])
    window = make_window()
    view = window.tabs.current_view()
    view.setFocus()
    window.canvas_actions.actions["select_all"].trigger()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Copy", True))
    window.new_canvas_action.trigger()
    other = window.tabs.current_view()
    assert other is not view
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert sorted(i.card.text for i in other.canvas_scene.cards.values()) == ["a", "b"]
    assert len(other.canvas_scene.links) == 1
    assert window.library.db["cards"].count == 4 and window.library.db["links"].count == 2


def test_double_click_a_zone_title_renames_it(qtbot, make_window, library_path, monkeypatch):
    window, view = open_grid(make_window, library_path)
    window.editor.add_zone(view.canvas_id, "Intake", (-50.0, -400.0, 600.0, 300.0))
    zone = next(iter(view.canvas_scene.zones.values()))
    view.zoom_actual()
    spot = QPointF(100, -385)
    view.centerOn(spot)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Intake and triage", True))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(spot))
    assert zone.zone.label == "Intake and triage"
    assert window.library.db["zones"].get(zone.zone_id)["label"] == "Intake and triage"


def test_draw_a_freeform_zone_by_hand_and_cards_inside_know_it(qtbot, make_window, library_path, monkeypatch):
    window, view = open_grid(make_window, library_path)
    view.zoom_actual()
    view.centerOn(QPointF(150, 100))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Complex", True))
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.drawing_zone()
    # a diamond around the first card (0..200 x 0..120), drawn as a person would drag
    corners = [QPointF(100, -150), QPointF(380, 60), QPointF(100, 280), QPointF(-180, 60), QPointF(95, -150)]
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=view.mapFromScene(corners[0]))
    for a, b in zip(corners, corners[1:], strict=False):
        for t in range(1, 11):
            qtbot.mouseMove(viewport, view.mapFromScene(a + (b - a) * t / 10))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=view.mapFromScene(corners[-1]))
    assert not view.drawing_zone()
    [zone] = window.editor.doc.all("zones")
    assert zone.label == "Complex" and zone.outline
    cards = {c.text: c for c in window.editor.doc.all("cards")}
    assert cards["card 0"].zone_id == zone.id  # its centre (100, 60) is inside the diamond
    assert cards["card 1"].zone_id is None  # (400, 60): inside the bounding box, outside the diamond
    stored = window.library.db["cards"].get(cards["card 0"].id)
    assert stored["zone_id"] == zone.id
    item = view.canvas_scene.zones[zone.id]
    assert item.shape().contains(item.mapFromScene(QPointF(100, 60)))
    assert not item.shape().contains(item.mapFromScene(QPointF(330, -100)))
    window.undo_action.trigger()
    assert not view.canvas_scene.zones and window.library.db["zones"].count == 0
    assert window.library.db["cards"].get(cards["card 0"].id)["zone_id"] is None


def test_a_large_map_opens_readable_at_its_top_left(qtbot, make_window, library_path):
    cards = [(f"card {i}", (i % 20) * 300, (i // 20) * 200) for i in range(200)]
    make_session(library_path, participants=[("Ana", "")], cards=cards)
    window = make_window()
    view = window.tabs.current_view()
    assert view.scale_factor() >= 0.6  # text drawn, not blocks of colour
    shown = visible_rect(view)
    first = next(i for i in view.canvas_scene.cards.values() if i.card.text == "card 0")
    assert shown.contains(first.scene_rect())


def test_a_small_map_opens_whole(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "")], cards=[("a", 0, 0), ("b", 300, 0), ("c", 0, 200)])
    window = make_window()
    view = window.tabs.current_view()
    shown = visible_rect(view)
    assert all(shown.contains(i.scene_rect()) for i in view.canvas_scene.cards.values())
    assert view.scale_factor() <= 1.0


def test_keyboard_zoom_keeps_the_selection_in_place(qtbot, make_window, library_path):
    window, view = open_grid(make_window, library_path)
    view.zoom_actual()
    scene = view.canvas_scene
    item = next(i for i in scene.cards.values() if i.card.text == "card 4")  # top right of the grid
    view.ensureVisible(item, 10, 10)
    scene.clearSelection()
    item.setSelected(True)
    before = view.mapFromScene(item.scene_rect().center())
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() > 1.6
    after = view.mapFromScene(item.scene_rect().center())
    assert (after - before).manhattanLength() <= 4  # it did not drift off screen
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() < 1.0
    assert visible_rect(view).contains(item.scene_rect())


def test_wheel_zoom_keeps_the_point_under_the_mouse(qtbot, make_window, library_path):
    window, view = open_grid(make_window, library_path)
    view.zoom_actual()
    at = QPointF(view.viewport().width() * 0.8, view.viewport().height() * 0.3)
    under = view.mapToScene(at.toPoint())
    event = QWheelEvent(at, view.viewport().mapToGlobal(at), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.scale_factor() > 1.4
    assert (view.mapFromScene(under) - at.toPoint()).manhattanLength() <= 3


def test_zoom_to_selection_stops_at_a_reading_size(qtbot, make_window, library_path):
    window, view = open_grid(make_window, library_path)
    view.zoom_actual()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # one card in focus and selected
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert 1.0 <= view.scale_factor() <= 1.5  # not 400 %
    focused = view.canvas_scene.cards[view.canvas_scene.focused_card_id()]
    assert visible_rect(view).contains(focused.scene_rect())
