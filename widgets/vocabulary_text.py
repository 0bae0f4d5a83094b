"""The design's vocabulary as the window shows it, in the window's language: card
kinds, link kinds, knowledge types and reflection kinds. What is stored (the values
in app.vocabulary) never changes; only its label does."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.vocabulary import CARD_KIND_LABELS

CONTEXT = "Vocabulary"

# Every label below, as app.vocabulary writes it (card kinds) or capitalised (the
# rest), so that pyside6-lupdate finds them; tests/test_translations.py checks the list.
WORDS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Activity"), QT_TRANSLATE_NOOP("Vocabulary", "Purpose (why)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Resource (what is used)"), QT_TRANSLATE_NOOP("Vocabulary", "Outcome"),
    QT_TRANSLATE_NOOP("Vocabulary", "Question"), QT_TRANSLATE_NOOP("Vocabulary", "Insight"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pain point"), QT_TRANSLATE_NOOP("Vocabulary", "Story"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hand-off"), QT_TRANSLATE_NOOP("Vocabulary", "Depends on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Uses"), QT_TRANSLATE_NOOP("Vocabulary", "Informs"),
    QT_TRANSLATE_NOOP("Vocabulary", "Conflicts with"),
    QT_TRANSLATE_NOOP("Vocabulary", "Artefact"), QT_TRANSLATE_NOOP("Vocabulary", "Skill"),
    QT_TRANSLATE_NOOP("Vocabulary", "Heuristic"), QT_TRANSLATE_NOOP("Vocabulary", "Experience"),
    QT_TRANSLATE_NOOP("Vocabulary", "Natural talent"),
    QT_TRANSLATE_NOOP("Vocabulary", "Decision"), QT_TRANSLATE_NOOP("Vocabulary", "Action"),
    # Link kinds as the toolbar, the link menu and the legends write them, in lower case.
    QT_TRANSLATE_NOOP("Vocabulary", "hand-off"), QT_TRANSLATE_NOOP("Vocabulary", "depends on"),
    QT_TRANSLATE_NOOP("Vocabulary", "uses"), QT_TRANSLATE_NOOP("Vocabulary", "informs"),
    QT_TRANSLATE_NOOP("Vocabulary", "conflicts with"),
)


def kind_label(kind: str) -> str:
    """A card kind's label: "Resource (what is used)", "Ressource (was genutzt wird)"."""
    return QCoreApplication.translate(CONTEXT, CARD_KIND_LABELS.get(kind, kind))


def link_kind(kind: str) -> str:
    """A link kind in running text or a list: "hand-off", "Übergabe"."""
    return QCoreApplication.translate(CONTEXT, kind)


def word(value: str) -> str:
    """A link kind, knowledge type or reflection kind, capitalised: "Hand-off", "Übergabe"."""
    return QCoreApplication.translate(CONTEXT, value.capitalize())
