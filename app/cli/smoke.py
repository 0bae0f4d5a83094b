"""`meshwork smoke DIR`: the self-check a built bundle runs on itself (no Python
needed on the PATH): build the demo, export PNG, PDF and HTML (before the window takes the
library's lock), open the window offscreen, open the guide and the shortcuts,
switch Room join on at 127.0.0.1 and fetch its page, close the window.
One line per step; exit status 0 when every step passed, else 1."""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

STEP_TIMEOUT = 30.0  # seconds for the room's page to answer


def add_parsers(sub) -> None:
    smoke = sub.add_parser("smoke", help="check that this Meshwork works: demo, window, exports, Room join",
                           description="Writes a demo library and its exports into DIR (made if missing).")
    smoke.add_argument("folder", metavar="DIR", type=Path)
    smoke.set_defaults(run=cmd_smoke)


def cmd_smoke(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a check, not a window for anyone to see
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    library = folder / "smoke.meshwork"
    for stale in folder.glob("smoke.meshwork*"):
        stale.unlink()
    state: dict = {"library": library, "folder": folder}
    steps: list[tuple[str, Callable[[dict], str]]] = [
        ("demo", _demo), ("export", _exports), ("window", _window), ("help", _help), ("room", _room)]
    failed = 0
    for name, step in steps:
        try:
            print(f"ok {name}: {step(state)}", flush=True)
        except Exception:  # noqa: BLE001 - every step is tried and reported
            failed += 1
            print(f"FAILED {name}:\n{traceback.format_exc()}", flush=True)
    _close(state)
    print("smoke check passed" if not failed else f"smoke check failed: {failed} steps", flush=True)
    return 1 if failed else 0


def _demo(state: dict) -> str:
    from app import demo
    from storage import sessions
    from storage.library import open_library

    db = open_library(state["library"])
    try:
        series_id = demo.build_demo(db)
        state["session"] = sessions.in_series(db, series_id)[-1]
    finally:
        db.close()
    return f"{state['session']['title']} in {state['library']}"


def _window(state: dict) -> str:
    from PySide6.QtWidgets import QApplication

    from storage.library import open_library
    from widgets.app_main import make_application
    from widgets.main_window import MainWindow

    state["app"] = make_application()
    window = MainWindow(open_library(state["library"]), str(state["library"]))
    state["window"] = window
    window.show()
    QApplication.processEvents()
    if window.editor is None:
        raise AssertionError("the window did not reopen the demo's last session")
    return f"shown as “{window.windowTitle()}”, {window.width()}×{window.height()}"


def _exports(state: dict) -> str:
    from app.cli.common import load_drawn_exporters
    from app.io import registry
    from storage.library import open_library

    load_drawn_exporters()
    db = open_library(state["library"], read_only=True)
    written = []
    try:
        for name in ("png", "pdf", "html"):
            out = state["folder"] / f"smoke.{name}"
            for path in registry.EXPORTERS[name](db, state["session"]["id"], out):
                if Path(path).stat().st_size == 0:
                    raise AssertionError(f"{path} is empty")
                written.append(f"{Path(path).name} ({Path(path).stat().st_size // 1024} KB)")
    finally:
        db.close()
    return ", ".join(written)


def _help(state: dict) -> str:
    """The guide is shipped and opens offline with its pictures; the shortcuts list fills."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    window = state["window"]
    window.help.show_guide()
    window.help.show_shortcuts()
    QApplication.processEvents()
    guide = window.help.guide
    images = guide.images()
    missing = [f.name() for _p, _l, f in images
               if not guide.browser.document().resource(QTextDocument.ResourceType.ImageResource, f.name())]
    if not images or missing:
        raise AssertionError(f"the guide's pictures are missing: {missing or 'none shown'}")
    rows = window.help.shortcuts_view.rows()
    guide.close()
    window.help.shortcuts_view.close()
    return f"guide with {len(images)} pictures, {len(rows)} shortcuts listed"


def _room(state: dict) -> str:
    import http.client  # here, not at the top: it brings ssl, which every other command can do without
    import urllib.parse

    from PySide6.QtWidgets import QApplication

    window = state["window"]
    url = window.room_panel.switch_on("127.0.0.1")
    if url is None:
        raise AssertionError(window.room_panel.status.text())
    parts = urllib.parse.urlsplit(url)
    box: dict = {}

    def fetch() -> None:  # in a thread: the server answers from this thread's event loop
        try:
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=STEP_TIMEOUT)
            conn.request("GET", f"/?{parts.query}")
            response = conn.getresponse()
            box["status"], box["body"] = response.status, response.read()
            conn.close()
        except Exception as exc:  # noqa: BLE001 - reported by the step
            box["error"] = exc

    thread = threading.Thread(target=fetch, daemon=True)
    thread.start()
    deadline = time.monotonic() + STEP_TIMEOUT
    while thread.is_alive() and time.monotonic() < deadline:
        QApplication.processEvents()
        thread.join(0.01)
    window.room_panel.switch_off()
    if "error" in box:
        raise box["error"]
    if box.get("status") != 200 or b"<html" not in box.get("body", b"").lower():
        raise AssertionError(f"the join page answered {box.get('status')}")
    return f"{url.split('?')[0]} served its page ({len(box['body'])} bytes)"


def _close(state: dict) -> None:
    window = state.get("window")
    if window is None:
        return
    import shiboken6

    window.close()
    window.shutdown()
    shiboken6.delete(window)
    sys.stdout.flush()
