"""Role profiles: what one job role does, uses and needs from others in a session,
and how that changes over a series (issue 18).

A role is matched by its normalised name (loading.normalise_role) and shown as
first written. A card speaks for its author's role, or else for its swimlane's
(SessionData.role), so a lane card without a participant still belongs to the
lane's role. Every item that refers to a card carries its card id, so a view can
select and frame it; ids are those of the session the profile was made from.

The profile's JSON and Markdown are data formats and live in app/io/role_profiles.py
(``profile_json``, ``profile_markdown`` and their series forms). No Qt here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx
from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlite_utils import Database

from app.analysis.loading import NO_ROLE, SessionData, normalise_role
from app.analysis.matching import DEFAULT_THRESHOLD, Matching, normalise_text
from app.analysis.metrics import role_graph
from app.analysis.trends import matched_series
from app.model import Card, Link
from app.said import Said, Translate, said


class UnknownRole(ValueError):
    """A role name no participant, lane or card of the session (or series) has; ``said()``
    gives the message in the window's language (or the one ``translate`` speaks)."""

    def said(self, translate: Translate | None = None) -> str:
        return said(self.args[0], translate) if self.args else ""


# -- what a profile lists -------------------------------------------------------------

@dataclass(frozen=True)
class Person:
    """Someone in the role: a participant whose role it is."""

    participant_id: str
    name: str
    team: str
    cards: int  # cards they wrote in this session (any role's lane)


@dataclass(frozen=True)
class ProfileCard:
    """A card the profile names: an activity, purpose, outcome, pain point, question,
    insight or story. ``role`` is the role the card speaks for, as written ('' for
    none): another role's card appears when it is linked to one of this role's."""

    card_id: str
    kind: str
    text: str
    why: str
    author: str  # '' when no participant wrote it (a card in the role's lane)
    role: str
    votes: int


@dataclass(frozen=True)
class ResourceUse:
    """A resource the role uses: one of its own resource cards, or another's linked to
    its cards. ``shared_with``: the other roles using the same resource (linked to it,
    or naming a resource card of the same normalised text), as written."""

    card_id: str
    text: str
    knowledge_type: str  # ASHEN; '' when unspecified
    author: str
    role: str  # whose card it is, as written
    shared_with: tuple[str, ...]
    votes: int


@dataclass(frozen=True)
class Dependency:
    """One link between a card of this role and a card of another role (or of none).
    For inputs the other card is the source; for outputs, the target."""

    link_id: str
    kind: str  # link kind: hand-off, depends on, uses, informs, conflicts with
    role: str  # the other role as written ('' when the other card has no role)
    card_id: str  # this role's card
    card_text: str
    other_card_id: str
    other_text: str


@dataclass(frozen=True)
class ReflectionRef:
    """A reflection (insight, decision or action) that names one of the role's cards."""

    reflection_id: str
    kind: str
    text: str
    owner: str
    due_date: str  # '' when none
    card_id: str
    card_text: str


@dataclass(frozen=True)
class Risk:
    """Knowledge at risk: an activity or resource of the role that only one person
    names, or only this role, with nobody of another role linked to it.
    ``reason`` is 'one person' or 'one role'; ``card_ids`` every card naming it
    (the same normalised text), the first being ``card_id``."""

    card_id: str
    kind: str  # 'activity' or 'resource'
    text: str
    reason: str
    people: tuple[str, ...]  # who names it or is linked to it
    card_ids: tuple[str, ...]


@dataclass(frozen=True)
class GraphPlace:
    """The role in the role graph (metrics.role_graph: roles as nodes, an edge's weight
    the links between their cards). ``betweenness`` is networkx's normalised
    betweenness centrality (unweighted, as the brokers metric); ``brokered`` the pairs
    of roles it is linked with that are not linked with each other (it brokers them)."""

    roles: int  # roles in the session's graph
    degree: int  # roles it is linked with
    links: int  # links between its cards and other roles' cards
    betweenness: float
    connects: tuple[str, ...]  # the roles it is linked with, as written, most links first
    link_weights: dict[str, int] = field(default_factory=dict)  # role as written -> links
    brokered: tuple[tuple[str, str], ...] = ()


@dataclass
class RoleProfile:
    session_id: str
    session_title: str
    session_date: str
    role: str  # as first written in the session
    key: str  # normalised
    people: list[Person] = field(default_factory=list)
    activities: list[ProfileCard] = field(default_factory=list)  # its own, in card order
    purposes: list[ProfileCard] = field(default_factory=list)  # its own, and others' linked to its cards
    outcomes: list[ProfileCard] = field(default_factory=list)  # likewise
    resources: list[ResourceUse] = field(default_factory=list)  # likewise
    inputs: list[Dependency] = field(default_factory=list)  # links into its cards from other roles
    outputs: list[Dependency] = field(default_factory=list)  # links out of its cards to other roles
    internal: list[Dependency] = field(default_factory=list)  # links between two of its own cards
    pain_points: list[ProfileCard] = field(default_factory=list)  # raised by it, or linked to its cards
    questions: list[ProfileCard] = field(default_factory=list)  # likewise
    notes: list[ProfileCard] = field(default_factory=list)  # its insights and stories
    reflections: list[ReflectionRef] = field(default_factory=list)
    at_risk: list[Risk] = field(default_factory=list)
    graph: GraphPlace | None = None
    card_ids: list[str] = field(default_factory=list)  # every card that speaks for the role

    @property
    def empty(self) -> bool:
        """True when no card speaks for the role in this session."""
        return not self.card_ids

    @property
    def reason(self) -> str:
        """Why the profile is empty ('' when it is not), in plain words for the view."""
        if not self.empty:
            return ""
        if self.people:
            return "Nobody in this role wrote a card, and no card is in its lane, in this session."
        return "No participant has this role and no card speaks for it in this session."

    def inputs_by(self) -> dict[tuple[str, str], list[Dependency]]:
        """Inputs grouped by (other role, link kind)."""
        return _grouped(self.inputs)

    def outputs_by(self) -> dict[tuple[str, str], list[Dependency]]:
        """Outputs grouped by (other role, link kind)."""
        return _grouped(self.outputs)

    def figures(self) -> dict[str, float]:
        """The role's numbers under flat names (cards, activities, resources, people,
        inputs, outputs, roles_connected, betweenness, at_risk, pain_points, questions,
        votes), one series per name over time."""
        own = set(self.card_ids)
        place = self.graph
        return {
            "cards": len(self.card_ids),
            "activities": len(self.activities),
            "resources": sum(r.card_id in own for r in self.resources),
            "resources_used": len(self.resources),
            "people": len(self.people),
            "inputs": len(self.inputs),
            "outputs": len(self.outputs),
            "roles_connected": place.degree if place else 0,
            "betweenness": place.betweenness if place else 0.0,
            "at_risk": len(self.at_risk),
            "pain_points": len(self.pain_points),
            "questions": len(self.questions),
            "votes": sum(c.votes for c in self.activities + self.purposes + self.outcomes + self.pain_points
                         + self.questions + self.notes if c.card_id in own)
            + sum(r.votes for r in self.resources if r.card_id in own),
        }


def _grouped(links: list[Dependency]) -> dict[tuple[str, str], list[Dependency]]:
    groups: dict[tuple[str, str], list[Dependency]] = {}
    for dep in links:
        groups.setdefault((dep.role, dep.kind), []).append(dep)
    return groups


# -- over a series --------------------------------------------------------------------

@dataclass(frozen=True)
class Recurring:
    """An activity matched with one of the previous session's."""

    card_id: str  # in this session
    previous_card_id: str
    text: str


@dataclass(frozen=True)
class DependencyChange:
    """A dependency, keyed by direction, other role and link kind, gained or lost.
    ``links`` are in the session that has it (this one when gained, the previous when lost)."""

    direction: str  # 'input' or 'output'
    role: str  # the other role as written
    kind: str
    links: tuple[Dependency, ...]


@dataclass
class RoleChange:
    """The role in one session of a series, and what changed since the previous session
    (all change lists empty for the first session)."""

    profile: RoleProfile
    previous_session_id: str | None = None
    activities_new: list[ProfileCard] = field(default_factory=list)  # this session's cards
    activities_vanished: list[ProfileCard] = field(default_factory=list)  # the previous session's cards
    activities_recurring: list[Recurring] = field(default_factory=list)
    dependencies_gained: list[DependencyChange] = field(default_factory=list)
    dependencies_lost: list[DependencyChange] = field(default_factory=list)
    risks_new: list[Risk] = field(default_factory=list)  # this session's cards
    risks_resolved: list[Risk] = field(default_factory=list)  # previous session's: card kept, no longer at risk
    risks_gone: list[Risk] = field(default_factory=list)  # previous session's: the card itself is gone


# -- the computation ------------------------------------------------------------------

def roles_in(data: SessionData) -> list[str]:
    """The session's roles as first written: participants' roles in roster order, then
    lanes' roles (SessionData.role_names keeps that order); each normalised name once."""
    return list(data.role_names.values())


def find_role(data: SessionData, role: str) -> str:
    """The normalised key of ``role`` in the session; UnknownRole if it has none."""
    key = normalise_role(role)
    if key not in data.role_names:
        known = ", ".join(roles_in(data))
        if not known:
            raise UnknownRole(Said("Roles", QT_TRANSLATE_NOOP(
                "Roles", "no role {0!r} in session {1!r} (its roles: none)"), role, data.title))
        raise UnknownRole(Said("Roles", QT_TRANSLATE_NOOP("Roles", "no role {0!r} in session {1!r} (its roles: {2})"),
                               role, data.title, known))
    return key


class SessionReading:
    """What every profile of one session reads: computed once, so all roles' profiles
    cost one pass (and one betweenness) rather than one per role."""

    def __init__(self, data: SessionData):
        self.data = data
        self.roles = data.card_roles
        self.votes = Counter(v.card_id for v in data.votes)
        self.written = Counter(c.participant_id for c in data.cards.values() if c.participant_id)
        self.neighbours: dict[str, list[str]] = defaultdict(list)
        for link in data.links:
            self.neighbours[link.source_id].append(link.target_id)
            self.neighbours[link.target_id].append(link.source_id)
        # Cards naming the same thing: same kind and normalised text (an empty text names nothing).
        self.same: dict[tuple[str, str], list[str]] = defaultdict(list)
        for card in data.cards.values():
            text = normalise_text(card.text)
            self.same[card.kind, text or card.id].append(card.id)
        self.graph = role_graph(data)
        self.betweenness = nx.betweenness_centrality(self.graph) if self.graph.number_of_nodes() else {}

    def shown(self, key: str) -> str:
        return self.data.role_name(key) if key else ""

    def named_with(self, card: Card) -> list[str]:
        return self.same[card.kind, normalise_text(card.text) or card.id]

    def card(self, card: Card) -> ProfileCard:
        return ProfileCard(card.id, card.kind, card.text, card.why, self.data.author(card),
                           self.shown(self.roles[card.id]), self.votes[card.id])


def role_profile(data: SessionData, role: str, reflections: list | None = None) -> RoleProfile:
    """The role's profile in one session. ``role`` in any spelling that normalises to
    one of roles_in(data); UnknownRole otherwise. Reflections come from
    ``data.reflections`` unless given."""
    return _profile(SessionReading(data), find_role(data, role), reflections)


def role_profiles(data: SessionData) -> list[RoleProfile]:
    """Every role's profile in the session, in roles_in order."""
    session = SessionReading(data)
    return [_profile(session, normalise_role(role), None) for role in roles_in(data)]


def _profile(s: SessionReading, key: str, reflections: list | None) -> RoleProfile:
    data = s.data
    profile = RoleProfile(data.id, data.title, data.date, data.role_name(key), key)
    own = [c for c in data.cards.values() if s.roles[c.id] == key]
    own_ids = {c.id for c in own}
    profile.card_ids = [c.id for c in own]
    profile.people = [Person(p.id, p.name, p.team, s.written[p.id]) for p in data.participants.values()
                      if normalise_role(p.role) == key]

    linked: set[str] = set()
    for link in data.links:
        mine_source, mine_target = link.source_id in own_ids, link.target_id in own_ids
        if not (mine_source or mine_target):
            continue
        source, target = data.cards[link.source_id], data.cards[link.target_id]
        if mine_source and mine_target:
            profile.internal.append(_dependency(s, link, source, target))
        elif mine_target:
            profile.inputs.append(_dependency(s, link, target, source))
            linked.add(source.id)
        else:
            profile.outputs.append(_dependency(s, link, source, target))
            linked.add(target.id)

    # Own cards of a kind, and other roles' cards of that kind linked to them, in card order.
    def of_kind(*kinds: str, others: bool = True) -> list[Card]:
        return [c for c in data.cards.values()
                if c.kind in kinds and (c.id in own_ids or (others and c.id in linked))]

    profile.activities = [s.card(c) for c in of_kind("activity", others=False)]
    profile.purposes = [s.card(c) for c in of_kind("purpose")]
    profile.outcomes = [s.card(c) for c in of_kind("outcome")]
    profile.pain_points = [s.card(c) for c in of_kind("pain point")]
    profile.questions = [s.card(c) for c in of_kind("question")]
    profile.notes = [s.card(c) for c in of_kind("insight", "story", others=False)]
    profile.resources = [_resource(s, c, key) for c in of_kind("resource")]

    found = data.reflections if reflections is None else reflections
    profile.reflections = [
        ReflectionRef(r.id, r.kind, r.text, r.owner, r.due_date or "", r.card_id, data.cards[r.card_id].text)
        for r in found if r.card_id in own_ids]
    profile.at_risk = _risks(s, key, of_kind("activity", "resource", others=False))
    profile.graph = _place(s, key)
    return profile


def _dependency(s: SessionReading, link: Link, mine: Card, other: Card) -> Dependency:
    return Dependency(link.id, link.kind, s.shown(s.roles[other.id]), mine.id, mine.text, other.id, other.text)


def _resource(s: SessionReading, card: Card, key: str) -> ResourceUse:
    # The same resource: this card and any other naming it, with whoever links to them.
    named = s.named_with(card)
    holders = dict.fromkeys(named + [n for cid in named for n in s.neighbours[cid]])
    others = dict.fromkeys(s.roles[cid] for cid in holders if s.roles[cid] not in (key, NO_ROLE))
    return ResourceUse(card.id, card.text, card.knowledge_type or "", s.data.author(card),
                       s.shown(s.roles[card.id]), tuple(s.shown(r) for r in others), s.votes[card.id])


def _risks(s: SessionReading, key: str, cards: list[Card]) -> list[Risk]:
    """Activities and resources nobody of another role names or links to; 'one person'
    when exactly one person names or links to them, else 'one role' (a lane card
    nobody wrote, with no links, is the role's alone but no one person's)."""
    risks, seen = [], set()
    for card in cards:
        named = s.named_with(card)
        if named[0] in seen:
            continue
        seen.add(named[0])
        holders = dict.fromkeys(named + [n for cid in named for n in s.neighbours[cid]])
        if {s.roles[cid] for cid in holders} - {key, NO_ROLE}:
            continue
        people = tuple(dict.fromkeys(
            name for cid in holders if (name := s.data.author(s.data.cards[cid]))))
        ids = tuple(cid for cid in named if s.roles[cid] == key)
        risks.append(Risk(ids[0], card.kind, card.text, "one person" if len(people) == 1 else "one role",
                          people, ids))
    return risks


def _place(s: SessionReading, key: str) -> GraphPlace:
    graph = s.graph
    if key not in graph:  # a role with only an empty lane: not in the graph at all
        return GraphPlace(graph.number_of_nodes(), 0, 0, 0.0, ())
    weights = {n: graph[key][n]["weight"] for n in graph.neighbors(key)}
    order = sorted(weights, key=lambda n: (-weights[n], s.shown(n).casefold()))
    brokered = tuple((s.shown(a), s.shown(b)) for i, a in enumerate(order) for b in order[i + 1:]
                     if not graph.has_edge(a, b))
    return GraphPlace(graph.number_of_nodes(), len(order), sum(weights.values()), s.betweenness.get(key, 0.0),
                      tuple(s.shown(n) for n in order), {s.shown(n): weights[n] for n in order}, brokered)


# -- over a series --------------------------------------------------------------------

def roles_in_series(sessions: list[SessionData]) -> list[str]:
    """Every role of a series' sessions (as first written in the earliest), each once."""
    names: dict[str, str] = {}
    for data in sessions:
        for key, name in data.role_names.items():
            names.setdefault(key, name)
    return list(names.values())


def series_role_profiles(db: Database, series_id: str, role: str,
                         threshold: float = DEFAULT_THRESHOLD) -> list[RoleChange]:
    """The role in every session of a series, in date order, with what changed from the
    session before (activities through app.analysis.matching, with the series' stored
    match choices). ValueError for an unknown series; UnknownRole when no session
    of the series has the role. A session without it gives an empty profile."""
    sessions, matchings = matched_series(db, series_id, threshold)
    return role_changes(sessions, role, matchings)


def role_changes(sessions: list[SessionData], role: str, matchings: list[Matching],
                 readings: list[SessionReading] | None = None) -> list[RoleChange]:
    """series_role_profiles on sessions already loaded; ``matchings[i]`` matches
    sessions[i] with sessions[i + 1] (app.analysis.matching.match_sessions)."""
    key = normalise_role(role)
    names = [d.role_names[key] for d in sessions if key in d.role_names]
    if not names:
        raise UnknownRole(Said("Roles", QT_TRANSLATE_NOOP("Roles", "no role {0!r} in the series"), role))
    read = readings or [SessionReading(d) for d in sessions]
    changes: list[RoleChange] = []
    for i, s in enumerate(read):
        data = s.data
        if key in data.role_names:
            profile = _profile(s, key, None)
        else:
            profile = RoleProfile(data.id, data.title, data.date, names[0], key,
                                  graph=GraphPlace(s.graph.number_of_nodes(), 0, 0, 0.0, ()))
        change = RoleChange(profile)
        if i:
            _changes_since(change, changes[-1].profile, matchings[i - 1])
        changes.append(change)
    return changes


def all_role_changes(sessions: list[SessionData], matchings: list[Matching]) -> list[list[RoleChange]]:
    """role_changes for every role of the series (roles_in_series order), each session
    read once for all roles."""
    read = [SessionReading(d) for d in sessions]
    return [role_changes(sessions, role, matchings, read) for role in roles_in_series(sessions)]


def _changes_since(change: RoleChange, before: RoleProfile, matching: Matching) -> None:
    now = change.profile
    change.previous_session_id = before.session_id
    earlier = {a.card_id for a in before.activities}
    for activity in now.activities:
        previous = matching.b_to_a.get(activity.card_id)
        if previous in earlier:
            change.activities_recurring.append(Recurring(activity.card_id, previous, activity.text))
        else:
            change.activities_new.append(activity)
    later = {a.card_id for a in now.activities}
    change.activities_vanished = [a for a in before.activities if matching.a_to_b.get(a.card_id) not in later]

    was, is_ = _dependency_keys(before), _dependency_keys(now)
    change.dependencies_gained = [DependencyChange(key[0], links[0].role, key[2], tuple(links))
                                  for key, links in is_.items() if key not in was]
    change.dependencies_lost = [DependencyChange(key[0], links[0].role, key[2], tuple(links))
                                for key, links in was.items() if key not in is_]

    risky_before = {cid for r in before.at_risk for cid in r.card_ids}
    risky_now = {cid for r in now.at_risk for cid in r.card_ids}
    change.risks_new = [r for r in now.at_risk
                        if not any(matching.b_to_a.get(cid) in risky_before for cid in r.card_ids)]
    for risk in before.at_risk:
        kept = {matching.a_to_b[cid] for cid in risk.card_ids if cid in matching.a_to_b}
        if kept & risky_now:
            continue
        (change.risks_resolved if kept else change.risks_gone).append(risk)


def _dependency_keys(profile: RoleProfile) -> dict[tuple[str, str, str], list[Dependency]]:
    keys: dict[tuple[str, str, str], list[Dependency]] = {}
    for direction, links in (("input", profile.inputs), ("output", profile.outputs)):
        for dep in links:
            keys.setdefault((direction, normalise_role(dep.role), dep.kind), []).append(dep)
    return keys


def figures_over_time(changes: list[RoleChange]) -> dict[str, list[float]]:
    """Each of RoleProfile.figures() as a list, one value per session in order."""
    rows = [c.profile.figures() for c in changes]
    return {name: [row[name] for row in rows] for name in (rows[0] if rows else {})}
