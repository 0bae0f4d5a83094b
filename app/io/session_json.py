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

from sqlite_utils import Database

from app.io import atomic
from app.io.common import MAX_IMPORT_BYTES
from app.io.errors import ImportRefused
from app.io.session_schema import FORMAT, SCHEMA, VERSION
from storage import imports, series, snapshot
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
            raise ImportRefused(path, f"the file is {size / 1e6:.1f} MB, more than the {limit / 1e6:.0f} MB "
                                      "an import may read")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ImportRefused(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise ImportRefused(path, f"the file is larger than the {limit / 1e6:.0f} MB an import may read")
    return data


def decode(data: bytes, path: Path) -> str:
    """UTF-8 text (a byte-order mark is allowed); wrong bytes are refused with their line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ImportRefused(path, f"is not UTF-8 text (byte 0x{data[exc.start]:02x})",
                            f"line {line}, column {col}") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse(data: bytes, path: Path) -> Any:
    text = decode(data, path)
    if not text.strip():
        raise ImportRefused(path, "the file is empty")
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ImportRefused(path, f"is not valid JSON ({exc.msg})", f"line {exc.lineno}, column {exc.colno}") from None
    except ValueError as exc:
        raise ImportRefused(path, f"is not valid JSON ({exc})") from None
    except RecursionError:
        raise ImportRefused(path, f"nests deeper than {MAX_DEPTH} levels") from None
    where = too_deep(value, MAX_DEPTH)
    if where is not None:
        raise ImportRefused(path, f"nests deeper than {MAX_DEPTH} levels", where)
    return value


def too_deep(value: Any, limit: int) -> str | None:
    """The JSON path of the first value nested deeper than ``limit``, or None."""
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


def json_path(parts: Any) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def check_document(doc: Any, path: Path) -> dict[str, Any]:
    """Schema first (types, required fields), then what a schema cannot say: unique
    ids and references that point at something in the file."""
    import jsonschema

    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportRefused(path, f"is not a Meshwork session file (no \"format\": \"{FORMAT}\")", "$.format")
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ImportRefused(path, f"was written by a newer Meshwork (format version {version}; this one reads "
                                  f"version {VERSION}); update Meshwork to import it", "$.version")
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(doc), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        error = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise ImportRefused(path, _short(error.message) + more, json_path(error.absolute_path))
    _check_references(doc, path)
    return doc


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[:limit] + "…"


def _check_references(doc: dict[str, Any], path: Path) -> None:
    seen: dict[str, str] = {}

    def unique(row_id: str, where: str) -> None:
        if row_id in seen:
            raise ImportRefused(path, f"duplicate id {row_id!r} (also at {seen[row_id]})", where)
        seen[row_id] = where

    def refer(value: Any, known: set[str], what: str, where: str) -> None:
        if value is not None and value not in known:
            raise ImportRefused(path, f"points at {what} {value!r}, which is not in the file", where)

    unique(doc["session"]["id"], "$.session.id")
    people = set()
    for i, p in enumerate(doc["participants"]):
        unique(p["id"], f"$.participants[{i}].id")
        people.add(p["id"])
    tag_names = set()
    for i, t in enumerate(doc.get("tags", [])):
        unique(t["id"], f"$.tags[{i}].id")
        if t["name"].casefold() in tag_names:
            raise ImportRefused(path, f"duplicate tag name {t['name']!r}", f"$.tags[{i}].name")
        tag_names.add(t["name"].casefold())
    cards: set[str] = set()
    canvases: set[str] = set()
    for c, canvas in enumerate(doc["canvases"]):
        here = f"$.canvases[{c}]"
        unique(canvas["id"], f"{here}.id")
        canvases.add(canvas["id"])
        zones = set()
        for i, z in enumerate(canvas["zones"]):
            unique(z["id"], f"{here}.zones[{i}].id")
            zones.add(z["id"])
        on_canvas = set()
        for i, card in enumerate(canvas["cards"]):
            unique(card["id"], f"{here}.cards[{i}].id")
            on_canvas.add(card["id"])
            refer(card.get("participant_id"), people, "participant", f"{here}.cards[{i}].participant_id")
            refer(card.get("zone_id"), zones, "zone", f"{here}.cards[{i}].zone_id")
        for i, link in enumerate(canvas["links"]):
            unique(link["id"], f"{here}.links[{i}].id")
            refer(link["source_id"], on_canvas, "card", f"{here}.links[{i}].source_id")
            refer(link["target_id"], on_canvas, "card", f"{here}.links[{i}].target_id")
            if link["source_id"] == link["target_id"]:
                raise ImportRefused(path, "a link cannot join a card to itself", f"{here}.links[{i}]")
        cards |= on_canvas
    for i, v in enumerate(doc["votes"]):
        unique(v["id"], f"$.votes[{i}].id")
        refer(v["card_id"], cards, "card", f"$.votes[{i}].card_id")
        refer(v["participant_id"], people, "participant", f"$.votes[{i}].participant_id")
    for i, r in enumerate(doc["reflections"]):
        unique(r["id"], f"$.reflections[{i}].id")
        refer(r.get("card_id"), cards, "card", f"$.reflections[{i}].card_id")
    for i, a in enumerate(doc["agenda"]):
        unique(a["id"], f"$.agenda[{i}].id")
        refer(a.get("canvas_id"), canvases, "canvas", f"$.agenda[{i}].canvas_id")
    seqs: set[int] = set()
    for i, e in enumerate(doc.get("events", [])):
        unique(e["id"], f"$.events[{i}].id")
        if e["seq"] in seqs:
            raise ImportRefused(path, f"duplicate event seq {e['seq']}", f"$.events[{i}].seq")
        seqs.add(e["seq"])


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
    """Add a checked document's session to the library in one transaction; its id."""
    existing = imports.session_exists(db, doc["session"]["id"])
    if existing is not None and not new_ids:
        raise ImportRefused(path, f"session “{existing['title']}” ({existing['id']}) is already in this library; "
                                  "import with --new-ids to add a copy with fresh ids")
    dump = to_dump(doc, new_ids)
    try:
        with transaction(db):
            if doc.get("series"):
                imports.ensure_series(db, doc["series"])
            imports.add_session(db, dump)
    except imports.Collision as exc:
        raise ImportRefused(path, f"{exc}; import with --new-ids to add a copy with fresh ids") from None
    except (sqlite3.Error, ValueError, TypeError, KeyError) as exc:  # a constraint the checks missed
        raise ImportRefused(path, f"the library refused it ({exc})") from None
    return dump["session"]["id"]


def import_file(db: Database, path: Path, new_ids: bool = False) -> str:
    path = Path(path)
    return import_document(db, read_document(path), path, new_ids)


def summary(doc: dict[str, Any]) -> Counter:
    return Counter(cards=sum(len(c["cards"]) for c in doc["canvases"]),
                   links=sum(len(c["links"]) for c in doc["canvases"]),
                   participants=len(doc["participants"]))
