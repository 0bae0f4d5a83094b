"""Realistic synthetic sessions for the benchmarks.

A session looks like a large workshop that ran for real: job roles, a few
participants per role, a swimlane per role on the main canvas with the cards of
that role's people laid out in it, cards of every kind with text of the length
people actually write (short activities, longer stories), tags, links of every
kind (mostly between neighbours, some hand-offs across lanes), votes,
reflections, a second small canvas, and an event log with an ``add`` event per
row plus the moves and edits a live session makes.

A series of sessions continues each from the last: most cards carry over with
the same lineage (some reworded), the rest are new, so matching and trends have
real work to do.

Rows go in with plain INSERTs, one executemany per table, all inside one
``storage.library.transaction`` per session.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.vocabulary import CARD_KINDS, CARD_SIZE, KNOWLEDGE_TYPES, LINK_KINDS, PALETTE, REFLECTION_KINDS
from storage import rows
from storage.library import open_library, transaction

PITCH_X, PITCH_Y = CARD_SIZE[0] + 24, CARD_SIZE[1] + 24
LANE_TITLE = 40.0
LANE_GAP = 20.0

ROLES = [
    "Claims handler", "Team lead", "Underwriter", "Fraud analyst", "Customer service agent",
    "Loss adjuster", "Data analyst", "Compliance officer", "IT support", "Broker liaison",
    "Payments clerk", "Product owner",
]
TEAMS = ["Motor", "Home", "Commercial", "Operations", "Digital"]
NAMES = [
    "Aisha", "Ben", "Chiara", "Dmitri", "Eva", "Farid", "Grace", "Hiro", "Ines", "Jonas",
    "Kemi", "Lars", "Maya", "Nils", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tariq",
    "Uma", "Viktor", "Wen", "Xenia", "Yusuf", "Zoë",
]
THEMES = [
    "handoffs", "rework", "waiting", "tacit knowledge", "tools", "training", "customer",
    "compliance", "data quality", "workarounds", "escalation", "onboarding", "trust",
    "automation", "backlog", "peak season", "documentation", "email", "spreadsheets",
    "approvals", "fraud", "payments", "quality checks", "feedback", "priorities",
    "single point of failure", "shadowing", "legacy system", "reporting", "silos",
]
VERBS = [
    "check", "review", "log", "assign", "triage", "verify", "approve", "escalate", "call",
    "email", "update", "reconcile", "estimate", "inspect", "document", "chase", "forward",
    "schedule", "compare", "flag", "settle", "record", "prepare", "summarise", "archive",
]
OBJECTS = [
    "the claim form", "policy cover", "the loss report", "photos from the customer",
    "the repair estimate", "payment details", "the fraud score", "broker notes",
    "the reserve", "open tasks", "the settlement letter", "supplier invoices",
    "the case history", "the customer's bank details", "witness statements",
    "the weekly backlog", "exception reports", "the audit trail", "the handover sheet",
    "duplicate claims", "the police report", "medical records", "the excess amount",
]
EXTRAS = [
    "before the end of the day", "in the legacy system", "with the team lead",
    "when the amount is over the limit", "for every new claim", "by phone if urgent",
    "using the shared spreadsheet", "after the first contact", "twice a week",
    "if anything looks odd", "for the monthly report", "during peak season",
    "because the system does not warn us", "so nothing falls through", "by hand",
]
RESOURCES = [
    "Claims system", "Shared spreadsheet", "Fraud scoring tool", "Policy wiki",
    "Knowing which garages overcharge", "Phone script", "Experience with flood claims",
    "Email templates", "Checklist on the wall", "Excel macro Jan wrote", "Reserve calculator",
    "Knowing who to ask in underwriting", "Reading people on the phone", "Audit log",
    "Supplier price list", "Gut feeling for odd claims", "Training slides from 2019",
]
FILLER = (
    "we had a customer last winter whose house flooded twice in one month and nobody "
    "noticed the first claim was still open so the second one went to a different "
    "handler who paid it out before the adjuster had even visited and it took weeks "
    "to untangle because the notes were in three places and the person who knew the "
    "history was on leave so in the end we built a habit of always checking the open "
    "list by postcode before assigning anything new which nobody wrote down anywhere"
).split()

KIND_WEIGHTS = {
    "activity": 34, "purpose": 12, "resource": 15, "outcome": 10,
    "question": 8, "insight": 8, "pain point": 9, "story": 4,
}
LINK_WEIGHTS = {"hand-off": 35, "depends on": 20, "uses": 20, "informs": 15, "conflicts with": 10}
assert set(KIND_WEIGHTS) == set(CARD_KINDS) and set(LINK_WEIGHTS) == set(LINK_KINDS)


@dataclass
class SessionInfo:
    id: str
    canvas_id: str  # the main canvas, the one the benchmarks draw
    cards: int


@dataclass
class Generated:
    path: Path
    series_id: str
    sessions: list[SessionInfo] = field(default_factory=list)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _tint(colour: str, amount: float = 0.8) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    r, g, b = (round(c + (255 - c) * amount) for c in (r, g, b))
    return f"#{r:02X}{g:02X}{b:02X}"


class _Text:
    """Card text of realistic length and wording, per kind."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def _phrase(self) -> str:
        r = self.rng
        text = f"{r.choice(VERBS)} {r.choice(OBJECTS)}"
        if r.random() < 0.6:
            text += f" {r.choice(EXTRAS)}"
        return text

    def _words(self, lo: int, hi: int) -> str:
        n = self.rng.randint(lo, hi)
        start = self.rng.randrange(len(FILLER))
        return " ".join(FILLER[(start + i) % len(FILLER)] for i in range(n))

    def card(self, kind: str) -> tuple[str, str]:
        """(text, why) for a card of this kind."""
        r = self.rng
        if kind == "activity":
            text = self._phrase().capitalize()
            why = f"So that {self._words(4, 14)}" if r.random() < 0.4 else ""
            return text, why
        if kind == "purpose":
            return f"To {self._phrase()} and {r.choice(VERBS)} {r.choice(OBJECTS)}", ""
        if kind == "resource":
            return r.choice(RESOURCES), ""
        if kind == "outcome":
            state = r.choice(["ready", "settled", "approved", "sent", "closed"])
            return f"{r.choice(OBJECTS).capitalize()} {state}", ""
        if kind == "question":
            return f"Who should {self._phrase()}?", ""
        if kind == "insight":
            return f"Only {r.choice(NAMES)} knows how to {self._phrase()}; {self._words(3, 10)}", ""
        if kind == "pain point":
            return f"We {r.choice(VERBS)} {r.choice(OBJECTS)} twice because {self._words(4, 14)}", ""
        return self._words(30, 90).capitalize() + ".", ""  # story

    def reword(self, text: str) -> str:
        words = text.split()
        if len(words) > 2:
            words[self.rng.randrange(len(words))] = self.rng.choice(VERBS)
        return " ".join(words)


class _Writer:
    """Rows of one library, with the event log's sequence and the shared tags.

    Rows are kept per table and written with one executemany per table at
    ``flush`` (parents first), which is several times faster than a statement
    per row when a library of years is generated."""

    ORDER = ("participants", "canvases", "zones", "cards", "card_tags", "links", "votes",
             "reflections", "events")

    def __init__(self, db, rng: random.Random):
        self.db = db
        self.rng = rng
        self.seq = db.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
        self.tags = {name: tid for tid, name in db.execute("SELECT id, name FROM tags")}
        self.pending: dict[str, list[dict]] = {}

    def row(self, table: str, row: dict, session_id: str, at: str) -> dict:
        self.pending.setdefault(table, []).append(row)
        self.event(session_id, "add", table, row["id"], row, at)
        return row

    def event(self, session_id: str, action: str, entity: str, entity_id: str, payload: dict, at: str) -> None:
        self.seq += 1
        self.pending.setdefault("events", []).append({
            "id": _uuid(self.rng), "seq": self.seq, "session_id": session_id, "at": at,
            "action": action, "entity": entity, "entity_id": entity_id,
            "payload": json.dumps(payload, ensure_ascii=False),
        })

    def tag(self, name: str, at: str) -> str:
        if name not in self.tags:
            self.tags[name] = rows.insert(self.db, "tags", {"id": _uuid(self.rng), "name": name,
                                                            "created_at": at}, stamped=False)["id"]
        return self.tags[name]

    def flush(self) -> None:
        assert set(self.pending) <= set(self.ORDER), set(self.pending) - set(self.ORDER)
        for table in self.ORDER:
            batch = self.pending.pop(table, [])
            if not batch:
                continue
            columns = list(batch[0])
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" for _ in columns)
            self.db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
                                     [[r[c] for c in columns] for r in batch])


def _layout(n_cards: int) -> int:
    """Columns of cards per lane, so the whole map is about 16:10."""
    return max(6, round(math.sqrt(n_cards * 1.6 * PITCH_Y / PITCH_X)))


def write_session(db, writer: _Writer, series_id: str, title: str, date: dt.date, n_cards: int,
                  previous: list[dict] | None = None, previous_id: str | None = None) -> tuple[SessionInfo, list[dict]]:
    """One session with ``n_cards`` cards; returns its info and its cards (for the next one)."""
    rng = writer.rng
    text = _Text(rng)
    clock = dt.datetime.combine(date, dt.time(9, 0), tzinfo=dt.UTC)

    def at() -> str:
        nonlocal clock
        clock += dt.timedelta(milliseconds=rng.randint(200, 4000))
        return clock.isoformat(timespec="microseconds")

    session_id = _uuid(rng)
    stamp = at()
    rows.insert(db, "sessions", {
        "id": session_id, "series_id": series_id, "title": title, "date": date.isoformat(),
        "facilitator": "Noor Haddad", "purpose": "How does a claim move from first call to payment?",
        "method": "swimlanes", "continued_from": previous_id, "created_at": stamp, "updated_at": stamp,
    }, stamped=False)
    writer.event(session_id, "add", "sessions", session_id, {"title": title}, stamp)

    n_roles = min(len(ROLES), 4 + n_cards // 1000)
    roles = ROLES[:n_roles]
    people: list[dict] = []
    for i, role in enumerate(roles):
        for _ in range(rng.randint(1, 3)):
            people.append(writer.row("participants", {
                "id": _uuid(rng), "session_id": session_id,
                "name": f"{rng.choice(NAMES)} {chr(65 + len(people) % 26)}.", "role": role,
                "team": rng.choice(TEAMS), "colour": PALETTE[i % len(PALETTE)],
                "position": len(people), "created_at": stamp,
            }, session_id, stamp))
    main = writer.row("canvases", {"id": _uuid(rng), "session_id": session_id, "name": "Activities",
                                   "position": 0, "created_at": stamp}, session_id, stamp)
    side = writer.row("canvases", {"id": _uuid(rng), "session_id": session_id, "name": "Themes",
                                   "position": 1, "created_at": stamp}, session_id, stamp)

    # Who wrote each card: some people talk more than others; a few cards have no author.
    weights = [rng.paretovariate(1.5) for _ in people]
    n_side = n_cards // 20
    authors = rng.choices(people, weights, k=n_cards - n_side)
    per_role: dict[str, list[dict | None]] = {role: [] for role in roles}
    for person in authors:
        per_role[person["role"]].append(None if rng.random() < 0.03 else person)

    carried = list(previous or [])
    rng.shuffle(carried)
    carried = carried[: int(n_cards * 0.7)]  # most cards carry over from the last session

    def new_card(canvas_id: str, person: dict | None, zone_id: str | None, x: float, y: float) -> dict:
        kind = rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]
        body, why = text.card(kind)
        lineage = None
        if carried:
            old = carried.pop()
            kind, body, why, lineage = old["kind"], old["text"], old["why"], old["lineage_id"]
            if rng.random() < 0.2:
                body = text.reword(body)
        card_id = _uuid(rng)
        when = at()
        return {
            "id": card_id, "canvas_id": canvas_id, "participant_id": person and person["id"],
            "zone_id": zone_id, "kind": kind, "text": body, "why": why,
            "knowledge_type": rng.choice(KNOWLEDGE_TYPES) if kind == "resource" else None,
            "x": x, "y": y, "width": CARD_SIZE[0], "height": CARD_SIZE[1],
            "lineage_id": lineage or card_id, "hidden": int(rng.random() < 0.01),
            "created_at": when, "updated_at": when,
        }

    cols = _layout(n_cards)
    top = 0.0
    cards: list[dict] = []
    lanes: list[list[dict]] = []
    for i, role in enumerate(roles):
        lane_rows = max(1, math.ceil(len(per_role[role]) / cols))
        zone = writer.row("zones", {
            "id": _uuid(rng), "canvas_id": main["id"], "label": role, "role": role,
            "x": 0.0, "y": top, "width": cols * PITCH_X + 24,
            "height": LANE_TITLE + lane_rows * PITCH_Y + 12,
            "colour": _tint(PALETTE[i % len(PALETTE)]), "outline": None, "created_at": stamp,
        }, session_id, stamp)
        lane = []
        for j, person in enumerate(per_role[role]):
            x = 24 + (j % cols) * PITCH_X + rng.uniform(-6, 6)
            y = top + LANE_TITLE + (j // cols) * PITCH_Y + rng.uniform(-6, 6)
            lane.append(writer.row("cards", new_card(main["id"], person, zone["id"], x, y), session_id, stamp))
        lanes.append(lane)
        cards.extend(lane)
        top += zone["height"] + LANE_GAP
    side_cards = [
        writer.row("cards", new_card(side["id"], rng.choice(people), None,
                                     (j % 12) * PITCH_X, (j // 12) * PITCH_Y), session_id, stamp)
        for j in range(n_side)
    ]

    # Tags: about a third of the cards carry one or two themes.
    for card in cards + side_cards:
        if rng.random() < 0.3:
            for name in set(rng.sample(THEMES, rng.randint(1, 2))):
                writer.pending.setdefault("card_tags", []).append(
                    {"card_id": card["id"], "tag_id": writer.tag(name, stamp)})

    # Links: mostly between neighbours in a lane, about a third hand-offs across lanes.
    seen: set[tuple[str, str]] = set()
    for _ in range(int(len(cards) * 0.8)):
        lane_i = rng.randrange(len(lanes))
        lane = lanes[lane_i]
        if not lane:
            continue
        j = rng.randrange(len(lane))
        if rng.random() < 0.3 and len(lanes) > 1:
            other = lanes[min(len(lanes) - 1, max(0, lane_i + rng.choice([-2, -1, 1, 2])))]
            target = other[min(len(other) - 1, j)] if other else None
        else:
            target = lane[min(len(lane) - 1, max(0, j + rng.randint(-cols - 1, cols + 1)))]
        source = lane[j]
        if target is None or target is source or (source["id"], target["id"]) in seen:
            continue
        seen.add((source["id"], target["id"]))
        kind = rng.choices(list(LINK_WEIGHTS), list(LINK_WEIGHTS.values()))[0]
        writer.row("links", {
            "id": _uuid(rng), "canvas_id": main["id"], "source_id": source["id"], "target_id": target["id"],
            "kind": kind, "label": rng.choice(["by Friday", "if urgent", "weekly", "via email"])
            if rng.random() < 0.1 else "", "created_at": at(),
        }, session_id, stamp)

    # Votes: dots cluster on a few popular cards.
    popular = rng.sample(cards, max(1, len(cards) // 8))
    for _ in range(len(cards) // 3):
        writer.row("votes", {"id": _uuid(rng), "card_id": rng.choice(popular)["id"],
                             "participant_id": rng.choice(people)["id"], "created_at": at()},
                   session_id, stamp)

    for _ in range(5 + n_cards // 500):
        writer.row("reflections", {
            "id": _uuid(rng), "session_id": session_id, "kind": rng.choice(REFLECTION_KINDS),
            "text": text.card("insight")[0], "owner": rng.choice(people)["name"], "due_date": None,
            "card_id": rng.choice(cards)["id"], "created_at": at(),
        }, session_id, stamp)

    # The moves and edits of a live session: a third of the cards moved once, some retyped.
    for card in rng.sample(cards, len(cards) // 3):
        writer.event(session_id, "change", "cards", card["id"],
                     {"before": {"x": card["x"] - 40, "y": card["y"]}, "after": {"x": card["x"], "y": card["y"]}},
                     at())
    writer.flush()
    return SessionInfo(session_id, main["id"], n_cards), cards + side_cards


def build_library(path: Path | str, card_counts: Sequence[int], seed: int = 1,
                  series_name: str = "Claims team, quarterly") -> Generated:
    """A library file with one series whose sessions have these many cards each,
    each continued from the one before, a quarter apart."""
    rng = random.Random(seed)
    path = Path(path)
    db = open_library(path)
    try:
        writer = _Writer(db, rng)
        result = Generated(path, _uuid(rng))
        start = dt.date(2014, 1, 15)
        previous: list[dict] | None = None
        with transaction(db):
            rows.insert(db, "series", {"id": result.series_id, "name": series_name, "description": "",
                                       "created_at": f"{start.isoformat()}T08:00:00+00:00"}, stamped=False)
        for i, n in enumerate(card_counts):
            date = start + dt.timedelta(days=91 * i)
            with transaction(db):
                info, previous = write_session(
                    db, writer, result.series_id, f"Workshop {i + 1}", date, n, previous,
                    result.sessions[-1].id if result.sessions else None)
            result.sessions.append(info)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return result


SERIES_NAMES = ["Claims team, weekly", "Underwriting, weekly", "Payments, weekly", "Fraud desk, weekly",
                "Customer service, weekly", "Broker desk, weekly", "Operations, weekly", "Digital, weekly"]


@dataclass
class Years:
    """A library of years: several weekly series, each a line of continued sessions."""

    path: Path
    series: dict[str, list[SessionInfo]] = field(default_factory=dict)  # series id -> sessions in order

    @property
    def sessions(self) -> list[SessionInfo]:
        return [s for line in self.series.values() for s in line]

    def longest(self) -> tuple[str, list[SessionInfo]]:
        return max(self.series.items(), key=lambda item: len(item[1]))

    def as_dict(self) -> dict:
        return {"path": str(self.path), "series": {k: [vars(s) for s in v] for k, v in self.series.items()}}

    @classmethod
    def from_dict(cls, data: dict) -> Years:
        return cls(Path(data["path"]), {k: [SessionInfo(**s) for s in v] for k, v in data["series"].items()})


def build_years(path: Path | str, n_sessions: int = 1000, cards: int = 200, per_series: int = 200,
                seed: int = 7) -> Years:
    """``n_sessions`` sessions of ``cards`` cards, in series of ``per_series`` weekly
    sessions each continued from the last (series run side by side, as teams do).
    One transaction per session, rows in bulk; 1,000 x 200 takes about a minute."""
    rng = random.Random(seed)
    path = Path(path)
    db = open_library(path)
    result = Years(path)
    try:
        writer = _Writer(db, rng)
        start = dt.date(2020, 1, 6)
        sizes = [per_series] * (n_sessions // per_series)
        if n_sessions % per_series:
            sizes.append(n_sessions % per_series)
        for s, size in enumerate(sizes):
            series_id = _uuid(rng)
            name = SERIES_NAMES[s % len(SERIES_NAMES)] + ("" if s < len(SERIES_NAMES) else f" {s + 1}")
            with transaction(db):
                rows.insert(db, "series", {"id": series_id, "name": name, "description": "",
                                           "created_at": f"{start.isoformat()}T08:00:00+00:00"}, stamped=False)
            line: list[SessionInfo] = []
            previous: list[dict] | None = None
            for i in range(size):
                with transaction(db):
                    info, previous = write_session(
                        db, writer, series_id, f"Week {i + 1}", start + dt.timedelta(days=7 * i + s), cards,
                        previous, line[-1].id if line else None)
                line.append(info)
            result.series[series_id] = line
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return result
