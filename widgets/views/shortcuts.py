"""Help > Keyboard Shortcuts: every shortcut, read from the window's actions
each time the list opens (the menus, walked with their submenus, then actions
that sit on the window alone), so no list is kept by hand to go stale."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as this platform writes them, e.g. "Ctrl+L"
    action: str  # the action's text without its mnemonic
    place: str  # where it lives: "Edit", "View › Theme", or "Canvas keys"


def plain(text: str) -> str:
    """Menu text without mnemonics ("&&" is a literal ampersand) or a trailing tab and hint."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def keys_of(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty())


def shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every action with a shortcut, menus first in menu-bar order."""
    found: list[Shortcut] = []
    seen: set[int] = set()
    listed: set[tuple[str, str]] = set()  # a copy of an action elsewhere (same keys, same name) once

    def walk(menu: QMenu, place: str) -> None:
        for action in menu.actions():
            if not isinstance(action, QAction) or action.isSeparator():
                continue
            sub = action.menu()
            if sub is not None:
                walk(sub, f"{place} › {plain(sub.title() or action.text())}")
                continue
            note(action, place)

    def note(action: QAction, place: str) -> None:
        if id(action) in seen:
            return
        seen.add(id(action))
        keys, name = keys_of(action), plain(action.text()) or action.objectName()
        if keys and (keys, name) not in listed:
            listed.add((keys, name))
            found.append(Shortcut(keys, name, place))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), plain(action.menu().title()))
    elsewhere = QCoreApplication.translate("ShortcutsView", "Window")
    for action in window.findChildren(QAction):  # on the window, a canvas or a toolbar, in no menu
        note(action, elsewhere)
    return found


class ShortcutsView(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Keyboard Shortcuts — Meshwork"))
        self.setModal(False)
        self.resize(640, 640)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter by action, key or menu"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Shortcut"), self.tr("Action"), self.tr("Menu")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(False)
        label = QLabel(self.tr("&Filter:"), self)
        label.setBuddy(self.filter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        self.filter.textChanged.connect(self.apply_filter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, activated=self.close)
        self.refresh()

    def refresh(self) -> None:
        """Read the actions again: one added since the last time shows up."""
        self.tree.clear()
        for item in shortcuts(self.window_):
            row = QTreeWidgetItem([item.keys, item.action, item.place])
            row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{item.keys}: {item.action} ({item.place})")
            self.tree.addTopLevelItem(row)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.apply_filter(self.filter.text())

    def apply_filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for i in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(i)
            shown = not wanted or any(wanted in row.text(c).casefold() for c in range(3))
            row.setHidden(not shown)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the list shows (tests and screen readers read the same)."""
        return [(r.text(0), r.text(1), r.text(2)) for i in range(self.tree.topLevelItemCount())
                if not (r := self.tree.topLevelItem(i)).isHidden()]

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)
        self.filter.setFocus()
