"""One entry point for every import: which importer a file goes to (by suffix,
else by its first bytes), and a result a person can read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlite_utils import Database

from app import read_only
from app.io.errors import ImportRefused, problem
from storage import imports, sessions
from storage.library import SQLITE_HEADER

LIBRARY_SUFFIXES = {".db", ".sqlite", ".sqlite3", ".meshwork"}
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
FILE_FILTER = ("Meshwork imports (*.json *.csv *.tsv *.db *.sqlite *.sqlite3);;Session (*.json);;"
               "Cards (*.csv *.tsv);;Another library (*.db *.sqlite *.sqlite3);;All files (*)")


@dataclass
class ImportResult:
    kind: str  # 'json', 'csv' or 'library'
    session_ids: list[str] = field(default_factory=list)
    message: str = ""


def kind_of(path: Path) -> str:
    """'json', 'csv' or 'library'; ImportRefused for anything else."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in LIBRARY_SUFFIXES:
        return "library"
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
    except OSError as exc:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "cannot be read ({0})"),
                                          exc.strerror or exc)) from None
    if head.startswith(SQLITE_HEADER):
        return "library"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "json"
    raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
        "Import", "is not a file Meshwork imports (a session .json, a .csv of cards or a library .db)")))


def import_path(db: Database, path: str | Path, *, new_ids: bool = False,
                mapping: dict[str, str | None] | None = None, **csv_options: Any) -> ImportResult:
    """Import any supported file into the library, whole or not at all."""
    path = Path(path)
    reason = read_only.notice(db)
    if reason:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "the library cannot be changed ({0})"), reason))
    kind = kind_of(path)
    if kind == "json":
        from app.io import session_json

        doc = session_json.read_document(path)
        session_id = session_json.import_document(db, doc, path, new_ids)
        counts = session_json.summary(doc)
        return ImportResult("json", [session_id], f"Imported session “{doc['session']['title']}” "
                                                  f"({counts['cards']} cards, {counts['links']} links)")
    if kind == "csv":
        from app.io import csv_io

        session_id = csv_io.import_file(db, path, mapping, **csv_options)
        cards = imports.card_count(db, session_id)
        title = sessions.get(db, session_id)["title"]
        return ImportResult("csv", [session_id], f"Imported {cards} cards as session “{title}”")
    from app.io import library_merge

    merged = library_merge.merge(db, path)
    return ImportResult("library", merged.added, f"Merged {path.name}: {merged.summary()}")
