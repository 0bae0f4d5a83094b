"""The open session as a model: every write goes to storage first, in one
transaction with its event row, and only then to memory and the signals.

Views are projections of this model; they never change it themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from app.model import TYPES, Card, Record, Zone
from app.records import RecordsView
from storage import entities, events, sessions, tags
from storage.library import now, transaction

GEOMETRY = {"x", "y", "width", "height"}
# Removing a row also removes rows that point at it (the library's ON DELETE CASCADE);
# memory mirrors that here.
DEPENDENTS = {
    "cards": [("links", "source_id"), ("links", "target_id"), ("votes", "card_id")],
    "participants": [("votes", "participant_id")],
    "canvases": [("cards", "canvas_id"), ("links", "canvas_id"), ("zones", "canvas_id")],
}
# ...and clears the columns that point at it (ON DELETE SET NULL): the event log and
# memory record that too, so replay and undo see it.
NULLED = {
    "participants": [("cards", "participant_id")],
    "cards": [("reflections", "card_id")],
}


class SessionDocument(QObject, RecordsView):
    added = Signal(str, object)  # table, record
    changed = Signal(str, object, object)  # table, record, set of changed field names
    removed = Signal(str, object)  # table, record
    saved = Signal(str)  # UTC time of the last committed edit
    session_changed = Signal(object)  # set of changed session fields

    def __init__(self, db: Database, session_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.session_id = session_id
        self.session: dict[str, Any] = sessions.get(db, session_id) or {}
        self.records: dict[str, dict[str, Record]] = {t: {} for t in TYPES}
        self._load()

    def _load(self) -> None:
        for table, cls in TYPES.items():
            for row in entities.in_session(self.db, table, self.session_id):
                self.records[table][row["id"]] = cls.from_row(row)
        card_tags = tags.by_card(self.db, self.session_id)
        for card in self.records["cards"].values():
            card.tags = card_tags.get(card.id, [])

    # -- writing -------------------------------------------------------------

    def add(self, table: str, records: Iterable[Record]) -> None:
        records = list(records)
        zone_fixes: list[Card] = []
        with transaction(self.db):
            for record in records:
                if isinstance(record, Card):
                    record.zone_id = self._zone_id_for(record)
                    record.created_at = record.created_at or now()
                    record.updated_at = now()
                entities.add(self.db, table, record.row())
                if isinstance(record, Card):
                    record.tags = tags.set_for_card(self.db, record.id, record.tags)
                events.append(self.db, self.session_id, "add", table, record.id, _payload(record))
            if table == "zones":
                zone_fixes = self._write_zone_fixes({r.canvas_id for r in records}, records)
            sessions.touch(self.db, self.session_id)
        for record in records:
            self.records[table][record.id] = record
            self.added.emit(table, record)
        self._apply_zone_fixes(zone_fixes)
        self._saved()

    def change(self, table: str, changes: Mapping[str, Mapping[str, Any]]) -> None:
        """Change fields of one or more records, all in one transaction."""
        updated: list[tuple[Record, dict[str, Any]]] = []
        zone_fixes: list[Card] = []
        with transaction(self.db):
            for record_id, fields in changes.items():
                record = self.records[table][record_id]
                new = record.copy(**fields)
                fields = dict(fields)
                if isinstance(new, Card) and GEOMETRY & fields.keys():
                    new.zone_id = self._zone_id_for(new)
                    fields["zone_id"] = new.zone_id
                column_fields = {k: v for k, v in fields.items() if k != "tags"}
                entities.change(self.db, table, record_id, column_fields)
                if "tags" in fields:
                    fields["tags"] = new.tags = tags.set_for_card(self.db, record_id, fields["tags"])
                before = {k: getattr(record, k) for k in fields}
                events.append(
                    self.db, self.session_id, "change", table, record_id,
                    {"before": before, "after": fields},
                )
                updated.append((new, fields))
            if table == "zones":
                zone_fixes = self._write_zone_fixes(
                    {self.records[table][i].canvas_id for i in changes},
                    [new for new, _ in updated],
                )
            sessions.touch(self.db, self.session_id)
        for new, fields in updated:
            self.records[table][new.id] = new
            self.changed.emit(table, new, set(fields))
        self._apply_zone_fixes(zone_fixes)
        self._saved()

    def remove(self, table: str, record_ids: Iterable[str]) -> None:
        record_ids = [i for i in record_ids if i in self.records[table]]
        if not record_ids:
            return
        zone_fixes: list[Card] = []
        cascade = self.cascade(table, record_ids)
        with transaction(self.db):
            for gone_table, gone in cascade.items():
                for dep_table, column in NULLED.get(gone_table, []):
                    for dep in self.pointing_at(dep_table, column, gone):
                        events.append(self.db, self.session_id, "change", dep_table, dep.id,
                                      {"before": {column: getattr(dep, column)}, "after": {column: None}})
            for record_id in record_ids:
                record = self.records[table][record_id]
                entities.remove(self.db, table, record_id)
                events.append(self.db, self.session_id, "remove", table, record_id, _payload(record))
            if table == "zones":
                canvases = {self.records[table][i].canvas_id for i in record_ids}
                gone = set(record_ids)
                zone_fixes = self._write_zone_fixes(canvases, [], without=gone)
            sessions.touch(self.db, self.session_id)
        self._forget(cascade)
        self._apply_zone_fixes(zone_fixes)
        self._saved()

    def _forget(self, cascade: dict[str, dict[str, None]]) -> None:
        """Drop removed records from memory, dependents before what they hang on (a
        link before its cards), then clear what pointed at them, as the library did."""
        cleared = []
        for table, ids in cascade.items():
            # what is cleared is never removed by the same cascade: only a removed participant
            # clears cards (and reaches only votes), and no cascade reaches reflections
            for dep_table, column in NULLED.get(table, []):
                for dep in self.pointing_at(dep_table, column, ids):
                    setattr(dep, column, None)
                    cleared.append((dep_table, dep, column))
        for table in reversed(list(cascade)):
            for record_id in cascade[table]:
                self.removed.emit(table, self.records[table].pop(record_id))
        for dep_table, dep, column in cleared:
            self.changed.emit(dep_table, dep, {column})

    def cascade(self, table: str, record_ids: list[str]) -> dict[str, dict[str, None]]:
        """The records and every record their removal takes with it (DEPENDENTS), by
        table, in a steady order; one pass over a dependent table per level, not one
        per record (deleting a 5,000-card canvas took seconds that way)."""
        gone = {table: dict.fromkeys(record_ids)}
        frontier = [(table, gone[table])]
        while frontier:
            tbl, keys = frontier.pop()
            for dep_table, column in DEPENDENTS.get(tbl, []):
                known = gone.setdefault(dep_table, {})
                new = dict.fromkeys(d.id for d in self.pointing_at(dep_table, column, keys) if d.id not in known)
                if new:
                    known.update(new)
                    frontier.append((dep_table, new))
        return {t: ids for t, ids in gone.items() if ids}

    def pointing_at(self, table: str, column: str, keys) -> list[Record]:
        """Records whose ``column`` holds one of ``keys`` (a set or dict of ids)."""
        return [r for r in self.records[table].values() if getattr(r, column) in keys]

    def change_session(self, fields: Mapping[str, Any]) -> None:
        """Edit the session's own fields (title, purpose, dots per participant, ...)."""
        before = {k: self.session.get(k) for k in fields}
        with transaction(self.db):
            sessions.update(self.db, self.session_id, **fields)
            events.append(self.db, self.session_id, "change", "sessions", self.session_id,
                          {"before": before, "after": dict(fields)})
        self.session = {**self.session, **fields}
        self.session_changed.emit(set(fields))
        self._saved()

    # -- zones that cards sit in ---------------------------------------------

    def _zone_id_for(self, card: Card, zones: list[Zone] | None = None) -> str | None:
        cx, cy = card.centre()
        if zones is None:
            zone = self.zone_at(card.canvas_id, cx, cy)
        else:
            inside = [z for z in zones if z.canvas_id == card.canvas_id and z.contains(cx, cy)]
            zone = min(inside, key=lambda z: z.width * z.height, default=None)
        return zone.id if zone else None

    def _write_zone_fixes(
        self, canvas_ids: set[str], new_zones: list[Record], without: set[str] = frozenset()
    ) -> list[Card]:
        """After zones change, re-derive which zone each card on those canvases sits in."""
        fresh = {z.id: z for z in new_zones}
        zones = [
            fresh.get(z.id, z) for z in self.records["zones"].values() if z.id not in without
        ] + [z for z in new_zones if z.id not in self.records["zones"]]
        fixes = []
        for card in self.records["cards"].values():
            if card.canvas_id not in canvas_ids:
                continue
            zone_id = self._zone_id_for(card, zones)
            if zone_id != card.zone_id:
                entities.change(self.db, "cards", card.id, {"zone_id": zone_id})
                events.append(self.db, self.session_id, "change", "cards", card.id,
                              {"before": {"zone_id": card.zone_id}, "after": {"zone_id": zone_id}})
                fixes.append(card.copy(zone_id=zone_id))
        return fixes

    def _apply_zone_fixes(self, fixes: list[Card]) -> None:
        for card in fixes:
            self.records["cards"][card.id] = card
            self.changed.emit("cards", card, {"zone_id"})

    def _saved(self) -> None:
        self.saved.emit(now())


def _payload(record: Record) -> dict[str, Any]:
    payload = record.row()
    if isinstance(record, Card):
        payload["tags"] = list(record.tags)
    return payload
