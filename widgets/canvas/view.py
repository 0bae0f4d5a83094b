"""The canvas view: zoom (wheel, keys, fit, selection), pan (space-drag or the
middle button), rubber-band selection, and the minimap in the corner."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsView,
    QInputDialog,
    QRubberBand,
    QStyle,
    QStyleHintReturnMask,
    QStyleOptionRubberBand,
    QWidget,
)

from app.editor import Editor
from widgets.canvas import minimap as overview
from widgets.canvas import style
from widgets.canvas.framing import content_rect
from widgets.canvas.minimap import Minimap
from widgets.canvas.paint_cache import PaintCache
from widgets.canvas.scene import CanvasScene

MIN_SCALE, MAX_SCALE = 0.03, 4.0
# The smallest scale a session opens at: card text drawn whole, not as a summary.
OPEN_SCALE = round(style.READABLE_LOD + 0.005, 2)
STEP = 1.2
SELECTION_SCALE = 1.5  # Zoom to Selection stops here: a card at a comfortable reading size


class CanvasView(QGraphicsView):
    def __init__(self, editor: Editor, canvas_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.canvas_id = canvas_id
        self.canvas_scene = CanvasScene(editor, canvas_id, self)
        self.setScene(self.canvas_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setBackgroundBrush(style.CANVAS_BG)  # follows the theme (widgets/theme.py)
        self.setAccessibleName(self.tr("Canvas"))
        self.setAccessibleDescription(self.tr("Tab moves between cards; Ctrl+Right follows a link; F2 edits"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._panning: QPoint | None = None
        self._drawing: list[QPointF] | None = None  # points of a zone being drawn by hand
        self._drawing_preview: QGraphicsPathItem | None = None
        self._fitted = False
        self._space_down = False
        self.minimap = Minimap(self)
        self.minimap.setVisible(overview.wanted())
        self._fitted_content: QRectF | None = None  # the map Zoom to Fit showed whole (minimap hidden)
        self.horizontalScrollBar().valueChanged.connect(self._overview_back)
        self.verticalScrollBar().valueChanged.connect(self._overview_back)
        self.canvas_scene.focus_described.connect(self.setAccessibleDescription)
        self.paint_cache = PaintCache(self)
        doc = self.canvas_scene.doc
        for signal in (doc.added, doc.changed, doc.removed, self.canvas_scene.selectionChanged,
                       self.canvas_scene.focusItemChanged):
            signal.connect(self.paint_cache.hold)

    def shutdown(self) -> None:
        self.canvas_scene.shutdown()

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        # Repaints come from the kept picture (widgets/canvas/paint_cache.py) when it is current.
        painter = QPainter(self.viewport())
        if not self.paint_cache.paint(painter, event.region()):
            painter.end()
            super().paintEvent(event)
            return
        painter.setTransform(self.viewportTransform())
        self.drawForeground(painter, self.mapToScene(event.rect()).boundingRect())
        painter.resetTransform()
        band = self.rubberBandRect()
        if not band.isEmpty():
            option = QStyleOptionRubberBand()
            option.initFrom(self.viewport())
            option.rect = band
            option.shape = QRubberBand.Shape.Rectangle
            mask = QStyleHintReturnMask()
            style_ = self.viewport().style()
            if style_.styleHint(QStyle.StyleHint.SH_RubberBand_Mask, option, self.viewport(), mask):
                painter.setClipRegion(mask.region, Qt.ClipOperation.IntersectClip)
            style_.drawControl(QStyle.ControlElement.CE_RubberBand, option, painter, self.viewport())
        painter.end()

    # -- zoom ------------------------------------------------------------------------

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_factor() * factor))
        factor = target / self.scale_factor()
        self.scale(factor, factor)
        self._overview_back()

    def zoom_in(self) -> None:
        self._keyboard_zoom(STEP)

    def zoom_out(self) -> None:
        self._keyboard_zoom(1 / STEP)

    def _keyboard_zoom(self, factor: float) -> None:
        """Zoom about what the person looks at: the selection when it is in view,
        else the mouse when it is over the canvas, else the middle."""
        at = self.looked_at()
        self.zoom_about(factor, self.mapToScene(at), QPointF(at))

    def looked_at(self) -> QPoint:
        """The viewport point keyboard zoom keeps in place."""
        area = self.viewport().rect()
        chosen = QRectF()
        for item in self.scene().selectedItems():
            chosen = chosen.united(item.sceneBoundingRect())
        if not chosen.isNull():
            centre = self.mapFromScene(chosen.center())
            if area.contains(centre):
                return centre
        mouse = self.viewport().mapFromGlobal(QCursor.pos())
        if area.contains(mouse) and self.viewport().underMouse():
            return mouse
        return area.center()

    def zoom_about(self, factor: float, scene_point: QPointF, view_point: QPointF) -> None:
        """Zoom so that scene_point stays at view_point (a point of the viewport)."""
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.zoom_by(factor)
        self.setTransformationAnchor(anchor)
        drift = self.mapFromScene(scene_point) - view_point.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())

    def zoom_actual(self) -> None:
        self.zoom_by(1.0 / self.scale_factor())

    def zoom_to_rect(self, rect: QRectF) -> None:
        if rect.isNull() or rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor() > MAX_SCALE:
            self.zoom_by(1.0)  # clamp
            self.zoom_by(MAX_SCALE / self.scale_factor())

    def zoom_to_fit(self) -> None:
        """The cards, links and labels (widgets/canvas/framing.py) as large as the view
        allows. The whole map is then in view, so the minimap, which would only cover
        part of it, steps aside until the view moves off the fitted map."""
        rect = content_rect(self.scene())
        self.zoom_to_rect(rect)
        if rect.isNull() or rect.isEmpty() or not self.minimap.isVisible():
            return
        self.minimap.hide()
        self._fitted_content = rect

    def _overview_back(self, *_args) -> None:
        """Show the minimap again once the fitted map is no longer all in view."""
        if self._fitted_content is None:
            return
        if not self.mapToScene(self.viewport().rect()).boundingRect().contains(self._fitted_content):
            self._fitted_content = None
            self.minimap.setVisible(overview.wanted())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            # After the window's layout has settled, so the fit uses the final size.
            QTimer.singleShot(0, self, self.open_readable)

    def open_readable(self) -> None:
        """Open on the whole map when its text can be read that way (never blown up
        past 100 %); a map too big for that opens readable at its top-left corner,
        where the first lanes and cards are."""
        bounds = content_rect(self.scene())
        if bounds.isNull():
            return
        self.zoom_to_fit()
        if self.scale_factor() > 1.0:
            self.zoom_actual()
        if self.scale_factor() >= OPEN_SCALE:
            self.centerOn(bounds.center())
            return
        self.zoom_by(OPEN_SCALE / self.scale_factor())
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self.centerOn(bounds.left() - 40 + visible.width() / 2, bounds.top() - 40 + visible.height() / 2)

    def zoom_to_selection(self) -> None:
        rect = QRectF()
        for item in self.scene().selectedItems():
            rect = rect.united(item.sceneBoundingRect())
        if rect.isNull() or rect.isEmpty():
            return
        self.zoom_to_rect(rect)
        if self.scale_factor() > SELECTION_SCALE:  # one card would fill the view at 400 %
            self.zoom_by(SELECTION_SCALE / self.scale_factor())
            self.centerOn(rect.center())

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta:  # about the mouse: the point under it stays under it
            at = event.position()
            self.zoom_about(STEP ** (delta / 120), self.mapToScene(at.toPoint()), at)
        event.accept()

    # -- pan -------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if self._drawing is not None and event.key() == Qt.Key.Key_Escape:
            self._finish_drawing(cancel=True)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and not self.canvas_scene.editing_text():
            if not event.isAutoRepeat():
                self._space_down = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self._space_down and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    # -- drawing a freeform zone -----------------------------------------------------

    def start_drawing_zone(self) -> None:
        """The next left-button drag draws a zone's outline by hand."""
        self._drawing = []
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def drawing_zone(self) -> bool:
        return self._drawing is not None

    def _finish_drawing(self, cancel: bool = False) -> None:
        points, self._drawing = self._drawing or [], None
        if self._drawing_preview is not None:
            self.scene().removeItem(self._drawing_preview)
            self._drawing_preview = None
        self.viewport().unsetCursor()
        if cancel or len(points) < 3:
            return
        label, ok = QInputDialog.getText(self, self.tr("Name the zone"), self.tr("Zone label:"))
        if ok and label.strip():
            self.editor.draw_zone(self.canvas_id, label.strip(), [(p.x(), p.y()) for p in points])

    def mousePressEvent(self, event) -> None:
        if self._drawing is not None and event.button() == Qt.MouseButton.LeftButton:
            start = self.mapToScene(event.position().toPoint())
            self._drawing = [start]
            self._drawing_preview = QGraphicsPathItem()
            self._drawing_preview.setPen(QPen(QColor("#0B57D0"), 2, Qt.PenStyle.DashLine))
            self._drawing_preview.setZValue(100)
            self.scene().addItem(self._drawing_preview)
            event.accept()
            return
        space_pan = self._space_down and event.button() == Qt.MouseButton.LeftButton
        if event.button() == Qt.MouseButton.MiddleButton or space_pan:
            self._panning = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drawing and self._drawing_preview is not None:
            point = self.mapToScene(event.position().toPoint())
            if QLineF(point, self._drawing[-1]).length() * self.scale_factor() >= 4:
                self._drawing.append(point)
                path = QPainterPath()
                path.addPolygon(QPolygonF(self._drawing))
                self._drawing_preview.setPath(path)
            event.accept()
            return
        if self._panning is not None:
            now = event.position().toPoint()
            delta = now - self._panning
            self._panning = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._drawing and event.button() == Qt.MouseButton.LeftButton:
            self._finish_drawing()
            event.accept()
            return
        if self._panning is not None and event.button() in (Qt.MouseButton.MiddleButton,
                                                             Qt.MouseButton.LeftButton):
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:
        # Tab moves between cards on the canvas, not out of it (Ctrl+Tab still changes tabs).
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._overview_back()
        margin = 12
        self.minimap.move(self.width() - self.minimap.width() - margin - self.verticalScrollBar().width(),
                          self.height() - self.minimap.height() - margin - self.horizontalScrollBar().height())
