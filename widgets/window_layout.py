"""Where the window and its docks sit: remembered between runs, with a default that
gives the canvas the room (the room looks at the canvas, not at the panels).

View > Reset Layout brings the default back, for a facilitator who dragged a
panel away mid-workshop and cannot find it. View > Canvas Only (F11) puts every
panel away and the same key brings them back; View > Show Minimap is remembered."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar

from widgets.canvas import minimap

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
STATE_VERSION = 1  # raise when docks are added or renamed: an old saved state is then ignored

LEFT_WIDTH = 220  # Library and Participants share this column as tabs
RIGHT_WIDTH = 290
ONE_COLUMN_BELOW = 1400  # narrower windows (1280 × 800 too) keep the panels in one column on the right
ONE_COLUMN_WIDTH = 300  # wide enough for the agenda's and the roster's buttons
DEFAULT_SIZE = (1280, 800)
SMALLEST = (960, 640)  # below this the panels and the canvas would both be too cramped to use
FRAME = (16, 48)  # room left for a window frame and title bar, which are not known before showing
HIDDEN_AT_FIRST = ("RoomJoinDock",)


class WindowLayout(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self._default_state = window.saveState(STATE_VERSION)  # the docks as set up, before sizing
        window.view_menu.addSeparator()
        # Alt+L is the Library's, so the y.
        window.view_menu.addAction(window._action(self.tr("Reset La&yout"), self.reset))
        self.canvas_only_action = self._toggle(self.tr("&Canvas Only"), self.set_canvas_only, "F11")
        self.minimap_action = self._toggle(self.tr("Show &Minimap"), self.show_minimaps)
        self.minimap_action.setChecked(minimap.wanted())
        self._put_away: list[QDockWidget] = []  # the panels Canvas Only hid, to bring back
        window.installEventFilter(self)

    def _toggle(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setCheckable(True)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.toggled.connect(slot)
        self.window.addAction(action)
        self.window.view_menu.addAction(action)
        return action

    def set_canvas_only(self, on: bool) -> None:
        """Every panel put away so the canvas has the window; again, they come back as they were."""
        if on:
            self._put_away = [d for d in self.window.findChildren(QDockWidget)
                              if d.isVisible() and not d.isFloating()]
            for dock in self._put_away:
                dock.hide()
            self.window.statusBar().showMessage(self.tr("Panels put away: F11 brings them back"), 5000)
        else:
            for dock in self._put_away:
                dock.show()
            self._put_away = []
        if self.canvas_only_action.isChecked() != on:
            self.canvas_only_action.setChecked(on)

    def show_minimaps(self, shown: bool) -> None:
        minimap.set_wanted(shown)
        for view in getattr(self.window.tabs, "views", {}).values():
            view.minimap.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self.hide_stray_tab_bars)  # once the docks are laid out
        return False

    def hide_stray_tab_bars(self) -> None:
        """Qt (6.x) leaves a second, unmanaged tab bar on screen when a second group of
        tabbed docks is set up before the window is first shown: an "Agenda | Voting"
        strip floating over the canvas. A dock's real tab bar never overlaps the
        central widget, so one that does is that leftover."""
        central = self.window.centralWidget()
        if central is None:
            return
        docks = [d for d in self.window.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()]
        for bar in self.window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.isVisible() and (bar.geometry().intersects(central.geometry()) or not self._under_docks(bar, docks)):
                bar.hide()
            for i in range(bar.count()):  # one column of panels elides its tab names: the whole name on hover
                bar.setTabToolTip(i, bar.tabText(i))

    @staticmethod
    def _under_docks(bar: QTabBar, docks: list[QDockWidget]) -> bool:
        """A real dock tab bar lines up with a dock it names; one left from an earlier
        layout (after the window was resized and the panels moved) lines up with none."""
        names = {bar.tabText(i) for i in range(bar.count())}
        return any(d.windowTitle() in names and d.geometry().left() == bar.geometry().left() for d in docks)

    def restore(self) -> None:
        """The last run's size, place and docks; the default where none was saved or it no longer fits."""
        settings = QSettings()
        geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
        if not (isinstance(geometry, QByteArray) and self.window.restoreGeometry(geometry)):
            self._default_size()
        if not (isinstance(state, QByteArray) and self.window.restoreState(state, STATE_VERSION)):
            self._default_docks()

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
        settings.setValue(STATE_KEY, self.window.saveState(STATE_VERSION))

    def reset(self) -> None:
        self._put_away = []
        self.canvas_only_action.setChecked(False)
        self.window.restoreState(self._default_state, STATE_VERSION)
        for dock in self.window.findChildren(QDockWidget):
            dock.setFloating(False)
            dock.setVisible(dock.objectName() not in HIDDEN_AT_FIRST)
        self._default_docks()
        QTimer.singleShot(0, self.hide_stray_tab_bars)
        self.window.statusBar().showMessage(self.tr("Panels are back in their usual places."), 5000)

    def _default_size(self) -> None:
        screen = self.window.screen() or QApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            room = screen.availableGeometry()  # less what the title bar and frame will take
            width = max(SMALLEST[0], min(width, room.width() - FRAME[0]))
            height = max(SMALLEST[1], min(height, room.height() - FRAME[1]))
        self.window.resize(width, height)

    def _default_docks(self) -> None:
        """Narrow side panels: on the left, Library and Participants as tabs; on the
        right, the inspector's tabs above the agenda's."""
        w = self.window
        if w.width() < ONE_COLUMN_BELOW:
            self._one_column()
            return
        w.tabifyDockWidget(w.library_dock, w.roster_dock)
        w.roster_dock.raise_()  # who is speaking matters more than the library mid-session
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        # On a window narrower than 1280 the panels give up room in proportion.
        scale = min(1.0, w.width() / DEFAULT_SIZE[0])
        w.resizeDocks([w.library_dock, w.inspector_dock], [round(LEFT_WIDTH * scale), round(RIGHT_WIDTH * scale)],
                      horizontal)
        # the inspector is empty until something is selected: the agenda gets more
        w.resizeDocks([w.inspector_dock, w.facilitation.agenda_dock], [35, 65], vertical)

    def _one_column(self) -> None:
        """At 1280 × 800 and 1024 × 700 two columns of panels would leave the canvas a strip:
        Participants joins the inspector's tabs and Library the agenda's, one column on the right."""
        w = self.window
        right = Qt.DockWidgetArea.RightDockWidgetArea
        for dock, beside in ((w.roster_dock, w.inspector_dock), (w.library_dock, w.facilitation.agenda_dock)):
            w.addDockWidget(right, dock)
            w.tabifyDockWidget(beside, dock)
        w.roster_dock.raise_()
        w.facilitation.agenda_dock.raise_()
        w.resizeDocks([w.inspector_dock], [ONE_COLUMN_WIDTH], Qt.Orientation.Horizontal)
        w.resizeDocks([w.inspector_dock, w.facilitation.agenda_dock], [38, 62], Qt.Orientation.Vertical)
