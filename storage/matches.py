"""The user's match choices between cards of two sessions.

A choice is either 'confirmed' (these two cards are the same thing) or 'broken'
(they are not, whatever lineage or text similarity say). A pair has at most one
choice, whichever way round it was stored; the latest choice replaces it.
Each write is recorded in the event log under the session of ``card_b``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from storage import events, rows
from storage.library import transaction
from storage.rows import Row
from storage.vocabulary import MATCH_STATUSES

STATUSES = tuple(MATCH_STATUSES)

_PAIR = "(card_a = :a AND card_b = :b) OR (card_a = :b AND card_b = :a)"


def _session_of(db: Database, card_id: str) -> str | None:
    found = db.execute(
        "SELECT v.session_id FROM cards c JOIN canvases v ON v.id = c.canvas_id WHERE c.id = ?",
        [card_id],
    ).fetchone()
    return found[0] if found else None


def choose(db: Database, card_a: str, card_b: str, status: str) -> Row:
    """Store the user's choice for a pair, replacing any earlier choice for it."""
    if status not in STATUSES:
        raise ValueError(f"match status must be one of {STATUSES}, not {status!r}")
    with transaction(db):
        pair = {"a": card_a, "b": card_b}
        replaced = [r[0] for r in db.execute(f"SELECT id FROM matches WHERE {_PAIR}", pair)]
        db.execute(f"DELETE FROM matches WHERE {_PAIR}", pair)
        row = rows.insert(db, "matches", {"card_a": card_a, "card_b": card_b, "status": status})
        events.append(db, _session_of(db, card_b), "add", "matches", row["id"], {**row, "replaced": replaced})
    return row


def confirm(db: Database, card_a: str, card_b: str) -> Row:
    return choose(db, card_a, card_b, "confirmed")


def break_apart(db: Database, card_a: str, card_b: str) -> Row:
    return choose(db, card_a, card_b, "broken")


def clear(db: Database, card_a: str, card_b: str) -> bool:
    """Forget the choice for a pair, so automatic matching decides again."""
    with transaction(db):
        found = list(db.query(f"SELECT * FROM matches WHERE {_PAIR}", {"a": card_a, "b": card_b}))
        for row in found:
            rows.delete(db, "matches", row["id"])
            events.append(db, _session_of(db, row["card_b"]), "remove", "matches", row["id"], row)
    return bool(found)


def between(db: Database, session_a: str, session_b: str) -> list[Row]:
    """Every choice linking a card of session_a with one of session_b, oldest first,
    turned so that card_a is always the card of session_a."""
    return list(
        db.query(
            """WITH a AS (SELECT c.id FROM cards c JOIN canvases v ON v.id = c.canvas_id
                           WHERE v.session_id = :a),
                    b AS (SELECT c.id FROM cards c JOIN canvases v ON v.id = c.canvas_id
                           WHERE v.session_id = :b)
               SELECT id, card_a, card_b, status, created_at FROM matches
                WHERE card_a IN (SELECT id FROM a) AND card_b IN (SELECT id FROM b)
               UNION ALL
               SELECT id, card_b AS card_a, card_a AS card_b, status, created_at FROM matches
                WHERE card_b IN (SELECT id FROM a) AND card_a IN (SELECT id FROM b)
               ORDER BY created_at, id""",
            {"a": session_a, "b": session_b},
        )
    )


def count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM matches").fetchone()[0]


def touching(db: Database, session_id: str) -> list[Row]:
    """The choices with a card in this session (the other card may be in any session)."""
    return list(db.query(
        "SELECT * FROM matches WHERE card_a IN (SELECT c.id FROM cards c JOIN canvases v ON v.id = c.canvas_id"
        " WHERE v.session_id = :s) OR card_b IN (SELECT c.id FROM cards c JOIN canvases v"
        " ON v.id = c.canvas_id WHERE v.session_id = :s) ORDER BY created_at, id", {"s": session_id}))


def put_back(db: Database, choices: Iterable[Row]) -> int:
    """Add stored choices again (undo, redo, a merge) where both cards exist and
    neither the id nor the pair is here already; returns how many were added."""
    added = 0
    for row in choices:
        both = db.execute("SELECT count(*) FROM cards WHERE id IN (?, ?)", [row["card_a"], row["card_b"]])
        if both.fetchone()[0] < 2:
            continue  # the other session is gone: its cascade took the choice with it
        taken = db.execute(f"SELECT 1 FROM matches WHERE id = :id OR {_PAIR}",
                           {"id": row["id"], "a": row["card_a"], "b": row["card_b"]}).fetchone()
        if taken is None:
            rows.insert(db, "matches", row)
            added += 1
    return added


def of_card(db: Database, card_id: str) -> list[Row]:
    """Every choice that involves a card, oldest first (for an inspector)."""
    return rows.where(db, "matches", "card_a = ? OR card_b = ?", [card_id, card_id], "created_at, id")


def in_series(db: Database, series_id: str) -> list[Row]:
    """Every choice between two cards of one series, oldest first, as stored."""
    return list(
        db.query(
            """WITH s AS (SELECT c.id FROM cards c JOIN canvases v ON v.id = c.canvas_id
                           JOIN sessions t ON t.id = v.session_id WHERE t.series_id = ?)
               SELECT * FROM matches
                WHERE card_a IN (SELECT id FROM s) AND card_b IN (SELECT id FROM s)
                ORDER BY created_at, id""",
            [series_id],
        )
    )
