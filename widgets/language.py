"""View > Language: the system's language or any language with a translation in
resources/i18n (app/i18n.py), each named in itself. The choice is kept in QSettings
and takes effect on the next start, which the status bar says."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow

from app import i18n


class LanguageMenu(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.menu = window.view_menu.addMenu(self.tr("&Language"))
        self.menu.setObjectName("LanguageMenu")
        group = QActionGroup(self)
        picked = i18n.chosen()
        self.actions: dict[str, QAction] = {}
        entries = [("", self.tr("System Default"))] + [(code, i18n.native_name(code)) for code in i18n.languages()]
        for code, text in entries:
            action = QAction(text, window)
            action.setCheckable(True)
            action.setChecked(code == picked)
            action.setData(code)
            if code:
                action.setStatusTip(self.tr("Use {0} from the next start").format(text))
            else:
                action.setStatusTip(self.tr("Use the system's language from the next start"))
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        if code == i18n.chosen():
            return
        i18n.choose(code)
        self.actions[code].setChecked(True)
        name = i18n.native_name(code) if code else self.tr("The system's language")
        self.window.statusBar().showMessage(
            self.tr("{0} will be used from the next start of Meshwork.").format(name), 10_000)
