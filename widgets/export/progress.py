"""Progress of a drawn export, and the person's way to stop it.

An exporter takes ``progress=`` (a ``Progress``), calls ``begin(steps)`` and then
``step()`` as it goes; ``step`` raises ``Cancelled`` once the person asked to stop,
and the export's atomic file is discarded on the way out. The command line passes
none (``Progress()``, which shows nothing); the window passes an ``ExportProgress``:
a dialog that appears only when the export has run for a while."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

# An export quicker than this never shows the dialog (tests set it to 0).
MINIMUM_DURATION_MS = 1000


class Cancelled(Exception):
    """The person cancelled the export; nothing was written."""


class Progress:
    """Progress that shows nothing and is never cancelled."""

    def begin(self, steps: int) -> None:
        pass

    def step(self, count: int = 1) -> None:
        pass


class ExportProgress(Progress):
    """A window-modal progress dialog with a Cancel button, shown once the export has
    taken MINIMUM_DURATION_MS; while it shows, events are handled between steps, so
    the window repaints and Cancel (or Escape) is heard. It owns the wait cursor too:
    a busy cursor until the dialog appears, an ordinary one to press Cancel with."""

    def __init__(self, parent, label: str):
        self.dialog = QProgressDialog(label, QCoreApplication.translate("ExportProgress", "Cancel"), 0, 1, parent)
        self.dialog.setObjectName("export-progress")
        self.dialog.setWindowTitle(QCoreApplication.translate("ExportProgress", "Exporting"))
        self.dialog.setAccessibleName(QCoreApplication.translate("ExportProgress", "Export progress"))
        self.dialog.setAccessibleDescription(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(MINIMUM_DURATION_MS)
        self.dialog.rejected.connect(self.dialog.cancel)  # Escape only hides a progress dialog
        self.done = 0
        self.busy = False

    def __enter__(self) -> ExportProgress:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.busy = True
        return self

    def __exit__(self, *_exc) -> None:
        self._idle()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _idle(self) -> None:
        if self.busy:
            QApplication.restoreOverrideCursor()
            self.busy = False

    def begin(self, steps: int) -> None:
        self.done = 0
        self.dialog.setRange(0, max(1, steps))
        self.dialog.setValue(0)  # starts the dialog's clock

    def step(self, count: int = 1) -> None:
        self.done = min(self.done + count, self.dialog.maximum())
        self.dialog.setValue(self.done)  # shows the dialog when due; handles events once it shows
        if self.dialog.isVisible():
            self._idle()
            QApplication.processEvents()
        if self.dialog.wasCanceled():
            raise Cancelled(QCoreApplication.translate("ExportProgress", "Export cancelled."))
