"""What changed from one session to a later one, read through a matching.

Cards: added (only in the later session), removed (only in the earlier one),
changed (a matched pair whose text, kind, author or zone differs) and moved (a
matched pair whose zone differs; these also appear in ``changed`` with the
field 'zone', while ``moved`` carries the two zones for the overlay's arrows).
Links: a link is kept when the later session has a link of the same kind
between the matched cards, in the same direction; otherwise it was removed,
and a later link with no such earlier one was added.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from app.analysis.loading import SessionData
from app.analysis.matching import Matching
from app.model import Card

COMPARED = ("text", "kind", "author", "zone")


@dataclass(frozen=True)
class Change:
    a: str  # card id in the earlier session
    b: str  # card id in the later session
    fields: dict[str, tuple[str, str]]  # field -> (before, after)


@dataclass(frozen=True)
class Move:
    a: str
    b: str
    zone_a: str  # zone labels ('' when outside every zone)
    zone_b: str


@dataclass
class Diff:
    a: str  # session ids
    b: str
    added: list[str] = field(default_factory=list)  # card ids in b
    removed: list[str] = field(default_factory=list)  # card ids in a
    changed: list[Change] = field(default_factory=list)
    moved: list[Move] = field(default_factory=list)
    links_added: list[str] = field(default_factory=list)  # link ids in b
    links_removed: list[str] = field(default_factory=list)  # link ids in a

    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.moved
                    or self.links_added or self.links_removed)

    def as_dict(self) -> dict[str, Any]:
        """Plain lists and dicts, for JSON."""
        return asdict(self)


def _facts(data: SessionData, card: Card) -> dict[str, str]:
    return {
        "text": card.text.strip(),
        "kind": card.kind,
        "author": " ".join(data.author(card).split()),
        "zone": " ".join(data.zone_label(card).split()),
    }


def _differs(name: str, before: str, after: str) -> bool:
    # A retyped text is a change; 'Adjuster' written as 'adjuster' is not.
    return before != after if name == "text" else before.casefold() != after.casefold()


def diff_sessions(a: SessionData, b: SessionData, matching: Matching) -> Diff:
    result = Diff(a.id, b.id, added=list(matching.unmatched_b), removed=list(matching.unmatched_a))
    for a_id in a.cards:  # in the earlier session's order, so lists read the same way each time
        b_id = matching.a_to_b.get(a_id)
        if b_id is None:
            continue
        before, after = _facts(a, a.cards[a_id]), _facts(b, b.cards[b_id])
        fields = {name: (before[name], after[name]) for name in COMPARED
                  if _differs(name, before[name], after[name])}
        if fields:
            result.changed.append(Change(a_id, b_id, fields))
        if "zone" in fields:
            result.moved.append(Move(a_id, b_id, *fields["zone"]))
    result.links_removed, result.links_added = _link_changes(a, b, matching)
    return result


def _link_changes(a: SessionData, b: SessionData, matching: Matching) -> tuple[list[str], list[str]]:
    # Links of b keyed the way links of a read once their cards are matched;
    # a Counter of keys lets parallel links of one kind count one by one.
    later: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for link in b.links:
        later[link.source_id, link.target_id, link.kind].append(link.id)
    remaining = Counter({key: len(ids) for key, ids in later.items()})
    removed = []
    for link in a.links:
        key = (matching.a_to_b.get(link.source_id), matching.a_to_b.get(link.target_id), link.kind)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            removed.append(link.id)
    added = [lid for key, ids in later.items() for lid in ids[len(ids) - remaining[key]:]]
    order = {link.id: n for n, link in enumerate(b.links)}
    return removed, sorted(added, key=order.__getitem__)
