"""Setting up a new session in one go: its series (existing or new), fields,
participants and the canvases, zones and agenda of its method. One undoable
library edit: undo deletes the session (and the series, if it was new)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from app import methods
from app.library import Library
from app.vocabulary import PALETTE
from storage import entities, events, series, sessions
from storage.library import new_id, now


@dataclass
class NewParticipant:
    name: str
    role: str = ""
    team: str = ""
    colour: str | None = None  # None: the next free colour of the palette


@dataclass
class SessionSetup:
    title: str
    method_id: str = methods.FREE
    series_id: str | None = None
    new_series: str = ""  # a name: the session goes into a new series of that name
    date: str = field(default_factory=lambda: dt.date.today().isoformat())
    facilitator: str = ""
    purpose: str = ""
    participants: list[NewParticipant] = field(default_factory=list)
    language: str | None = None  # the method's words in this language, where it has them


def previous_session(db: Database, series_id: str | None) -> dict[str, Any] | None:
    """The series' latest session (by date, then creation), if it has one."""
    if not series_id:
        return None
    found = sessions.in_series(db, series_id)
    return found[-1] if found else None


def previous_participants(db: Database, series_id: str | None) -> list[NewParticipant]:
    """The roster of the series' latest session, to start the next one with."""
    session = previous_session(db, series_id)
    if session is None:
        return []
    return [NewParticipant(p["name"], p["role"], p["team"], p["colour"])
            for p in entities.in_session(db, "participants", session["id"])]


def plan(setup: SessionSetup, method: methods.Method) -> tuple[methods.Rows, list[tuple[str, str]]]:
    """The rows to insert, in order, and what undo deletes: [(table, id)]."""
    made: methods.Rows = []
    created: list[tuple[str, str]] = []
    stamp = now()
    series_id = setup.series_id
    if setup.new_series.strip():
        series_id = new_id()
        made.append(("series", {"id": series_id, "name": setup.new_series.strip(), "created_at": stamp}))
        created.append(("series", series_id))
    session_id = new_id()
    made.append(("sessions", {
        "id": session_id, "series_id": series_id, "title": setup.title.strip(), "date": setup.date,
        "facilitator": setup.facilitator.strip(), "purpose": setup.purpose.strip(), "method": method.id,
        "dots_per_participant": method.data.get("dots_per_participant", 3),
        "created_at": stamp, "updated_at": stamp,
    }))
    created.append(("sessions", session_id))
    people = []
    used: set[str] = {p.colour for p in setup.participants if p.colour}
    free = [c for c in PALETTE if c not in used]
    for n, person in enumerate(p for p in setup.participants if p.name.strip()):
        colour = person.colour or (free.pop(0) if free else PALETTE[n % len(PALETTE)])
        people.append({"id": new_id(), "session_id": session_id, "name": person.name.strip(),
                       "role": person.role.strip(), "team": person.team.strip(), "colour": colour,
                       "position": n})
    made.extend(("participants", p) for p in people)
    made.extend(methods.method_rows(method, session_id, methods.roles_of(people)))
    return made, created


def write(db: Database, made: methods.Rows) -> None:
    """Insert a plan's rows with their events; the caller holds the transaction."""
    session_id = next(row["id"] for table, row in made if table == "sessions")
    for table, row in made:
        if table == "series":
            series.create(db, row["name"], series_id=row["id"])
            events.append(db, None, "add", "series", row["id"], {**row, "via": "new session"})
        else:
            methods.insert_logged(db, session_id, [(table, row)], via="new session")


def create_session(library: Library, setup: SessionSetup) -> str | None:
    """Create the session as one undoable library edit; its id, or None if it failed
    (the library reports why through ``failed``). MethodError for a broken method."""
    method = methods.get(setup.method_id).in_language(setup.language)
    made, created = plan(setup, method)
    text = QCoreApplication.translate("Library", "New session {0}").format(setup.title.strip())
    ok = library.create_built(text, lambda db: write(db, made), created)
    return created[-1][1] if ok else None
