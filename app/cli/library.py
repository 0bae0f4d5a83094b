"""Subcommands about the library itself: sessions, check, methods, demo."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import format_table, library_arg, open_or_exit
from app.cli.words import fill, translate
from app.paths import default_library


def add_parsers(sub) -> None:
    listing = sub.add_parser("sessions", help=translate("Cli", "list the series and sessions in a library"))
    library_arg(listing, top=False)
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print a JSON list instead of a table"))
    listing.set_defaults(run=cmd_sessions)
    check = sub.add_parser(
        "check",
        help=translate("Cli", "report on a library's health (integrity, schema, counts, orphans); never writes"),
        description=translate("Cli", "Exit status: 0 healthy, 1 problems found, 2 the file cannot be used."),
    )
    library_arg(check, top=False)
    check.set_defaults(run=_cmd_check)
    _add_method_commands(sub)


def _add_method_commands(sub) -> None:
    listing = sub.add_parser("methods", help=translate("Cli", "list the workshop methods (shipped and your own)"),
                             description=translate("Cli", "Exit status: 0, or 1 when a method file is broken "
                                                          "(named on stderr)."))
    library_arg(listing, top=False)  # accepted for symmetry; methods do not live in a library
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print a JSON list instead of a table"))
    listing.set_defaults(run=_cmd_methods)
    demo = sub.add_parser("demo",
                          help=translate("Cli", "build the demo series (three sessions of a claims team) in a library"))
    library_arg(demo, top=False)
    demo.set_defaults(run=_cmd_demo)


def _cmd_methods(args: argparse.Namespace) -> int:
    from app import methods

    found, problems = methods.find_methods()
    if args.json:
        print(json.dumps([m.summary() for m in found], indent=2, ensure_ascii=False))
    else:
        print(format_table([translate("Cli", "Id"), translate("Cli", "Name"), translate("Cli", "Canvases"),
                            translate("Cli", "Steps"), translate("Cli", "Minutes"), translate("Cli", "Source")],
                           [[m.id, m.name, str(len(m.canvases)), str(len(m.agenda)),
                             str(m.summary()["minutes"]), "user" if m.user else "shipped"] for m in found]))
    for problem in problems:
        print("meshwork: " + fill(translate("Cli", "broken method file %1"), problem), file=sys.stderr)
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
    print(fill(translate("Cli", "Built the demo series “%1” in %2:"), demo.SERIES_NAME,
               args.library or default_library()))
    print(format_table([translate("Cli", "Date"), translate("Cli", "Session"), translate("Cli", "Method")],
                       [[s["date"], s["title"], s["method"]] for s in built]))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from app.check import cmd_check

    return cmd_check(args)


def cmd_sessions(args: argparse.Namespace) -> int:
    from storage import series

    db = open_or_exit(args.library, reads_only=True)
    try:
        rows = series.session_list(db)
    finally:
        db.close()
    if args.json:
        keys = ["id", "title", "date", "series", "series_id", "facilitator", "method", "cards"]
        print(json.dumps([{k: r[k] for k in keys} for r in rows], indent=2, ensure_ascii=False))
        return 0
    print(format_table([translate("Cli", "Series"), translate("Cli", "Date"), translate("Cli", "Session"),
                        translate("Cli", "Cards"), translate("Cli", "Id")],
                       [[r["series"] or "(no series)", r["date"], r["title"], str(r["cards"]), r["id"]]
                        for r in rows]))
    if not rows:
        print(translate("Cli", "(no sessions yet)"))
    return 0
