"""The dialog shown when a library fails its check on open: it says what is
wrong and offers the newest good backup or a salvage copy, each as a new file
beside the damaged one (which is never written to)."""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage import backup, integrity
from storage.library import DamagedLibraryError, LibraryError
from widgets.locale_text import date_time_text


class DamagedDialog(QDialog):
    def __init__(self, error: DamagedLibraryError, parent: QWidget | None = None):
        super().__init__(parent)
        self.error = error
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("This library is damaged"))
        text = self.tr(
            "<h3>Meshwork cannot open this library safely</h3><p><b>{0}</b> {1}.</p><p>The file has not been "
            "changed. You can open a copy instead:</p><ul>"
        ).format(html.escape(str(error.path)), html.escape(error.problem))
        if error.backup is not None:
            when = date_time_text(error.backup.backup.taken_at)
            text += self.tr(
                "<li><b>the newest good backup</b>, from {when} ({0}): edits made after it are not in it;</li>"
            ).format(html.escape(error.backup.summary()), when=when)
        text += self.tr(
            "<li><b>a salvage copy</b>: everything that can still be read from the damaged file, which may have "
            "gaps.</li></ul><p>Either is written as a new file beside the damaged one.</p>"
        )
        label = QLabel(text, self)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.backup_button = QPushButton(self.tr("Open the Newest Backup"), self)
        self.backup_button.setVisible(error.backup is not None)
        self.salvage_button = QPushButton(self.tr("Open a Salvage Copy"), self)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.salvage_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.backup_button.clicked.connect(self.use_backup)
        self.salvage_button.clicked.connect(self.use_salvage)
        self.quit_button.clicked.connect(self.reject)
        (self.backup_button if error.backup is not None else self.salvage_button).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)

    def use_backup(self) -> None:
        if self.error.backup is None:
            return
        try:
            self.chosen = backup.restore_copy(self.error.backup.backup, self.error.path)
        except (OSError, sqlite3.Error) as exc:
            QMessageBox.warning(
                self, self.tr("Meshwork"), self.tr("Could not restore the backup: {exc}").format(exc=exc)
            )
            return
        self.accept()

    def use_salvage(self) -> None:
        try:
            self.chosen = integrity.salvage(self.error.path).path
        except (OSError, sqlite3.Error, LibraryError) as exc:
            QMessageBox.warning(
                self, self.tr("Meshwork"), self.tr("Could not make a salvage copy: {exc}").format(exc=exc)
            )
            return
        self.accept()


def recover(error: DamagedLibraryError, parent: QWidget | None = None) -> Path | None:
    """Ask; return the new library file to open, or None to quit."""
    dialog = DamagedDialog(error, parent)
    dialog.exec()
    return dialog.chosen
