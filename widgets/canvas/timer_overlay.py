"""The current step's countdown in a corner of the canvas, and the face-down
counts of a silent round below it. A child widget of the view that an event
filter keeps in place, so the view itself needs no change. It sits top-right,
but moves to another free corner when cards are under it: the facilitator
needs the cards more than the clock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QVBoxLayout, QWidget

MARGIN = 12
NORMAL = "#1F2328"
OVER = "#B00020"
OTHER_OVERLAYS = {"Minimap", "VotingBanner"}


class TimerOverlay(QWidget):
    def __init__(self, view: QAbstractScrollArea):
        super().__init__(view)
        self.setObjectName("TimerOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAccessibleName(self.tr("Step timer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(0)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.clock = QLabel(self)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.clock.setAccessibleDescription(self.tr("Time left in this step"))  # no fixed name: its text is read
        self.note = QLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.note.setAccessibleDescription(self.tr("Step status"))  # no fixed name: its text is read
        self.face_down = QLabel(self)
        self.face_down.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.face_down.setAccessibleDescription(self.tr("Face-down cards"))  # no fixed name: its text is read
        for label in (self.title, self.clock, self.note, self.face_down):
            label.setTextFormat(Qt.TextFormat.PlainText)  # step titles and participant names, never markup
            layout.addWidget(label)
        self.title.setStyleSheet("font-size: 11pt; font-weight: 600")
        self.face_down.setStyleSheet("font-size: 10pt")
        self._state: tuple = ()
        self._view = view
        view.installEventFilter(self)
        # Scrolling and zooming move cards under the clock: look for a free corner again.
        view.horizontalScrollBar().valueChanged.connect(self.place)
        view.verticalScrollBar().valueChanged.connect(self.place)
        self.set_state("", "", "", False, False, "")

    def set_state(self, title: str, clock: str, note: str, over: bool, flash: bool,
                  face_down: str) -> None:
        state = (title, clock, note, over, flash, face_down)
        if state == self._state:
            return
        self._state = state
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.clock.setText(clock)
        self.clock.setVisible(bool(clock))
        colour = OVER if over else NORMAL
        self.clock.setStyleSheet(f"font-size: 26pt; font-weight: bold; color: {colour}")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.note.setStyleSheet(f"font-size: 11pt; font-weight: bold; color: {colour}")
        self.face_down.setText(face_down)
        self.face_down.setVisible(bool(face_down))
        # Time's up flashes: the panel swaps to a red background twice a second.
        background = "rgba(176, 0, 32, 40)" if over and flash else "rgba(255, 255, 255, 225)"
        border = OVER if over else "#C9CED6"
        self.setStyleSheet(f"#TimerOverlay {{ background: {background}; border: 1px solid {border};"
                           " border-radius: 8px }")
        self.setVisible(bool(title or clock or face_down))
        self.adjustSize()
        self.place()

    def place(self, *_args) -> None:
        if not self.isVisible():
            return
        corners = self.corners()
        free = next((c for c in corners if not self.covers_cards(c)), corners[0])
        self.move(free.topLeft())
        self.raise_()

    def corners(self) -> list[QRect]:
        """Where the clock may sit, in order of preference, clear of the view's other
        overlays (the minimap, the voting banner) and scroll bars."""
        view = self._view
        vbar, hbar = view.verticalScrollBar(), view.horizontalScrollBar()
        right = view.width() - MARGIN - (vbar.width() if vbar.isVisible() else 0)
        # the viewport's own bottom: it ends above the voting banner while that shows
        bottom = min(view.height() - (hbar.height() if hbar.isVisible() else 0),
                     view.viewport().geometry().bottom() + 1) - MARGIN
        w, h = self.width(), self.height()
        spots = [QRect(max(0, right - w), MARGIN, w, h), QRect(MARGIN, MARGIN, w, h),
                 QRect(MARGIN, max(0, bottom - h), w, h), QRect(max(0, right - w), max(0, bottom - h), w, h)]
        others = [c.geometry() for c in view.children()
                  if isinstance(c, QWidget) and c.objectName() in OTHER_OVERLAYS and c.isVisible()]
        return [s for s in spots if not any(s.intersects(o) for o in others)] or spots[:1]

    def covers_cards(self, rect: QRect) -> bool:
        viewport = self._view.viewport()
        area = QRect(viewport.mapFrom(self._view, rect.topLeft()), rect.size())
        return any(hasattr(item, "card_id") and item.isVisible() for item in self._view.items(area))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    @staticmethod
    def of(view: QAbstractScrollArea) -> TimerOverlay:
        """The view's overlay, made on first use."""
        found = view.findChild(TimerOverlay, "TimerOverlay")
        return found if found is not None else TimerOverlay(view)
