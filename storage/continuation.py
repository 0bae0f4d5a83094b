"""Continue a session: a new session of the same series, started from an earlier one.

The chosen canvases are carried forward with their zones, cards, links and card
tags, and every participant comes along (people usually return). Everything gets
a new id, but a carried card keeps its source card's lineage, which is how the
comparison over time recognises it. Votes and reflections belong to the earlier
workshop and stay there.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from storage import entities, events, rows, sessions
from storage.library import new_id, now, transaction
from storage.rows import Row

# Session fields a continuation inherits unless the caller gives new ones.
INHERITED = ("facilitator", "purpose", "method")


def continue_session(
    db: Database,
    source_id: str,
    canvas_ids: Iterable[str] | None = None,
    title: str | None = None,
    **fields,
) -> Row:
    """Create the continuation of ``source_id`` and return its session row.

    ``canvas_ids`` chooses which canvases to carry (default: all); ``fields`` are
    session fields for the new session (``date``, ``facilitator``, ...)."""
    source = sessions.get(db, source_id)
    if source is None:
        raise ValueError(f"no session {source_id!r}")
    canvases = entities.in_session(db, "canvases", source_id)
    if canvas_ids is not None:
        chosen = set(canvas_ids)
        unknown = chosen - {c["id"] for c in canvases}
        if unknown:
            raise ValueError(f"canvases not in session {source_id!r}: {sorted(unknown)}")
        canvases = [c for c in canvases if c["id"] in chosen]
    for name in INHERITED:
        fields.setdefault(name, source[name])
    with transaction(db):
        session = sessions.create(
            db, source["series_id"], title or source["title"], continued_from=source_id, **fields
        )
        counts = _copy_contents(db, source_id, session["id"], [c["id"] for c in canvases])
        events.append(
            db, session["id"], "continue", "sessions", session["id"],
            {"from": source_id, "canvases": [c["id"] for c in canvases], **counts},
        )
    return session


def _copy_contents(db: Database, source_id: str, target_id: str, canvas_ids: list[str]) -> dict[str, int]:
    stamp = now()
    ids: dict[str, str] = {}  # source id -> new id, for every copied row

    def copy(table: str, row: Row, **refs: str | None) -> None:
        ids[row["id"]] = new_id()
        fresh = {**row, "id": ids[row["id"]], "created_at": stamp, **refs}
        if table == "cards":
            fresh["updated_at"] = stamp
        rows.insert(db, table, fresh)

    for row in entities.in_session(db, "participants", source_id):
        copy("participants", row, session_id=target_id)
    carried = set(canvas_ids)
    for row in entities.in_session(db, "canvases", source_id):
        if row["id"] in carried:
            copy("canvases", row, session_id=target_id)
    for row in entities.in_session(db, "zones", source_id):
        if row["canvas_id"] in carried:
            copy("zones", row, canvas_id=ids[row["canvas_id"]])
    cards = [r for r in entities.in_session(db, "cards", source_id) if r["canvas_id"] in carried]
    for row in cards:
        # lineage_id stays as it is in the row: that is the card's identity over time.
        copy("cards", row, canvas_id=ids[row["canvas_id"]],
             participant_id=ids.get(row["participant_id"]), zone_id=ids.get(row["zone_id"]))
    links = [r for r in entities.in_session(db, "links", source_id)
             if r["canvas_id"] in carried and r["source_id"] in ids and r["target_id"] in ids]
    for row in links:
        copy("links", row, canvas_id=ids[row["canvas_id"]],
             source_id=ids[row["source_id"]], target_id=ids[row["target_id"]])
    tagged = db.execute(
        """SELECT ct.card_id, ct.tag_id FROM card_tags ct JOIN cards c ON c.id = ct.card_id
            JOIN canvases v ON v.id = c.canvas_id WHERE v.session_id = ? ORDER BY ct.rowid""",
        [source_id],
    ).fetchall()
    tags = [(ids[card], tag) for card, tag in tagged if card in ids]
    db.conn.executemany("INSERT INTO card_tags (card_id, tag_id) VALUES (?, ?)", tags)
    return {"cards": len(cards), "links": len(links), "tags": len(tags)}
