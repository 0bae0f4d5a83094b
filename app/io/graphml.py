"""Cards as nodes and links as edges in GraphML, every attribute kept, for yEd,
Gephi and networkx. Written by networkx (it declares each attribute's type);
a node's ``label`` is its card text, which Gephi shows as the node label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
from sqlite_utils import Database

from app.io import atomic
from app.io.common import load, xml_safe

TAG_SEPARATOR = "; "


def to_graph(db: Database, session_id: str, canvas_id: str | None = None,
             include_face_down: bool = False) -> nx.MultiDiGraph:
    data = load(db, session_id, canvas_id, include_face_down)
    session = data.session
    graph = nx.MultiDiGraph(
        name=session["title"], session_id=session["id"], date=session["date"],
        facilitator=session.get("facilitator") or "", purpose=session.get("purpose") or "",
        series=(data.series or {}).get("name", ""),
    )
    votes = data.votes()
    for card in data.data.cards.values():
        person = data.data.participants.get(card.participant_id or "")
        colour = person.colour if person else "#999999"
        graph.add_node(
            card.id,
            label=card.text, kind=card.kind, why=card.why, knowledge_type=card.knowledge_type or "",
            participant=data.author(card), role=data.role(card), zone=data.zone_label(card),
            canvas=data.canvas_name(card.canvas_id), tags=TAG_SEPARATOR.join(card.tags),
            votes=votes.get(card.id, 0), lineage_id=card.lineage_id, hidden=bool(card.hidden),
            x=float(card.x), y=float(card.y), width=float(card.width), height=float(card.height),
            colour=colour, **_rgb(colour),
        )
    for link in data.data.links:
        graph.add_edge(link.source_id, link.target_id, key=link.id, id=link.id, kind=link.kind,
                       label=link.label or link.kind, canvas=data.canvas_name(link.canvas_id))
    for attrs in [graph.graph, *(d for _, d in graph.nodes(data=True)), *(d for *_, d in graph.edges(data=True))]:
        for key, value in attrs.items():
            if isinstance(value, str):
                attrs[key] = xml_safe(value)
    return graph


def _rgb(colour: str) -> dict[str, int]:
    """Gephi colours nodes from integer r, g and b attributes."""
    try:
        value = int(colour.lstrip("#")[:6], 16)
    except ValueError:
        value = 0x999999
    return {"r": value >> 16 & 255, "g": value >> 8 & 255, "b": value & 255}


def export(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
           include_face_down: bool = False, **_options: Any) -> list[Path]:
    graph = to_graph(db, session_id, canvas_id, include_face_down)
    with atomic.atomic_write(out, "wb") as fh:
        nx.write_graphml(graph, fh, encoding="utf-8", prettyprint=True, named_key_ids=True, edge_id_from_attribute="id")
    return [Path(out)]
