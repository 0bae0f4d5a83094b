"""The ``meshwork`` command: the window, or a headless subcommand. This module
builds the parser from the subcommand groups (library, patterns, io), which
share app.cli.common; nothing below imports it back."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from app.cli import io, library, patterns
from app.cli.common import library_arg
from app.paths import default_library


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meshwork",
        description="Facilitate collaborative knowledge workshops. Without a subcommand, opens the window.",
    )
    library_arg(parser, top=True)
    parser.add_argument(
        "--room", metavar="ADDRESS", nargs="?", const="", default=None,
        help="switch Room join on for the reopened session and print the join URL "
             "(optionally on ADDRESS, e.g. 127.0.0.1; default: the first network address)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    library.add_parsers(sub)  # sessions, check, methods, demo
    patterns.add_parsers(sub, library_arg)  # compare, trends
    io.add_parsers(sub, library_arg)  # export, export-series, import
    return parser


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
