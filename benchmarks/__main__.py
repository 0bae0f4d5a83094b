"""The benchmark runner.

    python -m benchmarks            the full run (sizes of the design's budgets)
    python -m benchmarks --quick    the same sizes, fewer runs (a few minutes)
    python -m benchmarks --json out.json   also write the figures as JSON
    python -m benchmarks --only edit_commit_ms,window_shown_s
    python -m benchmarks --quick --peer excalidraw   also run Excalidraw (benchmarks/peer.py)
    python -m benchmarks --years 200    the library of years with 200 sessions, not 1,000

``--tiny`` shrinks every session to a few dozen cards; it exists for the smoke
test, and its figures say nothing about the budgets."""

from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import qtenv  # sets QT_QPA_PLATFORM=offscreen unless set
from benchmarks.measure import TARGETS, Figure, skipped


@dataclass(frozen=True)
class Plan:
    window_cards: int = 500
    canvas_cards: int = 5000
    compare_cards: int = 2000
    trends: tuple[int, int] = (50, 500)  # sessions, cards each
    rss_cards: int = 10_000
    open_runs: int = 5
    repaint_runs: int = 15
    edit_runs: int = 100
    compare_runs: int = 5
    trends_runs: int = 3
    window_runs: int = 5
    rss_runs: int = 3
    png_runs: int = 3
    years: tuple[int, int, int] = (1000, 200, 200)  # sessions, cards each, sessions per series


PLANS = {
    "full": Plan(),
    "quick": Plan(open_runs=3, repaint_runs=7, edit_runs=30, compare_runs=3, trends_runs=1,
                  window_runs=3, rss_runs=1, png_runs=1),
    "tiny": Plan(window_cards=30, canvas_cards=60, compare_cards=40, trends=(3, 30), rss_cards=60,
                 open_runs=1, repaint_runs=2, edit_runs=3, compare_runs=1, trends_runs=1,
                 window_runs=1, rss_runs=1, png_runs=1, years=(20, 30, 10)),
}


def machine() -> dict:
    import os
    import sqlite3

    import PySide6
    from PySide6.QtCore import qVersion

    cpu = ""
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                    if line.startswith("model name")), "")
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu or platform.processor(), "python": platform.python_version(),
            "pyside6": PySide6.__version__, "qt": qVersion(), "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform()}


def run(plan: Plan, only: set[str] | None = None, workdir: Path | None = None,
        log: Callable[[str], None] = print) -> list[Figure]:
    """Generate the sessions, measure every figure (or those in ``only``), in table order."""
    from benchmarks import analysis, canvas, drawn, editing, exports, startup, years
    from benchmarks.generate import build_library

    qtenv.application()
    wanted = set(TARGETS) if only is None else only
    results: dict[str, Figure] = {}
    tmp = tempfile.TemporaryDirectory(prefix="meshwork-bench-") if workdir is None else None
    folder = Path(tmp.name) if tmp else workdir
    folder.mkdir(parents=True, exist_ok=True)

    def library(name: str, counts: list[int]):
        path = folder / f"{name}.db"
        start = time.perf_counter()
        lib = build_library(path, counts, seed=len(counts) * 7919 + counts[0])
        log(f"  generated {name}: {len(counts)} session(s) of {counts[0]} cards in "
            f"{time.perf_counter() - start:.1f} s")
        return lib

    def measure(names: list[str], job: Callable[[], list[Figure]]) -> None:
        if not wanted & set(names):
            return
        log(f"measuring {', '.join(n for n in names if n in wanted)} ...")
        try:
            for fig in job():
                results[fig.name] = fig
        except Exception as exc:  # one failing figure must not lose the others
            traceback.print_exc()
            for name in names:
                results[name] = skipped(name, f"failed: {type(exc).__name__}: {exc}")

    try:
        window_lib = None

        def window_library():
            nonlocal window_lib
            window_lib = window_lib or library("window", [plan.window_cards])
            return window_lib
        measure(["window_shown_s"], lambda: [startup.window_figure(window_library(), plan.window_runs)])
        measure(["window_shown_500_s"], lambda: [startup.session_window_figure(window_library(), plan.window_runs)])
        big = None

        def canvas_figures():
            nonlocal big
            big = library("canvas", [plan.canvas_cards])
            return canvas.figures(big, plan.open_runs, plan.repaint_runs)
        measure(["open_paint_5000_s", "repaint_fit_5000_ms", "repaint_100_5000_ms", "export_svg_5000_s"],
                canvas_figures)
        def canvas_library():
            nonlocal big
            big = big or library("canvas", [plan.canvas_cards])
            return big
        measure(["export_png_5000_s", "export_png_5000_rss_mb"], lambda: drawn.png_figures(
            canvas_library(), plan.png_runs))
        measure(["edit_commit_ms"], lambda: editing.figures(canvas_library(), plan.edit_runs))
        data = ["export_svg_cli_5000_s", "export_xlsx_5000_s", "export_html_5000_s", "import_json_5000_s"]
        measure(data, lambda: exports.figures(canvas_library(), plan.open_runs, wanted & set(data)))
        measure(["compare_2000_s"], lambda: [analysis.compare_figure(
            library("compare", [plan.compare_cards] * 2), plan.compare_runs)])
        sessions, cards = plan.trends
        measure(["trends_50x500_s"], lambda: [analysis.trends_figure(
            library("trends", [cards] * sessions), plan.trends_runs)])
        measure(["peak_rss_10000_mb"], lambda: [startup.rss_figure(
            library("rss", [plan.rss_cards]), plan.rss_runs)])
        measure(years.NAMES, lambda: years.figures(years.library(folder, *plan.years, log=log)))
    finally:
        if tmp is not None:
            tmp.cleanup()
    return [results[name] for name in TARGETS if name in results]


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    if 0 < abs(value) < 0.001:
        return f"{value:.1e}"  # a ratio far below 1 (a repaint against Excalidraw's) still says how far
    return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"


def table(figures: list[Figure]) -> str:
    head = ("figure", "value", "unit", "baseline", "ratio", "target", "met", "runs", "cards")
    peers = any(f.peer for f in figures)  # the same work in another tool (--peer), with value/peer
    head += ("peer", "vs peer") if peers else ()
    rows = [head]
    for f in figures:
        met = "—" if f.met is None else ("yes" if f.met else "NO")
        row = (f.name, _fmt(f.value), f.unit, _fmt(f.baseline), _fmt(f.ratio) + ("x" if f.ratio else ""),
               f"< {f.target:g}", met, str(f.runs), str(f.size or ""))
        if peers:
            ratio = f.peer and f.peer["ratio"]
            row += (_fmt(f.peer and f.peer["value"]), _fmt(ratio) + ("x" if ratio else ""))
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
             for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    notes += [f"  {f.name}: peer is {f.peer['name']}" for f in figures if f.peer]
    return "\n".join(lines + (["", "notes:", *notes] if notes else []))


def run_peer(figures: list[Figure], plan: Plan, mode: str) -> str:
    """Excalidraw on the same board size, after Meshwork's figures; never fails the run."""
    from benchmarks import peer

    print("measuring the peer (excalidraw) ...")
    try:
        return peer.measure({f.name: f for f in figures}, plan.canvas_cards, 3 if mode == "full" else 1)
    except Exception as exc:  # a peer that fails leaves Meshwork's figures as they are
        traceback.print_exc()
        return f"failed: {type(exc).__name__}: {exc}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="fewer runs per figure (a few minutes)")
    size.add_argument("--tiny", action="store_true", help="tiny sessions: a smoke run, not a measurement")
    parser.add_argument("--json", metavar="PATH", help="write the figures as a JSON list")
    parser.add_argument("--only", metavar="NAMES", help="comma-separated figure names")
    parser.add_argument("--keep", metavar="DIR", help="generate the libraries here and keep them")
    parser.add_argument("--peer", choices=["excalidraw"],
                        help="also run Excalidraw's harness (needs node, npm, chromium) and set its figures "
                             "beside Meshwork's")
    parser.add_argument("--years", metavar="N", type=int,
                        help="sessions in the library of years (default 1,000; generated once per --keep folder)")
    args = parser.parse_args(argv)
    only = None
    if args.only:
        only = {n.strip() for n in args.only.split(",") if n.strip()}
        unknown = only - set(TARGETS)
        if unknown:
            parser.error(f"unknown figures: {', '.join(sorted(unknown))}")
    mode = "tiny" if args.tiny else "quick" if args.quick else "full"
    info = machine()
    print(f"Meshwork benchmarks ({mode}) on {info['cpus']} CPUs, {info['cpu']}; Python {info['python']}, "
          f"PySide6 {info['pyside6']} (Qt {info['qt']}), SQLite {info['sqlite']}")
    start = time.perf_counter()
    plan = PLANS[mode]
    if args.years:
        plan = dataclasses.replace(plan, years=(args.years, *plan.years[1:]))
    figures = run(plan, only, Path(args.keep) if args.keep else None)
    if args.peer:
        print(f"peer {args.peer}: {run_peer(figures, plan, mode)}")
    print()
    print(table(figures))
    print(f"\n({mode} run, {time.perf_counter() - start:.0f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps([f.as_dict() for f in figures], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
