"""A one-line label for names (sessions, people, roles) that never widens its
window: cut with "…" when the room is short, and then the whole name is its
tooltip, so nothing cut is lost."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


class ElidingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names as typed, never markup
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = " ".join((text or "").split())
        self.setAccessibleName(self.full_text)  # screen readers get the whole name
        self._cut()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._cut()

    def _cut(self) -> None:
        metrics = QFontMetrics(self.font())
        shown = metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(1, self.contentsRect().width()))
        super().setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), QFontMetrics(self.font()).horizontalAdvance("Mmm…")), hint.height())

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self.full_text) + 4, super().sizeHint().height())


class ElidingComboBox(QComboBox):
    """A combo box that cuts its chosen entry with "…" instead of clipping it mid-letter
    when it is narrower than the entry; the whole entry is its tooltip."""

    def __init__(self, parent: QWidget | None = None, characters: int = 14):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)
        self.currentTextChanged.connect(self.setToolTip)

    def _field(self, option: QStyleOptionComboBox):
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)

    def shown_text(self) -> str:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             self._field(option).width())

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
