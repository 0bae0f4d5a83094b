"""Open a library file: checks before writing, pragmas, the one transaction helper."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from storage import migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class LibraryError(Exception):
    """A library that cannot be opened; the message is fit to show a person."""


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    """UTC ISO-8601 with microseconds, so events sort by time within a second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _check_readable(path: Path) -> None:
    """Refuse a file that is not SQLite, is damaged, or is newer than we know.

    Runs on a read-only connection so that a refused file is left byte-identical.
    """
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a Meshwork library file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise LibraryError(f"cannot read {path}: {exc.strerror}") from None
    if header and header != SQLITE_HEADER:
        raise LibraryError(f"{path} is not a Meshwork library (not an SQLite database)")
    if not header:
        return  # an empty file becomes a new library
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise LibraryError(f"cannot open {path}: {exc}") from None
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise LibraryError(f"{path} is damaged (SQLite quick check: {result})")
        migrations.refuse_unknown(Database(conn), path)
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path} is damaged or not a Meshwork library ({exc})") from None
    finally:
        conn.close()


def open_library(path: str | Path) -> Database:
    """Open (creating if needed) a library, migrated to this version's schema."""
    path = Path(path)
    if path.exists():
        _check_readable(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"cannot create the folder for {path}: {exc.strerror}") from None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        db = configure(Database(conn))
        migrations.migrate(db)
    except sqlite3.Error as exc:
        raise LibraryError(f"cannot open {path}: {exc}") from None
    return db


def open_memory() -> Database:
    """An in-memory library, for tests and headless tools."""
    db = configure(Database(sqlite3.connect(":memory:", isolation_level=None)))
    migrations.migrate(db)
    return db


def configure(db: Database) -> Database:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL survives an application crash; only power loss can lose the last commits.
    db.execute("PRAGMA synchronous = NORMAL")
    return db


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
