"""A facilitator's match choices (these two cards are the same, or not) survive
undo: deleting a session cascades its choices away, and undoing the delete, or
undoing and redoing a library merge, brings them back."""

from app.io.importing import import_path
from app.io.undo import ImportCommand
from app.library import Library
from storage import continuation, matches
from storage.library import open_library
from tests.test_io_sample import build_sample


def first_card(db, session_id):
    return next(r["id"] for r in db.query(
        "SELECT c.id FROM cards c JOIN canvases v ON v.id = c.canvas_id WHERE v.session_id = ? ORDER BY c.id",
        [session_id]))


def choices(db):
    return sorted((r["card_a"], r["card_b"], r["status"]) for r in db.query("SELECT * FROM matches"))


def two_sessions_with_choices(db):
    first = build_sample(db)
    second = continuation.continue_session(db, first, date="2026-05-01")["id"]
    a, b = first_card(db, first), first_card(db, second)
    matches.break_apart(db, a, b)
    return first, second


def test_undo_of_a_session_delete_brings_its_match_choices_back(qapp, tmp_path):
    db = open_library(tmp_path / "lib.db")
    first, second = two_sessions_with_choices(db)
    before = choices(db)
    assert len(before) == 1
    library = Library(db, str(tmp_path / "lib.db"))

    library.delete_session(second)
    assert choices(db) == []  # the cascade took the choice with the cards
    library.stack.undo()
    assert choices(db) == before
    library.stack.redo()
    library.stack.undo()
    assert choices(db) == before

    # a whole series: the choice between two of its sessions comes back once
    series_id = db["sessions"].get(first)["series_id"]
    library.delete_series(series_id)
    assert choices(db) == []
    library.stack.undo()
    assert choices(db) == before
    db.close()


def test_undo_and_redo_of_a_merge_keep_the_merged_choices(qapp, tmp_path):
    theirs = open_library(tmp_path / "theirs.db")
    two_sessions_with_choices(theirs)
    expected = choices(theirs)
    theirs.close()

    db = open_library(tmp_path / "mine.db")
    result = import_path(db, tmp_path / "theirs.db")
    assert choices(db) == expected
    command = ImportCommand(db, "Merge", result.session_ids, set(), None)
    command.revert()  # undo
    assert choices(db) == []
    command.apply()  # redo: the same sessions, and their choices with them
    assert choices(db) == expected
    db.close()
