"""Sessions from another library file, merged into this one.

The other file is opened read-only (it is never changed) and trusted in nothing:
only its real tables are read (never views), under a size and a time guard, and
every row passes the row rules (storage.rules) before it is written. Every session
it has that this library lacks is added with its series, rows, tags, events and
the match choices between cards now both here; sessions already here (same id)
are skipped. All of it happens in one transaction: a problem part-way adds nothing."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlite_utils import Database

from app.io.errors import ImportRefused, problem
from app.said import rule_problems
from storage import imports, matches, rules, snapshot
from storage.library import LibraryError, open_library, transaction

MAX_LIBRARY_BYTES = 1024 * 1024 * 1024  # the largest library file (with its -wal) a merge reads
MAX_VALUE_BYTES = 16 * 1024 * 1024  # no text or blob in a real library comes near this
MERGE_SECONDS = 120.0  # reading the other file; a hostile query is interrupted after this


@dataclass
class MergeResult:
    added: list[str] = field(default_factory=list)  # session ids
    skipped: list[str] = field(default_factory=list)
    series: int = 0
    matches: int = 0

    def summary(self) -> str:
        text = f"{len(self.added)} sessions added, {len(self.skipped)} already here"
        if self.matches:
            text += f", {self.matches} match choices"
        return text


def _same_file(db: Database, path: Path) -> bool:
    here = getattr(db, "path", None)
    try:
        return here is not None and Path(here).resolve() == path.resolve()
    except OSError:
        return False


def _in_order(sessions: list[dict]) -> list[dict]:
    """Sessions after the ones they continue, so that link survives the merge."""
    by_id = {s["id"]: s for s in sessions}
    done: set[str] = set()
    ordered: list[dict] = []

    def visit(session: dict, trail: set[str]) -> None:
        if session["id"] in done or session["id"] in trail:
            return
        source = by_id.get(session.get("continued_from") or "")
        if source is not None:
            visit(source, trail | {session["id"]})
        done.add(session["id"])
        ordered.append(session)

    for session in sessions:
        visit(session, set())
    return ordered


def merge(db: Database, path: str | Path, *, seconds: float | None = None,
          clock: Callable[[], float] = time.monotonic) -> MergeResult:
    """Add the other library's missing sessions, each row checked by the row rules
    first; anything refused leaves this library as it was."""
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "there is no library file here")))
    if _same_file(db, path):
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
            "Import", "this is the library that is open; choose another library file")))
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.is_file())
    if size > MAX_LIBRARY_BYTES:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
            "Import", "the file is {0:,.0f} MB, more than the {1:,.0f} MB a merge may read"), size / 1e6,
            MAX_LIBRARY_BYTES / 1e6))
    try:
        other = open_library(path, read_only=True)
    except LibraryError as exc:
        raise ImportRefused(path, str(exc).replace(str(path), "the file")) from None
    # Text that is not UTF-8 reaches the rules instead of stopping the read; no value
    # may be larger than a row could sensibly hold.
    other.conn.text_factory = rules.decode_text
    other.conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    result = MergeResult()
    try:
        with imports.time_guard(other, MERGE_SECONDS if seconds is None else seconds, clock):
            _merge(db, other, path, result)
    except imports.TooSlow as exc:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "{0}; a library this slow to read is not merged"),
                                          exc)) from None
    except sqlite3.Error as exc:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "could not be merged ({0})"), exc)) from None
    finally:
        other.close()
    return result


def _merge(db: Database, other: Database, path: Path, result: MergeResult) -> None:
    unfit = imports.not_plain_tables(other, rules.TABLES)
    if unfit:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "{0} (only a library's own tables are read)"),
                                          "; ".join(unfit)))
    dangling = imports.broken_references(other)
    if dangling:
        raise ImportRefused(path, "; ".join(dangling))
    sessions = imports.all_sessions(other)
    # The ids are looked up below: they must be ids before anything else is read.
    _refuse_broken(path, rules.check_rows("sessions", [{k: s[k] for k in ("id", "series_id", "continued_from")}
                                                       for s in sessions]))
    problems: list[rules.Problem] = []
    with transaction(db):
        choices_before = matches.count(db)
        for row in _in_order(sessions):
            if imports.session_exists(db, row["id"]) is not None:
                result.skipped.append(row["id"])
                continue
            group = imports.series_row(other, row["series_id"]) if row["series_id"] else None
            dump = snapshot.dump_session(other, row["id"])
            found = (rules.check_row("series", group) if group else []) + rules.check_dump(dump)
            problems += found
            if problems:  # keep reading, to name every bad row; nothing more is written
                continue
            if group is not None:
                if imports.series_row(db, row["series_id"]) is None:
                    result.series += 1
                imports.ensure_series(db, group)
            try:
                imports.add_session(db, dump)
            except imports.Collision as exc:
                raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
                    "Import", "session “{0}”: {1} row {2} is already in this library"), row["title"], exc.table,
                    exc.row_id)) from None
            result.added.append(row["id"])
        _refuse_broken(path, problems)  # inside the transaction: what was written is rolled back
        if result.added:  # choices between merged and present cards (each session brings its own)
            choices = imports.matches_among(other, imports.card_ids(db))
            _refuse_broken(path, rules.check_rows("matches", choices))
            matches.put_back(db, choices)
        result.matches = matches.count(db) - choices_before


def _refuse_broken(path: Path, problems: list[rules.Problem]) -> None:
    """A merge takes a session whole or not at all: name every row that breaks a rule."""
    if problems:
        listed = rule_problems(problems)  # said in the reader's language with the refusal
        if len(problems) == 1:
            raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "1 problem in its rows: {0}"), listed))
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "{0} problems in its rows: {1}"),
                                          len(problems), listed))
