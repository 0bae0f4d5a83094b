"""A picture of what the canvas view shows, kept between repaints.

A full repaint of a large map paints thousands of items in Python (hundreds of
milliseconds). Most repaints change nothing on the canvas: a window exposed, the
minimap's frame, an overlay, a grab. The view keeps its last picture in a pixmap
and repaints from it; only the parts of the scene that changed (the scene's
``changed`` rects), or that scrolled into view, are drawn again, with the same
``QGraphicsScene.render`` painting the items use everywhere. A new zoom, size or
theme redraws the whole picture.

Edits, selection and focus changes reach the scene at once but its ``changed``
signal only on the next turn of the event loop; until it arrives the view paints
the ordinary way (``held``), so what is shown is never behind the model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap, QRegion, QTransform
from PySide6.QtWidgets import QGraphicsView

from widgets.canvas import style

# Device pixels drawn again around each changed rect: antialiasing, and a zoomed-out
# card's selection frame, which is 6 px wide on screen and half of it outside the card.
SPILL = 5


class PaintCache(QObject):
    enabled = True  # a switch for profiling and for comparing with the plain path

    def __init__(self, view: QGraphicsView):
        super().__init__(view)
        self.view = view
        self.pixmap: QPixmap | None = None
        self._key: tuple | None = None
        self._transform = QTransform()
        self._dirty_scene: list[QRectF] = []
        self._dirty = QRegion()  # device pixels of the viewport to draw again
        self.held = False
        self.full_renders = 0  # how often the whole picture was drawn (for tests)
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(0)
        self._release.timeout.connect(self._flush)
        view.scene().changed.connect(self._changed)

    # -- what changed ------------------------------------------------------------------

    def hold(self, *_args) -> None:
        """Something changed that the scene reports only later: paint the plain way until then."""
        self.held = True
        self._release.start()

    def invalidate(self) -> None:
        self.pixmap = None

    def _changed(self, rects) -> None:
        self.held = False
        if self.pixmap is not None:
            self._dirty_scene.extend(rects)

    def _flush(self) -> None:
        # Let the scene report what the held change did (it emits changed from a queued
        # call); a change that altered nothing visible emits nothing, and that is fine too.
        scene = self.view.scene()
        if scene is not None:
            QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)
        self.held = False

    # -- painting ----------------------------------------------------------------------

    def _key_now(self) -> tuple:
        t = self.view.viewportTransform()
        viewport = self.view.viewport()
        brush = self.view.backgroundBrush()
        return (viewport.width(), viewport.height(), viewport.devicePixelRatioF(),
                t.m11(), t.m12(), t.m21(), t.m22(), int(self.view.renderHints().value),
                brush.color().rgba(), int(brush.style().value), style.INK.rgba(), style.SELECTION.rgba(),
                style.HIGH_CONTRAST, style.BORDER_WIDTH)

    def paint(self, painter: QPainter, region: QRegion) -> bool:
        """Paint ``region`` of the viewport from the picture; False if the caller must paint."""
        if not self.enabled or self.held or self.view.scene() is None:
            return False
        self._update()
        painter.setClipRegion(region)
        painter.drawPixmap(0, 0, self.pixmap)
        return True

    def _update(self) -> None:
        key = self._key_now()
        transform = self.view.viewportTransform()
        viewport = self.view.viewport()
        full = QRect(0, 0, viewport.width(), viewport.height())
        if self.pixmap is None or key != self._key:
            ratio = viewport.devicePixelRatioF()
            self.pixmap = QPixmap(round(full.width() * ratio), round(full.height() * ratio))
            self.pixmap.setDevicePixelRatio(ratio)
            self._key = key
            self._dirty = QRegion(full)
            self._dirty_scene.clear()
            self.full_renders += 1
        else:
            self._scroll(transform, full)
        self._transform = transform
        for rect in self._dirty_scene:
            self._dirty += transform.mapRect(rect).toAlignedRect().adjusted(-SPILL, -SPILL, SPILL, SPILL)
        self._dirty_scene.clear()
        self._dirty &= QRegion(full)
        if not self._dirty.isEmpty():
            self._draw(self._dirty, transform)
            self._dirty = QRegion()

    def _scroll(self, transform: QTransform, full: QRect) -> None:
        """Panning moves the picture; only the strips that scrolled in are drawn."""
        dx, dy = transform.dx() - self._transform.dx(), transform.dy() - self._transform.dy()
        if not dx and not dy:
            return
        ratio = self.pixmap.devicePixelRatio()
        if dx != round(dx) or dy != round(dy) or ratio != round(ratio) \
                or abs(dx) >= full.width() or abs(dy) >= full.height():
            self._dirty = QRegion(full)
            return
        dx, dy = round(dx), round(dy)
        self.pixmap.scroll(dx * round(ratio), dy * round(ratio), self.pixmap.rect())
        self._dirty.translate(dx, dy)
        self._dirty += QRegion(full) - QRegion(full.translated(dx, dy))

    def _draw(self, region: QRegion, transform: QTransform) -> None:
        scene = self.view.scene()
        inverse, _ok = transform.inverted()
        painter = QPainter(self.pixmap)
        painter.setRenderHints(self.view.renderHints())
        rects = list(region)
        if len(rects) > 24:  # many small pieces cost more to find than one larger one
            rects = [region.boundingRect()]
        for rect in rects:
            painter.save()
            painter.setClipRect(rect)
            painter.setTransform(transform)
            source = inverse.mapRect(QRectF(rect))
            self.view.drawBackground(painter, source)
            scene.render(painter, source, source, Qt.AspectRatioMode.IgnoreAspectRatio)
            painter.restore()
        painter.end()
