"""Replay: a session's records as they were after any event of its log.

Headless and read-only. The log may not reach back to the very start (a
continued session's carried cards, rows written straight through storage), so
the starting state is found by walking back from the stored state, undoing
each event; every later moment is that start with the first k events applied.
Removing a row mirrors the library's ON DELETE rules, which the log leaves
implicit (deleting a card takes its links and votes with it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlite_utils import Database

from app.model import TYPES, Record
from app.records import RecordsView
from storage import entities, events, sessions, tags

CHECKPOINT_EVERY = 200
translate = QCoreApplication.translate  # the window's language; lupdate reads translate("Context", "…")

# (dependent table, column, what the library does when the parent row goes)
CASCADES: dict[str, list[tuple[str, str, str]]] = {
    "canvases": [("zones", "canvas_id", "delete"), ("cards", "canvas_id", "delete"),
                 ("links", "canvas_id", "delete"), ("agenda_steps", "canvas_id", "null")],
    "cards": [("links", "source_id", "delete"), ("links", "target_id", "delete"),
              ("votes", "card_id", "delete"), ("reflections", "card_id", "null")],
    "participants": [("votes", "participant_id", "delete"), ("cards", "participant_id", "null")],
    "zones": [("cards", "zone_id", "null")],
}


class ReplayState(RecordsView):
    """The records of one moment, with the same read API as the session document."""

    def __init__(self, session: dict[str, Any], records: dict[str, dict[str, Record]]):
        self.session = session
        self.records = records

    def copy(self) -> ReplayState:
        # Records are replaced, never changed in place, so copying the dicts is enough.
        return ReplayState(dict(self.session), {t: dict(r) for t, r in self.records.items()})

    # -- changing this copy (never the library) --------------------------------------

    def put(self, table: str, row: dict[str, Any]) -> None:
        record = TYPES[table].from_row(row)
        if table == "cards":
            record.tags = list(row.get("tags") or [])
        self.records[table][record.id] = record

    def set_fields(self, table: str, record_id: str, fields: dict[str, Any]) -> None:
        record = self.records[table].get(record_id)
        if record is None:
            return
        known = {k: (list(v) if isinstance(v, list) else v)
                 for k, v in fields.items() if hasattr(record, k)}
        self.records[table][record_id] = record.copy(**known)

    def delete(self, table: str, record_id: str) -> None:
        if self.records[table].pop(record_id, None) is None:
            return
        for dep_table, column, rule in CASCADES.get(table, []):
            for dep in [d for d in self.records[dep_table].values() if getattr(d, column) == record_id]:
                if rule == "delete":
                    self.delete(dep_table, dep.id)
                else:
                    self.set_fields(dep_table, dep.id, {column: None})


def apply(state: ReplayState, event: dict[str, Any]) -> None:
    """Apply one event forwards."""
    table, action, payload = event["entity"], event["action"], event["payload"]
    record_id = event["entity_id"]
    if table == "sessions":
        if action == "add":
            state.session.update(_row(payload))
        elif action == "change":
            state.session.update(payload.get("after", {}))
        return
    if table not in TYPES:
        return
    if action == "add":
        state.put(table, _row(payload))
    elif action == "change":
        state.set_fields(table, record_id, payload.get("after", {}))
    elif action == "remove":
        state.delete(table, record_id)


def unapply(state: ReplayState, event: dict[str, Any]) -> None:
    """Undo one event, walking back from a later state."""
    table, action, payload = event["entity"], event["action"], event["payload"]
    record_id = event["entity_id"]
    if table == "sessions":
        if action == "change" and "before" in payload:
            state.session.update(payload["before"])
        return
    if table not in TYPES:
        return
    if action == "add":
        state.records[table].pop(record_id, None)
    elif action == "change" and "before" in payload:
        state.set_fields(table, record_id, payload["before"])
    elif action == "remove" and payload.get("id"):
        state.put(table, _row(payload))


def _row(payload: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if k != "via"}


def stored_state(db: Database, session_id: str) -> ReplayState:
    """The session as the library holds it now (reads only)."""
    card_tags = tags.by_card(db, session_id)
    records: dict[str, dict[str, Record]] = {}
    for table, cls in TYPES.items():
        records[table] = {}
        for row in entities.in_session(db, table, session_id):
            extra = {"tags": card_tags.get(row["id"], [])} if table == "cards" else {}
            records[table][row["id"]] = cls.from_row(row, **extra)
    return ReplayState(dict(sessions.get(db, session_id) or {}), records)


class Replay:
    """A session's event log and the states it passes through."""

    def __init__(self, db: Database, session_id: str):
        self.session_id = session_id
        self.events = events.for_session(db, session_id)
        now = stored_state(db, session_id)
        start = now.copy()
        for event in reversed(self.events):
            unapply(start, event)
        self._checkpoints: dict[int, ReplayState] = {0: start, len(self.events): now}

    def __len__(self) -> int:
        return len(self.events)

    def state_at(self, k: int) -> ReplayState:
        """The records after the first k events (k = 0: before any; len: as stored)."""
        k = max(0, min(k, len(self.events)))
        base = max(c for c in self._checkpoints if c <= k)
        state = self._checkpoints[base].copy()
        for i in range(base, k):
            apply(state, self.events[i])
            if (i + 1) % CHECKPOINT_EVERY == 0:
                self._checkpoints.setdefault(i + 1, state.copy())
        return state

    def describe(self, k: int, before: ReplayState | None = None,
                 after: ReplayState | None = None, clock: Callable[[dt.datetime], str] | None = None) -> str:
        """A line for the k-th event (1-based), e.g. "10:42 Ana added ‘review the claim’";
        ``clock`` writes the time of day (the window passes its locale's, widgets/locale_text.py)."""
        if not 1 <= k <= len(self.events):
            return translate("Replay", "Start of the session")
        before = before if before is not None else self.state_at(k - 1)
        after = after if after is not None else self.state_at(k)
        event = self.events[k - 1]
        return f"{local_time(event['at'], clock)} {describe_event(event, before, after)}"


def replay(db: Database, session_id: str, k: int) -> ReplayState:
    return Replay(db, session_id).state_at(k)


def local_time(stamp: str, clock: Callable[[dt.datetime], str] | None = None) -> str:
    """The event's local time of day: as ``clock`` writes it, else 24-hour "14:05"."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return ""
    return clock(moment) if clock is not None else moment.astimezone().strftime("%H:%M")


# -- what happened, in words -------------------------------------------------------
# In the window's language (context "Replay"); what people wrote (card text, names,
# canvas and zone names) is quoted as it was typed. A sentence's {0}, {card}, {zone}
# already carry their quotation marks (QUOTE), so a language sets its own once.

QUOTE = QT_TRANSLATE_NOOP("Replay", "‘{0}’")  # around a card's text or a name: „{0}“ in German

NOUNS = {"participants": QT_TRANSLATE_NOOP("Replay", "participant"),
         "canvases": QT_TRANSLATE_NOOP("Replay", "canvas"), "zones": QT_TRANSLATE_NOOP("Replay", "zone"),
         "cards": QT_TRANSLATE_NOOP("Replay", "card"), "links": QT_TRANSLATE_NOOP("Replay", "link"),
         "votes": QT_TRANSLATE_NOOP("Replay", "vote"), "reflections": QT_TRANSLATE_NOOP("Replay", "reflection"),
         "agenda_steps": QT_TRANSLATE_NOOP("Replay", "agenda step")}

# What happened to a named record, by table (a reflection by its kind) and action.
NAMED = {
    "participants": (QT_TRANSLATE_NOOP("Replay", "Added participant {0}"),
                     QT_TRANSLATE_NOOP("Replay", "Deleted participant {0}"),
                     QT_TRANSLATE_NOOP("Replay", "Changed participant {0}")),
    "canvases": (QT_TRANSLATE_NOOP("Replay", "Added canvas {0}"),
                 QT_TRANSLATE_NOOP("Replay", "Deleted canvas {0}"),
                 QT_TRANSLATE_NOOP("Replay", "Changed canvas {0}")),
    "zones": (QT_TRANSLATE_NOOP("Replay", "Added zone {0}"),
              QT_TRANSLATE_NOOP("Replay", "Deleted zone {0}"),
              QT_TRANSLATE_NOOP("Replay", "Changed zone {0}")),
    "agenda_steps": (QT_TRANSLATE_NOOP("Replay", "Added agenda step {0}"),
                     QT_TRANSLATE_NOOP("Replay", "Deleted agenda step {0}"),
                     QT_TRANSLATE_NOOP("Replay", "Changed agenda step {0}")),
    "insight": (QT_TRANSLATE_NOOP("Replay", "Added insight {0}"),
                QT_TRANSLATE_NOOP("Replay", "Deleted insight {0}"),
                QT_TRANSLATE_NOOP("Replay", "Changed insight {0}")),
    "decision": (QT_TRANSLATE_NOOP("Replay", "Added decision {0}"),
                 QT_TRANSLATE_NOOP("Replay", "Deleted decision {0}"),
                 QT_TRANSLATE_NOOP("Replay", "Changed decision {0}")),
    "action": (QT_TRANSLATE_NOOP("Replay", "Added action {0}"),
               QT_TRANSLATE_NOOP("Replay", "Deleted action {0}"),
               QT_TRANSLATE_NOOP("Replay", "Changed action {0}")),
    "reflections": (QT_TRANSLATE_NOOP("Replay", "Added reflection {0}"),
                    QT_TRANSLATE_NOOP("Replay", "Deleted reflection {0}"),
                    QT_TRANSLATE_NOOP("Replay", "Changed reflection {0}")),
}
ACTIONS = ("add", "remove", "change")
# A record the log names but no state holds: the action and the kind of record.
UNNAMED = {"add": QT_TRANSLATE_NOOP("Replay", "Added: {0}"), "remove": QT_TRANSLATE_NOOP("Replay", "Deleted: {0}"),
           "change": QT_TRANSLATE_NOOP("Replay", "Changed: {0}")}
# A card's fields as "Changed kind, why of ‘…’" names them.
FIELDS = {"kind": QT_TRANSLATE_NOOP("Replay", "kind"), "why": QT_TRANSLATE_NOOP("Replay", "why"),
          "knowledge_type": QT_TRANSLATE_NOOP("Replay", "knowledge type"),
          "canvas_id": QT_TRANSLATE_NOOP("Replay", "canvas"), "lineage_id": QT_TRANSLATE_NOOP("Replay", "lineage"),
          "hidden": QT_TRANSLATE_NOOP("Replay", "face down")}


def quoted(text: str, limit: int = 40) -> str:
    text = " ".join((text or "").split())
    return translate("Replay", QUOTE).format(text if len(text) <= limit else text[:limit - 1] + "…")


def _noun(table: str) -> str:
    return translate("Replay", NOUNS[table]) if table in NOUNS else table


def describe_event(event: dict[str, Any], before: ReplayState, after: ReplayState) -> str:
    table, action, payload = event["entity"], event["action"], event["payload"]
    record_id = event["entity_id"]
    if table == "sessions":
        if action == "add":
            return translate("Replay", "Session created")
        if action == "continue":
            return translate("Replay", "Continued from an earlier session")
        return translate("Replay", "Changed the session's details")
    record = after.get(table, record_id) if table in TYPES else None
    if record is None and table in TYPES:
        record = before.get(table, record_id)
    if record is None and table in TYPES and payload.get("id"):
        record = TYPES[table].from_row(_row(payload))
    if record is None:
        said = UNNAMED.get(action)
        return translate("Replay", said).format(_noun(table)) if said else f"{action.capitalize()}: {_noun(table)}"
    state = after if action == "add" else before
    if table == "cards":
        who = _name(state, record.participant_id) or _name(before, record.participant_id)
        card = quoted(record.text)
        if action == "add":
            said = translate("Replay", "{who} added {card}") if who else translate("Replay", "Added {card}")
        elif action == "remove":
            said = translate("Replay", "{who} deleted {card}") if who else translate("Replay", "Deleted {card}")
        else:
            return _card_change(record, set(payload.get("after", {})), after)
        return said.format(who=who, card=card)
    if table == "links":
        source, target = _card_text(state, record.source_id), _card_text(state, record.target_id)
        if action == "add":
            return translate("Replay", "Linked {0} → {1} ({2})").format(
                source, target, translate("Vocabulary", record.kind))
        if action == "remove":
            return translate("Replay", "Unlinked {0} → {1}").format(source, target)
        return translate("Replay", "Changed the link {0} → {1}").format(source, target)
    if table == "votes":
        who = _name(state, record.participant_id) or translate("Replay", "Someone")
        card = _card_text(state, record.card_id)
        said = (translate("Replay", "{who} voted for {card}") if action == "add"
                else translate("Replay", "{who} took back a vote on {card}"))
        return said.format(who=who, card=card)
    label = getattr(record, "name", None) or getattr(record, "label", None) or getattr(
        record, "title", None) or getattr(record, "text", "")
    sentences = NAMED.get(record.kind if table == "reflections" else table, NAMED.get(table))
    if sentences is None or action not in ACTIONS:
        said = UNNAMED.get(action)
        named = f"{_noun(table)} {quoted(label)}"
        return translate("Replay", said).format(named) if said else f"{action.capitalize()}: {named}"
    return translate("Replay", sentences[ACTIONS.index(action)]).format(quoted(label))


def _card_change(card: Any, fields: set[str], state: ReplayState) -> str:
    text = quoted(card.text)
    if fields & {"x", "y"}:
        return translate("Replay", "Moved {card}").format(card=text)
    if fields & {"width", "height"}:
        return translate("Replay", "Resized {card}").format(card=text)
    if "text" in fields:
        return translate("Replay", "Edited {card}").format(card=text)
    if "tags" in fields:
        return translate("Replay", "Tagged {card} {tags}").format(card=text, tags=" ".join(f"#{t}" for t in card.tags))
    if fields == {"zone_id"}:
        zone = state.get("zones", card.zone_id) if card.zone_id else None
        if zone:
            return translate("Replay", "{card} now sits in {zone}").format(card=text, zone=quoted(zone.label))
        return translate("Replay", "{card} left its zone").format(card=text)
    if fields == {"hidden"}:
        return (translate("Replay", "Turned {card} face down") if card.hidden
                else translate("Replay", "Turned {card} face up")).format(card=text)
    if "participant_id" in fields:
        return translate("Replay", "Changed the author of {card}").format(card=text)
    names = ", ".join(sorted(translate("Replay", FIELDS[f]) if f in FIELDS else f.replace("_", " ") for f in fields))
    return translate("Replay", "Changed {fields} of {card}").format(fields=names, card=text)


def _name(state: ReplayState, participant_id: str | None) -> str:
    person = state.get("participants", participant_id) if participant_id else None
    return person.name if person else ""


def _card_text(state: ReplayState, card_id: str) -> str:
    card = state.get("cards", card_id)
    return quoted(card.text, 24) if card else translate("Replay", "a card")
