"""The one transaction helper, seen from a second connection and from a failed
commit: edits either land whole or leave the library as it was."""

import sqlite3

import pytest

from storage import series
from storage.library import transaction


def other_writer(path):
    """A second connection to the same file that gives up at once when the file is locked."""
    return sqlite3.connect(path, timeout=0, isolation_level=None)


def test_a_transaction_holds_the_write_lock_from_its_start(file_db, library_path):
    other = other_writer(library_path)
    try:
        with transaction(file_db):
            before = file_db["series"].count  # reading only: a deferred BEGIN would take no lock yet
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("INSERT INTO series (id, name, created_at) VALUES ('x', 'Sneaked in', 't')")
            series.create(file_db, "Claims")
        assert file_db["series"].count == before + 1
        # once committed, the other writer gets its turn
        other.execute("INSERT INTO series (id, name, created_at) VALUES ('x', 'Later', 't')")
        assert {r["name"] for r in file_db["series"].rows} == {"Claims", "Later"}
    finally:
        other.close()


def test_an_inner_transaction_that_fails_undoes_only_its_own_edits(db):
    with transaction(db):
        series.create(db, "Kept")
        with pytest.raises(RuntimeError):
            with transaction(db):
                series.create(db, "Undone")
                raise RuntimeError("inner step failed")
        series.create(db, "Also kept")
    assert sorted(r["name"] for r in db["series"].rows) == ["Also kept", "Kept"]
    assert not db.conn.in_transaction


def test_a_commit_that_fails_leaves_nothing_behind_and_the_library_usable(db):
    with pytest.raises(sqlite3.IntegrityError):
        with transaction(db):
            db.execute("PRAGMA defer_foreign_keys = ON")  # the broken reference is only found at COMMIT
            series.create(db, "Claims")
            db.execute("INSERT INTO sessions (id, series_id, title, date, created_at, updated_at) "
                       "VALUES ('s', 'no such series', 'Orphan', '2026-01-01', 't', 't')")
    assert not db.conn.in_transaction
    assert db["series"].count == 0 and db["sessions"].count == 0
    with transaction(db):
        series.create(db, "Next try")
    assert [r["name"] for r in db["series"].rows] == ["Next try"]
