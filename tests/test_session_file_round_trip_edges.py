"""A session file that goes out and comes back: the settings a facilitator chose
survive (dots per participant), a copy with fresh ids still names what it points
at, and the summary counts what is in the file."""

import json

import pytest

from app.io import session_json
from app.io.errors import ImportRefused
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


def read_refused(tmp_path, data):
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(ImportRefused) as refused:
        session_json.read_document(path)
    assert refused.value.path == str(path)
    return refused.value


def test_a_wrong_byte_is_placed_by_line_and_column(tmp_path):
    error = read_refused(tmp_path, b'{\n  "title": "L\xf6g"\n}\n')
    assert error.where == "line 2, column 14" and "byte 0xf6" in error.problem


def test_empty_files_and_constants_json_does_not_have_are_refused(tmp_path):
    assert read_refused(tmp_path, b"  \n ").problem == "the file is empty"
    assert "NaN is not a JSON number" in read_refused(tmp_path, b'{"x": NaN}').problem
    assert "Infinity is not a JSON number" in read_refused(tmp_path, b'{"x": -Infinity}').problem


def test_nesting_is_allowed_up_to_the_limit_and_the_deep_place_is_named():
    assert session_json.too_deep({"a": [[1]]}, 4) is None  # the 1 sits at depth 4
    assert session_json.too_deep({"a": [[1]]}, 3) == "$.a[0][0]"
    assert session_json.too_deep([[{"k": [1]}]], 3) == "$[0][0].k"


def test_a_hand_written_file_gets_times_lineage_and_new_tags_filled_in(db, tmp_path):
    doc = session_json.to_document(db, build_sample(db))
    db.execute("DELETE FROM sessions")
    db.execute("DELETE FROM series")
    for key in ("created_at", "updated_at"):
        doc["session"].pop(key)
    doc.pop("tags")
    doc.pop("events")
    card = doc["canvases"][0]["cards"][0]
    for key in ("lineage_id", "updated_at"):
        card.pop(key)
    card["tags"] = ["Fresh tag", "fresh TAG"]
    path = tmp_path / "hand.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    sid = session_json.import_file(db, path)
    session = sessions.get(db, sid)
    assert session["created_at"] and session["updated_at"] == session["created_at"]
    row = db["cards"].get(card["id"])
    assert row["lineage_id"] == "" and row["updated_at"] == card["created_at"]
    names = [t["name"] for t in db.query(
        "SELECT t.name FROM tags t JOIN card_tags ct ON ct.tag_id = t.id WHERE ct.card_id = ?", [card["id"]])]
    assert names == ["Fresh tag"]  # one tag, named as first written


def test_event_payloads_keep_their_accents(db, other, tmp_path):
    doc = session_json.to_document(db, build_sample(db))
    doc["events"][0]["payload"] = {"text": "Réclamation été"}
    path = tmp_path / "events.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    session_json.import_file(other, path)
    stored = other.execute("SELECT payload FROM events WHERE id = ?", [doc["events"][0]["id"]]).fetchone()[0]
    assert stored == '{"text": "Réclamation été"}'


def test_a_copy_keeps_the_session_it_continued(db, tmp_path):
    from storage.continuation import continue_session

    later = continue_session(db, build_sample(db))["id"]
    out = tmp_path / "later.json"
    session_json.export(db, later, out)
    copy = session_json.import_file(db, out, new_ids=True)
    assert sessions.get(db, copy)["continued_from"] == sessions.get(db, later)["continued_from"]


def test_a_session_already_there_is_refused_by_name_and_a_plain_import_keeps_ids(db, other, tmp_path):
    sid = build_sample(db)
    out = tmp_path / "s.json"
    session_json.export(db, sid, out)
    assert session_json.import_document(other, session_json.read_document(out), out) == sid
    with pytest.raises(ImportRefused) as refused:
        session_json.import_file(other, out)
    assert refused.value.path == str(out)
    assert refused.value.problem.startswith("session “Claims hand-offs”") and "--new-ids" in refused.value.problem
