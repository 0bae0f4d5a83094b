"""Role profiles of the session being edited, kept current cheaply (for the window's
Role Profiles view): the other sessions of its series are read and matched once,
and each refresh re-reads only the open session and re-matches it only with the
session before it. Face-down cards are left out, as the canvas does not show them (exports
may ask for them with ``include_hidden``). No Qt."""

from __future__ import annotations

from sqlite_utils import Database

from app.analysis.loading import SessionData, load_series, load_session
from app.analysis.matching import DEFAULT_THRESHOLD, Matching, choices_between, match_sessions
from app.analysis.roles import RoleChange, RoleProfile, SessionReading, role_changes, role_profile, roles_in
from storage import matches, sessions


class RoleWatch:
    def __init__(self, db: Database, session_id: str, threshold: float = DEFAULT_THRESHOLD,
                 include_hidden: bool = False):
        self.db, self.session_id, self.threshold = db, session_id, threshold
        self.include_hidden = include_hidden
        row = sessions.get(db, session_id)
        if row is None:
            raise ValueError(f"no session {session_id!r}")
        self.series_id = row.get("series_id")
        self.series: list[SessionData] = []  # the whole series, date order (this session re-read on refresh)
        self.index = -1
        self.matchings: list[Matching] = []
        self.data: SessionData | None = None
        if self.series_id:
            self.series = load_series(db, self.series_id, include_hidden)
            self.index = next((i for i, d in enumerate(self.series) if d.id == session_id), -1)
            self.matchings = [self._match(a, b) for a, b in zip(self.series, self.series[1:], strict=False)]
        # Each session read for profiles once (its role graph and betweenness); the open one on refresh.
        self.read = [SessionReading(d) for d in self.series]
        self.refresh()

    def _match(self, a: SessionData, b: SessionData) -> Matching:
        return match_sessions(a, b, self.threshold, choices_between(matches.in_series(self.db, self.series_id), a, b))

    def refresh(self) -> None:
        """Re-read the open session (after an edit) and its matching with the one before."""
        self.data = load_session(self.db, self.session_id, self.include_hidden)
        if self.index < 0:
            return
        self.series[self.index] = self.data
        self.read[self.index] = SessionReading(self.data)
        i = self.index
        if i > 0:
            self.matchings[i - 1] = self._match(self.series[i - 1], self.data)
        # The pair (this, next) is left as matched at open: it only feeds the next
        # session's changes, which this watch never shows (figures need no matching).

    def roles(self) -> list[str]:
        return roles_in(self.data)

    def profile(self, role: str) -> tuple[RoleProfile, RoleChange | None, list[RoleChange]]:
        """The role's profile here; in a series also what changed since the session
        before and the role over the whole series (else None and [])."""
        if self.index < 0 or len(self.series) < 2:
            return role_profile(self.data, role), None, []
        changes = role_changes(self.series, role, self.matchings, self.read)
        return changes[self.index].profile, changes[self.index], changes
