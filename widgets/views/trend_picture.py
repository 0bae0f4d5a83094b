"""The trend charts as a picture: matplotlib draws the figure with Agg on the
worker thread, at the size and pixel ratio the window will show it, and the GUI
thread only paints that image. Drawing 25 charts takes half a second or more; a Qt
canvas did it on the GUI thread every time it was shown or resized.

The picture carries where each session's point and each chart landed, so a click
opens the session under it and pointing at a chart says what it measures without
asking matplotlib anything on the GUI thread."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

DPI = 100  # matplotlib's default: fonts given in points keep the size they had in the Qt canvas
MIN_WIDTH, MIN_HEIGHT = 480, 240  # logical pixels; a smaller widget shows the picture shrunk


@dataclass
class Picture:
    """One drawing of the charts: a QImage (made on the worker: QImage, unlike QPixmap,
    may be) and where things landed, in the widget's logical pixels."""

    image: QImage
    size: QSize  # logical size it was drawn at
    ratio: float
    asked: QSize  # the widget's size when it was asked for (a tiny one is drawn larger)
    points: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # metric -> point per session
    boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)  # metric -> x0, y0, x1, y1


def render(figure, lines: dict, axes_names: dict, size: QSize, ratio: float) -> Picture:
    """Draw ``figure`` with Agg at ``size`` logical pixels and ``ratio``. Not Qt's GUI:
    this runs on the worker thread, the only thread that touches the figure once built."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    # A window not shown yet has a tiny viewport: 25 charts cannot be laid out in it.
    width, height = max(size.width(), MIN_WIDTH), max(size.height(), MIN_HEIGHT)
    figure.set_dpi(DPI * ratio)
    figure.set_size_inches(width / DPI, height / DPI)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    buffer = canvas.buffer_rgba()
    rows, columns = buffer.shape[0], buffer.shape[1]
    image = QImage(bytes(buffer), columns, rows, columns * 4, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    top = figure.bbox.height  # matplotlib counts up from the bottom, Qt down from the top

    def logical(x: float, y: float) -> tuple[float, float]:
        return x / ratio, (top - y) / ratio

    points = {name: [logical(x, y) for x, y in line.axes.transData.transform(line.get_xydata())]
              for name, line in lines.items()}
    boxes = {}
    for axes, name in axes_names.items():
        box = axes.bbox
        (x0, y1), (x1, y0) = logical(box.x0, box.y0), logical(box.x1, box.y1)
        boxes[name] = (x0, y0, x1, y1)
    return Picture(image, QSize(width, height), ratio, QSize(size), points, boxes)


class ChartImage(QWidget):
    """Paints the latest picture (stretched while a new one for a new size is drawn);
    a click near a point emits ``point_clicked(index)``; pointing at a chart emits
    ``pointed(metric or "")`` for its tooltip."""

    point_clicked = Signal(int)
    pointed = Signal(str)
    resized = Signal()

    def __init__(self, pick_radius_px: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture: Picture | None = None
        self.pick_radius_px = pick_radius_px
        self._pointed = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_picture(self, picture: Picture) -> None:
        self.picture = picture
        self.update()

    def fits(self) -> bool:
        """True once the picture shown was drawn for this size and pixel ratio."""
        p = self.picture
        return p is not None and p.asked == self.size() and math.isclose(p.ratio, self.devicePixelRatioF())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.picture is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            if not self.isEnabled():
                painter.setOpacity(0.35)  # the last series' charts while the new ones are drawn
            painter.drawImage(QRectF(self.rect()), self.picture.image)
        painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def _in_picture(self, pos: QPointF) -> tuple[float, float]:
        """A position in the widget, in the coordinates the picture was drawn for."""
        p = self.picture
        return (pos.x() * p.size.width() / max(self.width(), 1),
                pos.y() * p.size.height() / max(self.height(), 1))

    def session_at(self, pos: QPointF) -> int | None:
        """The session whose point is nearest ``pos``, if within the pick radius."""
        if self.picture is None:
            return None
        x, y = self._in_picture(pos)
        best, nearest = None, self.pick_radius_px
        for points in self.picture.points.values():
            for index, (px, py) in enumerate(points):
                distance = math.hypot(px - x, py - y)
                if distance <= nearest:
                    best, nearest = index, distance
        return best

    def metric_at(self, pos: QPointF) -> str:
        if self.picture is None:
            return ""
        x, y = self._in_picture(pos)
        for name, (x0, y0, x1, y1) in self.picture.boxes.items():
            if x0 <= x <= x1 and y0 <= y <= y1:
                return name
        return ""

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.session_at(event.position())
            if index is not None:
                self.point_clicked.emit(index)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        name = self.metric_at(event.position())
        if name != self._pointed:
            self._pointed = name
            self.pointed.emit(name)
        super().mouseMoveEvent(event)
