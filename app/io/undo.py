"""An import as an undoable library edit: undo takes the imported sessions out
again (and any series the import brought), redo puts the same rows back."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from app.commands import Command
from storage import imports, series, snapshot
from storage.library import transaction


class ImportCommand(Command):
    """Pushed after the import ran (``done``), like every library edit."""

    def __init__(self, db: Database, text: str, session_ids: list[str], new_series: set[str], on_change=None):
        super().__init__(text)
        self.db, self.session_ids, self.new_series = db, list(session_ids), set(new_series)
        self.on_change = on_change
        self.saved: list[dict[str, Any]] = []
        self.series_rows: list[dict[str, Any]] = []
        self.done = True

    def revert(self) -> None:
        self.saved = [snapshot.dump_session(self.db, sid) for sid in self.session_ids]
        self.series_rows = [row for sid in self.new_series if (row := series.get(self.db, sid))]
        with transaction(self.db):
            imports.remove_sessions(self.db, self.session_ids, self.new_series)
        self._changed()

    def apply(self) -> None:
        with transaction(self.db):
            for row in self.series_rows:
                imports.ensure_series(self.db, row)
            for dump in self.saved:
                imports.add_session(self.db, dump)
        self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()
