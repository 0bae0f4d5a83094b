"""Role profiles as data formats: JSON (documented by docs/role-profile.schema.json)
and Markdown, for one role, all roles of a session, or one role over a series.

The HTML page and the PDF role cards draw from the same profiles (widgets/export);
they read the RoleProfile dataclasses, or these JSON dicts, not the canvas.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.analysis.roles import Dependency, RoleChange, RoleProfile, figures_over_time
from app.i18n import counted
from app.io import atomic
from app.io.markdown import escape
from app.said import Translate, window_translate
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
# In the reader's language: the window's (QCoreApplication's translators), or the
# command line's while speaking(app.cli.words.translate) is in effect. The words are
# the role outline's (app/io/role_outline.py, context ""), so one translation serves
# the view, the HTML page, the role cards and this. Card text, names and roles are data.

_speaker: list[Translate] = []


@contextlib.contextmanager
def speaking(say: Translate) -> Iterator[None]:
    """Write the Markdown in the language ``say`` speaks (the command line's)."""
    _speaker.append(say)
    try:
        yield
    finally:
        _speaker.pop()


def translate(context: str, text: str) -> str:
    """``text`` in the reader's language; called with two literals so lupdate finds them."""
    return (_speaker[-1] if _speaker else window_translate)(context, text) or text


def _counted(text: str, n: int) -> str:
    """A counted word of the role outline's (context "RoleOutline", with plural forms)."""
    say = _speaker[-1] if _speaker else window_translate
    return counted(say("RoleOutline", text, n), n)


def _votes(n: int) -> str:
    return " — " + _counted("%n vote(s)", n) if n else ""


def _kind(kind: str) -> str:
    return translate("Vocabulary", CARD_KIND_LABELS.get(kind, kind))


def _kinded(heading: str, cards: list, role: str) -> list[str]:
    """A section of cards of several kinds, each line led by its kind; nothing when empty."""
    if not cards:
        return []
    lines = [f"- **{_kind(c.kind)}:** {escape(c.text)}{_by(c.author, c.role, role)}"
             f"{_votes(c.votes)}" for c in cards]
    return [heading, "", *lines, ""]


def _by(author: str, role: str, own: str) -> str:
    """Who wrote a card, and its role when it is not the profile's own."""
    parts = [escape(author)] if author else []
    if role != own:
        parts.append("*" + (escape(role) or translate("", "no role")) + "*")
    return f" ({', '.join(parts)})" if parts else ""


def profile_markdown(profile: RoleProfile, level: int = 2) -> str:
    """One profile as a Markdown section (a heading at ``level`` and its lists)."""
    h = "#" * level
    out = [f"{h} {escape(profile.role)}", "",
           f"*{escape(profile.session_title)}{', ' + escape(profile.session_date) if profile.session_date else ''}*",
           ""]
    if profile.people:
        people = ", ".join(escape(p.name) + (f" ({escape(p.team)})" if p.team else "") for p in profile.people)
        out += ["**" + translate("", "People") + f":** {people}", ""]
    if profile.empty:
        return "\n".join(out + [translate("", profile.reason), ""])
    sub = h + "#"
    if profile.activities:
        out += [sub + " " + translate("", "Activities"), ""]
        for card in profile.activities:
            out.append(f"- {escape(card.text)}{_by(card.author, card.role, profile.role)}{_votes(card.votes)}")
            if card.why:
                out.append("  - *" + translate("", "Why:") + f"* {escape(card.why)}")
        out.append("")
    out += _kinded(sub + " " + translate("", "Purposes and outcomes served"), profile.purposes + profile.outcomes,
                   profile.role)
    if profile.resources:
        columns = (translate("", "Resource"), translate("", "Knowledge type"), translate("", "Whose"),
                   translate("", "Also used by"))
        out += [sub + " " + translate("", "Resources"), "", "| " + " | ".join(columns) + " |",
                "| --- | --- | --- | --- |"]
        out += [f"| {escape(r.text)} | {_knowledge(r.knowledge_type)} | {escape(r.role) or '—'} | "
                f"{', '.join(escape(x) for x in r.shared_with) or '—'} |" for r in profile.resources]
        out.append("")
    for title, groups, inputs in [(translate("", "Inputs"), profile.inputs_by(), True),
                                  (translate("", "Outputs"), profile.outputs_by(), False)]:
        if groups:
            out += [f"{sub} {title}", ""]
            for (role, kind), links in groups.items():
                other = escape(role) or translate("", "cards without a role")
                said = translate("", "**{0}** from {1}:") if inputs else translate("", "**{0}** to {1}:")
                out.append("- " + said.format(translate("Vocabulary", kind), other))
                out += [f"  - {_link_line(dep, inputs)}" for dep in links]
            out.append("")
    out += _kinded(sub + " " + translate("", "Pain points and questions"), profile.pain_points + profile.questions,
                   profile.role)
    if profile.reflections:
        columns = (translate("", "Kind"), translate("", "Reflection"), translate("", "Owner"), translate("", "Due"),
                   translate("", "On card"))
        out += [sub + " " + translate("", "Reflections and actions"), "", "| " + " | ".join(columns) + " |",
                "| --- | --- | --- | --- | --- |"]
        out += [f"| {translate('Vocabulary', r.kind.capitalize())} | {escape(r.text)} | {escape(r.owner) or '—'} | "
                f"{escape(r.due_date) or '—'} | {escape(r.card_text)} |" for r in profile.reflections]
        out.append("")
    if profile.at_risk:
        out += [sub + " " + translate("", "Knowledge at risk"), ""]
        for risk in profile.at_risk:
            who = f": {', '.join(escape(p) for p in risk.people)}" if risk.people else ""
            only = (translate("", "only one person knows it") if risk.reason == "one person"
                    else translate("", "only this role knows it"))
            out.append(f"- {escape(risk.text)} — {_kind(risk.kind)}; {only}{who}")
        out.append("")
    out += [sub + " " + translate("", "Place in the role graph"), ""] + _graph_lines(profile) + [""]
    return "\n".join(out)


def _knowledge(kind: str | None) -> str:
    return translate("Vocabulary", kind.capitalize()) if kind else "—"


def _link_line(dep: Dependency, inputs: bool) -> str:
    mine, other = escape(dep.card_text), escape(dep.other_text)
    return f"{other} → {mine}" if inputs else f"{mine} → {other}"


def _links(n: int) -> str:
    return _counted("%n link(s)", n)


def _graph_lines(profile: RoleProfile) -> list[str]:
    place = profile.graph
    if place is None or not place.degree:
        return ["- " + translate("", "Linked with no other role.")]
    linked = ", ".join(f"{escape(r)} ({_links(n)})" for r, n in place.link_weights.items())
    lines = ["- " + translate("", "Linked with {0} of the other {1} roles: {2}").format(
                 place.degree, place.roles - 1, linked),
             "- " + translate("", "Betweenness: {0:.2f}").format(place.betweenness)]
    if place.brokered:
        pairs = "; ".join(translate("", "{0} and {1}").format(escape(a), escape(b)) for a, b in place.brokered)
        lines.append("- " + translate("", "Links roles not linked with each other: {0}").format(pairs))
    return lines


def no_roles(series: bool = False) -> str:
    """NO_ROLES (or the series' sentence) in the reader's language."""
    if series:
        return translate("", "This series has no roles: give its participants a role, or its lanes one, to see "
                             "role profiles.")
    return translate("", "This session has no roles: give its participants a role, or its lanes one, to see "
                         "role profiles.")


def profiles_markdown(title: str, profiles: list[RoleProfile]) -> str:
    """A session's role profiles as one Markdown document; says so when it has no roles."""
    out = ["# " + translate("", "Role profiles: {0}").format(escape(title)), ""]
    if not profiles:
        return "\n".join(out + [no_roles(), ""])
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
    out = ["# " + translate("", "Role profiles: {0}").format(escape(series_name)), ""]
    if not roles:
        return "\n".join(out + [no_roles(series=True), ""])
    return "\n".join(out + [role_series_markdown(series_name, changes, level=2) for changes in roles]).rstrip() + "\n"


def role_series_markdown(series_name: str, changes: list[RoleChange], level: int = 1) -> str:
    """One role over a series as Markdown: its figures over time, then per session what
    changed since the session before and its profile."""
    h = "#" * level
    role = changes[0].profile.role if changes else ""
    out = [f"{h} " + translate("", "{0} over {1}").format(escape(role), escape(series_name)), ""]
    figures = figures_over_time(changes)
    if figures:
        out += ["| | " + " | ".join(escape(c.profile.session_title) for c in changes) + " |",
                "| --- |" + " --- |" * len(changes)]
        out += [f"| {translate('', FIGURE_LABELS.get(name, name))} | " + " | ".join(_number(v) for v in values) + " |"
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
    for label, items in [(translate("", "New activities"), [a.text for a in change.activities_new]),
                         (translate("", "Vanished activities"), [a.text for a in change.activities_vanished]),
                         (translate("", "Recurring activities"), [a.text for a in change.activities_recurring]),
                         (translate("", "Dependencies gained"), [_dependency(d) for d in change.dependencies_gained]),
                         (translate("", "Dependencies lost"), [_dependency(d) for d in change.dependencies_lost]),
                         (translate("", "New knowledge at risk"), [r.text for r in change.risks_new]),
                         (translate("", "Risks resolved"), [r.text for r in change.risks_resolved]),
                         (translate("", "Risks gone with their cards"), [r.text for r in change.risks_gone])]:
        if items:
            lines.append(f"- **{label}:** " + "; ".join(escape(i) for i in items))
    return lines or ["- " + translate("", "No change since the session before.")]


def _dependency(change) -> str:
    other = change.role or translate("", "cards without a role")
    said = translate("", "{0} from {1}") if change.direction == "input" else translate("", "{0} to {1}")
    return said.format(translate("Vocabulary", change.kind), other)


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
