"""Compare Sessions on a small screen: it opens within the screen, the legend,
the Redo button and the side panel stay in sight at 1280 × 800 and 1024 × 700,
long session names are cut with their whole name in a tooltip, and the Metrics
tab shows each metric's name beside its numbers."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton, QWidget

from app.demo import build_demo
from storage import sessions
from storage.library import open_library

LONG = "Q2 follow-up: where do claims get stuck between the broker liaison and the claims handler desk"


@pytest.fixture
def compare(qtbot, make_window, library_path):
    db = open_library(library_path)
    series_id = build_demo(db)
    q1, q2, _q3 = (s["id"] for s in sessions.in_series(db, series_id))
    sessions.update(db, q2, title=LONG)
    db.close()
    window = make_window()
    window.open_session(q2)
    view = window.patterns.open_compare(q1, q2)
    qtbot.waitExposed(view)
    return view


def _inside(view, widget):
    top_left = widget.mapTo(view, widget.rect().topLeft())
    return widget.isVisible() and view.rect().contains(QRect(top_left, widget.size()))


def test_opens_within_the_screen(compare):
    room = (compare.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert room.contains(compare.geometry()), (room, compare.geometry())
    hint = compare.minimumSizeHint()
    assert hint.width() <= 1024 - 16 and hint.height() <= 700 - 48, hint


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_everything_in_sight_at_laptop_and_projector_sizes(qtbot, compare, size):
    compare.resize(*size)
    qtbot.waitUntil(lambda: compare.width() == size[0])
    assert compare.width() == size[0] and compare.height() <= size[1]
    for widget in (compare.tabs, compare.side_a, compare.side_b, compare.box_a, compare.box_b):
        assert _inside(compare, widget), widget
    redo = [b for b in compare.findChildren(QToolButton) if b.defaultAction() is compare.redo_action]
    assert redo and _inside(compare, redo[0])
    legend = next(w for w in compare.findChildren(QWidget) if w.accessibleName() == "Legend")
    assert _inside(compare, legend)
    # the long name is cut in the box and whole in its tooltip
    assert compare.box_b.width() < compare.box_b.fontMetrics().horizontalAdvance(compare.box_b.currentText())
    assert compare.box_b.shown_text().endswith("…") and LONG in compare.box_b.toolTip()
    index = compare.box_b.currentIndex()
    assert LONG in compare.box_b.itemData(index, Qt.ItemDataRole.ToolTipRole)


def test_metrics_names_and_numbers_visible_together(qtbot, compare):
    compare.resize(1280, 800)
    compare.tabs.setCurrentIndex(compare.tabs.indexOf(compare.metrics_table))
    table = compare.metrics_table
    qtbot.waitUntil(table.isVisible)
    viewport = table.viewport().width()
    header = table.horizontalHeader()
    for column in (0, 1, 2):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= viewport + 1, column
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert len(names) == len(set(names))  # no metric twice
    assert sum(n == "Brokers" for n in names) == 1 and sum(n == "Roles with no links" for n in names) == 1
    brokers = table.item(names.index("Brokers"), 2).text()
    assert brokers[0].isdigit() and ":" in brokers  # the count and who, in one cell
    first = table.item(0, 0)
    assert "How many" in first.toolTip()  # each metric explains itself
