"""Plain words for every metric the compare and trends views show, for the
tooltips, the Glossary window and docs/glossary.md (written from GLOSSARY, so
the three never disagree). GLOSSARY holds the English; label() and explain()
give the window's language (context "Glossary"), so they must be called when the
words are shown, not at import. QtCore only: the command line can print it too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# metric name -> (label people read, what it means, whether it only takes whole numbers)
GLOSSARY: dict[str, tuple[str, str, bool]] = {
    "cards": (QT_TRANSLATE_NOOP("Glossary", "Cards"),
              QT_TRANSLATE_NOOP("Glossary", "How many cards the session's canvases hold."), True),
    "participants": (QT_TRANSLATE_NOOP("Glossary", "Participants"),
                     QT_TRANSLATE_NOOP("Glossary", "How many people took part."), True),
    "roles": (QT_TRANSLATE_NOOP("Glossary", "Roles"),
              QT_TRANSLATE_NOOP("Glossary", "How many different job roles were in the room."), True),
    "links": (QT_TRANSLATE_NOOP("Glossary", "Links"),
              QT_TRANSLATE_NOOP("Glossary", "How many connections were drawn between cards."), True),
    "votes": (QT_TRANSLATE_NOOP("Glossary", "Votes"),
              QT_TRANSLATE_NOOP("Glossary", "How many dots people put on cards."), True),
    "cross_role_link_share": (
        QT_TRANSLATE_NOOP("Glossary", "Links across roles"),
        QT_TRANSLATE_NOOP("Glossary", "The share of links that join the work of two different roles "
                                      "(0 = none, 1 = all). Higher means people mapped how their work "
                                      "connects with others'."), False),
    "role_graph_density": (
        QT_TRANSLATE_NOOP("Glossary", "How connected the roles are"),
        QT_TRANSLATE_NOOP("Glossary", "Of all the pairs of roles that could be linked, the share that are "
                                      "(0 = no role talks to another, 1 = every role is linked to every other)."),
        False),
    "gini_participation": (
        QT_TRANSLATE_NOOP("Glossary", "Unevenness of participation"),
        QT_TRANSLATE_NOOP("Glossary", "How unevenly the cards were written (a Gini coefficient): 0 when "
                                      "everyone wrote the same number, close to 1 when one person wrote almost "
                                      "all of them."), False),
    "isolated_activities": (
        QT_TRANSLATE_NOOP("Glossary", "Activities with no links"),
        QT_TRANSLATE_NOOP("Glossary", "Activity cards that nothing connects to: work that nobody said they hand "
                                      "on, use or depend on."), True),
    "single_holder_resources": (
        QT_TRANSLATE_NOOP("Glossary", "Knowledge at risk"),
        QT_TRANSLATE_NOOP("Glossary", "Resources (what is used to do the work) that only one role or one "
                                      "person holds."), True),
    "isolated_roles": (QT_TRANSLATE_NOOP("Glossary", "Roles with no links"),
                       QT_TRANSLATE_NOOP("Glossary", "Roles whose cards link to no other role's cards."), True),
    "brokers": (
        QT_TRANSLATE_NOOP("Glossary", "Brokers"),
        QT_TRANSLATE_NOOP("Glossary", "Roles that sit on the paths between other roles (betweenness above 0): "
                                      "if they are away, hand-offs between the others break. The number after "
                                      "a name is its betweenness (0 to 1)."), True),
    # One per card kind (app.vocabulary.CARD_KINDS; tests/test_trends_words.py keeps them in step).
    "cards_activity": (QT_TRANSLATE_NOOP("Glossary", "Activity cards"),
                       QT_TRANSLATE_NOOP("Glossary", "How many cards of kind activity the session holds."), True),
    "cards_purpose": (QT_TRANSLATE_NOOP("Glossary", "Purpose cards"),
                      QT_TRANSLATE_NOOP("Glossary", "How many cards of kind purpose the session holds."), True),
    "cards_resource": (QT_TRANSLATE_NOOP("Glossary", "Resource cards"),
                       QT_TRANSLATE_NOOP("Glossary", "How many cards of kind resource the session holds."), True),
    "cards_outcome": (QT_TRANSLATE_NOOP("Glossary", "Outcome cards"),
                      QT_TRANSLATE_NOOP("Glossary", "How many cards of kind outcome the session holds."), True),
    "cards_question": (QT_TRANSLATE_NOOP("Glossary", "Question cards"),
                       QT_TRANSLATE_NOOP("Glossary", "How many cards of kind question the session holds."), True),
    "cards_insight": (QT_TRANSLATE_NOOP("Glossary", "Insight cards"),
                      QT_TRANSLATE_NOOP("Glossary", "How many cards of kind insight the session holds."), True),
    "cards_pain_point": (
        QT_TRANSLATE_NOOP("Glossary", "Pain point cards"),
        QT_TRANSLATE_NOOP("Glossary", "How many cards of kind pain point the session holds."), True),
    "cards_story": (QT_TRANSLATE_NOOP("Glossary", "Story cards"),
                    QT_TRANSLATE_NOOP("Glossary", "How many cards of kind story the session holds."), True),
    # One per ASHEN knowledge type (app.vocabulary.KNOWLEDGE_TYPES), then resources without one.
    "ashen_artefact": (
        QT_TRANSLATE_NOOP("Glossary", "Knowledge: artefact"),
        QT_TRANSLATE_NOOP("Glossary", "How many resource cards are of the ASHEN knowledge type artefact "
                                      "(documents, tools and systems)."), True),
    "ashen_skill": (
        QT_TRANSLATE_NOOP("Glossary", "Knowledge: skill"),
        QT_TRANSLATE_NOOP("Glossary", "How many resource cards are of the ASHEN knowledge type skill "
                                      "(what people know how to do, learned by practice)."), True),
    "ashen_heuristic": (
        QT_TRANSLATE_NOOP("Glossary", "Knowledge: heuristic"),
        QT_TRANSLATE_NOOP("Glossary", "How many resource cards are of the ASHEN knowledge type heuristic "
                                      "(rules of thumb)."), True),
    "ashen_experience": (
        QT_TRANSLATE_NOOP("Glossary", "Knowledge: experience"),
        QT_TRANSLATE_NOOP("Glossary", "How many resource cards are of the ASHEN knowledge type experience "
                                      "(what people learned from having been there before)."), True),
    "ashen_natural_talent": (
        QT_TRANSLATE_NOOP("Glossary", "Knowledge: natural talent"),
        QT_TRANSLATE_NOOP("Glossary", "How many resource cards are of the ASHEN knowledge type natural talent "
                                      "(what a person is simply good at)."), True),
    "ashen_unspecified": (
        QT_TRANSLATE_NOOP("Glossary", "Knowledge: type not given"),
        QT_TRANSLATE_NOOP("Glossary", "How many resource cards have no ASHEN knowledge type yet."), True),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("Glossary", text) if text else text


def _translate_in(_context: str, text: str) -> str:
    return _translate(text)


def label(name: str, translate: Callable[[str, str], str] | None = None) -> str:
    """The metric's name in the window's language ("Knowledge at risk", "Wissen in Gefahr"),
    or in the one ``translate`` speaks (the command line's: app.cli.words.translate)."""
    if name not in GLOSSARY:
        return name.replace("_", " ").capitalize()
    return (translate or _translate_in)("Glossary", GLOSSARY[name][0])


def explain(name: str) -> str:
    """What the metric means, in the window's language ("" for a metric the glossary lacks)."""
    return _translate(GLOSSARY.get(name, ("", "", False))[1])


def entries() -> list[tuple[str, str, str]]:
    """(metric name, label, meaning) for every metric, in the window's language."""
    return [(name, label(name), explain(name)) for name in GLOSSARY]


def whole_numbers(name: str) -> bool:
    """Counts chart with whole-number ticks; shares and coefficients do not."""
    return GLOSSARY.get(name, ("", "", False))[2]


def markdown() -> str:
    """docs/glossary.md, made from the same (English) words as the tooltips."""
    out = ["# Glossary of metrics", "",
           "What the numbers in Compare Sessions, Trends and `meshwork trends` mean, in plain words.", "",
           "| metric | name in the data | what it means |", "| --- | --- | --- |"]
    out += [f"| {text} | `{name}` | {meaning} |" for name, (text, meaning, _whole) in GLOSSARY.items()]
    return "\n".join(out) + "\n"
