"""Match the cards of two sessions: which card of the later session is which card
of the earlier one.

In order: the user's confirmed pairs; then lineage (a continued card keeps its
source's lineage); then normalised text similarity within the same role and
kind, best pairs first. Every card is matched at most once, and a pair the user
broke apart never matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from app.analysis.loading import SessionData

DEFAULT_THRESHOLD = 80.0
_NOT_WORD = re.compile(r"[\W_]+")
# Below this many comparisons, starting threads costs more than it saves.
_PARALLEL_FROM = 20_000


@lru_cache(maxsize=1 << 16)  # carried cards repeat their text session after session
def normalise_text(text: str) -> str:
    """Case, accents, punctuation, spacing and word order do not make cards different."""
    text = text or ""
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(sorted(_NOT_WORD.sub(" ", text.casefold()).split()))


@dataclass(slots=True)
class Item:
    """What matching needs to know about one card."""

    id: str
    lineage: str
    text: str  # normalised
    kind: str
    role: str  # normalised


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    how: str  # 'confirmed', 'lineage' or 'text'
    score: float  # text similarity 0..100 (100 for a confirmed pair)


@dataclass
class Matching:
    a: str  # session ids
    b: str
    threshold: float
    pairs: list[Pair] = field(default_factory=list)
    a_to_b: dict[str, str] = field(default_factory=dict)
    b_to_a: dict[str, str] = field(default_factory=dict)
    unmatched_a: list[str] = field(default_factory=list)
    unmatched_b: list[str] = field(default_factory=list)

    def pair_of(self, card_id: str) -> Pair | None:
        for pair in self.pairs:
            if card_id in (pair.a, pair.b):
                return pair
        return None


def items_of(data: SessionData) -> list[Item]:
    return [
        Item(card.id, card.lineage_id, normalise_text(card.text), card.kind, data.card_roles[card.id])
        for card in data.cards.values()
    ]


def match_sessions(
    a: SessionData,
    b: SessionData,
    threshold: float = DEFAULT_THRESHOLD,
    choices: Iterable[Mapping[str, Any]] = (),
) -> Matching:
    """Match session a's cards with session b's. ``choices`` are stored user
    choices (rows of storage.matches.between(db, a.id, b.id))."""
    confirmed, broken = split_choices(choices)
    pairs = match_items(items_of(a), items_of(b), threshold, confirmed, broken)
    result = Matching(a.id, b.id, threshold, pairs)
    result.a_to_b = {p.a: p.b for p in pairs}
    result.b_to_a = {p.b: p.a for p in pairs}
    result.unmatched_a = [c for c in a.cards if c not in result.a_to_b]
    result.unmatched_b = [c for c in b.cards if c not in result.b_to_a]
    return result


def choices_between(choices: Iterable[Mapping[str, Any]], a: SessionData, b: SessionData) -> list[dict[str, Any]]:
    """From stored choices (e.g. storage.matches.in_series), those between a card of
    a and a card of b, turned so that card_a is a's card."""
    found = []
    for choice in choices:
        x, y = choice["card_a"], choice["card_b"]
        if x in b.cards and y in a.cards:
            x, y = y, x
        if x in a.cards and y in b.cards:
            found.append({**choice, "card_a": x, "card_b": y})
    return found


def split_choices(
    choices: Iterable[Mapping[str, Any]],
) -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    """Confirmed pairs newest first (a newer hand-made match wins a conflict), and
    the set of broken pairs."""
    ordered = sorted(choices, key=lambda c: c.get("created_at") or "", reverse=True)
    confirmed = [(c["card_a"], c["card_b"]) for c in ordered if c["status"] == "confirmed"]
    broken = {(c["card_a"], c["card_b"]) for c in ordered if c["status"] == "broken"}
    return confirmed, broken


def match_items(
    items_a: list[Item],
    items_b: list[Item],
    threshold: float = DEFAULT_THRESHOLD,
    confirmed: Iterable[tuple[str, str]] = (),
    broken: set[tuple[str, str]] = frozenset(),
) -> list[Pair]:
    by_id_a = {it.id: it for it in items_a}
    by_id_b = {it.id: it for it in items_b}
    taken_a: set[str] = set()
    taken_b: set[str] = set()
    pairs: list[Pair] = []

    def take(a: str, b: str, how: str, score: float) -> None:
        taken_a.add(a)
        taken_b.add(b)
        pairs.append(Pair(a, b, how, score))

    for a, b in confirmed:
        if a in by_id_a and b in by_id_b and a not in taken_a and b not in taken_b:
            take(a, b, "confirmed", 100.0)

    def free(items: list[Item], taken: set[str]) -> list[Item]:
        return [it for it in items if it.id not in taken]

    for score, a, b in _lineage_candidates(free(items_a, taken_a), free(items_b, taken_b)):
        if a.id not in taken_a and b.id not in taken_b and (a.id, b.id) not in broken:
            take(a.id, b.id, "lineage", score)

    for score, a, b in _text_candidates(free(items_a, taken_a), free(items_b, taken_b), threshold):
        if a.id not in taken_a and b.id not in taken_b and (a.id, b.id) not in broken:
            take(a.id, b.id, "text", score)
    return pairs


def _lineage_candidates(items_a: list[Item], items_b: list[Item]) -> list[tuple[float, Item, Item]]:
    """Same-lineage pairs, most similar first: pasted duplicates share a lineage too."""
    by_lineage: dict[str, list[Item]] = defaultdict(list)
    for it in items_b:
        if it.lineage:
            by_lineage[it.lineage].append(it)
    found = []
    for i, a in enumerate(items_a):
        for j, b in enumerate(by_lineage.get(a.lineage, []) if a.lineage else []):
            found.append((fuzz.ratio(a.text, b.text), i, j, a, b))
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    return [(score, a, b) for score, _, _, a, b in found]


def _text_candidates(
    items_a: list[Item], items_b: list[Item], threshold: float
) -> list[tuple[float, Item, Item]]:
    """Pairs at or above the threshold within each (role, kind) block, best first."""
    blocks: dict[tuple[str, str], tuple[list[Item], list[Item]]] = defaultdict(lambda: ([], []))
    for it in items_a:
        if it.text:
            blocks[it.role, it.kind][0].append(it)
    for it in items_b:
        if it.text and (it.role, it.kind) in blocks:
            blocks[it.role, it.kind][1].append(it)
    order_a = {it.id: n for n, it in enumerate(items_a)}
    order_b = {it.id: n for n, it in enumerate(items_b)}
    found = []
    for block_a, block_b in blocks.values():
        if block_b:
            for score, i, j in similar([it.text for it in block_a], [it.text for it in block_b], threshold):
                found.append((score, block_a[i], block_b[j]))
    found.sort(key=lambda f: (-f[0], order_a[f[1].id], order_b[f[2].id]))
    return found


def similar(texts_a: list[str], texts_b: list[str], threshold: float) -> list[tuple[float, int, int]]:
    """(score, i, j) for every pair scoring at least ``threshold`` (0 < threshold <= 100)."""
    cutoff = max(float(threshold), 1e-6)  # a cut-off of 0 would let every pair through
    try:
        import numpy  # noqa: F401  (cdist hands back a numpy array)
    except ImportError:
        return _similar_row_by_row(texts_a, texts_b, cutoff)
    # pragma below: threads change only the speed, never the pairs (mutants of this line are equivalent)
    workers = -1 if len(texts_a) * len(texts_b) >= _PARALLEL_FROM else 1  # pragma: no mutate
    scores = process.cdist(texts_a, texts_b, scorer=fuzz.ratio, score_cutoff=cutoff, workers=workers)
    rows, cols = scores.nonzero()
    # Rounded so that both ways of scoring order equal pairs the same way.
    return [(round(s, 4), i, j) for s, i, j in zip(scores[rows, cols].tolist(), rows.tolist(), cols.tolist(),
                                                    strict=True)]  # pragma: no mutate (equal lengths)


def _similar_row_by_row(texts_a: list[str], texts_b: list[str], cutoff: float) -> list[tuple[float, int, int]]:
    found = []
    for i, text in enumerate(texts_a):
        for _, score, j in process.extract(text, texts_b, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
            found.append((round(score, 4), i, j))
    return found
