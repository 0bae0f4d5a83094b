"""Start the window on a library; tear everything down in order for a clean exit."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.library import DamagedLibraryError, LibraryError, open_library


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Meshwork")
    app.setOrganizationName("Meshwork")
    app.setApplicationDisplayName("Meshwork")
    return app


def run_window(path: Path, room: str | None = None) -> int:
    from widgets.main_window import MainWindow

    app = make_application()
    try:
        db = open_library(path)
    except DamagedLibraryError as exc:
        print(f"meshwork: {exc}", file=sys.stderr)
        from widgets.dialogs.damaged import recover

        chosen = recover(exc)  # the newest good backup or a salvage copy, as a new file
        if chosen is None:
            return 2
        return run_window(chosen, room)
    except LibraryError as exc:
        print(f"meshwork: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "Meshwork cannot open this library", str(exc))
        return 2
    window = MainWindow(db, str(path))
    window.show()
    if room is not None:
        start_room(window, room or None)
    quit_on_signals(app, window)
    status = app.exec()
    window.shutdown()
    # Delete the window while the application still exists, so no wrapper
    # outlives Qt at interpreter shutdown.
    shiboken6.delete(window)
    return status


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
