"""Dot voting: each participant places up to the session's dots per participant,
several on one card if they like. Votes are rows in `votes`, added and taken
back as undoable edits."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.editor import Editor, plural
from app.model import Card, Vote
from storage.library import new_id, now


@dataclass
class Outcome:
    ok: bool
    message: str


class Voting:
    def __init__(self, editor: Editor):
        self.editor = editor
        self.doc = editor.doc

    def dots(self) -> int:
        return int(self.doc.session.get("dots_per_participant") or 0)

    def set_dots(self, n: int) -> bool:
        return self.editor.change_session("Set dots per participant", dots_per_participant=max(0, int(n)))

    def used(self, participant_id: str) -> int:
        return sum(1 for v in self.doc.all("votes") if v.participant_id == participant_id)

    def remaining(self, participant_id: str) -> int:
        return max(0, self.dots() - self.used(participant_id))

    def remaining_by_participant(self) -> list[tuple[str, int]]:
        used = Counter(v.participant_id for v in self.doc.all("votes"))
        return [(p.name, max(0, self.dots() - used[p.id])) for p in self.doc.all("participants")]

    def remaining_by_participant_id(self) -> list[tuple[str, int]]:
        used = Counter(v.participant_id for v in self.doc.all("votes"))
        return [(p.id, max(0, self.dots() - used[p.id])) for p in self.doc.all("participants")]

    def cast(self, card_id: str, participant_id: str | None = None) -> Outcome:
        """One dot on the card from the participant (the current one by default)."""
        person = self._person(participant_id)
        card = self.doc.get("cards", card_id)
        if person is None:
            return Outcome(False, "Choose the participant who votes first (Participants panel)")
        if card is None or card.hidden:
            return Outcome(False, "Only cards that are face up can get votes")
        if self.remaining(person.id) <= 0:
            return Outcome(False, f"{person.name} has used all {plural(self.dots(), 'dot')}")
        vote = Vote(id=new_id(), card_id=card_id, participant_id=person.id, created_at=now())
        if not self.editor.add_records("votes", [vote], f"Vote for “{_short(card)}”"):
            return Outcome(False, "The vote was not saved")
        return Outcome(True, f"{person.name} voted for “{_short(card)}”: "
                             f"{plural(self.remaining(person.id), 'dot')} left")

    def take_back(self, card_id: str, participant_id: str | None = None) -> Outcome:
        """Remove the participant's latest dot on the card."""
        person = self._person(participant_id)
        if person is None:
            return Outcome(False, "Choose the participant who votes first (Participants panel)")
        mine = [v for v in self.doc.votes_on(card_id) if v.participant_id == person.id]
        card = self.doc.get("cards", card_id)
        if not mine or card is None:
            return Outcome(False, f"{person.name} has no vote on this card")
        latest = mine[-1]  # the document keeps votes in the order they came
        if not self.editor.remove_records("votes", [latest.id], f"Take back vote on “{_short(card)}”"):
            return Outcome(False, "The vote was not removed")
        return Outcome(True, f"{person.name} took back a vote: "
                             f"{plural(self.remaining(person.id), 'dot')} left")

    def ranking(self) -> list[tuple[Card, int]]:
        """Face-up cards with at least one vote, most votes first."""
        counts = Counter(v.card_id for v in self.doc.all("votes"))
        cards = [(self.doc.get("cards", i), n) for i, n in counts.items()]
        cards = [(c, n) for c, n in cards if c is not None and not c.hidden]
        return sorted(cards, key=lambda cn: (-cn[1], cn[0].text.lower()))

    def _person(self, participant_id: str | None):
        """Who votes: the participant named, else the current one (None when there is neither)."""
        return self.doc.get("participants", participant_id or self.editor.current_participant_id)


def _short(card: Card, limit: int = 40) -> str:
    text = " ".join(card.text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
