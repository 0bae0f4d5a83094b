"""Read and write functions for the entities inside a session.

One small table of facts per entity (its parent key and editable columns)
instead of a module of near-identical functions each.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from storage import rows
from storage.library import now
from storage.rows import Row


@dataclass(frozen=True)
class Entity:
    table: str
    editable: frozenset[str]
    has_updated_at: bool = False


ENTITIES = {
    e.table: e
    for e in [
        Entity("participants", frozenset({"name", "role", "team", "colour", "position"})),
        Entity("canvases", frozenset({"name", "position"})),
        Entity(
            "zones",
            frozenset({"label", "role", "x", "y", "width", "height", "colour", "outline"}),
        ),
        Entity(
            "cards",
            frozenset(
                {"participant_id", "zone_id", "kind", "text", "why", "knowledge_type",
                 "x", "y", "width", "height", "hidden", "canvas_id"}
            ),
            has_updated_at=True,
        ),
        Entity("links", frozenset({"kind", "label", "source_id", "target_id"})),
        Entity("votes", frozenset()),
        Entity("reflections", frozenset({"kind", "text", "owner", "due_date", "card_id", "done_at"})),
        Entity(
            "agenda_steps",
            frozenset({"position", "title", "prompt", "duration_s", "canvas_id", "silent", "voting",
                       "status", "elapsed_s", "started_at"}),
        ),
    ]
}


def add(db: Database, table: str, row: Row) -> Row:
    row = dict(row)
    if ENTITIES[table].has_updated_at:
        row.setdefault("updated_at", now())
    return rows.insert(db, table, row)


def change(db: Database, table: str, row_id: str, fields: Row) -> None:
    entity = ENTITIES[table]
    unknown = set(fields) - entity.editable
    if unknown:
        raise ValueError(f"not editable {table} fields: {sorted(unknown)}")
    fields = dict(fields)
    if entity.has_updated_at:
        fields["updated_at"] = now()
    rows.update(db, table, row_id, fields)


def remove(db: Database, table: str, row_id: str) -> None:
    rows.delete(db, table, row_id)


def get(db: Database, table: str, row_id: str) -> Row | None:
    return rows.get(db, table, row_id)


# How each table reaches its session, for loading a whole session at once.
_SESSION_SCOPE = {
    "participants": "session_id = ?",
    "canvases": "session_id = ?",
    "reflections": "session_id = ?",
    "agenda_steps": "session_id = ?",
    "zones": "canvas_id IN (SELECT id FROM canvases WHERE session_id = ?)",
    "cards": "canvas_id IN (SELECT id FROM canvases WHERE session_id = ?)",
    "links": "canvas_id IN (SELECT id FROM canvases WHERE session_id = ?)",
    "votes": "card_id IN (SELECT c.id FROM cards c JOIN canvases v ON v.id = c.canvas_id"
    " WHERE v.session_id = ?)",
}
_ORDER = {"participants": "position, rowid", "canvases": "position, rowid", "agenda_steps": "position, rowid"}


def in_session(db: Database, table: str, session_id: str) -> list[Row]:
    return rows.where(db, table, _SESSION_SCOPE[table], [session_id], _ORDER.get(table, "rowid"))
