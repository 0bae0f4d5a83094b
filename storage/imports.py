"""Writing imported sessions: rows shaped like ``snapshot.dump_session``'s, added
to a library inside the caller's transaction (the caller checks the data first;
these functions refuse what would collide with rows already there).

Tags are library-wide and matched by name, so an imported card's tag joins the
library's tag of the same name; events get fresh sequence numbers after the
library's own, in their original order."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlite_utils import Database

from storage import matches, rows, snapshot
from storage.rows import Row

# Every table an imported session writes rows with their own ids into.
ID_TABLES = ["sessions", "participants", "canvases", "zones", "cards", "links", "votes", "reflections",
             "agenda_steps", "events"]


class Collision(Exception):
    """A row id that is already in the library."""

    def __init__(self, table: str, row_id: str):
        self.table, self.row_id = table, row_id
        super().__init__(f"{table} row {row_id} is already in this library")


class TooSlow(Exception):
    """Reading another library took longer than its time guard allows."""


@contextlib.contextmanager
def time_guard(db: Database, seconds: float, clock: Callable[[], float] = time.monotonic) -> Iterator[None]:
    """Interrupt any statement on ``db`` once ``seconds`` have passed, so a hostile
    file (a query that never ends) cannot hang an import; raises TooSlow then."""
    deadline = clock() + seconds
    tripped = False

    def check() -> int:
        nonlocal tripped
        tripped = tripped or clock() > deadline
        return 1 if tripped else 0

    db.conn.set_progress_handler(check, 1_000)
    try:
        yield
    except sqlite3.OperationalError:
        if tripped:
            raise TooSlow(f"reading it took longer than {seconds:g} seconds") from None
        raise
    finally:
        db.conn.set_progress_handler(None, 0)


def not_plain_tables(db: Database, names: Iterable[str], missing_ok: bool = False) -> list[str]:
    """What is wrong with these names as tables to read rows from: a view (which can
    run any query, even one that never ends), a virtual table, generated columns;
    and a missing table, unless ``missing_ok``."""
    names = list(names)
    marks = ", ".join("?" for _ in names)
    found = {r[0]: (r[1], r[2] or "") for r in db.execute(
        f"SELECT name, type, sql FROM sqlite_master WHERE name IN ({marks})", names)}
    problems = []
    for name in names:
        kind, sql = found.get(name, (None, ""))
        if kind is None:
            if not missing_ok:
                problems.append(f"it has no {name} table")
        elif kind != "table":
            problems.append(f"its {name} is a {kind}, not a table")
        elif sql.lstrip()[:14].upper() == "CREATE VIRTUAL":
            problems.append(f"its {name} is a virtual table")
        elif any(column[6] for column in db.execute(f"PRAGMA table_xinfo([{name}])")):
            problems.append(f"its {name} table has generated or hidden columns")
    return problems


def broken_references(db: Database, limit: int = 50) -> list[str]:
    """Rows pointing at a row that is not there (a file written with foreign keys off)."""
    found = db.execute("PRAGMA foreign_key_check").fetchmany(limit)
    return [f"{table} row {rowid} points at a {parent} row that is not there" for table, rowid, parent, _ in found]


def existing_ids(db: Database, table: str, ids: Iterable[str]) -> set[str]:
    """Which of these ids the table already holds (checked in chunks: SQLite caps parameters)."""
    ids = list(dict.fromkeys(ids))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(r[0] for r in db.execute(f"SELECT id FROM [{table}] WHERE id IN ({marks})", chunk))
    return found


def session_exists(db: Database, session_id: str) -> Row | None:
    return rows.get(db, "sessions", session_id)


def ensure_series(db: Database, row: Row) -> str:
    """The series' id, adding the series if this library does not have it yet."""
    if rows.get(db, "series", row["id"]) is None:
        rows.insert(db, "series", {k: row[k] for k in ("id", "name", "description", "created_at") if k in row})
    return row["id"]


def add_session(db: Database, dump: dict[str, Any]) -> dict[str, int]:
    """Add one session's rows; returns how many rows of each table were added.

    Raises Collision if any row id is already in the library (nothing of this
    session is written then, as far as the caller's transaction goes)."""
    for table in ID_TABLES:
        table_rows = [dump["session"]] if table == "sessions" else dump.get(table, [])
        taken = existing_ids(db, table, [r["id"] for r in table_rows])
        if taken:
            raise Collision(table, sorted(taken)[0])
    session = dict(dump["session"])
    if session.get("series_id") and rows.get(db, "series", session["series_id"]) is None:
        session["series_id"] = None
    if session.get("continued_from") and rows.get(db, "sessions", session["continued_from"]) is None:
        session["continued_from"] = None  # the earlier session is not in this library
    rows.insert(db, "sessions", session)
    tag_ids = _tag_ids(db, dump.get("tags", []))
    counts: dict[str, int] = {}
    for table in snapshot.TABLES:
        table_rows = dump.get(table, [])
        if table == "card_tags":
            pairs = list(dict.fromkeys((r["card_id"], tag_ids[r["tag_id"]]) for r in table_rows))
            db.conn.executemany("INSERT INTO card_tags (card_id, tag_id) VALUES (?, ?)", pairs)
        elif table == "events":
            first = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM events").fetchone()[0]
            ordered = sorted(table_rows, key=lambda r: r["seq"])
            rows.insert_many(db, "events", ({**row, "seq": first + n} for n, row in enumerate(ordered)),
                             stamped=False)
        else:
            rows.insert_many(db, table, table_rows)
        counts[table] = len(table_rows)
    matches.put_back(db, dump.get("matches", []))  # an undone merge or import, redone
    return counts


def _tag_ids(db: Database, tags: Iterable[Row]) -> dict[str, str]:
    """Imported tag id -> library tag id: the same id, else the same name, else a new tag."""
    found: dict[str, str] = {}
    for tag in tags:
        if rows.get(db, "tags", tag["id"]) is not None:
            found[tag["id"]] = tag["id"]
            continue
        same = db.execute("SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [tag["name"]]).fetchone()
        if same:
            found[tag["id"]] = same[0]
        else:
            rows.insert(db, "tags", {"id": tag["id"], "name": tag["name"],
                                     **({"created_at": tag["created_at"]} if tag.get("created_at") else {})})
            found[tag["id"]] = tag["id"]
    return found


def all_sessions(db: Database) -> list[Row]:
    """Every session's id, series, title, date and source, oldest first (what a merge walks through)."""
    return list(db.query("SELECT id, series_id, title, date, continued_from FROM sessions"
                         " ORDER BY date, created_at, id"))


def series_row(db: Database, series_id: str) -> Row | None:
    return rows.get(db, "series", series_id)


def matches_among(db: Database, card_ids: set[str]) -> list[Row]:
    """The match choices between two of these cards."""
    return [r for r in db.query("SELECT * FROM matches ORDER BY created_at, id")
            if r["card_a"] in card_ids and r["card_b"] in card_ids]


def row_counts(db: Database) -> dict[str, int]:
    """Rows per table (tests and reports compare these before and after an import)."""
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
            for t in ["series", "tags", "matches", *ID_TABLES, "card_tags"]}


def card_count(db: Database, session_id: str) -> int:
    return db.execute("SELECT count(*) FROM cards c JOIN canvases v ON v.id = c.canvas_id WHERE v.session_id = ?",
                      [session_id]).fetchone()[0]


def card_ids(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT id FROM cards")}


def series_ids(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT id FROM series")}


def remove_sessions(db: Database, session_ids: Iterable[str], series_ids: Iterable[str] = ()) -> None:
    """Take imported sessions out again (their rows go with them), and the given
    series if that leaves them empty."""
    for session_id in session_ids:
        rows.delete(db, "sessions", session_id)
    for series_id in series_ids:
        db.execute("DELETE FROM series WHERE id = ? AND NOT EXISTS "
                   "(SELECT 1 FROM sessions WHERE series_id = ?)", [series_id, series_id])
