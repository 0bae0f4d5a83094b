"""Figures, their targets, and how a median is taken."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

# name -> (unit, target, what it measures)
TARGETS: dict[str, tuple[str, float, str]] = {
    "window_shown_s": ("s", 1.0, "main window shown with a library open (fresh process)"),
    "window_shown_500_s": ("s", 0.5, "main window shown and painted, its last session (500 cards) reopened"),
    "open_paint_5000_s": ("s", 1.0, "5,000-card session: document + canvas view, painted once"),
    "repaint_fit_5000_ms": ("ms", 16.0, "full repaint of the view at zoom-to-fit"),
    "repaint_100_5000_ms": ("ms", 16.0, "full repaint of the view at 100%"),
    "edit_commit_ms": ("ms", 5.0, "one card move committed with its event (file library, WAL)"),
    "compare_2000_s": ("s", 0.2, "load, match and diff two 2,000-card sessions"),
    "trends_50x500_s": ("s", 2.0, "trends over a series of 50 sessions of 500 cards"),
    "export_svg_5000_s": ("s", 2.0, "5,000-card scene rendered to SVG"),
    "export_svg_cli_5000_s": ("s", 3.0, "`meshwork export --format svg` of 5,000 cards, the whole process"),
    "export_xlsx_5000_s": ("s", 3.0, "XLSX export of a 5,000-card session"),
    "export_html_5000_s": ("s", 2.0, "offline HTML page of a 5,000-card session"),
    "import_json_5000_s": ("s", 1.0, "session JSON of 5,000 cards imported (checked, one transaction)"),
    "peak_rss_10000_mb": ("MB", 300.0, "peak memory, 10,000-card session open in its view"),
    # Half of Excalidraw's 29.8 s for its PNG of a 5,000-note board (issue 16), and 600 MB.
    "export_png_5000_s": ("s", 14.9, "meshwork export --format png --scale 1, 5,000 cards (fresh process)"),
    "export_png_5000_rss_mb": ("MB", 600.0, "peak memory of that export process"),
    # A library of years (benchmarks/years.py): 1,000 sessions of 200 cards, series of 200.
    "years_window_shown_s": ("s", 1.0, "window shown on the library of years (fresh process)"),
    "years_open_backup_s": ("s", 30.0, "the backup taken when the library opens, on a worker thread"),
    "years_open_freeze_ms": ("ms", 100.0, "longest GUI stall while the open backup runs"),
    "years_library_panel_ms": ("ms", 100.0, "library panel filled with 1,000 sessions"),
    "years_open_session_s": ("s", 1.0, "one 200-card session opened in the window"),
    "years_sessions_cli_s": ("s", 1.0, "`meshwork sessions` on the library of years"),
    "years_trends_200_s": ("s", 3.0, "trends over a 200-session series (series_trends)"),
    "years_trends_view_s": ("s", 10.0, "Trends window over a 200-session series, until drawn"),
    "years_trends_freeze_ms": ("ms", 100.0, "longest GUI stall while the Trends window works"),
    "years_check_s": ("s", 60.0, "`meshwork check` on the library of years"),
    "years_check_freeze_ms": ("ms", 100.0, "longest GUI stall during File > Check Library"),
}


@dataclass
class Figure:
    name: str
    value: float | None
    baseline: float | None
    unit: str
    target: float
    ratio: float | None = None
    runs: int = 0
    size: int | None = None  # cards (per session) actually used
    note: str = ""  # why a figure was skipped, or what to know about it
    peer: dict | None = None  # the same work in another tool (benchmarks/peer.py): name, value, unit, ratio

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def met(self) -> bool | None:
        return None if self.value is None else self.value < self.target


def figure(name: str, value: float | None, baseline: float | None, runs: int,
           size: int | None = None, note: str = "") -> Figure:
    unit, target, _ = TARGETS[name]
    ratio = value / baseline if value is not None and baseline else None
    return Figure(name, value, baseline, unit, target, ratio, runs, size, note)


def skipped(name: str, reason: str, size: int | None = None) -> Figure:
    return figure(name, None, None, 0, size, f"skipped: {reason}")


def median_of(fn: Callable[[], float], runs: int) -> float:
    """The median of ``runs`` values returned by ``fn`` (each a measured duration)."""
    return statistics.median(fn() for _ in range(runs))


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_time(fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None) -> float:
    """Median seconds per call over ``runs`` calls, ``setup`` untimed before each."""
    def once() -> float:
        if setup is not None:
            setup()
        return timed(fn)
    return median_of(once, runs)
