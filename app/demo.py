"""The demo series: one motor-claims team over three quarterly sessions, built
with the shipped methods so a new user sees what a real series looks like.

Q1 maps the claim journey (Activity map). Q2 continues that map (carried cards
keep their lineage) and adds an ASHEN knowledge map; re-keying vanished with the
online claim form and the assessor's "no photos" pain point was resolved. Q3
continues again and adds a Value network: a broker liaison joins, the status-call
pain point is gone thanks to SMS updates, and document chasing has vanished.
Everything is written through storage, with events, in one transaction."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlite_utils import Database

from app import demo_content as content
from app import lanes as lane_geometry
from app import methods
from app.model import Card, Zone
from storage import entities, events, rows, series, sessions, tags
from storage.continuation import continue_session
from storage.library import new_id, now, transaction

SERIES_NAME = "Demo: motor claims team, quarterly"
CARD_W, CARD_H, STEP_X = 200.0, 110.0, 230.0


class DemoExists(Exception):
    """The library already has the demo series; nothing was changed."""


def demo_exists(db: Database) -> bool:
    wanted = SERIES_NAME.casefold()
    return any(s["name"].strip().casefold() == wanted for s in series.all_series(db))


def session_dates(today: dt.date) -> list[str]:
    """Three quarterly sessions, the last a fortnight ago."""
    last = today - dt.timedelta(days=14)
    return [(last - dt.timedelta(days=91 * n)).isoformat() for n in (2, 1, 0)]


def build_demo(db: Database, series_id: str | None = None, today: dt.date | None = None) -> str:
    """Build the demo series and return its id; DemoExists if it is already there."""
    if demo_exists(db):
        raise DemoExists(f"the library already has a series called “{SERIES_NAME}”; nothing was changed")
    dates = session_dates(today or dt.date.today())
    with transaction(db):
        row = series.create(db, SERIES_NAME, content.SERIES_DESCRIPTION, series_id=series_id or new_id())
        events.append(db, None, "add", "series", row["id"], {**row, "via": "demo"})
        first = _first_session(db, row["id"], dates[0])
        second = _second_session(db, first, dates[1])
        _third_session(db, second, dates[2])
    return row["id"]


# -- one session being filled in --------------------------------------------------------


class _Session:
    def __init__(self, db: Database, session_id: str):
        self.db, self.id = db, session_id
        self.people = {p["name"]: p for p in entities.in_session(db, "participants", session_id)}

    def log(self, action: str, table: str, row_id: str, payload: dict[str, Any]) -> None:
        events.append(self.db, self.id, action, table, row_id, {**payload, "via": "demo"})

    def add(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        stored = rows.insert(self.db, table, row)
        self.log("add", table, stored["id"], stored)
        return stored

    def change(self, table: str, row_id: str, **fields: Any) -> None:
        before = rows.get(self.db, table, row_id)
        entities.change(self.db, table, row_id, fields)
        self.log("change", table, row_id, {"before": {k: before[k] for k in fields}, "after": fields})

    def remove_card(self, card: dict[str, Any]) -> None:
        for link in rows.where(self.db, "links", "source_id = ? OR target_id = ?", [card["id"], card["id"]]):
            rows.delete(self.db, "links", link["id"])
            self.log("remove", "links", link["id"], link)
        rows.delete(self.db, "cards", card["id"])
        self.log("remove", "cards", card["id"], card)

    def canvas(self, name: str) -> dict[str, Any]:
        return next(c for c in entities.in_session(self.db, "canvases", self.id) if c["name"] == name)

    def zones(self, canvas_id: str) -> dict[str, dict[str, Any]]:
        """Zones of a canvas by role (swimlanes) or else by label."""
        return {z["role"] or z["label"]: z for z in entities.in_session(self.db, "zones", self.id)
                if z["canvas_id"] == canvas_id}

    def cards(self, canvas_id: str) -> list[dict[str, Any]]:
        return [c for c in entities.in_session(self.db, "cards", self.id) if c["canvas_id"] == canvas_id]

    def carried(self, lineage_id: str) -> dict[str, Any]:
        return next(c for c in entities.in_session(self.db, "cards", self.id) if c["lineage_id"] == lineage_id)

    def card(self, canvas_id: str, zone: dict[str, Any] | None, text: str, who: str | None,
             kind: str = "activity", at: tuple[float, float] | None = None, **extra: Any) -> dict[str, Any]:
        names = extra.pop("tags", ())
        if at is None:
            at = self._free_spot(canvas_id, zone, kind)
        card_id = new_id()
        row = rows.insert(self.db, "cards", {
            "id": card_id, "canvas_id": canvas_id, "zone_id": zone["id"] if zone else None,
            "participant_id": self.people[who]["id"] if who else None, "kind": kind, "text": text,
            "x": at[0], "y": at[1], "width": CARD_W, "height": CARD_H, "lineage_id": card_id,
            "updated_at": now(), **extra,
        })
        self.log("add", "cards", card_id, {**row, "tags": tags.set_for_card(self.db, card_id, names)})
        return row

    def _free_spot(self, canvas_id: str, zone: dict[str, Any] | None, kind: str) -> tuple[float, float]:
        """Swimlanes: activities on the upper row, everything else below; columns: stacked."""
        if zone is None:
            raise ValueError("a card needs a place")
        if zone["height"] > zone["width"]:  # a column
            inside = [c for c in self.cards(canvas_id) if c["zone_id"] == zone["id"]]
            return zone["x"] + (zone["width"] - CARD_W) / 2, zone["y"] + 50 + len(inside) * (CARD_H + 20)
        y = zone["y"] + (48 if kind == "activity" else 172)
        row = [c["x"] for c in self.cards(canvas_id) if c["zone_id"] == zone["id"] and abs(c["y"] - y) < 1]
        return (max(row) + STEP_X if row else zone["x"] + 30), y

    def link(self, source: dict[str, Any], target: dict[str, Any], kind: str, label: str = "") -> None:
        self.add("links", {"canvas_id": source["canvas_id"], "source_id": source["id"],
                           "target_id": target["id"], "kind": kind, "label": label})

    def votes(self, ballots: list[tuple[dict[str, Any], list[str]]], dots: int) -> None:
        used = Counter(name for _card, names in ballots for name in names)
        assert max(used.values()) <= dots, used  # the demo keeps to the session's dots
        for card, names in ballots:
            for name in names:
                self.add("votes", {"card_id": card["id"], "participant_id": self.people[name]["id"]})

    def reflect(self, kind: str, text: str, owner: str = "", due: str | None = None,
                card: dict[str, Any] | None = None) -> None:
        self.add("reflections", {"session_id": self.id, "kind": kind, "text": text, "owner": owner,
                                 "due_date": due, "card_id": card["id"] if card else None})

    def agenda_done(self, date: str) -> None:
        """The workshop ran: every step done, most of them close to their time."""
        for n, step in enumerate(entities.in_session(self.db, "agenda_steps", self.id)):
            spent = step["duration_s"] * (0.8, 1.1, 0.95, 1.25)[n % 4]
            self.change("agenda_steps", step["id"], status="done", elapsed_s=round(spent),
                        started_at=f"{date}T09:{min(59, n * 7):02d}:00+00:00")


def _new_session(db: Database, series_id: str, date: str, spec: dict[str, Any]) -> _Session:
    row = sessions.create(db, series_id, spec["title"], date=date, facilitator=content.FACILITATOR,
                          purpose=spec["purpose"])
    events.append(db, row["id"], "add", "sessions", row["id"], {**row, "via": "demo"})
    return _Session(db, row["id"])


def _continued(db: Database, source: _Session, date: str, spec: dict[str, Any], carry: list[str]) -> _Session:
    keep = [source.canvas(name)["id"] for name in carry]
    row = continue_session(db, source.id, keep, spec["title"], date=date, purpose=spec["purpose"])
    return _Session(db, row["id"])


def _due(date: str, weeks: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(weeks=weeks)).isoformat()


# -- Q1: mapping the claim journey --------------------------------------------------------


def _first_session(db: Database, series_id: str, date: str) -> dict[str, Any]:
    s = _new_session(db, series_id, date, content.Q1)
    for n, (name, role, team, colour) in enumerate(content.PEOPLE):
        s.add("participants", {"session_id": s.id, "name": name, "role": role, "team": team,
                               "colour": colour, "position": n})
    s.people = {p["name"]: p for p in entities.in_session(db, "participants", s.id)}
    methods.apply_method(db, s.id, methods.get("activity-map"))
    canvas = s.canvas("Activity map")["id"]
    made = _fill_lanes(s, canvas, content.Q1_CARDS)
    for a, b, kind, label in content.Q1_LINKS:
        s.link(made[a], made[b], kind, label)
    s.votes([(made[k], names) for k, names in content.Q1_VOTES], 3)
    for kind, text, owner, weeks, card in content.Q1_REFLECTIONS:
        s.reflect(kind, text, owner, _due(date, weeks) if weeks else None, made.get(card))
    s.agenda_done(date)
    # Later sessions find carried cards by lineage: a Q1 card's lineage is its own id.
    return {"session": s, "cards": {k: c["lineage_id"] for k, c in made.items()}}


def _fill_lanes(s: _Session, canvas: str, cards: list[tuple]) -> dict[str, dict[str, Any]]:
    lanes = s.zones(canvas)
    made = {}
    for key, who, kind, text, extra in cards:
        role = s.people[who]["role"]
        made[key] = s.card(canvas, lanes[role], text, who, kind, **extra)
    _fit_lanes(s, canvas)
    return made


def _fit_lanes(s: _Session, canvas: str) -> None:
    """The lanes as long as their cards need, as Canvas > Fit Lanes to Cards leaves them."""
    zones = [Zone.from_row(z) for z in s.zones(canvas).values()]
    cards = [Card.from_row(c) for c in s.cards(canvas)]
    now = {z.id: (z.x, z.y, z.width, z.height) for z in zones}
    for zone_id, rect in lane_geometry.fitted_together(zones, cards).items():
        if rect != now[zone_id]:
            s.change("zones", zone_id, width=rect[2], height=rect[3])


# -- Q2: where our know-how lives ----------------------------------------------------------


def _second_session(db: Database, first: dict[str, Any], date: str) -> dict[str, Any]:
    s = _continued(db, first["session"], date, content.Q2, ["Activity map"])
    lineage = first["cards"]
    canvas = s.canvas("Activity map")["id"]
    s.add("agenda_steps", {"session_id": s.id, "position": 0, **content.REVIEW_STEP, "canvas_id": canvas})
    methods.apply_method(db, s.id, methods.get("ashen-knowledge-map"))
    old = {key: s.carried(lineage[key]) for key in lineage}
    for key in content.Q2_GONE:
        s.remove_card(old.pop(key))
    for key, text in content.Q2_REWORDED.items():
        s.change("cards", old[key]["id"], text=text)
    made = {**old, **_fill_lanes(s, canvas, content.Q2_NEW_CARDS)}
    for a, b, kind, label in content.Q2_NEW_LINKS:
        s.link(made[a], made[b], kind, label)
    ashen = s.canvas("ASHEN knowledge map")["id"]
    columns = s.zones(ashen)
    for key, who, column, text, knowledge in content.Q2_ASHEN:
        kind = "activity" if column == "Key activities" else "resource"
        made[key] = s.card(ashen, columns[column], text, who, kind, knowledge_type=knowledge)
    for a, b in content.Q2_ASHEN_USES:
        s.link(made[a], made[b], "uses")
    s.votes([(made[k], names) for k, names in content.Q2_VOTES], 2)
    for kind, text, owner, weeks, card in content.Q2_REFLECTIONS:
        s.reflect(kind, text, owner, _due(date, weeks) if weeks else None, made.get(card))
    s.agenda_done(date)
    return {"session": s, "cards": {k: c["lineage_id"] for k, c in made.items()}}


# -- Q3: value flows with our brokers -------------------------------------------------------


def _third_session(db: Database, second: dict[str, Any], date: str) -> None:
    s = _continued(db, second["session"], date, content.Q3, ["Activity map", "ASHEN knowledge map"])
    name, role, team, colour = content.BROKER
    s.add("participants", {"session_id": s.id, "name": name, "role": role, "team": team, "colour": colour,
                           "position": len(s.people)})
    s.people = {p["name"]: p for p in entities.in_session(db, "participants", s.id)}
    canvas = s.canvas("Activity map")["id"]
    lanes = s.zones(canvas)
    bottom = max(z["y"] + z["height"] for z in lanes.values())
    s.add("zones", {"canvas_id": canvas, "label": role, "role": role, "x": 0, "y": bottom + 24,
                    "width": 910, "height": 300, "colour": methods.pale(colour)})
    s.add("agenda_steps", {"session_id": s.id, "position": 0, **content.REVIEW_STEP, "canvas_id": canvas})
    methods.apply_method(db, s.id, methods.get("value-network"))
    old = {key: s.carried(lineage) for key, lineage in second["cards"].items()}
    for key in content.Q3_GONE:
        s.remove_card(old.pop(key))
    for key, text in content.Q3_REWORDED.items():
        s.change("cards", old[key]["id"], text=text)
    made = {**old, **_fill_lanes(s, canvas, content.Q3_NEW_CARDS)}
    ashen = s.canvas("ASHEN knowledge map")["id"]
    for key, who, column, text, knowledge in content.Q3_ASHEN_NEW:
        made[key] = s.card(ashen, s.zones(ashen)[column], text, who, "resource", knowledge_type=knowledge)
    for a, b, kind, label in content.Q3_NEW_LINKS:
        s.link(made[a], made[b], kind, label)
    network = s.canvas("Value network")["id"]
    zones = s.zones(network)
    right = max(z["x"] + z["width"] for z in zones.values()) + 200
    for n, (key, who, text) in enumerate(content.Q3_NETWORK):
        if who is None:  # outside the room: beside the grid
            made[key] = s.card(network, None, text, None, "outcome", at=(right, 80 + n * 60))
        else:
            zone = zones[s.people[who]["role"]]
            made[key] = s.card(network, zone, text, who, "outcome",
                               at=(zone["x"] + (zone["width"] - CARD_W) / 2, zone["y"] + 120))
    for a, b, kind, label in content.Q3_EXCHANGES:
        s.link(made[a], made[b], kind, label)
    s.votes([(made[k], names) for k, names in content.Q3_VOTES], 3)
    for kind, text, owner, weeks, card in content.Q3_REFLECTIONS:
        s.reflect(kind, text, owner, _due(date, weeks) if weeks else None, made.get(card))
    s.agenda_done(date)
