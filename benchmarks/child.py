"""Jobs run in a fresh process, for start-up time and peak memory:

    python -m benchmarks.child window LIBRARY       main window shown on a library
    python -m benchmarks.child bare-window          a bare QMainWindow shown
    python -m benchmarks.child window-session LIBRARY   the same as the `meshwork` command does it,
                                                    saying how many cards the reopened session has
    python -m benchmarks.child rss LIBRARY SESSION CANVAS       peak MB, session open in its view
    python -m benchmarks.child bare-rss LIBRARY SESSION CANVAS  peak MB, QApplication + sqlite3 rows

Each prints one line, ``shown``, ``shown <cards>`` or ``rss <MB>``, as soon as it has its answer."""

from __future__ import annotations

import resource
import sys

from benchmarks import qtenv


def peak_mb() -> float:
    """Peak resident memory of this process (VmHWM; ru_maxrss where there is no /proc)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _say(text: str) -> None:
    print(text, flush=True)


def window(path: str) -> None:
    from widgets.app_main import make_application

    app = make_application()
    from storage.library import open_library
    from widgets.main_window import MainWindow

    win = MainWindow(open_library(path), path)
    win.show()
    app.processEvents()
    win.repaint()
    _say("shown")
    win.shutdown()


def window_session(path: str) -> None:
    """The way the ``meshwork`` command opens the window (its parser imported and run
    first), then how many cards the reopened session has, so the parent knows the
    figure timed a window with its session open, not an empty one."""
    from pathlib import Path

    from app.cli.parser import build_parser

    build_parser().parse_args(["--library", path])
    from widgets.app_main import make_application, open_window

    app = make_application()
    win = open_window(Path(path))
    app.processEvents()
    win.repaint()
    _say(f"shown {len(win.editor.doc.records['cards']) if win.editor is not None else 0}")
    win.shutdown()


def bare_window() -> None:
    app = qtenv.application()
    from PySide6.QtWidgets import QMainWindow

    win = QMainWindow()
    win.resize(1280, 800)
    win.setWindowTitle("Meshwork")
    win.show()
    app.processEvents()
    win.repaint()
    _say("shown")


def rss(path: str, session_id: str, canvas_id: str) -> None:
    qtenv.application()
    from app.document import SessionDocument
    from app.editor import Editor
    from storage.library import open_library
    from widgets.canvas.view import CanvasView

    db = open_library(path)
    view = CanvasView(Editor(SessionDocument(db, session_id)), canvas_id)
    view.resize(1280, 800)
    view.show()
    view.grab()
    _say(f"rss {peak_mb():.1f}")
    view.shutdown()
    db.close()


def bare_rss(path: str, _session_id: str, canvas_id: str) -> None:
    qtenv.application()
    from benchmarks import baseline

    rows = baseline.read_canvas(path, canvas_id)
    _say(f"rss {peak_mb():.1f}")
    del rows


JOBS = {"window": window, "window-session": window_session, "bare-window": bare_window,
        "rss": rss, "bare-rss": bare_rss}

if __name__ == "__main__":
    JOBS[sys.argv[1]](*sys.argv[2:])
