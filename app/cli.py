"""The ``meshwork`` command: the window, or a headless subcommand."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.paths import default_library

EXIT_USAGE = 2


def _library_arg(parser: argparse.ArgumentParser, top: bool) -> None:
    # Subparsers use SUPPRESS, so --library works before or after the subcommand name.
    parser.add_argument(
        "--library", metavar="PATH", type=Path,
        default=None if top else argparse.SUPPRESS,
        help="library file to use (default: meshwork.db in your data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meshwork",
        description="Facilitate collaborative knowledge workshops. Without a subcommand, opens the window.",
    )
    _library_arg(parser, top=True)
    parser.add_argument(
        "--room", metavar="ADDRESS", nargs="?", const="", default=None,
        help="switch Room join on for the reopened session and print the join URL "
             "(optionally on ADDRESS, e.g. 127.0.0.1; default: the first network address)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing = sub.add_parser("sessions", help="list the series and sessions in a library")
    _library_arg(listing, top=False)
    listing.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    listing.set_defaults(run=cmd_sessions)
    check = sub.add_parser(
        "check", help="report on a library's health (integrity, schema, counts, orphans); never writes",
        description="Exit status: 0 healthy, 1 problems found, 2 the file cannot be used.",
    )
    _library_arg(check, top=False)
    check.set_defaults(run=_cmd_check)
    _add_method_commands(sub)
    from app.patterns_cli import add_parsers as add_pattern_parsers

    add_pattern_parsers(sub, _library_arg)  # compare, trends
    from app.io.cli_run import add_parsers as add_io_parsers

    add_io_parsers(sub, _library_arg)  # export, export-series, import
    return parser


def load_drawn_exporters() -> None:
    """PNG, SVG, PDF, HTML and the report register themselves from widgets (only
    the entry point may import widgets); app.io.cli_run calls this when needed."""
    try:
        from widgets.export_formats import register_drawn_formats
    except ImportError:
        return
    register_drawn_formats()


def _add_method_commands(sub) -> None:
    listing = sub.add_parser("methods", help="list the workshop methods (shipped and your own)",
                             description="Exit status: 0, or 1 when a method file is broken (named on stderr).")
    _library_arg(listing, top=False)  # accepted for symmetry; methods do not live in a library
    listing.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    listing.set_defaults(run=_cmd_methods)
    demo = sub.add_parser("demo", help="build the demo series (three sessions of a claims team) in a library")
    _library_arg(demo, top=False)
    demo.set_defaults(run=_cmd_demo)


def _cmd_methods(args: argparse.Namespace) -> int:
    from app import methods

    found, problems = methods.find_methods()
    if args.json:
        print(json.dumps([m.summary() for m in found], indent=2, ensure_ascii=False))
    else:
        print(format_table(["Id", "Name", "Canvases", "Steps", "Minutes", "Source"],
                           [[m.id, m.name, str(len(m.canvases)), str(len(m.agenda)),
                             str(m.summary()["minutes"]), "user" if m.user else "shipped"] for m in found]))
    for problem in problems:
        print(f"meshwork: broken method file {problem}", file=sys.stderr)
    return 1 if problems else 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from app import demo
    from storage import sessions

    db = open_or_exit(args.library)
    try:
        series_id = demo.build_demo(db)
        built = sessions.in_series(db, series_id)
    except demo.DemoExists as exc:
        print(f"meshwork: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"Built the demo series “{demo.SERIES_NAME}” in {args.library or default_library()}:")
    print(format_table(["Date", "Session", "Method"], [[s["date"], s["title"], s["method"]] for s in built]))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from app.check import cmd_check

    return cmd_check(args)


def open_or_exit(path: Path | None):
    """Open the library for a subcommand, or print one line and exit with status 2."""
    from storage.library import LibraryError, open_library

    try:
        return open_library(path or default_library())
    except LibraryError as exc:
        print(f"meshwork: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def cmd_sessions(args: argparse.Namespace) -> int:
    from storage import series

    db = open_or_exit(args.library)
    try:
        rows = series.session_list(db)
    finally:
        db.close()
    if args.json:
        keys = ["id", "title", "date", "series", "series_id", "facilitator", "method", "cards"]
        print(json.dumps([{k: r[k] for k in keys} for r in rows], indent=2, ensure_ascii=False))
        return 0
    print(format_table(["Series", "Date", "Session", "Cards", "Id"],
                       [[r["series"] or "(no series)", r["date"], r["title"], str(r["cards"]), r["id"]]
                        for r in rows]))
    if not rows:
        print("(no sessions yet)")
    return 0


def format_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=False)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


EXIT_BROKEN_PIPE = 128 + 13  # what a Unix tool killed by SIGPIPE reports (`yes | head` under pipefail)


def _reader_gone() -> int:
    """The reader of our output stopped early (``| head``): end quietly, as Unix tools
    do. Point stdout at /dev/null so the interpreter's own last flush fails no more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is not None:
        try:
            status = run(args)
            sys.stdout.flush()  # inside the try: a reader gone before the last flush counts too
        except BrokenPipeError:
            return _reader_gone()
        return status
    from widgets.app_main import run_window

    return run_window(args.library or default_library(), room=args.room)


if __name__ == "__main__":
    sys.exit(main())
