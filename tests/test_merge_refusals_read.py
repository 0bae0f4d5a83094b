"""Merging another library (issue 22): what a person reads when a merge is refused
names the file and the problem, whole, in English and in German; what a merge adds
(sessions in the order they continue each other, series, match choices) is counted
as it is."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from app.io import library_merge
from app.io.errors import ImportRefused
from storage import continuation, imports, matches
from storage.library import open_library
from tests.test_io_sample import build_sample


def _library(path, *sql, **sample):
    """A library with the sample session, then changed behind Meshwork's back (foreign keys off)."""
    db = open_library(path)
    sid = build_sample(db, **sample)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return sid


@pytest.fixture
def ours(tmp_path):
    db = open_library(tmp_path / "ours.db")
    yield db
    db.close()


def _refused(db, path, **kwargs) -> ImportRefused:
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused) as refused:
        library_merge.merge(db, path, **kwargs)
    assert imports.row_counts(db) == before  # nothing was added
    return refused.value


def test_no_file_and_the_open_library_are_refused_in_words(ours, tmp_path, german):
    nowhere = tmp_path / "nowhere.db"
    refused = _refused(ours, nowhere)
    assert str(refused) == f"{nowhere}: there is no library file here; nothing was imported"
    assert refused.said() == f"{nowhere}: hier gibt es keine Bibliotheksdatei; es wurde nichts importiert"
    refused = _refused(ours, tmp_path / "ours.db")
    assert str(refused) == (f"{tmp_path / 'ours.db'}: this is the library that is open; choose another library "
                            "file; nothing was imported")
    assert refused.said() == (f"{tmp_path / 'ours.db'}: das ist die geöffnete Bibliothek; wählen Sie eine andere "
                              "Bibliotheksdatei; es wurde nichts importiert")


def test_a_file_that_is_no_library_is_called_the_file(ours, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 10)
    assert str(_refused(ours, junk)) == (f"{junk}: the file is not a Meshwork library (not an SQLite database); "
                                         "nothing was imported")


def test_the_size_guard_says_both_sizes_in_whole_megabytes(ours, tmp_path, monkeypatch, german):
    big = tmp_path / "big.db"
    big.write_bytes(b"\0" * 3_000_000)
    wal = tmp_path / "big.db-wal"  # its write-ahead log is read too, so it counts
    wal.write_bytes(b"\0" * 500_000)
    monkeypatch.setattr(library_merge, "MAX_LIBRARY_BYTES", 1_500_000)
    refused = _refused(ours, big)
    assert str(refused) == (f"{big}: the file is 4 MB, more than the 2 MB a merge may read; nothing was imported")
    assert refused.said() == (f"{big}: die Datei ist 4 MB groß, mehr als die 2 MB, die ein Zusammenführen lesen "
                              "darf; es wurde nichts importiert")


def test_a_file_exactly_at_the_size_guard_is_merged(ours, tmp_path, monkeypatch):
    theirs = tmp_path / "theirs.db"
    sid = _library(theirs)
    monkeypatch.setattr(library_merge, "MAX_LIBRARY_BYTES", theirs.stat().st_size)
    assert library_merge.merge(ours, theirs).added == [sid]


def test_a_view_in_place_of_a_table_is_refused_in_words(ours, tmp_path, german):
    theirs = tmp_path / "theirs.db"
    _library(theirs, "DROP TABLE votes", "CREATE VIEW votes AS SELECT 'v' AS id, 'c' AS card_id, "
             "'p' AS participant_id, '' AS created_at", "ALTER TABLE reflections RENAME TO old",
             "CREATE VIEW reflections AS SELECT * FROM old")
    refused = _refused(ours, theirs)
    assert str(refused) == (f"{theirs}: its votes is a view, not a table; its reflections is a view, not a table "
                            "(only a library's own tables are read); nothing was imported")
    assert refused.said() == (f"{theirs}: its votes is a view, not a table; its reflections is a view, not a table "
                              "(nur die eigenen Tabellen einer Bibliothek werden gelesen); es wurde nichts importiert")


def test_rows_pointing_nowhere_are_each_named(ours, tmp_path):
    theirs = tmp_path / "theirs.db"
    _library(theirs, "UPDATE cards SET zone_id = 'nowhere' WHERE text LIKE 'Log%'",
             "UPDATE votes SET card_id = 'gone' WHERE rowid = (SELECT min(rowid) FROM votes)")
    conn = sqlite3.connect(theirs)
    card = conn.execute("SELECT rowid FROM cards WHERE text LIKE 'Log%'").fetchone()[0]
    vote = conn.execute("SELECT min(rowid) FROM votes").fetchone()[0]
    conn.close()
    assert str(_refused(ours, theirs)) == (
        f"{theirs}: votes row {vote} points at a cards row that is not there; cards row {card} points at a zones "
        "row that is not there; nothing was imported")


def test_one_broken_row_is_one_problem_said_whole(ours, tmp_path, german):
    theirs = tmp_path / "theirs.db"
    _library(theirs, "UPDATE sessions SET date = '2026-99-99'")
    sid = sqlite3.connect(theirs).execute("SELECT id FROM sessions").fetchone()[0]
    refused = _refused(ours, theirs)
    rule = f"sessions {sid}: date must be a real date written YYYY-MM-DD, not the string \"2026-99-99\""
    assert str(refused) == f"{theirs}: 1 problem in its rows: {rule}; nothing was imported"
    regel = f"sessions {sid}: date muss ein echtes Datum in der Form JJJJ-MM-TT sein, nicht die Zeichenkette " \
            "\"2026-99-99\""
    assert refused.said() == f"{theirs}: 1 Problem in ihren Zeilen: {regel}; es wurde nichts importiert"


def test_every_broken_row_of_every_session_is_counted_and_nothing_is_merged(ours, tmp_path, german):
    theirs = tmp_path / "theirs.db"
    _library(theirs, title="First", date="2026-01-05")
    db = open_library(theirs)
    build_sample(db, title="Second", date="2026-02-05", series_name="Other team")
    build_sample(db, title="Third", date="2026-03-05", series_name="Third team")
    db.close()
    conn = sqlite3.connect(theirs)
    ids = {title: sid for sid, title in conn.execute("SELECT id, title FROM sessions")}
    conn.execute("UPDATE participants SET colour = 'red' WHERE name = 'Ana' AND session_id = ?", [ids["First"]])
    conn.execute("UPDATE series SET name = 'Other' || char(7) WHERE name = 'Other team'")
    series_id = conn.execute("SELECT series_id FROM sessions WHERE id = ?", [ids["Second"]]).fetchone()[0]
    ana = conn.execute("SELECT id FROM participants WHERE name = 'Ana' AND session_id = ?",
                       [ids["First"]]).fetchone()[0]
    conn.commit()
    conn.close()
    refused = _refused(ours, theirs)
    rules = (f"participants {ana}: colour must be a colour written #RRGGBB, not the string \"red\"; "
             f"series {series_id}: name holds a control character (U+0007) at position 6")
    assert str(refused) == f"{theirs}: 2 problems in its rows: {rules}; nothing was imported"
    regeln = (f"participants {ana}: colour muss eine Farbe in der Form #RRGGBB sein, nicht die Zeichenkette "
              f"\"red\"; series {series_id}: name enthält an Position 6 ein Steuerzeichen (U+0007)")
    assert refused.said() == f"{theirs}: 2 Probleme in ihren Zeilen: {regeln}; es wurde nichts importiert"
    assert ours.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0  # not even the good third


def test_a_row_already_here_under_another_session_is_named(tmp_path, german):
    theirs = tmp_path / "theirs.db"
    _library(theirs)
    shutil.copy(theirs, tmp_path / "ours.db")
    conn = sqlite3.connect(tmp_path / "ours.db")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE sessions SET id = 'renamed'")
    people = {r[0] for r in conn.execute("SELECT id FROM participants")}
    conn.commit()
    conn.close()
    db = open_library(tmp_path / "ours.db")
    try:
        refused = _refused(db, theirs)
    finally:
        db.close()
    first = str(refused).split(" row ")[1].split()[0]  # the first of its rows the merge writes
    assert first in people
    assert str(refused) == (f"{theirs}: session “Claims hand-offs”: participants row {first} is already in this "
                            "library; nothing was imported")
    assert refused.said() == (f"{theirs}: Sitzung „Claims hand-offs“: participants-Zeile {first} ist schon in "
                              "dieser Bibliothek; es wurde nichts importiert")


def test_a_value_too_large_to_read_stops_the_merge_in_words(ours, tmp_path, monkeypatch, german):
    theirs = tmp_path / "theirs.db"
    _library(theirs, "UPDATE cards SET why = printf('%.5000c', 'w') WHERE text LIKE 'Log%'")
    monkeypatch.setattr(library_merge, "MAX_VALUE_BYTES", 1000)
    refused = _refused(ours, theirs)
    assert str(refused) == f"{theirs}: could not be merged (string or blob too big); nothing was imported"
    assert refused.said() == (f"{theirs}: konnte nicht zusammengeführt werden (string or blob too big); "
                              "es wurde nichts importiert")


def test_a_slow_read_is_said_whole(ours, tmp_path, german):
    theirs = tmp_path / "theirs.db"
    _library(theirs, """INSERT INTO events (id, seq, session_id, at, action, entity, payload)
        WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 5000)
        SELECT lower(hex(randomblob(16))), 1000 + n, (SELECT id FROM sessions), '2026-03-10', 'add', 'cards', '{}'
          FROM r""")
    ticks = iter(range(0, 10**6, 10))
    refused = _refused(ours, theirs, seconds=5, clock=lambda: next(ticks))
    assert str(refused) == (f"{theirs}: reading it took longer than 5 seconds; a library this slow to read is not "
                            "merged; nothing was imported")
    assert refused.said().endswith("; eine so langsam lesbare Bibliothek wird nicht zusammengeführt; "
                                   "es wurde nichts importiert")


def test_a_continuation_dated_before_its_source_still_follows_it(ours, tmp_path):
    theirs = tmp_path / "theirs.db"
    db = open_library(theirs)
    first = build_sample(db, date="2026-05-01")
    second = continuation.continue_session(db, first, date="2026-01-01")["id"]  # walked first (oldest)
    third = continuation.continue_session(db, second, date="2025-12-01")["id"]
    db.close()
    result = library_merge.merge(ours, theirs)
    assert result.added == [first, second, third]
    assert ours["sessions"].get(second)["continued_from"] == first
    assert ours["sessions"].get(third)["continued_from"] == second


def test_sessions_that_continue_each_other_in_a_circle_are_each_merged_once(ours, tmp_path):
    theirs = tmp_path / "theirs.db"
    db = open_library(theirs)
    first = build_sample(db, date="2026-01-01")
    second = continuation.continue_session(db, first, date="2026-02-01")["id"]
    db.close()
    conn = sqlite3.connect(theirs)
    conn.execute("UPDATE sessions SET continued_from = ? WHERE id = ?", [second, first])
    conn.commit()
    conn.close()
    result = library_merge.merge(ours, theirs)
    assert result.added == [second, first]


def test_new_series_and_new_match_choices_are_counted(tmp_path):
    ours_path, theirs = tmp_path / "ours.db", tmp_path / "theirs.db"
    db = open_library(theirs)
    a = build_sample(db, title="A", date="2026-01-01", series_name="One")
    b = build_sample(db, title="B", date="2026-02-01", series_name="Two")
    c = build_sample(db, title="C", date="2026-03-01", series_name="Three")
    db.close()
    # Ours already holds C (with its series) and a match choice of its own.
    shutil.copy(theirs, ours_path)
    conn = sqlite3.connect(ours_path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM sessions WHERE id IN (?, ?)", [a, b])
    conn.execute("DELETE FROM series WHERE name IN ('One', 'Two')")
    conn.commit()
    conn.close()
    db = open_library(ours_path)
    here = [r["id"] for r in db.query("SELECT id FROM cards ORDER BY rowid LIMIT 2")]
    matches.confirm(db, *here)
    before = matches.count(db)
    theirs_db = open_library(theirs)
    pair = [r["id"] for r in theirs_db.query("SELECT cards.id FROM cards JOIN canvases ON canvases.id = canvas_id "
                                                 "WHERE session_id IN (?, ?) ORDER BY cards.rowid", [a, b])]
    matches.confirm(theirs_db, pair[0], pair[-1])
    theirs_db.close()
    result = library_merge.merge(db, theirs)
    assert (sorted(result.added), result.skipped, result.series, result.matches) == (sorted([a, b]), [c], 2, 1)
    assert matches.count(db) == before + 1
    assert result.summary() == "2 sessions added, 1 already here, 1 match choices"
    db.close()


def test_a_session_without_a_series_is_merged_and_said_without_choices(ours, tmp_path):
    theirs = tmp_path / "theirs.db"
    sid = _library(theirs, "UPDATE sessions SET series_id = NULL", "DELETE FROM series")
    result = library_merge.merge(ours, theirs)
    assert (result.added, result.series, result.matches) == ([sid], 0, 0)
    assert result.summary() == "1 sessions added, 0 already here"
    assert ours["sessions"].get(sid)["series_id"] is None


MATCH = "0b6a1c52-8d1e-4c6f-9a0e-3f2b7c1d9e44"


def test_a_broken_match_choice_between_cards_already_here_is_refused(tmp_path, german):
    """Choices between two cards both here after the merge come from no session's own rows:
    they pass the rules on their own."""
    ours_path, theirs = tmp_path / "ours.db", tmp_path / "theirs.db"
    db = open_library(theirs)
    new = build_sample(db, title="New", date="2026-01-01")
    kept = build_sample(db, title="Kept", date="2026-02-01")
    db.close()
    shutil.copy(theirs, ours_path)
    conn = sqlite3.connect(ours_path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM sessions WHERE id = ?", [new])
    conn.commit()
    conn.close()
    conn = sqlite3.connect(theirs)
    pair = [r[0] for r in conn.execute("SELECT cards.id FROM cards JOIN canvases ON canvases.id = canvas_id "
                                       "WHERE session_id = ? ORDER BY cards.rowid LIMIT 2", [kept])]
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("INSERT INTO matches (id, card_a, card_b, status, created_at) VALUES (?, ?, ?, 'perhaps', '')",
                 [MATCH, *pair])
    conn.commit()
    conn.close()
    db = open_library(ours_path)
    try:
        refused = _refused(db, theirs)
    finally:
        db.close()
    rule = f'matches {MATCH}: status must be a match status (confirmed, broken), not the string "perhaps"'
    assert str(refused) == f"{theirs}: 1 problem in its rows: {rule}; nothing was imported"
    regel = (f'matches {MATCH}: status muss ein Zuordnungsstatus sein (confirmed, broken), '
             'nicht die Zeichenkette "perhaps"')
    assert refused.said() == f"{theirs}: 1 Problem in ihren Zeilen: {regel}; es wurde nichts importiert"
