"""What a merge of another library tells the person: how many sessions, series and
match choices came in, and, when it refuses, which file and how many rows."""

import sqlite3

import pytest

from app.io import library_merge
from app.io.errors import ImportRefused
from storage import continuation, matches, sessions
from storage.library import open_library
from tests.test_io_sample import build_sample


def test_the_summary_counts_what_came_in():
    assert library_merge.MergeResult(["a", "b"], ["c"]).summary() == "2 sessions added, 1 already here"
    assert library_merge.MergeResult(["a"], [], 1, 3).summary() == "1 sessions added, 0 already here, 3 match choices"


def test_a_continuation_listed_before_its_source_still_merges_after_it(tmp_path):
    theirs_path = tmp_path / "theirs.db"
    theirs = open_library(theirs_path)
    first = build_sample(theirs)
    second = continuation.continue_session(theirs, first, date="2026-05-01")["id"]
    third = continuation.continue_session(theirs, second, date="2026-08-01")["id"]
    ordered = library_merge._in_order([sessions.get(theirs, s) for s in (third, second, first)])
    assert [s["id"] for s in ordered] == [first, second, third]
    theirs.close()
    ours = open_library(tmp_path / "ours.db")
    try:
        result = library_merge.merge(ours, theirs_path)
        assert sorted(result.added) == sorted([first, second, third]) and result.series == 1
        assert ours["sessions"].get(third)["continued_from"] == second
        assert result.matches == 0
    finally:
        ours.close()


def test_sessions_that_continue_each_other_in_a_loop_are_each_listed_once():
    loop = [{"id": "a", "continued_from": "b"}, {"id": "b", "continued_from": "a"}, {"id": "c"}]
    assert sorted(s["id"] for s in library_merge._in_order(loop)) == ["a", "b", "c"]


def test_a_series_already_here_is_not_counted_again(tmp_path):
    theirs_path = tmp_path / "theirs.db"
    theirs = open_library(theirs_path)
    first = build_sample(theirs)
    group = sessions.get(theirs, first)["series_id"]
    theirs.close()
    ours = open_library(tmp_path / "ours.db")
    try:
        assert library_merge.merge(ours, theirs_path).series == 1
        theirs = open_library(theirs_path)
        build_sample(theirs, title="Second", series_id=group)
        theirs.close()
        again = library_merge.merge(ours, theirs_path)
        assert len(again.added) == 1 and again.series == 0 and again.skipped == [first]
    finally:
        ours.close()


def test_match_choices_are_counted_once(tmp_path):
    theirs_path = tmp_path / "theirs.db"
    theirs = open_library(theirs_path)
    first = build_sample(theirs)
    second = continuation.continue_session(theirs, first)["id"]
    cards = {sid: [r["id"] for r in theirs.query(
        "SELECT id FROM cards WHERE canvas_id IN (SELECT id FROM canvases WHERE session_id = ?) ORDER BY id", [sid])]
        for sid in (first, second)}
    matches.confirm(theirs, cards[first][0], cards[second][1])
    matches.break_apart(theirs, cards[first][1], cards[second][0])
    theirs.close()
    ours = open_library(tmp_path / "ours.db")
    try:
        ours_session = build_sample(ours, title="Ours")
        assert ours_session
        result = library_merge.merge(ours, theirs_path)
        assert result.matches == 2 and result.summary().endswith(", 2 match choices")
    finally:
        ours.close()


def test_refusals_name_the_file(tmp_path):
    ours = open_library(tmp_path / "ours.db")
    try:
        missing = tmp_path / "nowhere.db"
        with pytest.raises(ImportRefused) as refused:
            library_merge.merge(ours, missing)
        assert refused.value.path == str(missing) and refused.value.problem == "there is no library file here"
        with pytest.raises(ImportRefused) as refused:
            library_merge.merge(ours, tmp_path / "ours.db")
        assert refused.value.problem == "this is the library that is open; choose another library file"
        text = tmp_path / "notes.db"
        text.write_text("shopping list" * 100)
        with pytest.raises(ImportRefused) as refused:
            library_merge.merge(ours, text)
        assert refused.value.path == str(text) and str(text) not in refused.value.problem
        assert refused.value.problem.startswith("the file is not a Meshwork library")
    finally:
        ours.close()


@pytest.mark.parametrize("broken, said", [(1, "1 problem in its rows: "), (2, "2 problems in its rows: ")])
def test_rows_that_break_the_rules_are_counted_in_words(tmp_path, broken, said):
    path = tmp_path / "theirs.db"
    db = open_library(path)
    build_sample(db)
    db.close()
    conn = sqlite3.connect(path)
    ids = [r[0] for r in conn.execute("SELECT id FROM cards ORDER BY id LIMIT ?", [broken])]
    for card_id in ids:
        conn.execute("UPDATE cards SET kind = 'spaceship' WHERE id = ?", [card_id])
    conn.commit()
    conn.close()
    ours = open_library(tmp_path / "ours.db")
    try:
        with pytest.raises(ImportRefused) as refused:
            library_merge.merge(ours, path)
        assert refused.value.path == str(path) and refused.value.problem.startswith(said)
        assert refused.value.problem.count("; ") == broken - 1 and "spaceship" in refused.value.problem
        assert ours["sessions"].count == 0
    finally:
        ours.close()


def changed_behind_our_back(tmp_path, *sql):
    path = tmp_path / "theirs.db"
    db = open_library(path)
    build_sample(db)
    db.close()
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def refusal(tmp_path, path):
    ours = open_library(tmp_path / "ours.db")
    try:
        with pytest.raises(ImportRefused) as refused:
            library_merge.merge(ours, path)
        assert ours["sessions"].count == 0
    finally:
        ours.close()
    assert refused.value.path == str(path)
    return refused.value.problem


def test_a_view_in_place_of_a_table_is_refused_by_name(tmp_path):
    path = changed_behind_our_back(tmp_path, "DROP TABLE votes",
                                   "CREATE VIEW votes AS SELECT 'v' AS id, 'c' AS card_id, 'p' AS participant_id, "
                                   "'' AS created_at")
    assert refusal(tmp_path, path) == "its votes is a view, not a table (only a library's own tables are read)"


def test_a_link_to_a_card_that_is_not_there_is_refused(tmp_path):
    path = changed_behind_our_back(tmp_path, "PRAGMA foreign_keys = OFF",
                                   "UPDATE links SET target_id = 'gone' WHERE rowid = (SELECT min(rowid) FROM links)")
    problem = refusal(tmp_path, path)
    assert problem == "links row 1 points at a cards row that is not there"


def test_match_choices_already_here_are_not_counted_as_merged(tmp_path):
    theirs_path = tmp_path / "theirs.db"
    theirs = open_library(theirs_path)
    build_sample(theirs, title="Theirs")
    theirs.close()
    ours = open_library(tmp_path / "ours.db")
    try:
        mine = build_sample(ours, title="Ours")
        later = continuation.continue_session(ours, mine)["id"]
        a, b = (ours.execute("SELECT id FROM cards WHERE canvas_id IN (SELECT id FROM canvases WHERE session_id = ?) "
                             "LIMIT 1", [s]).fetchone()[0] for s in (mine, later))
        matches.confirm(ours, a, b)
        assert library_merge.merge(ours, theirs_path).matches == 0
    finally:
        ours.close()
