"""Series and the list of sessions in a library."""

from __future__ import annotations

from sqlite_utils import Database

from storage import rows
from storage.rows import Row


def create(db: Database, name: str, description: str = "", series_id: str | None = None) -> Row:
    row = {"name": name, "description": description}
    if series_id:
        row["id"] = series_id
    return rows.insert(db, "series", row)


def rename(db: Database, series_id: str, name: str) -> None:
    rows.update(db, "series", series_id, {"name": name})


def delete(db: Database, series_id: str) -> None:
    rows.delete(db, "series", series_id)


def get(db: Database, series_id: str) -> Row | None:
    return rows.get(db, "series", series_id)


def all_series(db: Database) -> list[Row]:
    return list(db.query("SELECT * FROM series ORDER BY name COLLATE NOCASE, created_at"))


def session_list(db: Database) -> list[Row]:
    """Every session with its series name, in series then date order."""
    return list(
        db.query(
            """SELECT s.id, s.title, s.date, s.series_id, coalesce(r.name, '') AS series,
                      s.facilitator, s.method, s.updated_at,
                      (SELECT count(*) FROM cards c JOIN canvases v ON v.id = c.canvas_id
                        WHERE v.session_id = s.id) AS cards
                 FROM sessions s LEFT JOIN series r ON r.id = s.series_id
                ORDER BY r.name COLLATE NOCASE, s.date, s.created_at"""
        )
    )
