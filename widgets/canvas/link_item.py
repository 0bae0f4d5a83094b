"""A directed, typed link between two cards; each kind has its own line style,
colour and arrowhead, so kinds differ even in greyscale."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle

from app.model import Link
from widgets.canvas import style
from widgets.canvas.card_item import CardItem, detail_level

HEAD = 14.0


def clip_to_rect(line: QLineF, rect: QRectF) -> QPointF:
    """Where a line from the rect's centre leaves the rect."""
    edges = [
        QLineF(rect.topLeft(), rect.topRight()), QLineF(rect.topRight(), rect.bottomRight()),
        QLineF(rect.bottomRight(), rect.bottomLeft()), QLineF(rect.bottomLeft(), rect.topLeft()),
    ]
    for edge in edges:
        kind, point = line.intersects(edge)
        if kind == QLineF.IntersectionType.BoundedIntersection:
            return point
    return line.p2()


class LinkItem(QGraphicsItem):
    def __init__(self, link: Link, source: CardItem, target: CardItem):
        super().__init__()
        self.link_id = link.id
        self.source, self.target = source, target
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(5)
        self._path = QPainterPath()
        self._shape = QPainterPath()
        self._head = QPolygonF()
        self._bounds = QRectF()
        source.links.add(self)
        target.links.add(self)
        self.set_link(link)

    def set_link(self, link: Link) -> None:
        self.link = link
        s = style.LINK_STYLES.get(link.kind, style.LINK_STYLES["hand-off"])
        self._style = s
        self._pen = QPen(QColor(s.colour), s.width, s.pen, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        self.setToolTip(self.accessible_name())
        self.adjust()

    def detach(self) -> None:
        self.source.links.discard(self)
        self.target.links.discard(self)

    def accessible_name(self) -> str:
        label = f" “{self.link.label}”" if self.link.label else ""
        return (f"{self.link.kind} link{label} from “{self.source.card.text}” "
                f"to “{self.target.card.text}”")

    def adjust(self) -> None:
        """Recompute the cached path after either card moved or resized."""
        self.prepareGeometryChange()
        a, b = self.source.scene_rect(), self.target.scene_rect()
        centre_line = QLineF(a.center(), b.center())
        start = clip_to_rect(centre_line, a)
        end = clip_to_rect(QLineF(b.center(), a.center()), b)
        self._line = QLineF(start, end)
        path = QPainterPath(start)
        path.lineTo(end)
        self._path = path
        self._head = self._arrowhead(self._line)
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        self._shape = stroker.createStroke(path)
        self._shape.addPolygon(self._head)
        self._bounds = self._shape.boundingRect().adjusted(-4, -4, 4, 4)
        if self.link.label:
            self._bounds = self._bounds.united(self._label_rect().adjusted(-4, -4, 4, 4))

    def _arrowhead(self, line: QLineF) -> QPolygonF:
        if line.length() < 1:
            return QPolygonF()
        angle = math.atan2(line.dy(), line.dx())
        tip = line.p2()

        def at(back: float, side: float) -> QPointF:
            return QPointF(tip.x() - back * math.cos(angle) + side * math.sin(angle),
                           tip.y() - back * math.sin(angle) - side * math.cos(angle))

        if self._style.head == "diamond":
            return QPolygonF([tip, at(HEAD, HEAD / 2.2), at(2 * HEAD, 0), at(HEAD, -HEAD / 2.2)])
        if self._style.head == "bar":
            return QPolygonF([at(0, HEAD / 1.6), at(0, -HEAD / 1.6), at(6, -HEAD / 1.6), at(6, HEAD / 1.6)])
        return QPolygonF([tip, at(HEAD, HEAD / 2), at(HEAD, -HEAD / 2)])

    def _label_rect(self) -> QRectF:
        metrics = QFontMetricsF(style.font(style.ROLE_PT + 1))
        w = metrics.horizontalAdvance(self.link.label) + 10
        h = metrics.height() + 4
        mid = self._line.center()
        return QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = detail_level(option, painter)
        pen = QPen(self._pen)
        if option.state & QStyle.StateFlag.State_Selected:
            pen.setWidthF(pen.widthF() + 3)
        painter.setPen(pen)
        painter.drawPath(self._path)
        if lod < 0.25:
            return
        solid = QPen(pen)
        solid.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(solid)
        painter.setBrush(QBrush(Qt.GlobalColor.white) if self._style.head == "open" else QBrush(pen.color()))
        painter.drawPolygon(self._head)
        if self.link.label and lod >= style.TEXT_LOD:
            rect = self._label_rect()
            painter.setPen(QPen(pen.color(), 1))
            painter.setBrush(QBrush(Qt.GlobalColor.white))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setFont(style.font(style.ROLE_PT + 1))
            painter.setPen(style.INK)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.link.label)
