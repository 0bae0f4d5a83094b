"""A zone: a labelled region of the canvas (a role's swimlane, a column, a domain).
Dragged by its title bar and resized from its corner; cards on top of it stay
independent items, so dragging a zone never drags cards by accident."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle

from app.model import Zone
from widgets.canvas import style
from widgets.canvas.card_item import detail_level
from widgets.canvas.card_summary import scene_units, size_class, summary_font
from widgets.markup import literal

TITLE = 34.0
HANDLE = 18.0
LABEL_PX = style.ZONE_LABEL_PT * 96 / 72  # the label's pixel size in scene units
# Below this scale the label would be under style.READABLE_PX on screen: it is drawn larger.
LABEL_READABLE_LOD = style.READABLE_PX / LABEL_PX


class ZoneItem(QGraphicsItem):
    def __init__(self, zone: Zone):
        super().__init__()
        self.zone_id = zone.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setZValue(0)
        self.set_zone(zone)

    def set_zone(self, zone: Zone) -> None:
        self.prepareGeometryChange()
        self.zone = zone
        self._rect = QRectF(0, 0, zone.width, zone.height)
        # A hand-drawn zone keeps its outline as a polygon in item coordinates.
        points = [QPointF(px - zone.x, py - zone.y) for px, py in zone.points()]
        self._outline = QPolygonF(points) if points else None
        self._shape = QPainterPath()
        if self._outline is not None:
            self._shape.addPolygon(self._outline)
            self._shape.closeSubpath()
        else:
            self._shape.addRect(self._rect)
        self._fill = QColor(zone.colour)
        self._big_labels: dict[int, tuple] = {}  # by size class (pixel size): (font, bar, baseline, text)
        self.setPos(zone.x, zone.y)
        self.setToolTip(literal(QCoreApplication.translate("ZoneItem", "Zone: {label}").format(label=zone.label)))
        self.update()

    def accessible_name(self) -> str:
        return QCoreApplication.translate("ZoneItem", "Zone: {label}").format(label=self.zone.label)

    def rect(self) -> QRectF:
        return self._rect

    def scene_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        return self._shape

    def _label_rect(self) -> QRectF:
        """Rectangles carry their label in a title bar; a drawn zone under its top point."""
        if self._outline is None:
            return QRectF(0, 0, self._rect.width(), TITLE)
        top = min(self._outline, key=lambda p: p.y())
        width = min(self._rect.width(), 12.0 * max(4, len(self.zone.label)) + 24)
        return QRectF(top.x() - width / 2, top.y() + 6, width, TITLE)

    def _label_at(self) -> QPointF:
        """Where the label's baseline starts: left in a title bar, centred on a drawn zone."""
        inside = self._label_rect().adjusted(12, 0, -12, 0)
        metrics = style.metrics(style.ZONE_LABEL_PT, bold=True)
        return style.text_origin(inside, self.zone.label, metrics, centred=self._outline is not None)

    def label_scene_rect(self) -> QRectF:
        """Where the label's words are, in scene coordinates (what a fitted view must show)."""
        metrics = style.metrics(style.ZONE_LABEL_PT, bold=True)
        at = self._label_at()
        words = QRectF(at.x(), at.y() - metrics.ascent(), metrics.horizontalAdvance(self.zone.label),
                       metrics.height())
        return words.adjusted(-12, -6, 12, 6).translated(self.pos())

    def _big_label(self, lod: float) -> tuple:
        """Zoomed out, the label in type READABLE_PX or more on screen (semantic zoom, as
        cards do), its bar as tall as the type and the words cut to the zone's width."""
        px = size_class(lod)
        if px not in self._big_labels:
            font = QFont(summary_font(px))
            font.setBold(True)
            metrics = QFontMetricsF(font)
            pad = 6 * scene_units(px)
            base = self._label_rect()
            width = min(self._rect.width(), metrics.horizontalAdvance(self.zone.label) + 2 * pad) \
                if self._outline is not None else base.width()
            bar = QRectF(base.center().x() - width / 2, base.top(), width, max(base.height(), metrics.height() + pad))
            text = metrics.elidedText(self.zone.label, Qt.TextElideMode.ElideRight, bar.width() - 2 * pad)
            at = style.text_origin(bar.adjusted(pad, 0, -pad, 0), text, metrics, centred=self._outline is not None)
            self._big_labels[px] = (font, bar, at, text)
        return self._big_labels[px]

    def in_title(self, pos: QPointF) -> bool:
        return self._label_rect().contains(pos)

    def in_resize_grip(self, pos: QPointF) -> bool:
        return pos.x() > self._rect.width() - HANDLE and pos.y() > self._rect.height() - HANDLE

    def mousePressEvent(self, event) -> None:
        # Only the title bar and the grip grab the zone; elsewhere the press falls
        # through to the rubber band, so people can select cards lying on it.
        pos = event.pos()
        if not (self.in_title(pos) or self.in_resize_grip(pos)):
            event.ignore()
            return
        super().mousePressEvent(event)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = detail_level(option, painter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(style.SELECTION if selected else self._fill.darker(140), 3 if selected else 1.5))
        painter.setBrush(self._fill)
        if self._outline is None:
            painter.drawRect(self._rect)
        else:
            painter.drawPolygon(self._outline)
        if lod < 0.15:
            return
        if lod < LABEL_READABLE_LOD:
            font, label, at, text = self._big_label(lod)
        else:
            font, label = style.font(style.ZONE_LABEL_PT, bold=True), self._label_rect()
            at, text = self._label_at(), self.zone.label
        if self._outline is None:
            painter.fillRect(label, self._fill.darker(112))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill.darker(112))
            painter.drawRoundedRect(label, 8, 8)
        painter.setPen(style.INK)
        painter.setFont(font)
        painter.drawText(at, text)
        if selected:
            r = self._rect
            painter.setPen(QPen(style.SELECTION, 2))
            for i in range(3):
                d = 5 + i * 5
                painter.drawLine(QPointF(r.width() - d, r.height() - 3), QPointF(r.width() - 3, r.height() - d))
