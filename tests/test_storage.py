"""The library file: schema, migrations, refusal of what we must not touch."""

import hashlib
import sqlite3

import pytest

from storage import migrations, rows, series, sessions
from storage.library import LibraryError, open_library, transaction

ENTITY_TABLES = {"series", "sessions", "participants", "canvases", "zones", "cards", "links",
                 "tags", "card_tags", "votes", "reflections", "events"}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_library_has_every_entity_table_and_records_each_step(file_db):
    assert ENTITY_TABLES <= set(file_db.table_names())
    assert migrations.applied_steps(file_db) == [
        "0001_initial", "0002_sessions_updated_index", "0003_matches", "0004_facilitation",
        "0005_reflection_done"]


def test_pragmas_wal_foreign_keys_and_busy_timeout(file_db):
    assert file_db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert file_db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert file_db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_each_migration_step_applies_on_its_own(tmp_path):
    path = tmp_path / "lib.db"
    conn = sqlite3.connect(path, isolation_level=None)
    from sqlite_utils import Database

    db = Database(conn)
    migrations.migrations.apply(db, stop_before="0002_sessions_updated_index")
    assert migrations.applied_steps(db) == ["0001_initial"]
    assert "sessions" in db.table_names()
    assert not any(ix.columns == ["updated_at"] for ix in db["sessions"].indexes)
    db["series"].insert({"id": "s1", "name": "Kept", "created_at": "2026-01-01T00:00:00+00:00"})
    conn.close()
    reopened = open_library(path)  # adopts the older library without data loss
    assert migrations.applied_steps(reopened) == migrations.known_steps()
    assert any(ix.columns == ["updated_at"] for ix in reopened["sessions"].indexes)
    assert series.get(reopened, "s1")["name"] == "Kept"
    reopened.close()


def test_a_library_made_before_done_marks_keeps_its_reflections_and_opens_them(tmp_path):
    path = tmp_path / "lib.db"
    conn = sqlite3.connect(path, isolation_level=None)
    from sqlite_utils import Database

    db = Database(conn)
    migrations.migrations.apply(db, stop_before="0005_reflection_done")
    assert "done_at" not in db["reflections"].columns_dict
    stamp = "2026-01-01T00:00:00+00:00"
    db["sessions"].insert({"id": "s1", "title": "Before", "date": "2026-01-01", "created_at": stamp,
                           "updated_at": stamp})
    db["reflections"].insert_all([{"id": f"r{n}", "session_id": "s1", "kind": "action", "text": f"act {n}",
                                   "created_at": stamp} for n in range(3)])
    conn.close()
    reopened = open_library(path)
    assert migrations.applied_steps(reopened)[-1] == "0005_reflection_done"
    kept = list(reopened.query("SELECT id, text, done_at FROM reflections ORDER BY id"))
    assert kept == [{"id": f"r{n}", "text": f"act {n}", "done_at": None} for n in range(3)]  # all open
    reopened.close()


def test_reopening_applies_nothing_twice(library_path):
    open_library(library_path).close()
    db = open_library(library_path)
    assert migrations.migrate(db) == []
    db.close()


def test_newer_library_is_refused_and_left_byte_identical(library_path):
    db = open_library(library_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "meshwork", "name": "0099_from_the_future", "applied_at": "2030-01-01"})
    db.close()
    before = digest(library_path)
    with pytest.raises(LibraryError, match="newer version of Meshwork"):
        open_library(library_path)
    assert digest(library_path) == before


def test_non_sqlite_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my workshop notes, not a database\n")
    before = digest(path)
    with pytest.raises(LibraryError, match="not an SQLite database"):
        open_library(path)
    assert digest(path) == before


def test_damaged_library_is_refused_unchanged(library_path):
    db = open_library(library_path)
    s = series.create(db, "x")
    for i in range(200):
        sessions.create(db, s["id"], f"session {i} " + "x" * 200)
    db.close()
    data = bytearray(library_path.read_bytes())
    for page in range(1, len(data) // 4096):  # scribble over every b-tree page header
        data[page * 4096: page * 4096 + 12] = b"\x0d\xff" * 6
    library_path.write_bytes(bytes(data))
    before = digest(library_path)
    with pytest.raises(LibraryError, match="damaged"):
        open_library(library_path)
    assert digest(library_path) == before


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="not a Meshwork library"):
        open_library(path)


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        rows.insert(db, "canvases", {"session_id": "no-such-session", "name": "x"})


def test_deleting_a_session_cascades_to_its_contents(db):
    s = sessions.create(db, None, "Loose session")
    canvas = rows.insert(db, "canvases", {"session_id": s["id"], "name": "c"})
    rows.insert(db, "cards", {"canvas_id": canvas["id"], "lineage_id": "l", "updated_at": "t"})
    sessions.delete(db, s["id"])
    assert db["cards"].count == 0 and db["canvases"].count == 0


def test_transaction_is_all_or_nothing(db):
    with pytest.raises(RuntimeError):
        with transaction(db):
            series.create(db, "half")
            raise RuntimeError("crash in the middle")
    assert db["series"].count == 0


def test_ids_are_uuids_and_times_are_utc(db):
    import uuid

    row = series.create(db, "Claims")
    assert uuid.UUID(row["id"])
    assert row["created_at"].endswith("+00:00")
