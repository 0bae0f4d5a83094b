"""The replay window: a timeline over a session's event log, with the canvases
drawn as they were at the chosen moment by the real canvas painting.

The canvas scene reads a document; here it reads a read-only stand-in holding
one replayed moment, and is rebuilt when the moment changes. Nothing here can
write: the views are not interactive and the editor they get has no methods."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.replay import Replay, ReplayState
from widgets.canvas.view import CanvasView
from widgets.locale_text import time_text

PLAY_INTERVAL_MS = 600


class ReplayDocument(QObject):
    """The read API the canvas scene uses, over one replayed moment. Its signals never
    fire: the replay window rebuilds the scenes instead."""

    added = Signal(str, object)
    changed = Signal(str, object, object)
    removed = Signal(str, object)
    saved = Signal(str)
    session_changed = Signal(object)

    def __init__(self, session_id: str, state: ReplayState, parent: QObject | None = None):
        super().__init__(parent)
        self.session_id = session_id
        self.db = None  # no library behind a replay
        self.state = state

    @property
    def session(self) -> dict[str, Any]:
        return self.state.session

    @property
    def records(self):
        return self.state.records

    def get(self, table, record_id):
        return self.state.get(table, record_id)

    def all(self, table):
        return self.state.all(table)

    def on_canvas(self, table, canvas_id):
        return self.state.on_canvas(table, canvas_id)

    def links_of(self, card_ids):
        return self.state.links_of(card_ids)

    def votes_on(self, card_id):
        return self.state.votes_on(card_id)

    def zone_at(self, canvas_id, x, y):
        return self.state.zone_at(canvas_id, x, y)


class ReadOnlyEditor(QObject):
    """What a canvas scene needs from an editor to draw: its document, and no edits."""

    failed = Signal(str)
    current_participant_changed = Signal(object)

    def __init__(self, doc: ReplayDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.current_participant_id = None


class ReplayWindow(QWidget):
    position_changed = Signal(int)

    def __init__(self, db, session_id: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.replay = Replay(db, session_id)
        self.position = len(self.replay)
        state = self.replay.state_at(self.position)
        self.doc = ReplayDocument(session_id, state, self)
        self.editor = ReadOnlyEditor(self.doc, self)
        self.views: dict[str, CanvasView] = {}
        title = state.session.get("title", "Session")
        self.setWindowTitle(self.tr("Replay: {title} — Meshwork").format(title=title))
        self.setAccessibleName(self.tr("Replay of {title}").format(title=title))
        self.resize(1100, 760)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Canvases as they were"))
        self.what = QLabel(self)
        self.what.setAccessibleName(self.tr("What happened"))
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.what.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.what.setFont(font)
        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Event number"))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, len(self.replay))
        self.slider.setPageStep(10)
        self.slider.setAccessibleName(self.tr("Moment in the session"))
        self.slider.setToolTip(self.tr("Drag, or use the arrow keys, Page Up/Down, Home and End"))
        self.play_button = QPushButton(self.tr("&Play"), self)
        self.play_button.setAccessibleName(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play the session back, one event at a time (Ctrl+P)"))
        self.back_button = QPushButton("◀", self)
        self.back_button.setAccessibleName(self.tr("Step back"))
        self.back_button.setToolTip(self.tr("One event back (Ctrl+Left)"))
        self.forward_button = QPushButton("▶", self)
        self.forward_button.setAccessibleName(self.tr("Step forward"))
        self.forward_button.setToolTip(self.tr("One event forward (Ctrl+Right)"))
        for button in (self.back_button, self.forward_button):
            button.setFixedWidth(40)

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.back_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.forward_button)
        controls.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.what)
        layout.addLayout(controls)

        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self.step)
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button.clicked.connect(lambda: self.seek(self.position - 1))
        self.forward_button.clicked.connect(lambda: self.seek(self.position + 1))
        self.slider.valueChanged.connect(self.seek)
        for keys, slot in (("Ctrl+P", self.toggle_play), ("Ctrl+Left", lambda: self.seek(self.position - 1)),
                           ("Ctrl+Right", lambda: self.seek(self.position + 1)),
                           (QKeySequence.StandardKey.Close, self.close)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)

        self.slider.setValue(self.position)
        self._show(state)
        self.slider.setFocus()

    # -- moving through time -----------------------------------------------------------

    def seek(self, k: int) -> None:
        k = max(0, min(k, len(self.replay)))
        if k == self.position and self.slider.value() == k:
            return
        self.position = k
        if self.slider.value() != k:
            self.slider.setValue(k)  # comes back here once, with nothing left to do
        self._show(self.replay.state_at(k))
        self.position_changed.emit(k)

    def step(self) -> None:
        """One event forward; playing stops at the end."""
        if self.position >= len(self.replay):
            self.pause()
            return
        self.seek(self.position + 1)
        if self.position >= len(self.replay):
            self.pause()

    def play(self) -> None:
        if self.position >= len(self.replay):
            self.seek(0)
        self.timer.start()
        self.play_button.setText(self.tr("&Pause"))
        self.play_button.setAccessibleName(self.tr("Pause"))

    def pause(self) -> None:
        self.timer.stop()
        self.play_button.setText(self.tr("&Play"))
        self.play_button.setAccessibleName(self.tr("Play"))

    def toggle_play(self) -> None:
        self.pause() if self.timer.isActive() else self.play()

    # -- showing one moment -----------------------------------------------------------

    def _show(self, state: ReplayState) -> None:
        self.doc.state = state
        self._sync_tabs()
        for view in self.views.values():
            _rebuild(view)
        k = self.position
        n = len(self.replay)
        self.counter.setText(self.tr("{k} of {n}").format(k=k, n=n))
        self.what.setText(self.replay.describe(k, after=state, clock=time_text) if n else self.tr("No edits recorded"))
        self._point_at_event(k)

    def _sync_tabs(self) -> None:
        canvases = self.doc.all("canvases")
        wanted = {c.id for c in canvases}
        for canvas_id in [i for i in self.views if i not in wanted]:
            view = self.views.pop(canvas_id)
            self.tabs.removeTab(self.tabs.indexOf(view))
            view.shutdown()
            view.deleteLater()
        for index, canvas in enumerate(canvases):
            view = self.views.get(canvas.id)
            if view is None:
                view = CanvasView(self.editor, canvas.id, self.tabs)
                view.setInteractive(False)
                view.setAccessibleName(self.tr("Canvas {name} as it was").format(name=canvas.name))
                self.views[canvas.id] = view
                self.tabs.insertTab(index, view, canvas.name)
            else:
                at = self.tabs.indexOf(view)
                if at != index:
                    self.tabs.tabBar().moveTab(at, index)
                self.tabs.setTabText(index, canvas.name)

    def _point_at_event(self, k: int) -> None:
        """Select what the k-th event touched and bring its canvas forward."""
        if not 1 <= k <= len(self.replay):
            return
        event = self.replay.events[k - 1]
        record = self.doc.get(event["entity"], event["entity_id"]) if event["entity"] in (
            "cards", "links", "zones") else None
        if record is None or record.canvas_id not in self.views:
            return
        view = self.views[record.canvas_id]
        self.tabs.setCurrentWidget(view)
        scene = view.canvas_scene
        item = {"cards": scene.cards, "links": scene.links, "zones": scene.zones}[event["entity"]].get(record.id)
        if item is not None:
            item.setSelected(True)
            view.ensureVisible(item, 40, 40)

    def current_view(self) -> CanvasView | None:
        view = self.tabs.currentWidget()
        return view if isinstance(view, CanvasView) else None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_views)  # once the window has its real size

    def fit_views(self) -> None:
        """Every canvas on its whole map, never blown up past 100 %."""
        for view in self.views.values():
            view.zoom_to_fit()
            if view.scale_factor() > 1.0:
                view.zoom_actual()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        for view in self.views.values():
            view.shutdown()
        self.views.clear()
        self.tabs.clear()


def _rebuild(view: CanvasView) -> None:
    """Draw the scene again from the document's current moment."""
    scene = view.canvas_scene
    scene.clearSelection()
    scene.clear()
    scene.cards.clear()
    scene.links.clear()
    scene.zones.clear()
    scene.selection_order.clear()
    scene.build()
    view.minimap.refresh()


class ReplayLauncher(QObject):
    """View > Replay Session…: opens the replay window on the open session."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.replay_window: ReplayWindow | None = None
        self.action = QAction(self.tr("Re&play Session…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action.setStatusTip(self.tr("Play the open session back from its event log; nothing is changed"))
        self.action.triggered.connect(lambda _checked=False: self.open())
        window.addAction(self.action)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.action)

    def open(self) -> ReplayWindow | None:
        editor = self.window.editor
        if editor is None:
            self.window.statusBar().showMessage(self.tr("Open a session to replay it"), 5000)
            return None
        self.close()
        self.replay_window = ReplayWindow(self.window.library.db, editor.doc.session_id, self.window)
        self.replay_window.show()
        self.replay_window.raise_()
        return self.replay_window

    def close(self) -> None:
        if self.replay_window is not None:
            self.replay_window.close()
            self.replay_window.deleteLater()
            self.replay_window = None
