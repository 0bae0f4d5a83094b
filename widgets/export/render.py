"""The ground every drawn export stands on: a session's canvases built headlessly as
the canvas's own scenes, and files written atomically.

Exports draw with ``CanvasScene.render``, so a PNG, SVG or PDF looks like the canvas
people worked on. Everything here runs without a window (from the command line too)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QIODevice, QRectF, QSaveFile
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from app.document import SessionDocument
from app.editor import Editor
from app.io import face_down
from app.model import Canvas

MARGIN = 40.0  # scene units of white space around a drawn map
EMPTY = QRectF(0, 0, 400, 240)  # what an empty canvas is drawn as


class ExportError(ValueError):
    """An export that could not be written; the message is fit to show (a ValueError,
    so the command line reports it as bad input with exit status 2)."""


def ensure_app() -> QApplication:
    """Scenes need a QApplication; the command line has none, and maybe no display."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["meshwork-export"])
    return app


@dataclass
class DrawnCanvas:
    canvas: Canvas
    scene: object  # widgets.canvas.scene.CanvasScene

    def rect(self, margin: float = MARGIN) -> QRectF:
        """What to draw: the items with a margin (the scene rect itself has room to grow)."""
        bounds = self.scene.itemsBoundingRect()
        if bounds.isNull() or bounds.isEmpty():
            return EMPTY
        return bounds.adjusted(-margin, -margin, margin, margin)

    def render(self, painter, target: QRectF, source: QRectF | None = None) -> None:
        from PySide6.QtCore import Qt

        self.scene.render(painter, target, source or self.rect(), Qt.AspectRatioMode.KeepAspectRatio)


class SessionScenes:
    """A session opened read-only as a document with one scene per canvas.

    Face-down cards follow app.io.face_down: left out of the document's private
    copy (so no map, card list or summary has them), or, when asked for, turned
    face up in that copy so the canvas painters draw them."""

    def __init__(self, db: Database, session_id: str, canvas_id: str | None = None,
                 include_face_down: bool = False):
        ensure_app()
        from widgets.canvas.scene import CanvasScene  # imported late: pulls in QtWidgets items

        self.doc = SessionDocument(db, session_id)
        if not self.doc.session:
            raise ExportError(f"No session {session_id!r} in this library.")
        self.include_face_down = include_face_down
        if include_face_down:
            face_down.turn_face_up(self.doc.records)
            self.face_down_left_out = 0
        else:
            self.face_down_left_out = face_down.leave_out_records(self.doc.records)
        # The scene asks its editor only for gestures; nothing is edited here.
        self.editor = Editor(self.doc)
        canvases = self.doc.all("canvases")
        if canvas_id is not None:
            canvases = [c for c in canvases if c.id == canvas_id]
            if not canvases:
                raise ExportError(f"No canvas {canvas_id!r} in this session.")
        self.canvases = [DrawnCanvas(c, CanvasScene(self.editor, c.id)) for c in canvases]

    @property
    def session(self) -> dict:
        return self.doc.session

    def close(self) -> None:
        for drawn in self.canvases:
            drawn.scene.shutdown()
            drawn.scene.deleteLater()
        self.canvases = []
        self.editor.deleteLater()
        self.doc.deleteLater()


@contextmanager
def session_scenes(db: Database, session_id: str, canvas_id: str | None = None,
                   include_face_down: bool = False) -> Iterator[SessionScenes]:
    scenes = SessionScenes(db, session_id, canvas_id, include_face_down)
    try:
        yield scenes
    finally:
        scenes.close()


@contextmanager
def atomic_file(path: str | os.PathLike) -> Iterator[QSaveFile]:
    """An open QSaveFile: the target changes only if the block finishes and the commit
    succeeds; on any failure the temporary file is discarded and the target left alone."""
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"Cannot write {target}: it is a folder.")
    device = QSaveFile(str(target))
    if not device.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"Cannot write {target}: {device.errorString()}")
    try:
        yield device
    except BaseException:
        device.cancelWriting()
        device.commit()  # with writing cancelled this discards the temporary file
        raise
    if not device.commit():
        raise ExportError(f"Cannot write {target}: {device.errorString()}")


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_file(path) as device:
        if device.write(data) != len(data):
            raise ExportError(f"Cannot write {path}: {device.errorString()}")


def write_text(path: str | os.PathLike, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
