"""Replay: the state after event k is exactly what the library held after event k,
and replaying (headless or in its window) changes nothing in the library."""

import pytest

from app import replay as replay_mod
from app.editor import Editor
from app.model import Vote
from storage import events
from storage.library import new_id


def stored_cards_and_links(db, session_id):
    cards = {
        r["id"]: (r["canvas_id"], r["text"], r["kind"], r["x"], r["y"], r["width"], r["height"],
                  r["zone_id"])
        for r in db.query("""SELECT c.* FROM cards c JOIN canvases v ON v.id = c.canvas_id
                             WHERE v.session_id = ?""", [session_id])
    }
    tags = {}
    for card_id, name in db.execute(
            "SELECT ct.card_id, t.name FROM card_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY ct.rowid"):
        tags.setdefault(card_id, []).append(name)
    links = {
        r["id"]: (r["source_id"], r["target_id"], r["kind"], r["label"])
        for r in db.query("""SELECT l.* FROM links l JOIN canvases v ON v.id = l.canvas_id
                             WHERE v.session_id = ?""", [session_id])
    }
    votes = sorted(r["id"] for r in db.query("SELECT id FROM votes"))
    return {"cards": {i: (*c, tags.get(i, [])) for i, c in cards.items()}, "links": links,
            "votes": votes}


def replayed_cards_and_links(state):
    return {
        "cards": {c.id: (c.canvas_id, c.text, c.kind, c.x, c.y, c.width, c.height, c.zone_id,
                         list(c.tags)) for c in state.records["cards"].values()},
        "links": {k.id: (k.source_id, k.target_id, k.kind, k.label)
                  for k in state.records["links"].values()},
        "votes": sorted(state.records["votes"]),
    }


def build_workshop(editor):
    """Adds, moves, deletes, links, zones, tags, votes, undo and redo, a second canvas."""
    cid = editor.doc.all("canvases")[0].id
    ana = editor.add_participant("Ana", role="Claims handler")
    ben = editor.add_participant("Ben", role="Assessor")
    a = editor.capture("@Ana review the claim #intake", cid)
    b = editor.capture("@Ben assess the damage", cid)
    c = editor.capture("@Ana call the customer", cid)
    editor.add_link(a.id, b.id, "hand-off")
    editor.add_link(b.id, c.id, "informs")
    editor.move("cards", {a.id: (40.0, 500.0)})
    editor.edit_card(b.id, text="assess the damage on site", tags=["site"])
    editor.add_records("votes", [Vote(id=new_id(), card_id=b.id, participant_id=ana.id)], "Vote")
    editor.swimlanes_from_roster(cid)
    editor.nudge("cards", [c.id], 10, 0)
    editor.delete(card_ids=[b.id])  # takes both links and the vote with it
    editor.stack.undo()  # ... and gives them back
    editor.stack.redo()
    editor.stack.undo()
    second = editor.add_canvas("Resources")
    d = editor.add_card(second.id, "claims system", participant_id=ben.id, kind="resource")
    editor.paste(editor.copy_payload([a.id, b.id]), second.id)
    editor.delete(zone_ids=[editor.doc.all("zones")[0].id])
    editor.remove_participant(ben.id)
    editor.stack.undo()
    editor.delete_canvas(second.id)
    editor.stack.undo()
    editor.edit_card(d.id, text="claims system (legacy)")
    editor.delete(link_ids=[editor.doc.all("links")[0].id])


@pytest.fixture
def snapshots(qapp, session_doc, monkeypatch):
    """The stored cards and links right after every event, taken inside its transaction."""
    taken = []
    real_append = events.append

    def append(db, *args, **kwargs):
        row = real_append(db, *args, **kwargs)
        if args[0] == session_doc.session_id:
            taken.append(stored_cards_and_links(db, session_doc.session_id))
        return row

    monkeypatch.setattr(events, "append", append)
    editor = Editor(session_doc)
    build_workshop(editor)
    monkeypatch.setattr(events, "append", real_append)
    yield session_doc, taken
    editor.stack.clear()


def test_replay_at_every_event_matches_the_stored_state(snapshots):
    doc, taken = snapshots
    history = replay_mod.Replay(doc.db, doc.session_id)
    assert len(history) == len(taken) > 40
    # The canvas made straight through storage (no event) is there from the start.
    start = history.state_at(0)
    assert [c.name for c in start.all("canvases")] == ["Activities"]
    assert replayed_cards_and_links(start) == {"cards": {}, "links": {}, "votes": []}
    for k, expected in enumerate(taken, start=1):
        assert replayed_cards_and_links(history.state_at(k)) == expected, f"after event {k}"


def test_replay_function_and_checkpoints_agree(snapshots, monkeypatch):
    doc, taken = snapshots
    monkeypatch.setattr(replay_mod, "CHECKPOINT_EVERY", 7)
    history = replay_mod.Replay(doc.db, doc.session_id)
    for k in (30, 12, 45, 7, len(taken)):  # out of order: later calls start from checkpoints
        assert replayed_cards_and_links(history.state_at(k)) == taken[k - 1]
    assert replayed_cards_and_links(replay_mod.replay(doc.db, doc.session_id, 5)) == taken[4]


def test_replay_writes_nothing(snapshots):
    doc, _taken = snapshots
    before_changes = doc.db.conn.total_changes
    before_events = events.count(doc.db)
    history = replay_mod.Replay(doc.db, doc.session_id)
    for k in range(len(history) + 1):
        history.state_at(k)
        history.describe(k)
    assert doc.db.conn.total_changes == before_changes
    assert events.count(doc.db) == before_events


def test_events_are_described_in_words(qapp, session_doc):
    editor = Editor(session_doc)
    cid = session_doc.all("canvases")[0].id
    editor.add_participant("Ana", role="Claims handler")
    a = editor.capture("review the claim", cid)
    b = editor.capture("pay out", cid)
    editor.add_link(a.id, b.id)
    editor.move("cards", {a.id: (300.0, 300.0)})
    editor.delete(card_ids=[b.id])
    history = replay_mod.Replay(session_doc.db, session_doc.session_id)
    lines = [history.describe(k) for k in range(1, len(history) + 1)]
    said = [line.split(" ", 1)[1] for line in lines]  # after the time
    assert said == [
        "Added participant ‘Ana’",
        "Ana added ‘review the claim’",
        "Ana added ‘pay out’",
        "Linked ‘review the claim’ → ‘pay out’ (hand-off)",
        "Moved ‘review the claim’",
        "Ana deleted ‘pay out’",
    ]
    assert all(line[:2].isdigit() and line[2] == ":" for line in lines)
    assert history.describe(0) == "Start of the session"


# -- the replay window --------------------------------------------------------------

def library_fingerprint(db):
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}, \
        db.execute("SELECT max(seq) FROM events").fetchone()[0]


def test_replay_window_slider_shows_the_cards_of_each_moment(make_window, qtbot):
    from PySide6.QtCore import Qt

    window = make_window()
    window.library_panel  # noqa: B018
    series_id = window.library.create_series("Claims team")
    session_id = window.library.create_session(series_id, "Q1")
    window.open_session(session_id)
    editor = window.editor
    cid = editor.doc.all("canvases")[0].id
    editor.add_participant("Ana", role="Claims handler")
    a = editor.capture("review the claim", cid)
    b = editor.capture("pay out", cid)
    editor.add_link(a.id, b.id)
    editor.move("cards", {a.id: (0.0, 400.0)})
    editor.delete(card_ids=[b.id])
    db = window.library.db
    before = library_fingerprint(db)
    changes = db.conn.total_changes
    history = replay_mod.Replay(db, session_id)

    replay = window.replay.open()  # View > Replay Session…
    qtbot.addWidget(replay)
    assert replay.slider.maximum() == len(history)
    view = replay.current_view()
    assert not view.isInteractive()

    def on_canvas():
        if replay.current_view() is None:  # before the session's first canvas was made
            return [], 0
        scene = replay.current_view().canvas_scene
        return sorted(i.card.text for i in scene.cards.values()), len(scene.links)

    assert on_canvas() == (["review the claim"], 0)  # the end: as stored now
    for k in range(len(history) + 1):
        replay.slider.setValue(k)
        state = history.state_at(k)
        assert on_canvas() == (sorted(c.text for c in state.all("cards")), len(state.all("links")))
    # Keyboard: Home goes to the start, End to the last moment.
    replay.slider.setFocus()
    qtbot.keyClick(replay.slider, Qt.Key.Key_Home)
    assert replay.position == 0 and on_canvas() == ([], 0)
    assert replay.what.text() == "Start of the session"
    k_link = next(k for k in range(1, len(history) + 1) if history.events[k - 1]["entity"] == "links")
    replay.seek(k_link)
    assert on_canvas() == (["pay out", "review the claim"], 1)
    assert "Linked ‘review the claim’ → ‘pay out’" in replay.what.text()
    assert replay.counter.text() == f"{k_link} of {len(history)}"
    assert replay.current_view().canvas_scene.selected_link_ids() == [history.events[k_link - 1]["entity_id"]]

    # Play steps forward on the timer (driven directly here) and stops at the end.
    replay.seek(0)
    replay.play()
    assert replay.timer.isActive() and replay.play_button.text() == "&Pause"
    for _ in range(len(history) + 2):
        replay.step()
    assert replay.position == len(history) and not replay.timer.isActive()
    assert replay.play_button.text() == "&Play"

    # Trying to edit in the replay changes nothing.
    card_item = next(iter(replay.current_view().canvas_scene.cards.values()))
    view = replay.current_view()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(card_item.sceneBoundingRect().center()))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    replay.close()
    assert library_fingerprint(db) == before
    assert db.conn.total_changes == changes
    assert editor.stack.count() == 5 + 1  # the participant and five edits, nothing new
