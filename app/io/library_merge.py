"""Sessions from another library file, merged into this one.

The other file is opened read-only (it is never changed). Every session it has
that this library lacks is added with its series, rows, tags, events and the
match choices between cards now both here; sessions already here (same id) are
skipped. All of it happens in one transaction: a problem part-way adds nothing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from app.io.errors import ImportRefused
from storage import imports, matches, snapshot
from storage.library import LibraryError, open_library, transaction


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


def merge(db: Database, path: str | Path) -> MergeResult:
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(path, "there is no library file here")
    if _same_file(db, path):
        raise ImportRefused(path, "this is the library that is open; choose another library file")
    try:
        other = open_library(path, read_only=True)
    except LibraryError as exc:
        raise ImportRefused(path, str(exc).replace(str(path), "the file")) from None
    result = MergeResult()
    try:
        sessions = imports.all_sessions(other)
        with transaction(db):
            choices_before = matches.count(db)
            for row in _in_order(sessions):
                if imports.session_exists(db, row["id"]) is not None:
                    result.skipped.append(row["id"])
                    continue
                if row["series_id"]:
                    group = imports.series_row(other, row["series_id"])
                    if imports.series_row(db, row["series_id"]) is None:
                        result.series += 1
                    imports.ensure_series(db, group)
                try:
                    imports.add_session(db, snapshot.dump_session(other, row["id"]))
                except imports.Collision as exc:
                    raise ImportRefused(path, f"session “{row['title']}”: {exc}") from None
                result.added.append(row["id"])
            if result.added:  # choices between merged and present cards (each session brings its own)
                matches.put_back(db, imports.matches_among(other, imports.card_ids(db)))
            result.matches = matches.count(db) - choices_before
    except sqlite3.Error as exc:
        raise ImportRefused(path, f"could not be merged ({exc})") from None
    finally:
        other.close()
    return result
