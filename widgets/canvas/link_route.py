"""Where a link runs: straight from card to card when nothing is in the way, else
with one bend (across then down, or down then across), else around everything in
the way (up, across and down, or the like), so A→C never reads as A→B→C. When neither bend is clear the
route stays straight and says so (`crossing`): the link then draws over the
cards with a halo, marked, never hidden under one. Plain arithmetic on rects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QLineF, QPointF, QRectF

OnLeg = Callable[[QPointF, QPointF], list[QRectF]]  # the other cards a segment passes (within CLEARANCE)

CLEARANCE = 8.0  # a route this close to a card counts as touching it
# A link that passes over more cards than this is not routed: a way round so many
# would not read better, and looking for one costs time on opening a large session.
MOST_IN_THE_WAY = 4


@dataclass(frozen=True)
class Route:
    points: tuple[QPointF, ...]  # from the source card's edge to the target card's edge
    crossing: bool  # True when the route still passes over another card


def _enters(a: QPointF, b: QPointF, rect: QRectF) -> bool:
    """Whether the segment a-b passes through the rect (Liang-Barsky)."""
    x1, y1 = a.x(), a.y()
    dx, dy = b.x() - x1, b.y() - y1
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x1 - rect.left()), (dx, rect.right() - x1),
                 (-dy, y1 - rect.top()), (dy, rect.bottom() - y1)):
        if p == 0:
            if q < 0:
                return False
        elif p < 0:
            t0 = max(t0, q / p)
        else:
            t1 = min(t1, q / p)
        if t0 > t1:
            return False
    return True


def _edge_point(inside: QPointF, outside: QPointF, rect: QRectF) -> QPointF:
    """Where the segment from a point inside the rect to one outside leaves it."""
    dx, dy = outside.x() - inside.x(), outside.y() - inside.y()
    ts = []
    if dx:
        ts.append(((rect.right() if dx > 0 else rect.left()) - inside.x()) / dx)
    if dy:
        ts.append(((rect.bottom() if dy > 0 else rect.top()) - inside.y()) / dy)
    t = min((t for t in ts if t >= 0), default=1.0)
    t = min(t, 1.0)
    return QPointF(inside.x() + t * dx, inside.y() + t * dy)


def blocked(points: tuple[QPointF, ...], obstacles: list[QRectF]) -> bool:
    return any(_enters(a, b, r.adjusted(-CLEARANCE, -CLEARANCE, CLEARANCE, CLEARANCE))
               for a, b in pairwise(points) for r in obstacles)


def route(a: QRectF, b: QRectF, on_leg: OnLeg) -> Route:
    """The route from card rect a to card rect b around the other cards. Each leg is
    asked of on_leg (the scene's index), never every card in the area: a long link
    across a large map would otherwise look at thousands."""
    ca, cb = a.center(), b.center()
    straight = (_edge_point(ca, cb, a), _edge_point(cb, ca, b))
    in_the_way = on_leg(*straight)
    if not in_the_way:
        return Route(straight, False)
    if len(in_the_way) > MOST_IN_THE_WAY:
        return Route(straight, True)
    for bend in (QPointF(cb.x(), ca.y()), QPointF(ca.x(), cb.y())):
        if a.contains(bend) or b.contains(bend):
            continue  # the cards overlap along that axis: no room for this bend
        points = (_edge_point(ca, bend, a), bend, _edge_point(cb, bend, b))
        if _clear(points, on_leg):
            return Route(points, False)
    for points in sorted(_detours(a, b, in_the_way), key=_length):
        if _clear(points, on_leg):
            return Route(points, False)
    return Route(straight, True)


def _clear(points: tuple[QPointF, ...], on_leg: OnLeg) -> bool:
    return not any(on_leg(p, q) for p, q in pairwise(points))


def _detours(a: QRectF, b: QRectF, obstacles: list[QRectF]) -> list[tuple[QPointF, ...]]:
    """Routes that leave both cards on the same side and pass beyond everything in the way."""
    ca, cb = a.center(), b.center()
    rects = [a, b, *obstacles]
    gap = 3 * CLEARANCE
    top = min(r.top() for r in rects) - gap
    bottom = max(r.bottom() for r in rects) + gap
    left = min(r.left() for r in rects) - gap
    right = max(r.right() for r in rects) + gap
    return [
        (QPointF(ca.x(), a.top()), QPointF(ca.x(), top), QPointF(cb.x(), top), QPointF(cb.x(), b.top())),
        (QPointF(ca.x(), a.bottom()), QPointF(ca.x(), bottom), QPointF(cb.x(), bottom),
         QPointF(cb.x(), b.bottom())),
        (QPointF(a.left(), ca.y()), QPointF(left, ca.y()), QPointF(left, cb.y()), QPointF(b.left(), cb.y())),
        (QPointF(a.right(), ca.y()), QPointF(right, ca.y()), QPointF(right, cb.y()),
         QPointF(b.right(), cb.y())),
    ]


def _length(points: tuple[QPointF, ...]) -> float:
    return sum(QLineF(p, q).length() for p, q in pairwise(points))


def longest_leg(points: tuple[QPointF, ...]) -> QLineF:
    """The longest straight stretch of a route: where its label reads best."""
    legs = [QLineF(p, q) for p, q in pairwise(points)]
    return max(legs, key=QLineF.length)
