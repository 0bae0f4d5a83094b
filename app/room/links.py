"""Links from phones: a participant connects one of their own cards to a face-up
card on the current canvas, and takes back links from their own cards.

A link belongs to whoever wrote its source card, so no column records who made
it; each one is an ordinary Editor command (undoable at the desktop, in the
event log and in replay)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.editor import Editor
from app.model import Link
from app.room import validate
from app.vocabulary import LINK_KINDS


class Refused(Exception):
    """A link request the API answers with an error: (status, message, code)."""

    def __init__(self, status: int, message: str, code: str):
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def kind(data: dict[str, Any]) -> str:
    value = data.get("kind")
    if not isinstance(value, str) or value not in LINK_KINDS:
        raise validate.Invalid(validate.said(QT_TRANSLATE_NOOP("RoomErrors", "kind must be one of: {0}"),
                                             ", ".join(LINK_KINDS)))
    return value


def add(editor: Editor, participant_id: str, canvas_id: str | None, data: dict[str, Any]) -> Link:
    validate.only(data, {"source_id", "target_id", "kind"})
    source_id = validate.record_id(data, "source_id")
    target_id = validate.record_id(data, "target_id")
    link_kind = kind(data)
    doc = editor.doc
    source, target = doc.get("cards", source_id), doc.get("cards", target_id)
    if source is None or target is None:
        raise Refused(404, validate.said(QT_TRANSLATE_NOOP("RoomErrors", "No such card")), "not_found")
    if source.participant_id != participant_id:
        raise Refused(403, validate.said(QT_TRANSLATE_NOOP(
            "RoomErrors", "Links start from one of your own cards")), "not_yours")
    if source_id == target_id:
        raise Refused(409, validate.said(QT_TRANSLATE_NOOP("RoomErrors", "A card cannot link to itself")), "same_card")
    if canvas_id is None or source.canvas_id != canvas_id or target.canvas_id != canvas_id:
        raise Refused(409, validate.said(QT_TRANSLATE_NOOP(
            "RoomErrors", "Both cards must be on the map the room is working on")), "other_canvas")
    if target.hidden and target.participant_id != participant_id:
        raise Refused(409, validate.said(QT_TRANSLATE_NOOP("RoomErrors", "That card is still face down")), "face_down")
    if any(link.source_id == source_id and link.target_id == target_id and link.kind == link_kind
           for link in doc.links_of([source_id])):
        raise Refused(409, validate.said(QT_TRANSLATE_NOOP(
            "RoomErrors", "These cards are already linked that way")), "duplicate")
    link = editor.add_link(source_id, target_id, link_kind)
    if link is None:
        raise Refused(503, validate.said(QT_TRANSLATE_NOOP(
            "RoomErrors", "The link was not saved: ask the facilitator")), "not_saved")
    return link


def remove(editor: Editor, participant_id: str, link_id: str) -> None:
    doc = editor.doc
    link = doc.get("links", link_id)
    if link is None:
        raise Refused(404, validate.said(QT_TRANSLATE_NOOP("RoomErrors", "No such link")), "not_found")
    source = doc.get("cards", link.source_id)
    if source is None or source.participant_id != participant_id:
        raise Refused(403, validate.said(QT_TRANSLATE_NOOP(
            "RoomErrors", "You can only remove links from your own cards")), "not_yours")
    if not editor.delete(link_ids=[link_id]):
        raise Refused(503, validate.said(QT_TRANSLATE_NOOP(
            "RoomErrors", "The link was not removed: ask the facilitator")), "not_saved")
