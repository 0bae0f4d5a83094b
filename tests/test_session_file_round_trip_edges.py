"""A session file that goes out and comes back: the settings a facilitator chose
survive (dots per participant), a copy with fresh ids still names what it points
at, and the summary counts what is in the file."""

import json

import pytest

from app.io import session_json
from storage import sessions
from storage.library import open_memory
from tests.test_io_sample import build_sample


@pytest.fixture
def other():
    database = open_memory()
    yield database
    database.close()


def test_dots_per_participant_survive_export_and_import(db, other, tmp_path):
    sid = build_sample(db)
    sessions.update(db, sid, dots_per_participant=5)
    out = tmp_path / "session.json"
    session_json.export(db, sid, out)
    assert json.loads(out.read_text(encoding="utf-8"))["session"]["dots_per_participant"] == 5
    session_json.import_file(other, out)
    assert sessions.get(other, sid)["dots_per_participant"] == 5


def test_the_file_is_readable_text_with_accents_kept(db, tmp_path):
    sid = build_sample(db, title="Réclamations – été")
    out = tmp_path / "session.json"
    session_json.export(db, sid, out)
    text = out.read_text(encoding="utf-8")
    assert "Réclamations – été" in text  # not \u00e9 escapes
    assert text.endswith("}\n") and text.startswith('{\n  "format"')


def test_summary_counts_cards_links_and_people(db):
    doc = session_json.to_document(db, build_sample(db))
    assert session_json.summary(doc) == {"cards": 7, "links": 5, "participants": 3}


def test_a_copy_with_fresh_ids_points_at_its_own_cards_people_and_canvases(db, tmp_path):
    sid = build_sample(db)
    out = tmp_path / "session.json"
    session_json.export(db, sid, out)
    copy = session_json.import_file(db, out, new_ids=True)
    assert copy != sid
    doc = session_json.to_document(db, copy)
    cards = {c["id"] for canvas in doc["canvases"] for c in canvas["cards"]}
    people = {p["id"] for p in doc["participants"]}
    canvases = {c["id"] for c in doc["canvases"]}
    original = session_json.to_document(db, sid)
    old_cards = {c["id"] for canvas in original["canvases"] for c in canvas["cards"]}
    assert not cards & old_cards
    assert {v["card_id"] for v in doc["votes"]} <= cards and {v["participant_id"] for v in doc["votes"]} <= people
    assert {r["card_id"] for r in doc["reflections"] if r.get("card_id")} <= cards
    assert {a["canvas_id"] for a in doc["agenda"] if a.get("canvas_id")} <= canvases
    for canvas in doc["canvases"]:
        assert {c["participant_id"] for c in canvas["cards"] if c["participant_id"]} <= people
        assert {c["zone_id"] for c in canvas["cards"] if c["zone_id"]} <= {z["id"] for z in canvas["zones"]}
        mine = {c["id"] for c in canvas["cards"]}
        assert all(lk["source_id"] in mine and lk["target_id"] in mine for lk in canvas["links"])
    assert doc["events"] == []  # a copy's history would name the original's ids
