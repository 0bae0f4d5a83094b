"""Presenter mode: a full-screen window for the projector with no editing chrome.
It shows the same scene as the main window's current canvas (so it follows
every edit live), the current step's prompt and the timer. Escape leaves."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.agenda import Display
from widgets.canvas.card_item import CardItem
from widgets.canvas.zone_item import ZoneItem

OVER = "#B00020"
FIT_DELAY_MS = 300


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Meshwork — Presenter")
        self.setAccessibleName("Presenter view")
        self.setObjectName("Presenter")
        self.setStyleSheet("#Presenter { background: white }")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # titles and prompts are typed text, never markup
        self.title.setStyleSheet("font-size: 20pt; color: #57606A")
        self.prompt = QLabel(self)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName("Prompt")
        self.prompt.setStyleSheet("font-size: 34pt; font-weight: 600; color: #1F2328")
        self.clock = QLabel(self)
        self.clock.setAccessibleName("Time left")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)  # never cut
        self.note = QLabel(self)
        self.note.setAccessibleName("Step status")
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.face_down = QLabel(self)
        self.face_down.setTextFormat(Qt.TextFormat.PlainText)  # it names participants
        self.face_down.setAccessibleName("Face-down cards")
        self.face_down.setStyleSheet("font-size: 18pt; color: #1F2328")
        self.face_down.setWordWrap(True)
        self.view = QGraphicsView(self)
        self.view.setInteractive(False)  # the room watches; the facilitator edits elsewhere
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.setBackgroundBrush(QColor("#FAFAF7"))
        self.view.setAccessibleName("Canvas (presenter)")
        self.empty = QLabel("No canvas open", self.view)
        self.empty.setStyleSheet("font-size: 24pt; color: #57606A")
        header = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.prompt)
        words.addWidget(self.face_down)
        timer = QVBoxLayout()
        timer.addWidget(self.clock)
        timer.addWidget(self.note)
        timer.addStretch(1)
        header.addLayout(words, 1)
        header.addLayout(timer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIT_DELAY_MS)
        self._fit_timer.timeout.connect(self.fit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so Escape reaches keyPressEvent
        self._display: Display | None = None
        self.show_display(Display())

    # -- what it shows -------------------------------------------------------------------

    def set_scene(self, scene: QGraphicsScene | None) -> None:
        old = self.view.scene()
        if old is scene:
            return
        if old is not None and shiboken6.isValid(old):
            try:
                old.changed.disconnect(self._scene_changed)
            except (RuntimeError, TypeError):
                pass
        self.view.setScene(scene)
        self.empty.setVisible(scene is None)
        if scene is not None:
            scene.changed.connect(self._scene_changed)
            self.fit()

    def _scene_changed(self, _regions) -> None:
        self._fit_timer.start()  # many changes in a row: fit once they settle

    def fit(self) -> None:
        scene = self.view.scene()
        if scene is None or not shiboken6.isValid(scene):
            return
        rect = QRectF()
        for item in scene.items():
            if isinstance(item, (CardItem, ZoneItem)) and item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        if rect.isEmpty():
            return
        self.view.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        if self.view.transform().m11() > 1.6:  # a handful of cards should not fill the wall
            self.view.resetTransform()
            self.view.scale(1.6, 1.6)
            self.view.centerOn(rect.center())

    def show_display(self, shown: Display) -> None:
        if shown == self._display:
            return
        self._display = shown
        self.title.setText(shown.title)
        self.title.setVisible(bool(shown.title))
        self.prompt.setText(shown.prompt)
        self.prompt.setVisible(bool(shown.prompt))
        self.clock.setText(shown.clock)
        colour = OVER if shown.over else "#1F2328"
        background = "#FDE7EA" if shown.over and shown.flash else "transparent"
        self.clock.setStyleSheet(f"font-size: 64pt; font-weight: bold; color: {colour};"
                                 f" background: {background}; padding: 0 12px; border-radius: 8px")
        self.note.setText(shown.note)
        self.note.setVisible(bool(shown.note))
        self.note.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {colour}")
        self.face_down.setText(shown.face_down)
        self.face_down.setVisible(bool(shown.face_down))

    # -- showing and leaving -----------------------------------------------------------------

    def present_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        QTimer.singleShot(0, self, self.fit)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def closeEvent(self, event) -> None:
        self._fit_timer.stop()
        super().closeEvent(event)
        self.closed.emit()


def choose_screen(parent: QWidget) -> QScreen | None | bool:
    """The screen to present on: asked when there are several; False if cancelled."""
    screens = QGuiApplication.screens()
    if len(screens) <= 1:
        return screens[0] if screens else None
    names = [f"{i + 1}: {s.name()} ({s.geometry().width()}×{s.geometry().height()})"
             for i, s in enumerate(screens)]
    others = [i for i, s in enumerate(screens) if s is not parent.screen()]
    default = others[0] if others else 0  # the projector is usually the other screen
    name, ok = QInputDialog.getItem(parent, "Presenter Mode", "Show the presenter view on:",
                                    names, default, False)
    return screens[names.index(name)] if ok else False
