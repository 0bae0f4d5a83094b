"""Library-level edits (series and sessions) as undoable commands, and the
signal the library panel follows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlite_utils import Database

from app import follow_up, methods
from app.commands import Command, run_then_push
from app.said import field_problems
from storage import events, rules, series, sessions, snapshot
from storage import rows as row_io
from storage.continuation import continue_session
from storage.library import new_id, transaction

translate = QCoreApplication.translate  # undo texts in the window's language (context "Library")


class Library(QObject):
    """The open library file, seen as series and sessions."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, path: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.path = path
        self.stack = QUndoStack(self)

    # -- reading -----------------------------------------------------------------

    def all_series(self) -> list[dict[str, Any]]:
        return series.all_series(self.db)

    def session_list(self) -> list[dict[str, Any]]:
        return series.session_list(self.db)

    def most_recent_session(self) -> dict[str, Any] | None:
        return sessions.most_recent(self.db)

    # -- edits -------------------------------------------------------------------

    def create_series(self, name: str) -> str | None:
        row = {"id": new_id(), "name": name.strip()}
        ok = self._push(_Edit(self, translate("Library", "New series {0}").format(name), [("insert", "series", row)]))
        return row["id"] if ok else None

    def rename_series(self, series_id: str, name: str) -> bool:
        old = series.get(self.db, series_id)["name"]
        return self._push(_Edit(self, translate("Library", "Rename series"),
                                [("update", "series", series_id, {"name": name})],
                                [("update", "series", series_id, {"name": old})]))

    def delete_series(self, series_id: str) -> bool:
        data = {
            "series": series.get(self.db, series_id),
            "sessions": [snapshot.dump_session(self.db, s["id"])
                         for s in sessions.in_series(self.db, series_id)],
        }
        return self._push(_DeleteSeries(self, data))

    def create_session(self, series_id: str | None, title: str, date: str | None = None,
                       **fields: Any) -> str | None:
        session_id = new_id()
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        row = {
            "id": session_id, "series_id": series_id, "title": title.strip(),
            "date": date or dt.date.today().isoformat(), "created_at": stamp, "updated_at": stamp,
            **fields,
        }
        # The first canvas's name is written in the window's language; from then on it is data.
        canvas = {"id": new_id(), "session_id": session_id, "name": translate("Library", "Canvas 1"), "position": 0}
        ok = self._push(_Edit(self, translate("Library", "New session {0}").format(title),
                              [("insert", "sessions", row), ("insert", "canvases", canvas)]))
        return session_id if ok else None

    def rename_session(self, session_id: str, title: str) -> bool:
        old = sessions.get(self.db, session_id)["title"]
        return self._push(_Edit(self, translate("Library", "Rename session"),
                                [("update", "sessions", session_id, {"title": title})],
                                [("update", "sessions", session_id, {"title": old})]))

    def delete_session(self, session_id: str) -> bool:
        return self._push(_DeleteSession(self, snapshot.dump_session(self.db, session_id)))

    def continue_session(self, source_id: str, canvas_ids: list[str], title: str,
                         date: str | None = None) -> str | None:
        """A new session of the series carrying the chosen canvases (with lineage);
        undo deletes it again."""
        command = _ContinueSession(self, source_id, list(canvas_ids), title.strip(), date)
        return command.session_id if self._push(command) else None

    def create_built(self, text: str, write: Callable[[Database], None],
                     created: list[tuple[str, str]]) -> bool:
        """Something made in one go, such as a session set up by a method or the demo
        series: ``write`` inserts it (rows and events) inside one transaction; undo
        deletes ``created`` [(table, id)], the last first, and redo writes it again."""
        return self._push(_Build(self, text, write, created))

    def _push(self, command: _LibraryCommand) -> bool:
        problems = command.rule_problems() if isinstance(command, _Edit) else []
        if problems:  # refused before any write, like an edit inside a session
            said = field_problems(problems).said()  # the row rules' words, in the window's language
            self.failed.emit(self.tr("“{0}” was not saved: {1}").format(command.text(), said))
            return False
        return run_then_push(command, self.stack, self.db, self.failed.emit)


class _LibraryCommand(Command):
    """Run once by ``Library._push`` before it is pushed, like a session edit."""

    def __init__(self, library: Library, text: str):
        super().__init__(text)
        self.library = library

    def _run(self, steps: list[tuple], action: str) -> None:
        db = self.library.db
        with transaction(db):
            for step in steps:
                kind, table, *rest = step
                if kind == "insert":
                    row = row_io.insert(db, table, rest[0])
                    entity_id, verb, payload = row["id"], "add", row
                elif kind == "update":
                    row_io.update(db, table, rest[0], rest[1])
                    entity_id, verb, payload = rest[0], "change", {"after": rest[1]}
                else:
                    row_io.delete(db, table, rest[0])
                    entity_id, verb, payload = rest[0], "remove", {}
                # Rows inside a session are logged with it, so a replay sees them.
                session_id = None
                if kind != "delete":
                    session_id = entity_id if table == "sessions" else payload.get("session_id")
                events.append(db, session_id, verb, table, entity_id, {**payload, "via": action})
        self.library.changed.emit()


class _Edit(_LibraryCommand):
    """Inserts or updates; undo deletes what was inserted, or applies ``undo_steps``."""

    def __init__(self, library: Library, text: str, steps: list[tuple],
                 undo_steps: list[tuple] | None = None):
        super().__init__(library, text)
        self.steps = steps
        self.undo_steps = undo_steps or [
            ("delete", s[1], s[2]["id"]) for s in reversed(steps) if s[0] == "insert"
        ]

    def rule_problems(self) -> list[rules.Problem]:
        """What the inserted rows and changed fields break of the row rules."""
        return [p for kind, table, *rest in self.steps if kind != "delete"
                for p in (rules.check_row(table, rest[0]) if kind == "insert"
                          else rules.check_fields(table, rest[1], rest[0]))]

    def apply(self) -> None:
        self._run(self.steps, "edit")

    def revert(self) -> None:
        self._run(self.undo_steps, "undo")


class _Build(_LibraryCommand):
    def __init__(self, library: Library, text: str, write: Callable[[Database], None],
                 created: list[tuple[str, str]]):
        super().__init__(library, text)
        self.write = write
        self.created = created

    def apply(self) -> None:
        with transaction(self.library.db):
            self.write(self.library.db)
        self.library.changed.emit()

    def revert(self) -> None:
        # Deleting a session or series takes everything inside it along (ON DELETE CASCADE).
        self._run([("delete", table, row_id) for table, row_id in reversed(self.created)], "undo")


class _DeleteSession(_LibraryCommand):
    def __init__(self, library: Library, data: dict[str, Any]):
        super().__init__(library, translate("Library", "Delete session {0}").format(data["session"]["title"]))
        self.data = data

    def apply(self) -> None:
        self._run([("delete", "sessions", self.data["session"]["id"])], "remove")

    def revert(self) -> None:
        with transaction(self.library.db):
            snapshot.restore_session(self.library.db, self.data)
        self.library.changed.emit()


class _ContinueSession(_LibraryCommand):
    """The first run copies through storage.continuation; a redo after undo puts
    back exactly the rows that run made (same ids, so matches and lineage hold)."""

    def __init__(self, library: Library, source_id: str, canvas_ids: list[str], title: str,
                 date: str | None):
        super().__init__(library, translate("Library", "Continue session {0}").format(title))
        self.source_id, self.canvas_ids, self.title, self.date = source_id, canvas_ids, title, date
        self.session_id: str | None = None
        self.data: dict[str, Any] | None = None

    def apply(self) -> None:
        db = self.library.db
        if self.data is None:
            fields = {"date": self.date} if self.date else {}
            with transaction(db):  # the session and its follow-up agenda land together
                row = continue_session(db, self.source_id, self.canvas_ids, self.title, **fields)
                methods.insert_logged(db, row["id"], follow_up.agenda_rows(db, self.source_id, row["id"]))
            self.session_id = row["id"]
            self.data = snapshot.dump_session(db, self.session_id)
            # Event rows are not put back as they were (their seq numbers move on): logged anew.
            self.logged = self.data.pop("events")
            self.data["events"] = []
        else:
            with transaction(db):
                snapshot.restore_session(db, self.data)
                for event in self.logged:
                    payload = event["payload"]
                    payload = json.loads(payload) if isinstance(payload, str) else payload
                    events.append(db, self.session_id, event["action"], event["entity"], event["entity_id"],
                                  {**payload, "via": "redo"})
        self.library.changed.emit()

    def revert(self) -> None:
        self._run([("delete", "sessions", self.session_id)], "undo")


class _DeleteSeries(_LibraryCommand):
    def __init__(self, library: Library, data: dict[str, Any]):
        super().__init__(library, translate("Library", "Delete series {0}").format(data["series"]["name"]))
        self.data = data

    def apply(self) -> None:
        self._run([("delete", "series", self.data["series"]["id"])], "remove")

    def revert(self) -> None:
        db = self.library.db
        with transaction(db):
            row_io.insert(db, "series", self.data["series"])
            for session in self.data["sessions"]:
                snapshot.restore_session(db, session)
        self.library.changed.emit()
