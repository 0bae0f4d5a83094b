"""The ``meshwork`` command: the window, or a headless subcommand. This module
builds the parser from the subcommand groups (library, patterns, roles, io,
desktop, smoke) and opens a file given by a file manager (opening), which share
app.cli.common; nothing below imports it back."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.cli import desktop, io, library, opening, patterns, roles, smoke
from app.cli.common import library_arg
from app.cli.words import fill, translate
from app.paths import default_library


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meshwork",
        usage="%(prog)s [options] [FILE | COMMAND ...]",
        description=translate("Cli", "Facilitate collaborative knowledge workshops. Without a subcommand, opens "
                                     "the window; "
                    "with a FILE, opens that library (.meshwork) or imports and opens that session (.json)."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    library_arg(parser, top=True)
    parser.add_argument(
        "--room", metavar="ADDRESS", nargs="?", const="", default=None,
        help=translate("Cli", "switch Room join on for the reopened session and print the join URL "
             "(optionally on ADDRESS, e.g. 127.0.0.1; default: the first network address)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    library.add_parsers(sub)  # sessions, check, methods, demo
    patterns.add_parsers(sub, library_arg)  # compare, trends
    roles.add_parsers(sub, library_arg)  # roles (role profiles)
    io.add_parsers(sub, library_arg)  # export, export-series, import
    desktop.add_parsers(sub)  # install-desktop
    smoke.add_parsers(sub)  # smoke (the bundle's self-check)
    return parser


def subcommands(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommand names, so a word that is none of them can be taken for a file."""
    return {name for action in parser._actions if isinstance(action.choices, dict) for name in action.choices}


EXIT_DAMAGED = 2  # as when open_library refuses a damaged file
EXIT_BROKEN_PIPE = 128 + 13  # what a Unix tool killed by SIGPIPE reports (`yes | head` under pipefail)


def _reader_gone() -> int:
    """The reader of our output stopped early (``| head``): end quietly, as Unix tools
    do. Point stdout at /dev/null so the interpreter's own last flush fails no more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv, file = opening.split_file(list(sys.argv[1:] if argv is None else argv), subcommands(parser))
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is not None:
        try:
            status = run(args)
            sys.stdout.flush()  # inside the try: a reader gone before the last flush counts too
        except BrokenPipeError:
            return _reader_gone()
        except sqlite3.DatabaseError as exc:  # a damaged page, read by a command that skipped the whole check
            print("meshwork: " + fill(translate(
                "Cli", "the library could not be read (%1); it may be damaged: `meshwork check` looks it over, "
                       "and opening it in the window offers its newest good backup. Nothing was changed"), exc),
                file=sys.stderr)
            return EXIT_DAMAGED
        return status
    if file is not None:
        return opening.open_file(file, args)
    from widgets.app_main import run_window

    return run_window(args.library or default_library(), room=args.room)


if __name__ == "__main__":
    sys.exit(main())
