"""Canvas figures: open and paint a session, repaint at fit and at 100%, export SVG.
Each is measured on Meshwork's CanvasView and on a plain QGraphicsView of stock items."""

from __future__ import annotations

import gc
import statistics
import tempfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView

from benchmarks import baseline
from benchmarks.generate import Generated
from benchmarks.measure import Figure, figure, median_time, timed

VIEW_SIZE = (1280, 800)


def _app_view(db, session_id: str, canvas_id: str):
    from app.document import SessionDocument
    from app.editor import Editor
    from widgets.canvas.view import CanvasView

    doc = SessionDocument(db, session_id)
    view = CanvasView(Editor(doc), canvas_id)
    view.resize(*VIEW_SIZE)
    view.show()  # fits the map on first show, as in the window
    view.grab()  # paints the view once, minimap included
    return view


def _close_app_view(view) -> None:
    doc = view.editor.doc
    view.shutdown()
    view.close()
    shiboken6.delete(view)
    doc.deleteLater()
    view.editor.deleteLater()
    QApplication.processEvents()


def _plain_view(path: Path, canvas_id: str) -> QGraphicsView:
    scene = baseline.plain_scene(*baseline.read_canvas(path, canvas_id))
    view = QGraphicsView(scene)
    scene.setParent(view)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setBackgroundBrush(QColor("#FAFAF7"))
    view.resize(*VIEW_SIZE)
    view.show()
    view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    view.grab()
    return view


def _close_plain_view(view) -> None:
    view.close()
    shiboken6.delete(view)
    QApplication.processEvents()


def _cold(view, runs: int) -> float | None:
    """Median seconds of a repaint that must draw everything (Meshwork's kept picture
    thrown away first, as after a zoom step); None for the stock view, which has none."""
    cache = getattr(view, "paint_cache", None)
    if cache is None:
        return None

    def once():
        cache.invalidate()
        view.viewport().grab()
    return statistics.median(timed(once) for _ in range(max(1, runs // 3)))


def _repaints(view, runs: int) -> tuple[float, float, float | None, float | None]:
    """Median ms of a full viewport repaint at zoom-to-fit and at 100% (on the middle of
    the map), and of a cold one (everything drawn) at each."""
    bounds = view.scene().itemsBoundingRect()
    view.fitInView(bounds.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().grab()  # warm up
    fit = statistics.median(timed(view.viewport().grab) for _ in range(runs))
    cold_fit = _cold(view, runs)
    view.resetTransform()
    view.centerOn(bounds.center())
    view.viewport().grab()
    actual = statistics.median(timed(view.viewport().grab) for _ in range(runs))
    cold_actual = _cold(view, runs)
    return fit * 1000, actual * 1000, _ms(cold_fit), _ms(cold_actual)


def _cold_note(cold_ms: float | None) -> str:
    if cold_ms is None:
        return "the view keeps no picture: every repaint draws everything"
    return f"from the view's kept picture; drawing everything (a new zoom): {cold_ms:.0f} ms"


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def _svg(scene, path: Path) -> None:
    from PySide6.QtSvg import QSvgGenerator

    source = scene.itemsBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle("Meshwork benchmark map")
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()


def _settle() -> None:
    """Delete what the last export closed, as the app's event loop would between exports."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _export_svg(db, session_id: str, canvas_id: str, path: Path) -> None:
    """The real export (File > Export, `meshwork export --format svg`): it opens the
    session itself, builds the canvas's scene headlessly and writes the file."""
    from widgets.export.files import export_svg

    export_svg(db, session_id, path, canvas_id=canvas_id)


def figures(lib: Generated, runs: int, repaint_runs: int) -> list[Figure]:
    """open_paint_5000_s, repaint_fit_5000_ms, repaint_100_5000_ms, export_svg_5000_s."""
    from storage.library import open_library

    info = lib.sessions[0]
    db = open_library(lib.path)
    try:
        opens, plain_opens = [], []
        for _ in range(runs):
            view = None

            def open_app():
                nonlocal view
                view = _app_view(db, info.id, info.canvas_id)
            opens.append(timed(open_app))
            _close_app_view(view)
            plain = None

            def open_plain():
                nonlocal plain
                plain = _plain_view(lib.path, info.canvas_id)
            plain_opens.append(timed(open_plain))
            _close_plain_view(plain)

        view = _app_view(db, info.id, info.canvas_id)
        plain = _plain_view(lib.path, info.canvas_id)
        fit, actual, cold_fit, cold_actual = _repaints(view, repaint_runs)
        plain_fit, plain_actual, _, _ = _repaints(plain, repaint_runs)
        with tempfile.TemporaryDirectory() as tmp:
            svg = median_time(lambda: _export_svg(db, info.id, info.canvas_id, Path(tmp, "map.svg")), runs,
                              setup=_settle)
            plain_svg = statistics.median(timed(lambda: _svg(plain.scene(), Path(tmp, "plain.svg")))
                                          for _ in range(runs))
        _close_app_view(view)
        _close_plain_view(plain)
    finally:
        db.close()
    n = info.cards
    return [
        figure("open_paint_5000_s", statistics.median(opens), statistics.median(plain_opens), runs, n),
        figure("repaint_fit_5000_ms", fit, plain_fit, repaint_runs, n, _cold_note(cold_fit)),
        figure("repaint_100_5000_ms", actual, plain_actual, repaint_runs, n, _cold_note(cold_actual)),
        figure("export_svg_5000_s", svg, plain_svg, runs, n,
               "widgets.export.files.export_svg of the canvas (session opened, scene built, SVG written "
               "from its items); "
               "baseline: QSvgGenerator + render of the stock-item scene"),
    ]
