"""Tags and the tags on cards. Tag names are shared across the library, so the
themes of different sessions can be compared."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from storage import rows


def normalise(name: str) -> str:
    return name.strip().lstrip("#").strip()


def ensure(db: Database, name: str) -> str:
    """The id of the tag with this name (case-insensitive), created if new."""
    found = db.execute("SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    if found:
        return found[0]
    return rows.insert(db, "tags", {"name": name})["id"]


def set_for_card(db: Database, card_id: str, names: Iterable[str]) -> list[str]:
    """Replace a card's tags; returns the names as the library spells them
    (an existing tag keeps its first spelling, whatever case was typed)."""
    db.execute("DELETE FROM card_tags WHERE card_id = ?", [card_id])
    stored: list[str] = []
    for name in names:
        name = normalise(name)
        if name and name.casefold() not in {s.casefold() for s in stored}:
            tag_id = ensure(db, name)
            db.execute("INSERT INTO card_tags (card_id, tag_id) VALUES (?, ?)", [card_id, tag_id])
            stored.append(db.execute("SELECT name FROM tags WHERE id = ?", [tag_id]).fetchone()[0])
    return stored


def by_card(db: Database, session_id: str) -> dict[str, list[str]]:
    """Tag names per card id for every card in a session."""
    result: dict[str, list[str]] = {}
    for card_id, name in db.execute(
        """SELECT ct.card_id, t.name FROM card_tags ct
             JOIN tags t ON t.id = ct.tag_id
             JOIN cards c ON c.id = ct.card_id
             JOIN canvases v ON v.id = c.canvas_id
            WHERE v.session_id = ? ORDER BY ct.rowid""",
        [session_id],
    ):
        result.setdefault(card_id, []).append(name)
    return result


def names(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]
