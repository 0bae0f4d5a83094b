"""The session format: one JSON file with everything in a session, versioned
(``format`` and ``version``), described by docs/session-format.md and checked
against the JSON Schema in docs/session.schema.json (app/io/session_schema.py).

Import gives back the same session, with the same ids; a session already in the
library is refused unless ``new_ids`` asks for a copy with fresh ids (cards keep
their lineage, so the copy still compares with the original over time)."""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.io import atomic
from app.io.common import MAX_IMPORT_BYTES
from app.io.errors import ImportRefused
from app.io.session_schema import FORMAT, SCHEMA, VERSION
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


class _Unreadable:
    """A number literal no row can hold (``1e999``, a 5,000-digit integer), kept as
    written so the refusal can name it and where it is."""

    def __init__(self, literal: str, problem: str):
        self.literal, self.problem = literal, problem


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _float(literal: str) -> Any:
    value = float(literal)
    return value if math.isfinite(value) else _Unreadable(literal, "is not a finite number")


def _int(literal: str) -> Any:
    # Past 64 bits SQLite cannot store it; past 4,300 digits Python will not even read it.
    value = int(literal) if len(literal) <= 40 else None
    if value is not None and rules.INT_MIN <= value <= rules.INT_MAX:
        return value
    return _Unreadable(literal, "is a whole number too large for 64 bits")


def parse(data: bytes, path: Path) -> Any:
    text = decode(data, path)
    if not text.strip():
        raise ImportRefused(path, "the file is empty")
    try:
        value = json.loads(text, parse_constant=_no_constant, parse_float=_float, parse_int=_int)
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


Problems = list[tuple[str, str]]  # (JSON path, what is wrong there)


def check_document(doc: Any, path: Path) -> dict[str, Any]:
    """Every problem at once: numbers no row can hold, the schema (types, required
    fields), the row rules (storage.rules: vocabulary, dates, colours, JSON fields,
    text) and references that point at nothing in the file. ImportRefused lists
    them all, each with its JSON path."""
    import jsonschema

    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportRefused(path, f"is not a Meshwork session file (no \"format\": \"{FORMAT}\")", "$.format")
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ImportRefused(path, f"was written by a newer Meshwork (format version {version}; this one reads "
                                  f"version {VERSION}); update Meshwork to import it", "$.version")
    found: Problems = list(_unreadable(doc))
    by_place: dict[str, list[Any]] = {}
    for error in jsonschema.Draft202012Validator(SCHEMA).iter_errors(doc):
        by_place.setdefault(json_path(error.absolute_path), []).append(error)
    for where, errors in by_place.items():
        wrong_type = [e for e in errors if e.validator == "type"]  # then the value's other rules are moot
        found += [(where, _in_json_words(e)) for e in wrong_type or errors]
    placed = {where for where, _ in found}
    for where, message in [*_rule_problems(doc), *_reference_problems(doc)]:
        if where not in placed:  # one problem per field: the rules often say again what the schema said
            placed.add(where)
            found.append((where, message))
    if found:
        raise refusal(path, found)
    return doc


def refusal(path: Path, found: Problems) -> ImportRefused:
    """One problem with its place, or all of them on one line, in document order."""
    found = sorted(dict.fromkeys(found), key=lambda p: _natural(p[0]))
    if len(found) == 1:
        return ImportRefused(path, found[0][1], found[0][0])
    return ImportRefused(path, f"{len(found)} problems: " + "; ".join(f"{w}: {m}" for w, m in found))


def _natural(where: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", where)]


def _unreadable(doc: Any) -> Problems:
    """Numbers no row can hold and text no UTF-8 can hold, anywhere in the file."""
    found: Problems = []
    stack: list[tuple[Any, str]] = [(doc, "$")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, _Unreadable):
            found.append((where, f"{_cut(item.literal)} {item.problem}"))
        elif isinstance(item, str):
            problem = rules.surrogate_problem(item)
            if problem:
                found.append((where, problem))
        elif isinstance(item, dict):
            for key, value in item.items():
                problem = rules.surrogate_problem(key)
                if problem:
                    found.append((where, f"has a field name that {problem}"))
                stack.append((value, f"{where}.{key}"))
        elif isinstance(item, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))
    return found


def _cut(literal: str, limit: int = 24) -> str:
    return literal if len(literal) <= limit else f"{literal[:12]}…({len(literal):,} characters)"


_TYPE_WORDS = {"string": "a string", "number": "a number", "integer": "a whole number", "object": "an object",
               "array": "an array", "null": "null", "boolean": "true or false"}


def _in_json_words(error: Any) -> str:
    """A schema error said the way JSON says things (null, true, "text"), not Python's."""
    rule, want, value = error.validator, error.validator_value, error.instance
    if rule == "type":
        kinds = [want] if isinstance(want, str) else want
        return f"must be {' or '.join(_TYPE_WORDS.get(k, k) for k in kinds)}, not {rules.json_type(value)}"
    if rule == "required":
        missing = [json.dumps(k) for k in want if isinstance(value, dict) and k not in value]
        return f"lacks the required field{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
    if rule == "additionalProperties":
        known = error.schema.get("properties", {})
        extra = [rules.shown(k) for k in value if k not in known]
        return f"has fields the format does not have: {', '.join(extra)}"
    if rule in ("enum", "const"):
        options = want if rule == "enum" else [want]
        return f"must be {' or '.join(json.dumps(o) for o in options)}, not {rules.json_type(value)}"
    if rule == "maxLength":
        return f"is longer than {want:,} characters"
    if rule == "minLength":
        return "must not be empty"
    if rule == "minimum":
        return f"must be at least {want}, not {rules.shown(value)}"
    if rule == "pattern":
        return f"must be written YYYY-MM-DD, not {rules.json_type(value)}"
    return f"breaks the format's rule {json.dumps(rule)}"


def _rows(doc: dict[str, Any], key: str, where: str = "$") -> list[tuple[str, dict[str, Any]]]:
    """(JSON path, row) for each object in a list of the document; anything else the schema reports."""
    items = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(items, list):
        return []
    return [(f"{where}.{key}[{i}]", row) for i, row in enumerate(items) if isinstance(row, dict)]


_ROW_LISTS = {"participants": "participants", "tags": "tags", "votes": "votes", "reflections": "reflections",
              "agenda": "agenda_steps", "events": "events"}


def _rule_problems(doc: dict[str, Any]) -> Problems:
    """The library's row rules over every row of the document."""
    placed: list[tuple[str, str, dict[str, Any]]] = []  # (JSON path, table, row)
    for key, table in (("series", "series"), ("session", "sessions")):
        if isinstance(doc.get(key), dict):
            placed.append((f"$.{key}", table, doc[key]))
    for key, table in _ROW_LISTS.items():
        for where, row in _rows(doc, key):
            if table == "events":  # a payload is an object here (the schema checks it), JSON text in the library
                row = {k: v for k, v in row.items() if k != "payload"}
            placed.append((where, table, row))
    for where, canvas in _rows(doc, "canvases"):
        placed.append((where, "canvases", {k: v for k, v in canvas.items() if k not in ("zones", "cards", "links")}))
        for table in ("zones", "cards", "links"):
            placed += [(w, table, row) for w, row in _rows(canvas, table, where)]
    return [(f"{where}.{p.field}", p.message)
            for where, table, row in placed for p in rules.check_fields(table, row)]


def _reference_problems(doc: dict[str, Any]) -> Problems:
    """Unique ids and references that point at something in the file."""
    found: Problems = []
    seen: dict[str, str] = {}

    def key(value: Any) -> str | None:
        return value if isinstance(value, str) else None

    def unique(row_id: Any, where: str) -> None:
        if key(row_id) is None:
            return
        if row_id in seen:
            found.append((where, f"duplicate id {json.dumps(row_id)} (also at {seen[row_id]})"))
        else:
            seen[row_id] = where

    def refer(value: Any, known: set[str], what: str, where: str) -> None:
        if key(value) is not None and value not in known:
            found.append((where, f"points at {what} {rules.shown(value)}, which is not in the file"))

    if isinstance(doc.get("session"), dict):
        unique(doc["session"].get("id"), "$.session.id")
    people: set[str] = set()
    for where, p in _rows(doc, "participants"):
        unique(p.get("id"), f"{where}.id")
        people.add(key(p.get("id")) or "")
    tag_names: set[str] = set()
    for where, t in _rows(doc, "tags"):
        unique(t.get("id"), f"{where}.id")
        name = key(t.get("name"))
        if name is not None and name.casefold() in tag_names:
            found.append((f"{where}.name", f"duplicate tag name {json.dumps(name)}"))
        tag_names.add((name or "").casefold())
    cards: set[str] = set()
    canvases: set[str] = set()
    for here, canvas in _rows(doc, "canvases"):
        unique(canvas.get("id"), f"{here}.id")
        canvases.add(key(canvas.get("id")) or "")
        zones: set[str] = set()
        for where, z in _rows(canvas, "zones", here):
            unique(z.get("id"), f"{where}.id")
            zones.add(key(z.get("id")) or "")
        on_canvas: set[str] = set()
        for where, card in _rows(canvas, "cards", here):
            unique(card.get("id"), f"{where}.id")
            on_canvas.add(key(card.get("id")) or "")
            refer(card.get("participant_id"), people, "participant", f"{where}.participant_id")
            refer(card.get("zone_id"), zones, "zone", f"{where}.zone_id")
        for where, link in _rows(canvas, "links", here):
            unique(link.get("id"), f"{where}.id")
            refer(link.get("source_id"), on_canvas, "card", f"{where}.source_id")
            refer(link.get("target_id"), on_canvas, "card", f"{where}.target_id")
        cards |= on_canvas
    for where, v in _rows(doc, "votes"):
        unique(v.get("id"), f"{where}.id")
        refer(v.get("card_id"), cards, "card", f"{where}.card_id")
        refer(v.get("participant_id"), people, "participant", f"{where}.participant_id")
    for where, r in _rows(doc, "reflections"):
        unique(r.get("id"), f"{where}.id")
        refer(r.get("card_id"), cards, "card", f"{where}.card_id")
    for where, a in _rows(doc, "agenda"):
        unique(a.get("id"), f"{where}.id")
        refer(a.get("canvas_id"), canvases, "canvas", f"{where}.canvas_id")
    seqs: set[int] = set()
    for where, e in _rows(doc, "events"):
        unique(e.get("id"), f"{where}.id")
        seq = e.get("seq")
        if isinstance(seq, int) and seq in seqs:
            found.append((f"{where}.seq", f"duplicate event seq {seq}"))
        elif isinstance(seq, int):
            seqs.add(seq)
    return found


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
    problems = rules.check_dump(dump)
    if problems:  # what the import itself filled in must pass the rules too
        raise ImportRefused(path, "; ".join(map(str, problems)))
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
