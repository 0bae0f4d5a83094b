"""The canvas view repaints from a kept picture (widgets/canvas/paint_cache.py): edits,
moves, selection and panning must still show at once, and the picture must look like
the ordinary painting. Also the link geometry shortcuts that keep large maps fast."""

import pytest
from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from tests.helpers import make_session
from widgets.canvas import style
from widgets.canvas.link_item import _clip_general, clip_to_rect, visible_part
from widgets.canvas.paint_cache import PaintCache

# Two rows of cards, far apart, linked across: zoomed out they are blocks of colour.
CARDS = [(f"card {i}", (i % 6) * 260, (i // 6) * 900) for i in range(12)]
LINKS = [(0, 11), (5, 6), (1, 2)]


@pytest.fixture
def view(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler")], cards=CARDS, links=LINKS)
    window = make_window()
    view = window.tabs.current_view()
    view.zoom_to_rect(QRectF(-2000, -2000, 6000, 5000))  # well below the text level of detail
    assert view.scale_factor() < style.TEXT_LOD
    QApplication.processEvents()
    return view


def grab(view) -> QImage:
    return view.viewport().grab().toImage()


def plain_grab(view) -> QImage:
    PaintCache.enabled = False
    try:
        return grab(view)
    finally:
        PaintCache.enabled = True


def differing(a: QImage, b: QImage, tolerance: int = 16) -> int:
    """Pixels that differ by more than antialiasing rounding."""
    assert a.size() == b.size()
    count = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(p.red() - q.red()), abs(p.green() - q.green()), abs(p.blue() - q.blue())) > tolerance:
                count += 1
    return count


def pixel_at(view, image: QImage, scene_point: QPointF) -> QColor:
    return image.pixelColor(view.mapFromScene(scene_point))


def card_colour(view) -> QColor:
    item = next(iter(view.canvas_scene.cards.values()))
    return QColor(item.colour)


def test_repaints_come_from_the_picture_and_match_ordinary_painting(view, monkeypatch):
    first = grab(view)
    drawn = []
    monkeypatch.setattr(view.paint_cache, "_draw", lambda *a: drawn.append(a))
    again = grab(view)
    assert drawn == []  # nothing changed: the picture is reused
    monkeypatch.undo()
    assert differing(first, again) == 0
    assert differing(first, plain_grab(view)) == 0
    assert pixel_at(view, first, QPointF(60, 40)) == card_colour(view)


def test_a_card_added_at_low_zoom_shows_in_the_next_grab(view, qtbot):
    grab(view)
    spot = QPointF(500 + 60, 400 + 40)  # between the rows: empty canvas
    assert pixel_at(view, grab(view), spot) == style.CANVAS_BG
    view.editor.add_card(view.canvas_id, "new one", pos=(500, 400),
                         participant_id=next(iter(view.canvas_scene.cards.values())).card.participant_id)
    assert pixel_at(view, grab(view), spot) == card_colour(view)  # before the event loop runs
    QApplication.processEvents()
    image = grab(view)
    assert pixel_at(view, image, spot) == card_colour(view)  # and from the picture afterwards
    assert differing(image, plain_grab(view)) == 0


def test_a_card_dragged_at_low_zoom_moves_in_the_picture(view, qtbot):
    from tests.test_canvas_gui import drag

    grab(view)
    item = view.canvas_scene.cards[next(iter(view.canvas_scene.cards))]
    old = item.sceneBoundingRect().center()
    new = QPointF(old.x() + 40, old.y() + 500)  # into the empty band between the rows
    drag(qtbot, view, view.mapFromScene(old), view.mapFromScene(new))
    QApplication.processEvents()
    assert item.pos().y() > 300
    image = grab(view)
    assert pixel_at(view, image, item.sceneBoundingRect().center()) == card_colour(view)
    assert pixel_at(view, image, old) == style.CANVAS_BG
    assert differing(image, plain_grab(view)) == 0


def test_selection_shows_at_once_and_clears(view):
    grab(view)
    card_id = next(iter(view.canvas_scene.cards))
    item = view.canvas_scene.cards[card_id]
    edge = QPointF(item.sceneBoundingRect().center().x(), item.scene_rect().top() + 1)
    view.canvas_scene.select_cards([card_id])
    assert pixel_at(view, grab(view), edge) == style.SELECTION
    QApplication.processEvents()
    assert pixel_at(view, grab(view), edge) == style.SELECTION
    view.canvas_scene.clearSelection()
    QApplication.processEvents()
    image = grab(view)
    assert pixel_at(view, image, edge) != style.SELECTION
    assert differing(image, plain_grab(view)) == 0


def test_panning_and_zooming_keep_the_picture_true(view):
    grab(view)
    renders = view.paint_cache.full_renders
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 37)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 23)
    QApplication.processEvents()
    image = grab(view)
    assert view.paint_cache.full_renders == renders  # scrolled, not drawn again whole
    assert differing(image, plain_grab(view)) == 0
    view.zoom_actual()  # a new zoom draws the picture afresh, text and all
    QApplication.processEvents()
    assert differing(grab(view), plain_grab(view)) == 0
    assert view.paint_cache.full_renders == renders + 1


def test_rubber_band_is_drawn_over_the_picture(view, qtbot):
    grab(view)
    viewport = view.viewport()
    start, end = QPoint(5, 5), QPoint(200, 150)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint(100, 80))
    qtbot.mouseMove(viewport, end)
    assert not view.rubberBandRect().isEmpty()
    assert differing(grab(view), plain_grab(view)) == 0
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_the_minimap_draws_its_first_picture_a_moment_later(view, qtbot):
    minimap = view.minimap
    minimap._source = QRectF()
    minimap.grab()  # the first paint only asks for a picture
    assert minimap._timer.isActive()
    qtbot.waitUntil(lambda: not minimap._source.isNull())
    assert not minimap._pixmap.isNull()


def test_link_geometry_shortcuts():
    rect = QRectF(0, 0, 200, 100)
    for target in (QPointF(500, 30), QPointF(-300, -400), QPointF(100, 900), QPointF(150, 70), QPointF(100, 50)):
        line = QLineF(rect.center(), target)
        fast, slow = clip_to_rect(line, rect), _clip_general(line, rect)
        assert abs(fast.x() - slow.x()) < 1e-6 and abs(fast.y() - slow.y()) < 1e-6, target
    line = QLineF(0, 0, 1000, 0)
    assert visible_part(line, QRectF(100, -10, 200, 20)) == pytest.approx((0.1, 0.3))
    assert visible_part(line, QRectF(100, 10, 200, 20)) is None


def test_link_bounds_cover_its_shape(view):
    for link in view.canvas_scene.links.values():
        assert link.boundingRect().contains(link.shape().boundingRect())
