"""Keeping a window's library safe: a backup when it opens and every 30 minutes,
File > Check Library…, File > Restore from Backup…, the read-only banner, and the
count of edits kept in memory because their write failed (the editor retries them).

Backups and checks read the whole file, seconds on a library of years: they run
on a worker thread (widgets/background.py) so the window never freezes."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

import storage.library as library_file
from app import check, read_only
from storage import backup
from storage.errors import DamagedLibraryError
from storage.library import allow_edits, edits_held, hold_edits, read_only_reason
from widgets.background import Background

BACKUP_INTERVAL_MS = 30 * 60 * 1000
READ_ONLY_MARK = QCoreApplication.translate("safety", " [read-only]")


class Safety(QObject):
    backed_up = Signal(object)  # the Backup just taken
    checked = Signal(int, str)  # `meshwork check`'s exit status and report, once a check is done
    open_checked = Signal(bool)  # the check of a large library after the window was shown: passed?
    recovered = Signal(object)  # a damaged library: the copy chosen in the dialog to open instead, or None

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        library = window.library
        self.path = Path(library.path) if library.path else None
        # A large library is checked whole after the window is shown (storage.library.
        # CHECK_AFTER_OPEN_BYTES); its edits are held until then.
        self.checking = bool(getattr(library.db, "unchecked", False)) and self.path is not None
        self.damaged: DamagedLibraryError | None = None
        self.damaged_dialog = None
        notice = None if edits_held(library.db) else read_only.notice(library.db)
        self.read_only = notice.said() if notice is not None else None
        self.last_backup: backup.Backup | None = None
        self._editor = None
        self.background = Background(self)
        self.check_box: QMessageBox | None = None

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(lambda: self.backup_now("auto"))

        self.restore_action = QAction(self.tr("Restore from &Backup…"), window)
        self.restore_action.setStatusTip(self.tr("Copy one of this library's backups to a new library file"))
        self.restore_action.triggered.connect(self.open_restore_dialog)
        self.check_action = QAction("Chec&k Library…", window)
        self.check_action.setStatusTip("Look the library file over for damage and broken rows; changes nothing")
        self.check_action.triggered.connect(self.check_now)
        self.window.add_to_file_menu(self.restore_action, self.check_action)

        self.pending_label = QLabel("", window)
        self.pending_label.setAccessibleName(self.tr("Edits not saved yet"))
        self.pending_label.setStyleSheet("color: #B00020; font-weight: bold")
        self.pending_label.hide()
        window.statusBar().addPermanentWidget(self.pending_label)

        self.banner: QLabel | None = None
        if self.read_only:
            self._show_read_only()
        window.session_changed.connect(self._follow_editor)
        self._follow_editor()

        if self.checking:
            self.checking_label = QLabel(self.tr("  Checking the library…  "), window)
            self.checking_label.setAccessibleName(self.tr("Library check under way"))
            self.checking_label.setStyleSheet("background: #BBDEFB; color: black")
            window.statusBar().addPermanentWidget(self.checking_label)
            self._check_on_open()
        elif self.can_back_up():
            self._start_backups()

    def _start_backups(self) -> None:
        self.backup_timer.start()
        QTimer.singleShot(0, self, lambda: self.backup_now("open"))

    # -- the check of a large library, after the window is shown ----------------------------

    def _check_on_open(self) -> None:
        db = self.window.library.db
        if not read_only_reason(db) or edits_held(db):  # in the person's language
            hold_edits(db, self.tr("The library file is still being checked for damage (a large file takes a few "
                                   "seconds); edits can be made once it has passed."))
        self.window.statusBar().showMessage(self.tr("Checking the library file for damage; edits wait until it "
                                                    "has passed…"))
        path = self.path
        # Started once the window is up: the check reads the whole file, and a worker reading
        # while the window is first shown only slows both.
        QTimer.singleShot(0, self, lambda: self.background.run(
            "open-check", lambda: library_file.check_now(path), self._open_check_passed, self._open_check_failed))

    def _open_check_passed(self, _result) -> None:
        self.checking = False
        self.checking_label.hide()
        allow_edits(self.window.library.db)
        self.window.statusBar().showMessage(self.tr("The library file was checked: no damage found."), 8000)
        if self.can_back_up():
            self._start_backups()
        self.open_checked.emit(True)

    def _open_check_failed(self, exc: BaseException) -> None:
        self.checking = False
        self.checking_label.hide()
        db = self.window.library.db
        if not isinstance(exc, DamagedLibraryError):  # it could not run: edits stay held, and it says why
            message = self.tr("The library file could not be checked ({0}); edits are not saved.").format(exc)
            hold_edits(db, message)
            self.window.show_error(message)
            self.open_checked.emit(False)
            return
        self.damaged = exc
        hold_edits(db, self.tr("The library file is damaged; nothing more is written to it."))
        self.window.statusBar().showMessage(self.tr("The library file is damaged; nothing was written to it."))
        self.open_checked.emit(False)
        from widgets.dialogs.damaged import DamagedDialog

        # open(), not exec(): the window behind keeps painting while the person decides.
        self.damaged_dialog = dialog = DamagedDialog(exc, self.window)
        dialog.finished.connect(lambda _code: self.recovered.emit(dialog.chosen))
        dialog.open()

    # -- backups ----------------------------------------------------------------------

    def can_back_up(self) -> bool:
        # Not while the file is unchecked or found damaged: the rotation could drop a good backup for it.
        return (self.path is not None and not self.read_only and not self.checking and self.damaged is None
                and self.path.is_file())

    def backup_now(self, reason: str = "manual") -> bool:
        """Start a backup on the worker thread; ``backed_up`` says when it is taken.
        False if none can be taken here, or one is already under way."""
        if not self.can_back_up():
            return False
        path = self.path

        def take() -> backup.Backup:
            taken = backup.take(path, reason)
            backup.rotate(path)
            return taken

        return self.background.run("backup", take, self._backed_up, self._backup_failed) is not None

    def _backed_up(self, taken: backup.Backup) -> None:
        self.last_backup = taken
        self.backed_up.emit(taken)

    def _backup_failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(self.tr("Backup failed: {exc}").format(exc=exc), 15_000)

    # -- checking -------------------------------------------------------------------------

    def check_now(self) -> bool:
        """`meshwork check` on the worker thread; its report is shown when done."""
        if self.path is None:
            return False
        path = self.path
        started = self.background.run("check", lambda: check.run(path), self._checked, self._check_failed)
        if started is not None:
            self.window.statusBar().showMessage(self.tr("Checking the library…"))
        return started is not None

    def _checked(self, outcome: tuple[int, str]) -> None:
        status, report = outcome
        self.window.statusBar().clearMessage()
        verdict = {check.EXIT_HEALTHY: self.tr("The library is healthy."),
                   check.EXIT_PROBLEMS: self.tr("The check found problems (nothing was changed).")}.get(
            status, self.tr("The library file cannot be used (nothing was changed)."))
        self._show_check(QMessageBox.Icon.Information if status == check.EXIT_HEALTHY
                         else QMessageBox.Icon.Warning, verdict, report)
        self.checked.emit(status, report)

    def _check_failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        self._show_check(QMessageBox.Icon.Warning, self.tr("The check could not run: {exc}").format(exc=exc), "")
        self.checked.emit(check.EXIT_UNREADABLE, str(exc))

    def _show_check(self, icon: QMessageBox.Icon, verdict: str, report: str) -> None:
        # open(), not exec(): the report waits for the facilitator without blocking the room.
        if self.check_box is not None:
            self.check_box.deleteLater()
        box = QMessageBox(icon, self.tr("Check Library"), verdict, QMessageBox.StandardButton.Ok, self.window)
        box.setDetailedText(report)
        box.setAccessibleName(self.tr("Library check result"))
        self.check_box = box
        box.open()

    def shutdown(self) -> None:
        self.backup_timer.stop()
        self.background.shutdown()

    def open_restore_dialog(self) -> Path | None:
        from widgets.dialogs.restore import RestoreDialog

        if self.path is None:
            return None
        dialog = RestoreDialog(self.path, self.window)
        dialog.exec()
        restored = dialog.restored
        dialog.deleteLater()
        if restored is not None:
            self.offer_to_open(restored)
        return restored

    def offer_to_open(self, restored: Path) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Backup restored"),
            self.tr(
                "The backup was restored to\n{restored}\n\nThis library was not changed. Open the restored copy in a "
                "new window?"
            ).format(restored=restored),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QProcess.startDetached(sys.executable, ["-m", "app", "--library", str(restored)])

    # -- read-only view -----------------------------------------------------------------

    def _show_read_only(self) -> None:
        self.banner = QLabel(self.tr("  Read-only  "), self.window)
        self.banner.setAccessibleName(self.tr("Read-only library"))
        self.banner.setToolTip(self.read_only)
        self.banner.setStyleSheet("background: #FFD54F; color: black; font-weight: bold")
        self.window.statusBar().insertPermanentWidget(0, self.banner)
        self.window.statusBar().showMessage(self.read_only)
        self.window.windowTitleChanged.connect(self._mark_title)
        self._mark_title(self.window.windowTitle())

    def _mark_title(self, title: str) -> None:
        # Before " — Meshwork": Qt adds the application's name to a title that does not
        # end with it, which made "… — Meshwork [read-only] — Meshwork".
        if READ_ONLY_MARK in title:
            return
        head, sep, app_name = title.rpartition(" — ")
        marked = (
            f"{head}{READ_ONLY_MARK}{sep}{app_name}"
            if sep
            else self.tr("{title}{READ_ONLY_MARK} — Meshwork").format(title=title, READ_ONLY_MARK=READ_ONLY_MARK)
        )
        self.window.setWindowTitle(marked)

    # -- edits kept in memory -------------------------------------------------------------

    def _follow_editor(self, *_args) -> None:
        editor = getattr(self.window, "editor", None)
        if editor is None or editor is self._editor:
            return
        self._editor = editor
        editor.pending_changed.connect(self._pending_changed)

    def may_close(self) -> bool:
        """Before the window closes: edits still kept in memory are tried once more, and
        if they still cannot be written, the facilitator decides whether to lose them."""
        editor = self._editor
        if editor is None or not editor.pending_count() or not editor.retry_pending():
            return True
        count = editor.pending_count()
        noun = self.tr("1 edit is") if count == 1 else self.tr("{0} edits are").format(count)
        answer = QMessageBox.question(
            self.window,
            self.tr("Edits not saved"),
            self.tr(
                "{0} not saved yet: {1}.\n\nQuit anyway and lose them? Choose No to keep "
                "Meshwork open while you free some space or fix the folder; they are retried "
                "every few seconds."
            ).format(noun, editor.last_error_text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _pending_changed(self, count: int) -> None:
        if count:
            noun = "edit" if count == 1 else "edits"
            self.pending_label.setText(self.tr("{count} {noun} not saved yet, retrying").format(count=count, noun=noun))
            self.pending_label.show()
        else:
            self.pending_label.hide()
            self.window.statusBar().showMessage(self.tr("The kept edits are saved now"), 10_000)
