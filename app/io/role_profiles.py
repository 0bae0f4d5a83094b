"""Role profiles as data formats: JSON (documented by docs/role-profile.schema.json)
and Markdown, for one role, all roles of a session, or one role over a series.

The HTML page and the PDF role cards draw from the same profiles (widgets/export);
they read the RoleProfile dataclasses, or these JSON dicts, not the canvas.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from app.analysis.roles import Dependency, RoleChange, RoleProfile, figures_over_time
from app.io import atomic
from app.io.markdown import escape
from app.vocabulary import CARD_KIND_LABELS

FORMAT = "meshwork-role-profile"
VERSION = 1
NO_ROLES = "This session has no roles: give its participants a role, or its lanes one, to see role profiles."


def _plain(value: Any) -> Any:
    """Dataclasses, tuples and dicts as JSON values (tuples become lists)."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def profile_json(profile: RoleProfile) -> dict[str, Any]:
    """One profile as plain JSON values (the schema's "profile")."""
    return {**_plain(profile), "empty": profile.empty, "reason": profile.reason, "figures": profile.figures()}


def _session(profile_or_data: Any) -> dict[str, str]:
    return {"id": profile_or_data.session_id, "title": profile_or_data.session_title,
            "date": profile_or_data.session_date}


def profiles_json(session: dict[str, Any], profiles: list[RoleProfile]) -> dict[str, Any]:
    """A session's profiles in one document: {"format", "version", "kind": "session",
    "session", "profiles"}; ``session`` is the session row (id, title, date used)."""
    return {"format": FORMAT, "version": VERSION, "kind": "session",
            "session": {"id": session["id"], "title": session.get("title", ""), "date": session.get("date", "")},
            "profiles": [profile_json(p) for p in profiles]}


def series_json(series: dict[str, Any], roles: list[list[RoleChange]]) -> dict[str, Any]:
    """Roles over a series: {"format", "version", "kind": "series", "series": {"id", "name"},
    "roles": [{"role", "figures": {name: [value per session]}, "sessions": [{"profile", "changes"}]}]},
    one entry per role (each a series_role_profiles result)."""
    return {"format": FORMAT, "version": VERSION, "kind": "series",
            "series": {"id": series["id"], "name": series.get("name", "")},
            "roles": [role_series_json(changes) for changes in roles]}


def role_series_json(changes: list[RoleChange]) -> dict[str, Any]:
    """One role over a series (the schema's "role_series")."""
    return {
        "role": changes[0].profile.role if changes else "",
        "figures": figures_over_time(changes),
        "sessions": [{"profile": profile_json(c.profile),
                      "changes": {k: v for k, v in _plain(c).items() if k != "profile"}} for c in changes],
    }


# -- Markdown -------------------------------------------------------------------------

def _votes(n: int) -> str:
    return "" if not n else f" — {n} {'vote' if n == 1 else 'votes'}"


def _kinded(heading: str, cards: list, role: str) -> list[str]:
    """A section of cards of several kinds, each line led by its kind; nothing when empty."""
    if not cards:
        return []
    lines = [f"- **{CARD_KIND_LABELS.get(c.kind, c.kind)}:** {escape(c.text)}{_by(c.author, c.role, role)}"
             f"{_votes(c.votes)}" for c in cards]
    return [heading, "", *lines, ""]


def _by(author: str, role: str, own: str) -> str:
    """Who wrote a card, and its role when it is not the profile's own."""
    parts = [escape(author)] if author else []
    if role != own:
        parts.append(f"*{escape(role) or 'no role'}*")
    return f" ({', '.join(parts)})" if parts else ""


def profile_markdown(profile: RoleProfile, level: int = 2) -> str:
    """One profile as a Markdown section (a heading at ``level`` and its lists)."""
    h = "#" * level
    out = [f"{h} {escape(profile.role)}", "",
           f"*{escape(profile.session_title)}{', ' + escape(profile.session_date) if profile.session_date else ''}*",
           ""]
    if profile.people:
        people = ", ".join(escape(p.name) + (f" ({escape(p.team)})" if p.team else "") for p in profile.people)
        out += [f"**People:** {people}", ""]
    if profile.empty:
        return "\n".join(out + [profile.reason, ""])
    sub = h + "#"
    if profile.activities:
        out += [f"{sub} Activities", ""]
        for card in profile.activities:
            out.append(f"- {escape(card.text)}{_by(card.author, card.role, profile.role)}{_votes(card.votes)}")
            if card.why:
                out.append(f"  - *Why:* {escape(card.why)}")
        out.append("")
    out += _kinded(f"{sub} Purposes and outcomes served", profile.purposes + profile.outcomes, profile.role)
    if profile.resources:
        out += [f"{sub} Resources", "", "| Resource | Knowledge type | Whose | Also used by |",
                "| --- | --- | --- | --- |"]
        out += [f"| {escape(r.text)} | {escape(r.knowledge_type) or '—'} | {escape(r.role) or '—'} | "
                f"{', '.join(escape(x) for x in r.shared_with) or '—'} |" for r in profile.resources]
        out.append("")
    for title, groups, arrow in [("Inputs", profile.inputs_by(), "from"), ("Outputs", profile.outputs_by(), "to")]:
        if groups:
            out += [f"{sub} {title}", ""]
            for (role, kind), links in groups.items():
                out.append(f"- **{kind}** {arrow} {escape(role) or 'cards without a role'}:")
                out += [f"  - {_link_line(dep, arrow)}" for dep in links]
            out.append("")
    out += _kinded(f"{sub} Pain points and questions", profile.pain_points + profile.questions, profile.role)
    if profile.reflections:
        out += [f"{sub} Reflections and actions", "", "| Kind | Reflection | Owner | Due | On card |",
                "| --- | --- | --- | --- | --- |"]
        out += [f"| {r.kind} | {escape(r.text)} | {escape(r.owner) or '—'} | {escape(r.due_date) or '—'} | "
                f"{escape(r.card_text)} |" for r in profile.reflections]
        out.append("")
    if profile.at_risk:
        out += [f"{sub} Knowledge at risk", ""]
        for risk in profile.at_risk:
            who = f": {', '.join(escape(p) for p in risk.people)}" if risk.people else ""
            out.append(f"- {escape(risk.text)} ({risk.kind}) — only {risk.reason}{who}")
        out.append("")
    out += [f"{sub} Place in the role graph", ""] + _graph_lines(profile) + [""]
    return "\n".join(out)


def _link_line(dep: Dependency, arrow: str) -> str:
    mine, other = escape(dep.card_text), escape(dep.other_text)
    return f"{other} → {mine}" if arrow == "from" else f"{mine} → {other}"


def _graph_lines(profile: RoleProfile) -> list[str]:
    place = profile.graph
    if place is None or not place.degree:
        return ["- Linked with no other role."]
    linked = ", ".join(f"{escape(r)} ({n} {'link' if n == 1 else 'links'})" for r, n in place.link_weights.items())
    lines = [f"- Linked with {place.degree} of the other {place.roles - 1} roles: {linked}",
             f"- Betweenness: {place.betweenness:.2f}"]
    if place.brokered:
        lines.append("- Links roles not linked with each other: " + "; ".join(f"{escape(a)} and {escape(b)}"
                                                             for a, b in place.brokered))
    return lines


def profiles_markdown(title: str, profiles: list[RoleProfile]) -> str:
    """A session's role profiles as one Markdown document; says so when it has no roles."""
    out = [f"# Role profiles: {escape(title)}", ""]
    if not profiles:
        return "\n".join(out + [NO_ROLES, ""])
    return "\n".join(out + [profile_markdown(p) for p in profiles]).rstrip() + "\n"


FIGURE_LABELS = {
    "cards": "Cards", "activities": "Activities", "resources": "Own resources", "resources_used": "Resources used",
    "people": "People", "inputs": "Inputs", "outputs": "Outputs", "roles_connected": "Roles linked with",
    "betweenness": "Betweenness", "at_risk": "Knowledge at risk", "pain_points": "Pain points",
    "questions": "Questions", "votes": "Votes on its cards",
}


def series_markdown(series_name: str, roles: list[list[RoleChange]]) -> str:
    """Roles over a series as one Markdown document (see role_series_markdown)."""
    if len(roles) == 1:
        return role_series_markdown(series_name, roles[0])
    out = [f"# Role profiles: {escape(series_name)}", ""]
    if not roles:
        return "\n".join(out + [NO_ROLES.replace("This session", "This series"), ""])
    return "\n".join(out + [role_series_markdown(series_name, changes, level=2) for changes in roles]).rstrip() + "\n"


def role_series_markdown(series_name: str, changes: list[RoleChange], level: int = 1) -> str:
    """One role over a series as Markdown: its figures over time, then per session what
    changed since the session before and its profile."""
    h = "#" * level
    role = changes[0].profile.role if changes else ""
    out = [f"{h} {escape(role)} over {escape(series_name)}", ""]
    figures = figures_over_time(changes)
    if figures:
        out += ["| | " + " | ".join(escape(c.profile.session_title) for c in changes) + " |",
                "| --- |" + " --- |" * len(changes)]
        out += [f"| {FIGURE_LABELS.get(name, name)} | " + " | ".join(_number(v) for v in values) + " |"
                for name, values in figures.items()]
        out.append("")
    for change in changes:
        out += [f"{h}# {escape(change.profile.session_title)}", ""]
        if change.previous_session_id is not None:
            out += _change_lines(change) + [""]
        out.append(profile_markdown(change.profile, level=level + 2))
    return "\n".join(out).rstrip() + "\n"


def _number(value: float) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _change_lines(change: RoleChange) -> list[str]:
    lines = []
    for label, items in [("New activities", [a.text for a in change.activities_new]),
                         ("Vanished activities", [a.text for a in change.activities_vanished]),
                         ("Recurring activities", [a.text for a in change.activities_recurring]),
                         ("Dependencies gained", [_dependency(d) for d in change.dependencies_gained]),
                         ("Dependencies lost", [_dependency(d) for d in change.dependencies_lost]),
                         ("New knowledge at risk", [r.text for r in change.risks_new]),
                         ("Risks resolved", [r.text for r in change.risks_resolved]),
                         ("Risks gone with their cards", [r.text for r in change.risks_gone])]:
        if items:
            lines.append(f"- **{label}:** " + "; ".join(escape(i) for i in items))
    return lines or ["- No change since the session before."]


def _dependency(change) -> str:
    arrow = "from" if change.direction == "input" else "to"
    return f"{change.kind} {arrow} {change.role or 'cards without a role'}"


# -- files ----------------------------------------------------------------------------

def _session_profiles(db: Any, session_id: str, role: str | None, include_face_down: bool
                      ) -> tuple[dict[str, Any], list[RoleProfile]]:
    from app.analysis.loading import load_session
    from app.analysis.roles import role_profile, role_profiles

    data = load_session(db, session_id, include_hidden=include_face_down)
    return data.session, [role_profile(data, role)] if role is not None else role_profiles(data)


def export_markdown(db: Any, session_id: str, out: Path, role: str | None = None,
                    include_face_down: bool = False, **_options: Any) -> list[Path]:
    """A session's role profiles (or one role's) as a Markdown file, written atomically
    (the exporter registry's signature; UnknownRole for a role the session lacks)."""
    session, profiles = _session_profiles(db, session_id, role, include_face_down)
    return [atomic.write_text(out, profiles_markdown(session["title"], profiles))]


def export_json(db: Any, session_id: str, out: Path, role: str | None = None,
                include_face_down: bool = False, **_options: Any) -> list[Path]:
    """The same as JSON (docs/role-profile.schema.json)."""
    session, profiles = _session_profiles(db, session_id, role, include_face_down)
    text = json.dumps(profiles_json(session, profiles), indent=2, ensure_ascii=False) + "\n"
    return [atomic.write_text(out, text)]
