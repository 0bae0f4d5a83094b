"""The canvas view: one per canvas tab."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from app.editor import Editor


class CanvasView(QGraphicsView):
    def __init__(self, editor: Editor, canvas_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.canvas_id = canvas_id
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAccessibleName("Canvas")

    def shutdown(self) -> None:
        self.scene().clear()
