"""Opening a library file: the message a person gets for each file that cannot be
opened for writing, and the read-only view they get instead."""

import threading

import pytest

from storage import backup
from storage import library as library_mod
from storage.library import DamagedLibraryError, LibraryError, open_library, read_only_reason
from tests.test_safety import fill


def test_a_folder_is_not_a_library(tmp_path):
    with pytest.raises(LibraryError, match="is a folder, not a Meshwork library file"):
        open_library(tmp_path)


def test_a_file_that_was_a_library_once_says_what_became_of_it(library_path):
    fill(library_path)
    backup.take(library_path, "auto")
    library_path.write_bytes(b"")
    with pytest.raises(DamagedLibraryError, match=r"meshwork\.db is empty; the file was left untouched"):
        open_library(library_path)
    library_path.write_bytes(b"Dear diary, today the claims team" * 10)
    with pytest.raises(DamagedLibraryError, match=r"is not a Meshwork library \(not an SQLite database\)"):
        open_library(library_path)


def test_an_empty_file_that_cannot_be_written_is_not_turned_into_a_view(library_path, monkeypatch):
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b"")
    monkeypatch.setattr(library_mod, "_writable", lambda p: ("folder", str(p.parent)))
    with pytest.raises(LibraryError, match="cannot create a library at .*the folder .* is read-only"):
        open_library(library_path)


def test_a_read_only_view_knows_its_file_refuses_writes_and_works_from_another_thread(library_path):
    fill(library_path)
    db = open_library(library_path, read_only=True)
    try:
        assert db.path == library_path
        assert read_only_reason(db) == "Read-only: it was opened read-only. Edits will not be saved."
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
            db.execute("DELETE FROM sessions")
        counted = []
        worker = threading.Thread(target=lambda: counted.append(db["sessions"].count))
        worker.start()
        worker.join()
        assert counted == [2]  # the backup timer reads from its own thread
    finally:
        db.close()


def test_closing_twice_is_harmless_and_lets_go_of_the_lock(library_path):
    db = open_library(library_path)
    db.close()
    db.close()
    again = open_library(library_path)
    assert read_only_reason(again) is None
    again.close()


def test_a_new_library_in_folders_that_do_not_exist_yet_creates_them(tmp_path):
    path = tmp_path / "Workshops" / "2026" / "Claims" / "library.db"
    db = open_library(path)
    try:
        assert path.is_file() and read_only_reason(db) is None
    finally:
        db.close()


def test_a_library_in_memory_is_writable():
    from storage.library import open_memory

    db = open_memory()
    assert read_only_reason(db) is None
    db.close()
