"""The demo series open in a real main window at 1280 x 800, offscreen, with
throwaway settings: where the documentation's pictures start from."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def open_demo_window():
    """(application, window, the demo's latest session row), the window showing it."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("MeshworkDocs")
    app.setApplicationName("MeshworkDocs")
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # the user's settings stay untouched
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings().clear()

    from app import demo
    from storage import sessions
    from storage.library import open_library
    from widgets.main_window import MainWindow

    db = open_library(tmp / "demo.db")
    latest = sessions.in_series(db, demo.build_demo(db))[-1]
    window = MainWindow(db, str(tmp / "demo.db"))
    window.resize(1280, 800)
    window.show()
    window.open_session(latest["id"])
    return app, window, latest
