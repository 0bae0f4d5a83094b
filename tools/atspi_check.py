"""End-to-end screen-reader check (issue 21): the real window, under Xvfb, on a
private D-Bus session with the AT-SPI bus, read the way Orca reads it.

Runs tools/atspi_app.py (one workshop step played by timers) with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, listens to the bus's events and reads the
accessible tree, then checks: the canvas is there with the canvas role and its
canvas's name; each card is a child of the canvas; the countdown label's name is its text
and changes as it runs;
the step's start, the arriving card, the followed link and the vote are
announced; the Start/Pause button's name says what it will do.

Needs Debian's xvfb, at-spi2-core and python3-pyatspi, and runs with the
system python3 (where pyatspi lives); the app runs with $MESHWORK_PYTHON (the
project's venv). Without the packages it says what is missing and exits 0
(skipped) unless MESHWORK_ATSPI_REQUIRED=1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
RUN_SECONDS = 30


def missing() -> list[str]:
    gone = []
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        gone.append("python3-pyatspi")
    if not Path(LAUNCHER).exists():
        gone.append("at-spi2-core")
    if shutil.which("xvfb-run") is None:
        gone.append("xvfb")
    if shutil.which("dbus-run-session") is None:
        gone.append("dbus")
    return gone


def outer() -> int:
    gone = missing()
    if gone:
        print(f"SKIPPED: the AT-SPI check needs {', '.join(gone)} (apt-get install {' '.join(gone)})")
        return 1 if os.environ.get("MESHWORK_ATSPI_REQUIRED") == "1" else 0
    env = dict(os.environ, MESHWORK_ATSPI_INNER="1")
    # A private session bus and display: nothing of the user's desktop is touched.
    command = ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
               sys.executable, __file__]
    return subprocess.call(command, env=env, timeout=RUN_SECONDS + 60)


def inner() -> int:
    import pyatspi
    from gi.repository import GLib

    bus = subprocess.Popen([LAUNCHER, "--launch-immediately"])
    time.sleep(1.0)
    events: list[tuple[str, str, str]] = []  # (type, source role, text)

    def heard(event) -> None:
        try:
            role = event.source.getRoleName() if event.source else ""
        except Exception:  # noqa: BLE001 - a source gone by the time we ask
            role = ""
        text = event.any_data if isinstance(event.any_data, str) else ""
        events.append((event.type, role, text))

    kinds = ["object:announcement", "object:property-change:accessible-name",
             "object:property-change:accessible-description", "focus:", "object:state-changed:focused"]
    for kind in kinds:
        pyatspi.Registry.registerEventListener(heard, kind)
    python = os.environ.get("MESHWORK_PYTHON", str(ROOT / ".venv" / "bin" / "python"))
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               QT_ACCESSIBILITY="1", PYTHONPATH=str(ROOT))
    app = subprocess.Popen([python, str(ROOT / "tools" / "atspi_app.py")], env=env)
    seen: dict[str, object] = {}

    def read_tree() -> bool:
        seen["tree"] = tree_of_app()
        return False

    def read_again() -> bool:  # after a card was deleted: its child is gone, nothing breaks
        seen["after"] = tree_of_app()
        return False

    def finish() -> bool:
        if app.poll() is not None or time.monotonic() > deadline:
            pyatspi.Registry.stop()
            return False
        return True

    deadline = time.monotonic() + RUN_SECONDS
    GLib.timeout_add(10_000, read_tree)  # the step is running and the card in by then
    GLib.timeout_add(17_800, read_again)
    GLib.timeout_add(250, finish)
    pyatspi.Registry.start()
    if app.poll() is None:
        app.kill()
    bus.terminate()
    seen["exit"] = app.wait()
    gone = not any("check the policy" in name for _role, name in seen.get("after") or [("", "check the policy")])
    return report(seen.get("tree") or [], events, seen["exit"] if gone else -1)


def tree_of_app() -> list[tuple[str, str]]:
    """(role, name) of every node of the Meshwork window."""
    import pyatspi

    found: list[tuple[str, str]] = []
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        application = desktop.getChildAtIndex(index)
        if application is None:
            continue

        def walk(node, depth=0) -> None:
            if node is None or depth > 40:
                return
            try:
                found.append((node.getRoleName(), node.name or ""))
                for i in range(node.childCount):
                    walk(node.getChildAtIndex(i), depth + 1)
            except Exception:  # noqa: BLE001 - a node gone while reading
                return

        walk(application)
    return found


def report(tree: list[tuple[str, str]], events: list[tuple[str, str, str]], exit_code: int) -> int:
    said = [text for kind, _role, text in events if kind.startswith("object:announcement")]
    names = [text for kind, _role, text in events if kind.endswith("accessible-name")]
    checks = {
        "a deleted card leaves the tree, and the window quits cleanly (exit 0)": exit_code == 0,
        "the window is in the tree": any("Meshwork" in name for _role, name in tree),
        "the canvas has the canvas role and its name": ("canvas", "Map canvas") in tree,
        "each card is a child of the canvas": any(
            role == "list item" and name.startswith("Activity card: review the claim") for role, name in tree),
        "the Start/Pause button says what it will do": any(name == "Pause the step" for _r, name in tree),
        "the countdown's text is its name and changes": sum(1 for n in names if n[:2].isdigit() and ":" in n) >= 2,
        "the step's start is announced": any(s.startswith("Step started: Map the work") for s in said),
        "the arriving card is announced": any("check the policy" in s for s in said),
        "the followed link is announced once": sum(1 for s in said if s.startswith("Followed ")) == 1,
        "the vote is announced": any("voted for" in s for s in said),
        "the pause is announced": any(s.startswith("Paused: Map the work") for s in said),
        "a dead end is said": any(s.startswith("No link to follow") for s in said),
        "the undo says what it undid": any(s.startswith("Undone: ") for s in said),
    }
    for check, ok in checks.items():
        print(("ok   " if ok else "FAIL ") + check)
    if not all(checks.values()):
        print(f"announcements: {said}")
        print(f"tree ({len(tree)} nodes): {[n for n in tree if n[1]][:60]}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(inner() if os.environ.get("MESHWORK_ATSPI_INNER") == "1" else outer())
