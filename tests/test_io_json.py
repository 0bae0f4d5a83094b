"""The session format: export and import back, the schema, refusals."""

import json

import pytest

from app.io import session_json
from app.io.errors import ImportRefused
from app.io.session_schema import DOCS_PATH, schema_text
from storage import imports, snapshot
from storage.library import open_memory
from tests.test_io_sample import build_sample, normalised_dump


@pytest.fixture
def other():
    database = open_memory()
    yield database
    database.close()


def test_export_then_import_is_the_same_session(db, other, tmp_path):
    sid = build_sample(db)
    out = tmp_path / "session.json"
    assert session_json.export(db, sid, out) == [out]
    assert session_json.import_file(other, out) == sid
    assert normalised_dump(other, sid) == normalised_dump(db, sid)
    assert other["series"].get(db["sessions"].get(sid)["series_id"])["name"] == "Claims team"


def test_lists_are_under_the_agreed_keys(db, tmp_path):
    sid = build_sample(db)
    doc = session_json.to_document(db, sid)
    assert doc["format"] == "meshwork-session" and doc["version"] == 1
    assert [p["name"] for p in doc["participants"]] == ["Ana", "Ben", "Cat"]
    work = doc["canvases"][0]
    assert {"zones", "cards", "links"} <= set(work)
    first = work["cards"][0]
    assert first["text"] == "Log the claim & check the policy"
    assert first["tags"] == ["intake", "phone"] and first["why"] == "So nothing is lost"
    assert work["cards"][3]["knowledge_type"] == "artefact"
    assert work["cards"][1]["lineage_id"] == "lin-call"
    assert len(doc["votes"]) == 5 and len(doc["reflections"]) == 3 and len(doc["agenda"]) == 2
    assert doc["events"][0]["payload"]["nested"] == {"x": [1, 2]}


def test_import_of_a_session_already_there_is_refused(db, tmp_path):
    sid = build_sample(db)
    out = tmp_path / "s.json"
    session_json.export(db, sid, out)
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused, match="already in this library.*--new-ids"):
        session_json.import_file(db, out)
    assert imports.row_counts(db) == before


def test_new_ids_makes_a_copy_that_keeps_lineage(db, tmp_path):
    sid = build_sample(db)
    out = tmp_path / "s.json"
    session_json.export(db, sid, out)
    copy = session_json.import_file(db, out, new_ids=True)
    assert copy != sid
    original = snapshot.dump_session(db, sid)
    copied = snapshot.dump_session(db, copy)
    assert len(copied["cards"]) == len(original["cards"]) == 7
    assert not {c["id"] for c in copied["cards"]} & {c["id"] for c in original["cards"]}
    lineage = {c["text"]: c["lineage_id"] for c in copied["cards"]}
    by_text = {c["text"]: c for c in original["cards"]}
    assert lineage["Call the customer back"] == "lin-call"
    assert lineage["Log the claim & check the policy"] == by_text["Log the claim & check the policy"]["id"]
    assert len(copied["links"]) == 5 and len(copied["votes"]) == 5 and len(copied["card_tags"]) == 4
    # tags are shared by name, not duplicated
    assert db["tags"].count == 3


def test_tags_join_existing_tags_by_name(db, other, tmp_path):
    sid = build_sample(db)
    out = tmp_path / "s.json"
    session_json.export(db, sid, out)
    other["tags"].insert({"id": "t-own", "name": "INTAKE", "created_at": "2026-01-01"})
    session_json.import_file(other, out)
    names = [r["name"] for r in other.query("SELECT name FROM tags ORDER BY name")]
    assert sorted(n.casefold() for n in names) == ["intake", "phone", "photos"]
    assert other.execute("SELECT count(*) FROM card_tags WHERE tag_id = 't-own'").fetchone()[0] == 2


def _refused(db, tmp_path, doc_or_bytes, match):
    path = tmp_path / "bad.json"
    path.write_bytes(doc_or_bytes if isinstance(doc_or_bytes, bytes) else json.dumps(doc_or_bytes).encode())
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused, match=match) as info:
        session_json.import_file(db, path)
    assert imports.row_counts(db) == before
    assert "nothing was imported" in str(info.value)
    return info.value


def test_done_mark_of_an_action_goes_there_and_back_and_old_files_import_as_open(db, other, tmp_path):
    sid = build_sample(db)
    [first, *_] = [r for r in db["reflections"].rows_where("session_id = ?", [sid])]
    db["reflections"].update(first["id"], {"kind": "action", "done_at": "2026-03-10T09:30:00+00:00"})
    out = tmp_path / "session.json"
    session_json.export(db, sid, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert {r["id"]: r.get("done_at") for r in document["reflections"]}[first["id"]] == "2026-03-10T09:30:00+00:00"
    session_json.import_file(other, out)
    assert other["reflections"].get(first["id"])["done_at"] == "2026-03-10T09:30:00+00:00"
    # a file written before done marks: its actions arrive open
    for r in document["reflections"]:
        r.pop("done_at", None)
    older = tmp_path / "older.json"
    older.write_text(json.dumps(document), encoding="utf-8")
    third = open_memory()
    session_json.import_file(third, older)
    assert [r["done_at"] for r in third["reflections"].rows] == [None] * len(document["reflections"])
    third.close()


@pytest.fixture
def doc(db):
    sid = build_sample(db)
    document = session_json.to_document(db, sid)
    db.execute("DELETE FROM sessions")  # import into the same, now empty, library
    db.execute("DELETE FROM series")
    return document


def test_dangling_link_is_refused_with_its_path(db, tmp_path, doc):
    nowhere = "00000000-0000-4000-8000-000000000000"
    doc["canvases"][0]["links"][1]["target_id"] = nowhere
    error = _refused(db, tmp_path, doc, f'points at card "{nowhere}", which is not in the file')
    assert error.where == "$.canvases[0].links[1].target_id"


def test_duplicate_ids_are_refused(db, tmp_path, doc):
    doc["canvases"][1]["cards"][0]["id"] = doc["canvases"][0]["cards"][0]["id"]
    _refused(db, tmp_path, doc, r"duplicate id .*also at \$\.canvases\[0\]\.cards\[0\]\.id")


def test_wrong_type_is_refused_with_its_path(db, tmp_path, doc):
    doc["canvases"][0]["cards"][2]["x"] = "left"
    error = _refused(db, tmp_path, doc, 'must be a number, not the string "left"')
    assert error.where == "$.canvases[0].cards[2].x"


def test_truncated_file_names_line_and_column(db, tmp_path, doc):
    text = json.dumps(doc, indent=1).encode()
    error = _refused(db, tmp_path, text[: len(text) // 2], "is not valid JSON")
    assert error.where.startswith("line ") and "column" in error.where


def test_wrong_encoding_is_refused(db, tmp_path, doc):
    text = json.dumps(doc, ensure_ascii=False).replace("Log the claim", "Lög the claim")
    error = _refused(db, tmp_path, text.encode("latin-1"), "not UTF-8")
    assert error.where.startswith("line 1, column")


def test_deep_nesting_is_refused(db, tmp_path):
    _refused(db, tmp_path, b"[" * 100_000 + b"]" * 100_000, "nests deeper")
    _refused(db, tmp_path, {"format": "meshwork-session", "x": json.loads("[" * 40 + "]" * 40)}, "nests deeper")


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2_000_001)
    with pytest.raises(ImportRefused, match="the file is 2.0 MB, more than the 1 MB"):
        session_json.read_bytes(path, limit=1_000_000)


def test_newer_version_and_other_files_are_refused(db, tmp_path, doc):
    _refused(db, tmp_path, {**doc, "version": 7}, "newer Meshwork")
    _refused(db, tmp_path, {"type": "excalidraw"}, "not a Meshwork session file")
    _refused(db, tmp_path, b"NaN", "not a Meshwork session file|not valid JSON")


def test_docs_schema_matches_the_code():
    assert DOCS_PATH.read_text(encoding="utf-8") == schema_text()
