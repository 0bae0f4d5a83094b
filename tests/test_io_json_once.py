"""A session file's values pass the row rules once: check_document checks the
document, the import checks only what it fills in or changes itself. Nothing that
the import writes skips the rules."""

import json

import pytest

from app.io import session_json
from app.io.errors import ImportRefused
from app.io.session_checks import check_document
from storage import rules
from tests.test_io_sample import build_sample


@pytest.fixture
def checked(db, tmp_path):
    document = session_json.to_document(db, build_sample(db))
    db.execute("DELETE FROM sessions")
    db.execute("DELETE FROM series")
    return check_document(json.loads(json.dumps(document)), tmp_path / "s.json")


def test_what_the_import_fills_in_is_checked_and_nothing_twice(checked):
    left = session_json.unchecked(session_json.to_dump(checked), checked)
    card = left["cards"][0]
    assert set(card) == {"id", "canvas_id"}  # its text, kind, place... were checked with the document
    assert {"session_id", "payload"} <= set(left["events"][0]) and "action" not in left["events"][0]
    assert {"series_id"} <= set(left["session"]) and "title" not in left["session"]
    assert left["card_tags"] and set(left["card_tags"][0]) == {"card_id", "tag_id"}


def test_a_copy_with_new_ids_checks_every_new_id(checked):
    dump = session_json.to_dump(checked, new_ids=True)
    left = session_json.unchecked(dump, checked)
    assert left["events"] == []  # a copy starts without history
    link = left["links"][0]
    assert {"id", "canvas_id", "source_id", "target_id"} <= set(link) and "kind" not in link
    assert any("participant_id" in card for card in left["cards"])


def test_a_value_that_is_not_the_documents_own_is_checked(checked):
    dump = session_json.to_dump(checked)
    dump["cards"][0]["text"] = "no\x00good"  # as if to_dump had rewritten it
    dump["links"][0]["source_id"] = str(dump["links"][0]["target_id"])  # an equal string, a new object
    problems = [str(p) for p in rules.check_dump(session_json.unchecked(dump, checked))]
    assert any("text holds a NUL character" in p for p in problems)
    assert any("target_id is the same card as source_id" in p for p in problems)


def test_a_document_that_was_never_checked_is_checked_in_full(db, checked, tmp_path):
    raw = json.loads(json.dumps(checked))  # a plain dict: import_document runs check_document itself
    raw["canvases"][0]["cards"][0]["text"] = "no\x00good"
    with pytest.raises(ImportRefused) as refused:
        session_json.import_document(db, raw, tmp_path / "s.json")
    assert refused.value.where == "$.canvases[0].cards[0].text"
