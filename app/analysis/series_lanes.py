"""Where the series map puts its cards: one lane per role (as on the session
canvases), the cards of a role in a grid inside its lane, ordered by kind and
then by how many sessions they appear in, so that no two cards overlap.

Pure geometry on MapCards; the view draws it (widgets/views/series_map.py)."""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.series_map import MapCard
from app.vocabulary import CARD_KINDS

NO_ROLE = "No role"
LABEL_W = 170.0  # the lane's name at its left
PAD = 18.0


@dataclass(frozen=True)
class Lane:
    role: str
    y: float
    height: float
    width: float


def lane_layout(cards: list[MapCard], cell_w: float, cell_h: float,
                columns: int = 7) -> tuple[dict[str, tuple[float, float]], list[Lane]]:
    """Top-left of each card (by id) and the lanes, top to bottom. ``cell_w`` and
    ``cell_h`` hold the largest card with its gap."""
    roles: dict[str, list[MapCard]] = {}
    for card in cards:
        roles.setdefault(card.role or NO_ROLE, []).append(card)
    # Roles with the most cards first, "No role" last: the busy lanes at the top.
    order = sorted(roles, key=lambda r: (r == NO_ROLE, -len(roles[r]), r.casefold()))
    kind_rank = {kind: n for n, kind in enumerate(CARD_KINDS)}
    at: dict[str, tuple[float, float]] = {}
    lanes: list[Lane] = []
    y = 0.0
    width = LABEL_W + columns * cell_w + PAD
    for role in order:
        members = sorted(roles[role], key=lambda c: (kind_rank.get(c.kind, 99), -c.weight, c.text.casefold()))
        rows = -(-len(members) // columns)
        for n, card in enumerate(members):
            row, column = divmod(n, columns)
            at[card.id] = (LABEL_W + column * cell_w, y + PAD + row * cell_h)
        height = rows * cell_h + 2 * PAD
        lanes.append(Lane(role, y, height, width))
        y += height
    return at, lanes
