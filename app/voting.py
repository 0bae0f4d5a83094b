"""Dot voting: each participant places up to the session's dots per participant,
several on one card if they like. Votes are rows in `votes`, added and taken
back as undoable edits."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.editor import Editor
from app.model import Card, Vote
from app.said import Said
from storage.library import new_id, now


@dataclass
class Outcome:
    """What a vote did or why it was refused: English words (a Said) that the window
    says in its language and the Room in the phone's (app.said)."""

    ok: bool
    message: str


class Voting:
    def __init__(self, editor: Editor):
        self.editor = editor
        self.doc = editor.doc

    def dots(self) -> int:
        return int(self.doc.session.get("dots_per_participant") or 0)

    def set_dots(self, n: int) -> bool:
        return self.editor.change_session(QCoreApplication.translate("Voting", "Set dots per participant"),
                                          dots_per_participant=max(0, int(n)))

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
            return Outcome(False, _choose_first())
        if card is None or card.hidden:
            return Outcome(False, _said(QT_TRANSLATE_NOOP("Voting", "Only cards that are face up can get votes")))
        if self.remaining(person.id) <= 0:
            used = (QT_TRANSLATE_NOOP("Voting", "{0} has used all 1 dot") if self.dots() == 1
                    else QT_TRANSLATE_NOOP("Voting", "{0} has used all {1} dots"))
            return Outcome(False, _said(used, person.name, self.dots()))
        vote = Vote(id=new_id(), card_id=card_id, participant_id=person.id, created_at=now())
        undo = QCoreApplication.translate("Voting", "Vote for “{0}”").format(_short(card))
        if not self.editor.add_records("votes", [vote], undo):
            return Outcome(False, _said(QT_TRANSLATE_NOOP("Voting", "The vote was not saved")))
        return Outcome(True, _said(QT_TRANSLATE_NOOP("Voting", "{0} voted for “{1}”: {2}"),
                                   person.name, _short(card), _dots_left(self.remaining(person.id))))

    def take_back(self, card_id: str, participant_id: str | None = None) -> Outcome:
        """Remove the participant's latest dot on the card."""
        person = self._person(participant_id)
        if person is None:
            return Outcome(False, _choose_first())
        mine = [v for v in self.doc.votes_on(card_id) if v.participant_id == person.id]
        card = self.doc.get("cards", card_id)
        if not mine or card is None:
            return Outcome(False, _said(QT_TRANSLATE_NOOP("Voting", "{0} has no vote on this card"), person.name))
        latest = mine[-1]  # the document keeps votes in the order they came
        undo = QCoreApplication.translate("Voting", "Take back vote on “{0}”").format(_short(card))
        if not self.editor.remove_records("votes", [latest.id], undo):
            return Outcome(False, _said(QT_TRANSLATE_NOOP("Voting", "The vote was not removed")))
        return Outcome(True, _said(QT_TRANSLATE_NOOP("Voting", "{0} took back a vote: {1}"),
                                   person.name, _dots_left(self.remaining(person.id))))

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


def _said(text: str, *args: object) -> Said:
    """Words said later in the reader's language: the window's, or a phone's (app/room)."""
    return Said("Voting", text, *args)


def _choose_first() -> Said:
    return _said(QT_TRANSLATE_NOOP("Voting", "Choose the participant who votes first (Participants panel)"))


def _dots_left(n: int) -> Said:
    """"1 dot left", "3 dots left" (English has two forms; a translation its own two)."""
    if n == 1:
        return _said(QT_TRANSLATE_NOOP("Voting", "1 dot left"))
    return _said(QT_TRANSLATE_NOOP("Voting", "{0} dots left"), n)
