"""What every subcommand shares: the --library option, opening a library or
exiting with one line, plain tables, and the drawn export formats (only the
command line, an entry point, may import widgets). Imports nothing else of app.cli."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.words import fill, translate
from app.paths import default_library
from storage import series

EXIT_USAGE = 2


def library_arg(parser: argparse.ArgumentParser, top: bool) -> None:
    # Subparsers use SUPPRESS, so --library works before or after the subcommand name.
    parser.add_argument(
        "--library", metavar="PATH", type=Path,
        default=None if top else argparse.SUPPRESS,
        help=translate("Cli", "library file to use (default: meshwork.db in your data folder)"),
    )


def open_or_exit(path: Path | None, reads_only: bool = False):
    """Open the library for a subcommand, or print one line and exit with status 2.
    A subcommand that ``reads_only`` does not wait for the whole file to be checked
    (PRAGMA quick_check reads every page): a damaged page it reads still stops it with
    a clear line (app/cli/parser.py), and it writes nothing."""
    from storage.library import LibraryError, open_library

    try:
        return open_library(path or default_library(), whole_check=not reads_only)
    except LibraryError as exc:
        print(f"meshwork: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def format_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=False)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def load_drawn_exporters() -> None:
    """PNG, SVG, PDF, HTML and the report register themselves from widgets (only
    the entry point may import widgets); app.cli.io calls this when needed."""
    try:
        from widgets.export.formats import register_drawn_formats
    except ImportError:
        return
    register_drawn_formats()


class BadInput(Exception):
    """A command-line mistake: one line for the person, exit status 2."""


def pick(rows: list[dict], wanted: str, name_key: str, what: str) -> dict:
    """The row whose id is ``wanted``, else the one whose name is (ignoring case),
    else the one whose id starts with it."""
    for row in rows:
        if row["id"] == wanted:
            return row
    named = [r for r in rows if (r[name_key] or "").casefold() == wanted.strip().casefold()]
    if not named and len(wanted) >= 4:
        named = [r for r in rows if r["id"].startswith(wanted)]
    if len(named) == 1:
        return named[0]
    if not named:
        missing = (translate("Cli", "no session %1 in this library (see `meshwork sessions`)") if what == "session"
                   else translate("Cli", "no series %1 in this library (see `meshwork sessions`)"))
        raise BadInput(fill(missing, repr(wanted)))
    ids = ", ".join(r["id"] for r in named[:5])
    several = (translate("Cli", "%1 sessions are called %2 (%3); give the id instead") if what == "session"
               else translate("Cli", "%1 series are called %2 (%3); give the id instead"))
    raise BadInput(fill(several, len(named), repr(wanted), ids))


def find_session(db, wanted: str) -> dict:
    return pick(series.session_list(db), wanted, "title", "session")


def find_series(db, wanted: str) -> dict:
    return pick(series.all_series(db), wanted, "name", "series")


def fail(message: str) -> int:
    """One line for the person on standard error; the exit status for a usage mistake."""
    print(f"meshwork: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USAGE
