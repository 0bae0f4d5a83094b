"""Issue 14, defect 4: the JSON import lets in only what the row rules allow, and
says everything that is wrong at once, in JSON's words, with JSON paths."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.io import session_json
from app.io.errors import ImportRefused
from storage import imports
from storage.library import open_library
from tests.test_io_sample import build_sample


@pytest.fixture
def doc(db):
    sid = build_sample(db)
    document = session_json.to_document(db, sid)
    db.execute("DELETE FROM sessions")  # import into the same, now empty, library
    db.execute("DELETE FROM series")
    return document


def _refused(db, tmp_path, text: str) -> ImportRefused:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused) as info:
        session_json.import_file(db, path)
    assert imports.row_counts(db) == before
    assert "nothing was imported" in str(info.value) and "\n" not in str(info.value)
    return info.value


def test_kinds_outside_the_vocabulary_are_refused(db, tmp_path, doc):
    cards = doc["canvases"][0]["cards"]
    cards[0]["kind"] = "Activity"
    cards[3]["knowledge_type"] = "Artifact"
    doc["canvases"][0]["links"][0]["kind"] = "handoff"
    text = str(_refused(db, tmp_path, json.dumps(doc)))
    assert '$.canvases[0].cards[0].kind: must be a card kind' in text and '"Activity"' in text
    assert '$.canvases[0].cards[3].knowledge_type: must be a knowledge type' in text and '"Artifact"' in text
    assert '$.canvases[0].links[0].kind: must be a link kind' in text and '"handoff"' in text


def test_1e999_and_infinity_are_refused_with_their_place(db, tmp_path, doc):
    doc["canvases"][0]["cards"][1]["x"] = 123.5
    doc["canvases"][0]["zones"][0]["width"] = 456.5
    text = json.dumps(doc).replace("123.5", "1e999").replace("456.5", "-1E400")
    error = str(_refused(db, tmp_path, text))
    assert "$.canvases[0].cards[1].x: 1e999 is not a finite number" in error
    assert "$.canvases[0].zones[0].width: -1E400 is not a finite number" in error


def test_outline_date_and_colour_that_would_break_exports_are_refused(db, tmp_path, doc):
    doc["canvases"][0]["zones"][0]["outline"] = "[[0, 0], [10, 0"
    doc["session"]["date"] = "2026-99-99"
    doc["participants"][0]["colour"] = "red;position:fixed;inset:0"
    doc["reflections"][2]["due_date"] = "2026-02-30"
    error = str(_refused(db, tmp_path, json.dumps(doc)))
    assert "4 problems" in error
    assert "$.canvases[0].zones[0].outline: is not valid JSON" in error
    assert '$.session.date: must be a real date written YYYY-MM-DD, not the string "2026-99-99"' in error
    assert "$.participants[0].colour: must be a colour written #RRGGBB" in error
    assert "$.reflections[2].due_date" in error


def test_every_problem_is_reported_in_json_words(db, tmp_path, doc):
    cards = doc["canvases"][0]["cards"]
    for card in cards:  # 5 cards x 2 problems, plus 2 more elsewhere
        card["hidden"] = True
        card["text"] = None
    doc["participants"][1]["name"] = None
    doc["agenda"][0]["silent"] = False
    error = str(_refused(db, tmp_path, json.dumps(doc)))
    assert "12 problems" in error and "more problems" not in error
    assert "$.agenda[0].silent: must be a whole number, not false" in error
    for i in range(len(cards)):
        assert f"$.canvases[0].cards[{i}].hidden: must be a whole number, not true" in error
        assert f"$.canvases[0].cards[{i}].text: must be a string, not null" in error
    assert "$.participants[1].name: must be a string, not null" in error
    assert "None" not in error and "True" not in error and "False" not in error


def test_our_own_export_imports_again(db, tmp_path, doc):
    path = tmp_path / "good.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert session_json.import_file(db, path) == doc["session"]["id"]


def _meshwork(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_integers_past_64_bits_are_one_line_and_exit_2(library_path, tmp_path):
    db = open_library(library_path)
    sid = build_sample(db)
    doc = session_json.to_document(db, sid)
    db.close()
    doc["session"]["id"] = "7d0c4a5e-1111-4a2b-8c3d-000000000001"
    doc["canvases"][0]["cards"][0]["y"] = 777
    doc["participants"][0]["position"] = 888
    text = json.dumps(doc).replace(": 777", ": " + "9" * 5000).replace(": 888", ": 18446744073709551616")
    path = tmp_path / "big.json"
    path.write_text(text, encoding="utf-8")
    before = library_path.read_bytes()
    result = _meshwork("import", path, "--library", library_path)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "$.canvases[0].cards[0].y: 999999999999…(5,000 characters) is a whole number too large" in result.stderr
    assert "$.participants[0].position: 18446744073709551616 is a whole number too large for 64 bits" in result.stderr
    assert library_path.read_bytes() == before


def test_a_csv_of_cards_passes_the_same_rules(db, tmp_path):
    from app.io import csv_io

    path = tmp_path / "cards.csv"
    path.write_bytes(b'text,kind\n"bell \x07 here",activity\nfine,activity\n')
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused, match=r"text holds a control character \(U\+0007\) at position 6"):
        csv_io.import_file(db, path)
    assert imports.row_counts(db) == before


def test_the_window_shows_every_problem_and_imports_nothing(make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    db = open_library(tmp_path / "source.db")
    doc = session_json.to_document(db, build_sample(db))
    db.close()
    doc["canvases"][0]["cards"][0]["kind"] = "Activity"
    doc["canvases"][0]["links"][0]["kind"] = "handoff"
    doc["participants"][0]["colour"] = "red;position:fixed;inset:0"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    window = make_window()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    before = imports.row_counts(window.library.db)
    assert window.io_actions.import_file(bad) == []
    assert len(shown) == 1 and "3 problems" in shown[0] and "nothing was imported" in shown[0]
    for where in ("$.canvases[0].cards[0].kind", "$.canvases[0].links[0].kind", "$.participants[0].colour"):
        assert where in shown[0]
    assert imports.row_counts(window.library.db) == before
