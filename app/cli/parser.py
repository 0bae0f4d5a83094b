"""The ``meshwork`` command: the window, or a headless subcommand. This module
builds the parser from the subcommand groups (library, patterns, io), which
share app.cli.common; nothing below imports it back."""

from __future__ import annotations

import argparse
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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is not None:
        return run(args)
    from widgets.app_main import run_window

    return run_window(args.library or default_library(), room=args.room)


if __name__ == "__main__":
    sys.exit(main())
