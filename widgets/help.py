"""The Help menu: the facilitator's guide (F1), every keyboard shortcut, and
About. Installed last, so the menu sits at the end of the menu bar."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app import __version__


class Help(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.guide = None
        self.shortcuts_view = None
        self.menu = window.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._add(self.tr("&Facilitator's Guide"), self.show_guide,
                                      QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action = self._add(self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                                          QKeySequence("Ctrl+/"))
        self.menu.addSeparator()
        self.about_action = self._add(self.tr("&About Meshwork"), self.show_about)

    def _add(self, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # the shortcut works wherever the focus is in the window
        self.menu.addAction(action)
        return action

    def show_guide(self) -> None:
        from widgets.views.guide import GuideView

        if self.guide is None:
            self.guide = GuideView(self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_shortcuts(self) -> None:
        from widgets.views.shortcuts import ShortcutsView

        if self.shortcuts_view is None:
            self.shortcuts_view = ShortcutsView(self.window)
        self.shortcuts_view.show()  # reads the actions again
        self.shortcuts_view.raise_()
        self.shortcuts_view.activateWindow()

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Meshwork"), self.tr(
            "<h3>Meshwork {0}</h3><p>Facilitate collaborative knowledge workshops: map who does what, "
            "why, with what, and how it connects, and compare it over time.</p>"
            "<p>Help &gt; Facilitator's Guide (F1) takes you from preparing a session to its follow-up.</p>"
        ).replace("{0}", __version__))
