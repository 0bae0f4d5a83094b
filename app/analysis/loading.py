"""A session's rows read from storage into plain dataclasses, ready for analysis."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache, cached_property
from operator import itemgetter
from typing import Any

from sqlite_utils import Database

from app.model import Canvas, Card, Link, Participant, Record, Reflection, Vote, Zone
from storage import bulk, entities, sessions, tags

NO_ROLE = ""


def normalise_role(role: str | None) -> str:
    """Roles are the same across sessions when their names are, ignoring case and spacing."""
    return " ".join((role or "").split()).casefold()


@cache
def _columns(cls: type[Record]) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name != "tags")


def _records(cls: type[Record], rows: list[dict[str, Any]]) -> list[Any]:
    # Record.from_row rebuilds the field set per row; a series loads faster without
    # that, and faster still while the table's columns are exactly the fields.
    if rows and set(rows[0]) <= set(_columns(cls)):
        return [cls(**row) for row in rows]
    names = _columns(cls)
    return [cls(**{n: row[n] for n in names if n in row}) for row in rows]


def _from_tuples(cls: type[Record], columns: list[str], rows: list[tuple]) -> list[Any]:
    """Records from tuple rows (a bulk read): positionally when every field is a column."""
    names = _columns(cls)
    if set(names) <= set(columns):
        if len(names) == 1:
            return [cls(row[columns.index(names[0])]) for row in rows]
        pick = itemgetter(*(columns.index(n) for n in names))
        return [cls(*pick(row)) for row in rows]
    present = [(n, columns.index(n)) for n in names if n in columns]
    return [cls(**{n: row[i] for n, i in present}) for row in rows]


@dataclass
class SessionData:
    session: dict[str, Any]
    participants: dict[str, Participant] = field(default_factory=dict)
    canvases: dict[str, Canvas] = field(default_factory=dict)
    zones: dict[str, Zone] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)  # in the order they were made
    links: list[Link] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    role_names: dict[str, str] = field(default_factory=dict)  # normalised role -> as first written
    reflections: list[Reflection] = field(default_factory=list)  # role profiles name them by card

    def __post_init__(self) -> None:
        for person in self.participants.values():
            self._name_role(person.role)
        for zone in self.zones.values():
            self._name_role(zone.role)
        # role() runs for every card in every metric: look roles up, don't re-normalise.
        self._person_role = {p.id: normalise_role(p.role) for p in self.participants.values()}
        self._zone_role = {z.id: normalise_role(z.role) for z in self.zones.values()}

    def _name_role(self, role: str | None) -> None:
        key = normalise_role(role)
        if key:
            self.role_names.setdefault(key, " ".join((role or "").split()))

    @property
    def id(self) -> str:
        return self.session["id"]

    @property
    def title(self) -> str:
        return self.session.get("title", "")

    @property
    def date(self) -> str:
        return self.session.get("date", "")

    def role(self, card: Card) -> str:
        """The normalised role a card speaks for: its author's, or else its swimlane's."""
        return self._person_role.get(card.participant_id) or self._zone_role.get(card.zone_id) or NO_ROLE

    @cached_property
    def card_roles(self) -> dict[str, str]:
        """The role of every card by id (computed once; sessions are read-only here)."""
        return {card.id: self.role(card) for card in self.cards.values()}

    def role_name(self, key: str) -> str:
        return self.role_names.get(key, key)

    def author(self, card: Card) -> str:
        person = self.participants.get(card.participant_id or "")
        return person.name if person else ""

    def zone_label(self, card: Card) -> str:
        zone = self.zones.get(card.zone_id or "")
        return (zone.label or zone.role or "") if zone else ""


def load_session(db: Database, session_id: str, include_hidden: bool = True) -> SessionData:
    session = sessions.get(db, session_id)
    if session is None:
        raise ValueError(f"no session {session_id!r}")
    return _assemble(
        session, tags.by_card(db, session_id), include_hidden,
        **{name: _records(cls, entities.in_session(db, table, session_id)) for name, (table, cls) in _TABLES.items()})


_TABLES = {"participants": ("participants", Participant), "canvases": ("canvases", Canvas),
           "zones": ("zones", Zone), "cards": ("cards", Card), "links": ("links", Link), "votes": ("votes", Vote),
           "reflections": ("reflections", Reflection)}


def _assemble(session: dict[str, Any], card_tags: dict[str, list[str]], include_hidden: bool, *,
              participants: list[Participant], canvases: list[Canvas], zones: list[Zone], cards: list[Card],
              links: list[Link], votes: list[Vote], reflections: list[Reflection]) -> SessionData:
    for card in cards:
        card.tags = card_tags.get(card.id, [])
    if not include_hidden:
        cards = [c for c in cards if not c.hidden]
    shown = {c.id for c in cards}
    return SessionData(
        session=session,
        participants={p.id: p for p in participants},
        canvases={c.id: c for c in canvases},
        zones={z.id: z for z in zones},
        cards={c.id: c for c in cards},
        links=[lk for lk in links if lk.source_id in shown and lk.target_id in shown],
        votes=[v for v in votes if v.card_id in shown],
        reflections=reflections,
    )


def load_series(db: Database, series_id: str, include_hidden: bool = True) -> list[SessionData]:
    """Every session of a series, in date order (one query per table for the whole series)."""
    found = sessions.in_series(db, series_id)
    ids = [s["id"] for s in found]
    if not ids:
        return []
    tables = {name: bulk.rows_by_session(db, table, ids) for name, (table, _cls) in _TABLES.items()}
    card_tags = bulk.tags_by_session(db, ids)
    return [
        _assemble(session, card_tags[session["id"]], include_hidden,
                  **{name: _from_tuples(_TABLES[name][1], columns, grouped[session["id"]])
                     for name, (columns, grouped) in tables.items()})
        for session in found
    ]
