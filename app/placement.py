"""Where a new card goes: next to its author's previous card, never on top of another."""

from __future__ import annotations

from dataclasses import replace

from app.model import Card, Zone

GAP = 20.0


def _overlaps(x: float, y: float, w: float, h: float, cards: list[Card]) -> bool:
    return any(
        x < c.x + c.width + GAP / 2 and c.x < x + w + GAP / 2
        and y < c.y + c.height + GAP / 2 and c.y < y + h + GAP / 2
        for c in cards
    )


def free_spot(
    cards: list[Card],
    w: float,
    h: float,
    anchor: Card | None = None,
    zone: Zone | None = None,
    per_row: int = 4,
) -> tuple[float, float]:
    """The first free slot on a grid that starts at the anchor card (or the zone, or
    the origin) and fills rows of ``per_row`` cards going right, then down."""
    if anchor is not None:
        ox, oy = anchor.x, anchor.y
        start = 1  # the slot right of the previous card
    elif zone is not None:
        ox, oy, start = zone.x + GAP * 2, zone.y + GAP * 2.5, 0
    else:
        ox, oy, start = 0.0, 0.0, 0
    if zone is not None:
        per_row = max(1, int((zone.width - GAP * 2) // (w + GAP)))
    for slot in range(start, start + 10_000):
        row, col = divmod(slot, per_row)
        x, y = ox + col * (w + GAP), oy + row * (h + GAP)
        if not _overlaps(x, y, w, h, cards):
            return x, y
    # 10,000 slots taken (a crowded canvas or one huge card): below the lowest card
    return ox, max(c.y + c.height for c in cards) + GAP


FAR = 600.0  # a revealed card further than this from all its author's face-up cards moves


def beside_author(revealed: list[Card], cards: list[Card]) -> dict[str, tuple[float, float]]:
    """Where revealed silent cards go that lie far from their author's face-up cards
    on the same canvas: the free slots beside the author's latest one."""
    placed = [c for c in cards if not c.hidden]
    moves: dict[str, tuple[float, float]] = {}  # by card id
    for card in revealed:
        theirs = [c for c in placed if c.participant_id == card.participant_id
                  and c.canvas_id == card.canvas_id and c.id != card.id]
        if not card.participant_id or not theirs:
            continue
        if min(abs(c.x - card.x) + abs(c.y - card.y) for c in theirs) <= FAR:
            continue
        anchor = max(theirs, key=lambda c: c.created_at)
        spot = free_spot([c for c in placed if c.canvas_id == card.canvas_id], card.width, card.height,
                         anchor=anchor)
        moves[card.id] = spot
        placed.append(replace(card, x=spot[0], y=spot[1]))  # the next one goes beside it, not on it
    return moves
