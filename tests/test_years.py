"""A library of years: hundreds of sessions listed in the panel, and the long jobs
(the backup when the library opens, File > Check Library, the trends of a long
series) running off the GUI thread while the window keeps answering."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from storage import backup, rows, series
from storage.library import open_library, reader, transaction

SERIES = 3
PER_SERIES = 100
LOOSE = 20  # sessions without a series


def build(path, per_series=PER_SERIES, n_series=SERIES, loose=LOOSE, cards=1) -> dict[str, list[str]]:
    """Sessions in bulk (not through the window), each with a canvas and ``cards`` cards."""
    db = open_library(path)
    made: dict[str, list[str]] = {}
    with transaction(db):
        for s in range(n_series + 1):
            sid = series.create(db, f"Team {s}")["id"] if s < n_series else None
            ids = made.setdefault(sid, [])
            for i in range(per_series if sid else loose):
                session = rows.insert(db, "sessions", {
                    "series_id": sid, "title": f"Week {i + 1}", "date": f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}",
                    "created_at": "2024-01-01T00:00:00+00:00", "updated_at": "2024-01-01T00:00:00+00:00"})
                canvas = rows.insert(db, "canvases", {"session_id": session["id"], "name": "Activities"})
                for c in range(cards):
                    lineage = f"{sid}-{c}"  # the same card carried from week to week
                    rows.insert(db, "cards", {"canvas_id": canvas["id"], "kind": "activity", "lineage_id": lineage,
                                              "text": f"Check the claim form {c}", "x": 0.0, "y": 0.0,
                                              "updated_at": "2024-01-01T00:00:00+00:00"})
                ids.append(session["id"])
    db.close()
    return made


class Ticker:
    """A timer that keeps firing only while the GUI thread is free."""

    def __init__(self):
        self.ticks = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(5)

    def _tick(self):
        self.ticks += 1


@pytest.fixture
def held(monkeypatch):
    """(gate, started): the next backup or check waits on ``gate`` once ``started`` is set."""
    gate, started = threading.Event(), threading.Event()
    yield gate, started
    gate.set()  # never leave a worker waiting after a failed test


def hold(monkeypatch, module, name, gate, started):
    real = getattr(module, name)

    def slow(*args, **kwargs):
        started.set()
        assert gate.wait(30), "the test never released the job"
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, slow)


def test_panel_lists_hundreds_of_sessions_and_bolds_only_the_open_one(qtbot, make_window, library_path):
    made = build(library_path)
    window = make_window()
    tree = window.library_panel.tree
    assert tree.topLevelItemCount() == SERIES + 1
    for i in range(SERIES):
        group = tree.topLevelItem(i)
        assert group.text(0) == f"Team {i}" and group.childCount() == PER_SERIES
    loose = tree.topLevelItem(SERIES)
    assert loose.text(0) == "Sessions without a series" and loose.childCount() == LOOSE
    shown = {tree.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole + 1)
             for g in range(tree.topLevelItemCount()) for c in range(tree.topLevelItem(g).childCount())}
    assert shown == {sid for ids in made.values() for sid in ids}

    first, second = made[next(iter(made))][5], made[None][3]
    window.open_session(first)
    window.open_session(second)
    bold = [tree.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole + 1)
            for g in range(tree.topLevelItemCount()) for c in range(tree.topLevelItem(g).childCount())
            if tree.topLevelItem(g).child(c).font(0).bold()]
    assert bold == [second]
    assert tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) == second
    # marking the open session is no rename: the titles in SQLite are as they were
    db = open_library(library_path, read_only=True)
    assert {r["title"] for r in db.query("SELECT title FROM sessions")} == {f"Week {i + 1}" for i in range(PER_SERIES)}
    db.close()


def test_the_backup_on_open_runs_while_the_window_answers_the_keyboard(
        qtbot, make_window, library_path, monkeypatch, held):
    gate, started = held
    build(library_path, per_series=5, n_series=1, loose=0)
    hold(monkeypatch, backup, "take", gate, started)
    window = make_window()
    qtbot.waitUntil(started.is_set)
    ticker = Ticker()
    qtbot.waitUntil(lambda: ticker.ticks >= 10)  # the GUI thread is free while the backup waits
    tree = window.library_panel.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "Week 1"  # a key was handled meanwhile
    assert backup.list_backups(library_path) == [] and window.safety.last_backup is None
    gate.set()
    qtbot.waitUntil(lambda: window.safety.last_backup is not None)
    assert [b.reason for b in backup.list_backups(library_path)] == ["open"]
    assert backup.describe(window.safety.last_backup).sessions == 5


def test_check_library_runs_off_the_gui_thread_and_then_shows_its_report(
        qtbot, make_window, library_path, monkeypatch, held):
    from app import check

    gate, started = held
    build(library_path, per_series=3, n_series=1, loose=0)
    window = make_window()
    qtbot.waitUntil(lambda: window.safety.last_backup is not None)
    hold(monkeypatch, check, "run", gate, started)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.safety.check_action in file_menu.actions()
    window.safety.check_action.trigger()
    qtbot.waitUntil(started.is_set)
    assert window.statusBar().currentMessage() == "Checking the library…"
    ticker = Ticker()
    qtbot.waitUntil(lambda: ticker.ticks >= 10)
    assert window.safety.check_box is None  # no answer yet
    gate.set()
    qtbot.waitUntil(lambda: window.safety.check_box is not None and window.safety.check_box.isVisible())
    box = window.safety.check_box
    assert box.text() == "The library is healthy."
    assert "Result:  healthy" in box.detailedText() and "sessions" in box.detailedText()
    assert window.statusBar().currentMessage() == ""


def test_check_library_says_when_it_finds_problems(qtbot, make_window, library_path):
    build(library_path, per_series=2, n_series=1, loose=0)
    window = make_window()
    db = window.library.db
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("UPDATE cards SET canvas_id = 'nowhere'")  # rows pointing at nothing
    db.execute("PRAGMA foreign_keys = ON")
    with qtbot.waitSignal(window.safety.checked, timeout=20_000) as blocker:
        window.safety.check_action.trigger()
    assert blocker.args[0] == 1
    assert window.safety.check_box.text().startswith("The check found problems")
    assert "References: 2 broken" in window.safety.check_box.detailedText()


def test_a_long_series_is_analysed_off_the_gui_thread(qtbot, library_path):
    from app.analysis.trends import series_trends
    from app.library import Library
    from widgets.views.trends import IN_BACKGROUND, MAX_TICKS, TrendsView

    made = build(library_path, per_series=IN_BACKGROUND + 13, n_series=1, loose=0, cards=3)
    series_id = next(iter(made))
    db = open_library(library_path)
    view = TrendsView(Library(db, str(library_path)))
    qtbot.addWidget(view, before_close_func=lambda v: (v.shutdown(), db.close()))
    view.show()
    with qtbot.waitSignal(view.computed, timeout=30_000):
        view.set_series(series_id)
        assert view.busy and view.trends is None and "Working out" in view.summary.text()
    assert not view.busy
    qtbot.waitUntil(view.settled, timeout=30_000)  # the charts are drawn on the worker too
    line = view.charts.lines["cards"]
    assert list(line.get_ydata()) == [3] * (IN_BACKGROUND + 13)
    assert len(line.axes.get_xticks()) <= MAX_TICKS
    expected = series_trends(db, series_id)
    assert [m.session_id for m in view.trends.sessions] == [m.session_id for m in expected.sessions]


def test_reader_reads_from_another_thread_and_cannot_write(library_path):
    import sqlite3

    build(library_path, per_series=4, n_series=1, loose=0)
    got = []

    def work():
        db = reader(library_path)
        try:
            got.append(len(series.session_list(db)))
            try:
                db.execute("DELETE FROM sessions")
            except sqlite3.OperationalError as exc:
                got.append(str(exc))
        finally:
            db.close()
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert got[0] == 4 and "readonly" in got[1].replace("-", "").replace(" ", "").lower()
    db = open_library(library_path, read_only=True)
    assert db["sessions"].count == 4
    db.close()
