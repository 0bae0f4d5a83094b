"""The step banner along the top of the projector: the step's name, the time
left and the first line of its prompt, in at most about 15 % of the screen's
height so the map gets the rest. P shows the whole prompt (a hint says so).

Type is sized from the screen's height, so a 1080p projector gets larger
letters than a 1280 x 800 one and both keep the same proportions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.agenda import Display
from widgets.access import reads_its_text

INK = "#1F2328"
MUTED = "#57606A"
OVER = "#B00020"
SHARE = 0.15  # the most of the screen's height the banner takes with a short prompt
FULL_SHARE = 0.45  # and with the whole prompt: the map keeps at least half the wall


class ElidedLabel(QLabel):
    """One line that takes the width it needs when there is room and is cut with an
    ellipsis when there is not (a QLabel would rather widen the window)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def shown_text(self) -> str:
        return self.text()

    def short_text(self) -> str:
        width = self.contentsRect().width()
        return QFontMetrics(self.font()).elidedText(self.shown_text(), Qt.TextElideMode.ElideRight, width)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        return QSize(metrics.horizontalAdvance(self.shown_text()) + margins.left() + margins.right() + 2,
                     metrics.height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), QFontMetrics(self.font()).horizontalAdvance("Mmm…")), hint.height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.setFont(self.font())
        painter.drawText(self.contentsRect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.short_text())


class PromptLabel(ElidedLabel):
    """The step's prompt: its first line, cut with an ellipsis to the width, or whole.
    ``text()`` stays the whole prompt, so screen readers read all of it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full(self, full: bool) -> None:
        self.full = full
        self.setWordWrap(full)
        self.updateGeometry()
        self.update()

    def shown_text(self) -> str:
        """The first line; " …" marks that more follows."""
        text = self.text().strip()
        first = text.splitlines()[0] if text else ""
        return first + " …" if first != text else first

    def is_cut(self) -> bool:
        return self.short_text() != self.text().strip()

    def sizeHint(self) -> QSize:
        return QLabel.sizeHint(self) if self.full else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QLabel.minimumSizeHint(self) if self.full else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.full

    def paintEvent(self, event) -> None:
        if self.full:
            QLabel.paintEvent(self, event)
        else:
            super().paintEvent(event)


class StepBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StepBanner")
        self.setAccessibleName(self.tr("Current step"))
        self.title = ElidedLabel(self)
        reads_its_text(self.title, self.tr("Step"))
        self.face_down = ElidedLabel(self)
        reads_its_text(self.face_down, self.tr("Face-down cards"))
        self.hint = QLabel(self)
        reads_its_text(self.hint, self.tr("Prompt key"))
        self.prompt = PromptLabel(self)
        reads_its_text(self.prompt, self.tr("Prompt"))
        self.clock = QLabel(self)
        reads_its_text(self.clock, self.tr("Time left"))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)  # never cut
        self.note = QLabel(self)
        reads_its_text(self.note, self.tr("Step status"))
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self.title)
        top.addWidget(self.face_down)
        top.addStretch(1)
        top.addWidget(self.hint)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addLayout(top)
        words.addWidget(self.prompt)
        words.addStretch(1)
        timer = QVBoxLayout()
        timer.setSpacing(0)
        timer.addWidget(self.clock)
        timer.addWidget(self.note)
        timer.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 8, 28, 8)
        row.setSpacing(28)
        row.addLayout(words, 1)
        row.addLayout(timer)
        self._shown = Display()
        self._unit = 1.0
        self._screen_height = 800
        self._clock_style: tuple | None = None
        self.scale_to(800)

    # -- what it shows ----------------------------------------------------------------

    @staticmethod
    def wanted(shown: Display) -> bool:
        """Only a step under way (or cards still face down) earns the band."""
        return shown.status in ("running", "paused") or bool(shown.face_down)

    def set_display(self, shown: Display) -> None:
        self._shown = shown
        self.title.setText(shown.title)
        self.title.setVisible(bool(shown.title))
        self.prompt.setText(shown.prompt)
        self.prompt.setVisible(bool(shown.prompt))
        self.clock.setText(shown.clock)
        self.clock.setVisible(bool(shown.clock) and shown.status in ("running", "paused"))
        self.note.setText(shown.note)
        self.note.setVisible(bool(shown.note))
        self.face_down.setText(shown.face_down)
        self.face_down.setVisible(bool(shown.face_down))
        self._keep_counts()
        self._update_hint()
        self._style_clock()

    def set_full_prompt(self, full: bool) -> None:
        self.prompt.set_full(full)
        self._limit()
        self._update_hint()

    def full_prompt(self) -> bool:
        return self.prompt.full

    def _update_hint(self) -> None:
        """The key is offered only where it changes something: a cut prompt, or a whole one."""
        self.hint.setText(self.tr("P  shorter prompt") if self.prompt.full else self.tr("P  whole prompt"))
        self.hint.setVisible(bool(self._shown.prompt) and (self.prompt.full or self.prompt.is_cut()))

    def _keep_counts(self) -> None:
        # The face-down counts matter more to the room than the rest of a long step title.
        wanted = self.face_down.sizeHint().width() if self.face_down.text() else 0
        self.face_down.setMinimumWidth(min(wanted, self.width() // 2))

    def resizeEvent(self, event) -> None:
        self._keep_counts()
        super().resizeEvent(event)
        self._update_hint()

    # -- size ----------------------------------------------------------------------------

    def scale_to(self, screen_height: int) -> None:
        """Type in proportion to the screen; the banner's height follows from it."""
        self._screen_height = screen_height
        self._unit = max(0.75, screen_height / 800)
        self._limit()
        self._style()

    def _limit(self) -> None:
        # The whole prompt may take what it needs; the short banner never more than its share.
        self.setMaximumHeight(int(self._screen_height * (FULL_SHARE if self.prompt.full else SHARE)))

    def _style(self) -> None:
        u = self._unit
        self.setStyleSheet("#StepBanner { background: white; border-bottom: 1px solid #D0D7DE }")
        self.title.setStyleSheet(f"font-size: {round(17 * u)}px; font-weight: 700; color: {MUTED}")
        self.face_down.setStyleSheet(f"font-size: {round(17 * u)}px; color: {INK}")
        self.hint.setStyleSheet(f"font-size: {round(14 * u)}px; color: {MUTED};"
                                f" border: 1px solid #D0D7DE; border-radius: 4px; padding: 0 6px")
        self.prompt.setStyleSheet(f"font-size: {round(30 * u)}px; font-weight: 600; color: {INK}")
        self._clock_style = None
        self._style_clock()

    def _style_clock(self) -> None:
        shown = self._shown
        key = (shown.over, shown.over and shown.flash)
        if key == self._clock_style:
            return  # restyling every tick would re-polish the labels four times a second
        self._clock_style = key
        u, colour = self._unit, OVER if shown.over else INK
        flash = "#FDE7EA" if key[1] else "transparent"
        self.clock.setStyleSheet(f"font-size: {round(54 * u)}px; font-weight: bold; color: {colour};"
                                 f" background: {flash}; padding: 0 10px; border-radius: 8px")
        self.note.setStyleSheet(f"font-size: {round(17 * u)}px; font-weight: bold; color: {colour}")
