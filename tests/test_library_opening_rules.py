"""Opening a library, as the window and the tools do: the words a person is told
for each file that cannot be opened (naming the file and the problem), what a
failed open leaves behind, the read-only view, and connections used from a
worker thread. Messages are compared whole or from the file's name on: a
pytest folder is named after its test, so a bare ``match="damaged"`` would
also match the path of a test called ..._damaged_...."""

from __future__ import annotations

import errno
import hashlib
import os
import socket
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database, hookimpl
from sqlite_utils.plugins import pm

from storage import backup, lock, migrations, rows, series, sessions
from storage import library as library_mod
from storage.library import (
    DamagedLibraryError,
    LibraryError,
    open_library,
    open_memory,
    read_only_reason,
    reader,
    transaction,
)
from tests.test_safety import fill


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def opening_error(path: Path, **kwargs) -> LibraryError:
    with pytest.raises(LibraryError) as caught:
        open_library(path, **kwargs)
    return caught.value


def old_library(path: Path) -> Path:
    """A library made by the Meshwork before this one: its last schema step not applied."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrations.apply(Database(conn), stop_before=migrations.known_steps()[-1])
    conn.execute("INSERT INTO series (id, name, created_at) VALUES ('s', 'Claims team', 't')")
    conn.close()
    return path


def unmappable_shared_memory(path: Path) -> None:
    """SQLite's shared-memory file for a WAL library cannot be mapped, as on a network
    share or in a folder nobody may write: here it points at /dev/null."""
    os.symlink("/dev/null", f"{path}-shm")


# -- what a person is told --------------------------------------------------------------


def test_a_file_that_cannot_be_read_is_named_with_the_reason(tmp_path):
    path = tmp_path / "meshwork.db"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))  # a socket: it exists, yet reading it fails
    try:
        error = opening_error(path)
    finally:
        server.close()
    assert type(error) is LibraryError
    assert str(error) == f"cannot read {path}: {os.strerror(errno.ENXIO)}"


def test_a_file_that_is_not_sqlite_but_had_backups_says_so_and_offers_them(library_path):
    fill(library_path)
    kept = backup.take(library_path, "auto")
    library_path.write_bytes(b"Dear diary, today the claims team" * 10)
    error = opening_error(library_path)
    assert isinstance(error, DamagedLibraryError) and error.backup.path == kept.path
    assert str(error).startswith(f"{library_path} is not a Meshwork library (not an SQLite database); "
                                 f"the file was left untouched. Newest good backup: ")


def test_a_file_that_is_not_sqlite_whose_backups_cannot_be_looked_at_is_simply_not_a_library(tmp_path,
                                                                                             monkeypatch):
    path = tmp_path / "notes.db"
    path.write_text("these are my workshop notes\n")

    def unreadable(_library):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backup, "list_backups", unreadable)
    error = opening_error(path)
    assert type(error) is LibraryError  # nothing says it was ever a library: no damage, no backup offered
    assert str(error) == f"{path} is not a Meshwork library (not an SQLite database)"


def test_a_library_that_fails_sqlites_quick_check_is_refused_untouched_with_what_sqlite_found(library_path):
    fill(library_path, n_sessions=30)
    data = bytearray(library_path.read_bytes())
    leaves = [page for page in range(1, len(data) // 4096) if data[page * 4096] == 0x0D]  # table leaf pages
    data[leaves[-1] * 4096 + 7] = 0x7F  # its count of fragmented free bytes: wrong, the rows still readable
    library_path.write_bytes(bytes(data))
    before = digest(library_path)
    error = opening_error(library_path)
    assert isinstance(error, DamagedLibraryError)
    assert str(error).startswith(f"{library_path} is damaged (SQLite quick check: *** in database main *** "
                                 f"Fragmentation of ")
    assert str(error).endswith("the file was left untouched. There is no backup; "
                               "a salvage copy can recover what is readable")
    assert digest(library_path) == before


def test_a_damaged_library_says_what_sqlite_said(library_path):
    fill(library_path, n_sessions=30)
    data = bytearray(library_path.read_bytes())
    for page in range(1, len(data) // 4096):  # every b-tree page header scribbled over
        data[page * 4096: page * 4096 + 12] = b"\x0d\xff" * 6
    library_path.write_bytes(bytes(data))
    error = opening_error(library_path)
    assert isinstance(error, DamagedLibraryError)
    assert str(error).startswith(f"{library_path} is damaged or not a Meshwork library "
                                 f"(database disk image is malformed); the file was left untouched")


def test_refusals_of_a_newer_or_foreign_database_name_the_file(library_path, tmp_path):
    db = open_library(library_path)
    db["_sqlite_migrations"].insert({"migration_set": "meshwork", "name": "0099_from_the_future",
                                     "applied_at": "2030-01-01"})
    db.close()
    assert str(opening_error(library_path)) == (
        f"{library_path} was made by a newer version of Meshwork (schema step '0099_from_the_future' is "
        f"unknown here); update Meshwork to open it")
    other = tmp_path / "invoices.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    assert str(opening_error(other)) == f"{other} is an SQLite database but not a Meshwork library"


def test_a_library_a_newer_meshwork_has_open_is_refused_though_the_upgrade_is_still_in_its_wal(library_path):
    """The newer Meshwork's upgrade sits in the -wal file until it is checkpointed: the
    check must read the library as SQLite does, with the WAL, not the main file alone."""
    fill(library_path)
    newer = sqlite3.connect(library_path, isolation_level=None)
    newer.execute("PRAGMA wal_autocheckpoint = 0")  # nothing copied back to the main file while it is open
    newer.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                  "VALUES ('meshwork', '0099_from_the_future', '2030-01-01')")
    try:
        assert "0099_from_the_future" in str(opening_error(library_path))
        assert "0099_from_the_future" in str(opening_error(library_path, read_only=True))
    finally:
        newer.close()


def test_a_folder_that_cannot_be_made_is_named_with_the_reason(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("a file where a folder should be")
    path = notes / "Workshops" / "meshwork.db"
    error = opening_error(path)
    assert str(error) == f"cannot create the folder for {path}: {os.strerror(errno.ENOTDIR)}"
    assert notes.read_text() == "a file where a folder should be"


def test_a_lock_file_that_cannot_be_made_gives_a_read_only_view_that_says_why(library_path):
    fill(library_path)
    lock.lock_path(library_path).unlink()
    lock.lock_path(library_path).mkdir()  # something else took the lock file's name
    db = open_library(library_path)
    try:
        assert read_only_reason(db) == (f"Read-only: its lock file cannot be created "
                                        f"({os.strerror(errno.EISDIR)}). Edits will not be saved.")
        assert db["sessions"].count == 2
    finally:
        db.close()


# -- a failed open cleans up after itself ---------------------------------------------------


def test_a_library_whose_shared_memory_cannot_be_mapped_opens_as_a_read_only_view_that_says_why(
        library_path):
    fill(library_path)
    unmappable_shared_memory(library_path)
    before = digest(library_path)
    db = open_library(library_path)
    try:
        assert read_only_reason(db) == (
            "Read-only: SQLite cannot use its shared-memory file (meshwork.db-shm) in this folder. "
            "Edits will not be saved.")
        assert sorted(r[0] for r in db.execute("SELECT text FROM cards")) == ["card 0", "card 1"]
        with pytest.raises(sqlite3.OperationalError):
            db.execute("DELETE FROM cards")
        assert not lock.is_held_here(library_path)  # a view: another Meshwork may still write it
        assert db.unchecked is False
    finally:
        db.close()
    db = open_library(library_path, whole_check=False)  # a large one: the window still checks it after
    try:
        assert db.unchecked and "shared-memory file" in read_only_reason(db)
    finally:
        db.close()
    assert digest(library_path) == before


def files_held_open(path: Path) -> list[str]:
    """The descriptors this process holds on ``path`` or SQLite's files beside it."""
    names = {str(path.resolve()), f"{path.resolve()}-wal", f"{path.resolve()}-shm", f"{path.resolve()}-journal"}
    held = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # closed while we looked (the listing's own descriptor)
        if target in names:
            held.append(target)
    return held


def test_a_library_whose_settings_cannot_be_applied_is_closed_again(library_path, monkeypatch):
    fill(library_path)

    def failing_disk(*_a, **_k):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(library_mod, "_settings", failing_disk)  # the first statement on the connection
    before = digest(library_path)
    error = opening_error(library_path)  # held: its traceback keeps the failed open's frame alive
    assert str(error) == f"cannot open {library_path}: disk I/O error"
    assert digest(library_path) == before  # left as it was, and where it was
    assert files_held_open(library_path) == []
    assert not lock.is_held_here(library_path)


def test_a_new_library_that_cannot_be_made_leaves_no_file_behind(library_path, monkeypatch):
    def full_disk(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrations, "migrate", full_disk)
    error = opening_error(library_path)
    assert str(error) == f"cannot open {library_path}: database or disk is full"
    # Nothing SQLite made is left (the lock file stays, as lock.py says: removing it would race).
    assert sorted(p.name for p in library_path.parent.iterdir()) == ["meshwork.db.lock"]
    assert not lock.is_held_here(library_path)
    monkeypatch.undo()
    db = open_library(library_path)  # with room on the disk again, the library is made
    try:
        assert read_only_reason(db) is None and migrations.pending_steps(db) == []
    finally:
        db.close()


def test_an_empty_file_that_could_not_be_made_a_library_is_left_as_it_was(library_path, monkeypatch):
    """An empty file is someone's: a failed start on it leaves it there, still empty."""
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b"")

    def full_disk(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrations, "migrate", full_disk)
    opening_error(library_path)
    assert library_path.read_bytes() == b""
    assert not os.path.exists(f"{library_path}-wal") and not os.path.exists(f"{library_path}-shm")


def refuse_connections(monkeypatch) -> None:
    """SQLite cannot open the file a moment after it was looked at (replaced, a share gone)."""

    def refused(*_a, **_k):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", refused)


def test_a_library_sqlite_cannot_open_after_its_header_was_read_says_so(library_path, monkeypatch):
    fill(library_path)
    refuse_connections(monkeypatch)
    assert str(opening_error(library_path)) == f"cannot open {library_path}: unable to open database file"
    monkeypatch.undo()
    assert library_path.exists() and not lock.is_held_here(library_path)


def test_a_new_library_sqlite_cannot_make_says_so_and_leaves_nothing(library_path, monkeypatch):
    refuse_connections(monkeypatch)
    error = opening_error(library_path)  # SQLite made no file: there is nothing to remove
    assert type(error) is LibraryError
    assert str(error) == f"cannot open {library_path}: unable to open database file"
    assert not lock.is_held_here(library_path)  # taken before SQLite was asked, and let go
    monkeypatch.undo()
    assert sorted(p.name for p in library_path.parent.iterdir()) == ["meshwork.db.lock"]


def test_a_failed_upgrade_lets_go_of_the_lock_and_a_later_open_works(tmp_path, monkeypatch):
    lib = old_library(tmp_path / "old.db")

    def full_disk(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "take", full_disk)
    before = digest(lib)  # not in WAL mode, as a copy made by another tool may be
    error = opening_error(lib)
    assert str(error) == (f"{lib} needs an upgrade, but the backup before it failed "
                          f"([Errno {errno.ENOSPC}] No space left on device); nothing was changed")
    assert digest(lib) == before  # as it says: not even switched to WAL
    assert not lock.is_held_here(lib)  # the connection that had it was closed
    check = Database(sqlite3.connect(lib))
    assert migrations.applied_steps(check) == migrations.known_steps()[:-1]
    check.close()
    monkeypatch.undo()
    db = open_library(lib)  # with room on the disk again, the upgrade goes ahead
    try:
        assert read_only_reason(db) is None and migrations.pending_steps(db) == []
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # and the switch after it
        assert db["series"].get("s")["name"] == "Claims team"
    finally:
        db.close()


# -- the read-only view ---------------------------------------------------------------------


def test_a_read_only_library_that_needs_an_upgrade_is_refused_and_left_untouched(tmp_path):
    lib = old_library(tmp_path / "old.db")
    before = digest(lib)
    error = opening_error(lib, read_only=True)
    assert str(error) == f"{lib} needs an upgrade by this Meshwork, but it was opened read-only"
    assert digest(lib) == before and backup.list_backups(lib) == []
    assert not lock.is_held_here(lib)
    db = open_library(lib)  # the view was closed: opened for writing, it is upgraded
    assert migrations.pending_steps(db) == []
    db.close()


def test_a_read_only_view_shows_what_another_meshwork_wrote_a_moment_ago(library_path):
    fill(library_path)
    other = open_library(library_path)
    other.conn.execute("PRAGMA wal_autocheckpoint = 0")  # the new session stays in the -wal file
    sessions.create(other, other.execute("SELECT id FROM series").fetchone()[0], "Written a moment ago")
    view = open_library(library_path, read_only=True)
    try:
        titles = {r[0] for r in view.execute("SELECT title FROM sessions")}
        assert titles == {"Session 0", "Session 1", "Written a moment ago"}
    finally:
        view.close()
        other.close()


def test_a_library_whose_shared_memory_cannot_be_mapped_still_opens_read_only(library_path):
    """As in a folder nobody may write: SQLite cannot use the -shm file, so the view
    reads the file as immutable; the file is left as it was."""
    fill(library_path)
    unmappable_shared_memory(library_path)
    before = digest(library_path)
    db = open_library(library_path, read_only=True)
    try:
        assert read_only_reason(db) == "Read-only: it was opened read-only. Edits will not be saved."
        assert sorted(r[0] for r in db.execute("SELECT text FROM cards")) == ["card 0", "card 1"]
        with pytest.raises(sqlite3.OperationalError):
            db.execute("DELETE FROM cards")
    finally:
        db.close()
    assert digest(library_path) == before


# -- connections and threads ----------------------------------------------------------------


def in_a_worker(job):
    """Run ``job`` in another thread, as the backup timer and the analysis workers do."""
    got: list = []

    def run():
        try:
            got.append(job())
        except Exception as exc:  # noqa: BLE001 - handed back to the test to assert on
            got.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    return got[0]


def test_a_writable_library_can_be_read_from_a_worker_thread(file_db):
    s = series.create(file_db, "Claims team")
    sessions.create(file_db, s["id"], "Q1")
    assert in_a_worker(lambda: file_db["sessions"].count) == 1


def test_a_bulk_write_outside_a_transaction_is_on_disk_at_once(file_db, library_path):
    """Each statement outside ``transaction()`` commits by itself: rows written in bulk
    are seen by another reader straight away, and nothing is left open."""
    rows.insert_many(file_db, "series", [{"name": f"Team {n}"} for n in range(3)])
    assert not file_db.conn.in_transaction
    other = reader(library_path)
    try:
        assert sorted(r[0] for r in other.execute("SELECT name FROM series")) == ["Team 0", "Team 1", "Team 2"]
    finally:
        other.close()


def test_a_bulk_write_in_memory_leaves_no_transaction_open():
    db = open_memory()
    rows.insert_many(db, "series", [{"name": "Team"}])
    assert not db.conn.in_transaction
    with pytest.raises(RuntimeError):
        with transaction(db):
            rows.insert(db, "series", {"name": "Undone"})
            raise RuntimeError("an edit that fails")
    assert [r[0] for r in db.execute("SELECT name FROM series")] == ["Team"]
    db.close()


def test_a_reader_in_a_worker_thread_sees_what_was_saved_and_cannot_write(file_db, library_path):
    s = series.create(file_db, "Claims team")
    sessions.create(file_db, s["id"], "Q1")
    before = digest(library_path)

    def job():
        db = reader(library_path)
        try:
            titles = [r[0] for r in db.execute("SELECT title FROM sessions")]
            with pytest.raises(sqlite3.OperationalError, match="readonly|query_only|read-only"):
                db.execute("DELETE FROM sessions")
            return titles, db.execute("PRAGMA busy_timeout").fetchone()[0]
        finally:
            db.close()

    assert in_a_worker(job) == (["Q1"], library_mod.BUSY_TIMEOUT_MS)
    assert digest(library_path) == before
    assert [r[0] for r in file_db.execute("SELECT title FROM sessions")] == ["Q1"]


def test_a_reader_cannot_write_even_where_the_file_could_be_written(library_path):
    fill(library_path)
    db = reader(library_path)
    try:
        assert db.execute("PRAGMA query_only").fetchone()[0] == 1
    finally:
        db.close()


# -- a library means the same whatever else is installed -------------------------------------


class _Probe:
    """An installed sqlite-utils plugin: it would change every connection it is shown."""

    def __init__(self):
        self.shown: list[sqlite3.Connection] = []

    @hookimpl
    def prepare_connection(self, conn):
        self.shown.append(conn)


def test_no_sqlite_utils_plugin_sees_a_library_connection(library_path):
    probe = _Probe()
    pm.register(probe, name="meshwork-test-probe")
    try:
        fill(library_path)  # creates, checks and migrates
        open_library(library_path).close()  # checks an existing one
        open_library(library_path, read_only=True).close()
        reader(library_path).close()
        open_memory().close()
        assert probe.shown == []
        Database(sqlite3.connect(":memory:")).close()  # and the probe does see a plain sqlite-utils connection
        assert len(probe.shown) == 1
    finally:
        pm.unregister(name="meshwork-test-probe")


# -- what a crash left, and a disk that fails -----------------------------------------------

_CRASH_AFTER_A_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE cards SET text = 'written just before the crash' WHERE text = 'card 0'")
os._exit(0)  # no close, no checkpoint: the edit is only in the -wal file
"""


def test_a_read_only_view_of_what_a_crash_left_shows_the_last_edit_and_writes_nothing(library_path):
    import subprocess
    import sys

    fill(library_path)
    subprocess.run([sys.executable, "-c", _CRASH_AFTER_A_WRITE, str(library_path)], check=True, timeout=60)
    before = digest(library_path)
    db = open_library(library_path, read_only=True)
    try:
        texts = sorted(r[0] for r in db.execute("SELECT text FROM cards"))
    finally:
        db.close()
    assert texts == ["card 1", "written just before the crash"]
    assert digest(library_path) == before  # the view did not copy the -wal into the file on closing


def test_a_read_only_view_that_cannot_be_read_says_what_failed(library_path, monkeypatch):
    fill(library_path)

    def failing_disk(_db):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "pending_steps", failing_disk)
    error = opening_error(library_path, read_only=True)
    assert str(error) == f"cannot open {library_path} read-only: disk I/O error"
