"""The design's vocabulary, re-exported from storage.vocabulary (where the row
rules can reach it without storage importing app)."""

from __future__ import annotations

from storage.vocabulary import (
    AGENDA_STATUSES,
    CARD_KIND_LABELS,
    CARD_KINDS,
    CARD_SIZE,
    KIND_PREFIXES,
    KNOWLEDGE_TYPES,
    LINK_KINDS,
    MATCH_STATUSES,
    PALETTE,
    REFLECTION_KINDS,
)

__all__ = ["AGENDA_STATUSES", "CARD_KINDS", "CARD_KIND_LABELS", "CARD_SIZE", "KIND_PREFIXES", "KNOWLEDGE_TYPES",
           "LINK_KINDS", "MATCH_STATUSES", "PALETTE", "REFLECTION_KINDS"]
