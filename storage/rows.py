"""Plain row reads and writes shared by the entity modules (no transactions here:
callers group writes with ``library.transaction``)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import Any

from sqlite_utils import Database

from storage.library import new_id, now

Row = dict[str, Any]


def insert(db: Database, table: str, row: Row, *, stamped: bool = True) -> Row:
    """Insert one row, giving it an id (and created_at, if stamped) when missing."""
    row = dict(row)
    row.setdefault("id", new_id())
    if stamped:
        row.setdefault("created_at", now())
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))
    return row


def update(db: Database, table: str, row_id: str, fields: Row) -> None:
    if not fields:
        return
    sets = ", ".join(f"[{c}] = ?" for c in fields)
    db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*fields.values(), row_id])


def delete(db: Database, table: str, row_id: str) -> None:
    db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])


def get(db: Database, table: str, row_id: str) -> Row | None:
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]))
    return rows[0] if rows else None


def where(db: Database, table: str, sql: str, params: Iterable[Any], order: str = "rowid") -> list[Row]:
    return list(db.query(f"SELECT * FROM [{table}] WHERE {sql} ORDER BY {order}", list(params)))


def insert_many(db: Database, table: str, rows: Iterable[Row], *, stamped: bool = True) -> None:
    """Insert rows as ``insert`` does, in their order, one executemany per run of rows
    with the same columns (an import of 5,000 cards: one statement, not 5,000)."""
    def prepared(row: Row) -> Row:
        row = dict(row)
        if "id" not in row:  # not setdefault: a UUID made for every row costs more than the insert
            row["id"] = new_id()
        if stamped and "created_at" not in row:
            row["created_at"] = now()
        return row

    for columns, run in groupby(map(prepared, rows), key=lambda r: tuple(r)):
        names = ", ".join(f"[{c}]" for c in columns)
        marks = ", ".join("?" for _ in columns)
        db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", (list(r.values()) for r in run))
