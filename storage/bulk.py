"""Bulk reads for analysis: every session of a series in one query per table, rows as
plain tuples (no dict per row), grouped by the session they belong to."""

from __future__ import annotations

from sqlite_utils import Database

from storage.entities import _ORDER

_BY_CANVAS = "FROM [{t}] t JOIN canvases v ON v.id = t.canvas_id"
# table -> (the session id of a row, where the rows come from)
_FROM = {
    "participants": ("t.session_id", "FROM participants t"),
    "canvases": ("t.session_id", "FROM canvases t"),
    "reflections": ("t.session_id", "FROM reflections t"),
    "zones": ("v.session_id", _BY_CANVAS.format(t="zones")),
    "cards": ("v.session_id", _BY_CANVAS.format(t="cards")),
    "links": ("v.session_id", _BY_CANVAS.format(t="links")),
    "votes": ("v.session_id", "FROM votes t JOIN cards c ON c.id = t.card_id JOIN canvases v ON v.id = c.canvas_id"),
}


def rows_by_session(db: Database, table: str, session_ids: list[str]) -> tuple[list[str], dict[str, list[tuple]]]:
    """The table's column names, and its rows as tuples per session id; each session's
    rows in the order ``entities.in_session`` gives them."""
    session_column, source = _FROM[table]
    order = ", ".join(f"t.{part}" for part in _ORDER.get(table, "rowid").split(", "))
    marks = ", ".join("?" for _ in session_ids)
    cursor = db.execute(
        f"SELECT t.*, {session_column} {source} WHERE {session_column} IN ({marks}) ORDER BY {order}",
        list(session_ids))
    columns = [d[0] for d in cursor.description][:-1]
    grouped: dict[str, list[tuple]] = {sid: [] for sid in session_ids}
    for row in cursor:
        grouped[row[-1]].append(row[:-1])
    return columns, grouped


def tags_by_session(db: Database, session_ids: list[str]) -> dict[str, dict[str, list[str]]]:
    """Tag names per card id, per session id (as ``tags.by_card`` gives one session's)."""
    marks = ", ".join("?" for _ in session_ids)
    result: dict[str, dict[str, list[str]]] = {sid: {} for sid in session_ids}
    for card_id, name, session_id in db.execute(
        f"""SELECT ct.card_id, t.name, v.session_id FROM card_tags ct
              JOIN tags t ON t.id = ct.tag_id
              JOIN cards c ON c.id = ct.card_id
              JOIN canvases v ON v.id = c.canvas_id
             WHERE v.session_id IN ({marks}) ORDER BY ct.rowid""",
        list(session_ids),
    ):
        result[session_id].setdefault(card_id, []).append(name)
    return result
