"""Checking a parsed session file before anything is written: numbers no row can
hold, the JSON Schema (types, required fields), the row rules (storage.rules) and
references that point at nothing in the file. Every problem is found, each with
its JSON path, and said the way JSON says things (null, true, "text")."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.io.errors import ImportRefused, problem
from app.io.quick_schema import compile_schema
from app.io.session_schema import FORMAT, SCHEMA, VERSION
from app.said import Said
from storage import rules


class Unreadable:
    """A number literal no row can hold (``1e999``, a 5,000-digit integer), kept as
    written so the refusal can name it and where it is."""

    def __init__(self, literal: str, problem: str):
        self.literal, self.problem = literal, problem


# json.loads hooks: a number no row can hold becomes an Unreadable, found with its path later.
def read_float(literal: str) -> Any:
    value = float(literal)
    return value if math.isfinite(value) else Unreadable(literal, problem(QT_TRANSLATE_NOOP(
        "Import", "{0} is not a finite number"), _cut(literal)))


def read_int(literal: str) -> Any:
    # Past 64 bits SQLite cannot store it; past 4,300 digits Python will not even read it.
    value = int(literal) if len(literal) <= 40 else None
    if value is not None and rules.INT_MIN <= value <= rules.INT_MAX:
        return value
    return Unreadable(literal, problem(QT_TRANSLATE_NOOP("Import", "{0} is a whole number too large for 64 bits"),
                                       _cut(literal)))


def json_path(parts: Any) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


Problems = list[tuple[str, str]]  # (JSON path, what is wrong there)


class CheckedDocument(dict):
    """A document check_document passed: the import checks again only the values it
    fills in or changes (app.io.session_json.unchecked), not the ones checked here."""


def check_document(doc: Any, path: Path) -> CheckedDocument:
    """Every problem at once: numbers no row can hold, the schema (types, required
    fields), the row rules (storage.rules: vocabulary, dates, colours, JSON fields,
    text) and references that point at nothing in the file. ImportRefused lists
    them all, each with its JSON path."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
            "Import", "is not a Meshwork session file (no \"format\": \"{0}\")"), FORMAT), "$.format")
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
            "Import", "was written by a newer Meshwork (format version {0}; this one reads version {1}); update "
                      "Meshwork to import it"), version, VERSION), "$.version")
    found: Problems = [] if plain(doc) else _unreadable(doc)
    if found or not _follows_schema(doc):  # jsonschema names each problem; it is slow, so only then
        found += _schema_problems(doc)
    placed = {where for where, _ in found}
    for where, message in [*_rule_problems(doc), *_reference_problems(doc)]:
        if where not in placed:  # one problem per field: the rules often say again what the schema said
            placed.add(where)
            found.append((where, message))
    if found:
        raise refusal(path, found)
    return CheckedDocument(doc)


_follows_schema = compile_schema(SCHEMA)


def _schema_problems(doc: Any) -> Problems:
    import jsonschema

    found: Problems = []
    by_place: dict[str, list[Any]] = {}
    for error in jsonschema.Draft202012Validator(SCHEMA).iter_errors(doc):
        by_place.setdefault(json_path(error.absolute_path), []).append(error)
    for where, errors in by_place.items():
        wrong_type = [e for e in errors if e.validator == "type"]  # then the value's other rules are moot
        found += [(where, _in_json_words(e)) for e in wrong_type or errors]
    return found


def refusal(path: Path, found: Problems) -> ImportRefused:
    """One problem with its place, or all of them on one line, in document order."""
    found = sorted(dict.fromkeys(found), key=lambda p: _natural(p[0]))
    if len(found) == 1:
        return ImportRefused(path, found[0][1], found[0][0])
    return ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "{0} problems: {1}"), len(found),
                                       Said.joined("; ", (Said(None, "{0}: {1}", w, m) for w, m in found))))


def _natural(where: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", where)]


def plain(doc: Any, depth: int | None = None) -> bool:
    """True when no value nests deeper than ``depth`` levels and every number and text
    can be stored: a quick walk without paths, level by level, before the slow walks
    that name where a problem is."""
    level, at = [[doc]], 0  # the document as the one value of a list at level 0
    while level:
        deeper: list[Any] = []
        for item in level:
            if depth is not None and at >= depth and item:
                return False  # its values would be one level too deep
            values = item
            if isinstance(item, dict):
                values = item.values()
                if not "".join(item).isascii() and any(rules.surrogate_problem(key) for key in item):
                    return False  # (keys are tested together: nearly always all ASCII)
            for value in values:
                if isinstance(value, str):
                    if not value.isascii() and rules.surrogate_problem(value):
                        return False
                elif isinstance(value, dict | list):
                    deeper.append(value)
                elif isinstance(value, Unreadable):
                    return False
        level, at = deeper, at + 1
    return True


def _unreadable(doc: Any) -> Problems:
    """Numbers no row can hold and text no UTF-8 can hold, anywhere in the file."""
    found: Problems = []
    stack: list[tuple[Any, str]] = [(doc, "$")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, Unreadable):
            found.append((where, item.problem))
        elif isinstance(item, str):
            wrong = rules.surrogate_problem(item)
            if wrong:
                found.append((where, wrong))
        elif isinstance(item, dict):
            for key, value in item.items():
                wrong = rules.surrogate_problem(key)
                if wrong:
                    found.append((where, problem(QT_TRANSLATE_NOOP("Import", "has a field name that {0}"), wrong)))
                stack.append((value, f"{where}.{key}"))
        elif isinstance(item, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))
    return found


def _cut(literal: str, limit: int = 24) -> str:
    return literal if len(literal) <= limit else f"{literal[:12]}…({len(literal):,} characters)"


_TYPE_WORDS = {"string": QT_TRANSLATE_NOOP("Import", "a string"), "number": QT_TRANSLATE_NOOP("Import", "a number"),
               "integer": QT_TRANSLATE_NOOP("Import", "a whole number"),
               "object": QT_TRANSLATE_NOOP("Import", "an object"), "array": QT_TRANSLATE_NOOP("Import", "an array"),
               "null": "null", "boolean": QT_TRANSLATE_NOOP("Import", "true or false")}
_OR = QT_TRANSLATE_NOOP("Import", "{0} or {1}")


def _either(words: list[Any]) -> Said:
    """"a string or null", each word said in the reader's language."""
    said: Any = words[0] if words else ""
    for word in words[1:]:
        said = problem(_OR, said, word)
    return said


def _type_word(kind: str) -> Any:
    word = _TYPE_WORDS.get(kind, kind)
    return word if word in ("null", kind) else problem(word)


def _json_type(value: Any) -> Any:
    """storage.rules.json_type in the reader's language (its English is the same)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return problem(QT_TRANSLATE_NOOP("Import", "the number {0}"), rules.shown(value))
    if isinstance(value, str):
        return problem(QT_TRANSLATE_NOOP("Import", "the string {0}"), rules.shown(value))
    if isinstance(value, list | tuple):
        return problem(QT_TRANSLATE_NOOP("Import", "an array"))
    if isinstance(value, dict):
        return problem(QT_TRANSLATE_NOOP("Import", "an object"))
    return rules.json_type(value)  # null, true, false: JSON's own words


def _in_json_words(error: Any) -> str:
    """A schema error said the way JSON says things (null, true, "text"), not Python's."""
    rule, want, value = error.validator, error.validator_value, error.instance
    if rule == "type":
        kinds = [want] if isinstance(want, str) else want
        return problem(QT_TRANSLATE_NOOP("Import", "must be {0}, not {1}"), _either([_type_word(k) for k in kinds]),
                       _json_type(value))
    if rule == "required":
        missing = [json.dumps(k) for k in want if isinstance(value, dict) and k not in value]
        if len(missing) > 1:
            return problem(QT_TRANSLATE_NOOP("Import", "lacks the required fields {0}"), ", ".join(missing))
        return problem(QT_TRANSLATE_NOOP("Import", "lacks the required field {0}"), ", ".join(missing))
    if rule == "additionalProperties":
        known = error.schema.get("properties", {})
        extra = [rules.shown(k) for k in value if k not in known]
        return problem(QT_TRANSLATE_NOOP("Import", "has fields the format does not have: {0}"), ", ".join(extra))
    if rule in ("enum", "const"):
        options = want if rule == "enum" else [want]
        return problem(QT_TRANSLATE_NOOP("Import", "must be {0}, not {1}"),
                       _either([json.dumps(o) for o in options]), _json_type(value))
    if rule == "maxLength":
        return problem(QT_TRANSLATE_NOOP("Import", "is longer than {0:,} characters"), want)
    if rule == "minLength":
        return problem(QT_TRANSLATE_NOOP("Import", "must not be empty"))
    if rule == "minimum":
        return problem(QT_TRANSLATE_NOOP("Import", "must be at least {0}, not {1}"), want, rules.shown(value))
    if rule == "pattern":
        return problem(QT_TRANSLATE_NOOP("Import", "must be written YYYY-MM-DD, not {0}"), _json_type(value))
    return problem(QT_TRANSLATE_NOOP("Import", "breaks the format's rule {0}"), json.dumps(rule))


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


_POINTS_AT_PARTICIPANT = QT_TRANSLATE_NOOP("Import", "points at participant {0}, which is not in the file")
_POINTS_AT_ZONE = QT_TRANSLATE_NOOP("Import", "points at zone {0}, which is not in the file")
_POINTS_AT_CARD = QT_TRANSLATE_NOOP("Import", "points at card {0}, which is not in the file")
_POINTS_AT_CANVAS = QT_TRANSLATE_NOOP("Import", "points at canvas {0}, which is not in the file")


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
            found.append((where, problem(QT_TRANSLATE_NOOP("Import", "duplicate id {0} (also at {1})"),
                                         json.dumps(row_id), seen[row_id])))
        else:
            seen[row_id] = where

    def refer(value: Any, known: set[str], what: str, where: str) -> None:
        if key(value) is not None and value not in known:
            found.append((where, problem(what, rules.shown(value))))

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
            found.append((f"{where}.name", problem(QT_TRANSLATE_NOOP("Import", "duplicate tag name {0}"),
                                                   json.dumps(name))))
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
            refer(card.get("participant_id"), people, _POINTS_AT_PARTICIPANT, f"{where}.participant_id")
            refer(card.get("zone_id"), zones, _POINTS_AT_ZONE, f"{where}.zone_id")
        for where, link in _rows(canvas, "links", here):
            unique(link.get("id"), f"{where}.id")
            refer(link.get("source_id"), on_canvas, _POINTS_AT_CARD, f"{where}.source_id")
            refer(link.get("target_id"), on_canvas, _POINTS_AT_CARD, f"{where}.target_id")
        cards |= on_canvas
    for where, v in _rows(doc, "votes"):
        unique(v.get("id"), f"{where}.id")
        refer(v.get("card_id"), cards, _POINTS_AT_CARD, f"{where}.card_id")
        refer(v.get("participant_id"), people, _POINTS_AT_PARTICIPANT, f"{where}.participant_id")
    for where, r in _rows(doc, "reflections"):
        unique(r.get("id"), f"{where}.id")
        refer(r.get("card_id"), cards, _POINTS_AT_CARD, f"{where}.card_id")
    for where, a in _rows(doc, "agenda"):
        unique(a.get("id"), f"{where}.id")
        refer(a.get("canvas_id"), canvases, _POINTS_AT_CANVAS, f"{where}.canvas_id")
    seqs: set[int] = set()
    for where, e in _rows(doc, "events"):
        unique(e.get("id"), f"{where}.id")
        seq = e.get("seq")
        if isinstance(seq, int) and seq in seqs:
            found.append((f"{where}.seq", problem(QT_TRANSLATE_NOOP("Import", "duplicate event seq {0}"), seq)))
        elif isinstance(seq, int):
            seqs.add(seq)
    return found
