"""The demo series shows visible change across its sessions in the compare and trends views."""

from app.demo import build_demo
from app.library import Library
from storage import sessions


def test_compare_view_shows_change_between_demo_quarters(qtbot, db):
    from widgets.views.compare import CompareView

    series_id = build_demo(db)
    q1, q2, q3 = [s["id"] for s in sessions.in_series(db, series_id)]
    view = CompareView(Library(db, ""))
    qtbot.addWidget(view, before_close_func=lambda v: v.shutdown())
    view.set_sessions(q2, q3)
    view.show()
    qtbot.waitExposed(view)
    for state in ("added", "removed", "link_added"):
        assert view.overlay.marks(state), f"no {state} cards marked between Q2 and Q3"
    carried = [i for i in view.side_b.view.canvas_scene.cards.values() if not view.overlay.states_of(i.card_id)]
    assert carried, "some activities carry over unchanged"


def test_trends_view_charts_the_three_demo_quarters(qtbot, db):
    from widgets.views.trends import TrendsView

    series_id = build_demo(db)
    view = TrendsView(Library(db, ""))
    qtbot.addWidget(view, before_close_func=lambda v: v.shutdown())
    view.set_series(series_id)
    qtbot.waitUntil(view.settled, timeout=20_000)
    cards = [float(v) for v in view.charts.lines["cards"].get_ydata()]
    assert len(cards) == 3 and len(set(cards)) > 1  # the map grows or shrinks over the year
    last = view.trends.steps[-1]
    assert last.recurring and (last.new or last.vanished)  # some activities recur, some come and go
