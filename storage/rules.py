"""The row rules: what a row of each library table may hold, checked the same way
at every way in (the editor, every import, the merge of another library) and by
``meshwork check`` over a whole library.

Each field has one check: exact types, the vocabulary, finite numbers inside
SQLite's 64 bits, real dates, colours as #RRGGBB, valid JSON where a column holds
JSON, ids as UUID strings, text without lone surrogates, NUL or other control
characters (long text may hold newlines and tabs). A check never stops at the
first problem: it returns every one, naming the table, the row and the field,
with values written the way JSON writes them (null, true, "text")."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from storage.vocabulary import (
    AGENDA_STATUSES,
    CARD_KINDS,
    KNOWLEDGE_TYPES,
    LINK_KINDS,
    MATCH_STATUSES,
    REFLECTION_KINDS,
)

INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # what an SQLite INTEGER holds
# Canvas coordinates are pixels at zoom 1; far beyond any real map, and far enough
# inside what Qt's painting and image sizes survive.
MAX_COORD = 10_000_000.0
MAX_NAME = 1_000
MAX_TEXT = 100_000
MAX_JSON = 5_000_000
MAX_OUTLINE_POINTS = 10_000

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?$")
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls, DEL, and the two noncharacters XML cannot hold.
_CONTROL_LONG = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff]")


# What each rule says, by a stable kind: a Detail is these English words with its
# arguments, so app/rule_words.py can say them again in the reader's language (the
# same kinds, checked by tests/test_i18n_messages.py). Arguments may be Details too.
RULES: dict[str, str] = {
    "not_utf8": "bytes that are not UTF-8 ({0} bytes)",
    "binary": "binary data ({0} bytes)",
    "digits": "a {0}-digit number",
    "number_is": "the number {0}",
    "string_is": "the string {0}",
    "array": "an array",
    "object": "an object",
    "lone_surrogate": "holds a lone surrogate (U+{0:04X}) at position {1}, which no UTF-8 text can hold",
    "not_text": "must be text, not {0}",
    "nul": "holds a NUL character at position {0}",
    "control": "holds a control character (U+{0:04X}) at position {1}",
    "too_long": "is longer than {0:,} characters",
    "empty": "must not be empty",
    "not_uuid": "must be a UUID, not {0}",
    "not_card_kind": "must be a card kind ({0}), not {1}",
    "not_knowledge_type": "must be a knowledge type ({0}), not {1}",
    "not_link_kind": "must be a link kind ({0}), not {1}",
    "not_reflection_kind": "must be a reflection kind ({0}), not {1}",
    "not_step_status": "must be a step status ({0}), not {1}",
    "not_match_status": "must be a match status ({0}), not {1}",
    "not_number": "must be a number, not {0}",
    "too_large": "is {0}, too large for 64 bits",
    "not_finite": "must be a finite number, not {0}",
    "number_range": "must be between {0:,.0f} and {1:,.0f}, not {2}",
    "not_whole": "must be a whole number, not {0}",
    "whole_range": "must be between {0:,} and {1:,}, not {2}",
    "not_flag": "must be 0 or 1, not {0}",
    "not_date": "must be a real date written YYYY-MM-DD, not {0}",
    "not_utc": "must be a UTC ISO-8601 time with its offset (+00:00), not {0}",
    "not_stamp": "must be a real ISO-8601 date or time (2026-03-10T09:00:00+00:00), not {0}",
    "not_colour": "must be a colour written #RRGGBB, not {0}",
    "not_json_text": "must be JSON text, not {0}",
    "json_deep": "is JSON nested too deep",
    "not_json": "is not valid JSON ({0})",
    "outline_points": "must be a JSON array of 3 to {0:,} [x, y] points",
    "outline_point": "point {0} must be [x, y] with finite numbers, not {1}",
    "not_json_object": "must be a JSON object, not {0}",
    "not_tag_list": "must be a list of tag names, not {0}",
    "tag": "tag {0} {1}",
    "row": "row",
    "row_number": "row {0}",
    "row_named": "“{0}”",
    "no_table": "is not a table of a Meshwork library",
    "no_field": "is not a field of this table",
    "same_card": "is the same card as {0}",
}


class Detail(str):
    """What a rule says: English words (the str, for logs, the CLI and ``meshwork
    check``) that keep their kind and arguments to be said again in another language."""

    kind: str
    args: tuple[Any, ...]

    def __new__(cls, kind: str, *args: Any) -> Detail:
        obj = super().__new__(cls, RULES[kind].format(*(str(a) if isinstance(a, Detail) else a for a in args)))
        obj.kind, obj.args = kind, args
        return obj

    def __reduce__(self):  # a copy (or pickle) keeps its kind and arguments
        return (Detail, (self.kind, *self.args))


class BadText:
    """Text bytes in a library that are not UTF-8 (what ``decode_text`` gives back)."""

    def __init__(self, raw: bytes):
        self.raw = raw

    def __repr__(self) -> str:
        return f"BadText({self.raw[:20]!r})"


def decode_text(raw: bytes) -> str | BadText:
    """A sqlite3 text_factory: bytes that are not UTF-8 become a BadText the rules
    report, instead of an exception that stops the whole read."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return BadText(raw)


@dataclass(frozen=True)
class Problem:
    table: str
    row: str  # the row's id, else "row N"
    field: str
    message: str  # plain words, values as JSON writes them (a Detail)

    def __str__(self) -> str:
        return f"{self.table} {self.row}: {self.field} {self.message}"


# -- how values are named in messages ------------------------------------------

def shown(value: Any, limit: int = 40) -> str:
    """A value as JSON writes it (null, true, "text"), cut short."""
    if isinstance(value, BadText):
        return Detail("not_utf8", len(value.raw))
    if isinstance(value, bytes | bytearray):
        return Detail("binary", len(value))
    if isinstance(value, float) and not math.isfinite(value):
        text = "NaN" if math.isnan(value) else ("-" if value < 0 else "") + "Infinity"
    elif isinstance(value, int) and not isinstance(value, bool) and not INT_MIN <= value <= INT_MAX:
        digits = len(str(abs(value))) if abs(value) < 10**4000 else 4000
        return Detail("digits", digits)
    else:
        try:
            text = json.dumps(value, ensure_ascii=True)
        except (TypeError, ValueError):
            text = type(value).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def json_type(value: Any) -> str:
    """What a value is, in JSON's words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return Detail("number_is", shown(value))
    if isinstance(value, str):
        return Detail("string_is", shown(value))
    if isinstance(value, list | tuple):
        return Detail("array")
    if isinstance(value, dict):
        return Detail("object")
    return shown(value)


# -- the checks: each returns what is wrong, or None ----------------------------

Check = Callable[[Any], "str | None"]


def surrogate_problem(value: str) -> str | None:
    """Half of a UTF-16 pair (the JSON escape "\\ud800") cannot be written as UTF-8 at all."""
    lone = _SURROGATE.search(value)
    if lone:
        return Detail("lone_surrogate", ord(lone.group()), lone.start() + 1)
    return None


def text_problem(value: Any, long: bool = False, limit: int = MAX_NAME) -> str | None:
    if not isinstance(value, str):
        return Detail("not_text", json_type(value))
    lone = surrogate_problem(value)
    if lone:
        return lone
    bad = (_CONTROL_LONG if long else _CONTROL_LINE).search(value)
    if bad:
        char = bad.group()
        if char == "\x00":
            return Detail("nul", bad.start() + 1)
        return Detail("control", ord(char), bad.start() + 1)
    if len(value) > limit:
        return Detail("too_long", limit)
    return None


def _line(limit: int = MAX_NAME, required: bool = False) -> Check:
    def check(value: Any) -> str | None:
        problem = text_problem(value, False, limit)
        if problem is None and required and not value.strip():
            return Detail("empty")
        return problem
    return check


def _long(limit: int = MAX_TEXT) -> Check:
    return lambda value: text_problem(value, True, limit)


def _uuid(value: Any) -> str | None:
    if isinstance(value, str) and _UUID.match(value):
        return None
    problem = text_problem(value, False, 200) if not isinstance(value, str) else None
    return problem or Detail("not_uuid", json_type(value))


def _optional(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def _one_of(words: list[str], kind: str) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value in words:
            return None
        return Detail(kind, ", ".join(words), json_type(value))
    return check


def _number(low: float = -MAX_COORD, high: float = MAX_COORD) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return Detail("not_number", json_type(value))
        if isinstance(value, int) and not INT_MIN <= value <= INT_MAX:
            return Detail("too_large", shown(value))
        if isinstance(value, float) and not math.isfinite(value):
            return Detail("not_finite", shown(value))
        if not low <= value <= high:
            return Detail("number_range", low, high, shown(value))
        return None
    return check


def _integer(low: int = INT_MIN, high: int = INT_MAX) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # 3.0 is stored as 3
        if isinstance(value, bool) or not isinstance(value, int):
            return Detail("not_whole", json_type(value))
        if not INT_MIN <= value <= INT_MAX:
            return Detail("too_large", shown(value))
        if not low <= value <= high:
            return Detail("whole_range", low, high, value)
        return None
    return check


def _flag(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
        return None
    return Detail("not_flag", json_type(value))


def _real_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value[:10])
        if len(value) > 10:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _date(value: Any) -> str | None:
    if isinstance(value, str) and _DATE.match(value) and _real_date(value):
        return None
    return Detail("not_date", json_type(value))


def _stamp(empty_ok: bool = False, aware: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if empty_ok and value == "":
            return None
        ok = isinstance(value, str) and _STAMP.match(value) and _real_date(value)
        if ok and aware and not (value.endswith("Z") or re.search(r"[+-]\d{2}:\d{2}$", value)):
            return Detail("not_utc", json_type(value))
        if ok:
            return None
        return Detail("not_stamp", json_type(value))
    return check


def _colour(value: Any) -> str | None:
    if isinstance(value, str) and _COLOUR.match(value):
        return None
    return Detail("not_colour", json_type(value))


def strict_json(text: str) -> Any:
    """Parse JSON as the standard defines it: no NaN, no Infinity, no 1e999."""
    def no_constant(name: str) -> Any:
        raise ValueError(f"{name} is not a JSON number")

    def finite(number: str) -> float:
        value = float(number)
        if not math.isfinite(value):
            raise ValueError(f"{number[:20]} is not a finite number")
        return value

    return json.loads(text, parse_constant=no_constant, parse_float=finite)


def _json_text(value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, str):
        return None, Detail("not_json_text", json_type(value))
    if len(value) > MAX_JSON:
        return None, Detail("too_long", MAX_JSON)
    try:
        return strict_json(value), None
    except RecursionError:
        return None, Detail("json_deep")
    except ValueError as exc:
        return None, Detail("not_json", str(exc).split(":")[0])  # Python's own (English) words


def _outline(value: Any) -> str | None:
    points, problem = _json_text(value)
    if problem:
        return problem
    if not isinstance(points, list) or not 3 <= len(points) <= MAX_OUTLINE_POINTS:
        return Detail("outline_points", MAX_OUTLINE_POINTS)
    coordinate = _number()
    for n, point in enumerate(points):
        if not (isinstance(point, list) and len(point) == 2 and not any(map(coordinate, point))):
            return Detail("outline_point", n + 1, shown(point))
    return None


def _json_object(value: Any) -> str | None:
    data, problem = _json_text(value)
    if problem:
        return problem
    return None if isinstance(data, dict) else Detail("not_json_object", json_type(data))


def _tag_names(value: Any) -> str | None:
    if not isinstance(value, list | tuple):
        return Detail("not_tag_list", json_type(value))
    name = _line(required=True)
    for n, tag in enumerate(value):
        problem = name(tag)
        if problem:
            return Detail("tag", n + 1, problem)
    return None


# -- the tables -----------------------------------------------------------------

_ID, _REF = _uuid, _optional(_uuid)
_CREATED = _stamp(empty_ok=True)  # rows made before creation times were kept hold ""
_SIZE = _number(0.0, MAX_COORD)

FIELDS: dict[str, dict[str, Check]] = {
    "series": {"id": _ID, "name": _line(), "description": _long(), "created_at": _CREATED},
    "sessions": {
        "id": _ID, "series_id": _REF, "title": _line(), "date": _date, "facilitator": _line(),
        "purpose": _long(), "method": _line(200), "continued_from": _REF, "created_at": _CREATED,
        "updated_at": _CREATED, "dots_per_participant": _integer(0, 10_000),
    },
    "participants": {
        "id": _ID, "session_id": _ID, "name": _line(), "role": _line(), "team": _line(), "colour": _colour,
        "position": _integer(), "created_at": _CREATED,
    },
    "canvases": {"id": _ID, "session_id": _ID, "name": _line(), "position": _integer(), "created_at": _CREATED},
    "zones": {
        "id": _ID, "canvas_id": _ID, "label": _long(MAX_NAME), "role": _optional(_line()),
        "x": _number(), "y": _number(), "width": _SIZE, "height": _SIZE, "colour": _colour,
        "outline": _optional(_outline), "created_at": _CREATED,
    },
    "cards": {
        "id": _ID, "canvas_id": _ID, "participant_id": _REF, "zone_id": _REF,
        "kind": _one_of(CARD_KINDS, "not_card_kind"), "text": _long(), "why": _long(),
        "knowledge_type": _optional(_one_of(KNOWLEDGE_TYPES, "not_knowledge_type")),
        "x": _number(), "y": _number(), "width": _SIZE, "height": _SIZE, "lineage_id": _line(200),
        "hidden": _flag, "created_at": _CREATED, "updated_at": _CREATED,
        "tags": _tag_names,  # not a column: the names an edit gives a card
    },
    "links": {
        "id": _ID, "canvas_id": _ID, "source_id": _ID, "target_id": _ID,
        "kind": _one_of(LINK_KINDS, "not_link_kind"), "label": _long(MAX_NAME), "created_at": _CREATED,
    },
    "tags": {"id": _ID, "name": _line(required=True), "created_at": _CREATED},
    "card_tags": {"card_id": _ID, "tag_id": _ID},
    "votes": {"id": _ID, "card_id": _ID, "participant_id": _ID, "created_at": _CREATED},
    "reflections": {
        "id": _ID, "session_id": _ID, "kind": _one_of(REFLECTION_KINDS, "not_reflection_kind"), "text": _long(),
        "owner": _line(), "due_date": _optional(_date), "card_id": _REF, "created_at": _CREATED,
        "done_at": _optional(_stamp(aware=True)),
    },
    "agenda_steps": {
        "id": _ID, "session_id": _ID, "position": _integer(), "title": _line(), "prompt": _long(),
        "duration_s": _integer(0, 10**9), "canvas_id": _REF, "silent": _flag, "voting": _flag,
        "status": _one_of(AGENDA_STATUSES, "not_step_status"), "elapsed_s": _number(0.0, 1e12),
        "started_at": _optional(_stamp(aware=True)), "created_at": _CREATED,
    },
    "events": {
        "id": _ID, "seq": _integer(1), "session_id": _REF, "at": _stamp(), "action": _line(100),
        "entity": _line(100), "entity_id": _REF, "payload": _json_object,
    },
    "matches": {
        "id": _ID, "card_a": _ID, "card_b": _ID, "status": _one_of(MATCH_STATUSES, "not_match_status"),
        "created_at": _CREATED,
    },
}
TABLES = list(FIELDS)


def row_name(row: Mapping[str, Any], number: int | None = None) -> str:
    """How a problem names its row: the id when it is a readable one, else its number."""
    row_id = row.get("id")
    if isinstance(row_id, str) and _UUID.match(row_id):
        return row_id
    if isinstance(row_id, str) and 0 < len(row_id) <= 64 and text_problem(row_id) is None:
        return Detail("row_named", row_id)
    return Detail("row_number", number) if number is not None else Detail("row")


def check_fields(table: str, fields: Mapping[str, Any], row: str = Detail("row")) -> list[Problem]:
    """Every problem with these fields of one row (the fields an edit sets, or all of a row)."""
    rules = FIELDS.get(table)
    if rules is None:
        return [Problem(table, row, "table", Detail("no_table"))]
    problems = []
    for name, value in fields.items():
        check = rules.get(name)
        message = check(value) if check else Detail("no_field")
        if message:
            problems.append(Problem(table, row, str(name), message))
    if table in ("links", "matches"):
        a, b = ("source_id", "target_id") if table == "links" else ("card_a", "card_b")
        if a in fields and fields.get(a) == fields.get(b):
            problems.append(Problem(table, row, b, Detail("same_card", a)))
    return problems


def check_row(table: str, row: Mapping[str, Any], number: int | None = None) -> list[Problem]:
    """Every problem with one row; fields left out are not checked (SQLite's defaults fill them)."""
    return check_fields(table, row, row_name(row, number))


def check_rows(table: str, rows: Iterable[Mapping[str, Any]]) -> list[Problem]:
    return [p for n, row in enumerate(rows, 1) for p in check_row(table, row, n)]


def check_dump(dump: Mapping[str, Any]) -> list[Problem]:
    """Every problem in a session's rows, shaped like ``snapshot.dump_session``'s."""
    problems = check_row("sessions", dump["session"]) if dump.get("session") else []
    for table, table_rows in dump.items():
        if table != "session" and table in FIELDS:
            problems += check_rows(table, table_rows)
    return problems
