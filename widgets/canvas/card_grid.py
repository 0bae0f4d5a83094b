"""The cards of a map in a coarse grid, for routing every link at once when the map is
opened. Qt's scene index, asked right after thousands of items went in, hands back most
cards in a long diagonal leg's bounding box and calls each one's Python boundingRect:
that was 0.1 s of opening a 200-card session. The grid looks only at the cells a leg
passes through. It is a snapshot: the scene drops it once the links are routed, and
later routes (a card moved) ask the scene's index, which is up to date by then."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QPolygonF

CELL = 128.0  # scene units: about half a card


def _cell(x: float, y: float) -> tuple[int, int]:
    return math.floor(x / CELL), math.floor(y / CELL)


class CardGrid:
    def __init__(self, cards: Iterable):
        self._cells: dict[tuple[int, int], list] = defaultdict(list)
        for card in cards:
            if not card.isVisible():
                continue
            box = card.sceneBoundingRect()
            (left, top), (right, bottom) = _cell(box.left(), box.top()), _cell(box.right(), box.bottom())
            for cx in range(left, right + 1):
                for cy in range(top, bottom + 1):
                    self._cells[cx, cy].append((card, QPolygonF(box)))

    def on_band(self, line: QLineF, band: QPolygonF, clearance: float) -> list:
        """The cards whose bounding box meets ``band``, the polygon within ``clearance`` of
        ``line`` (and as far beyond its ends): the cards Qt's index gives for that polygon."""
        # Samples half a cell apart along the line; every point of the band is within a
        # quarter cell along and the clearance across of one, so within `reach` on each axis.
        steps = max(1, math.ceil(line.length() / (CELL / 2)))
        reach = CELL / 4 + clearance
        keys = set()
        for i in range(steps + 1):
            at: QPointF = line.pointAt(i / steps)
            (left, top), (right, bottom) = _cell(at.x() - reach, at.y() - reach), _cell(at.x() + reach, at.y() + reach)
            keys.update((cx, cy) for cx in range(left, right + 1) for cy in range(top, bottom + 1))
        found, seen = [], set()
        for key in keys:
            for card, box in self._cells.get(key, ()):
                if id(card) not in seen:
                    seen.add(id(card))
                    if band.intersects(box):
                        found.append(card)
        return found

