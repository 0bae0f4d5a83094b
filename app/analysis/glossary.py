"""Plain words for every metric the compare and trends views show, for the
tooltips, the Glossary window and docs/glossary.md (written from GLOSSARY, so
the three never disagree). No Qt: the command line can print it too."""

from __future__ import annotations

from app.vocabulary import CARD_KINDS, KNOWLEDGE_TYPES

# metric name -> (label people read, what it means, whether it only takes whole numbers)
GLOSSARY: dict[str, tuple[str, str, bool]] = {
    "cards": ("Cards", "How many cards the session's canvases hold.", True),
    "participants": ("Participants", "How many people took part.", True),
    "roles": ("Roles", "How many different job roles were in the room.", True),
    "links": ("Links", "How many connections were drawn between cards.", True),
    "votes": ("Votes", "How many dots people put on cards.", True),
    "cross_role_link_share": (
        "Links across roles",
        "The share of links that join the work of two different roles (0 = none, 1 = all). "
        "Higher means people mapped how their work connects with others'.", False),
    "role_graph_density": (
        "How connected the roles are",
        "Of all the pairs of roles that could be linked, the share that are (0 = no role talks to "
        "another, 1 = every role is linked to every other).", False),
    "gini_participation": (
        "Unevenness of participation",
        "How unevenly the cards were written (a Gini coefficient): 0 when everyone wrote the same "
        "number, close to 1 when one person wrote almost all of them.", False),
    "isolated_activities": (
        "Activities with no links",
        "Activity cards that nothing connects to: work that nobody said they hand on, use or depend on.", True),
    "single_holder_resources": (
        "Knowledge at risk",
        "Resources (what is used to do the work) that only one role or one person holds.", True),
    "isolated_roles": ("Roles with no links", "Roles whose cards link to no other role's cards.", True),
    "brokers": (
        "Brokers",
        "Roles that sit on the paths between other roles (betweenness above 0): if they are away, "
        "hand-offs between the others break. The number after a name is its betweenness (0 to 1).", True),
}
for _kind in CARD_KINDS:
    GLOSSARY[f"cards_{_kind.replace(' ', '_')}"] = (
        f"{_kind.capitalize()} cards", f"How many cards of kind {_kind} the session holds.", True)
_ASHEN = {
    "artefact": "documents, tools and systems",
    "skill": "what people know how to do, learned by practice",
    "heuristic": "rules of thumb",
    "experience": "what people learned from having been there before",
    "natural talent": "what a person is simply good at",
}
for _kind in KNOWLEDGE_TYPES:
    GLOSSARY[f"ashen_{_kind.replace(' ', '_')}"] = (
        f"Knowledge: {_kind}",
        f"How many resource cards are of the ASHEN knowledge type {_kind} ({_ASHEN.get(_kind, _kind)}).", True)
GLOSSARY["ashen_unspecified"] = (
    "Knowledge: type not given", "How many resource cards have no ASHEN knowledge type yet.", True)


def label(name: str) -> str:
    return GLOSSARY.get(name, (name.replace("_", " ").capitalize(), "", False))[0]


def explain(name: str) -> str:
    return GLOSSARY.get(name, ("", "", False))[1]


def whole_numbers(name: str) -> bool:
    """Counts chart with whole-number ticks; shares and coefficients do not."""
    return GLOSSARY.get(name, ("", "", False))[2]


def markdown() -> str:
    """docs/glossary.md, made from the same words as the tooltips."""
    out = ["# Glossary of metrics", "",
           "What the numbers in Compare Sessions, Trends and `meshwork trends` mean, in plain words.", "",
           "| metric | name in the data | what it means |", "| --- | --- | --- |"]
    out += [f"| {text} | `{name}` | {meaning} |" for name, (text, meaning, _whole) in GLOSSARY.items()]
    return "\n".join(out) + "\n"
