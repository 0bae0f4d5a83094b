"""The ``meshwork`` command: the window, or a headless subcommand."""

from __future__ import annotations

import argparse
import json
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
    from app.patterns_cli import add_parsers as add_pattern_parsers

    add_pattern_parsers(sub, _library_arg)  # compare, trends
    return parser


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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is not None:
        return run(args)
    from widgets.app_main import run_window

    return run_window(args.library or default_library())


if __name__ == "__main__":
    sys.exit(main())
