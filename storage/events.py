"""The event log: one row per recorded edit, in order, so a session can be replayed."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from storage import rows
from storage.library import new_id, now


def append(
    db: Database,
    session_id: str | None,
    action: str,
    entity: str,
    entity_id: str | None,
    payload: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Record one edit. Call inside the edit's transaction so both land together."""
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM events").fetchone()[0]
    return rows.insert(
        db,
        "events",
        {
            "id": new_id(),
            "seq": seq,
            "session_id": session_id,
            "at": now(),
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "payload": json.dumps(payload or {}, ensure_ascii=False),
        },
        stamped=False,
    )


def for_session(db: Database, session_id: str) -> list[dict[str, Any]]:
    return [
        {**row, "payload": json.loads(row["payload"])}
        for row in db.query("SELECT * FROM events WHERE session_id = ? ORDER BY seq", [session_id])
    ]


def count(db: Database, session_id: str | None = None) -> int:
    if session_id is None:
        return db.execute("SELECT count(*) FROM events").fetchone()[0]
    return db.execute("SELECT count(*) FROM events WHERE session_id = ?", [session_id]).fetchone()[0]
