"""Vote badges for the projector: a large dark circle with the number of dots
in the bottom-right corner of each voted card (where the card's own small dots
are), sized in screen pixels so it reads from the back of the room at any zoom.

Drawn over the scene by the presenter's view (in its foreground), so the card's
own painting stays as it is; the card's small footer dots remain for the
facilitator's screen and the exports."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTransform

from widgets.canvas.card_item import CardItem

FILL = QColor("#1F2328")  # the vote dots' ink: one meaning for "dots" everywhere
RING = QColor("#FFFFFF")  # keeps the badge apart from a dark card border or a link
TEXT = QColor("#FFFFFF")
MIN_PX, MAX_PX = 24.0, 60.0  # badge diameter on screen: never a speck, never hiding the card
SHARE = 0.55  # of the card's height on screen
INSET = 3.0  # px between the badge and the card's edges


@dataclass(frozen=True)
class Badge:
    card_id: str
    count: int
    rect: QRectF  # in device pixels of the view


def badge_rect(card_on_screen: QRectF) -> QRectF:
    """Inside the card's bottom-right corner: over the end of its last line and its
    footer, never over a neighbour's words (cards sit a few pixels apart when the
    whole map is on the wall) nor over the card's first words."""
    size = max(MIN_PX, min(MAX_PX, card_on_screen.height() * SHARE))
    right, bottom = card_on_screen.right() - INSET, card_on_screen.bottom() - INSET
    return QRectF(right - size, bottom - size, size, size)


def badges_for(cards: Iterable[CardItem], to_screen: QTransform, exposed: QRectF) -> list[Badge]:
    """A badge for each visible voted card whose corner is in the exposed scene rect."""
    out = []
    margin = MAX_PX / max(to_screen.m11(), 0.01)  # a badge reaches past its card
    area = exposed.adjusted(-margin, -margin, margin, margin)
    for item in cards:
        if item.votes and item.isVisible() and area.intersects(item.scene_rect()):
            out.append(Badge(item.card_id, item.votes, badge_rect(to_screen.mapRect(item.scene_rect()))))
    return out


def paint_badges(painter: QPainter, badges: list[Badge]) -> None:
    """Paint in device pixels: the caller has reset the painter's transform."""
    font = QFont()
    font.setBold(True)
    for badge in badges:
        r = badge.rect
        painter.setPen(QPen(RING, max(2.0, r.width() / 16)))
        painter.setBrush(FILL)
        painter.drawEllipse(r)
        text = str(badge.count) if badge.count < 100 else "99+"
        font.setPixelSize(round(r.height() * (0.56 if len(text) == 1 else 0.44 if len(text) == 2 else 0.32)))
        painter.setFont(font)
        painter.setPen(TEXT)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
