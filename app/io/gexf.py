"""A whole series as one dynamic graph in GEXF, so Gephi's timeline plays it.

Cards are followed across the series' sessions by the series map
(app.analysis.series_map, which matches each session's cards with
app.analysis.matching against the map so far: confirmed choices, lineage, then
text within role and kind). Each map card is a node; each (source, target,
kind) link between map cards is an edge. Both carry spells: the date spans of
the sessions they appear in, a session lasting from its date to the day before
the next session (the last one: its own day); runs of consecutive sessions
make one spell."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.analysis.loading import load_series
from app.analysis.matching import DEFAULT_THRESHOLD
from app.analysis.series_map import build_series_map
from app.io import atomic
from app.io.common import xml_safe
from storage import matches, series

NS = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def session_spans(dates: list[str]) -> list[tuple[str, str]]:
    """(start, end) for each session in date order, inclusive, never overlapping."""
    days = [_day(d) for d in dates]
    spans = []
    for i, day in enumerate(days):
        end = days[i + 1] - dt.timedelta(days=1) if i + 1 < len(days) else day
        spans.append((day.isoformat(), max(day, end).isoformat()))
    return spans


def spells(present: list[int], spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Spells for the sessions at these positions: consecutive positions join up."""
    found: list[tuple[str, str]] = []
    last = None
    for i in sorted(set(present)):
        if last is not None and i == last + 1:
            found[-1] = (found[-1][0], spans[i][1])
        else:
            found.append(spans[i])
        last = i
    return found


def to_tree(db: Database, series_id: str, threshold: float = DEFAULT_THRESHOLD,
            include_face_down: bool = False) -> ET.ElementTree:
    """The series as a GEXF tree; face-down cards are left out unless asked for (app.io.face_down)."""
    group = series.get(db, series_id)
    if group is None:
        raise ValueError(f"no series {series_id!r}")
    data = load_series(db, series_id, include_hidden=include_face_down)
    if not data:
        raise ValueError(f"series “{group['name']}” has no sessions")
    the_map = build_series_map(data, threshold, matches.in_series(db, series_id))
    position = {d.id: i for i, d in enumerate(data)}
    spans = session_spans([d.date for d in data])
    node_of = {card_id: mc.id for mc in the_map.cards for card_id in mc.cards.values()}

    ET.register_namespace("", NS)
    ET.register_namespace("viz", VIZ)
    root = ET.Element(f"{{{NS}}}gexf", {"version": "1.2"})
    meta = ET.SubElement(root, f"{{{NS}}}meta", {"lastmodifieddate": dt.date.today().isoformat()})
    ET.SubElement(meta, f"{{{NS}}}creator").text = "Meshwork"
    ET.SubElement(meta, f"{{{NS}}}description").text = (
        f"Series “{xml_safe(group['name'])}”: {len(data)} sessions, {spans[0][0]} to {spans[-1][1]}")
    graph = ET.SubElement(root, f"{{{NS}}}graph", {
        "mode": "dynamic", "defaultedgetype": "directed", "timeformat": "date",
        "start": spans[0][0], "end": spans[-1][1]})
    _attributes(graph, "node", [("kind", "string"), ("role", "string"), ("sessions", "integer"),
                                ("first_session", "string"), ("last_session", "string")])
    _attributes(graph, "edge", [("kind", "string"), ("sessions", "integer")])

    nodes = ET.SubElement(graph, f"{{{NS}}}nodes")
    for card in the_map.cards:
        where = sorted(position[s] for s in card.cards)
        node = ET.SubElement(nodes, f"{{{NS}}}node", {"id": card.id, "label": xml_safe(card.text)})
        _values(node, {"kind": card.kind, "role": card.role, "sessions": card.weight,
                       "first_session": data[where[0]].title, "last_session": data[where[-1]].title})
        _spells(node, spells(where, spans))
        ET.SubElement(node, f"{{{VIZ}}}position", {"x": f"{card.x:g}", "y": f"{-card.y:g}", "z": "0"})

    present: dict[tuple[str, str, str], list[int]] = {}
    for session in data:
        for link in session.links:
            key = (node_of[link.source_id], node_of[link.target_id], link.kind)
            present.setdefault(key, []).append(position[session.id])
    edges = ET.SubElement(graph, f"{{{NS}}}edges")
    for n, ((source, target, kind), where) in enumerate(present.items()):
        if source == target:
            continue  # two cards that turned out to be one: no loop
        edge = ET.SubElement(edges, f"{{{NS}}}edge", {"id": f"e{n}", "source": source, "target": target,
                                                       "label": kind, "weight": str(len(set(where)))})
        _values(edge, {"kind": kind, "sessions": len(set(where))})
        _spells(edge, spells(where, spans))
    ET.indent(root)
    return ET.ElementTree(root)


def _attributes(graph: ET.Element, cls: str, names: list[tuple[str, str]]) -> None:
    block = ET.SubElement(graph, f"{{{NS}}}attributes", {"class": cls, "mode": "static"})
    for name, kind in names:
        ET.SubElement(block, f"{{{NS}}}attribute", {"id": name, "title": name, "type": kind})


def _values(element: ET.Element, values: dict[str, Any]) -> None:
    block = ET.SubElement(element, f"{{{NS}}}attvalues")
    for name, value in values.items():
        ET.SubElement(block, f"{{{NS}}}attvalue", {"for": name, "value": xml_safe(str(value))})


def _spells(element: ET.Element, found: list[tuple[str, str]]) -> None:
    block = ET.SubElement(element, f"{{{NS}}}spells")
    for start, end in found:
        ET.SubElement(block, f"{{{NS}}}spell", {"start": start, "end": end})


def export(db: Database, series_id: str, out: Path, include_face_down: bool = False,
           **_options: Any) -> list[Path]:
    tree = to_tree(db, series_id, include_face_down=include_face_down)
    with atomic.atomic_write(out, "wb") as fh:
        tree.write(fh, encoding="utf-8", xml_declaration=True)
    return [Path(out)]
