"""The design's vocabulary as constants: card kinds, link kinds, ASHEN, palette.

It lives in storage because the row rules (storage/rules.py) check against it
and storage imports nothing from app; app.vocabulary re-exports it for the rest."""

from __future__ import annotations

CARD_KINDS = [
    "activity", "purpose", "resource", "outcome", "question", "insight", "pain point", "story",
]
CARD_KIND_LABELS = {
    "activity": "Activity",
    "purpose": "Purpose (why)",
    "resource": "Resource (what is used)",
    "outcome": "Outcome",
    "question": "Question",
    "insight": "Insight",
    "pain point": "Pain point",
    "story": "Story",
}
# Typed at the start of a quick capture ("why: to keep the claim moving").
KIND_PREFIXES = {
    "activity": "activity", "do": "activity",
    "purpose": "purpose", "why": "purpose",
    "resource": "resource", "uses": "resource", "use": "resource",
    "outcome": "outcome", "out": "outcome",
    "question": "question", "q": "question",
    "insight": "insight",
    "pain": "pain point",
    "story": "story",
}

KNOWLEDGE_TYPES = ["artefact", "skill", "heuristic", "experience", "natural talent"]

LINK_KINDS = ["hand-off", "depends on", "uses", "informs", "conflicts with"]

REFLECTION_KINDS = ["insight", "decision", "action"]

AGENDA_STATUSES = ["pending", "running", "paused", "done", "skipped"]

MATCH_STATUSES = ["confirmed", "broken"]

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = [
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
]

CARD_SIZE = (200.0, 110.0)
