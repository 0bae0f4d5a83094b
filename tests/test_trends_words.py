"""Trends in plain words: every chart explains itself under the mouse, a glossary
in the window and in docs/glossary.md, whole-number ticks for counts, "1 session",
Escape closes."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from app.analysis import glossary
from app.library import Library
from storage import series
from tests.analysis_builder import Build
from tests.patterns_series import build_series

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def open_trends(qtbot, db):
    from widgets.views.trends import TrendsView

    def make(series_id):
        view = TrendsView(Library(db, ""))
        qtbot.addWidget(view, before_close_func=lambda v: v.shutdown())
        view.set_series(series_id)
        view.show()
        qtbot.waitExposed(view)
        qtbot.waitUntil(view.settled, timeout=20_000)  # the charts are drawn on the worker
        return view

    return make


def hover(widget, at: QPoint) -> None:
    """The mouse moving over ``at``, delivered to the widget itself: QTest's mouseMove
    sends nothing when the offscreen cursor already sits there from an earlier test."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    local = QPointF(at)
    event = QMouseEvent(QEvent.Type.MouseMove, local, widget.mapToGlobal(local), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def _centre_of(charts, name):
    box = charts.lines[name].axes.bbox
    ratio = charts.canvas.picture.ratio
    x, y = (box.x0 + box.x1) / 2, charts.figure.bbox.height - (box.y0 + box.y1) / 2
    return QPoint(round(x / ratio), round(y / ratio))


def test_pointing_at_a_chart_says_what_it_measures(qtbot, db, open_trends):
    built = build_series(db, third=True)
    view = open_trends(built["series"])
    charts = view.charts
    for name in ("gini_participation", "role_graph_density", "ashen_natural_talent"):
        assert glossary.explain(name), name
        centre = _centre_of(charts, name)
        view.chart_area.ensureVisible(centre.x(), centre.y(), 60, 60)  # scrolled to, as a person would
        hover(charts.canvas, centre)
        qtbot.waitUntil(lambda n=name: glossary.explain(n) in charts.canvas.toolTip())
    assert "Gini" not in charts.lines["gini_participation"].axes.get_title(loc="left")  # a title in plain words
    for name in charts.lines:  # every metric the view charts is in the glossary
        assert glossary.explain(name), name


def test_glossary_in_the_window_and_in_the_docs(db, open_trends):
    built = build_series(db, third=True)
    view = open_trends(built["series"])
    view.tabs.setCurrentWidget(view.glossary)
    rows = {view.glossary.item(r, 0).text(): view.glossary.item(r, 1).text()
            for r in range(view.glossary.rowCount())}
    assert rows["Unevenness of participation"].startswith("How unevenly")
    assert (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8") == glossary.markdown()


def test_counts_have_whole_number_ticks(db, open_trends):
    built = build_series(db, third=True)
    view = open_trends(built["series"])  # drawn: the ticks are those on screen
    for name, line in view.charts.lines.items():
        if glossary.whole_numbers(name):
            ticks = [t for t in line.axes.get_yticks() if line.axes.get_ylim()[0] <= t <= line.axes.get_ylim()[1]]
            assert ticks and all(float(t).is_integer() for t in ticks), (name, ticks)


def test_one_session_is_singular_and_escape_closes(qtbot, db, open_trends):
    s = series.create(db, "Solo")["id"]
    Build(db, s, "Only one", "2026-01-15").card("Assess damage")
    view = open_trends(s)
    assert view.summary.text().startswith("1 session,")
    room = (view.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert room.contains(view.geometry())  # opens within the screen
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
