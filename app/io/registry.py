"""Which export formats exist: a dict from format name to the function that writes it.

The command line (``meshwork export``) and the File > Export menu dispatch
through ``EXPORTERS`` (one session) and ``SERIES_EXPORTERS`` (a whole series).
A format registers itself with ``register``; drawn formats that need Qt widgets
register a ``"module:function"`` string instead of a function, so that nothing
from ``widgets`` is imported until that format is used.

An exporter is called as ``write(db, session_id, out, **options)`` (a series
exporter with a series id) and returns the paths it wrote. Options it does not
know it must ignore; the command line passes only the options a person gave
(``canvas_id``, ``scale``, ``dpi``, ``include_face_down``).

Every exporter follows app.io.face_down: face-down cards are left out unless
the option ``include_face_down=True`` asks for them. An exporter registered
with ``keeps_face_down=True`` (JSON, the complete session) always keeps them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Writer = Callable[..., list[Path]]


class Written(list):
    """The paths an exporter wrote, and ``notes`` a person should read about them
    (a picture drawn smaller than asked, say). A plain list of paths is fine too."""

    def __init__(self, paths=(), notes=()):
        super().__init__(paths)
        self.notes: list[str] = list(notes)


def notes_of(written: list[Path]) -> list[str]:
    return list(getattr(written, "notes", []))


@dataclass
class Exporter:
    name: str  # the --format value
    write: Writer | str  # a function, or "module:function" imported on first use
    suffix: str  # the usual file suffix, with its dot
    label: str  # as a menu shows it
    scope: str = "session"  # or "series"
    keeps_face_down: bool = False  # True: writes face-down cards whatever include_face_down says

    def __call__(self, db: Any, scope_id: str, out: Path, **options: Any) -> list[Path]:
        if isinstance(self.write, str):
            module, _, attr = self.write.partition(":")
            self.write = getattr(importlib.import_module(module), attr)
        return self.write(db, scope_id, Path(out), **options)


EXPORTERS: dict[str, Exporter] = {}
SERIES_EXPORTERS: dict[str, Exporter] = {}


def register(name: str, write: Writer | str, suffix: str, label: str, scope: str = "session",
             keeps_face_down: bool = False) -> Exporter:
    """Add (or replace) the exporter for a format name."""
    if scope not in ("session", "series"):
        raise ValueError(f"scope must be 'session' or 'series', not {scope!r}")
    exporter = Exporter(name, write, suffix, label, scope, keeps_face_down)
    (EXPORTERS if scope == "session" else SERIES_EXPORTERS)[name] = exporter
    return exporter


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a menu label for pyside6-lupdate (context "ExportFormats") without importing
    Qt here; the window shows it through QCoreApplication.translate."""
    return text


def _register_data_formats() -> None:
    """The data formats of app/io, imported when first used."""
    for name, suffix, label in [
        ("json", ".json", QT_TRANSLATE_NOOP("ExportFormats", "Session (JSON)…")),
        ("csv", ".csv", QT_TRANSLATE_NOOP("ExportFormats", "Cards and Links (CSV)…")),
        ("graphml", ".graphml", QT_TRANSLATE_NOOP("ExportFormats", "Graph (GraphML, for yEd and Gephi)…")),
        ("excalidraw", ".excalidraw", QT_TRANSLATE_NOOP("ExportFormats", "Excalidraw Drawing…")),
        ("md", ".md", QT_TRANSLATE_NOOP("ExportFormats", "Summary (Markdown)…")),
        ("xlsx", ".xlsx", QT_TRANSLATE_NOOP("ExportFormats", "Spreadsheet (XLSX)…")),
    ]:
        module = {"json": "session_json", "csv": "csv_io", "md": "markdown"}.get(name, name)
        register(name, f"app.io.{module}:export", suffix, label, keeps_face_down=name == "json")
    register("gexf", "app.io.gexf:export", ".gexf",
             QT_TRANSLATE_NOOP("ExportFormats", "Series as Dynamic Graph (GEXF)…"), scope="series")


_register_data_formats()
