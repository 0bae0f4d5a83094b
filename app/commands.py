"""Undoable edits. Each command calls the document and nothing else; the views
follow the document's signals."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.document import NULLED, SessionDocument
from app.model import Record


class Command(QUndoCommand):
    """The editor runs a command once itself (so a failed write never reaches the
    stack) and then pushes it; the stack's first redo() is then skipped."""

    def __init__(self, text: str):
        super().__init__(text)  # no Qt parent: a macro (app.editor._Macro) runs its own children
        self.done = False

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self.apply()
        super().redo()  # children of a macro-like command

    def undo(self) -> None:
        super().undo()
        self.revert()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


def run_then_push(command: Command, stack, db, report) -> bool:
    """Run a command once, then put it on its undo stack, so a write that fails (or a
    read-only library) never leaves a step on the stack that the library lacks.
    ``report`` receives a message fit to show."""
    from app import read_only

    reason = read_only.notice(db)
    if reason:
        report(QCoreApplication.translate("Commands", "“{0}” was not saved. {1}").format(command.text(),
                                                                                       reason.said()))
        return False
    try:
        command.apply()
    except (sqlite3.Error, OSError) as exc:
        report(QCoreApplication.translate("Commands", "Could not save “{0}”: {1}").format(command.text(), exc))
        return False
    command.done = True
    stack.push(command)
    return True


class AddCommand(Command):
    def __init__(self, doc: SessionDocument, table: str, records: Iterable[Record], text: str):
        super().__init__(text)
        self.doc, self.table = doc, table
        self.records = [r.copy() for r in records]

    def apply(self) -> None:
        self.doc.add(self.table, [r.copy() for r in self.records])

    def revert(self) -> None:
        self.doc.remove(self.table, [r.id for r in self.records])


class RemoveCommand(Command):
    """Removes records and what depends on them; undo puts all of it back exactly."""

    def __init__(self, doc: SessionDocument, table: str, ids: Iterable[str], text: str):
        super().__init__(text)
        self.doc, self.table = doc, table
        self.ids = [i for i in ids if doc.get(table, i) is not None]
        self.restore = _with_dependents(doc, table, self.ids)
        # What pointed at the removed records and is cleared with them (cards' authors,
        # reflections' cards) points at them again when they come back.
        self.pointers = []
        for tbl, records in self.restore:
            gone = {r.id for r in records}
            for dep_table, column in NULLED.get(tbl, []):
                pointing = doc.pointing_at(dep_table, column, gone)
                self.pointers.append((dep_table, {r.id: {column: getattr(r, column)} for r in pointing}))

    def apply(self) -> None:
        self.doc.remove(self.table, self.ids)

    def revert(self) -> None:
        for table, records in self.restore:
            present = [r.copy() for r in records if self.doc.get(table, r.id) is None]
            if present:
                self.doc.add(table, present)
        for dep_table, fields in self.pointers:
            fields = {i: f for i, f in fields.items() if self.doc.get(dep_table, i) is not None}
            if fields:
                self.doc.change(dep_table, fields)


class ChangeCommand(Command):
    """Field changes on one or more records. Commands with the same merge key over
    the same records merge, so a run of nudges is one undo step."""

    def __init__(
        self,
        doc: SessionDocument,
        table: str,
        after: Mapping[str, Mapping[str, Any]],
        text: str,
        merge_key: int = -1,
    ):
        super().__init__(text)
        self.doc, self.table, self.merge_key = doc, table, merge_key
        self.after = {i: dict(f) for i, f in after.items()}
        self.before = {
            i: {k: _copy(getattr(doc.get(table, i), k)) for k in f} for i, f in self.after.items()
        }

    def id(self) -> int:
        return self.merge_key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.table != self.table:
            return False
        if set(other.after) != set(self.after):
            return False
        for record_id, fields in other.after.items():
            self.after[record_id].update(fields)
        return True

    def apply(self) -> None:
        self.doc.change(self.table, self.after)

    def revert(self) -> None:
        self.doc.change(self.table, self.before)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _with_dependents(doc: SessionDocument, table: str, ids: list[str]) -> list[tuple[str, list]]:
    """Records to re-add on undo (what the removal takes with it too), parents before
    the rows that point at them: the cascade lists each table after the one it hangs on;
    zones, which hang on the canvas but hold cards, come back right after the canvas, so
    each card returns inside its zone."""
    found = [(tbl, [doc.get(tbl, i).copy() for i in keys]) for tbl, keys in doc.cascade(table, ids).items()]
    return sorted(found, key=lambda item: item[0] not in ("canvases", "zones"))


class SessionCommand(Command):
    """A change to the session's own fields, such as the dots each participant may place."""

    def __init__(self, doc: SessionDocument, fields: Mapping[str, Any], text: str):
        super().__init__(text)
        self.doc = doc
        self.after = dict(fields)
        self.before = {k: doc.session.get(k) for k in fields}

    def apply(self) -> None:
        self.doc.change_session(self.after)

    def revert(self) -> None:
        self.doc.change_session(self.before)
