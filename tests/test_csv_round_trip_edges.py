"""Card text that a spreadsheet would run, or that starts with an apostrophe of
its own, goes out to CSV and comes back exactly as the participant wrote it."""

import csv

import pytest

from app.analysis.loading import load_session
from app.io import csv_io


def import_texts(db, tmp_path, texts, name="in.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Card"])
        writer.writerows([t] for t in texts)
    return csv_io.import_file(db, path)


def texts_of(db, session_id):
    return sorted(c.text for c in load_session(db, session_id).cards.values())


def exported_cells(db, session_id, tmp_path):
    cards_path, _ = csv_io.export(db, session_id, tmp_path / "out.csv")
    with cards_path.open(encoding="utf-8-sig", newline="") as fh:
        return cards_path, [row["text"] for row in csv.DictReader(fh)]


@pytest.mark.parametrize("text", ["=SUM(A1)", "+44 20 7946", "-1 day", "@SUM(A1)"])
def test_formula_like_text_is_shielded_in_the_file_and_comes_back(db, tmp_path, text):
    sid = import_texts(db, tmp_path, [text])
    out, cells = exported_cells(db, sid, tmp_path)
    assert cells == ["'" + text]  # a spreadsheet shows it as text instead of running it
    again = csv_io.import_file(db, out)
    assert texts_of(db, again) == [text]


def test_text_starting_with_a_tab_or_carriage_return_is_shielded():
    assert csv_io.shield("\tindented") == "'\tindented"
    assert csv_io.shield("\rreturn") == "'\rreturn"
    assert csv_io.shield("plain") == "plain" and csv_io.shield(3) == 3


def test_a_leading_apostrophe_of_the_writers_own_stays(db, tmp_path):
    sid = import_texts(db, tmp_path, ["'Tis the season for claims", "'"])
    out, cells = exported_cells(db, sid, tmp_path)
    assert sorted(cells) == ["'", "'Tis the season for claims"]
    again = csv_io.import_file(db, out)
    assert texts_of(db, again) == ["'", "'Tis the season for claims"]


def test_an_apostrophe_before_a_formula_sign_is_taken_off_on_import(db, tmp_path):
    # what the export writes for "=SUM(A1)", or what a person typed to make a spreadsheet keep it as text
    sid = import_texts(db, tmp_path, ["'=SUM(A1)", "'@home"])
    assert texts_of(db, sid) == ["=SUM(A1)", "@home"]
