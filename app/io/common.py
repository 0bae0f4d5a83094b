"""What the data exports read: one session's rows as records, with the lookups
every format needs (a card's author, role, zone and votes)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from app.analysis.loading import SessionData, load_session
from app.io import face_down
from app.model import AgendaStep, Card, Reflection
from storage import entities, series

MAX_IMPORT_BYTES = 50 * 1024 * 1024  # the largest file any import reads


@dataclass
class ExportData:
    data: SessionData
    series: dict[str, Any] | None
    reflections: list[Reflection] = field(default_factory=list)
    agenda: list[AgendaStep] = field(default_factory=list)
    face_down_left_out: int = 0  # face-down cards not exported (app.io.face_down)

    @property
    def session(self) -> dict[str, Any]:
        return self.data.session

    def canvases(self) -> list:
        return sorted(self.data.canvases.values(), key=lambda c: (c.position, c.created_at))

    def cards_on(self, canvas_id: str) -> list[Card]:
        return [c for c in self.data.cards.values() if c.canvas_id == canvas_id]

    def links_on(self, canvas_id: str) -> list:
        return [lk for lk in self.data.links if lk.canvas_id == canvas_id]

    def zones_on(self, canvas_id: str) -> list:
        return [z for z in self.data.zones.values() if z.canvas_id == canvas_id]

    def author(self, card: Card) -> str:
        return self.data.author(card)

    def role(self, card: Card) -> str:
        """The role as written (the author's, else the swimlane's)."""
        return self.data.role_name(self.data.role(card))

    def zone_label(self, card: Card) -> str:
        return self.data.zone_label(card)

    def canvas_name(self, canvas_id: str) -> str:
        canvas = self.data.canvases.get(canvas_id)
        return canvas.name if canvas else ""

    def votes(self) -> Counter:
        return Counter(v.card_id for v in self.data.votes)

    def card_text(self, card_id: str) -> str:
        card = self.data.cards.get(card_id)
        return card.text if card else ""


def load(db: Database, session_id: str, canvas_id: str | None = None, include_face_down: bool = False
         ) -> ExportData:
    """A session (or one of its canvases) ready to export; ValueError if unknown.
    Face-down cards are left out unless asked for (app.io.face_down)."""
    data = load_session(db, session_id)
    if canvas_id is not None:
        if canvas_id not in data.canvases:
            raise ValueError(f"no canvas {canvas_id!r} in session {session_id!r}")
        data.canvases = {canvas_id: data.canvases[canvas_id]}
        data.zones = {k: z for k, z in data.zones.items() if z.canvas_id == canvas_id}
        data.cards = {k: c for k, c in data.cards.items() if c.canvas_id == canvas_id}
        data.links = [lk for lk in data.links if lk.canvas_id == canvas_id]
        data.votes = [v for v in data.votes if v.card_id in data.cards]
    left_out = 0 if include_face_down else face_down.leave_out(data)
    group = series.get(db, data.session["series_id"]) if data.session.get("series_id") else None
    return ExportData(
        data,
        group,
        [Reflection.from_row(r) for r in entities.in_session(db, "reflections", session_id)],
        [AgendaStep.from_row(r) for r in entities.in_session(db, "agenda_steps", session_id)],
        left_out,
    )


def slug(text: str, fallback: str = "session") -> str:
    """A file-name-safe version of a title."""
    kept = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text.strip())
    return "-".join(part for part in kept.split("-") if part)[:60] or fallback


_XML_BAD = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])


def xml_safe(text: str | None) -> str:
    """Text without the control characters XML 1.0 cannot hold."""
    return (text or "").translate(_XML_BAD)
