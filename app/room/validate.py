"""Strict checks of what a phone sends: exact types, lengths, the vocabulary's
kinds and the tag pattern. Anything unexpected is refused, never repaired."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.said import Said
from app.vocabulary import CARD_KINDS
from storage import rules

LIMITS = {"text": 280, "why": 500, "name": 60, "role": 60}
MAX_TAGS = 8
TAG = re.compile(r"[\w-]{1,32}")  # the same tags quick capture reads after '#'; fullmatch: "$" takes a final "\n"
ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Embeddings, overrides and isolates turn the text after them around on the canvas
# ("pay\u202elcx.exe" shows as "payexe.xcl"): what is stored must read as it shows.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


class Invalid(ValueError):
    """A request the API refuses with 400; the message is safe to show, and is a Said
    (app/said.py) so the API can say it in the phone's language (context "RoomErrors")."""


def said(text: str, *args: Any) -> Said:
    """A phone's error, said later in its language: said(QT_TRANSLATE_NOOP("RoomErrors", "…"), …)."""
    return Said("RoomErrors", text, *args)


def _not_json(constant: str):
    raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "The body is not valid JSON ({0} is not a JSON number)"),
                       constant))


def parse_json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode(), parse_constant=_not_json)  # UTF-8
    except Invalid:
        raise
    except (ValueError, RecursionError):
        # ValueError covers bad UTF-8, bad JSON and integers past Python's digit limit.
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "The body is not valid JSON"))) from None
    if not isinstance(data, dict):
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "The body must be a JSON object")))
    return data


def only(data: dict[str, Any], required: set[str], optional: set[str] = frozenset()) -> None:
    unknown = set(data) - required - optional
    if unknown:
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "Unknown field: {0}"), sorted(unknown)[0]))
    missing = required - set(data)
    if missing:
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "Missing field: {0}"), sorted(missing)[0]))


def text(data: dict[str, Any], name: str, required: bool = True) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "{0} must be a string"), name))
    value = value.strip()
    # The library's own row rules first (lone surrogates, control characters), so a
    # phone hears 400 for exactly what the Editor would refuse to store.
    problem = rules.text_problem(value, long=name == "why", limit=LIMITS[name])
    if problem:
        raise Invalid(Said(None, "{0} {1}", name, problem))  # the row rules' Detail: said in the phone's language
    turn = _BIDI.search(value)
    if turn:
        raise Invalid(said(QT_TRANSLATE_NOOP(
            "RoomErrors", "{0} holds a text-direction control (U+{1:04X}) at position {2}"), name, ord(turn.group()),
            turn.start() + 1))
    if required and not value:
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "{0} must not be empty"), name))
    return value


def kind(data: dict[str, Any]) -> str:
    value = data.get("kind", "activity")
    if not isinstance(value, str) or value not in CARD_KINDS:
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "kind must be one of: {0}"), ", ".join(CARD_KINDS)))
    return value


def tags(data: dict[str, Any]) -> list[str]:
    value = data.get("tags", [])
    if not isinstance(value, list) or len(value) > MAX_TAGS:
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "tags must be a list of at most {0}"), MAX_TAGS))
    out: list[str] = []
    for tag in value:
        if not isinstance(tag, str) or not TAG.fullmatch(tag):
            raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "each tag is 1–32 letters, digits, '-' or '_'")))
        if tag not in out:
            out.append(tag)
    return out


def record_id(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not ID.fullmatch(value):
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "{0} must be an id"), name))
    return value


def flag(data: dict[str, Any], name: str) -> bool:
    value = data.get(name)
    if not isinstance(value, bool):
        raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "{0} must be true or false"), name))
    return value


def card_fields(data: dict[str, Any], partial: bool) -> dict[str, Any]:
    """The card fields a phone may set: all of them on add, any of them on edit."""
    fields: dict[str, Any] = {}
    if not partial or "kind" in data:
        fields["kind"] = kind(data)
    if not partial or "text" in data:
        fields["text"] = text(data, "text")
    if not partial or "why" in data:
        fields["why"] = text(data, "why", required=False)
    if not partial or "tags" in data:
        fields["tags"] = tags(data)
    return fields
