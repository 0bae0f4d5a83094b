"""The user's match choices between cards of two sessions, as undoable commands.

A choice confirms a pair (a match made or kept by hand) or breaks it apart;
undo puts back whatever choice the pair had before (or none). ``MatchChoices``
owns the history, so the compare view that shows a pair of sessions can undo
its own choices without touching a session's or the library's history.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlite_utils import Database

from app.commands import Command, run_then_push
from storage import matches

NAMES = {"confirmed": "Confirm match", "broken": "Break match", None: "Forget match choice"}


def stored_choice(db: Database, card_a: str, card_b: str) -> str | None:
    """The status stored for a pair, whichever way round it was stored."""
    for row in matches.of_card(db, card_a):
        if {row["card_a"], row["card_b"]} == {card_a, card_b}:
            return row["status"]
    return None


class MatchChoiceCommand(Command):
    """Set a pair's choice to ``status`` ('confirmed', 'broken' or None to forget it)."""

    def __init__(self, choices: MatchChoices, card_a: str, card_b: str, status: str | None, text: str = ""):
        super().__init__(text or NAMES[status])
        self.choices = choices
        self.card_a, self.card_b = card_a, card_b
        self.status = status
        self.before = stored_choice(choices.db, card_a, card_b)

    def _set(self, status: str | None) -> None:
        if status is None:
            matches.clear(self.choices.db, self.card_a, self.card_b)
        else:
            matches.choose(self.choices.db, self.card_a, self.card_b, status)
        self.choices.changed.emit()

    def apply(self) -> None:
        self._set(self.status)

    def revert(self) -> None:
        self._set(self.before)


class MatchChoices(QObject):
    """Confirm, break and hand-make matches; ``changed`` tells views to re-match."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.stack = QUndoStack(self)

    def confirm(self, card_a: str, card_b: str) -> bool:
        return self._push(MatchChoiceCommand(self, card_a, card_b, "confirmed"))

    def match_by_hand(self, card_a: str, card_b: str) -> bool:
        return self._push(MatchChoiceCommand(self, card_a, card_b, "confirmed", "Match cards by hand"))

    def break_apart(self, card_a: str, card_b: str) -> bool:
        return self._push(MatchChoiceCommand(self, card_a, card_b, "broken"))

    def forget(self, card_a: str, card_b: str) -> bool:
        return self._push(MatchChoiceCommand(self, card_a, card_b, None))

    def _push(self, command: MatchChoiceCommand) -> bool:
        return run_then_push(command, self.stack, self.db, self.failed.emit)
