"""A role profile as an outline: titled sections of lines, each line naming the
cards it is about. The window's Role Profiles view, the offline HTML page and the
PDF role cards all draw this one outline, so they list the same things in the
same words. Text stays plain here (participant text is escaped where it is drawn).

Words go through QCoreApplication.translate (QtCore only, so headless exports and
the command line can use it without a window)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.analysis.roles import Dependency, RoleChange, RoleProfile, figures_over_time
from app.i18n import counted
from app.io.role_profiles import FIGURE_LABELS
from app.vocabulary import CARD_KIND_LABELS


def tr(text: str) -> str:
    # pyside6-lupdate files a bare tr("...") under the empty context, so it is looked up there.
    return QCoreApplication.translate("", text)


def vocabulary(word: str) -> str:
    """A kind, link kind, knowledge type or reflection kind in the window's language: the
    labels widgets/vocabulary_text.py lists for lupdate (context "Vocabulary")."""
    return QCoreApplication.translate("Vocabulary", word)


class RoleOutline(QObject):
    """The outline's counted words, with the plural forms of the window's language
    (lupdate marks a text as counted only in a QObject's tr() with a count)."""

    def votes(self, n: int) -> str:
        return counted(self.tr("%n vote(s)", "", n), n)

    def cards(self, n: int) -> str:
        return counted(self.tr("%n card(s)", "", n), n)

    def links(self, n: int) -> str:
        return counted(self.tr("%n link(s)", "", n), n)


_counts: list[RoleOutline] = []


def _count() -> RoleOutline:
    if not _counts:
        _counts.append(RoleOutline())
    return _counts[0]


# The English that app/analysis and app/io/role_profiles write (they import no Qt),
# listed here so that lupdate finds it; tests/test_role_profiles.py keeps the lists whole.
REASONS = (
    QT_TRANSLATE_NOOP("", "Nobody in this role wrote a card, and no card is in its lane, in this session."),
    QT_TRANSLATE_NOOP("", "No participant has this role and no card speaks for it in this session."),
)
FIGURE_WORDS = (
    QT_TRANSLATE_NOOP("", "Cards"), QT_TRANSLATE_NOOP("", "Activities"), QT_TRANSLATE_NOOP("", "Own resources"),
    QT_TRANSLATE_NOOP("", "Resources used"), QT_TRANSLATE_NOOP("", "People"), QT_TRANSLATE_NOOP("", "Inputs"),
    QT_TRANSLATE_NOOP("", "Outputs"), QT_TRANSLATE_NOOP("", "Roles linked with"),
    QT_TRANSLATE_NOOP("", "Betweenness"), QT_TRANSLATE_NOOP("", "Knowledge at risk"),
    QT_TRANSLATE_NOOP("", "Pain points"), QT_TRANSLATE_NOOP("", "Questions"),
    QT_TRANSLATE_NOOP("", "Votes on its cards"),
)


def no_roles_text() -> str:
    """What a session without roles shows instead of profiles, in the window's language
    (app.io.role_profiles.NO_ROLES is the English the Markdown export writes)."""
    return tr("This session has no roles: give its participants a role, or its lanes one, to see role profiles.")


@dataclass(frozen=True)
class Line:
    """One item: ``text`` as a participant wrote it (or a figure), ``detail`` a second,
    quieter line; ``card_ids`` the cards of this session it leads back to (none for a
    card of the previous session, or a figure); ``children`` nested lines."""

    text: str
    detail: str = ""
    card_ids: tuple[str, ...] = ()
    children: tuple[Line, ...] = ()


@dataclass
class Section:
    key: str  # stable name (tests, anchors)
    title: str
    lines: list[Line] = field(default_factory=list)


def _votes(n: int) -> str:
    return _count().votes(n) if n else ""


def _joined(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _by(author: str, role: str, own: str) -> str:
    """Who wrote a card, and its role when it is another's."""
    return _joined(author, (role or tr("no role")) if role != own else "")


def _kind(kind: str) -> str:
    return vocabulary(CARD_KIND_LABELS.get(kind, kind))


def outline(profile: RoleProfile, change: RoleChange | None = None,
            series: list[RoleChange] | None = None) -> list[Section]:
    """The profile's sections in reading order; ``change`` adds what changed since the
    previous session, ``series`` the role's figures over time. An empty profile is one
    section saying why."""
    own = profile.role
    people = Section("people", tr("People"), [
        Line(p.name, _joined(p.team, _count().cards(p.cards)))
        for p in profile.people])
    if profile.empty:
        return [people, Section("empty", tr("Nothing yet"), [Line(tr(profile.reason))])]
    sections = [people]
    sections.append(Section("activities", tr("Activities"), [
        Line(c.text, _joined(tr("Why: {0}").format(c.why) if c.why else tr("Why: not written yet"),
                             _by(c.author, c.role, own), _votes(c.votes)), (c.card_id,))
        for c in profile.activities]))
    sections.append(Section("served", tr("Purposes and outcomes served"), [
        Line(c.text, _joined(_kind(c.kind), _by(c.author, c.role, own), _votes(c.votes)), (c.card_id,))
        for c in profile.purposes + profile.outcomes]))
    sections.append(Section("resources", tr("Resources used"), [
        Line(r.text, _joined(vocabulary(r.knowledge_type.capitalize()) if r.knowledge_type
                             else tr("Knowledge type not set"),
                             tr("{0}'s card").format(r.role) if r.role and r.role != own else "",
                             tr("also used by {0}").format(", ".join(r.shared_with)) if r.shared_with
                             else tr("used by no other role"), _votes(r.votes)), (r.card_id,))
        for r in profile.resources]))
    sections.append(Section("inputs", tr("Inputs (from other roles)"), _dependencies(profile.inputs_by(), True)))
    sections.append(Section("outputs", tr("Outputs (to other roles)"), _dependencies(profile.outputs_by(), False)))
    sections.append(Section("raised", tr("Pain points and questions"), [
        Line(c.text, _joined(_kind(c.kind), _by(c.author, c.role, own), _votes(c.votes) or tr("no votes")),
             (c.card_id,))
        for c in sorted(profile.pain_points + profile.questions, key=lambda c: -c.votes)]))
    if profile.notes:
        sections.append(Section("notes", tr("Insights and stories"), [
            Line(c.text, _joined(_kind(c.kind), c.author, _votes(c.votes)), (c.card_id,)) for c in profile.notes]))
    sections.append(Section("reflections", tr("Reflections and actions"), [
        Line(r.text, _joined(vocabulary(r.kind.capitalize()), tr("owner: {0}").format(r.owner) if r.owner else "",
                             tr("due {0}").format(r.due_date) if r.due_date else "",
                             tr("on “{0}”").format(r.card_text)), (r.card_id,))
        for r in profile.reflections]))
    sections.append(Section("risk", tr("Knowledge at risk"), [
        Line(r.text, _joined(_kind(r.kind), tr("only one person knows it") if r.reason == "one person"
                             else tr("only this role knows it"), ", ".join(r.people)), r.card_ids)
        for r in profile.at_risk]))
    sections.append(Section("graph", tr("Place in the role graph"), _graph(profile)))
    if change is not None and change.previous_session_id:
        before = next((c.profile for c in series or [] if c.profile.session_id == change.previous_session_id), None)
        title = (tr("Since {0}").format(", ".join(x for x in (before.session_title, before.session_date) if x))
                 if before else tr("Since the previous session"))
        sections.append(Section("changes", title, _changes(change)))
    if series and len(series) > 1:
        sections.append(Section("over-time", tr("Over the series"), _figures(series)))
    return sections


def _dependencies(groups: dict[tuple[str, str], list[Dependency]], inputs: bool) -> list[Line]:
    lines = []
    for (role, kind), links in groups.items():
        other = role or tr("cards without a role")
        heading = (tr("From {1}: {0}") if inputs else tr("To {1}: {0}")).format(vocabulary(kind), other)
        children = tuple(Line(f"{d.other_text} → {d.card_text}" if inputs else f"{d.card_text} → {d.other_text}",
                              card_ids=(d.card_id, d.other_card_id)) for d in links)
        ids = tuple(dict.fromkeys(i for c in children for i in c.card_ids))
        lines.append(Line(heading, _count().links(len(links)), ids, children))
    return lines


def _graph(profile: RoleProfile) -> list[Line]:
    place = profile.graph
    if place is None or not place.degree:
        return [Line(tr("Linked with no other role."))]
    lines = [Line(tr("Linked with {0} of the other {1} roles").format(place.degree, max(place.roles - 1, 0)),
                  tr("betweenness {0:.2f}").format(place.betweenness))]
    lines += [Line(role, _count().links(n)) for role, n in place.link_weights.items()]
    if place.brokered:
        lines.append(Line(tr("Brokers between roles not linked with each other"),
                          "; ".join(f"{a} ↔ {b}" for a, b in place.brokered)))
    return lines


def _changes(change: RoleChange) -> list[Line]:
    groups: list[tuple[str, list[Line]]] = [
        (tr("New activities"), [Line(c.text, c.why, (c.card_id,)) for c in change.activities_new]),
        (tr("Vanished activities"), [Line(c.text, tr("in the previous session")) for c in change.activities_vanished]),
        (tr("Recurring activities"), [Line(r.text, card_ids=(r.card_id,)) for r in change.activities_recurring]),
        (tr("Dependencies gained"), [Line(_dependency_change(d), card_ids=tuple(x.card_id for x in d.links))
                                     for d in change.dependencies_gained]),
        (tr("Dependencies lost"), [Line(_dependency_change(d)) for d in change.dependencies_lost]),
        (tr("New knowledge at risk"), [Line(r.text, _kind(r.kind), r.card_ids) for r in change.risks_new]),
        (tr("Risks resolved"), [Line(r.text, tr("no longer known by one person or role only"))
                                for r in change.risks_resolved]),
        (tr("Risks gone with their card"), [Line(r.text) for r in change.risks_gone]),
    ]
    lines = [Line(f"{title} ({len(items)})", "", tuple(i for x in items for i in x.card_ids), tuple(items))
             for title, items in groups if items]
    return lines or [Line(tr("Nothing changed for this role since the previous session."))]


def _dependency_change(d) -> str:
    other = d.role or tr("cards without a role")
    return (tr("From {1}: {0}") if d.direction == "input" else tr("To {1}: {0}")).format(vocabulary(d.kind), other)


def _figures(series: list[RoleChange]) -> list[Line]:
    figures = figures_over_time(series)
    dates = " → ".join(c.profile.session_date or c.profile.session_title for c in series)
    lines = [Line(tr("Sessions"), dates)]
    for name in ("activities", "resources_used", "inputs", "outputs", "roles_connected", "at_risk", "pain_points",
                 "people"):
        values = figures.get(name)
        if values is not None:
            lines.append(Line(tr(FIGURE_LABELS.get(name, name)), " → ".join(f"{v:g}" for v in values)))
    return lines


def empty_text(section: Section) -> str:
    """What a section with no lines says, so an empty list is never just blank."""
    return {
        "people": tr("No participant has this role (its cards are in its lane)."),
        "activities": tr("No activities."),
        "served": tr("No purpose or outcome linked."),
        "resources": tr("No resources."),
        "inputs": tr("Nothing comes in from other roles."),
        "outputs": tr("Nothing goes out to other roles."),
        "raised": tr("No pain points or questions."),
        "reflections": tr("No reflection names its cards."),
        "risk": tr("Nothing only one person or only this role knows."),
    }.get(section.key, tr("Nothing."))
