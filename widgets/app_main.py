"""Start the window on a library; tear everything down in order for a clean exit."""

from __future__ import annotations

import signal
import sqlite3
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.desktop import APP_ID, source_folder
from storage.library import (
    CHECK_AFTER_OPEN_BYTES,
    DamagedLibraryError,
    LibraryError,
    check_now,
    checked_on_open,
    open_library,
)


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Meshwork")
    app.setOrganizationName("Meshwork")
    app.setApplicationDisplayName("Meshwork")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland and the taskbar match the window to its launcher entry
    app.setWindowIcon(app_icon())
    if not _translated:  # before any window is built: View > Language, else the system's language
        from app import i18n

        _translated.append(i18n.install())
        i18n.follow_locale(app)
    return app


_translated: list[str] = []  # the language installed, once per process


def app_icon() -> QIcon:
    """The launcher's icon (resources/desktop/), so window and taskbar show the same."""
    return QIcon(str(source_folder() / f"{APP_ID}.svg"))


def run_window(path: Path, room: str | None = None, session_id: str | None = None) -> int:
    app = make_application()
    window = open_window(path, room, session_id)
    if isinstance(window, int):
        return window
    quit_on_signals(app, window)
    status = app.exec()
    for each in opened:  # with any opened on a recovered copy of a damaged library
        if shiboken6.isValid(each):
            each.shutdown()
            # Delete the window while the application still exists, so no wrapper
            # outlives Qt at interpreter shutdown.
            shiboken6.delete(each)
    opened.clear()
    return status


opened: list = []  # the windows open_window made, shut down by run_window


def open_window(path: Path, room: str | None = None, session_id: str | None = None,
                check_limit: int = CHECK_AFTER_OPEN_BYTES):
    """The window shown on the library (on ``session_id`` if given), or an exit status.

    A library larger than ``check_limit`` bytes is shown before it is checked whole: the
    window checks it on a worker, holding edits until it passes; if it is damaged, the
    recovery dialog offers a copy, and that copy opens in a new window."""
    from widgets.main_window import MainWindow

    try:
        db = open_library(path, whole_check=checked_on_open(path, check_limit))
    except DamagedLibraryError as exc:
        return _recover_at_start(exc, room, session_id, check_limit)
    except LibraryError as exc:
        print(f"meshwork: {exc}", file=sys.stderr)
        QMessageBox.critical(
            None, QCoreApplication.translate("app_main", "Meshwork cannot open this library"), str(exc)
        )
        return 2
    try:
        window = MainWindow(db, str(path))
    except sqlite3.DatabaseError:
        if not db.unchecked:
            raise
        db.close()  # a damaged page, met before the check after opening could run: check now
        try:
            check_now(path)
        except DamagedLibraryError as exc:
            return _recover_at_start(exc, room, session_id, check_limit)
        raise
    opened.append(window)
    window.safety.recovered.connect(lambda chosen: _recovered(window, chosen, room, session_id, check_limit))
    window.show()
    if session_id is not None:
        window.open_session(session_id)
    if room is not None:
        start_room(window, room or None)
    return window


def _recover_at_start(exc: DamagedLibraryError, room, session_id, check_limit: int):
    print(f"meshwork: {exc}", file=sys.stderr)
    from widgets.dialogs.damaged import recover

    chosen = recover(exc)  # the newest good backup or a salvage copy, as a new file
    if chosen is None:
        return 2
    return open_window(chosen, room, session_id, check_limit)


def _recovered(window, chosen: Path | None, room, session_id, check_limit: int) -> None:
    """The check after opening found the library damaged: open the copy the person chose
    in a new window (or quit with status 2, as at start-up), and close this one."""
    if chosen is None:
        QApplication.exit(2)
    else:
        replacement = open_window(chosen, room, session_id, check_limit)
        if isinstance(replacement, int):
            QApplication.exit(replacement)
    window.close()


def show_refusal(message: str) -> None:
    """A file the window was asked to open cannot be: say so where a person sees it."""
    make_application()
    QMessageBox.critical(None, QApplication.translate("app_main", "Meshwork cannot open this file"), message)


def start_room(window, address: str | None) -> None:
    """``--room``: Room join on for the reopened session; the join URL on stdout."""
    url = window.room_panel.switch_on(address)
    if url is None:
        print(f"meshwork: Room join did not start: {window.room_panel.status.text()}", file=sys.stderr)
        return
    window.room_dock.show()
    print(url, flush=True)


def quit_on_signals(app: QApplication, window) -> None:
    """Ctrl+C in the terminal or a polite kill closes the window as if by the user,
    so the exit is as clean as choosing Quit. Qt's loop runs in C++, so a short timer
    gives Python a moment to notice the signal."""

    def close(*_args) -> None:
        window.close()
        app.quit()

    signal.signal(signal.SIGINT, close)
    signal.signal(signal.SIGTERM, close)
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(200)
