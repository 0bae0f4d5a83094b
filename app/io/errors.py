"""The one error an import raises: what is wrong and where, fit to show a person
in the window's language or the command line's (app.said)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.said import Said, Translate

CONTEXT = "Import"


def problem(text: str, *args: Any) -> Said:
    """An import's problem, said later in the reader's language; ``text`` is marked
    where it is written: problem(QT_TRANSLATE_NOOP("Import", "…{0}…"), value)."""
    return Said(CONTEXT, text, *args)


def line(n: int, column: int | None = None) -> Said:
    """Where in a text file: "line 3" or "line 3, column 7"."""
    if column is None:
        return problem(QT_TRANSLATE_NOOP("Import", "line {0}"), n)
    return problem(QT_TRANSLATE_NOOP("Import", "line {0}, column {1}"), n, column)


class ImportRefused(Exception):
    """A file that was not imported; the library is unchanged.

    ``where`` names the place in the file (a line and column, a JSON path, a CSV
    row and column) when there is one. ``str()`` is English; ``said()`` says it in
    the window's language (or the one ``translate`` speaks)."""

    def __init__(self, path: object, problem: str, where: str | None = None, *, in_window: str | None = None):
        self.path = str(path)
        self.problem = problem
        self.where = where
        self.in_window = in_window  # the problem as the window says it (no command-line options), if different
        super().__init__(" ".join(str(self._said(problem)).split()))

    def _said(self, problem: str) -> Said:
        place = Said(None, "{0}, {1}", self.path, self.where) if self.where else self.path
        return Said(CONTEXT, QT_TRANSLATE_NOOP("Import", "{0}: {1}; nothing was imported"), place, problem)

    def said(self, translate: Translate | None = None, window: bool = False) -> str:
        """The refusal in the reader's language; ``window`` for the window's own wording."""
        problem = self.in_window if window and self.in_window is not None else self.problem
        return " ".join(self._said(problem).said(translate).split())


class ExportFailed(Exception):
    """An export that could not be written (the target was left as it was)."""
