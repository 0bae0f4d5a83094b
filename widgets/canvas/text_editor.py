"""Editing a card's text in place: Enter keeps it, Shift+Enter starts a new line,
Escape cancels. Leaving the card keeps what was typed, so no word is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem

from widgets.canvas import style
from widgets.canvas.card_item import PAD, TEXT_LEFT, CardItem


class CardTextEditor(QGraphicsTextItem):
    def __init__(self, card_item: CardItem, done: Callable[[str, str | None], None]):
        super().__init__(card_item.card.text, card_item)
        self.card_id = card_item.card_id
        self._done = done
        self._finished = False
        self.setFont(style.font(style.CARD_TEXT_PT))
        self.setDefaultTextColor(style.INK)
        self.setTextWidth(card_item.rect().width() - TEXT_LEFT - PAD / 2)
        self.setPos(TEXT_LEFT - 4, PAD / 2)
        self.setZValue(50)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def finish(self, commit: bool) -> None:
        if self._finished:
            return
        self._finished = True
        text = self.toPlainText().strip() if commit else None
        # Hidden now and deleted once Qt is done with the event we may be inside of.
        self.setVisible(False)
        self.deleteLater()
        self._done(self.card_id, text)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.finish(commit=True)
            return
        if key == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(commit=True)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(style.SELECTION, 1.5))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(QRectF(self.boundingRect()), 4, 4)
        super().paint(painter, option, widget)
