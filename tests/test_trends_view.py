"""The trends and series map views: one point per session for every metric, a
click on a point opens that session, the tables and clusters, the series map's
recurrence threshold, and matplotlib kept out of app start-up."""

import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt

from app.analysis.trends import series_trends
from app.library import Library
from tests.patterns_series import build_series, build_series_file


@pytest.fixture
def built(db):
    return build_series(db, third=True)


@pytest.fixture
def trends_view(qtbot, db, built):
    from widgets.views.trends import TrendsView

    view = TrendsView(Library(db, ""))
    qtbot.addWidget(view, before_close_func=lambda v: v.shutdown())
    view.set_series(built["series"])
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.settled, timeout=20_000)  # the charts are drawn on the worker
    return view


def test_every_metric_has_one_point_per_session_in_date_order(trends_view, db, built):
    expected = series_trends(db, built["series"])
    charts = trends_view.charts
    names = [k for k in expected.table()[0] if k not in ("session_id", "title", "date")]
    assert set(charts.lines) == set(names) and len(names) >= 12
    for name in names:
        line = charts.lines[name]
        assert list(line.get_xdata()) == [0, 1, 2]
        assert [float(v) for v in line.get_ydata()] == [float(v) for v in expected.metric(name)]
    assert list(charts.lines["cards"].get_ydata()) == [4, 4, 5]
    assert [m.session_id for m in trends_view.trends.sessions] == [built["q1"], built["q2"], built["q3"]]


def _point_on_screen(charts, name, index):
    """Where matplotlib put the point in the picture on screen; the picture shows a
    marker of the point's colour there (so the click lands on what a person sees)."""
    from PySide6.QtGui import QColor

    from widgets.views.trends import POINT_COLOUR

    line = charts.lines[name]
    x, y = line.axes.transData.transform((line.get_xdata()[index], line.get_ydata()[index]))
    picture = charts.canvas.picture
    height = charts.figure.bbox.height
    assert picture.image.pixelColor(round(x), round(height - y)) == QColor(POINT_COLOUR)
    return QPoint(round(x / picture.ratio), round((height - y) / picture.ratio))


def test_clicking_a_point_opens_that_session_in_the_window(qtbot, make_window, library_path):
    built = build_series_file(library_path, third=True)
    window = make_window()
    assert window.editor.doc.session_id == built["q2"]
    view = window.patterns.open_trends()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.settled, timeout=20_000)
    assert view.pictures == 1  # drawn once, at the size it is shown at: no second drawing for a resize
    assert view.series_box.currentData() == built["series"]
    canvas = view.charts.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_point_on_screen(view.charts, "cards", 0))
    assert window.editor.doc.session_id == built["q1"]
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_point_on_screen(view.charts, "links", 2))
    assert window.editor.doc.session_id == built["q3"]
    # a click away from any point opens nothing
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.editor.doc.session_id == built["q3"]
    # narrower: the picture is drawn once more for the new size, and the points follow
    view.resize(view.width() - 200, view.height())
    qtbot.waitUntil(lambda: not view.charts.canvas.fits())
    qtbot.waitUntil(view.settled, timeout=20_000)
    assert view.pictures == 2 and view.charts.canvas.picture.asked == view.charts.canvas.size()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_point_on_screen(view.charts, "cards", 1))
    assert window.editor.doc.session_id == built["q2"]


def test_charts_drawn_anew_fade_the_last_ones_which_take_no_clicks(qtbot, make_window, library_path):
    built = build_series_file(library_path, third=True)
    window = make_window()
    view = window.patterns.open_trends()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.settled, timeout=20_000)
    old = view.charts
    first_point = _point_on_screen(old, "cards", 0)
    view.set_series(built["series"])  # worked out again, as when the series has changed
    assert not old.isEnabled() and not view.settled()
    qtbot.mouseClick(old.canvas, Qt.MouseButton.LeftButton, pos=first_point)
    assert window.editor.doc.session_id == built["q2"]  # the faded picture opened nothing
    qtbot.waitUntil(view.settled, timeout=20_000)
    assert view.charts.isEnabled() and view.charts.trends is view.trends
    qtbot.mouseClick(view.charts.canvas, Qt.MouseButton.LeftButton, pos=_point_on_screen(view.charts, "cards", 0))
    assert window.editor.doc.session_id == built["q1"]


def _rows(tree):
    found = []

    def walk(item, depth):
        found.append(("  " * depth) + item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i), 0)
    return found


def test_tables_of_activities_role_links_themes_and_clusters(trends_view):
    rows = _rows(trends_view.activities)
    first = rows.index(next(r for r in rows if r.startswith("2026-01-15 · Q1 workshop  →")))
    assert rows[first + 1: first + 8] == ["  Recurring (3)", "    Assess damage", "    Call the customer back",
                                          "    Check policy", "  New (1)", "    Email the customer", "  Vanished (0)"]
    assert "    Photograph the car" in rows
    themes = trends_view.themes.model()
    assert themes.index(0, 0).data() == "damage"
    assert [themes.index(0, c).data() for c in (1, 2, 3)] == ["1", "1", "1"]
    assert themes.headerData(1, Qt.Orientation.Horizontal).startswith("2026-01-15\n")
    role_links = trends_view.role_links.model()
    assert role_links.rowCount() == 1 and role_links.index(0, 0).data() == "Adjuster ↔ Broker"
    clusters = _rows(trends_view.cluster_tree)
    threads = [trends_view.cluster_tree.topLevelItem(i).child(0).text(2) for i in range(3)]
    assert threads == ["#1", "#1 (continues)", "#1 (continues)"], clusters
    assert trends_view.cluster_tree.topLevelItem(0).child(0).text(1) == "3"


def test_series_map_threshold_hides_what_does_not_recur(qtbot, db, built):
    from widgets.views.series_map import SeriesMapView

    view = SeriesMapView(Library(db, ""))
    qtbot.addWidget(view, before_close_func=lambda v: v.shutdown())
    view.set_series(built["series"])
    view.show()
    assert len(view.visible_cards()) == 6
    weights = {view.items[c].label.toPlainText()[2:]: view.items[c].weight for c in view.items}
    assert weights == {"Assess damage": 3, "Call the customer back": 3, "Old fax form": 1, "Check policy": 3,
                       "Email the customer": 2, "Photograph the car": 1}
    by_text = {view.items[c].label.toPlainText()[2:]: view.items[c] for c in view.items}
    assert by_text["Assess damage"].rect().width() > by_text["Old fax form"].rect().width()
    assert by_text["Assess damage"].opacity() > by_text["Old fax form"].opacity()
    assert by_text["Assess damage"].badge.text() == "3/3"
    view.spin.selectAll()
    qtbot.keyClicks(view.spin, "60")
    qtbot.keyClick(view.spin, Qt.Key.Key_Return)
    shown = {view.items[c].label.toPlainText()[2:] for c in view.visible_cards()}
    assert shown == {"Assess damage", "Call the customer back", "Check policy", "Email the customer"}
    view.slider.setValue(100)
    assert len(view.visible_cards()) == 3
    assert all(line.isVisible() == (s in view.visible_cards() and t in view.visible_cards())
               for line, s, t in view.link_items)
    view.slider.setValue(0)
    assert len(view.visible_cards()) == 6


def test_app_start_up_does_not_import_matplotlib(library_path):
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
            "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from storage.library import open_library; from widgets.main_window import MainWindow;"
            f"w = MainWindow(open_library({str(library_path)!r}), ''); w.show(); app.processEvents();"
            "print('matplotlib' in sys.modules); w.shutdown()")
    library_path.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
    # ...while building the charts does
    result = subprocess.run([sys.executable, "-c", "import sys, widgets.views.trends; "
                             "print('matplotlib' in sys.modules)"], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False"
