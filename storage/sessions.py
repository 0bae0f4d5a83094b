"""Sessions: create, edit, delete, and find the one to reopen."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from storage import rows
from storage.library import now
from storage.rows import Row

EDITABLE = {"title", "date", "facilitator", "purpose", "method", "series_id", "continued_from",
            "dots_per_participant"}


def create(db: Database, series_id: str | None, title: str, **fields) -> Row:
    stamp = now()
    row = {
        "series_id": series_id,
        "title": title,
        "date": fields.pop("date", None) or dt.date.today().isoformat(),
        "created_at": stamp,
        "updated_at": stamp,
        **fields,
    }
    return rows.insert(db, "sessions", row)


def update(db: Database, session_id: str, **fields) -> None:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValueError(f"not editable session fields: {sorted(unknown)}")
    rows.update(db, "sessions", session_id, {**fields, "updated_at": now()})


def touch(db: Database, session_id: str) -> None:
    """Mark the session as just edited, so reopening the library returns to it."""
    db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", [now(), session_id])


def delete(db: Database, session_id: str) -> None:
    rows.delete(db, "sessions", session_id)


def get(db: Database, session_id: str) -> Row | None:
    return rows.get(db, "sessions", session_id)


def most_recent(db: Database) -> Row | None:
    found = list(db.query("SELECT * FROM sessions ORDER BY updated_at DESC LIMIT 1"))
    return found[0] if found else None


def in_series(db: Database, series_id: str) -> list[Row]:
    return rows.where(db, "sessions", "series_id = ?", [series_id], order="date, created_at")
