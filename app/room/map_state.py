"""What one phone may see of the current canvas, as the JSON of the live map
(docs/room.md, "Live map"): a full state, then deltas.

The silent-round rule is the projector's: another participant's face-down card
goes out as a stub (place and author only), so its text never leaves the
desktop. With "Phones see the whole map" off a phone gets its own cards only.

Each record's JSON text is made once and shared by every stream (MapFragments),
so a step change that sends 30 phones a 500-card state costs one encoding of
each card, not thirty."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from app.document import SessionDocument
from app.model import Card, Link, Participant, Zone
from app.room import state as room_state
from app.vocabulary import CARD_KIND_LABELS, CARD_KINDS, LINK_KINDS

VERSION = 1
LINK_KIND_LABELS = {"hand-off": "hands off to"}  # the others read well as they are
FULL, STUB = "full", "stub"


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Viewer:
    """Whose eyes: visibility depends only on the participant and the switch, so
    every stream of the same participant gets the same text."""

    participant_id: str | None
    whole_map: bool = True

    def face(self, card: Card) -> str | None:
        """FULL, STUB (someone else's face-down card) or None (not shown at all)."""
        mine = self.participant_id is not None and card.participant_id == self.participant_id
        if not mine and not self.whole_map:
            return None
        if card.hidden and not mine:
            return STUB
        return FULL


def _n(value: float) -> float | int:
    # Whole numbers as integers: the coordinates are most of a state's bytes.
    value = round(float(value), 1)
    return int(value) if value.is_integer() else value


def card_json(card: Card) -> dict[str, Any]:
    return {"id": card.id, "participant_id": card.participant_id, "kind": card.kind,
            "text": card.text, "why": card.why, "tags": list(card.tags),
            "knowledge_type": card.knowledge_type, "x": _n(card.x), "y": _n(card.y),
            "width": _n(card.width), "height": _n(card.height), "hidden": bool(card.hidden)}


def card_stub(card: Card) -> dict[str, Any]:
    """Someone else's face-down card: where it lies and whose it is, nothing it says."""
    return {"id": card.id, "participant_id": card.participant_id, "x": _n(card.x), "y": _n(card.y),
            "width": _n(card.width), "height": _n(card.height), "hidden": True}


def link_json(link: Link) -> dict[str, Any]:
    return {"id": link.id, "source_id": link.source_id, "target_id": link.target_id,
            "kind": link.kind, "label": link.label}


def zone_json(zone: Zone) -> dict[str, Any]:
    outline = [[_n(x), _n(y)] for x, y in zone.points()] or None
    return {"id": zone.id, "label": zone.label, "role": zone.role, "x": _n(zone.x), "y": _n(zone.y),
            "width": _n(zone.width), "height": _n(zone.height), "colour": zone.colour,
            "outline": outline}


def roster_json(person: Participant) -> dict[str, Any]:
    return {"id": person.id, "name": person.name, "role": person.role, "colour": person.colour}


def link_kinds() -> list[dict[str, str]]:
    return [{"value": k, "label": LINK_KIND_LABELS.get(k, k)} for k in LINK_KINDS]


def votes_json(doc: SessionDocument, participant_id: str | None, dots: int) -> dict[str, Any] | None:
    """The device's own dots only: no totals, so early votes do not sway later ones."""
    if participant_id is None or not room_state.voting_open(doc):
        return None
    mine: dict[str, int] = {}
    for vote in doc.all("votes"):
        if vote.participant_id == participant_id:
            mine[vote.card_id] = mine.get(vote.card_id, 0) + 1
    return {"dots": dots, "used": sum(mine.values()), "mine": mine}


class MapFragments:
    """The JSON text of each record, made when first asked for and forgotten when
    the record changes."""

    def __init__(self, doc: SessionDocument):
        self.doc = doc
        self._text: dict[tuple[str, str, str], str] = {}

    def forget(self, record_id: str) -> None:
        for form in (FULL, STUB):
            self._text.pop(("cards", record_id, form), None)
        for table in ("links", "zones", "participants"):
            self._text.pop((table, record_id, FULL), None)

    def clear(self) -> None:
        self._text.clear()

    def text(self, table: str, record, form: str = FULL) -> str:
        key = (table, record.id, form)
        found = self._text.get(key)
        if found is None:
            if table == "cards":
                data = card_json(record) if form == FULL else card_stub(record)
            else:
                data = {"links": link_json, "zones": zone_json, "participants": roster_json}[table](record)
            found = self._text[key] = dumps(data)
        return found


def visible_links(doc: SessionDocument, canvas_id: str, viewer: Viewer) -> list[Link]:
    """Links whose two cards this viewer sees face up."""
    links = []
    for link in doc.on_canvas("links", canvas_id):
        source, target = doc.get("cards", link.source_id), doc.get("cards", link.target_id)
        if source and target and viewer.face(source) == FULL and viewer.face(target) == FULL:
            links.append(link)
    return links


def full_state(doc: SessionDocument, canvas_id: str | None, device, viewer: Viewer,
               fragments: MapFragments, dots: int, now: dt.datetime, seq: int = 0) -> str:
    """The whole picture for one device, as JSON text."""
    return (state_head(doc, canvas_id, device, viewer, dots, now, seq) + ","
            + map_body(doc, canvas_id, viewer, fragments) + "}")


def state_head(doc: SessionDocument, canvas_id: str | None, device, viewer: Viewer,
               dots: int, now: dt.datetime, seq: int = 0) -> str:
    """The full state's members other than the map, as JSON text without its closing
    brace: the part made for each device; map_body() is shared."""
    step = room_state.current_step(doc)
    canvas = doc.get("canvases", canvas_id) if canvas_id else None
    head = {
        "v": VERSION,
        "seq": seq,
        "session": {"title": doc.session.get("title", "")},
        "kinds": [{"value": k, "label": CARD_KIND_LABELS[k]} for k in CARD_KINDS],
        "link_kinds": link_kinds(),
        "step": None if step is None else {
            "title": step.title, "prompt": step.prompt, "status": step.status,
            "time_left_s": round(room_state.time_left(step, now)), "silent": bool(step.silent),
            "voting": bool(step.voting)},
        "me": {"status": device.status, "name": device.name, "role": device.role,
               "participant_id": device.participant_id, "ready": device.ready},
        "whole_map": viewer.whole_map,
        "canvas": None if canvas is None else {"id": canvas.id, "name": canvas.name},
        "votes": votes_json(doc, viewer.participant_id, dots),
    }
    return dumps(head)[:-1]


def body_key(viewer: Viewer, face_down_authors: set[str | None]) -> Viewer:
    """Viewers that see the same map get the same key: with the whole map on, all
    who have no face-down card of their own see the same (others' as stubs)."""
    if viewer.whole_map and viewer.participant_id not in face_down_authors:
        return Viewer(None, True)
    return viewer


def face_down_authors(doc: SessionDocument, canvas_id: str | None) -> set[str | None]:
    return {c.participant_id for c in doc.on_canvas("cards", canvas_id or "") if c.hidden}


def map_body(doc: SessionDocument, canvas_id: str | None, viewer: Viewer, fragments: MapFragments) -> str:
    """The roster, zones, cards and links of the full state, as JSON members."""
    canvas = doc.get("canvases", canvas_id) if canvas_id else None
    roster = [fragments.text("participants", p) for p in doc.all("participants")]
    zones, cards, links = [], [], []
    if canvas is not None:
        zones = [fragments.text("zones", z) for z in doc.on_canvas("zones", canvas.id)]
        for card in sorted(doc.on_canvas("cards", canvas.id), key=lambda c: c.created_at):
            face = viewer.face(card)
            if face is not None:
                cards.append(fragments.text("cards", card, face))
        links = [fragments.text("links", link) for link in visible_links(doc, canvas.id, viewer)]
    return ('"roster":[' + ",".join(roster) + '],"zones":[' + ",".join(zones)
            + '],"cards":[' + ",".join(cards) + '],"links":[' + ",".join(links) + "]")


# The order a page applies a delta in (docs/room.md): upserts first, parents
# before children, then removals children first.
DELTA_TABLES = (("participants", "roster"), ("zones", "zones"), ("cards", "cards"), ("links", "links"))


def delta(doc: SessionDocument, canvas_id: str | None, viewer: Viewer, touched: dict[str, dict[str, Any]],
          fragments: MapFragments, seq: int, votes: Any = ...) -> str | None:
    """What changed among the touched records ({table: {id: last record seen}}), as
    this viewer sees them now; None when nothing of it concerns the viewer."""
    parts: list[str] = []
    for table, key in DELTA_TABLES:
        upserts, removed = [], []
        for record_id, last in touched.get(table, {}).items():
            current = doc.get(table, record_id)
            record = current or last
            if table != "participants" and record.canvas_id != canvas_id:
                continue  # another canvas: never shown, so never removed either
            shown = _shown(doc, table, current, viewer) if current is not None else None
            if shown is None:
                removed.append(record_id)
            else:
                upserts.append(fragments.text(table, current, shown))
        if upserts:
            parts.append(f'"{key}":[' + ",".join(upserts) + "]")
        if removed:
            parts.append(f'"{key}_removed":' + dumps(removed))
    if votes is not ...:
        parts.append('"votes":' + dumps(votes))
    if not parts:
        return None
    return '{"seq":' + str(seq) + "," + ",".join(parts) + "}"


def _shown(doc: SessionDocument, table: str, record, viewer: Viewer) -> str | None:
    if table == "cards":
        return viewer.face(record)
    if table == "links":
        source, target = doc.get("cards", record.source_id), doc.get("cards", record.target_id)
        ok = source and target and viewer.face(source) == FULL and viewer.face(target) == FULL
        return FULL if ok else None
    return FULL
