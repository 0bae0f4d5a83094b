"""File > Restore from Backup…: the library's backups with their date and what
they hold; the chosen one is copied to a new library file beside the current
one (the current library is never overwritten)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage import backup
from widgets.locale_text import date_time_text

REASON_TEXT = {
    "open": QCoreApplication.translate("restore", "when opened"),
    "auto": QCoreApplication.translate("restore", "every 30 minutes"),
    "migration": QCoreApplication.translate("restore", "before an upgrade"),
    "manual": QCoreApplication.translate("restore", "by hand"),
}


class RestoreDialog(QDialog):
    def __init__(self, library: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = Path(library)
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(640, 380)
        intro = QLabel(
            self.tr(
                "Backups of <b>{name}</b>, newest first. Restoring copies the backup to a new library file beside "
                "this one; this library stays as it is."
            ).format(name=self.library.name),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Contents")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Backups"))
        self.infos = [backup.describe(b) for b in backup.list_backups(self.library)]
        for info in self.infos:
            taken = date_time_text(info.backup.taken_at)
            item = QTreeWidgetItem([taken, REASON_TEXT.get(info.backup.reason, info.backup.reason), info.summary()])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            if not info.ok:
                item.setDisabled(True)
            self.list.addTopLevelItem(item)
        for column in range(2):
            self.list.resizeColumnToContents(column)
        self.empty = QLabel(self.tr("There are no backups of this library yet."), self)
        self.empty.setVisible(not self.infos)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("Restore as New Library"), self)
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        good = next((i for i, info in enumerate(self.infos) if info.ok), None)
        if good is not None:
            self.list.setCurrentItem(self.list.topLevelItem(good))
        self._selection_changed()

    def selected(self) -> backup.BackupInfo | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        info = self.infos[self.list.indexOfTopLevelItem(item)]
        return info if info.ok else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            self.restored = backup.restore_copy(info.backup, self.library)
        except (OSError, sqlite3.Error) as exc:
            QMessageBox.warning(
                self, self.tr("Restore from Backup"), self.tr("Could not restore this backup: {exc}").format(exc=exc)
            )
            return
        self.accept()
