"""A large library opened without reading it whole first (``whole_check=False``), as
the window opens one over CHECK_AFTER_OPEN_BYTES: header and schema are checked,
edits are held (the app says why, and SQLite itself refuses) until ``check_now``
passes and ``allow_edits`` lets them go; whatever must write at once checks the
whole file first. No window here: tests/test_check_after_open.py drives that."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from storage import backup, events, lock, migrations, rows, series, sessions
from storage import library as library_mod
from storage.library import (
    CHECK_AFTER_OPEN_BYTES,
    CHECKING,
    DamagedLibraryError,
    allow_edits,
    check_now,
    checked_on_open,
    edits_held,
    hold_edits,
    open_library,
    read_only_reason,
    transaction,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_library(path: Path, logged: int = 400) -> Path:
    """A series and session, and an event log that opening the library never reads."""
    db = open_library(path)
    s = series.create(db, "Claims team")
    session = sessions.create(db, s["id"], "Kick-off")
    with transaction(db):
        for n in range(logged):
            events.append(db, session["id"], "add", "cards", None, {"text": f"an old edit {n} " + "x" * 200})
    db.close()  # checkpointed: everything is in the main file
    return path


def damage_the_event_log(path: Path) -> None:
    """Scribble over the second half of the event log's pages: only a whole read finds it."""
    view = open_library(path, read_only=True)
    pages = [p for (p,) in view.execute("SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf'")]
    view.close()
    data = bytearray(path.read_bytes())
    for page in pages[len(pages) // 2:]:
        data[(page - 1) * 4096: (page - 1) * 4096 + 12] = b"\x0d\xff" * 6
    path.write_bytes(bytes(data))


def not_in_wal(path: Path) -> Path:
    """As a copy made by another tool may be: a rollback journal, not WAL."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


def old_library(path: Path, logged: int = 400) -> Path:
    """A library of the Meshwork before this one (its last step not applied), in WAL."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.migrations.apply(Database(conn), stop_before=migrations.known_steps()[-1])
    conn.execute("INSERT INTO series (id, name, created_at) VALUES ('s', 'Claims team', 't')")
    for n in range(logged):
        conn.execute("INSERT INTO events (id, session_id, seq, at, action, entity, payload) "
                     "VALUES (?, NULL, ?, 't', 'add', 'cards', ?)", (f"e{n}", n, '{"text": "' + "x" * 200 + '"}'))
    conn.close()
    return path


def add_series(db, name: str = "Written") -> None:
    rows.insert(db, "series", {"name": name})


def series_names(path: Path) -> list[str]:
    view = open_library(path, read_only=True)
    try:
        return sorted(r[0] for r in view.execute("SELECT name FROM series"))
    finally:
        view.close()


# -- edits held until the check has passed ---------------------------------------------------


def test_a_library_opened_unchecked_refuses_edits_until_they_are_allowed(library_path):
    make_library(library_path)
    db = open_library(library_path, whole_check=False)
    try:
        assert db.unchecked and edits_held(db)
        assert read_only_reason(db) == CHECKING
        assert CHECKING.startswith("the library file is still being checked for damage")
        assert db.execute("PRAGMA query_only").fetchone()[0] == 1  # SQLite refuses whatever slips past the app
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            add_series(db)
        assert [r[0] for r in db.execute("SELECT title FROM sessions")] == ["Kick-off"]  # reading is fine
        assert lock.is_held_here(library_path)  # it is the writer, only waiting
        check_now(library_path)  # passes: nothing raised
        allow_edits(db)
        assert not db.unchecked and not edits_held(db) and read_only_reason(db) is None
        assert db.execute("PRAGMA query_only").fetchone()[0] == 0
        add_series(db)
    finally:
        db.close()
    assert series_names(library_path) == ["Claims team", "Written"]


def test_a_library_checked_whole_on_open_is_not_held(library_path):
    make_library(library_path)
    db = open_library(library_path)
    try:
        assert not db.unchecked and not edits_held(db) and read_only_reason(db) is None
        add_series(db)
    finally:
        db.close()
    assert series_names(library_path) == ["Claims team", "Written"]


def test_a_new_library_has_nothing_to_check(library_path):
    db = open_library(library_path, whole_check=False)
    try:
        assert not db.unchecked and read_only_reason(db) is None
        add_series(db)
    finally:
        db.close()


def test_an_empty_file_opened_unchecked_becomes_a_writable_library(library_path):
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b"")
    db = open_library(library_path, whole_check=False)
    try:
        assert not db.unchecked and read_only_reason(db) is None
        add_series(db)
    finally:
        db.close()


def test_allow_edits_on_a_library_that_was_never_held_changes_nothing(library_path):
    make_library(library_path)
    view = open_library(library_path, read_only=True, whole_check=False)
    try:
        said = read_only_reason(view)
        assert said == "Read-only: it was opened read-only. Edits will not be saved."
        assert view.unchecked  # the window still checks it, and offers a backup if it is damaged
        allow_edits(view)  # a view stays a view
        assert read_only_reason(view) == said and view.unchecked
        assert view.execute("PRAGMA query_only").fetchone()[0] == 1
    finally:
        view.close()
    db = open_library(library_path)
    try:
        db.conn.execute("PRAGMA query_only = ON")  # held by someone other than hold_edits
        db.unchecked = True
        allow_edits(db)
        assert db.execute("PRAGMA query_only").fetchone()[0] == 1 and db.unchecked
    finally:
        db.close()


def test_allow_edits_on_a_plain_database_that_was_never_held_changes_nothing(library_path):
    make_library(library_path)
    plain = Database(sqlite3.connect(library_path, isolation_level=None))  # not opened by open_library
    try:
        plain.conn.execute("PRAGMA query_only = ON")
        allow_edits(plain)
        assert plain.execute("PRAGMA query_only").fetchone()[0] == 1
        assert edits_held(plain) is False and read_only_reason(plain) is None
    finally:
        plain.close()


def test_holding_a_read_only_view_keeps_its_own_reason(library_path):
    make_library(library_path)
    view = open_library(library_path, read_only=True)
    try:
        hold_edits(view, CHECKING)
        assert read_only_reason(view) == "Read-only: it was opened read-only. Edits will not be saved."
        assert not edits_held(view)
    finally:
        view.close()


def test_held_edits_take_the_newest_reason_and_a_plain_database_can_be_held(library_path):
    make_library(library_path)
    db = open_library(library_path, whole_check=False)
    try:
        hold_edits(db, "the library is being restored")
        assert read_only_reason(db) == "the library is being restored" and edits_held(db)
    finally:
        db.close()
    plain = Database(sqlite3.connect(library_path, isolation_level=None))
    try:
        assert read_only_reason(plain) is None and edits_held(plain) is False
        hold_edits(plain, CHECKING)
        assert read_only_reason(plain) == CHECKING and edits_held(plain)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            add_series(plain)
        allow_edits(plain)
        assert read_only_reason(plain) is None and not edits_held(plain)
        add_series(plain)
    finally:
        plain.close()


def test_a_library_in_a_read_only_folder_opened_unchecked_is_a_view_still_to_be_checked(library_path,
                                                                                       monkeypatch):
    make_library(library_path)
    monkeypatch.setattr(library_mod, "_writable", lambda p: ("folder", str(p.parent)))
    view = open_library(library_path, whole_check=False)
    try:
        assert view.unchecked and not edits_held(view)
        assert read_only_reason(view) == f"Read-only: the folder {library_path.parent} is read-only. " \
                                         "Edits will not be saved."
    finally:
        view.close()
    view = open_library(library_path)
    try:
        assert view.unchecked is False  # read whole before it was shown
    finally:
        view.close()


# -- what opening unchecked still refuses at once --------------------------------------------


def test_damage_only_a_whole_read_finds_is_found_by_check_now_naming_the_file_and_the_damage(library_path):
    make_library(library_path)
    backup.take(library_path, "auto")
    damage_the_event_log(library_path)
    before = digest(library_path)
    db = open_library(library_path, whole_check=False)  # header and schema are sound: it opens
    try:
        assert read_only_reason(db) == CHECKING
        with pytest.raises(DamagedLibraryError) as caught:
            check_now(library_path)
        assert caught.value.path == library_path and caught.value.backup is not None
        assert str(caught.value).startswith(f"{library_path} is damaged (")
        assert "the file was left untouched. Newest good backup: " in str(caught.value)
    finally:
        db.close()
    assert digest(library_path) == before


def test_check_now_reports_what_sqlites_quick_check_found(library_path):
    make_library(library_path)
    data = bytearray(library_path.read_bytes())
    leaves = [page for page in range(1, len(data) // 4096) if data[page * 4096] == 0x0D]
    data[leaves[-1] * 4096 + 7] = 0x7F  # a wrong count of fragmented bytes: the rows still read
    library_path.write_bytes(bytes(data))
    with pytest.raises(DamagedLibraryError) as caught:
        check_now(library_path)
    assert str(caught.value).startswith(f"{library_path} is damaged (SQLite quick check: *** in database main *** ")
    assert str(caught.value).endswith("There is no backup; a salvage copy can recover what is readable")


def test_check_now_waits_for_a_writer_to_finish_instead_of_calling_the_file_damaged(library_path):
    make_library(library_path)
    not_in_wal(library_path)
    writer = sqlite3.connect(library_path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN EXCLUSIVE")  # another program, in the middle of its write: readers wait
    outcome: list = []

    def check():
        try:
            check_now(library_path)
            outcome.append("passed")
        except DamagedLibraryError as exc:
            outcome.append(str(exc))

    worker = threading.Thread(target=check)
    worker.start()
    worker.join(0.3)  # without a busy timeout it has given up by now
    writer.execute("COMMIT")
    writer.close()
    worker.join()
    assert outcome == ["passed"]


def test_a_file_not_in_wal_is_checked_whole_before_the_switch_to_wal_writes(library_path):
    make_library(library_path)
    damage_the_event_log(library_path)
    not_in_wal(library_path)
    before = digest(library_path)
    with pytest.raises(DamagedLibraryError, match="is damaged"):
        open_library(library_path, whole_check=False)
    assert digest(library_path) == before
    assert not lock.is_held_here(library_path)


def test_a_healthy_file_not_in_wal_is_checked_switched_and_not_held(library_path):
    make_library(library_path)
    not_in_wal(library_path)
    db = open_library(library_path, whole_check=False)
    try:
        assert db.unchecked is False and read_only_reason(db) is None  # checked already: nothing to wait for
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        add_series(db)
    finally:
        db.close()


def test_a_library_that_needs_an_upgrade_is_checked_whole_before_its_backup_and_upgrade(tmp_path):
    lib = old_library(tmp_path / "old.db")
    view = Database(sqlite3.connect(lib))
    pages = [p for (p,) in view.execute("SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf'")]
    view.close()
    data = bytearray(lib.read_bytes())
    for page in pages[len(pages) // 2:]:
        data[(page - 1) * 4096: (page - 1) * 4096 + 12] = b"\x0d\xff" * 6
    lib.write_bytes(bytes(data))
    before = digest(lib)
    with pytest.raises(DamagedLibraryError, match="is damaged"):
        open_library(lib, whole_check=False)
    assert digest(lib) == before and backup.list_backups(lib) == []  # no backup of a damaged file, no upgrade
    assert not lock.is_held_here(lib)


def test_a_healthy_library_that_needs_an_upgrade_is_upgraded_and_not_held(tmp_path):
    lib = old_library(tmp_path / "old.db")
    db = open_library(lib, whole_check=False)
    try:
        assert migrations.pending_steps(db) == []
        assert db.unchecked is False and read_only_reason(db) is None
        add_series(db)
    finally:
        db.close()
    assert [b.reason for b in backup.list_backups(lib)] == ["migration"]


# -- which libraries are checked before the window -------------------------------------------


def test_a_library_of_exactly_the_limit_is_checked_on_open_and_one_byte_more_is_not(tmp_path):
    path = tmp_path / "big.db"
    with open(path, "wb") as fh:
        fh.truncate(CHECK_AFTER_OPEN_BYTES)  # sparse: takes no room on the disk
    assert CHECK_AFTER_OPEN_BYTES == 64 * 1024 * 1024
    assert checked_on_open(path)
    with open(path, "r+b") as fh:
        fh.truncate(CHECK_AFTER_OPEN_BYTES + 1)
    assert not checked_on_open(path)
    assert checked_on_open(path, limit=CHECK_AFTER_OPEN_BYTES + 1)
    assert not checked_on_open(path, limit=0)
    assert checked_on_open(str(path), limit=os.path.getsize(path))


def test_a_library_that_is_not_there_yet_is_checked_on_open(tmp_path):
    assert checked_on_open(tmp_path / "new.db", limit=0)
    assert checked_on_open(tmp_path / "a file" / "under a file.db", limit=0)
