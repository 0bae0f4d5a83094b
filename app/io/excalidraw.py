"""A session as an .excalidraw file: each card a note (a rectangle with its text
bound inside), each link an arrow bound to its two notes, zones as pale
rectangles behind them. Canvases are stacked top to bottom under a heading.

Bindings go both ways, as Excalidraw expects: an arrow's ``startBinding`` and
``endBinding`` name the notes, and each note's ``boundElements`` lists its text
and every arrow that touches it."""

from __future__ import annotations

import json
import math
import random
import textwrap
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.io import atomic
from app.io.common import ExportData, load

FONT_SIZE = 16
LINE_HEIGHT = 1.25
CHAR_WIDTH = 0.55  # of the font size: Virgil's average glyph, to wrap text before Excalidraw does
CANVAS_GAP = 200.0


class _Ids:
    """Stable element ids and seeds (from the card ids), so exports of the same
    session differ only where the session does."""

    def __init__(self, seed: str):
        self.random = random.Random(seed)

    def seed(self) -> int:
        return self.random.randint(1, 2**31 - 1)


def _base(ids: _Ids, kind: str, element_id: str, x: float, y: float, w: float, h: float, **more: Any) -> dict:
    element = {
        "id": element_id, "type": kind, "x": x, "y": y, "width": w, "height": h, "angle": 0,
        "strokeColor": "#1e1e1e", "backgroundColor": "transparent", "fillStyle": "solid", "strokeWidth": 1,
        "strokeStyle": "solid", "roughness": 1, "opacity": 100, "groupIds": [], "frameId": None,
        "roundness": None, "seed": ids.seed(), "version": 1, "versionNonce": ids.seed(), "isDeleted": False,
        "boundElements": [], "updated": 1, "link": None, "locked": False,
    }
    element.update(more)
    return element


def _text(ids: _Ids, element_id: str, text: str, x: float, y: float, width: float, container: str | None,
          size: int = FONT_SIZE, align: str = "center") -> dict:
    wrapped = _wrap(text, width, size) if container else text
    lines = wrapped.split("\n")
    w = min(width, max(len(line) for line in lines) * size * CHAR_WIDTH) if container else \
        max(len(line) for line in lines) * size * CHAR_WIDTH
    h = len(lines) * size * LINE_HEIGHT
    return _base(ids, "text", element_id, x, y, w, h, text=wrapped, originalText=text, fontSize=size,
                 fontFamily=1, textAlign=align, verticalAlign="middle" if container else "top",
                 containerId=container, lineHeight=LINE_HEIGHT, autoResize=True, baseline=round(size * 0.9))


def _wrap(text: str, width: float, size: int) -> str:
    chars = max(4, int((width - 10) / (size * CHAR_WIDTH)))
    return "\n".join("\n".join(textwrap.wrap(part, chars) or [""]) for part in (text or "").split("\n"))


def _tint(colour: str, amount: float = 0.75) -> str:
    """The participant's colour mixed with white, so text on the note stays readable."""
    try:
        value = int(colour.lstrip("#")[:6], 16)
    except ValueError:
        return "#ffffff"
    rgb = [(value >> s) & 255 for s in (16, 8, 0)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


def _edge_point(box: dict, towards: tuple[float, float], gap: float = 4) -> tuple[float, float]:
    """Where a line from the box's centre towards a point leaves the box (plus a gap)."""
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min((box["width"] / 2 + gap) / abs(dx) if dx else math.inf,
                (box["height"] / 2 + gap) / abs(dy) if dy else math.inf)
    return cx + dx * scale, cy + dy * scale


def to_scene(data: ExportData) -> dict[str, Any]:
    ids = _Ids(data.session["id"])
    elements: list[dict] = []
    notes: dict[str, dict] = {}
    top = 0.0
    for canvas in data.canvases():
        cards, zones = data.cards_on(canvas.id), data.zones_on(canvas.id)
        boxes = [(c.x, c.y, c.width, c.height) for c in cards] + [(z.x, z.y, z.width, z.height) for z in zones]
        if not boxes:
            boxes = [(0.0, 0.0, 0.0, 0.0)]
        left = min(b[0] for b in boxes)
        shift = top - min(b[1] for b in boxes) + 60  # room for the heading
        elements.append(_text(ids, f"title-{canvas.id}", canvas.name, left, top, 0, None, size=28, align="left"))
        for zone in zones:
            elements.append(_base(ids, "rectangle", f"zone-{zone.id}", zone.x, zone.y + shift, zone.width,
                                  zone.height, backgroundColor=zone.colour, strokeColor="#868e96", opacity=60,
                                  strokeStyle="dashed", roughness=0))
            if zone.label:
                elements.append(_text(ids, f"zone-label-{zone.id}", zone.label, zone.x + 10, zone.y + shift + 8,
                                      0, None, size=20, align="left"))
        for card in cards:
            person = data.data.participants.get(card.participant_id or "")
            colour = person.colour if person else "#999999"
            note = _base(ids, "rectangle", card.id, card.x, card.y + shift, card.width, card.height,
                         backgroundColor=_tint(colour), strokeColor=colour, strokeWidth=2,
                         roundness={"type": 3}, customData={"kind": card.kind, "why": card.why})
            label = _text(ids, f"text-{card.id}", card.text, card.x + 5, card.y + shift + 5, card.width - 10,
                          card.id)
            label["y"] = note["y"] + (note["height"] - label["height"]) / 2
            label["x"] = note["x"] + (note["width"] - label["width"]) / 2
            note["boundElements"].append({"id": label["id"], "type": "text"})
            notes[card.id] = note
            elements += [note, label]
        for link in data.links_on(canvas.id):
            elements += _arrow(ids, link, notes)
        bottom = max(b[1] + b[3] for b in boxes) + shift
        top = bottom + CANVAS_GAP
    return {"type": "excalidraw", "version": 2, "source": "https://meshwork.invalid (Meshwork export)",
            "elements": elements,
            "appState": {"viewBackgroundColor": "#ffffff", "gridSize": None},
            "files": {}}


def _arrow(ids: _Ids, link, notes: dict[str, dict]) -> list[dict]:
    start, end = notes.get(link.source_id), notes.get(link.target_id)
    if start is None or end is None:
        return []
    centre = lambda b: (b["x"] + b["width"] / 2, b["y"] + b["height"] / 2)  # noqa: E731
    x0, y0 = _edge_point(start, centre(end))
    x1, y1 = _edge_point(end, centre(start))
    arrow = _base(ids, "arrow", link.id, x0, y0, abs(x1 - x0), abs(y1 - y0),
                  points=[[0, 0], [x1 - x0, y1 - y0]], lastCommittedPoint=None,
                  startBinding={"elementId": start["id"], "focus": 0, "gap": 4},
                  endBinding={"elementId": end["id"], "focus": 0, "gap": 4},
                  startArrowhead=None, endArrowhead="arrow", roundness={"type": 2},
                  strokeStyle="dashed" if link.kind == "conflicts with" else "solid",
                  customData={"kind": link.kind})
    start["boundElements"].append({"id": arrow["id"], "type": "arrow"})
    end["boundElements"].append({"id": arrow["id"], "type": "arrow"})
    words = link.label or link.kind
    label = _text(ids, f"text-{link.id}", words, 0, 0, 200, arrow["id"], size=14)
    label["x"] = x0 + (x1 - x0) / 2 - label["width"] / 2
    label["y"] = y0 + (y1 - y0) / 2 - label["height"] / 2
    arrow["boundElements"].append({"id": label["id"], "type": "text"})
    return [arrow, label]


def export(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
           include_face_down: bool = False, **_options: Any) -> list[Path]:
    scene = to_scene(load(db, session_id, canvas_id, include_face_down))
    return [atomic.write_text(out, json.dumps(scene, indent=1, ensure_ascii=False) + "\n")]
