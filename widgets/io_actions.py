"""File > Import… and File > Export Session Data: the data formats of app/io
(JSON, CSV, GraphML, Excalidraw, Markdown, XLSX, and the series as GEXF).

Imports run headless (app.io.importing, one transaction each) and are pushed
on the library's undo stack; a refused file is shown with what is wrong and
where, and the library stays as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox

from app.io import importing, registry
from app.io.common import slug
from app.io.errors import ImportRefused
from app.io.undo import ImportCommand
from storage import imports
from widgets.export.options import face_down_option

DATA_FORMATS = ["json", "csv", "graphml", "excalidraw", "md", "xlsx"]
FILTERS = {".json": QT_TRANSLATE_NOOP("io_actions", "Session (*.json)"), ".csv": "CSV (*.csv)",
           ".graphml": "GraphML (*.graphml)", ".excalidraw": "Excalidraw (*.excalidraw)", ".md": "Markdown (*.md)",
           ".xlsx": QT_TRANSLATE_NOOP("io_actions", "Excel workbook (*.xlsx)"),
           ".gexf": QT_TRANSLATE_NOOP("io_actions", "GEXF graph (*.gexf)")}  # translated when asked


class IoActions(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setStatusTip(
            self.tr("Import a session (.json), cards (.csv) or the sessions of another library")
        )
        self.import_action.triggered.connect(lambda _checked=False: self.import_file())
        self.export_menu = QMenu(self.tr("Export Session &Data"), window)
        self.actions: dict[str, QAction] = {}
        for name in DATA_FORMATS:
            exporter = registry.EXPORTERS[name]
            action = self.export_menu.addAction(QCoreApplication.translate("ExportFormats", exporter.label))
            action.setObjectName(f"export-data-{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.export(n))
            self.actions[name] = action
        self.export_menu.addSeparator()
        gexf = registry.SERIES_EXPORTERS["gexf"]
        self.series_action = self.export_menu.addAction(QCoreApplication.translate("ExportFormats", gexf.label))
        self.series_action.setObjectName("export-series-gexf")
        self.series_action.triggered.connect(lambda _checked=False: self.export_series("gexf"))
        self.face_down = face_down_option(window)
        self.face_down.add_to(self.export_menu)
        self.export_menu.aboutToShow.connect(self._enable)
        window.add_to_file_menu(self.import_action, self.export_menu)

    def _enable(self) -> None:
        session = self._session()
        for action in self.actions.values():
            action.setEnabled(session is not None)
        self.series_action.setEnabled(bool(session and session.get("series_id")))

    def _session(self) -> dict | None:
        editor = self.window.editor
        return editor.doc.session if editor is not None else None

    # -- export -----------------------------------------------------------------------

    def _ask_save(self, title: str, name: str, suffix: str) -> Path | None:
        folder = QSettings().value("io/export_folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(Path(folder) / f"{name}{suffix}"),
            self.tr("{0};;All files (*)").format(QCoreApplication.translate("io_actions", FILTERS.get(suffix, ""))),
        )
        if not path:
            return None
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(suffix)
        QSettings().setValue("io/export_folder", str(path.parent))
        return path

    def export(self, name: str, out: Path | None = None) -> list[Path]:
        """Export the open session; returns the files written (none if cancelled or failed)."""
        session = self._session()
        if session is None:
            self.window.statusBar().showMessage(self.tr("Open a session to export it."), 5000)
            return []
        exporter = registry.EXPORTERS[name]
        label = QCoreApplication.translate("ExportFormats", exporter.label).rstrip("… ")
        out = out or self._ask_save(self.tr("Export {0}").format(label), slug(session["title"]), exporter.suffix)
        if out is None:
            return []
        note = self.face_down.note(keeps=exporter.keeps_face_down)
        return self._write(
            lambda: exporter(self.window.library.db, session["id"], out, **self.face_down.options()), note
        )

    def export_series(self, name: str, out: Path | None = None) -> list[Path]:
        session = self._session()
        if session is None or not session.get("series_id"):
            self.window.statusBar().showMessage(self.tr("Open a session of a series to export the series."), 5000)
            return []
        exporter = registry.SERIES_EXPORTERS[name]
        out = out or self._ask_save(self.tr("Export Series"), slug(session["title"]) + "-series", exporter.suffix)
        if out is None:
            return []
        return self._write(
            lambda: exporter(self.window.library.db, session["series_id"], out, **self.face_down.options())
        )

    def _write(self, run, note: str = "") -> list[Path]:
        try:
            written = run()
        except (OSError, ValueError, sqlite3.Error) as exc:
            self.window.show_error(self.tr("The export was not written: {exc}").format(exc=exc))
            return []
        self.window.statusBar().showMessage(self.tr("Exported ") + ", ".join(p.name for p in written) + note, 8000)
        return written

    # -- import -----------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> list[str]:
        """Ask for a file (unless given), import it; returns the new session ids."""
        if path is None:
            folder = QSettings().value("io/import_folder", str(Path.home()))
            chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import"), str(folder), importing.FILE_FILTER)
            if not chosen:
                return []
            path = Path(chosen)
            QSettings().setValue("io/import_folder", str(path.parent))
        db = self.window.library.db
        try:
            kind = importing.kind_of(path)
            options: dict = {}
            if kind == "csv":
                options = self._csv_options(path)
                if options is None:
                    return []
            series_before = imports.series_ids(db)
            try:
                result = importing.import_path(db, path, **options)
            except ImportRefused as exc:
                if kind != "json" or exc.in_window is None or not self._ask_copy():
                    raise
                result = importing.import_path(db, path, new_ids=True)
        except ImportRefused as exc:
            self.window.show_error(exc.said(window=True))
            return []
        library = self.window.library
        library.stack.push(
            ImportCommand(
                db,
                self.tr("Import {name}").format(name=path.name),
                result.session_ids,
                imports.series_ids(db) - series_before,
                library.changed.emit,
            )
        )
        library.changed.emit()
        self.window.statusBar().showMessage(result.message, 10_000)
        if result.session_ids and result.kind != "library":
            self.window.open_session(result.session_ids[0])
        return result.session_ids

    def _ask_copy(self) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Import"),
            self.tr(
                "This session is already in the library. Import a copy with new ids? (Its cards keep their lineage, "
                "so the copy still compares with the original.)"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _csv_options(self, path: Path) -> dict | None:
        from app.io.csv_io import read_table
        from widgets.dialogs.csv_mapping import CsvMappingDialog

        table = read_table(path)
        dialog = CsvMappingDialog(table, self.window)
        accepted = self.run_dialog(dialog)
        options = {"mapping": dialog.mapping(), "title": dialog.title()} if accepted else None
        dialog.deleteLater()
        session = self._session()
        if options is not None and session and session.get("series_id"):
            options["series_id"] = session["series_id"]  # beside the session that is open
        return options

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog modally (tests replace this to drive the dialog)."""
        return dialog.exec() == QDialog.DialogCode.Accepted


def setup_io(window: QMainWindow) -> IoActions:
    return IoActions(window)
