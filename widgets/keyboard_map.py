"""The window's keyboard map, so a facilitator never needs the mouse to get
around: F6 / Shift+F6 cycle the canvas and the open panels; Alt+1 … Alt+8 focus
(and raise) one panel, Alt+0 the canvas (View > Go to Panel lists them, and so
Help > Keyboard Shortcuts does too); item views never keep Tab; and a panel
hidden behind another dock tab is raised when the focus lands in it, so what
has the focus is always on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QMainWindow, QWidget

from widgets.panel_dock import PanelDock

# The docks in F6 order (the window's attribute, then the facilitation's), with their keys.
PANELS = (
    ("library_dock", "Alt+1"),
    ("roster_dock", "Alt+2"),
    ("inspector_dock", "Alt+3"),
    ("find_dock", "Alt+4"),
    ("reflections_dock", "Alt+5"),
    ("agenda_dock", "Alt+6"),
    ("voting_dock", "Alt+7"),
    ("room_dock", "Alt+8"),
)
CANVAS_KEY = "Alt+0"


def tr(text: str) -> str:
    # pyside6-lupdate files a bare tr("...") under the empty context, so it is looked up there.
    return QCoreApplication.translate("", text)


def first_focusable(root: QWidget) -> QWidget | None:
    """The first widget under root that Tab would stop at, in the focus chain's order."""
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


def free_tab(root: QWidget) -> None:
    """Tab leaves every item view (arrows still move inside): no table traps the keyboard."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


class KeyboardMap(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        menu = window.view_menu.addMenu(tr("&Go to Panel"))
        self.menu = menu
        self._add("next", tr("Next Panel"), lambda: self.cycle(1), "F6")
        self._add("previous", tr("Previous Panel"), lambda: self.cycle(-1), "Shift+F6")
        menu.addSeparator()
        self._add("canvas", tr("Canvas"), self.focus_canvas, CANVAS_KEY)
        for name, keys in PANELS:
            dock = self.dock(name)
            if dock is not None:
                self._add(name, dock.windowTitle(), lambda d=dock: self.focus_panel(d), keys)
        free_tab(window)
        for dock in window.findChildren(PanelDock):
            dock.when_built(free_tab)  # a panel built when first shown, later
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _add(self, name: str, text: str, slot, keys: str) -> None:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.menu.addAction(action)
        self.actions[name] = action

    def shutdown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            try:
                app.focusChanged.disconnect(self._focus_changed)
            except (RuntimeError, TypeError):
                pass

    # -- where the stops are ----------------------------------------------------------

    def dock(self, name: str) -> QDockWidget | None:
        for owner in (self.window, getattr(self.window, "facilitation", None)):
            dock = getattr(owner, name, None)
            if isinstance(dock, QDockWidget):
                return dock
        return None

    def open_docks(self) -> list[QDockWidget]:
        """The panels F6 visits: every dock not closed, those behind another tab included."""
        docks = [self.dock(name) for name, _keys in PANELS]
        return [d for d in docks if d is not None and not d.isHidden()]

    def stops(self) -> list[QWidget]:
        return [self.window.centralWidget(), *self.open_docks()]

    def current_stop(self) -> int | None:
        focus = QApplication.focusWidget()
        for i, stop in enumerate(self.stops()):
            if focus is not None and (stop is focus or stop.isAncestorOf(focus)):
                return i
        return None

    # -- moving the focus ---------------------------------------------------------------

    def cycle(self, step: int) -> None:
        stops = self.stops()
        current = self.current_stop()
        index = 0 if current is None and step > 0 else (-1 if current is None else current + step)
        target = stops[index % len(stops)]
        if isinstance(target, QDockWidget):
            self.focus_panel(target)
        else:
            self.focus_canvas()

    def focus_canvas(self) -> None:
        view = self.window.tabs.current_view() if self.window.editor is not None else None
        if view is not None and view.isVisible():
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        target = first_focusable(self.window.centralWidget())  # the welcome page's buttons
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_panel(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        target = first_focusable(dock)
        (target or dock).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_changed(self, _old, new) -> None:
        """Focus that Tab moved into a dock behind another tab raises that dock."""
        if new is None:
            return
        parent = new
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is not None and parent.parentWidget() is self.window and parent.visibleRegion().isEmpty():
            parent.raise_()
