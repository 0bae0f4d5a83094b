"""The banner along the canvas's bottom edge while voting mode is on: who votes
now (a picker, or the number keys 1-9), their dots left, and a way out. A child
widget of the view, kept in place by an event filter, like the timer overlay;
seeing it is how the facilitator knows a click will spend a dot. While it shows,
the view's viewport ends above it, so no card is ever under it and scrolling
reaches the lowest one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

MARGIN = 8


class VotingBanner(QWidget):
    voter_chosen = Signal(str)  # participant id
    leave = Signal()

    def __init__(self, view: QAbstractScrollArea):
        super().__init__(view)
        self.setObjectName("VotingBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("Voting mode"))
        self.setStyleSheet("#VotingBanner { background: #FFF4CE; border: 2px solid #9A6700;"
                           " border-radius: 8px } QLabel { color: #1F2328 }")
        self.title = QLabel(self.tr("Voting:"), self)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt")
        self.voter = QComboBox(self)
        self.voter.setAccessibleName(self.tr("Who votes"))
        self.voter.setToolTip(self.tr("Who the next click votes for (or press 1-9)"))
        self.voter.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # clicks on the canvas keep its keys
        self.voter.activated.connect(lambda i: self.voter_chosen.emit(self.voter.itemData(i)))
        self.left = QLabel(self)
        self.left.setAccessibleName(self.tr("Dots left"))
        self.left.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(self.tr("Click a card to vote · Ctrl+click takes back · 1-9 who votes"), self)
        self.hint.setWordWrap(True)
        self.out = QPushButton(self.tr("Leave Voting (F7)"), self)
        self.out.setAccessibleName(self.tr("Leave voting mode"))
        self.out.clicked.connect(self.leave)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        for w in (self.title, self.voter, self.left):
            layout.addWidget(w)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.out)
        self._view = view
        view.installEventFilter(self)
        self.hide()

    def set_people(self, people: list[tuple[str, str, int]], voter_id: str | None) -> None:
        """people: (id, name, dots left), in roster order."""
        self.voter.blockSignals(True)
        self.voter.clear()
        for n, (pid, name, _left) in enumerate(people, 1):
            self.voter.addItem(f"{n} {name}" if n <= 9 else name, pid)
        index = self.voter.findData(voter_id)
        self.voter.setCurrentIndex(index)
        self.voter.blockSignals(False)
        left = next((n for pid, _name, n in people if pid == voter_id), None)
        dots = self.tr("1 dot left") if left == 1 else self.tr("%n dots left", "", left)
        self.left.setText(dots if left is not None else self.tr("Add participants to vote"))
        self.place()

    def place(self) -> None:
        view = self._view
        vbar = view.verticalScrollBar()
        width = view.width() - 2 * MARGIN - (vbar.width() if vbar.isVisible() else 0)
        self.hint.setVisible(width > 760)  # a narrow canvas keeps the picker and the way out
        height = self.sizeHint().height()
        margin = height + 2 * MARGIN
        if view.viewportMargins().bottom() != margin:
            self._set_margin(margin)  # the canvas ends above the banner
        bottom = view.viewport().geometry().bottom() + 1 + margin - MARGIN
        self.setGeometry(MARGIN, bottom - height, max(100, width), height)
        self.raise_()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self._set_margin(0)  # the canvas has its full height back

    def _set_margin(self, bottom: int) -> None:
        self._view.setViewportMargins(QMargins(0, 0, 0, bottom))
        clock = self._view.findChild(QWidget, "TimerOverlay")
        if clock is not None:  # its corners follow the viewport's bottom
            clock.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False

    @staticmethod
    def of(view: QAbstractScrollArea) -> VotingBanner:
        found = view.findChild(VotingBanner, "VotingBanner")
        return found if found is not None else VotingBanner(view)
