"""A side panel's dock, whose panel may be built the first time the dock is shown.

A dock that starts closed or behind another dock's tab (Room Join, Voting,
Reflections, Find and Filter, Library) costs the window's start nothing but
the QDockWidget itself: its View menu entry, its shortcut, its F6 stop and its
saved place all work at once, and the panel is built when the dock first comes
into view or when code asks for ``dock.panel``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget

DOCK_MIN_WIDTH = 180  # a side panel narrower than this is no use to anyone


class PanelDock(QDockWidget):
    built = Signal(QWidget)  # the panel, once it exists

    def __init__(self, title: str, parent: QWidget, panel: QWidget | Callable[[], QWidget]):
        super().__init__(QCoreApplication.translate("MainWindow", title), parent)
        self.setObjectName(title.replace(" ", "") + "Dock")  # from the English title: the saved layout's key
        # In a scroll area, a panel taller than its share of a small screen scrolls instead
        # of pushing the window past the screen's edge (1280 × 800 laptops and projectors).
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setMinimumWidth(DOCK_MIN_WIDTH)
        # Not a Tab stop of its own (an empty-named stop to a screen reader): the panel's
        # controls are, and the scroll area still scrolls to the one with the focus.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setAccessibleName(self.windowTitle())
        self.setWidget(self.scroller)
        self._panel: QWidget | None = None
        self._builder: Callable[[], QWidget] | None = None
        if isinstance(panel, QWidget):
            self._put(panel)
        else:
            self._builder = panel
            # Shown, or its tab raised: Qt says so before the dock is painted.
            self.visibilityChanged.connect(self._visibility_changed)
            # Until then the empty scroll area stands in the Tab order for the panel, so Tab
            # still reaches a dock behind another tab (which then comes to the front).
            self.scroller.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.scroller.installEventFilter(self)

    @property
    def panel(self) -> QWidget:
        """The panel, built now if it was not yet."""
        return self.build()

    def build(self) -> QWidget:
        if self._panel is None and self._builder is not None:
            builder, self._builder = self._builder, None  # once, even if building shows the dock
            self._put(builder())
            self.visibilityChanged.disconnect(self._visibility_changed)
            self.built.emit(self._panel)
        return self._panel

    def is_built(self) -> bool:
        return self._panel is not None

    def when_built(self, callback: Callable[[QWidget], object]) -> None:
        """Call back with the panel now if it exists, else once it is built."""
        if self._panel is not None:
            callback(self._panel)
        else:
            self.built.connect(callback)

    def _put(self, panel: QWidget) -> None:
        self._panel = panel
        self.scroller.setWidget(panel)
        if self.scroller.isVisible():
            panel.show()  # a scroll area shows only the widgets it was given before it was shown
        if self.scroller.focusPolicy() != Qt.FocusPolicy.NoFocus:
            self.scroller.removeEventFilter(self)
            self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            QWidget.setTabOrder(self.scroller, panel)  # Tab reaches the panel where the dock stands

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.scroller and event.type() == QEvent.Type.FocusIn:
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            panel = self.build()
            stops = [w for w in panel.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                     and w.isVisibleTo(self) and w.isEnabled()]
            if stops:
                chain = [panel.nextInFocusChain()]
                while chain[-1] is not panel and panel.isAncestorOf(chain[-1]):
                    chain.append(chain[-1].nextInFocusChain())
                ordered = [w for w in chain if w in stops] or stops
                (ordered[-1] if backwards else ordered[0]).setFocus(event.reason())
        return False

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.build()  # for the person who is about to see it
