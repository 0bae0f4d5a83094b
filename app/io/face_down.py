"""The one rule every export follows for face-down cards.

A face-down card (``cards.hidden = 1``) is one written during a silent round and
not revealed yet. The canvas does not draw it, so no export shows it either:
it is left out, with its links and votes, from PNG, SVG, PDF, HTML, the
report, CSV, XLSX, GraphML, Excalidraw, Markdown and the series GEXF, unless
the facilitator asks for it (the export option ``include_face_down``; on the
command line ``--include-face-down``; in the window *Include Face-Down Cards*
in the export menus). Then it is exported like any other card, with its text.

The JSON export is the exception: it is the complete session, the backup that
imports back as the same session, so it always keeps face-down cards, with
their text and ``hidden: 1`` (an import keeps them face down).
"""

from __future__ import annotations

from typing import Any

from app.analysis.loading import SessionData

OPTION = "include_face_down"  # the export option's name, as the registry passes it


def is_face_down(card: Any) -> bool:
    return bool(getattr(card, "hidden", 0))


def leave_out(data: SessionData) -> int:
    """Drop face-down cards (and the links and votes that touch them) from loaded
    session data; how many cards were dropped."""
    down = {card_id for card_id, card in data.cards.items() if is_face_down(card)}
    if down:
        data.cards = {k: c for k, c in data.cards.items() if k not in down}
        data.links = [lk for lk in data.links if lk.source_id not in down and lk.target_id not in down]
        data.votes = [v for v in data.votes if v.card_id not in down]
    return len(down)


def leave_out_records(records: dict[str, dict[str, Any]]) -> int:
    """The same for a document's records ({table: {id: record}}), the private,
    read-only copy an export draws from; reflections keep their text but no
    longer name the card."""
    down = {card_id for card_id, card in records["cards"].items() if is_face_down(card)}
    for card_id in down:
        del records["cards"][card_id]
    for link_id, link in list(records["links"].items()):
        if link.source_id in down or link.target_id in down:
            del records["links"][link_id]
    for vote_id, vote in list(records["votes"].items()):
        if vote.card_id in down:
            del records["votes"][vote_id]
    for reflection in records.get("reflections", {}).values():
        if getattr(reflection, "card_id", None) in down:
            reflection.card_id = None
    return len(down)


def turn_face_up(records: dict[str, dict[str, Any]]) -> int:
    """Show face-down cards in an export's private copy (the facilitator asked for
    them), so the canvas painters draw them; nothing is written to the library."""
    down = [card for card in records["cards"].values() if is_face_down(card)]
    for card in down:
        card.hidden = 0
    return len(down)
