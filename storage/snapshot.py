"""A session's rows, all of them, as plain data, and putting them back.

Used to undo deleting a session or a series, and as the raw material for
exports; restoring runs inside the caller's transaction. A dump also holds the
match choices between its cards and other sessions' (``matches``)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from storage import matches, rows

# Parents before the rows that point at them, so foreign keys hold on restore.
TABLES = ["participants", "canvases", "zones", "cards", "card_tags", "links", "votes",
          "reflections", "agenda_steps", "events"]
_SCOPE = {
    "participants": "session_id = :s",
    "canvases": "session_id = :s",
    "reflections": "session_id = :s",
    "agenda_steps": "session_id = :s",
    "events": "session_id = :s",
    "zones": "canvas_id IN (SELECT id FROM canvases WHERE session_id = :s)",
    "cards": "canvas_id IN (SELECT id FROM canvases WHERE session_id = :s)",
    "links": "canvas_id IN (SELECT id FROM canvases WHERE session_id = :s)",
    "votes": "card_id IN (SELECT c.id FROM cards c JOIN canvases v ON v.id = c.canvas_id"
    " WHERE v.session_id = :s)",
    "card_tags": "card_id IN (SELECT c.id FROM cards c JOIN canvases v ON v.id = c.canvas_id"
    " WHERE v.session_id = :s)",
}


def dump_session(db: Database, session_id: str) -> dict[str, Any]:
    data: dict[str, Any] = {"session": rows.get(db, "sessions", session_id)}
    for table in TABLES:
        data[table] = list(
            db.query(f"SELECT * FROM [{table}] WHERE {_SCOPE[table]} ORDER BY rowid", {"s": session_id})
        )
    # Choices linking this session's cards to another's: deleting the session cascades
    # them away, so an undo must bring them back.
    data["matches"] = matches.touching(db, session_id)
    data["tags"] = list(
        db.query(
            f"SELECT * FROM tags WHERE id IN (SELECT tag_id FROM card_tags WHERE {_SCOPE['card_tags']})",
            {"s": session_id},
        )
    )
    return data


def restore_session(db: Database, data: dict[str, Any]) -> None:
    rows.insert(db, "sessions", data["session"])
    for tag in data.get("tags", []):
        db.execute("INSERT OR IGNORE INTO tags (id, name, created_at) VALUES (?, ?, ?)",
                   [tag["id"], tag["name"], tag["created_at"]])
    for table in TABLES:
        for row in data.get(table, []):
            stamped = table not in ("card_tags", "events")
            if table == "card_tags":
                db.execute("INSERT INTO card_tags (card_id, tag_id) VALUES (?, ?)",
                           [row["card_id"], row["tag_id"]])
            elif table == "events":
                # Other edits have taken these sequence numbers since: append in the old order.
                seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM events").fetchone()[0]
                rows.insert(db, table, {**row, "seq": seq}, stamped=False)
            else:
                rows.insert(db, table, row, stamped=stamped)
    matches.put_back(db, data.get("matches", []))
