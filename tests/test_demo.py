"""The demo series: built from the command line or the welcome page, three
sessions whose comparison shows a team changing."""

import subprocess
import sys
from collections import Counter

from PySide6.QtCore import Qt

from app import demo
from app.analysis.diff import diff_sessions
from app.analysis.loading import load_series
from app.analysis.matching import match_sessions
from app.analysis.trends import series_trends
from storage import entities, series, sessions
from storage.library import open_library


def meshwork(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def demo_series(db):
    return next(s for s in series.all_series(db) if s["name"] == demo.SERIES_NAME)


def test_meshwork_demo_builds_three_sessions_once(library_path):
    result = meshwork("demo", "--library", library_path)
    assert result.returncode == 0, result.stderr
    assert "Q1: Mapping the claim journey" in result.stdout

    again = meshwork("demo", "--library", library_path)
    assert again.returncode == 1
    assert "already has a series" in again.stderr and "nothing was changed" in again.stderr
    assert "Traceback" not in again.stderr

    db = open_library(library_path)
    try:
        built = sessions.in_series(db, demo_series(db)["id"])
        assert [s["method"] for s in built] == ["activity-map", "ashen-knowledge-map", "value-network"]
        assert [s["date"] for s in built] == sorted(s["date"] for s in built)
        assert len(series.all_series(db)) == 1
    finally:
        db.close()


def test_the_demo_shows_change_from_session_to_session(db):
    series_id = demo.build_demo(db)
    q1, q2, q3 = load_series(db, series_id)
    trends = series_trends(db, series_id)
    first, second = trends.steps

    texts = lambda activities: {a.text for a in activities}  # noqa: E731
    assert "Re-key the claim from the call notes into ClaimsPro" in texts(first.vanished)
    assert "Triage claims arriving through the online claim form" in texts(first.new)
    assert "Chase the customer for missing documents" in texts(second.vanished)
    assert "Receive broker-notified claims in bulk every Monday" in texts(second.new)
    assert len(first.recurring) >= 8 and len(second.recurring) >= 8
    assert ("Broker liaison", "Claims handler") in second.new_role_links
    assert "broker" in second.new_themes
    assert [m.roles for m in trends.sessions] == [5, 5, 6]

    # Recurring cards were carried: they keep their lineage from Q1.
    matching = match_sessions(q1, q2)
    lineage_pairs = [p for p in matching.pairs if p.how == "lineage"]
    assert len(lineage_pairs) >= 15
    assert all(q1.cards[p.a].lineage_id == q2.cards[p.b].lineage_id for p in lineage_pairs)

    # Pain points resolved: gone from the later map.
    removed = {q1.cards[i].text for i in diff_sessions(q1, q2, matching).removed}
    assert "Assessment requests come without photos, so I drive out for nothing" in removed
    pains = lambda data: {c.text for c in data.cards.values() if c.kind == "pain point"}  # noqa: E731
    assert "Customers call three or four times to ask where their claim is" in pains(q2) - pains(q3)
    changed = diff_sessions(q1, q2, matching).changed
    assert any(c.fields.get("text", ("", ""))[1] == "Check policy cover, excess and no-claims history"
               for c in changed)

    # ASHEN knowledge types are used, each at least once.
    kinds = Counter(c.knowledge_type for c in q2.cards.values() if c.knowledge_type)
    assert set(kinds) == {"artefact", "skill", "heuristic", "experience", "natural talent"}


def test_the_demo_session_is_a_finished_workshop(db):
    series_id = demo.build_demo(db)
    for session in sessions.in_series(db, series_id):
        steps = entities.in_session(db, "agenda_steps", session["id"])
        assert steps and all(s["status"] == "done" for s in steps)
        reflections = entities.in_session(db, "reflections", session["id"])
        assert {r["kind"] for r in reflections} == {"insight", "decision", "action"}
        assert all(r["owner"] and r["due_date"] for r in reflections if r["kind"] == "action")
        votes = Counter(v["participant_id"] for v in entities.in_session(db, "votes", session["id"]))
        assert votes and max(votes.values()) <= session["dots_per_participant"]
        assert session["facilitator"] and session["purpose"].endswith("?")
        zones = entities.in_session(db, "zones", session["id"])
        cards = entities.in_session(db, "cards", session["id"])
        assert zones and cards and any(c["zone_id"] for c in cards)
        assert db.execute("SELECT count(*) FROM events WHERE session_id = ?", [session["id"]]).fetchone()[0] > 50


def test_welcome_page_creates_the_demo_and_undo_removes_it(make_window, qtbot):
    window = make_window()
    page = window.starter.page
    assert window.central.currentWidget() is page
    assert page.demo_button.isVisible() and "Welcome" in page.heading.text()

    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    db = window.library.db
    built = sessions.in_series(db, demo_series(db)["id"])
    assert len(built) == 3
    assert window.editor.doc.session_id == built[-1]["id"]  # the latest session opens
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Activity map", "ASHEN knowledge map", "Value network"]
    assert window.library_panel.find("session", built[0]["id"]) is not None
    assert not page.demo_button.isVisibleTo(page)  # only offered while the library is empty

    window.library.stack.undo()
    assert series.all_series(db) == [] and sessions.most_recent(db) is None
    assert window.central.currentWidget() is page and page.demo_button.isVisible()
