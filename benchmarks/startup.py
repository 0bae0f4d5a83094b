"""Figures taken in fresh processes: window_shown_s, window_shown_500_s and peak_rss_10000_mb."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import Generated
from benchmarks.measure import Figure, figure

ROOT = Path(__file__).resolve().parent.parent


def run_child(*args: str, config: Path) -> tuple[float, str]:
    """Seconds from starting ``python -m benchmarks.child ARGS`` to its first line, and that line."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A person's Python keeps compiled modules; without this a sandbox that forbids
    # writing them would charge every start with compiling the whole app again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.child", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    elapsed = time.perf_counter() - start
    _out, err = proc.communicate(timeout=300)
    if not line:
        raise RuntimeError(f"benchmark child {args[0]} failed: {err.strip()[-2000:]}")
    return elapsed, line


def window_figure(lib: Generated, runs: int) -> Figure:
    with tempfile.TemporaryDirectory() as config:
        run_child("window", str(lib.path), config=Path(config))  # a first start writes the .pyc files
        app = [run_child("window", str(lib.path), config=Path(config))[0] for _ in range(runs)]
        bare = [run_child("bare-window", config=Path(config))[0] for _ in range(runs)]
    return figure("window_shown_s", statistics.median(app), statistics.median(bare), runs,
                  lib.sessions[-1].cards,
                  "fresh process until shown and painted, reopening its last session (compiled modules cached, "
                  "as after a first start)")


def session_window_figure(lib: Generated, runs: int) -> Figure:
    """The window shown on a library whose last session (500 cards) it reopens and paints;
    the child says how many cards it opened, so an empty window cannot pass for it."""
    cards = lib.sessions[-1].cards
    app, bare = [], []
    with tempfile.TemporaryDirectory() as config:
        run_child("window-session", str(lib.path), config=Path(config))  # a first start writes the .pyc files
        for _ in range(runs):  # alternated, so a busy moment on the machine weighs on both alike
            seconds, line = run_child("window-session", str(lib.path), config=Path(config))
            if line != f"shown {cards}":
                raise RuntimeError(f"the window did not reopen the {cards}-card session: {line!r}")
            app.append(seconds)
            bare.append(run_child("bare-window", config=Path(config))[0])
    return figure("window_shown_500_s", statistics.median(app), statistics.median(bare), runs, cards,
                  "fresh process, through the `meshwork` command's parser, until shown and painted with its "
                  "last session reopened; baseline: a bare QMainWindow shown")


def rss_figure(lib: Generated, runs: int) -> Figure:
    info = lib.sessions[0]
    args = (str(lib.path), info.id, info.canvas_id)
    with tempfile.TemporaryDirectory() as config:
        app = [float(run_child("rss", *args, config=Path(config))[1].split()[1]) for _ in range(runs)]
        bare = [float(run_child("bare-rss", *args, config=Path(config))[1].split()[1]) for _ in range(runs)]
    return figure("peak_rss_10000_mb", statistics.median(app), statistics.median(bare), runs, info.cards,
                  "VmHWM in MiB; baseline: QApplication + the canvas rows read with sqlite3")
