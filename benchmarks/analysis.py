"""compare_2000_s and trends_50x500_s, measured on app.analysis when it is there;
the baseline is reading the same card rows with plain sqlite3."""

from __future__ import annotations

import importlib
import statistics

from benchmarks import baseline
from benchmarks.generate import Generated
from benchmarks.measure import Figure, figure, skipped, timed

NEEDED = {
    "app.analysis.loading": ["load_session"],
    "app.analysis.matching": ["match_sessions"],
    "app.analysis.diff": ["diff_sessions"],
    "app.analysis.trends": ["series_trends"],
}


def _analysis() -> tuple[dict, str]:
    """The analysis functions by name, or why they cannot be had."""
    found = {}
    for module_name, names in NEEDED.items():
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # an unfinished module may fail in any way
            return {}, f"{module_name} is not importable ({type(exc).__name__}: {exc})"
        for name in names:
            if not hasattr(module, name):
                return {}, f"{module_name}.{name} does not exist yet"
            found[name] = getattr(module, name)
    return found, ""


def compare_figure(lib: Generated, runs: int) -> Figure:
    a, b = lib.sessions[0], lib.sessions[1]
    fns, reason = _analysis()
    if not fns:
        return skipped("compare_2000_s", reason, a.cards)
    from storage.library import open_library

    db = open_library(lib.path, read_only=True)
    try:
        def compare():
            first, second = fns["load_session"](db, a.id), fns["load_session"](db, b.id)
            fns["diff_sessions"](first, second, fns["match_sessions"](first, second))
        value = statistics.median(timed(compare) for _ in range(runs))
    finally:
        db.close()
    plain = statistics.median(timed(lambda: baseline.read_cards(lib.path, [a.id, b.id])) for _ in range(runs))
    return figure("compare_2000_s", value, plain, runs, a.cards,
                  "load_session x2 + match_sessions + diff_sessions")


def trends_figure(lib: Generated, runs: int) -> Figure:
    fns, reason = _analysis()
    size = lib.sessions[0].cards
    if not fns:
        return skipped("trends_50x500_s", reason, size)
    from storage.library import open_library

    db = open_library(lib.path, read_only=True)
    try:
        value = statistics.median(timed(lambda: fns["series_trends"](db, lib.series_id)) for _ in range(runs))
    finally:
        db.close()
    ids = [s.id for s in lib.sessions]
    plain = statistics.median(timed(lambda: baseline.read_cards(lib.path, ids)) for _ in range(runs))
    return figure("trends_50x500_s", value, plain, runs, size,
                  f"series_trends over {len(ids)} sessions (load, match, metrics)")
