"""Per-session metrics: who contributed, how roles connect, where knowledge is at risk.

Roles are shown as first written in the session and compared by their normalised
name. A card speaks for its author's role, or else for its swimlane's role.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from app.analysis.loading import NO_ROLE, SessionData, normalise_role
from app.vocabulary import CARD_KINDS, KNOWLEDGE_TYPES

TOP = 10
UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class Holding:
    """A resource only one role (or one person) holds: knowledge at risk."""

    card_id: str
    text: str
    role: str  # '' when a single person without a role holds it
    people: tuple[str, ...]


@dataclass
class SessionMetrics:
    session_id: str
    title: str
    date: str
    cards: int = 0
    participants: int = 0
    roles: int = 0
    links: int = 0
    votes: int = 0
    cards_per_role: dict[str, int] = field(default_factory=dict)
    cards_per_kind: dict[str, int] = field(default_factory=dict)
    participation: list[tuple[str, float]] = field(default_factory=list)  # (name, share of cards)
    gini_participation: float = 0.0
    role_links: dict[tuple[str, str], int] = field(default_factory=dict)  # role pair -> links
    role_graph_density: float = 0.0
    brokers: list[tuple[str, float]] = field(default_factory=list)  # (role, betweenness) > 0
    isolated_roles: list[str] = field(default_factory=list)
    cross_role_link_share: float = 0.0
    isolated_activities: list[str] = field(default_factory=list)  # card ids
    single_holder_resources: list[Holding] = field(default_factory=list)
    ashen_mix: dict[str, int] = field(default_factory=dict)
    top_tags: list[tuple[str, int]] = field(default_factory=list)
    top_voted: list[tuple[str, int]] = field(default_factory=list)  # (card id, votes)

    def numbers(self) -> dict[str, float]:
        """The numeric metrics under flat names, one series per name in the trend charts."""
        flat: dict[str, float] = {
            "cards": self.cards,
            "participants": self.participants,
            "roles": self.roles,
            "links": self.links,
            "votes": self.votes,
            "cross_role_link_share": self.cross_role_link_share,
            "role_graph_density": self.role_graph_density,
            "gini_participation": self.gini_participation,
            "isolated_activities": len(self.isolated_activities),
            "single_holder_resources": len(self.single_holder_resources),
            "isolated_roles": len(self.isolated_roles),
            "brokers": len(self.brokers),
        }
        flat.update({f"cards_{kind.replace(' ', '_')}": n for kind, n in self.cards_per_kind.items()})
        flat.update({f"ashen_{kind.replace(' ', '_')}": n for kind, n in self.ashen_mix.items()})
        return flat


def gini(values: list[float]) -> float:
    """0 when everyone contributes equally, approaching 1 when one person does everything."""
    ordered = sorted(values)
    total = sum(ordered)
    n = len(ordered)
    if n == 0 or total == 0:
        return 0.0
    weighted = sum(rank * value for rank, value in enumerate(ordered, start=1))
    return 2 * weighted / (n * total) - (n + 1) / n


def role_graph(data: SessionData) -> nx.Graph:
    """Roles as nodes; an edge's weight is the number of links between their cards."""
    graph = nx.Graph()
    graph.add_nodes_from(_roles(data))
    for link in data.links:
        ra, rb = data.card_roles[link.source_id], data.card_roles[link.target_id]
        if ra and rb and ra != rb:
            weight = graph.get_edge_data(ra, rb, {"weight": 0})["weight"]
            graph.add_edge(ra, rb, weight=weight + 1)
    return graph


def _roles(data: SessionData) -> list[str]:
    found = dict.fromkeys(
        [key for p in data.participants.values() if (key := normalise_role(p.role))]
        + [role for role in data.card_roles.values() if role]
    )
    return list(found)


def session_metrics(data: SessionData) -> SessionMetrics:
    cards = list(data.cards.values())
    name = data.role_name
    m = SessionMetrics(data.id, data.title, data.date, cards=len(cards),
                       participants=len(data.participants), links=len(data.links), votes=len(data.votes))

    per_role = Counter(data.card_roles.values())
    m.cards_per_role = {name(r) if r != NO_ROLE else "": n for r, n in per_role.most_common()}
    per_kind = Counter(c.kind for c in cards)
    m.cards_per_kind = {k: per_kind[k] for k in CARD_KINDS} | {
        k: n for k, n in per_kind.items() if k not in CARD_KINDS}

    authored = Counter(c.participant_id for c in cards if c.participant_id in data.participants)
    total = sum(authored.values())
    m.participation = [(p.name, authored[p.id] / total if total else 0.0) for p in data.participants.values()]
    m.gini_participation = gini([authored[p] for p in data.participants])

    graph = role_graph(data)
    m.roles = graph.number_of_nodes()
    m.role_links = {(name(a), name(b)) if name(a) <= name(b) else (name(b), name(a)): w
                    for a, b, w in graph.edges(data="weight")}
    m.role_graph_density = nx.density(graph) if m.roles > 1 else 0.0
    between = nx.betweenness_centrality(graph) if m.roles > 2 else {}
    m.brokers = sorted(((name(r), v) for r, v in between.items() if v > 0), key=lambda rv: (-rv[1], rv[0]))
    m.isolated_roles = [name(r) for r in nx.isolates(graph)]

    m.cross_role_link_share = _cross_role_share(data)
    linked = {lk.source_id for lk in data.links} | {lk.target_id for lk in data.links}
    m.isolated_activities = [c.id for c in cards if c.kind == "activity" and c.id not in linked]
    m.single_holder_resources = _single_holders(data)

    resources = Counter(c.knowledge_type or UNSPECIFIED for c in cards if c.kind == "resource")
    m.ashen_mix = {k: resources[k] for k in KNOWLEDGE_TYPES} | (
        {UNSPECIFIED: resources[UNSPECIFIED]} if resources[UNSPECIFIED] else {})

    tag_counts = Counter(tag for c in cards for tag in c.tags)
    m.top_tags = sorted(tag_counts.items(), key=lambda tn: (-tn[1], tn[0].casefold()))[:TOP]
    votes = Counter(v.card_id for v in data.votes)
    order = {card_id: n for n, card_id in enumerate(data.cards)}
    m.top_voted = sorted(votes.items(), key=lambda cv: (-cv[1], order[cv[0]]))[:TOP]
    return m


def _cross_role_share(data: SessionData) -> float:
    """Among links whose two cards both have a role, the share joining different roles."""
    roles = data.card_roles
    pairs = [(roles[lk.source_id], roles[lk.target_id]) for lk in data.links]
    known = [(a, b) for a, b in pairs if a and b]
    return sum(a != b for a, b in known) / len(known) if known else 0.0


def _single_holders(data: SessionData) -> list[Holding]:
    """Resources whose author and linked cards all belong to one role (or one person)."""
    neighbours: dict[str, list[str]] = defaultdict(list)
    for link in data.links:
        neighbours[link.source_id].append(link.target_id)
        neighbours[link.target_id].append(link.source_id)
    found = []
    for card in data.cards.values():
        if card.kind != "resource":
            continue
        holders = [card] + [data.cards[n] for n in neighbours[card.id]]
        roles = {data.card_roles[c.id] for c in holders} - {NO_ROLE}
        people = dict.fromkeys(data.author(c) for c in holders if data.author(c))
        if len(roles) == 1 or (not roles and len(people) == 1):
            role = data.role_name(next(iter(roles))) if roles else ""
            found.append(Holding(card.id, card.text, role, tuple(people)))
    return found
