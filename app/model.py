"""Domain types: plain dataclasses whose fields are the library's columns."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.vocabulary import CARD_SIZE, PALETTE


@cache
def _field_names(cls: type) -> frozenset[str]:
    # Looked up once per class: a session load builds thousands of records.
    return frozenset(f.name for f in dataclasses.fields(cls))


class Record:
    """Built from a storage row; turned back into one for writing."""

    @classmethod
    def from_row(cls, row: dict[str, Any], **extra: Any):
        names = _field_names(cls)
        data = {**row, **extra} if extra else row
        if data.keys() <= names:  # the usual case: the table's columns are the fields
            return cls(**data)
        return cls(**{k: v for k, v in data.items() if k in names})

    def row(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "tags"}

    def copy(self, **changes: Any):
        return dataclasses.replace(self, **changes)


@dataclass
class Participant(Record):
    id: str
    session_id: str
    name: str
    role: str = ""
    team: str = ""
    colour: str = PALETTE[0]
    position: int = 0
    created_at: str = ""


@dataclass
class Canvas(Record):
    id: str
    session_id: str
    name: str
    position: int = 0
    created_at: str = ""


@dataclass
class Zone(Record):
    id: str
    canvas_id: str
    label: str = ""
    role: str | None = None
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 300.0
    colour: str = "#DDDDDD"
    outline: str | None = None  # JSON list of points for a freeform zone
    created_at: str = ""

    def contains(self, x: float, y: float) -> bool:
        if not (self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height):
            return False
        points = self.points()
        return not points or _inside(points, x, y)

    def points(self) -> list[tuple[float, float]]:
        """A freeform zone's outline in canvas coordinates, scaled to its current size
        (so resizing a drawn zone stretches its outline); empty for a rectangle."""
        if not self.outline:
            return []
        raw = json.loads(self.outline)
        span_x = max((p[0] for p in raw), default=0) or 1.0
        span_y = max((p[1] for p in raw), default=0) or 1.0
        sx, sy = self.width / span_x, self.height / span_y
        return [(self.x + px * sx, self.y + py * sy) for px, py in raw]


@dataclass
class Card(Record):
    id: str
    canvas_id: str
    participant_id: str | None = None
    zone_id: str | None = None
    kind: str = "activity"
    text: str = ""
    why: str = ""
    knowledge_type: str | None = None
    x: float = 0.0
    y: float = 0.0
    width: float = CARD_SIZE[0]
    height: float = CARD_SIZE[1]
    lineage_id: str = ""
    hidden: int = 0
    created_at: str = ""
    updated_at: str = ""
    tags: list[str] = field(default_factory=list)

    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass
class Link(Record):
    id: str
    canvas_id: str
    source_id: str
    target_id: str
    kind: str = "hand-off"
    label: str = ""
    created_at: str = ""


@dataclass
class Vote(Record):
    id: str
    card_id: str
    participant_id: str
    created_at: str = ""


@dataclass
class Reflection(Record):
    id: str
    session_id: str
    kind: str = "insight"
    text: str = ""
    owner: str = ""
    due_date: str | None = None
    card_id: str | None = None
    created_at: str = ""
    done_at: str | None = None  # when an action was marked done (UTC); None while open


@dataclass
class AgendaStep(Record):
    id: str
    session_id: str
    position: int = 0
    title: str = ""
    prompt: str = ""
    duration_s: int = 600
    canvas_id: str | None = None
    silent: int = 0
    voting: int = 0
    status: str = "pending"  # pending, running, paused, done, skipped
    elapsed_s: float = 0.0
    started_at: str | None = None
    created_at: str = ""


def _inside(points: list[tuple[float, float]], x: float, y: float) -> bool:
    """Even-odd ray casting: is the point inside the polygon?"""
    inside = False
    j = len(points) - 1
    for i, (xi, yi) in enumerate(points):
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


TYPES: dict[str, type[Record]] = {
    "participants": Participant,
    "canvases": Canvas,
    "zones": Zone,
    "cards": Card,
    "links": Link,
    "votes": Vote,
    "reflections": Reflection,
    "agenda_steps": AgendaStep,
}
