"""Dot voting for phones: app.voting's rules (dots per participant, face-up cards
only, several dots on one card allowed). Until app.voting is in the tree this
small stand-in reads and writes the same data (votes rows, the session's
dots_per_participant) through the Editor."""

from __future__ import annotations

from dataclasses import dataclass

from app.editor import Editor
from app.model import Vote
from storage.library import new_id, now


@dataclass
class Outcome:
    ok: bool
    message: str


class _Ballot:
    def __init__(self, editor: Editor):
        self.editor = editor
        self.doc = editor.doc

    def dots(self) -> int:
        return int(self.doc.session.get("dots_per_participant") or 0)

    def remaining(self, participant_id: str) -> int:
        used = sum(1 for v in self.doc.all("votes") if v.participant_id == participant_id)
        return max(0, self.dots() - used)

    def cast(self, card_id: str, participant_id: str) -> Outcome:
        card = self.doc.get("cards", card_id)
        if card is None or card.hidden:
            return Outcome(False, "Only cards that are face up can get votes")
        if self.remaining(participant_id) <= 0:
            return Outcome(False, "You have used all your dots")
        vote = Vote(id=new_id(), card_id=card_id, participant_id=participant_id, created_at=now())
        ok = self.editor.add_records("votes", [vote], "Vote")
        return Outcome(ok, "" if ok else "The vote was not saved")

    def take_back(self, card_id: str, participant_id: str) -> Outcome:
        mine = [v for v in self.doc.votes_on(card_id) if v.participant_id == participant_id]
        if not mine:
            return Outcome(False, "You have no dot on this card")
        ok = self.editor.remove_records("votes", [mine[-1].id], "Take back vote")
        return Outcome(ok, "" if ok else "The vote was not removed")


def voting_for(editor: Editor):
    try:
        from app.voting import Voting
    except ImportError:
        return _Ballot(editor)
    return Voting(editor)
