"""Looks at 1024 × 700 and 1280 × 800: nothing the facilitator needs is clipped,
names cut with "…" keep their whole text in a tooltip, dark docks are dark."""

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QPalette

from app.demo import build_demo
from storage import sessions
from storage.library import open_library


@pytest.fixture
def demo_window(qtbot, make_window, library_path):
    db = open_library(library_path)
    series_id = build_demo(db)
    q3 = [s["id"] for s in sessions.in_series(db, series_id)][2]
    db.close()
    window = make_window()
    window.open_session(q3)
    yield window
    window.theme.set_high_contrast(False)
    window.theme.set_mode("light")


def _within_width(widget, viewport):
    """Inside the viewport's width (the panel scrolls up and down, never sideways to it)."""
    left = widget.mapTo(viewport, widget.rect().topLeft()).x()
    return left >= 0 and left + widget.width() <= viewport.width()


def test_high_contrast_shows_other_colour_whole_in_a_narrow_dock(qtbot, demo_window):
    window = demo_window
    window.resize(1024, 700)
    window.theme.set_high_contrast(True)
    window.window_layout.reset()
    window.roster_dock.show()
    button = window.roster_panel.other_colour_button
    qtbot.waitUntil(button.isVisible)
    qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width())  # room for "Other…" and its padding
    scroller = window.roster_dock.widget()
    assert _within_width(button, scroller.viewport())  # not cut by the dock's edge either


def test_cut_names_have_their_whole_text_as_tooltip(qtbot, demo_window):
    window = demo_window
    table = window.roster_panel.table
    for row in range(table.rowCount()):
        for col in (1, 2, 3):
            item = table.item(row, col)
            assert item.toolTip() == item.text()
    tree = window.library_panel.tree
    series = tree.topLevelItem(0)
    assert series.text(0) in series.toolTip(0)
    for i in range(series.childCount()):
        assert series.child(i).text(0) in series.child(i).toolTip(0)


def test_dark_theme_docks_are_dark(qtbot, demo_window):
    window = demo_window
    window.resize(1280, 800)
    window.theme.set_mode("dark")
    for dock in (window.facilitation.agenda_dock, window.facilitation.voting_dock, window.roster_dock):
        dock.show()
        dock.raise_()
        qtbot.waitUntil(dock.isVisible)
        qtbot.waitUntil(lambda d=dock: d.palette().color(QPalette.ColorRole.Window).lightness() < 110)
        image = dock.grab().toImage()
        # the panel's background: the colour most of its pixels have
        seen = Counter(image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
                       for y in range(0, image.height(), 3))
        background = QColor(seen.most_common(1)[0][0])
        assert background.lightness() < 110, (dock.windowTitle(), background.name())


def test_library_buttons_flow_onto_a_second_row_in_a_narrow_dock(qtbot, demo_window):
    from PySide6.QtCore import Qt

    window = demo_window
    panel = window.library_panel
    viewport = window.library_dock.widget().viewport()
    window.resize(1024, 700)
    window.library_dock.raise_()  # below 1400 px it is a tab beside the agenda
    qtbot.waitUntil(lambda: not window.library_dock.visibleRegion().isEmpty())

    def rows():
        return {panel.buttons.getItemPosition(panel.buttons.indexOf(b))[0] for b in panel.button_list}

    # wide, then narrowed as a person drags the dock's edge: the buttons follow
    for width, expected in ((420, {0}), (200, {0, 1}), (420, {0})):
        window.resizeDocks([window.library_dock], [width], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda w=width: abs(window.library_dock.width() - w) <= 4)
        qtbot.waitUntil(lambda: all(_within_width(b, viewport) for b in panel.button_list))
        qtbot.waitUntil(lambda e=expected: rows() == e)
