"""The projector's view of a canvas: read-only, with its own scene.

Its own projection of the canvas (a second CanvasScene on the same document)
follows every edit live, yet never carries the facilitator's selection, focus,
in-place text editor, drag previews or hover state, so no editing chrome can
reach the wall. On top of the cards it draws the vote badges once the room may
see them, and it frames either the whole map or what the room is working on."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from app.editor import Editor
from widgets.canvas.badges import Badge, badges_for, paint_badges
from widgets.canvas.framing import content_rect
from widgets.canvas.scene import CanvasScene

MAX_SCALE = 1.6  # a handful of cards should not fill the wall
MARGIN = 40.0
MIN_FOLLOW = (900.0, 500.0)  # following one new card still shows its neighbours


class PresenterView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setInteractive(False)  # the room watches; the facilitator edits elsewhere
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor("#FAFAF7"))
        self.setAccessibleName(self.tr("Canvas (presenter)"))
        self.canvas_scene: CanvasScene | None = None
        self.show_badges = False
        self.badges_drawn: list[Badge] = []  # what the last paint showed: for tests and the curious
        self.framed = QRectF()
        self._framed_size = QSize()
        self.corner: QWidget | None = None  # kept in the bottom-left corner (the follow tag)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place_corner()

    def place_corner(self) -> None:
        if self.corner is not None:
            self.corner.adjustSize()
            self.corner.move(16, self.height() - self.corner.height() - 16)

    # -- the canvas shown --------------------------------------------------------------

    def show_canvas(self, editor: Editor | None, canvas_id: str | None) -> None:
        """Project the canvas (or nothing); the same canvas again keeps its projection."""
        current = self.canvas_scene
        if current is not None and current.editor is editor and current.canvas_id == canvas_id:
            return
        self.canvas_scene = None
        self.framed, self._framed_size = QRectF(), QSize()
        self.setScene(None)
        if current is not None and shiboken6.isValid(current):
            current.shutdown()
            current.deleteLater()
        if editor is not None and canvas_id is not None:
            self.canvas_scene = CanvasScene(editor, canvas_id, self)
            self.setScene(self.canvas_scene)

    def set_show_badges(self, show: bool) -> None:
        if show != self.show_badges:
            self.show_badges = show
            self.viewport().update()

    # -- framing ------------------------------------------------------------------------

    def content_rect(self) -> QRectF:
        """The whole map as Zoom to Fit frames it: cards, links and zone labels, not
        the empty area of lanes, which would shrink the words on the wall."""
        return content_rect(self.canvas_scene) if self.canvas_scene is not None else QRectF()

    def cards_rect(self, card_ids: list[str]) -> QRectF:
        """The given cards, grown around their centre to a readable neighbourhood."""
        rect = QRectF()
        scene = self.canvas_scene
        for card_id in card_ids:
            item = scene.cards.get(card_id) if scene is not None else None
            if item is not None and item.isVisible():
                rect = rect.united(item.scene_rect())
        if rect.isEmpty():
            return rect
        w, h = max(rect.width(), MIN_FOLLOW[0]), max(rect.height(), MIN_FOLLOW[1])
        centre = rect.center()
        return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)

    def frame(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        if rect == self.framed and self.viewport().size() == self._framed_size:
            return  # an edit inside the map: refitting would repaint the whole wall for nothing
        self.framed = QRectF(rect)
        self._framed_size = self.viewport().size()
        self.fitInView(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > MAX_SCALE:
            self.resetTransform()
            self.scale(MAX_SCALE, MAX_SCALE)
            self.centerOn(rect.center())

    def scale_factor(self) -> float:
        return self.transform().m11()

    # -- painting -----------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        if not self.show_badges or self.canvas_scene is None:
            self.badges_drawn = []
            return
        badges = badges_for(self.canvas_scene.cards.values(), painter.worldTransform(), rect)
        painter.save()
        painter.resetTransform()  # badges are sized in screen pixels
        paint_badges(painter, badges)
        painter.restore()
        self.badges_drawn = badges
