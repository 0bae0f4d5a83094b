"""What the open session says aloud (through widgets/announce.py): cards that
come and go, from the desktop or from phones, gathered into one sentence per
turn of the event loop (a paste of 30 cards is one announcement); undo and redo
with what they undid; save trouble and its end. Face-down cards are announced
without their text, as the room sees them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from widgets.announce import announce, plural


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionVoice", text)


class SessionVoice(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.editor = None
        self.added: list = []
        self.removed: list = []
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
        self.added.clear()
        self.removed.clear()
        self.pending = 0
        if editor is not None:
            editor.doc.added.connect(self._added)
            editor.doc.removed.connect(self._removed)
            editor.pending_changed.connect(self._pending)

    # -- cards ------------------------------------------------------------------------------

    def _added(self, table: str, record) -> None:
        if table == "cards":
            self.added.append(record)
            self._flush.start()

    def _removed(self, table: str, record) -> None:
        if table == "cards":
            self.removed.append(record)
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
            said.append(tr("%1 added").replace("%1", plural(len(self.added), tr("card"))))
        if len(self.removed) == 1:
            said.append(tr("Card removed: %1").replace("%1", self.describe(self.removed[0])))
        elif self.removed:
            said.append(tr("%1 removed").replace("%1", plural(len(self.removed), tr("card"))))
        self.added.clear()
        self.removed.clear()
        announce(self.window, ". ".join(said))

    # -- undo and saving ----------------------------------------------------------------------

    def _undo_redo(self, template: str, what: str) -> None:
        # The undo's own card changes are in what it names: not said twice.
        self.added.clear()
        self.removed.clear()
        announce(self.window, template.replace("%1", what) if what else template.replace(": %1", ""))

    def _pending(self, count: int) -> None:
        if count and not self.pending:
            announce(self.window, tr("%1 not saved yet, retrying").replace("%1", plural(count, tr("edit"))),
                     urgent=True)
        elif not count and self.pending:
            announce(self.window, tr("All changes saved"))
        self.pending = count
