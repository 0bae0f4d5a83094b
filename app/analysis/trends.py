"""Trends across a series: every session's numeric metrics in date order, and what
recurs, appears and vanishes from one session to the next (activities through the
card matching; role-to-role links and themes by name)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from app.analysis.loading import SessionData, load_series, normalise_role
from app.analysis.matching import DEFAULT_THRESHOLD, Matching, choices_between, match_sessions
from app.analysis.metrics import SessionMetrics, session_metrics
from storage import matches, series

RolePair = tuple[str, str]


@dataclass(frozen=True)
class Activity:
    card_id: str  # in the session it belongs to (the later one for new and recurring)
    text: str
    role: str


@dataclass
class Step:
    """From one session of the series to the next."""

    a: str  # session ids
    b: str
    recurring: list[Activity] = field(default_factory=list)
    new: list[Activity] = field(default_factory=list)
    vanished: list[Activity] = field(default_factory=list)  # card ids in session a
    new_role_links: list[RolePair] = field(default_factory=list)
    vanished_role_links: list[RolePair] = field(default_factory=list)
    new_themes: list[str] = field(default_factory=list)
    vanished_themes: list[str] = field(default_factory=list)


@dataclass
class Trends:
    series_id: str | None
    sessions: list[SessionMetrics] = field(default_factory=list)  # in date order
    steps: list[Step] = field(default_factory=list)  # steps[i]: sessions[i] -> sessions[i + 1]
    role_links: dict[RolePair, list[int]] = field(default_factory=dict)  # links per session
    themes: dict[str, list[int]] = field(default_factory=dict)  # cards tagged per session

    def table(self) -> list[dict[str, Any]]:
        """One row per session: its id, title, date and numeric metrics (for charts, CSV, JSON)."""
        return [{"session_id": m.session_id, "title": m.title, "date": m.date, **m.numbers()}
                for m in self.sessions]

    def metric(self, name: str) -> list[float]:
        """One metric's values in session order (0 where a session lacks it)."""
        return [m.numbers().get(name, 0) for m in self.sessions]


def series_trends(db: Database, series_id: str, threshold: float = DEFAULT_THRESHOLD,
                  include_hidden: bool = True) -> Trends:
    data, matchings = matched_series(db, series_id, threshold, include_hidden)
    return trends_of(data, matchings, series_id)


def matched_series(db: Database, series_id: str, threshold: float = DEFAULT_THRESHOLD,
                   include_hidden: bool = True) -> tuple[list[SessionData], list[Matching]]:
    """A series' sessions in date order, and each matched with the next (with the
    series' stored match choices); ValueError for an unknown series."""
    if series.get(db, series_id) is None:
        raise ValueError(f"no series {series_id!r}")
    data = load_series(db, series_id, include_hidden)
    choices = matches.in_series(db, series_id)  # one query, not one per pair of sessions
    matchings = [
        match_sessions(a, b, threshold, choices_between(choices, a, b))
        for a, b in zip(data, data[1:], strict=False)
    ]
    return data, matchings


def trends_of(data: Sequence[SessionData], matchings: Sequence[Matching],
              series_id: str | None = None) -> Trends:
    """``matchings[i]`` matches data[i] with data[i + 1]."""
    result = Trends(series_id, [session_metrics(d) for d in data])
    result.role_links = _per_session(
        [{_role_pair(pair): n for pair, n in m.role_links.items()} for m in result.sessions],
        [m.role_links for m in result.sessions], _role_pair)
    result.themes = _per_session(
        [_theme_counts(d) for d in data], [{t: 0 for c in d.cards.values() for t in c.tags} for d in data],
        str.casefold)
    for i, matching in enumerate(matchings):
        a, b = data[i], data[i + 1]
        step = Step(a.id, b.id)
        for card in b.cards.values():
            if card.kind == "activity":
                bucket = step.recurring if card.id in matching.b_to_a else step.new
                bucket.append(Activity(card.id, card.text, b.role_name(b.role(card))))
        step.vanished = [Activity(c.id, c.text, a.role_name(a.role(c))) for c in a.cards.values()
                         if c.kind == "activity" and c.id not in matching.a_to_b]
        step.new_role_links, step.vanished_role_links = _appeared(result.role_links, i)
        step.new_themes, step.vanished_themes = _appeared(result.themes, i)
        result.steps.append(step)
    return result


def _role_pair(pair: RolePair) -> RolePair:
    a, b = normalise_role(pair[0]), normalise_role(pair[1])
    return (a, b) if a <= b else (b, a)


def _theme_counts(data: SessionData) -> dict[str, int]:
    counts: dict[str, int] = {}
    for card in data.cards.values():
        for tag in card.tags:
            counts[tag.casefold()] = counts.get(tag.casefold(), 0) + 1
    return counts


def _per_session(counts: list[dict[Any, int]], shown: list[Iterable[Any]], key) -> dict[Any, list[int]]:
    """Counts keyed by normalised name, per session; each key shown as first written."""
    names: dict[Any, Any] = {}
    for session in shown:
        for name in session:
            names.setdefault(key(name), name)
    return {names[k]: [c.get(k, 0) for c in counts] for k in names}


def _appeared(table: dict[Any, list[int]], i: int) -> tuple[list[Any], list[Any]]:
    """Names present in session i + 1 but not i, and the other way round."""
    new = [name for name, counts in table.items() if counts[i + 1] and not counts[i]]
    gone = [name for name, counts in table.items() if counts[i] and not counts[i + 1]]
    return new, gone
