"""`meshwork PATH`, as a file manager runs it: a library (.meshwork, or any
Meshwork SQLite file) opens as the library; a session .json is imported into the
library (or found there, if it already is) and opened."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from app.cli.common import EXIT_USAGE, open_or_exit
from app.cli.words import fill, translate
from app.paths import default_library

# Options of the top-level parser that take a value, so their value is not the file.
VALUED = {"--library"}


@dataclass
class Target:
    library: Path
    session_id: str | None = None


class Refused(Exception):
    """The file cannot be opened: one line for the person."""


def split_file(argv: list[str], commands: set[str]) -> tuple[list[str], str | None]:
    """Take the file out of ``argv`` (the first word that is neither an option, an
    option's value nor a subcommand), so argparse sees only options and subcommands."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            rest = argv[i + 1:]
            return argv[:i], rest[0] if rest else None
        if token in VALUED:
            i += 2
            continue
        if token == "--room":  # its address is optional: a word that names an existing file is the file
            following = argv[i + 1] if i + 1 < len(argv) else None
            takes = following is not None and not following.startswith("-") and following not in commands \
                and not Path(following).exists()
            i += 2 if takes else 1
            continue
        if token.startswith("-"):
            i += 1
            continue
        if token in commands:
            return argv, None
        return argv[:i] + argv[i + 1:], token
    return argv, None


def resolve(path: Path, library: Path | None) -> Target:
    """The library to open and the session to show for ``path``."""
    from storage.library import SQLITE_HEADER

    if not path.is_file():
        raise Refused(fill(translate("Cli", "%1: no such file (and not a command: see `meshwork --help`)"), path))
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        return Target(path)
    if path.suffix.lower() != ".json":
        raise Refused(fill(translate("Cli", "%1: not a Meshwork library or session file"), path))
    return Target(library or default_library(), _import_session(library, path))


def _import_session(library: Path | None, path: Path) -> str:
    from app.io import session_json
    from app.io.errors import ImportRefused
    from app.io.importing import import_path
    from app.said import said
    from storage import sessions

    db = open_or_exit(library)
    try:
        try:
            wanted = session_json.read_document(path)["session"]["id"]
        except (ImportRefused, KeyError, TypeError) as exc:
            raise Refused(said(exc, translate)) from None
        if sessions.get(db, wanted):
            return wanted  # opened again: already imported once
        try:
            return import_path(db, path).session_ids[0]
        except ImportRefused as exc:
            raise Refused(said(exc, translate)) from None
    finally:
        db.close()


def open_file(path: str, args: argparse.Namespace) -> int:
    from widgets.app_main import run_window, show_refusal

    try:
        target = resolve(Path(path), args.library)
    except Refused as exc:
        print(f"meshwork: {exc}", file=sys.stderr)
        if not sys.stderr.isatty() and _has_display():
            show_refusal(str(exc))  # started from a file manager: no terminal shows the line
        return EXIT_USAGE
    return run_window(target.library, room=args.room, session_id=target.session_id)


def _has_display() -> bool:
    """A dialog needs somewhere to appear; on a headless machine Qt would abort instead."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
