"""A CSV of cards that is refused (issue 22): the refusal a person reads names the
file, the line (and column) and the problem, whole, in English and in German; the
names an import gives (the lane, the canvas, the title) are in the reader's language."""

from __future__ import annotations

import re

import pytest

from app.io import csv_io
from app.io.errors import ImportRefused
from app.vocabulary import CARD_KINDS
from storage import imports


def _refused(db, tmp_path, content: bytes, name="cards.csv", **kwargs):
    path = tmp_path / name
    path.write_bytes(content)
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused) as refused:
        csv_io.import_file(db, path, **kwargs)
    assert imports.row_counts(db) == before
    return path, refused.value


@pytest.mark.parametrize("content, english, german_words", [
    (b"Text\nfine\nA\x00B\n", "line 3: holds a NUL byte: this is not a text CSV file",
     "Zeile 3: enthält ein NUL-Byte: Das ist keine CSV-Textdatei"),
    (b" , \nA\n", "line 1: has no header row naming its columns",
     "Zeile 1: hat keine Kopfzeile, die ihre Spalten benennt"),
    (b"Text,Kind\n\nok,activity\n\nok,activity,extra\n", "line 5: has 3 cells where the header names 2 columns",
     "Zeile 5: hat 3 Zellen, wo die Kopfzeile 2 Spalten nennt"),
    (b'Text\nfine\n"a"b\n', "line 3: is not valid CSV (',' expected after '\"')",
     "Zeile 3: ist kein gültiges CSV (',' expected after '\"')"),
    (b"Text\nfine\nCaf\xe9 au lait\n", "line 3, column 4: is not UTF-8 text (byte 0xe9): save it as UTF-8 (in Excel: "
     "Save As > CSV UTF-8) and import it again", "Zeile 3, Spalte 4: ist kein UTF-8-Text (Byte 0xe9): Speichern Sie "
     "die Datei als UTF-8 (in Excel: Speichern unter > CSV UTF-8) und importieren Sie sie erneut"),
    (b"Text,Kind\nok,activity\nbad,flying\n", "line 3, column Kind: unknown card kind 'flying' (known: "
     + ", ".join(CARD_KINDS) + ")",
     "Zeile 3, Spalte Kind: unbekannte Kartenart 'flying' (bekannt: " + ", ".join(CARD_KINDS) + ")"),
    (b"Kind,Stuff\nactivity,x\n", "no column is chosen for the card text",
     "für den Kartentext ist keine Spalte gewählt"),
    (b"Text,Kind\n ,activity\n", "has no rows with card text in column 'Text'",
     "hat keine Zeilen mit Kartentext in der Spalte 'Text'"),
])
def test_a_refused_csv_says_where_and_what_in_english_and_german(db, tmp_path, german, content, english, german_words):
    path, refused = _refused(db, tmp_path, content)
    place = ", " if english.startswith("line") else ": "
    assert str(refused) == f"{path}{place}{english}; nothing was imported"
    assert refused.said() == f"{path}{place}{german_words}; es wurde nichts importiert"


def test_a_long_cell_is_named_by_its_column_or_its_number(db, tmp_path, monkeypatch, german):
    monkeypatch.setattr(csv_io, "MAX_CELL", 5)
    path, refused = _refused(db, tmp_path, b"Text,Why\nshort,12345\nok,123456\n")
    assert str(refused) == f"{path}, line 3, column Why: a cell is longer than 5 characters; nothing was imported"
    assert refused.said() == (f"{path}, Zeile 3, Spalte Why: eine Zelle ist länger als 5 Zeichen; "
                              "es wurde nichts importiert")
    path, refused = _refused(db, tmp_path, b"Text,,Why\nok,123456,x\n", name="unnamed.csv")
    assert str(refused) == f"{path}, line 2, column 2: a cell is longer than 5 characters; nothing was imported"


def test_the_row_limit_counts_cards_not_blank_lines(db, tmp_path, monkeypatch, german):
    monkeypatch.setattr(csv_io, "MAX_ROWS", 2)
    sid = csv_io.import_file(db, _write(tmp_path, b"Text\none\n\ntwo\n"))
    assert imports.card_count(db, sid) == 2  # exactly the limit comes in
    path, refused = _refused(db, tmp_path, b"Text\none\n\ntwo\nthree\n")
    assert str(refused) == f"{path}, line 5: has more than 2 cards; nothing was imported"
    assert refused.said() == f"{path}, Zeile 5: hat mehr als 2 Karten; es wurde nichts importiert"


def _write(tmp_path, content: bytes, name="good.csv"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_a_chosen_column_that_is_not_there_and_a_missing_series_are_said_whole(db, tmp_path, german):
    path, refused = _refused(db, tmp_path, b"Text\nok\n", mapping={"text": "Text", "kind": "Nope"})
    assert str(refused) == f"{path}, line 1: has no column named 'Nope' (chosen for kind); nothing was imported"
    assert refused.said() == (f"{path}, Zeile 1: hat keine Spalte namens 'Nope' (gewählt für kind); "
                              "es wurde nichts importiert")
    path, refused = _refused(db, tmp_path, b"Text\nok\n", series_id="ghost")
    assert str(refused) == f"{path}: there is no series 'ghost' in this library; nothing was imported"
    assert refused.said() == f"{path}: in dieser Bibliothek gibt es keine Reihe 'ghost'; es wurde nichts importiert"


def test_cards_breaking_the_row_rules_are_each_named(db, tmp_path):
    path, refused = _refused(db, tmp_path, "Text,Participant\nok,Ana\u0007\nfine,Ben\u0007\n".encode())
    person = r"participants [0-9a-f-]{36}: name holds a control character \(U\+0007\) at position 4"
    assert re.fullmatch(f"{re.escape(str(path))}: {person}; {person}; nothing was imported", str(refused))


@pytest.mark.parametrize("content, where", [
    (b"\nText\nA\x00B\n\x00\n", "line 3"),  # the first NUL, counted from the first line
    (b"\nCaf\xe9\n", "line 2, column 4"),
])
def test_a_bad_byte_after_a_blank_first_line_is_placed_right(db, tmp_path, content, where):
    _, refused = _refused(db, tmp_path, content)
    assert refused.where == where


def test_lines_ended_by_carriage_returns_alone_are_read_as_lines(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(b"Text\rone\rtwo\r")
    table = csv_io.read_table(path)
    assert (table.rows, table.lines) == ([["one"], ["two"]], [2, 3])


def test_a_short_row_has_empty_cells_for_the_columns_it_lacks(tmp_path):
    path = tmp_path / "short.csv"
    path.write_bytes(b"Text,Why,Role\nonly text\n")
    assert csv_io.read_table(path).rows == [["only text", "", ""]]


def test_cards_come_into_the_series_chosen(db, tmp_path):
    from storage import series

    group = series.create(db, "Claims team")
    sid = csv_io.import_file(db, _write(tmp_path, b"Text\nLog it\n"), series_id=group["id"])
    assert db["sessions"].get(sid)["series_id"] == group["id"]


def test_the_names_an_import_gives_are_in_the_readers_language(db, tmp_path, german):
    sid = csv_io.import_file(db, _write(tmp_path, b"Text,Role\nLog it,\nCheck it,Intake\n", name="wall.csv"))
    session = db["sessions"].get(sid)
    assert session["title"] == "Importiert aus wall.csv"
    assert [c["name"] for c in db.query("SELECT name FROM canvases WHERE session_id = ?", [sid])] == [
        "Importierte Karten"]
    lanes = [z["label"] for z in db.query("SELECT label FROM zones JOIN canvases ON canvases.id = canvas_id "
                                          "WHERE session_id = ? ORDER BY y", [sid])]
    assert lanes == ["Karten", "Intake"]


def test_the_names_an_import_gives_in_english(db, tmp_path):
    sid = csv_io.import_file(db, _write(tmp_path, b"Text\nLog it\n", name="wall.csv"))
    assert db["sessions"].get(sid)["title"] == "Imported from wall.csv"
    assert [z["label"] for z in db.query("SELECT label FROM zones")] == ["Cards"]


# -- what an import makes, and what an export writes --------------------------------------

def _table(tmp_path, text: str):
    path = tmp_path / "lanes.csv"
    path.write_text(text, encoding="utf-8")
    return csv_io.read_table(path)


def test_three_lanes_stack_under_each_other_each_as_tall_as_its_rows(tmp_path):
    lines = ("".join(f"Take {n},Intake\n" for n in range(6)) + "".join(f"Check {n},Assess\n" for n in range(7))
             + "Pay,Finance\n")
    dump = csv_io.to_dump(_table(tmp_path, "Card,Role\n" + lines), {"text": "Card", "role": "Role"}, "Wall")
    lanes = [(z["label"], z["y"], z["height"]) for z in dump["zones"]]
    # six cards are one row (40 + 130), seven are two (40 + 2 * 130), one is one; 20 between lanes
    assert lanes == [("Intake", 0.0, 170.0), ("Assess", 190.0, 300.0), ("Finance", 510.0, 170.0)]
    assert [(c["x"], c["y"]) for c in dump["cards"]][-2:] == [(20.0, 340.0), (20.0, 530.0)]


def test_the_delimiter_is_counted_only_before_the_header_ends():
    assert csv_io.dialect_of("Xtra;Why;Who\nA,B,C,D,E\n").delimiter == ";"


def test_tags_keep_a_leading_capital_x():
    assert csv_io.split_tags("X; #Xmas, X-ray") == ["X", "Xmas", "X-ray"]


def test_an_export_to_a_name_without_csv_gets_both_files_beside_it(tmp_path):
    assert csv_io.paths_for(tmp_path / "wall") == (tmp_path / "wall-cards.csv", tmp_path / "wall-links.csv")
    assert csv_io.paths_for(tmp_path / "wall.CSV") == (tmp_path / "wall-cards.csv", tmp_path / "wall-links.csv")


def test_an_export_of_one_canvas_writes_only_its_cards(db, tmp_path):
    import csv

    from tests.test_io_sample import build_sample

    sid = build_sample(db)
    later = db.execute("SELECT id FROM canvases WHERE session_id = ? AND name = 'Pain points'", [sid]).fetchone()[0]
    cards_path, _ = csv_io.export(db, sid, tmp_path / "pains.csv", canvas_id=later, include_face_down=True)
    with open(cards_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["text"] for r in rows) == ["Forms arrive incomplete", 'Why "urgent" means nothing?']
    assert {r["canvas"] for r in rows} == {"Pain points"}
