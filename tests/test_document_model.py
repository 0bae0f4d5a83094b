"""The open session as the views, the event log and a reopened library see it: what each
edit tells its listeners, what the event log keeps (so replay can show it), which zone a
card sits in after zones move, nest or go, tags and times that survive a reopen, and the
session marked as just edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from app.document import SessionDocument
from app.editor import Editor
from app.model import Reflection
from storage import events


@pytest.fixture
def editor(qapp, session_doc):
    ed = Editor(session_doc)
    ed.add_participant("Ana")
    return ed


@pytest.fixture
def heard(editor):
    """What the document's listeners hear: (signal, table, record id, fields)."""
    said = []
    doc = editor.doc
    doc.added.connect(lambda t, r: said.append(("added", t, r.id, None)))
    doc.changed.connect(lambda t, r, f: said.append(("changed", t, r.id, f)))
    doc.removed.connect(lambda t, r: said.append(("removed", t, r.id, None)))
    doc.session_changed.connect(lambda f: said.append(("session", None, None, f)))
    return said


def canvas_of(editor):
    return editor.doc.all("canvases")[0].id


def log_since(editor, start):
    return [(e["action"], e["entity"], e["entity_id"], e["payload"])
            for e in events.for_session(editor.doc.db, editor.doc.session_id)[start:]]


def reopened(editor):
    return SessionDocument(editor.doc.db, editor.doc.session_id)


def edited_at(editor):
    return editor.doc.db["sessions"].get(editor.doc.session_id)["updated_at"]


def test_a_reopened_session_has_each_cards_own_tags(editor):
    cid = canvas_of(editor)
    a = editor.add_card(cid, "call the customer", tags=["phone", "intake"])
    b = editor.add_card(cid, "file the claim")
    again = reopened(editor)
    assert sorted(again.get("cards", a.id).tags) == ["intake", "phone"]
    assert again.get("cards", b.id).tags == []
    assert [p.name for p in again.all("participants")] == ["Ana"]


def test_a_card_keeps_the_time_it_was_made_and_gets_one_if_it_has_none(editor):
    cid = canvas_of(editor)
    fresh = editor.add_card(cid, "new")
    assert fresh.created_at.startswith("20") and fresh.created_at.endswith("+00:00")
    old = editor.add_card(cid, "from an import", created_at="2025-06-01T09:00:00+00:00")
    assert editor.doc.db["cards"].get(old.id)["created_at"] == "2025-06-01T09:00:00+00:00"
    assert reopened(editor).get("cards", old.id).created_at == "2025-06-01T09:00:00+00:00"


def test_every_edit_marks_the_session_as_just_edited(editor):
    long_ago = "2000-01-01T00:00:00+00:00"

    def marked(edit):
        editor.doc.db.execute("UPDATE sessions SET updated_at = ?", [long_ago])
        result = edit()
        assert edited_at(editor) != long_ago
        return result

    card = marked(lambda: editor.add_card(canvas_of(editor), "new"))
    marked(lambda: editor.edit_card(card.id, text="newer"))
    marked(lambda: editor.delete(card_ids=[card.id]))


def test_listeners_hear_each_edit_with_its_table_record_and_fields(editor, heard):
    cid = canvas_of(editor)
    card = editor.add_card(cid, "call")
    editor.edit_card(card.id, text="call back", why="they asked")
    editor.change_session("Set dots", dots_per_participant=5)
    editor.delete(card_ids=[card.id])
    assert [h for h in heard if h[1] != "zones"] == [
        ("added", "cards", card.id, None),
        ("changed", "cards", card.id, {"text", "why"}),
        ("session", None, None, {"dots_per_participant"}),
        ("removed", "cards", card.id, None),
    ]


def test_the_event_log_keeps_what_replay_needs(editor):
    cid = canvas_of(editor)
    ana = editor.doc.all("participants")[0].id
    card = editor.add_card(cid, "call", participant_id=ana)
    note = Reflection(id="0b9e1c2a-7d3f-4e55-9a61-2f4c8d1e0a02", session_id=editor.doc.session_id,
                      kind="insight", text="calls pile up", card_id=card.id)
    editor.add_records("reflections", [note], "Add insight")
    start = events.count(editor.doc.db, editor.doc.session_id)
    editor.change_session("Set dots", dots_per_participant=5)
    editor.remove_participant(ana)
    editor.delete(card_ids=[card.id])
    log = log_since(editor, start)
    sid = editor.doc.session_id
    assert log[0] == ("change", "sessions", sid, {"before": {"dots_per_participant": 3},
                                                  "after": {"dots_per_participant": 5}})
    assert log[1] == ("change", "cards", card.id, {"before": {"participant_id": ana},
                                                   "after": {"participant_id": None}})
    assert log[2][:3] == ("remove", "participants", ana) and log[2][3]["name"] == "Ana"
    assert log[3] == ("change", "reflections", note.id, {"before": {"card_id": card.id},
                                                         "after": {"card_id": None}})
    assert log[4][:3] == ("remove", "cards", card.id) and log[4][3]["text"] == "call"
    assert len(log) == 5
    assert editor.doc.get("reflections", note.id).card_id is None


# -- which zone a card sits in --------------------------------------------------------

def zone_of(editor, card):
    return editor.doc.get("cards", card.id).zone_id, editor.doc.db["cards"].get(card.id)["zone_id"]


def test_moving_a_zone_away_takes_its_cards_out_of_it_and_says_so(editor, heard):
    cid = canvas_of(editor)
    card = editor.add_card(cid, "triage", pos=(0.0, 0.0))
    zone = editor.add_zone(cid, "Intake", (-100, -100, 800, 400))
    assert zone_of(editor, card) == (zone.id, zone.id)
    start = events.count(editor.doc.db, editor.doc.session_id)
    heard.clear()
    editor.move("zones", {zone.id: (2000.0, 2000.0)})
    assert zone_of(editor, card) == (None, None)
    assert ("changed", "cards", card.id, {"zone_id"}) in heard
    assert ("change", "cards", card.id, {"before": {"zone_id": zone.id}, "after": {"zone_id": None}}) \
        in log_since(editor, start)


def test_a_card_sits_in_the_smallest_zone_around_it(editor):
    cid = canvas_of(editor)
    card = editor.add_card(cid, "triage", pos=(0.0, 0.0))
    outer = editor.add_zone(cid, "Claims", (-500, -500, 1500, 1500))
    inner = editor.add_zone(cid, "Intake (long and thin)", (-50, -50, 800, 200))
    assert zone_of(editor, card) == (inner.id, inner.id)
    editor.delete(zone_ids=[inner.id])
    assert zone_of(editor, card) == (outer.id, outer.id)
    editor.stack.undo()
    assert zone_of(editor, card) == (inner.id, inner.id)


def test_a_zone_on_another_canvas_never_holds_a_card(editor):
    first = canvas_of(editor)
    second = editor.add_canvas("Second").id
    elsewhere = editor.add_card(first, "on the first map", pos=(0.0, 0.0))
    editor.add_zone(first, "Small, first map", (-20, -20, 300, 200))
    card = editor.add_card(second, "on the second map", pos=(0.0, 0.0))
    big = editor.add_zone(second, "Big, second map", (-500, -500, 2000, 2000))
    assert zone_of(editor, card) == (big.id, big.id)
    assert zone_of(editor, elsewhere)[0] is not None and zone_of(editor, elsewhere)[0] != big.id


def test_a_new_zone_takes_in_every_card_under_it_on_its_canvas(editor):
    first = canvas_of(editor)
    second = editor.add_canvas("Second").id
    other = editor.add_card(second, "on the second map", pos=(0.0, 0.0))
    cards = [editor.add_card(first, f"card {i}", pos=(i * 220.0, 0.0)) for i in range(3)]
    zone = editor.add_zone(first, "Everything", (-100, -100, 1200, 400))
    assert [zone_of(editor, c) for c in cards] == [(zone.id, zone.id)] * 3
    assert zone_of(editor, other) == (None, None)


def test_a_document_belongs_to_the_window_that_opened_it(editor):
    holder = QObject()
    doc = SessionDocument(editor.doc.db, editor.doc.session_id, parent=holder)
    assert doc.parent() is holder
