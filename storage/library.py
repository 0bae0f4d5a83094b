"""Open a library file: checks before writing, pragmas, the one transaction helper."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from storage import lock, migrations
from storage.errors import DamagedLibraryError, LibraryError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# A library larger than this is opened in the window without reading it whole first:
# PRAGMA quick_check reads every page (0.6-0.8 s for 566 MB); the window runs it on a
# worker right after it is shown and holds edits until it passes (docs/data-safety.md).
CHECK_AFTER_OPEN_BYTES = 64 * 1024 * 1024
CHECKING = ("the library file is still being checked for damage (a large file takes a few seconds); "
            "edits are saved once the check has passed")


class LibraryDatabase(Database):
    """A library opened by ``open_library``: knows its path, whether it is a
    read-only view (and why), and lets go of the writer lock when closed."""

    path: Path | None = None
    read_only: str | None = None  # why this is a read-only view, fit to show (English); None if writable
    # The same reason as a stable kind and its detail, for app/ to say in the reader's language:
    # ("opened", ""), ("folder", path), ("file", name), ("busy", owner), ("lock", strerror) or
    # ("shm", its -shm file's name);
    # None while hold_edits holds them: its reason is said as the caller gave it.
    read_only_why: tuple[str, str] | None = None
    unchecked: bool = False  # opened without PRAGMA quick_check: see check_now and allow_edits
    _lock_key: str | None = None
    _held: bool = False  # edits held by hold_edits, not by a read-only view

    def __init__(self, conn: sqlite3.Connection):
        # No sqlite-utils plugins: a library means the same whatever else is installed,
        # and looking for plugins costs start-up time.
        super().__init__(conn, execute_plugins=False)

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._lock_key is not None:
                lock.release(self._lock_key)
                self._lock_key = None


def read_only_reason(db: Database) -> str | None:
    """Why edits to this library are refused, or None when it is writable."""
    return getattr(db, "read_only", None)


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    """UTC ISO-8601 with microseconds, so events sort by time within a second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _has_backups(path: Path) -> bool:
    from storage import backup

    try:
        return bool(backup.list_backups(path))
    except OSError:
        return False


def _check_readable(path: Path, whole: bool) -> bool:
    """Refuse a file that is not SQLite, is damaged, or is newer than we know. With
    ``whole`` False, only its header and schema are read, unless opening it writes at
    once (the switch to WAL, an upgrade): then PRAGMA quick_check reads it whole all
    the same. True if it was read whole (or there was nothing to read).

    Runs on a read-only connection so that a refused file is left byte-identical.
    """
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a Meshwork library file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
            fh.seek(18)
            in_wal = fh.read(2) == b"\x02\x02"  # read and write versions 2: WAL
    except OSError as exc:
        raise LibraryError(f"cannot read {path}: {exc.strerror}") from None
    if header and header != SQLITE_HEADER:
        if _has_backups(path):  # it was a library once: offer what we kept
            raise DamagedLibraryError(path, "is not a Meshwork library (not an SQLite database)")
        raise LibraryError(f"{path} is not a Meshwork library (not an SQLite database)")
    if not header:  # nothing read: the file is empty
        if _has_backups(path):
            raise DamagedLibraryError(path, "is empty")
        return True  # an empty file becomes a new library
    try:
        conn = _read_only_connection(path)
    except sqlite3.Error as exc:
        raise LibraryError(f"cannot open {path}: {exc}") from None
    try:
        try:
            conn.execute("PRAGMA schema_version")
        except sqlite3.OperationalError:
            # A WAL library in a folder nobody may write (a read-only mount): SQLite
            # cannot make its -shm file, so read it as immutable, as _open_read_only does.
            conn.close()
            conn = _read_only_connection(path, immutable=True)
        db = LibraryDatabase(conn)
        whole = whole or not in_wal or bool(migrations.pending_steps(db))
        if whole:
            _quick_check(conn, path)
        migrations.refuse_unknown(db, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # bad bytes in the schema: either
        raise DamagedLibraryError(path, f"is damaged or not a Meshwork library ({exc})") from None
    finally:
        conn.close()
    return whole


def _read_only_connection(path: Path, immutable: bool = False, **kwargs) -> sqlite3.Connection:
    """A connection that cannot write (``mode=ro``; ``immutable=1`` where SQLite cannot
    use the -shm file). It never writes, so it never needs Python's implicit BEGIN."""
    flags = "mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, isolation_level=None, **kwargs)


def _query_only(conn: sqlite3.Connection, on: bool) -> None:
    """SQLite's own refusal of every write on this connection."""
    conn.execute(f"PRAGMA query_only = {int(on)}")


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise DamagedLibraryError(path, f"is damaged (SQLite quick check: {result})")


def check_now(path: str | Path) -> None:
    """The check open_library skipped: PRAGMA quick_check over the whole file, on a
    read-only connection of its own (a worker thread may run it while the window reads).
    Raises DamagedLibraryError, naming the newest good backup, if the file is damaged."""
    path = Path(path)
    try:
        conn = _read_only_connection(path)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _quick_check(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedLibraryError(path, f"is damaged ({exc})") from None


def checked_on_open(path: str | Path, limit: int = CHECK_AFTER_OPEN_BYTES) -> bool:
    """Whether opening this file should check it whole first (small files, and files
    that are not there yet), rather than after the window is shown."""
    try:
        return Path(path).stat().st_size <= limit
    except OSError:
        return True


def hold_edits(db: Database, reason: str) -> None:
    """Refuse every write until allow_edits: the app says ``reason`` (see read_only_reason),
    and SQLite itself refuses (query_only) whatever would slip past the app."""
    if getattr(db, "read_only", None) is not None and not edits_held(db):
        return  # a read-only view already refuses everything, for a reason of its own
    _query_only(db.conn, True)
    db.read_only, db.read_only_why, db._held = reason, None, True


def allow_edits(db: Database) -> None:
    """Undo hold_edits: the check has passed."""
    if not edits_held(db):
        return
    _query_only(db.conn, False)
    db.read_only, db.read_only_why, db._held, db.unchecked = None, None, False, False


def edits_held(db: Database) -> bool:
    return getattr(db, "_held", False)


# Why a library is only read, by kind (see LibraryDatabase.read_only_why).
READ_ONLY_REASONS = {
    "opened": "it was opened read-only",
    "folder": "the folder {0} is read-only",
    "file": "the file {0} is read-only",
    "busy": "it is open in another Meshwork ({0})",
    "lock": "its lock file cannot be created ({0})",
    "shm": "SQLite cannot use its shared-memory file ({0}) in this folder",
}


def _writable(path: Path) -> tuple[str, str] | None:
    """None if we may write the library (and its -wal, -shm, lock) here, else why not."""
    if not os.access(path.parent, os.W_OK):
        return ("folder", str(path.parent))
    if path.exists() and not os.access(path, os.W_OK):
        return ("file", path.name)
    return None


def open_library(path: str | Path, *, read_only: bool = False, whole_check: bool = True) -> Database:
    """Open (creating if needed) a library, migrated to this version's schema.

    One process writes at a time: if another Meshwork holds the library, or the
    file or folder cannot be written, the result is a read-only view whose
    ``read_only`` attribute says why (see ``read_only_reason``).

    With ``whole_check`` False the file is not read whole first (PRAGMA quick_check):
    header and schema are still checked, a damaged page still raises when it is read,
    and a writable library comes back with ``unchecked`` True and its edits held
    (hold_edits) until ``check_now`` passes and ``allow_edits`` lets them go. Whatever
    must write at once (a migration, the switch to WAL) checks the whole file first."""
    path = Path(path)
    created = not path.exists()  # a failed start then leaves nothing behind
    existed = not created and path.stat().st_size != 0
    unchecked = not created and not _check_readable(path, whole_check)
    if created:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"cannot create the folder for {path}: {exc.strerror}") from None
    why = ("opened", "") if read_only else _writable(path)
    key = None
    if why is None:
        try:
            key = lock.acquire(path)
        except lock.LockBusy as exc:
            why = ("busy", str(exc.owner))
        except OSError as exc:
            why = ("lock", str(exc.strerror))
    if why is not None:
        reason = READ_ONLY_REASONS[why[0]].format(why[1])
        if not existed:
            raise LibraryError(f"cannot create a library at {path}: {reason}")
        view = _open_read_only(path, why)
        view.unchecked = unchecked
        return view
    db: LibraryDatabase | None = None
    try:
        db = LibraryDatabase(sqlite3.connect(str(path), isolation_level=None, check_same_thread=False))
        db.path, db._lock_key = path, key
        key = None  # the database owns the lock now and lets go of it on close
        _settings(db)  # no WAL yet: a failed backup before an upgrade must leave the file as it was
        migrations.migrate(db, before=lambda pending: _backup_before_migration(db, path))
        use_wal(db)
        if unchecked:
            db.unchecked = True
            hold_edits(db, CHECKING)
    except (sqlite3.Error, UnicodeDecodeError, LibraryError) as exc:
        if db is not None:
            db.close()
        if key is not None:
            lock.release(key)
        if created:  # leave nothing behind (the lock file stays: lock.py says why)
            with contextlib.suppress(OSError):  # the error that matters is the one raised below
                path.unlink()
        if isinstance(exc, LibraryError):
            raise
        if existed and getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_CANTOPEN:
            # The file was read a moment ago, so what SQLite cannot open is its -shm file
            # (a network share, a folder nobody may write): the view reads it as immutable.
            view = _open_read_only(path, ("shm", f"{path.name}-shm"))
            view.unchecked = unchecked
            return view
        raise LibraryError(f"cannot open {path}: {exc}") from None
    return db


def _backup_before_migration(db: Database, path: Path) -> None:
    if not migrations.applied_steps(db):
        return  # a brand-new library: nothing to lose
    from storage import backup

    try:
        backup.take(path, "migration")
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError(
            f"{path} needs an upgrade, but the backup before it failed ({exc}); nothing was changed"
        ) from None


def _open_read_only(path: Path, why: tuple[str, str]) -> Database:
    """A view that cannot write: SQLite refuses writes, and the app checks
    ``read_only`` first so a person gets a clear message instead."""
    reason = READ_ONLY_REASONS[why[0]].format(why[1])
    try:
        db, pending = _view(path, immutable=False)
    except sqlite3.Error:
        # A read-only folder may not allow the -shm file: read it as immutable.
        try:
            db, pending = _view(path, immutable=True)
        except sqlite3.Error as exc:
            raise LibraryError(f"cannot open {path} read-only: {exc}") from None
    if pending:
        db.close()
        raise LibraryError(f"{path} needs an upgrade by this Meshwork, but {reason}")
    db.path = path
    db.read_only = f"Read-only: {reason}. Edits will not be saved."
    db.read_only_why = why
    return db


def _view(path: Path, immutable: bool) -> tuple[LibraryDatabase, list[str]]:
    db = LibraryDatabase(_read_only_connection(path, immutable, check_same_thread=False))
    try:
        _settings(db)
        _query_only(db.conn, True)
        return db, migrations.pending_steps(db)
    except sqlite3.Error:
        db.close()
        raise


def reader(path: str | Path) -> Database:
    """A read-only connection for a worker thread (analysis, checks): SQLite connections
    are not shared across threads. No checks, no lock, no migration: the window that
    opened the library did all that."""
    db = LibraryDatabase(_read_only_connection(Path(path)))
    _settings(db)
    _query_only(db.conn, True)
    return db


def open_memory() -> Database:
    """An in-memory library, for tests and headless tools."""
    db = configure(LibraryDatabase(sqlite3.connect(":memory:", isolation_level=None)))
    migrations.migrate(db)
    return db


def configure(db: Database) -> Database:
    _settings(db)
    use_wal(db)
    return db


def _settings(db: Database) -> None:
    """What every writable connection needs and writes nothing."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")


def use_wal(db: Database) -> None:
    """WAL journal (switching a file to it writes its header)."""
    db.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL survives an application crash; only power loss can lose the last commits.
    db.execute("PRAGMA synchronous = NORMAL")


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One atomic unit of writes. BEGIN IMMEDIATE takes the write lock up front,
    so a WAL snapshot can never turn stale halfway (SQLITE_BUSY_SNAPSHOT).
    Nested use becomes a savepoint through sqlite-utils' atomic()."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
