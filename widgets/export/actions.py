"""File > Export Canvas and File > Export Session: the drawn formats (PNG, SVG, PDF,
offline HTML page, session report) for the open session, written atomically. An
export that takes a while shows its progress and can be cancelled (widgets/export/progress.py)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from app.io.registry import notes_of
from widgets.export.formats import CANVAS_FORMATS, DRAWN_FORMATS
from widgets.export.options import face_down_option
from widgets.export.progress import Cancelled, ExportProgress

# PNG sizes offered: label -> scale (1 = the canvas at 100 %, 96 dpi); the labels are
# shown in the window's language (context "ExportActions").
PNG_SCALES = {QT_TRANSLATE_NOOP("ExportActions", "1× (screen, 96 dpi)"): 1.0,
              QT_TRANSLATE_NOOP("ExportActions", "2× (sharp, 192 dpi)"): 2.0,
              QT_TRANSLATE_NOOP("ExportActions", "3× (288 dpi)"): 3.0,
              QT_TRANSLATE_NOOP("ExportActions", "Print (300 dpi)"): 300 / 96}
FILTERS = {".png": QT_TRANSLATE_NOOP("ExportActions", "PNG image (*.png)"),
           ".svg": QT_TRANSLATE_NOOP("ExportActions", "SVG image (*.svg)"),
           ".pdf": QT_TRANSLATE_NOOP("ExportActions", "PDF document (*.pdf)"),
           ".html": QT_TRANSLATE_NOOP("ExportActions", "Web page (*.html)")}


def slug(text: str) -> str:
    """A file name from a title: letters, digits and dashes."""
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")[:80] or "session"


class ExportActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.canvas_menu = QMenu(self.tr("Export &Canvas"), window)
        self.session_menu = QMenu(self.tr("E&xport Session"), window)
        self.actions: dict[tuple[str, bool], QAction] = {}
        for name, _writer, _suffix, label in DRAWN_FORMATS:
            if name in CANVAS_FORMATS:
                self._add(self.canvas_menu, name, label, canvas_only=True)
            self._add(self.session_menu, name, label, canvas_only=False)
        self.face_down = face_down_option(window)
        self.face_down.add_to(self.canvas_menu)
        self.face_down.add_to(self.session_menu)

    def _add(self, menu: QMenu, name: str, label: str, canvas_only: bool) -> None:
        action = menu.addAction(QCoreApplication.translate("ExportFormats", label))
        action.setObjectName(f"export-{'canvas' if canvas_only else 'session'}-{name}")
        action.triggered.connect(lambda _checked=False: self.export(name, canvas_only))
        self.actions[(name, canvas_only)] = action

    def install(self, file_menu: QMenu, before: QAction) -> None:
        file_menu.insertMenu(before, self.canvas_menu)
        file_menu.insertMenu(before, self.session_menu)
        file_menu.insertSeparator(before)

    # -- one export ------------------------------------------------------------------

    def export(self, name: str, canvas_only: bool) -> Path | None:
        """Ask where (and, for PNG, how large), then write; errors are shown, never raised."""
        editor = self.window.editor
        if editor is None:
            self.window.statusBar().showMessage(self.tr("Open a session to export it."), 5000)
            return None
        canvas_id = self.window.tabs.current_canvas_id() if canvas_only else None
        if canvas_only and canvas_id is None:
            self.window.statusBar().showMessage(self.tr("This session has no canvas to export."), 5000)
            return None
        options: dict = {"canvas_id": canvas_id, **self.face_down.options()}
        if name == "png":
            shown = {self.tr(label): scale for label, scale in PNG_SCALES.items()}
            choice, ok = QInputDialog.getItem(self.window, self.tr("Export as PNG"), self.tr("Image size:"),
                                              list(shown), 1, False)
            if not ok:
                return None
            options["scale"] = shown.get(choice, PNG_SCALES.get(choice, 1.0))
        out = self._ask_path(name, canvas_id)
        if out is None:
            return None
        label = self.tr("Exporting {0}…").format(out.name)
        try:
            with ExportProgress(self.window, label) as progress:
                written = writer(name)(self.window.library.db, editor.doc.session_id, out,
                                       progress=progress, **options)
        except Cancelled:  # the atomic file was discarded: the target is as it was
            self.window.statusBar().showMessage(self.tr("Export cancelled; {0} was not written.").format(out.name),
                                                10_000)
            return None
        except Exception as exc:  # any failure: the target is untouched; say why
            self.window.show_error(self.tr("Could not export {0}: {1}").format(out.name, exc))
            return None
        QSettings().setValue("export/folder", str(out.parent))
        notes = " ".join(notes_of(written))
        said = self.tr("Exported {0}").format(out) + self.face_down.note(canvas_id)
        self.window.statusBar().showMessage(f"{said} {notes}".rstrip(), 15_000)
        return out

    def _ask_path(self, name: str, canvas_id: str | None) -> Path | None:
        suffix = next(s for n, _w, s, _l in DRAWN_FORMATS if n == name)
        doc = self.window.editor.doc
        title = doc.session.get("title", "session")
        if canvas_id is not None:
            title += f" {doc.get('canvases', canvas_id).name}"
        if name.startswith("report"):
            title += " report"
        elif name.startswith("roles"):
            title += " roles"
        folder = QSettings().value("export/folder", str(Path.home()))
        suggested = str(Path(folder) / f"{slug(title)}{suffix}")
        path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Export"), suggested, self.tr(FILTERS[suffix]))
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


def writer(name: str):
    """The export function of a drawn format, imported on first use."""
    target = next(w for n, w, _s, _l in DRAWN_FORMATS if n == name)
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def setup_export(window) -> ExportActions:
    """Add the export submenus to the window's File menu, above Quit."""
    actions = ExportActions(window)
    actions.install(window.file_menu, window.quit_action)
    return actions
