"""The series map on the demo series: a lane per role holding that role's cards,
no two cards on top of each other, a legend for its colours, a status line that
is never cut, within the screen, Escape closes."""

from itertools import combinations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.demo import build_demo
from storage.library import open_library


def test_series_map_keeps_role_lanes_and_a_legend_without_overlaps(qtbot, make_window, library_path):
    db = open_library(library_path)
    series_id = build_demo(db)
    db.close()
    window = make_window()
    view = window.patterns.open_series_map(series_id)
    qtbot.waitExposed(view)
    roles = {card.role or "No role" for card in view.map.cards}
    assert set(view.lane_items) == roles and len(roles) >= 4
    for card in view.map.cards:
        lane = view.lane_items[card.role or "No role"].sceneBoundingRect()
        assert lane.contains(view.items[card.id].sceneBoundingRect()), card.text
    shown = [item.sceneBoundingRect() for item in view.items.values() if item.isVisible()]
    assert not [(a, b) for a, b in combinations(shown, 2) if a.intersects(b)]
    legend = next(w for w in view.findChildren(QWidget) if w.accessibleName() == "Legend")
    texts = {label.text() for label in legend.findChildren(QLabel)}
    assert {"Activity card", "Resource (what is used) card", "hand-off"} <= texts
    assert legend.isVisible()
    # the status line wraps rather than being cut at the window's edge
    summary = view.summary
    assert summary.wordWrap() and summary.height() >= summary.heightForWidth(summary.width())
    assert "3 sessions" in summary.text()
    room = (view.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert room.contains(view.geometry())
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())


def test_series_map_text_is_dark_on_its_light_cards_in_the_dark_theme(qtbot, make_window, library_path):
    db = open_library(library_path)
    series_id = build_demo(db)
    db.close()
    window = make_window()
    window.theme.set_mode("dark")
    try:
        view = window.patterns.open_series_map(series_id)
        qtbot.waitExposed(view)
        for item in view.items.values():
            assert item.label.defaultTextColor().lightness() < 80
            assert item.brush().color().lightness() > 170  # dark text on a light card
        for band in view.lane_items.values():
            assert band.label.defaultTextColor().lightness() < 80
    finally:
        window.theme.set_mode("light")
