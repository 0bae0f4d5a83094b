"""The one error an import raises: what is wrong and where, fit to show a person."""

from __future__ import annotations


class ImportRefused(Exception):
    """A file that was not imported; the library is unchanged.

    ``where`` names the place in the file (a line and column, a JSON path, a CSV
    row and column) when there is one."""

    def __init__(self, path: object, problem: str, where: str | None = None):
        self.path = str(path)
        self.problem = problem
        self.where = where
        place = f"{self.path}, {where}" if where else self.path
        super().__init__(" ".join(f"{place}: {problem}; nothing was imported".split()))


class ExportFailed(Exception):
    """An export that could not be written (the target was left as it was)."""
