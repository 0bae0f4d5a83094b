"""What ``meshwork export``, ``meshwork export-series`` and ``meshwork import`` do
(their parsers are built here too). Bad input prints one line and exits with 2."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from app.cli.common import BadInput, find_series, find_session, load_drawn_exporters, open_or_exit
from app.cli.words import fill, translate
from app.io import registry
from app.io.errors import ImportRefused
from app.said import said

EXIT_BAD_INPUT = 2


def _options(args: argparse.Namespace) -> dict:
    names = {"canvas": "canvas_id", "scale": "scale", "dpi": "dpi"}
    options = {key: getattr(args, name) for name, key in names.items() if getattr(args, name, None) is not None}
    if getattr(args, "include_face_down", False):
        from app.io import face_down  # loads the analysis model: only when it is asked for

        options[face_down.OPTION] = True
    return options


def _run(args: argparse.Namespace, body) -> int:
    db = open_or_exit(getattr(args, "library", None))
    try:
        message = body(db)
    except (BadInput, ImportRefused) as exc:
        print(f"meshwork: {said(exc, translate)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (OSError, ValueError, sqlite3.Error) as exc:
        print(f"meshwork: {getattr(exc, 'strerror', None) or exc}{_filename(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        db.close()
    print(message)
    return 0


def _filename(exc: Exception) -> str:
    name = getattr(exc, "filename", None)
    return f": {name}" if name else ""


def _written(paths: list[Path]) -> str:
    return "\n".join(["Wrote " + ", ".join(str(p) for p in paths), *registry.notes_of(paths)])


def cmd_export(args: argparse.Namespace) -> int:
    if args.format not in registry.EXPORTERS:
        load_drawn_exporters()

    def body(db) -> str:
        exporter = registry.EXPORTERS.get(args.format)
        if exporter is None:
            raise BadInput(fill(translate("Cli", "unknown export format %1 (known: %2)"), repr(args.format),
                                ", ".join(sorted(registry.EXPORTERS))))
        session = find_session(db, args.session)
        out = Path(args.out)
        if out.is_dir():
            from app.io.common import slug

            out = out / (slug(session["title"]) + exporter.suffix)
        if not out.parent.is_dir():
            raise BadInput(f"the folder {out.parent} does not exist")
        if args.canvas is not None and args.canvas not in _canvas_ids(db, session["id"]):
            raise BadInput(fill(translate("Cli", "no canvas %1 in session “%2”"), repr(args.canvas), session["title"]))
        return _written(exporter(db, session["id"], out, **_options(args)))

    return _run(args, body)


def _canvas_ids(db, session_id: str) -> set[str]:
    from storage import entities

    return {c["id"] for c in entities.in_session(db, "canvases", session_id)}


def cmd_export_series(args: argparse.Namespace) -> int:
    def body(db) -> str:
        exporter = registry.SERIES_EXPORTERS.get(args.format)
        if exporter is None:
            known = ", ".join(sorted(registry.SERIES_EXPORTERS))
            raise BadInput(fill(translate("Cli", "unknown series export format %1 (known: %2)"), repr(args.format),
                                known))
        group = find_series(db, args.series)
        out = Path(args.out)
        if out.is_dir():
            from app.io.common import slug

            out = out / (slug(group["name"], "series") + exporter.suffix)
        if not out.parent.is_dir():
            raise BadInput(f"the folder {out.parent} does not exist")
        return _written(exporter(db, group["id"], out, **_options(args)))

    return _run(args, body)


def cmd_import(args: argparse.Namespace) -> int:
    def body(db) -> str:
        from app.io.importing import import_path

        path = Path(args.path)
        if not path.is_file():
            raise BadInput(fill(translate("Cli", "%1: no such file"), path))
        options = {}
        if args.series is not None:
            options["series_id"] = find_series(db, args.series)["id"]
        if args.title:
            options["title"] = args.title
        result = import_path(db, path, new_ids=args.new_ids, **options)
        return result.message + "".join(f"\n  {sid}" for sid in result.session_ids)

    return _run(args, body)


def add_parsers(sub, library_arg) -> None:
    """export, export-series and import; ``library_arg`` is app.cli.common.library_arg."""
    export = sub.add_parser(
        "export", help=translate("Cli", "write a session to a file (json, csv, graphml, excalidraw, md, xlsx, ...)"),
        description=translate("Cli", "Exit status: 0 written, 2 bad input (nothing is written then)."))
    library_arg(export, top=False)
    export.add_argument("session", metavar="SESSION", help=translate("Cli", "session id or its (unambiguous) title"))
    export.add_argument("--format", "-f", required=True, metavar="F",
                        help=translate("Cli", "json, csv, graphml, excalidraw, md, xlsx, or a drawn format"))
    export.add_argument("--out", "-o", required=True, type=Path, metavar="PATH",
                        help=translate("Cli", "file to write (csv writes PATH-cards.csv and PATH-links.csv); a "
                                              "folder names it"))
    export.add_argument("--canvas", metavar="ID", default=None, help=translate("Cli", "only this canvas"))
    export.add_argument("--scale", type=float, default=None, help=translate("Cli", "scale of drawn formats"))
    export.add_argument("--dpi", type=int, default=None, help=translate("Cli", "resolution of drawn formats"))
    _face_down_arg(export)
    export.set_defaults(run=cmd_export)
    series_export = sub.add_parser("export-series",
                                   help=translate("Cli", "write a whole series, e.g. as a dynamic GEXF graph"),
                                   description=translate("Cli", "Exit status: 0 written, 2 bad input."))
    library_arg(series_export, top=False)
    series_export.add_argument("series", metavar="SERIES", help=translate("Cli", "series id or its (unambiguous) name"))
    series_export.add_argument("--format", "-f", default="gexf", metavar="F",
                               help=translate("Cli", "gexf (the default)"))
    series_export.add_argument("--out", "-o", required=True, type=Path, metavar="PATH")
    _face_down_arg(series_export)
    series_export.set_defaults(run=cmd_export_series)
    importing = sub.add_parser(
        "import", help=translate("Cli", "import a session .json, a .csv of cards, or the sessions of another library"),
        description=translate("Cli", "Runs in one transaction: a refused file leaves the library unchanged (exit "
                                     "status 2)."))
    library_arg(importing, top=False)
    importing.add_argument("path", metavar="PATH", type=Path)
    importing.add_argument("--new-ids", action="store_true",
                           help=translate("Cli", "import a session .json that is already here as a copy with "
                                                 "fresh ids"))
    importing.add_argument("--series", metavar="SERIES", default=None, help=translate("Cli", "series for a CSV import"))
    importing.add_argument("--title", default=None, help=translate("Cli", "session title for a CSV import"))
    importing.set_defaults(run=cmd_import)


def _face_down_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--include-face-down", action="store_true",
                        help=translate("Cli", "also export the text of face-down cards (a silent round's cards "
                                              "not revealed yet); "
                             "left out by default (json always keeps them: it is the complete session)"))

