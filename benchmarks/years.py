"""A library of years: 1,000 sessions of 200 cards (five weekly series of 200), as a
facilitator who runs a workshop a week for years, or a team that merged its libraries.

Headless figures are taken here; the window's figures in a fresh process
(``python -m benchmarks.years gui LIBRARY INFO``), which prints ``shown`` once the
window is up and then one line per job: ``NAME SECONDS LONGEST_STALL_MS``. The
stall is the longest gap in benchmarks/heartbeat.py's 5 ms beat while the job ran:
what a person at the keyboard would feel.

The generated library is kept under ``--keep DIR`` and reused on the next run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import Years, build_years
from benchmarks.measure import Figure, figure, timed

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["years_window_shown_s", "years_open_backup_s", "years_open_freeze_ms", "years_library_panel_ms",
         "years_open_session_s", "years_sessions_cli_s", "years_trends_200_s", "years_trends_view_s",
         "years_trends_freeze_ms", "years_check_s", "years_check_freeze_ms"]


def library(folder: Path, sessions: int, cards: int, per_series: int, log=print) -> Years:
    """The years library in ``folder``, generated unless an earlier run left it there."""
    stem = f"years-{sessions}x{cards}"
    path, info = folder / f"{stem}.db", folder / f"{stem}.json"
    if path.exists() and info.exists():
        log(f"  reusing {path}")
        return Years.from_dict(json.loads(info.read_text()))
    for leftover in folder.glob(f"{stem}.db*"):
        leftover.unlink()
    start = time.perf_counter()
    years = build_years(path, sessions, cards, per_series)
    info.write_text(json.dumps(years.as_dict()))
    log(f"  generated {path.name}: {sessions} sessions of {cards} cards in {time.perf_counter() - start:.0f} s "
        f"({path.stat().st_size / 1e6:.0f} MB)")
    return years


def _env(config: Path) -> dict:
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _process_seconds(args: list[str], config: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, env=_env(config), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=900)
    return time.perf_counter() - start


_BARE_SESSIONS = """import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for r in c.execute("SELECT s.id, s.title, s.date, r.name FROM sessions s LEFT JOIN series r ON r.id = s.series_id"):
    print(*r)"""
_BARE_CHECK = "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone())"


def figures(years: Years) -> list[Figure]:
    from benchmarks import baseline
    from benchmarks.startup import run_child
    from storage import backup
    from storage.library import open_library

    path = years.path
    n = len(years.sessions)
    size = years.sessions[0].cards
    series_id, line = years.longest()
    found: list[Figure] = []
    with tempfile.TemporaryDirectory() as config:
        config = Path(config)
        # -- the window, in a fresh process --------------------------------------------
        _process_seconds(["-c", "import widgets.main_window"], config)  # compiled modules cached
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "benchmarks.years", "gui", str(path), json.dumps(
            {"series": series_id, "session": line[len(line) // 2].id})], cwd=ROOT, env=_env(config),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = proc.stdout.readline().strip()
        shown = time.perf_counter() - start
        out, err = proc.communicate(timeout=900)
        if first != "shown":
            raise RuntimeError(f"years window failed: {err.strip()[-2000:]}")
        jobs = {parts[0]: (float(parts[1]), float(parts[2])) for parts in (ln.split() for ln in out.splitlines())}
        bare = run_child("bare-window", config=config)[0]
        found.append(figure("years_window_shown_s", shown, bare, 1, size,
                            f"fresh process until shown, {n} sessions in the library panel"))
        found.append(figure("years_open_backup_s", jobs["backup"][0], None, 1, size,
                            f"the check and backup after the library opens ({path.stat().st_size / 1e6:.0f} MB), "
                            "on a worker thread, from shown to done"))
        found.append(figure("years_open_freeze_ms", jobs["backup"][1], None, 1, size,
                            "longest GUI stall while the check and backup after opening ran"))
        found.append(figure("years_library_panel_ms", jobs["panel"][0] * 1000, None, 1, size,
                            f"library panel refilled with {n} sessions (one query; this is its freeze too; "
                            f"stall {jobs['panel'][1]:.0f} ms)"))
        found.append(figure("years_open_session_s", jobs["open"][0], None, 1, size,
                            f"one {size}-card session opened in the window and painted (stall "
                            f"{jobs['open'][1]:.0f} ms)"))
        found.append(figure("years_trends_view_s", jobs["trends"][0], None, 1, size,
                            f"Trends window over the {len(line)}-session series until drawn"))
        found.append(figure("years_trends_freeze_ms", jobs["trends"][1], None, 1, size,
                            "longest GUI stall while the Trends window computed and drew"))
        found.append(figure("years_check_freeze_ms", jobs["check"][1], None, 1, size,
                            f"longest GUI stall during File > Check Library ({jobs['check'][0]:.1f} s on a worker)"))
        # -- the command line -------------------------------------------------------------
        cli = _process_seconds(["-m", "app", "sessions", "--library", str(path)], config)
        plain = _process_seconds(["-c", _BARE_SESSIONS, str(path)], config)
        found.append(figure("years_sessions_cli_s", cli, plain, 1, size,
                            "`meshwork sessions` whole process; baseline: python + sqlite3 listing them"))
        check = _process_seconds(["-m", "app", "check", "--library", str(path)], config)
        plain = _process_seconds(["-c", _BARE_CHECK, str(path)], config)
        found.append(figure("years_check_s", check, plain, 1, size,
                            "`meshwork check` whole process; baseline: python + PRAGMA integrity_check"))
    # -- trends, headless -------------------------------------------------------------------
    from app.analysis.trends import series_trends

    db = open_library(path, read_only=True)
    try:
        value = timed(lambda: series_trends(db, series_id))
    finally:
        db.close()
    plain = timed(lambda: baseline.read_cards(path, [s.id for s in line]))
    found.append(figure("years_trends_200_s", value, plain, 1, size,
                        f"series_trends over {len(line)} sessions (load, match, metrics)"))
    shutil.rmtree(backup.folder_for(path), ignore_errors=True)  # the window's backups: hundreds of MB each
    return found


# -- the window's jobs, in the child process ---------------------------------------------------


def _gui(path: str, info: str) -> None:
    from benchmarks import qtenv
    from benchmarks.heartbeat import HEARTBEAT_MS, Heartbeat

    app = qtenv.application()
    from PySide6.QtCore import QEventLoop, QTimer

    from storage.library import checked_on_open, open_library
    from widgets.main_window import MainWindow

    wanted = json.loads(info)
    # As widgets/app_main.py opens it: a large library is checked whole after it is shown.
    window = MainWindow(open_library(path, whole_check=checked_on_open(path)), path)
    window.show()
    app.processEvents()
    window.repaint()
    print("shown", flush=True)

    def job(name: str, start, done) -> None:
        beat = Heartbeat()
        beat.start()
        began = time.perf_counter()
        start()
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: done() and loop.quit())
        poll.start(HEARTBEAT_MS)
        if not done():
            loop.exec()
        poll.stop()
        elapsed = time.perf_counter() - began
        app.processEvents()  # the beat that ends a stall still to come
        beat.stop()
        stall = max([g - HEARTBEAT_MS for g in beat.gaps] + [elapsed * 1000 if not beat.gaps else 0])
        print(name, f"{elapsed:.4f}", f"{stall:.1f}", flush=True)

    safety = window.safety
    job("backup", lambda: None, lambda: not safety.background.running)
    job("panel", window.library_panel.refresh, lambda: True)

    def open_session():
        window.open_session(wanted["session"])
        window.repaint()
    job("open", open_session, lambda: True)
    views: list = []
    job("trends", lambda: views.append(window.patterns.open_trends(wanted["series"])),
        lambda: bool(views) and views[0].settled())  # drawn at its size, its trees filled
    results: list = []
    safety.checked.connect(lambda *args: results.append(args))
    job("check", safety.check_now, lambda: bool(results))
    window.shutdown()


if __name__ == "__main__":
    if sys.argv[1] == "gui":
        _gui(*sys.argv[2:])
