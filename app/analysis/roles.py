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

from dataclasses import dataclass, field

from sqlite_utils import Database

from app.analysis.loading import SessionData
from app.analysis.matching import DEFAULT_THRESHOLD


class UnknownRole(ValueError):
    """A role name no participant, lane or card of the session (or series) has."""


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
        raise NotImplementedError

    def inputs_by(self) -> dict[tuple[str, str], list[Dependency]]:
        """Inputs grouped by (other role, link kind)."""
        raise NotImplementedError

    def outputs_by(self) -> dict[tuple[str, str], list[Dependency]]:
        """Outputs grouped by (other role, link kind)."""
        raise NotImplementedError

    def figures(self) -> dict[str, float]:
        """The role's numbers under flat names (cards, activities, resources, people,
        inputs, outputs, roles_connected, betweenness, at_risk, pain_points, questions,
        votes), one series per name over time."""
        raise NotImplementedError


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
    lanes' roles, then any other role a card speaks for; each normalised name once."""
    raise NotImplementedError


def find_role(data: SessionData, role: str) -> str:
    """The normalised key of ``role`` in the session; UnknownRole if it has none."""
    raise NotImplementedError


def role_profile(data: SessionData, role: str, reflections: list | None = None) -> RoleProfile:
    """The role's profile in one session. ``role`` in any spelling that normalises to
    one of roles_in(data); UnknownRole otherwise. Reflections come from
    ``data.reflections`` unless given."""
    raise NotImplementedError


def roles_in_series(sessions: list[SessionData]) -> list[str]:
    """Every role of a series' sessions (as first written in the earliest), each once."""
    raise NotImplementedError


def series_role_profiles(db: Database, series_id: str, role: str,
                         threshold: float = DEFAULT_THRESHOLD) -> list[RoleChange]:
    """The role in every session of a series, in date order, with what changed from the
    session before (activities through app.analysis.matching, with the series' stored
    match choices). ValueError for an unknown series; UnknownRole when no session
    of the series has the role. A session without it gives an empty profile."""
    raise NotImplementedError


def role_changes(sessions: list[SessionData], role: str, matchings: list) -> list[RoleChange]:
    """series_role_profiles on sessions already loaded; ``matchings[i]`` matches
    sessions[i] with sessions[i + 1] (app.analysis.matching.match_sessions)."""
    raise NotImplementedError


def figures_over_time(changes: list[RoleChange]) -> dict[str, list[float]]:
    """Each of RoleProfile.figures() as a list, one value per session in order."""
    raise NotImplementedError
