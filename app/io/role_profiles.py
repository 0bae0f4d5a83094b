"""Role profiles as data formats: JSON (documented by docs/role-profile.schema.json)
and Markdown, for one role, all roles of a session, or one role over a series.

The HTML page and the PDF role cards draw from the same profiles (widgets/export);
they read the RoleProfile dataclasses, or these JSON dicts, not the canvas.
"""

from __future__ import annotations

from typing import Any

from app.analysis.roles import RoleChange, RoleProfile

FORMAT = "meshwork-role-profile"
VERSION = 1


def profile_json(profile: RoleProfile) -> dict[str, Any]:
    """One profile as plain JSON values (the schema's "profile")."""
    raise NotImplementedError


def profiles_json(profiles: list[RoleProfile]) -> dict[str, Any]:
    """A session's profiles in one document: {"format", "version", "session", "profiles"}."""
    raise NotImplementedError


def series_json(series_name: str, changes: list[RoleChange]) -> dict[str, Any]:
    """One role over a series: {"format", "version", "series", "role", "sessions": [...],
    "figures": {name: [value per session]}}, each session its profile and its changes."""
    raise NotImplementedError


def profile_markdown(profile: RoleProfile) -> str:
    """One profile as a Markdown section (a '## role' heading and its lists)."""
    raise NotImplementedError


def profiles_markdown(profiles: list[RoleProfile]) -> str:
    """A session's role profiles as one Markdown document; says so when it has no roles."""
    raise NotImplementedError


def series_markdown(series_name: str, changes: list[RoleChange]) -> str:
    """One role over a series as Markdown: per session, its profile and what changed."""
    raise NotImplementedError
