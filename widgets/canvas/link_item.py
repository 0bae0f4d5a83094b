"""A directed, typed link between two cards; each kind has its own line style,
colour and arrowhead, so kinds differ even in greyscale. It runs around the cards
in between (widgets/canvas/link_route.py); where it cannot, it is drawn over them
with a halo, and a label that would fall on a card is drawn above it."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem

from app.model import Link
from widgets.canvas import style
from widgets.canvas.card_item import CardItem, detail_level
from widgets.canvas.link_route import CLEARANCE, longest_leg, route

HEAD = 14.0
OVER_CARDS = 11  # z value: links draw above the cards (10)
HALO_LOD = 0.5
HALO = 6.0  # extra width of the canvas-coloured band under a link, which shows where it crosses a card
SHAPE_WIDTH = 12.0  # how far from the line a click still picks the link

# A label is drawn only where its words are readable (style.READABLE_PX on screen); zoomed
# further out the link's colour, dashes and head still tell its kind.
LABEL_READABLE_LOD = style.READABLE_PX / ((style.ROLE_PT + 1) * 96 / 72)


def clip_to_rect(line: QLineF, rect: QRectF) -> QPointF:
    """Where a line from the rect's centre leaves the rect (its end if that lies inside).
    Plain arithmetic: it runs twice per link whenever a card moves or a map opens."""
    x1, y1, x2, y2 = line.x1(), line.y1(), line.x2(), line.y2()
    dx, dy = x2 - x1, y2 - y1
    centre = rect.center()
    half_w, half_h = rect.width() / 2, rect.height() / 2
    if (x1, y1) != (centre.x(), centre.y()):  # not from the centre: the general case
        return _clip_general(line, rect)
    t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    if t > 1:
        return line.p2()
    return QPointF(x1 + t * dx, y1 + t * dy)


def _clip_general(line: QLineF, rect: QRectF) -> QPointF:
    edges = [
        QLineF(rect.topLeft(), rect.topRight()), QLineF(rect.topRight(), rect.bottomRight()),
        QLineF(rect.bottomRight(), rect.bottomLeft()), QLineF(rect.bottomLeft(), rect.topLeft()),
    ]
    for edge in edges:
        kind, point = line.intersects(edge)
        if kind == QLineF.IntersectionType.BoundedIntersection:
            return point
    return line.p2()


def visible_part(line: QLineF, rect: QRectF) -> tuple[float, float] | None:
    """The stretch [t0, t1] of the line (0 at p1, 1 at p2) inside the rect (Liang-Barsky)."""
    x1, y1 = line.x1(), line.y1()
    dx, dy = line.x2() - x1, line.y2() - y1
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x1 - rect.left()), (dx, rect.right() - x1),
                 (-dy, y1 - rect.top()), (dy, rect.bottom() - y1)):
        if p == 0:
            if q < 0:
                return None
        elif p < 0:
            t0 = max(t0, q / p)
        else:
            t1 = min(t1, q / p)
        if t0 > t1:
            return None
    return t0, t1

WHITE = QBrush(Qt.GlobalColor.white)


class LinkPens(NamedTuple):
    line: QPen
    head: QPen  # the arrowhead's outline: solid even on a dashed link
    head_fill: QBrush
    label: QPen


@lru_cache(maxsize=32)
def link_pens(kind: str, selected: bool) -> LinkPens:
    """A kind's pens, made once: a canvas paints thousands of links with a handful of styles."""
    look = style.link_style(kind)
    colour = QColor(look.colour)
    width = look.width + (3 if selected else 0)
    line = QPen(colour, width, look.pen, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    head = QPen(line)
    head.setStyle(Qt.PenStyle.SolidLine)
    return LinkPens(line, head, WHITE if look.head == "open" else QBrush(colour), QPen(colour, 1))


LINK_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
              | QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect: clip long links


class LinkItem(QGraphicsItem):
    # Maps up to this many cards route their links around cards; a larger one (where a
    # route costs too long to find at opening) draws them straight, over the cards with a halo.
    ROUTED_UP_TO = 300

    def __init__(self, link: Link, source: CardItem, target: CardItem):
        super().__init__()
        self.link_id = link.id
        self.source, self.target = source, target
        self.setFlags(LINK_FLAGS)
        # Over the cards: where a link cannot go round a card it passes over it, marked by
        # its halo, and its label is never hidden under one. Its ends stop at the cards' edges.
        self.setZValue(OVER_CARDS)
        self._path = QPainterPath()
        self._shape: QPainterPath | None = None
        self._head = QPolygonF()
        self._bounds = QRectF()
        source.links.add(self)
        target.links.add(self)
        self.set_link(link)

    def set_link(self, link: Link) -> None:
        self.link = link
        self._style = style.link_style(link.kind)
        self.adjust()

    def detach(self) -> None:
        self.source.links.discard(self)
        self.target.links.discard(self)

    def accessible_name(self) -> str:
        label = f" “{self.link.label}”" if self.link.label else ""
        return QCoreApplication.translate("LinkItem", "{kind} link{label} from “{text}” to “{text2}”").format(
            kind=self.link.kind, label=label, text=self.source.card.text, text2=self.target.card.text
        )

    def adjust(self) -> None:
        """Recompute the cached path after either card moved or resized."""
        self.prepareGeometryChange()
        a, b = self.source.scene_rect(), self.target.scene_rect()
        centre_line = QLineF(a.center(), b.center())
        start = clip_to_rect(centre_line, a)
        end = clip_to_rect(QLineF(b.center(), a.center()), b)
        self._line = QLineF(start, end)
        self._bends: tuple[QPointF, ...] = ()
        self.crossing = False
        scene = self.source.scene()
        routed = scene is not None and getattr(scene, "routes_links", False)
        if routed and self._line.length() >= 1:
            way = route(a, b, self._cards_on_leg)
            self.crossing = way.crossing
            if len(way.points) > 2:
                start, *bends, end = way.points
                self._bends = tuple(bends)
                self._line = QLineF(self._bends[-1], end)  # the last leg: the arrowhead's direction
        path = QPainterPath(start)
        for bend in self._bends:
            path.lineTo(bend)
        path.lineTo(end)
        self._path = path
        self._head = self._arrowhead(self._line)
        self._shape = None  # stroked when first asked for (hit tests), not for every link at open
        length = self._line.length()
        if self._bends:
            self._bounds = path.boundingRect().united(self._head.boundingRect()).adjusted(-10, -10, 10, 10)
        elif length > 0:
            # The 12-wide stroke's square caps reach SHAPE_WIDTH / 2 * (|cos| + |sin|) past the ends.
            pad = SHAPE_WIDTH / 2 * (abs(self._line.dx()) + abs(self._line.dy())) / length
            ends = QRectF(start, end).normalized().adjusted(-pad, -pad, pad, pad)
            self._bounds = ends.united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)
        else:
            self._bounds = self.shape().boundingRect().adjusted(-4, -4, 4, 4)
        self._bounds = self._bounds.adjusted(-HALO, -HALO, HALO, HALO)
        # The halo is one more stroke per paint: only where the link is known to cross a
        # card, or may (a map too large to route), and only zoomed in enough to read.
        self._halo = self.crossing or not routed
        if self.link.label:
            self._bounds = self._bounds.united(self._label_rect().adjusted(-4, -4, 4, 4))

    def _cards_on_leg(self, p: QPointF, q: QPointF) -> list[QRectF]:
        """The other cards a stretch of route passes within CLEARANCE of, from the scene's index."""
        line = QLineF(p, q)
        n = line.normalVector().unitVector()
        off = QPointF(n.dx(), n.dy()) * CLEARANCE
        along = QPointF(line.dx(), line.dy()) / max(line.length(), 1e-9) * CLEARANCE
        band = QPolygonF([p - along + off, q + along + off, q + along - off, p - along - off])
        ends = (self.source, self.target)
        scene = self.source.scene()
        grid = getattr(scene, "card_grid", None)  # set while a map is opened: see card_grid
        found = (grid.on_band(QLineF(p, q), band, CLEARANCE) if grid is not None
                 else scene.items(band, Qt.ItemSelectionMode.IntersectsItemShape))
        return [i.scene_rect() for i in found if isinstance(i, CardItem) and i not in ends and i.isVisible()]

    def _arrowhead(self, line: QLineF) -> QPolygonF:
        if line.length() < 1:
            return QPolygonF()
        angle = math.atan2(line.dy(), line.dx())
        tip = line.p2()

        def at(back: float, side: float) -> QPointF:
            return QPointF(
                tip.x() - back * math.cos(angle) + side * math.sin(angle),
                tip.y() - back * math.sin(angle) - side * math.cos(angle),
            )

        if self._style.head == "diamond":
            return QPolygonF([tip, at(HEAD, HEAD / 2.2), at(2 * HEAD, 0), at(HEAD, -HEAD / 2.2)])
        if self._style.head == "bar":
            return QPolygonF([at(0, HEAD / 1.6), at(0, -HEAD / 1.6), at(6, -HEAD / 1.6), at(6, HEAD / 1.6)])
        return QPolygonF([tip, at(HEAD, HEAD / 2), at(HEAD, -HEAD / 2)])

    def _paint_line(self, painter: QPainter, pen: QPen, exposed: QRectF) -> None:
        """Stroke only the part of the line that is being painted: a hand-off across the
        map is thousands of pixels long, and dashing it whole costs even where it is unseen."""
        line = self._line
        margin = pen.widthF() * 2
        if self._bends:
            painter.drawPath(self._path)
            return
        if exposed.isEmpty() or exposed.adjusted(margin, margin, -margin, -margin).contains(self._bounds):
            painter.drawPath(self._path)
            return
        part = visible_part(line, exposed.adjusted(-margin, -margin, margin, margin))
        if part is None:
            return
        t0, t1 = part
        if t0 == 0 and t1 == 1:  # all of it shows: the same path as ever (exports keep <path>)
            painter.drawPath(self._path)
            return
        if t0 > 0 and pen.style() != Qt.PenStyle.SolidLine and pen.widthF() > 0:
            pen = QPen(pen)  # keep the dashes where they fall on the whole line
            pen.setDashOffset(pen.dashOffset() + t0 * line.length() / pen.widthF())
            painter.setPen(pen)
        painter.drawLine(line.pointAt(t0), line.pointAt(t1))

    def _label_at(self, rect: QRectF) -> QPointF:
        return style.text_origin(rect, self.link.label, style.metrics(style.ROLE_PT + 1), centred=True)

    def _label_rect(self) -> QRectF:
        metrics = style.metrics(style.ROLE_PT + 1)
        w = metrics.horizontalAdvance(self.link.label) + 10
        h = metrics.height() + 4
        mid = (
            longest_leg((self._path.pointAtPercent(0), *self._bends, self._line.p2())).center()
            if self._bends
            else self._line.center()
        )
        return QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(SHAPE_WIDTH)
            self._shape = stroker.createStroke(self._path)
            self._shape.addPolygon(self._head)
        return self._shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = detail_level(option, painter)
        pens = link_pens(self.link.kind, self.isSelected())  # isSelected: no enum arithmetic per item
        if self._halo and lod >= HALO_LOD:  # a band of canvas colour marks where it passes over a card
            halo = QPen(
                style.CANVAS_BG,
                pens.line.widthF() + HALO,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.FlatCap,
                Qt.PenJoinStyle.RoundJoin,
            )
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        painter.setPen(pens.line)
        self._paint_line(painter, pens.line, option.exposedRect)
        if lod < 0.25:
            return
        painter.setPen(pens.head)
        painter.setBrush(pens.head_fill)
        painter.drawPolygon(self._head)
        if self.link.label and lod >= LABEL_READABLE_LOD:  # smaller, it would be a smudge over the cards
            rect = self._label_rect()
            painter.setPen(pens.label)
            painter.setBrush(WHITE)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setFont(style.font(style.ROLE_PT + 1))
            painter.setPen(style.INK)
            painter.drawText(self._label_at(rect), self.link.label)
