"""The session format: one JSON file with everything in a session, versioned
(``format`` and ``version``), described by docs/session-format.md and checked
against the JSON Schema in docs/session.schema.json (app/io/session_schema.py).

Import gives back the same session, with the same ids; a session already in the
library is refused unless ``new_ids`` asks for a copy with fresh ids (cards keep
their lineage, so the copy still compares with the original over time)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlite_utils import Database

from app.io import atomic
from app.io.common import MAX_IMPORT_BYTES
from app.io.errors import ImportRefused, line, problem
from app.io.session_checks import CheckedDocument, check_document, plain, read_float, read_int
from app.io.session_schema import FORMAT, VERSION
from app.said import rule_problems
from storage import imports, rules, series, snapshot
from storage.library import new_id, now, transaction

MAX_DEPTH = 32  # the format nests 6 deep; event payloads a little more

_SESSION_KEYS = ["id", "title", "date", "facilitator", "purpose", "method", "dots_per_participant",
                 "continued_from", "created_at", "updated_at"]
_DROP = {"participants": {"session_id"}, "canvases": {"session_id"}, "zones": {"canvas_id"},
         "cards": {"canvas_id"}, "links": {"canvas_id"}, "reflections": {"session_id"},
         "agenda_steps": {"session_id"}, "events": {"session_id"}}


# -- export ---------------------------------------------------------------------------

def to_document(db: Database, session_id: str, events: bool = True) -> dict[str, Any]:
    """The session as the format's JSON-ready dict."""
    dump = snapshot.dump_session(db, session_id)
    if dump["session"] is None:
        raise ValueError(f"no session {session_id!r}")
    session = dump["session"]
    group = series.get(db, session["series_id"]) if session.get("series_id") else None
    tag_names = {t["id"]: t["name"] for t in dump["tags"]}
    card_tags: dict[str, list[str]] = {}
    for pair in dump["card_tags"]:
        card_tags.setdefault(pair["card_id"], []).append(tag_names[pair["tag_id"]])

    def strip(table: str, row: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in row.items() if k not in _DROP.get(table, ())}

    canvases = []
    for canvas in dump["canvases"]:  # in the order they were made, so an import keeps it
        def mine(table: str, canvas_id: str = canvas["id"]) -> list[dict[str, Any]]:
            return [r for r in dump[table] if r["canvas_id"] == canvas_id]

        canvases.append({
            **strip("canvases", canvas),
            "zones": [strip("zones", z) for z in mine("zones")],
            "cards": [{**strip("cards", c), "tags": card_tags.get(c["id"], [])} for c in mine("cards")],
            "links": [strip("links", lk) for lk in mine("links")],
        })
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now(),
        "generator": "Meshwork",
        "series": dict(group) if group else None,
        "session": {k: session[k] for k in _SESSION_KEYS if k in session},
        "participants": [strip("participants", p) for p in dump["participants"]],
        "tags": [dict(t) for t in dump["tags"]],
        "canvases": canvases,
        "votes": [dict(v) for v in dump["votes"]],
        "reflections": [strip("reflections", r) for r in dump["reflections"]],
        "agenda": [strip("agenda_steps", a) for a in dump["agenda_steps"]],
    }
    if events:
        document["events"] = [{**strip("events", e), "payload": json.loads(e["payload"] or "{}")}
                              for e in dump["events"]]
    return document


def export(db: Database, session_id: str, out: Path, **_options: Any) -> list[Path]:
    text = json.dumps(to_document(db, session_id), indent=2, ensure_ascii=False)
    return [atomic.write_text(out, text + "\n")]


# -- import ---------------------------------------------------------------------------

def read_document(path: Path) -> dict[str, Any]:
    """Read and check a session file; ImportRefused says what is wrong and where."""
    return check_document(parse(read_bytes(path), path), path)


def read_bytes(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
                "Import", "the file is {0:.1f} MB, more than the {1:.0f} MB an import may read"), size / 1e6,
                limit / 1e6))
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "cannot be read ({0})"),
                                          exc.strerror or exc)) from None
    if len(data) > limit:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
            "Import", "the file is larger than the {0:.0f} MB an import may read"), limit / 1e6))
    return data


def decode(data: bytes, path: Path) -> str:
    """UTF-8 text (a byte-order mark is allowed); wrong bytes are refused with their line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "is not UTF-8 text (byte 0x{0:02x})"),
                                          data[exc.start]), line(at, col)) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse(data: bytes, path: Path) -> Any:
    text = decode(data, path)
    if not text.strip():
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "the file is empty")))
    try:
        value = json.loads(text, parse_constant=_no_constant, parse_float=read_float, parse_int=read_int)
    except json.JSONDecodeError as exc:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "is not valid JSON ({0})"), exc.msg),
                            line(exc.lineno, exc.colno)) from None
    except ValueError as exc:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "is not valid JSON ({0})"), exc)) from None
    except RecursionError:
        raise ImportRefused(path, _too_deep()) from None
    where = too_deep(value, MAX_DEPTH)
    if where is not None:
        raise ImportRefused(path, _too_deep(), where)
    return value


def _too_deep() -> str:
    return problem(QT_TRANSLATE_NOOP("Import", "nests deeper than {0} levels"), MAX_DEPTH)


def too_deep(value: Any, limit: int) -> str | None:
    """The JSON path of the first value nested deeper than ``limit``, or None."""
    if plain(value, limit):
        return None
    stack: list[tuple[Any, int, str]] = [(value, 1, "$")]
    while stack:
        item, depth, where = stack.pop()
        if depth > limit:
            return where
        if isinstance(item, dict):
            stack.extend((v, depth + 1, f"{where}.{k}") for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, depth + 1, f"{where}[{i}]") for i, v in enumerate(item))
    return None


def to_dump(doc: dict[str, Any], new_ids: bool = False) -> dict[str, Any]:
    """The checked document as rows shaped like snapshot.dump_session's."""
    fresh: dict[str, str] = {}

    def rid(old: str | None) -> str | None:
        if old is None or not new_ids:
            return old
        return fresh.setdefault(old, new_id())

    session_id = rid(doc["session"]["id"])
    session = {**doc["session"], "id": session_id,
               "series_id": doc["series"]["id"] if doc.get("series") else None}
    session.setdefault("created_at", now())
    session.setdefault("updated_at", session["created_at"])
    if new_ids:
        session["continued_from"] = doc["session"].get("continued_from")  # a session, not a copied row
    dump: dict[str, Any] = {"session": session, **{t: [] for t in snapshot.TABLES}, "tags": []}
    dump["participants"] = [{**p, "id": rid(p["id"]), "session_id": session_id} for p in doc["participants"]]
    tag_by_name = {t["name"].casefold(): t for t in doc.get("tags", [])}
    for canvas in doc["canvases"]:
        canvas_id = rid(canvas["id"])
        dump["canvases"].append({k: v for k, v in canvas.items() if k not in ("zones", "cards", "links")}
                                | {"id": canvas_id, "session_id": session_id})
        dump["zones"] += [{**z, "id": rid(z["id"]), "canvas_id": canvas_id} for z in canvas["zones"]]
        for card in canvas["cards"]:
            row = {k: v for k, v in card.items() if k != "tags"}
            row |= {"id": rid(card["id"]), "canvas_id": canvas_id, "participant_id": rid(card.get("participant_id")),
                    "zone_id": rid(card.get("zone_id"))}
            row["lineage_id"] = card.get("lineage_id", "")
            if new_ids and not row["lineage_id"]:
                row["lineage_id"] = card["id"]  # a copy stays the same card over time
            row.setdefault("updated_at", row.get("created_at") or now())
            dump["cards"].append(row)
            for name in dict.fromkeys(card.get("tags", [])):
                tag = tag_by_name.setdefault(name.casefold(), {"id": new_id(), "name": name})
                dump["card_tags"].append({"card_id": row["id"], "tag_id": tag["id"]})
        dump["links"] += [{**lk, "id": rid(lk["id"]), "canvas_id": canvas_id, "source_id": rid(lk["source_id"]),
                           "target_id": rid(lk["target_id"])} for lk in canvas["links"]]
    dump["tags"] = list(tag_by_name.values())
    dump["votes"] = [{**v, "id": rid(v["id"]), "card_id": rid(v["card_id"]),
                      "participant_id": rid(v["participant_id"])} for v in doc["votes"]]
    dump["reflections"] = [{**r, "id": rid(r["id"]), "session_id": session_id, "card_id": rid(r.get("card_id"))}
                           for r in doc["reflections"]]
    dump["agenda_steps"] = [{**a, "id": rid(a["id"]), "session_id": session_id, "canvas_id": rid(a.get("canvas_id"))}
                            for a in doc["agenda"]]
    # A copy's history would name the original's ids: it starts without one.
    dump["events"] = [] if new_ids else [
        {**e, "session_id": session_id, "payload": json.dumps(e.get("payload", {}), ensure_ascii=False)}
        for e in doc.get("events", [])]
    return dump


def import_document(db: Database, doc: dict[str, Any], path: Path, new_ids: bool = False) -> str:
    """Add a document's session to the library in one transaction; its id. Every value
    passes the row rules once: the document's in check_document, what the import fills
    in or changes (new ids, the session and canvas each row belongs to, event payloads
    as JSON text, tags) here."""
    if not isinstance(doc, CheckedDocument):
        doc = check_document(doc, path)
    existing = imports.session_exists(db, doc["session"]["id"])
    if existing is not None and not new_ids:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
            "Import", "session “{0}” ({1}) is already in this library; import with --new-ids to add a copy with "
                      "fresh ids"), existing["title"], existing["id"]),
            in_window=problem(QT_TRANSLATE_NOOP(
                "Import", "session “{0}” ({1}) is already in this library; you can import a copy with fresh ids"),
                existing["title"], existing["id"]))
    dump = to_dump(doc, new_ids)
    problems = rules.check_dump(unchecked(dump, doc))
    if problems:  # what the import itself filled in must pass the rules too
        raise ImportRefused(path, rule_problems(problems))  # the row rules' words, said in the reader's language
    try:
        with transaction(db):
            if doc.get("series"):
                imports.ensure_series(db, doc["series"])
            imports.add_session(db, dump)
    except imports.Collision as exc:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
            "Import", "{0} row {1} is already in this library; import with --new-ids to add a copy with fresh ids"),
            exc.table, exc.row_id), in_window=problem(QT_TRANSLATE_NOOP(
                "Import", "{0} row {1} is already in this library; you can import a copy with fresh ids"),
                exc.table, exc.row_id)) from None
    except (sqlite3.Error, ValueError, TypeError, KeyError) as exc:  # a constraint the checks missed
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "the library refused it ({0})"), exc)) from None
    return dump["session"]["id"]


# Fields checked together (links: a link from a card to itself): kept whenever one is.
_TOGETHER = {"links": ("source_id", "target_id")}


def unchecked(dump: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """The dump's rows with only the values check_document did not see in ``doc``: a
    field to_dump added, or one whose value is not the very object the document holds.
    Each row keeps its id, so a problem still names its row."""
    def fields(table: str, row: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
        kept = {k: v for k, v in row.items() if k == "id" or k not in source or source[k] is not v}
        if any(k in kept for k in _TOGETHER.get(table, ())):
            kept |= {k: row[k] for k in _TOGETHER[table] if k in row}
        return kept

    def rows(table: str, sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if len(dump[table]) != len(sources):  # to_dump makes one row per document row, in order;
            return dump[table]  # should that ever change, every value is checked again
        return [fields(table, row, source) for row, source in zip(dump[table], sources, strict=True)]

    canvases = doc["canvases"]
    return {
        "session": fields("sessions", dump["session"], doc["session"]),
        "participants": rows("participants", doc["participants"]),
        "canvases": rows("canvases", canvases),
        **{table: rows(table, [row for canvas in canvases for row in canvas[table]])
           for table in ("zones", "cards", "links")},
        "votes": rows("votes", doc["votes"]),
        "reflections": rows("reflections", doc["reflections"]),
        "agenda_steps": rows("agenda_steps", doc["agenda"]),
        "events": rows("events", doc.get("events", []) if dump["events"] else []),
        "tags": dump["tags"],  # made by to_dump: every field
        "card_tags": dump["card_tags"],
    }


def import_file(db: Database, path: Path, new_ids: bool = False) -> str:
    path = Path(path)
    return import_document(db, read_document(path), path, new_ids)


def summary(doc: dict[str, Any]) -> Counter:
    return Counter(cards=sum(len(c["cards"]) for c in doc["canvases"]),
                   links=sum(len(c["links"]) for c in doc["canvases"]),
                   participants=len(doc["participants"]))
