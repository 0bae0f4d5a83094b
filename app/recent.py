"""What the room is working on: the cards added or changed lately.

Presenter mode's *follow* setting frames these cards. Each card edit the document
reports is stamped with an injectable clock (a callable returning an aware UTC
datetime), so tests move time by hand instead of waiting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from app.document import SessionDocument

RECENT_S = 60.0  # "the last minute": long enough to gather a round of cards, short enough to move on


class RecentCards:
    def __init__(self, doc: SessionDocument, clock: Callable[[], dt.datetime]):
        self.doc = doc
        self.clock = clock
        self._stamps: dict[str, dt.datetime] = {}
        doc.added.connect(self._touch)
        doc.changed.connect(self._touch)
        doc.removed.connect(self._forget)

    def detach(self) -> None:
        for signal, slot in ((self.doc.added, self._touch), (self.doc.changed, self._touch),
                             (self.doc.removed, self._forget)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._stamps.clear()

    def _touch(self, table: str, record: Any, _fields: Any = None) -> None:
        if table == "cards":
            self._stamps[record.id] = self.clock()

    def _forget(self, table: str, record: Any) -> None:
        if table == "cards":
            self._stamps.pop(record.id, None)

    def on_canvas(self, canvas_id: str, within_s: float = RECENT_S) -> list[str]:
        """Face-up cards of the canvas touched in the last ``within_s`` seconds, oldest first."""
        since = self.clock() - dt.timedelta(seconds=within_s)
        for card_id in [i for i, at in self._stamps.items() if at < since]:
            del self._stamps[card_id]  # aged out: forgetting keeps the dict small over a day
        cards = ((i, self.doc.get("cards", i)) for i in sorted(self._stamps, key=self._stamps.get))
        return [i for i, card in cards if card is not None and card.canvas_id == canvas_id and not card.hidden]
