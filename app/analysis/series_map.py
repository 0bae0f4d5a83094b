"""The series map: every session of a series merged into one map of matched cards.

Sessions are folded in date order; each session's cards are matched against the
map built so far (its cards as last seen), so a card that skips a session and
returns is still recognised. A map card's weight is the number of sessions it
appears in; ``recurring(percent)`` keeps what recurs in at least that share.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from app.analysis.loading import SessionData, load_series
from app.analysis.matching import DEFAULT_THRESHOLD, Item, items_of, match_items
from storage import matches, series


@dataclass
class MapCard:
    id: str  # the id of the card it was first seen as
    text: str  # as last seen, like kind, role and position
    kind: str
    role: str
    x: float
    y: float
    cards: dict[str, str] = field(default_factory=dict)  # session id -> card id

    @property
    def weight(self) -> int:
        return len(self.cards)


@dataclass(frozen=True)
class MapLink:
    source: str  # MapCard ids
    target: str
    kind: str
    weight: int  # sessions that have this link


@dataclass
class SeriesMap:
    sessions: list[str]  # session ids, in date order
    cards: list[MapCard] = field(default_factory=list)
    links: list[MapLink] = field(default_factory=list)

    def share(self, card: MapCard) -> float:
        """The fraction of the series' sessions the card appears in."""
        return card.weight / len(self.sessions) if self.sessions else 0.0

    def recurring(self, percent: float) -> SeriesMap:
        """Only what recurs in at least ``percent`` % of the sessions (links among what is kept)."""
        kept = [c for c in self.cards if self.share(c) * 100 >= percent - 1e-9]
        ids = {c.id for c in kept}
        links = [lk for lk in self.links if lk.source in ids and lk.target in ids]
        return SeriesMap(list(self.sessions), kept, links)


def series_map(db: Database, series_id: str, threshold: float = DEFAULT_THRESHOLD) -> SeriesMap:
    if series.get(db, series_id) is None:
        raise ValueError(f"no series {series_id!r}")
    return build_series_map(load_series(db, series_id), threshold, matches.in_series(db, series_id))


def build_series_map(data: Sequence[SessionData], threshold: float = DEFAULT_THRESHOLD,
                     choices: Iterable[Mapping[str, Any]] = ()) -> SeriesMap:
    result = SeriesMap([d.id for d in data])
    by_id: dict[str, MapCard] = {}
    node_of: dict[str, str] = {}  # card id (any session) -> map card id
    latest: dict[str, Item] = {}  # map card id -> its card as last seen, under the map card's id
    newest_first = sorted(choices, key=lambda c: c.get("created_at") or "", reverse=True)
    link_sessions: dict[tuple[str, str, str], int] = {}
    for session in data:
        items = items_of(session)
        confirmed, broken = _choices_against_map(newest_first, node_of, set(session.cards))
        joined = {p.b: p.a for p in match_items(list(latest.values()), items, threshold, confirmed, broken)}
        for item in items:
            card = session.cards[item.id]
            node = joined.get(item.id, item.id)
            if node not in by_id:
                by_id[node] = MapCard(node, card.text, card.kind, "", card.x, card.y)
                result.cards.append(by_id[node])
            found = by_id[node]
            found.text, found.kind, found.x, found.y = card.text, card.kind, card.x, card.y
            found.role = session.role_name(item.role)
            found.cards.setdefault(session.id, card.id)
            node_of[card.id] = node
            latest[node] = Item(node, item.lineage, item.text, item.kind, item.role)
        # dict.fromkeys: a link drawn twice in one session counts once, in a stable order.
        for key in dict.fromkeys((node_of[lk.source_id], node_of[lk.target_id], lk.kind) for lk in session.links):
            link_sessions[key] = link_sessions.get(key, 0) + 1
    result.links = [MapLink(s, t, kind, n) for (s, t, kind), n in link_sessions.items()]
    return result


def _choices_against_map(
    choices: list[Mapping[str, Any]], node_of: dict[str, str], here: set[str]
) -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    """Stored choices between an earlier card and a card of this session, turned
    into choices between the earlier card's map card and this one (newest first)."""
    confirmed, broken = [], set()
    for choice in choices:
        a, b = choice["card_a"], choice["card_b"]
        if a in here:
            a, b = b, a
        if b not in here or a not in node_of:
            continue
        if choice["status"] == "confirmed":
            confirmed.append((node_of[a], b))
        else:
            broken.add((node_of[a], b))
    return confirmed, broken
