"""Swimlanes that fit their cards: how big a new lane is, where the next card goes in
it, and how a lane grows when a card lands at its edge or shrinks to its cards.

A lane far bigger than its cards makes a fitted map small and unreadable; one too
small lets cards spill over into the next lane. Lanes are horizontal bands stacked
one under another, so they grow along their length (to the right), and grow across
only where no other zone is in the way. Pure geometry: the editor turns the
results into undoable zone changes."""

from __future__ import annotations

import itertools

from app.model import Card, Zone
from app.vocabulary import CARD_SIZE

GAP = 20.0  # between cards
EDGE = GAP / 2  # the least room between a card and the end or foot of its lane
LEFT = 40.0  # a lane's cards start this far in from its left edge...
TOP = 50.0  # ...and this far down, under its title bar
ROWS = 2  # a new lane holds two rows of cards
COLUMNS = 4  # and at least four columns


def is_lane(zone: Zone) -> bool:
    """A role's swimlane: a rectangle that follows a role (drawn zones keep their outline)."""
    return bool(zone.role) and not zone.outline


def lane_size(cards: int = 0, card_w: float = CARD_SIZE[0], card_h: float = CARD_SIZE[1]) -> tuple[float, float]:
    """Width and height of a lane for ``cards`` cards in ROWS rows (never under COLUMNS wide)."""
    columns = max(COLUMNS, -(-cards // ROWS))
    return LEFT + columns * (card_w + GAP) - GAP + EDGE, TOP + ROWS * (card_h + GAP) - GAP + EDGE


def rows_in(zone: Zone, h: float) -> int:
    """How many rows of cards ``h`` tall fit down a lane."""
    return max(1, int((zone.height - TOP - h - EDGE) // (h + GAP)) + 1)


def columns_in(zone: Zone, w: float) -> int:
    """How many columns of cards ``w`` wide fit along a lane."""
    return max(1, int((zone.width - LEFT - w - EDGE) // (w + GAP)) + 1)


def _free(x: float, y: float, w: float, h: float, cards: list[Card]) -> bool:
    return not any(
        x < c.x + c.width + GAP / 2 and c.x < x + w + GAP / 2
        and y < c.y + c.height + GAP / 2 and c.y < y + h + GAP / 2
        for c in cards
    )


def spot_in_lane(zone: Zone, cards: list[Card], w: float, h: float) -> tuple[float, float]:
    """The first free slot of the lane's grid: along the rows while the lane is wide
    enough, then in new columns past its end (the lane then grows to hold them)."""
    rows = rows_in(zone, h)
    per_row = columns_in(zone, w)
    x0, y0 = zone.x + LEFT, zone.y + TOP
    slots = itertools.chain(
        ((row, col) for row in range(rows) for col in range(per_row)),
        ((row, col) for col in itertools.count(per_row) for row in range(rows)),
    )
    for row, col in slots:
        x, y = x0 + col * (w + GAP), y0 + row * (h + GAP)
        if _free(x, y, w, h, cards):
            return x, y
    raise AssertionError("unreachable: the columns never end")


def _overlaps(a: tuple[float, float, float, float], b: Zone) -> bool:
    x, y, w, h = a
    return x < b.x + b.width and b.x < x + w and y < b.y + b.height and b.y < y + h


def grown(zone: Zone, cards: list[Card], others: list[Zone]) -> tuple[float, float, float, float] | None:
    """The lane's rect grown so ``cards`` (that sit in it) are inside with a margin;
    None if they already are. A side grows only if that does not run into another zone."""
    rect = (zone.x, zone.y, zone.width, zone.height)
    left = min([zone.x] + [c.x - EDGE for c in cards])
    top = min([zone.y] + [c.y - EDGE for c in cards])
    right = max([zone.x + zone.width] + [c.x + c.width + EDGE for c in cards])
    bottom = max([zone.y + zone.height] + [c.y + c.height + EDGE for c in cards])
    blockers = [o for o in others if o.id != zone.id and not _overlaps(rect, o)]
    x, y, w, h = rect
    for side in ("right", "left", "bottom", "top"):
        candidate = {
            "right": (x, y, right - x, h),
            "left": (left, y, x + w - left, h),
            "bottom": (x, y, w, bottom - y),
            "top": (x, top, w, y + h - top),
        }[side]
        if candidate != (x, y, w, h) and not any(_overlaps(candidate, o) for o in blockers):
            x, y, w, h = candidate
    return None if (x, y, w, h) == rect else (x, y, w, h)


def fitted(zone: Zone, cards: list[Card]) -> tuple[float, float, float, float]:
    """The lane's rect with its length fitted to its cards (empty lanes get a new lane's
    length); its place and depth stay, so the lanes around it do not move."""
    if zone.width >= zone.height:
        if not cards:
            return zone.x, zone.y, min(zone.width, lane_size(0)[0]), zone.height
        end = max(c.x + c.width + EDGE for c in cards)
        return zone.x, zone.y, max(end - zone.x, LEFT + CARD_SIZE[0] + EDGE), zone.height
    if not cards:  # an empty column keeps its length: columns of a method are set out side by side
        return zone.x, zone.y, zone.width, zone.height
    end = max(c.y + c.height + EDGE for c in cards)
    return zone.x, zone.y, zone.width, max(end - zone.y, TOP + CARD_SIZE[1] + EDGE)


def fitted_together(zones: list[Zone], cards: list[Card]) -> dict[str, tuple[float, float, float, float]]:
    """Every lane of a canvas fitted to its cards, then lanes that run the same way
    given one common length (the longest needed), so they end in a tidy line."""
    rects = {z.id: fitted(z, [c for c in cards if c.zone_id == z.id]) for z in zones if is_lane(z)}
    along = [i for i, (_x, _y, w, h) in rects.items() if w >= h]
    down = [i for i in rects if i not in along]
    if along:
        length = max(rects[i][2] for i in along)
        rects.update({i: (*rects[i][:2], length, rects[i][3]) for i in along})
    if down:
        length = max(rects[i][3] for i in down)
        rects.update({i: (*rects[i][:3], length) for i in down})
    return rects
