"""Cards and links as CSV, and cards from CSV through a column mapping."""

import csv

import pytest

from app.analysis.loading import load_session
from app.io import csv_io
from app.io.errors import ImportRefused
from storage import imports
from storage.library import open_memory
from tests.test_io_sample import build_sample


def _cards(db, sid):
    data = load_session(db, sid)
    return sorted((c.text, c.kind, data.author(c), data.role_name(data.role(c)), tuple(c.tags), c.why)
                  for c in data.cards.values())


def test_export_writes_two_files_with_every_card_and_link(db, tmp_path):
    sid = build_sample(db)
    cards_path, links_path = csv_io.export(db, sid, tmp_path / "map.csv", include_face_down=True)
    assert cards_path.name == "map-cards.csv" and links_path.name == "map-links.csv"
    with cards_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 7
    first = next(r for r in rows if r["text"].startswith("Log the claim"))
    assert first["tags"] == "intake; phone" and first["participant"] == "Ana" and first["role"] == "Intake"
    assert first["votes"] == "1" and first["why"] == "So nothing is lost"
    with links_path.open(encoding="utf-8-sig", newline="") as fh:
        links = list(csv.DictReader(fh))
    assert {(lk["source_text"], lk["target_text"], lk["kind"]) for lk in links} >= {
        ("Log the claim & check the policy", "Assess the damage <photos>", "hand-off")}
    assert len(links) == 5


def test_export_then_import_keeps_the_cards(db, tmp_path):
    sid = build_sample(db)
    cards_path, _ = csv_io.export(db, sid, tmp_path / "map.csv", include_face_down=True)
    other = open_memory()
    new = csv_io.import_file(other, cards_path)
    assert _cards(other, new) == _cards(db, sid)
    other.close()


def test_formula_like_text_is_shielded_and_comes_back(db, tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("Card,Type\n=SUM(A1),activity\n-1 day,question\n", encoding="utf-8")
    sid = csv_io.import_file(db, path)
    out, _ = csv_io.export(db, sid, tmp_path / "out.csv")
    raw = out.read_text(encoding="utf-8-sig")
    assert "'=SUM(A1)" in raw and "'-1 day" in raw
    again = csv_io.import_file(db, out)
    assert sorted(c.text for c in load_session(db, again).cards.values()) == ["-1 day", "=SUM(A1)"]


def test_mapping_is_guessed_from_header_names():
    guess = csv_io.guess_mapping(["Sticky note", "Type", "Author", "Job role", "Labels", "Reason", "Other"])
    assert guess == {"text": None, "kind": "Type", "participant": "Author", "role": "Job role",
                     "tags": "Labels", "why": "Reason"}
    assert csv_io.guess_mapping(["Note", "who"])["text"] == "Note"


def test_import_with_a_chosen_mapping_lays_out_lanes_per_role(db, tmp_path):
    path = tmp_path / "cards.csv"
    path.write_text("Sticky;Sort;Person;Job;Themes;Because\n"
                    "Check forms;activity;Ana;Intake;#a, b;speed\n"
                    "Handbook;uses;Ben;Assessor;;\n"
                    ";;;;;\n"
                    "Broken printer;Pain point;Ana;Intake;b;\n", encoding="utf-8")
    mapping = {"text": "Sticky", "kind": "Sort", "participant": "Person", "role": "Job", "tags": "Themes",
               "why": "Because"}
    sid = csv_io.import_file(db, path, mapping, title="From the wall")
    data = load_session(db, sid)
    assert data.title == "From the wall"
    by_text = {c.text: c for c in data.cards.values()}
    assert by_text["Handbook"].kind == "resource" and by_text["Broken printer"].kind == "pain point"
    assert by_text["Check forms"].tags == ["a", "b"] and by_text["Check forms"].why == "speed"
    assert sorted(p.name for p in data.participants.values()) == ["Ana", "Ben"]
    lanes = {z.label: z for z in data.zones.values()}
    assert set(lanes) == {"Intake", "Assessor"}
    for card in data.cards.values():
        assert data.zones[card.zone_id].contains(*card.centre())


@pytest.mark.parametrize("content, match, where", [
    (b"text,kind\nok,activity\nbad,flying\n", "unknown card kind 'flying'", "line 3, column kind"),
    (b"text,kind\nok,activity,extra\n", "3 cells where the header names 2", "line 2"),
    (b"", "file is empty|no header", None),
    (b"text\n\xff\xfe broken\n", "not UTF-8", "line 2, column 1"),
    (b"text\nA\x00B\n", "NUL byte", "line 2"),
    (b"kind\nactivity\n", "no column is chosen for the card text", None),
    (b'text\n"never closed\n', "not valid CSV", "line 2"),
])
def test_broken_csv_is_refused_and_nothing_changes(db, tmp_path, content, match, where):
    build_sample(db)
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused, match=match) as info:
        csv_io.import_file(db, path)
    if where:
        assert info.value.where == where
    assert imports.row_counts(db) == before
