"""A small overview of the whole canvas in the view's corner. It draws a cached
picture of the scene (refreshed a moment after edits, not on every frame) and
the part the main view shows; click or drag in it to move there."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsView, QWidget

from widgets.canvas import style

REFRESH_MS = 300
SIZE = (168, 112)  # small: the canvas is what the room looks at
SHOWN_KEY = "view/minimap"


def wanted() -> bool:
    """Whether the facilitator wants minimaps (View > Show Minimap), remembered between runs."""
    return QSettings().value(SHOWN_KEY, True, type=bool)


def set_wanted(shown: bool) -> None:
    QSettings().setValue(SHOWN_KEY, bool(shown))


class Minimap(QWidget):
    def __init__(self, view: QGraphicsView):
        super().__init__(view)
        self.view = view
        self.setObjectName("Minimap")
        self.setFixedSize(*SIZE)
        self.setAccessibleName(self.tr("Minimap"))
        self.setToolTip(self.tr("Overview: click or drag to move the view"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._pixmap = QPixmap()
        self._source = QRectF()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        view.scene().changed.connect(lambda _rects: self._timer.start())
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)

    def content_rect(self) -> QRectF:
        bounds = self.view.scene().itemsBoundingRect()
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        return (bounds.united(visible) if not bounds.isNull() else visible).adjusted(-40, -40, 40, 40)

    def refresh(self) -> None:
        self._source = self.content_rect()
        pixmap = QPixmap(self.size() * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap.fill(style.CANVAS_BG)
        painter = QPainter(pixmap)
        self.view.scene().render(painter, QRectF(self.rect()), self._source,
                                 Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        self._pixmap = pixmap
        self.update()

    def _to_map(self, p: QPointF) -> QPointF:
        s = self._source
        return QPointF((p.x() - s.x()) / s.width() * self.width(), (p.y() - s.y()) / s.height() * self.height())

    def _to_scene(self, p: QPointF) -> QPointF:
        s = self._source
        return QPointF(s.x() + p.x() / self.width() * s.width(), s.y() + p.y() / self.height() * s.height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        if self._source.isNull():
            # The first picture is drawn a moment later, like after an edit, so opening a
            # large map is not held up by drawing it twice (here and in the view).
            self._timer.start()
            painter.fillRect(self.rect(), style.CANVAS_BG)
            painter.end()
            return
        painter.drawPixmap(0, 0, self._pixmap)
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        frame = QRectF(self._to_map(visible.topLeft()), self._to_map(visible.bottomRight()))
        painter.setPen(QPen(QColor("#0B57D0"), 2))
        painter.setBrush(QColor(11, 87, 208, 30))
        painter.drawRect(frame.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1)))
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0, 0, -1, -1))

    def mousePressEvent(self, event) -> None:
        self.view.centerOn(self._to_scene(event.position()))

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.view.centerOn(self._to_scene(event.position()))
