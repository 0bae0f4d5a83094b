"""The mutation-testing run (issue 22): does the suite notice when the code that
guards people's words is changed a little (a comparison flipped, a limit moved,
a rule dropped)?

For each named module, mutmut (3.x) mutates that module alone and runs the test
files the table below names for it (mutmut then runs, per mutant, only the tests
that reach the mutated function). The run happens in a copy of the working tree
under build/mutation/work/<module>/, so the checkout is never touched; the
scores and the surviving mutants (name and diff) go to build/mutation/report.md
and report.json. Exits 1 when a module scores under MUTATE_MIN (85 by default).

    python tools/mutate.py                      # every module in MODULES
    python tools/mutate.py app/voting.py        # some of them
    python tools/mutate.py --changed            # those a change touched (git diff BASE)
    python tools/mutate.py --list               # the table, nothing run

A module may be measured in part: FUNCTIONS names, for such a module, the
functions whose mutants count ("Class.method" or "function", fnmatch globs), and
only those are run (``mutmut run <module>.xǁClassǁmethod__mutmut_*``) and
reported. widgets/canvas/scene.py is measured for its gesture handling alone:
the mouse (drag, link, resize grip, double-click, snapping back) and the keys
(nudging, Tab order, Delete), not the projection of the document it also does.

The score counts a timeout as caught (the mutant changed behaviour enough to hang
a test), and a segfault too (the test process crashed under the mutant after the
clean run passed: in Qt code an exception in an event handler ends that way), and
"no tests" as not caught. docs/testing.md lists the survivors known to be
equivalent and why.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "mutation"
SOURCE_PATHS = ["app", "storage", "widgets"]
ALSO_COPY = ["resources", "benchmarks", "tools", "docs"]  # docs: the session schema a test compares
COPY = [*SOURCE_PATHS, *ALSO_COPY, "tests", "pyproject.toml"]

# Every Room test reaches the request path (head, gate, security, api), and mutmut runs each
# survivor against every test that reached its function: so each module names only the
# tests written for it, the fast pure ones (test_room_guards.py) first.
_ROOM_WIRE = ["tests/test_room_guards.py", "tests/test_room_security.py", "tests/test_room_edges.py"]
_ROOM_API = [*_ROOM_WIRE, "tests/test_room_api.py", "tests/test_room_api_rules.py",
             "tests/test_room_facilitation.py", "tests/test_room_links.py", "tests/test_room_stream_guards.py"]

# module -> the test files that exercise it (globs; a file that does not exist is left out).
MODULES: dict[str, list[str]] = {
    "app/room/security.py": _ROOM_WIRE,
    "app/room/validate.py": [*_ROOM_WIRE, "tests/test_room_api.py", "tests/test_room_api_rules.py"],
    "app/room/api.py": _ROOM_API,
    "app/room/gate.py": ["tests/test_room_gate.py", "tests/test_room_security.py", "tests/test_room_stream_guards.py"],
    "app/room/head.py": ["tests/test_room_guards.py", "tests/test_room_gate.py"],
    "app/capture.py": ["tests/test_capture_lines.py", "tests/test_canvas_gui.py", "tests/test_capture*.py"],
    "app/placement.py": ["tests/test_placement*.py", "tests/test_canvas_gui.py", "tests/test_capture_lines.py"],
    "app/voting.py": ["tests/test_voting.py", "tests/test_voting_rules.py", "tests/test_voting_words.py",
                      "tests/test_room_security.py", "tests/test_room_facilitation.py"],
    "app/agenda.py": ["tests/test_agenda.py", "tests/test_agenda_timer_rules.py", "tests/test_agenda_fits.py",
                      "tests/test_silent_round.py"],
    "app/editor.py": ["tests/test_editing.py", "tests/test_editor_gestures.py", "tests/test_undo_commands.py",
                      "tests/test_unsaveable_edit.py", "tests/test_row_rules_editor.py",
                      "tests/test_cleared_links.py"],
    "app/commands.py": ["tests/test_undo_commands.py", "tests/test_editing.py", "tests/test_unsaveable_edit.py",
                        "tests/test_canvas_undo_gui.py"],
    "app/document.py": ["tests/test_document_model.py", "tests/test_editing.py", "tests/test_replay.py",
                        "tests/test_unsaveable_edit.py"],
    "storage/library.py": ["tests/test_opening_unchecked.py", "tests/test_storage.py",
                           "tests/test_transaction_holds_the_write_lock.py",
                           "tests/test_opening_a_library_says_why.py", "tests/test_library_opening_rules.py",
                           "tests/test_safety.py", "tests/test_check_after_open.py"],
    "storage/backup.py": ["tests/test_safety.py", "tests/test_safety_gui.py"],
    "app/io/session_json.py": ["tests/test_io_json.py", "tests/test_session_file_round_trip_edges.py",
                               "tests/test_row_rules_import.py", "tests/test_open_file.py",
                               "tests/test_session_file_refusals_read.py"],
    "app/io/csv_io.py": ["tests/test_io_csv.py", "tests/test_csv_round_trip_edges.py",
                         "tests/test_csv_excel_files.py", "tests/test_row_rules_import.py",
                         "tests/test_csv_refusals_read.py"],
    "app/io/library_merge.py": ["tests/test_io_merge.py", "tests/test_row_rules_merge.py",
                                "tests/test_merge_refusals_read.py"],
    "app/analysis/matching.py": ["tests/test_analysis_matching.py", "tests/test_matching_edges.py",
                                 "tests/test_analysis_diff.py"],
    "app/analysis/diff.py": ["tests/test_analysis_diff.py", "tests/test_diff_reports_what_a_reader_sees.py"],
    "app/analysis/metrics.py": ["tests/test_analysis_metrics.py", "tests/test_metrics_role_network_edges.py"],
    "widgets/canvas/scene.py": ["tests/test_canvas_gesture_rules.py", "tests/test_canvas_gesture_edges.py",
                                "tests/test_canvas_gui.py", "tests/test_canvas_navigation.py",
                                "tests/test_canvas_undo_gui.py", "tests/test_canvas_menu.py"],
}

# Survivors no test can tell from the original, by module (docs/testing.md, "Survivors known
# to be equivalent", says why for each). A survivor whose one changed line matches is reported
# as "equivalent" and left out of the score; every other survivor counts against it.


def _sql_case(minus: str, plus: str) -> bool:
    """SQL keywords and pragma names are not case-sensitive."""
    return "PRAGMA " in minus and minus != plus and minus.lower() == plus.lower()


def _uri_flag(minus: str, plus: str) -> bool:
    """uri=True dropped or made false: Debian's SQLite (SQLITE_USE_URI=1) reads every name as a URI."""
    made = {minus.replace("uri=True", flag) for flag in ("uri=None", "uri=False", "")}
    return "uri=True" in minus and plus in made | {minus.replace("uri=True, ", "")}


def _falsy_flag(minus: str, plus: str) -> bool:
    """execute_plugins=False made None: sqlite-utils only tests it for truth."""
    return "execute_plugins=False" in minus and plus == minus.replace("execute_plugins=False", "execute_plugins=None")


_NOOP_CONTEXT = re.compile(r'QT_TRANSLATE_NOOP\(\s*(?:None|"[^"]*")\s*,')
# A marker whose context stands on a line of its own: only these contexts are split so (a
# translate(...) call, whose context does matter, never is).
_SPLIT_CONTEXT = re.compile(r'^(?:None|"(?:Import|RoomErrors)"|"XX(?:Import|RoomErrors)XX"|"(?:import|roomerrors)"'
                            r'|"(?:IMPORT|ROOMERRORS)")\s*,')


def _noop_context(minus: str, plus: str) -> bool:
    """A QT_TRANSLATE_NOOP's context changed: the call returns its text alone, whatever the
    context (the message is said later in a context of its own); only pyside6-lupdate reads
    the marker's context (tests/test_translations.py checks it). A changed text still counts."""
    if minus == plus:
        return False
    if "QT_TRANSLATE_NOOP(" in minus:
        return _NOOP_CONTEXT.sub("QT_TRANSLATE_NOOP(_,", minus) == _NOOP_CONTEXT.sub("QT_TRANSLATE_NOOP(_,", plus)
    if minus.startswith(('"Import", ', '"RoomErrors", ')):
        return _SPLIT_CONTEXT.sub("_,", minus) == _SPLIT_CONTEXT.sub("_,", plus)
    return False


EQUIVALENT: dict[str, list] = {
    "app/room/validate.py": [
        _noop_context,
        # required is only tested for truth: None and False are both false (docs/testing.md).
        ('fields["why"] = text(data, "why", required=False)', 'fields["why"] = text(data, "why", required=None)'),
    ],
    "app/room/api.py": [_noop_context],
    "app/io/library_merge.py": [_noop_context],
    "app/io/csv_io.py": [_noop_context],
    "app/io/session_json.py": [_noop_context],
    "app/voting.py": [_noop_context],
    "app/capture.py": [_noop_context],
    "app/commands.py": [_noop_context],
    "app/editor.py": [_noop_context],
    "storage/library.py": [
        _sql_case, _uri_flag, _falsy_flag,
        # None or "" for "no lock to let go of": release() knows neither key.
        ("key = None", 'key = ""'),
        ("key = None  # the database owns the lock now and lets go of it on close",
         'key = ""  # the database owns the lock now and lets go of it on close'),
        ("self._lock_key = None", 'self._lock_key = ""'),
        # Read-only connections (mode=ro) never write: Python's implicit BEGIN comes only before a write.
        ('return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, isolation_level=None, **kwargs)',
         'return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, **kwargs)'),
    ],
}


def is_equivalent(module: str, diff: str) -> bool:
    """Whether a survivor's diff (one line changed) is one EQUIVALENT lists for ``module``."""
    minus = [line[1:].strip() for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    plus = [line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    if len(minus) != 1 or len(plus) != 1:
        return False
    for rule in EQUIVALENT.get(module, []):
        if callable(rule):
            if rule(minus[0], plus[0]):
                return True
        elif rule[0] == minus[0] and (rule[1] is None or rule[1] == plus[0]):
            return True
    return False


# module -> the only functions to mutate ("Class.method" or "function"; fnmatch globs). A module
# not named here is mutated whole.
FUNCTIONS: dict[str, list[str]] = {
    # The canvas's gestures; the projection (build, _on_added...), find/filter and the spoken
    # link navigation (follow_link) are not gestures, and are left out of this measure.
    "widgets/canvas/scene.py": [
        "CanvasScene.mousePressEvent", "CanvasScene.mouseMoveEvent", "CanvasScene.mouseReleaseEvent",
        "CanvasScene.mouseDoubleClickEvent", "CanvasScene._top_item", "CanvasScene.commit_moves",
        "CanvasScene._begin_link", "CanvasScene._finish_link", "CanvasScene._begin_resize",
        "CanvasScene._finish_resize", "CanvasScene.keyPressEvent", "CanvasScene.nudge_selection",
        "CanvasScene.delete_selection", "CanvasScene.focusNextPrevChild", "CanvasScene.focus_next",
        "CanvasScene.reading_order", "CanvasScene.focused_card_id", "CanvasScene.focus_card",
    ],
}

CAUGHT = {"killed", "timeout", "caught by type check", "segfault"}
MISSED = {"survived", "no tests", "suspicious", "not checked", "check was interrupted by user"}


def tests_for(module: str) -> list[str]:
    found: list[str] = []
    for pattern in MODULES[module]:
        for path in sorted(glob.glob(pattern, root_dir=ROOT)):
            if path not in found:
                found.append(path)
    return found


_CLASS_MARK = "\u01c1"  # mutmut names a method's mutants xǁClassǁmethod__mutmut_N


def mutant_patterns(module: str) -> list[str]:
    """mutmut's names for the mutants of ``module``'s FUNCTIONS (none: the whole module)."""
    dotted = module.removesuffix(".py").replace("/", ".")
    patterns = []
    for name in FUNCTIONS.get(module, []):
        owner, _, function = name.rpartition(".")
        mangled = f"x{_CLASS_MARK}{owner}{_CLASS_MARK}{function}" if owner else f"x_{function}"
        patterns.append(f"{dotted}.{mangled}__mutmut_*")
    return patterns


def changed_modules(base: str) -> list[str]:
    """The named modules whose source (or whose tests) differ from ``base``."""
    fork = subprocess.run(["git", "merge-base", base, "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if fork.returncode != 0:
        sys.exit(f"mutate: no common history with {base}: {fork.stderr.strip()}")
    # From where this branch left base to the working tree: what this change touched, not base's own news.
    out = subprocess.run(["git", "diff", "--name-only", fork.stdout.strip(), "--"], cwd=ROOT,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"mutate: git diff {base} failed: {out.stderr.strip()}")
    untracked = subprocess.run(["git", "ls-files", "--others", "--exclude-standard"], cwd=ROOT,
                               capture_output=True, text=True).stdout
    changed = set(out.stdout.split()) | set(untracked.split())
    return [m for m in MODULES if m in changed or changed & set(tests_for(m))]


def default_base() -> str:
    for ref in ("origin/main", "main"):
        if subprocess.run(["git", "rev-parse", "--verify", "-q", ref], cwd=ROOT, capture_output=True).returncode == 0:
            return ref
    return "HEAD"


def _slug(module: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", module.removesuffix(".py"))


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(json.dumps(i) for i in items) + "]"


def prepare(module: str, work: Path) -> None:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "mutants", ".pytest_cache")
    for name in COPY:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, work / name)
    config = (
        "\n[tool.mutmut]\n"
        f"source_paths = {_toml_list(SOURCE_PATHS)}\n"
        f"only_mutate = {_toml_list([module])}\n"
        f"also_copy = {_toml_list(ALSO_COPY)}\n"
        f"pytest_add_cli_args = {_toml_list(['-p', 'no:cacheprovider', '-q'])}\n"
        f"pytest_add_cli_args_test_selection = {_toml_list(tests_for(module))}\n"
    )
    with open(work / "pyproject.toml", "a", encoding="utf-8") as f:
        f.write(config)


def _mutmut() -> list[str]:
    script = Path(sys.executable).with_name("mutmut")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mutmut"]


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)  # mutmut puts its mutated copy first on sys.path itself
    return env


def run_module(module: str, max_children: int, log, seconds: float | None = None) -> dict:
    """One module's run; stopped (and marked unfinished) after ``seconds``."""
    work = OUT / "work" / _slug(module)
    prepare(module, work)
    started = time.monotonic()
    patterns = mutant_patterns(module)
    run = subprocess.Popen([*_mutmut(), "run", "--max-children", str(max_children), *patterns], cwd=work, env=_env(),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace",
                           start_new_session=True)  # its own process group, so a stop reaches its workers
    finished = True
    try:
        output, _ = run.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        finished = False
        os.killpg(run.pid, signal.SIGTERM)
        try:
            output, _ = run.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            output, _ = run.communicate()
    log.write(f"## {module}\n{output[-20000:]}\n")
    results = subprocess.run([*_mutmut(), "results", "--all", "true"], cwd=work, env=_env(),
                             capture_output=True, text=True, errors="replace")
    prefix = module.removesuffix(".py").replace("/", ".") + "."
    statuses: dict[str, str] = {}
    for line in results.stdout.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and name.startswith(prefix) and (not patterns or any(fnmatch(name, p) for p in patterns)):
            statuses[name] = status
    missed, equivalent = {}, {}
    for name, status in sorted(statuses.items(), key=lambda item: _natural(item[0])):
        if status in MISSED:
            show = subprocess.run([*_mutmut(), "show", name], cwd=work, env=_env(), capture_output=True,
                                  text=True, errors="replace")
            diff = show.stdout.strip()
            if status == "survived" and is_equivalent(module, diff):
                equivalent[name] = {"status": "equivalent", "diff": diff}
            else:
                missed[name] = {"status": status, "diff": diff}
    counts: dict[str, int] = {}
    for status in statuses.values():
        counts[status] = counts.get(status, 0) + 1
    caught = sum(counts.get(s, 0) for s in CAUGHT)
    judged = caught + sum(counts.get(s, 0) for s in MISSED) - len(equivalent)
    return {
        "module": module,
        "functions": FUNCTIONS.get(module, []),
        "tests": tests_for(module),
        "mutants": len(statuses),
        "killed": counts.get("killed", 0) + counts.get("segfault", 0),  # a test failed, or crashed
        "crashed": counts.get("segfault", 0),
        "timeout": counts.get("timeout", 0),
        "survived": counts.get("survived", 0) - len(equivalent),
        "equivalent": len(equivalent),
        "no_tests": counts.get("no tests", 0),
        "other": judged - caught - (counts.get("survived", 0) - len(equivalent)) - counts.get("no tests", 0),
        "score": round(100.0 * caught / judged, 1) if judged else 0.0,
        "seconds": round(time.monotonic() - started),
        "mutmut_exit": run.returncode,
        "finished": finished,
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "missed": missed,
        "equivalent_mutants": equivalent,
    }


def _natural(name: str):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def write_report(rows: list[dict], minimum: float) -> None:
    """report.json and report.md: this run's modules, and earlier runs' rows for the others."""
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        earlier = json.loads((OUT / "report.json").read_text())["modules"]
    except (OSError, ValueError, KeyError):
        earlier = []
    now = {r["module"] for r in rows}
    rows = sorted([*rows, *(r for r in earlier if r.get("module") not in now)],
                  key=lambda r: list(MODULES).index(r["module"]) if r["module"] in MODULES else len(MODULES))
    (OUT / "report.json").write_text(json.dumps({"minimum": minimum, "modules": rows}, indent=2) + "\n")
    lines = ["# Mutation scores", "",
             f"Minimum {minimum:g} %. Score = (killed + timeout) / all mutants checked, less the survivors "
             "EQUIVALENT in tools/mutate.py knows to be equivalent (listed at the end); killed counts "
             "a test process that crashed under the mutant.", "",
             "| module | mutants | killed | timeout | survived | no tests | other | score | |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in rows:
        verdict = "ok" if r["score"] >= minimum else "UNDER"
        if not r.get("finished", True):
            verdict = "unfinished"
        part = f" ({len(r['functions'])} functions)" if r.get("functions") else ""
        lines.append(f"| {r['module']}{part} | {r['mutants']} | {r['killed']} | {r['timeout']} | {r['survived']} "
                     f"| {r['no_tests']} | {r['other']} | {r['score']:.1f} % | {verdict} |")
    for r in rows:
        if r.get("equivalent"):
            lines.append(f"\n{r['module']}: {r['equivalent']} equivalent survivors set aside; "
                         f"{r['killed'] + r['timeout']} of {r['mutants']} caught in all.")
    for r in rows:
        if not r["missed"]:
            continue
        lines += ["", f"## {r['module']}: not caught ({len(r['missed'])})", ""]
        for name, info in r["missed"].items():
            lines += [f"### {name} ({info['status']})", "", "```diff", info["diff"], "```", ""]
    for r in rows:
        if not r.get("equivalent_mutants"):
            continue
        lines += ["", f"## {r['module']}: equivalent, not counted ({len(r['equivalent_mutants'])})", ""]
        for name, info in r["equivalent_mutants"].items():
            lines += [f"### {name}", "", "```diff", info["diff"], "```", ""]
    (OUT / "report.md").write_text("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="modules from the table (default: all)")
    parser.add_argument("--changed", action="store_true", help="only the modules changed since --base")
    parser.add_argument("--base", default=os.environ.get("BASE") or None, help="git ref (default origin/main, main)")
    parser.add_argument("--min", type=float, default=float(os.environ.get("MUTATE_MIN", 85)))
    parser.add_argument("--max-children", type=int, default=int(os.environ.get("MUTATE_JOBS", os.cpu_count() or 1)))
    parser.add_argument("--budget", type=float, default=float(os.environ.get("MUTATE_BUDGET_S", 0)) or None,
                        help="seconds for the whole run (MUTATE_BUDGET_S): a module still running then is stopped "
                             "and reported unfinished, the ones after it are not started; neither fails the run")
    parser.add_argument("--list", action="store_true", help="print the modules and their tests, run nothing")
    parser.add_argument("--or-rotate", type=int, default=int(os.environ.get("MUTATE_ROTATE", 0)), metavar="N",
                        help="when --changed finds nothing (CI on main): run N modules of the table, a different "
                             "few each day, and report their scores without failing (MUTATE_ROTATE)")
    args = parser.parse_args(argv)

    modules = args.modules or list(MODULES)
    unknown = [m for m in modules if m not in MODULES]
    if unknown:
        parser.error(f"not in the table (tools/mutate.py MODULES): {', '.join(unknown)}")
    report_only = False
    if args.changed:
        changed = set(changed_modules(args.base or default_base()))
        modules = [m for m in modules if m in changed]
        if not modules and args.or_rotate > 0:
            modules, report_only = rotation(args.or_rotate), True
            print(f"mutate: no module changed; today's rotation (report only): {', '.join(modules)}")
    if args.list:
        for module in modules:
            part = f" [only {', '.join(FUNCTIONS[module])}]" if module in FUNCTIONS else ""
            print(f"{module}{part}: {' '.join(tests_for(module))}")
        return 0
    if not modules:
        print("mutate: no module to run")
        return 0
    if shutil.which(_mutmut()[0]) is None and len(_mutmut()) == 1:
        sys.exit("mutate: mutmut is not installed (pip install -e '.[test]')")

    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    deadline = time.monotonic() + args.budget if args.budget else None
    with open(OUT / "mutmut.log", "w", encoding="utf-8") as log:
        for module in modules:
            left = deadline - time.monotonic() if deadline else None
            if left is not None and left < 60:
                print(f"mutate: {module}: not run, the time budget is spent", flush=True)
                continue
            print(f"mutate: {module} ...", flush=True)
            row = run_module(module, args.max_children, log, left)
            rows.append(row)
            print(f"mutate: {module}: {row['score']:.1f} % ({row['killed']} killed, {row['timeout']} timeout, "
                  f"{row['survived']} survived, {row['no_tests']} no tests; {row['seconds']} s"
                  f"{'' if row['finished'] else '; stopped unfinished at the time budget'})", flush=True)
            write_report(rows, args.min)
            if row["mutants"] == 0 and row["finished"]:
                print(f"mutate: {module}: mutmut reported no mutants (exit {row['mutmut_exit']}); "
                      f"see {OUT / 'mutmut.log'}", file=sys.stderr)
    print(f"mutate: report in {OUT / 'report.md'}")
    under = [r for r in rows if r["finished"] and (r["mutants"] == 0 or r["score"] < args.min)]
    for r in under:
        print(f"mutate: {r['module']} is under {args.min:g} %", file=sys.stderr)
    return 1 if under and not report_only else 0


def rotation(count: int, day: int | None = None) -> list[str]:
    """``count`` modules of the table, moving on each day: over a few weeks of CI runs on
    main, every module is measured again (a nightly-sized subset, not the whole hour)."""
    names = list(MODULES)
    day = time.gmtime().tm_yday if day is None else day
    start = (day * count) % len(names)
    return [names[(start + i) % len(names)] for i in range(min(count, len(names)))]


if __name__ == "__main__":
    sys.exit(main())
