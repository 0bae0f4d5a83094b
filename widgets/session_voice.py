"""What the open session says aloud (through widgets/announce.py): cards and
votes that come and go, from the desktop or from phones, gathered into one sentence per
turn of the event loop (a paste of 30 cards is one announcement); undo and redo
with what they undid; save trouble and its end. Face-down cards are announced
without their text, as the room sees them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from app.voting import Voting
from widgets.announce import announce, plural


def tr(text: str) -> str:
    # pyside6-lupdate files a bare tr("...") under the empty context, so it is looked up there.
    return QCoreApplication.translate("", text)


class SessionVoice(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.editor = None
        self.added: list = []
        self.removed: list = []
        self.votes: list[tuple[bool, object]] = []  # (cast, vote record)
        self.voting: Voting | None = None
        self.pending = 0
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self.flush)
        window.undo_action.triggered.connect(lambda: self._undo_redo(tr("Undone: %1"), window.undo_group.redoText()))
        window.redo_action.triggered.connect(lambda: self._undo_redo(tr("Redone: %1"), window.undo_group.undoText()))
        window.session_changed.connect(self.follow)
        self.follow(window.editor)

    def follow(self, editor) -> None:
        if self.editor is not None:
            doc = self.editor.doc
            for signal, slot in ((doc.added, self._added), (doc.removed, self._removed),
                                 (self.editor.pending_changed, self._pending)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.editor = editor
        self.voting = Voting(editor) if editor is not None else None
        self._clear()
        self.pending = 0
        if editor is not None:
            editor.doc.added.connect(self._added)
            editor.doc.removed.connect(self._removed)
            editor.pending_changed.connect(self._pending)

    # -- cards ------------------------------------------------------------------------------

    def _clear(self) -> None:
        self.added.clear()
        self.removed.clear()
        self.votes.clear()

    def _added(self, table: str, record) -> None:
        if table == "cards":
            self.added.append(record)
        elif table == "votes":
            self.votes.append((True, record))
        else:
            return
        self._flush.start()

    def _removed(self, table: str, record) -> None:
        if table == "cards":
            self.removed.append(record)
        elif table == "votes":
            self.votes.append((False, record))
        else:
            return
        self._flush.start()

    def describe(self, card) -> str:
        person = self.editor.doc.get("participants", card.participant_id) if card.participant_id else None
        by = tr(" by %1").replace("%1", person.name) if person is not None else ""
        if card.hidden:
            return tr("face-down card") + by
        return f"“{card.text or tr('(empty)')}”" + by

    def flush(self) -> None:
        if self.editor is None:
            return
        said = []
        if len(self.added) == 1:
            said.append(tr("Card added: %1").replace("%1", self.describe(self.added[0])))
        elif self.added:
            said.append(tr("%1 added").replace("%1", plural(len(self.added), tr("card"), tr("cards"))))
        if len(self.removed) == 1:
            said.append(tr("Card removed: %1").replace("%1", self.describe(self.removed[0])))
        elif self.removed:
            said.append(tr("%1 removed").replace("%1", plural(len(self.removed), tr("card"), tr("cards"))))
        if len(self.votes) == 1:
            said.append(self.vote_said(*self.votes[0]))
        elif self.votes:
            said.append(tr("%1 changed").replace("%1", plural(len(self.votes), tr("vote"), tr("votes"))))
        self._clear()
        announce(self.window, ". ".join(s for s in said if s))

    def vote_said(self, cast: bool, vote) -> str:
        """One vote, the desk's (V) or a phone's: who, which card, dots left, the card's count."""
        doc = self.editor.doc
        person, card = doc.get("participants", vote.participant_id), doc.get("cards", vote.card_id)
        if person is None or card is None:
            return ""
        text = " ".join(card.text.split())
        text = text if len(text) <= 40 else text[:39] + "…"
        template = tr("%1 voted for “%2”") if cast else tr("%1 took back a vote on “%2”")
        left = plural(self.voting.remaining(person.id), tr("dot"), tr("dots"))
        count = plural(len(doc.votes_on(card.id)), tr("vote"), tr("votes"))
        return (template.replace("%1", person.name).replace("%2", text)
                + tr(": %1 left. The card has %2.").replace("%1", left).replace("%2", count))

    # -- undo and saving ----------------------------------------------------------------------

    def _undo_redo(self, template: str, what: str) -> None:
        # The undo's own card and vote changes are in what it names: not said twice.
        self._clear()
        announce(self.window, template.replace("%1", what) if what else template.replace(": %1", ""))

    def _pending(self, count: int) -> None:
        if count and not self.pending:
            edits = plural(count, tr("edit"), tr("edits"))
            announce(self.window, tr("%1 not saved yet, retrying").replace("%1", edits), urgent=True)
        elif not count and self.pending:
            announce(self.window, tr("All changes saved"))
        self.pending = count
