"""Dot voting results: the dots each participant may place (the facilitator sets
them), the dots each has left, and the cards ranked by votes. Clicking a row
asks the window to select that card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.voting import Voting
from widgets.access import reads_its_text
from widgets.panels.tables import read_only_table, refilling

ID = Qt.ItemDataRole.UserRole
TABLES = {"votes", "cards", "participants"}


class VotingPanel(QWidget):
    card_chosen = Signal(str)  # card id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.voting: Voting | None = None
        self.dots = QSpinBox(self)
        self.dots.setRange(0, 99)
        self.dots.setAccessibleName(self.tr("Dots per participant"))
        self.dots.setToolTip(self.tr("How many votes each participant may place"))
        self.dots.setKeyboardTracking(False)  # typed digits commit on Enter, arrows at once
        self.dots.valueChanged.connect(self._set_dots)
        self.left_label = QLabel(self)
        reads_its_text(self.left_label, self.tr("Dots left per participant"))
        self.left_label.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "With a card selected, V casts a vote for the current participant and Shift+V takes one back. In "
                "voting mode (F7) a click on a card votes (Ctrl+click takes back)."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #57606A")
        self.table = read_only_table(
            self, [self.tr("Votes"), self.tr("Card"), self.tr("Author")], self.tr("Cards ranked by votes"), stretch=1
        )
        self.table.itemClicked.connect(lambda item: self.card_chosen.emit(item.data(ID)))
        self.table.itemActivated.connect(lambda item: self.card_chosen.emit(item.data(ID)))
        form = QFormLayout()
        form.addRow(self.tr("&Dots per participant:"), self.dots)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(form)
        layout.addWidget(self.left_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._stepping = False
        self.set_voting(None)

    def set_voting(self, voting: Voting | None) -> None:
        if self.voting is not None:
            doc = self.voting.doc
            for signal in (doc.added, doc.changed, doc.removed):
                try:
                    signal.disconnect(self._on_record)
                except (RuntimeError, TypeError):
                    pass
            try:
                doc.session_changed.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass
        self.voting = voting
        self.dots.setEnabled(voting is not None)
        if voting is not None:
            doc = voting.doc
            for signal in (doc.added, doc.changed, doc.removed):
                signal.connect(self._on_record)
            doc.session_changed.connect(self.refresh)
        self.refresh()

    def _on_record(self, table: str, *_rest) -> None:
        if table in TABLES:
            self.refresh()

    def refresh(self, *_args) -> None:
        voting = self.voting
        self._stepping = True
        self.dots.setValue(voting.dots() if voting else 0)
        self._stepping = False
        if voting is None:
            self.left_label.setText("")
            self.table.setRowCount(0)
            return
        left = voting.remaining_by_participant()
        self.left_label.setText(
            self.tr("Dots left: ") + " · ".join(f"{name} {n}" for name, n in left)
            if left
            else self.tr("Add participants to vote.")
        )
        ranking = voting.ranking()
        with refilling(self.table):
            self.table.setRowCount(len(ranking))
            for row, (card, votes) in enumerate(ranking):
                author = voting.doc.get("participants", card.participant_id) if card.participant_id else None
                for col, text in enumerate((str(votes), card.text, author.name if author else "")):
                    item = QTableWidgetItem(text)
                    item.setData(ID, card.id)
                    if col == 0:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(row, col, item)

    def ranked_texts(self) -> list[tuple[str, int]]:
        return [(self.table.item(r, 1).text(), int(self.table.item(r, 0).text())) for r in range(self.table.rowCount())]

    def _set_dots(self, *_args) -> None:
        if self._stepping:
            return
        if self.voting is not None and self.dots.value() != self.voting.dots():
            self.voting.set_dots(self.dots.value())
