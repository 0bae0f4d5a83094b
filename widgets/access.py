"""Keyboard and screen-reader access across the window: every menu entry gets a
mnemonic (added when a feature forgot one), and the controls' names can be
audited. Menus are checked each time they open, so actions added later by
other features are covered too."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from widgets import canvas_access

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
               QAbstractSlider, QPlainTextEdit, QTextEdit)


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def give_mnemonics(menu: QMenu) -> list[QAction]:
    """Add a mnemonic to each entry that lacks one, on a letter not yet taken in the
    menu; returns the actions changed. Submenus are done too."""
    # isinstance: once in a long test run PySide handed back a stale wrapper of another
    # type (a deleted room server's) for an action at a reused address; skip, not crash.
    entries = [a for a in menu.actions() if isinstance(a, QAction) and not a.isSeparator() and a.text()]
    taken = {m for a in entries if (m := mnemonic(a.text()))}
    changed = []
    for action in entries:
        text = action.text()
        if mnemonic(text) is None:
            for i, ch in enumerate(text):
                if ch.isalnum() and ch.lower() not in taken:
                    action.setText(text[:i] + "&" + text[i:])
                    taken.add(ch.lower())
                    changed.append(action)
                    break
        if action.menu() is not None:
            changed += give_mnemonics(action.menu())
    return changed


def name_of(widget: QWidget) -> str:
    """What a screen reader calls the control: its accessible name, a label that is
    its buddy, or a button's own text."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The visible interactive controls under root that have no name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView) or isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # a view's header, a combo's own line edit: the owner carries the name
        if type(widget).__name__ in ("QScrollBar",) or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll bars, dock and tab buttons) name themselves
        if not name_of(widget):
            found.append(widget)
    return found


def menu_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """Every action in the menu bar, with its menu's path."""
    out = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if not isinstance(action, QAction) or action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {action.text()}")
            else:
                out.append((path, action))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), top.text())
    return out


class KeyboardAccess(QObject):
    """Keeps menu mnemonics complete and tool buttons' tooltips present."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        canvas_access.install()  # the canvas's role, name and cards for screen readers
        for menu in [a.menu() for a in window.menuBar().actions() if a.menu() is not None]:
            menu.aboutToShow.connect(lambda m=menu: give_mnemonics(m))
        self.complete()

    def complete(self) -> None:
        """Mnemonics in every menu (and on the menu titles), status tips from tooltips."""
        titles = [a for a in self.window.menuBar().actions() if a.menu() is not None]
        bar = QMenu()  # the menu bar's titles need distinct letters too
        for top in titles:
            bar.addAction(top)
        give_mnemonics(bar)
        bar.deleteLater()
        for top in titles:
            give_mnemonics(top.menu())
        for _path, action in menu_actions(self.window):
            if not action.statusTip() and action.toolTip() != action.text().replace("&", ""):
                action.setStatusTip(action.toolTip())


def reads_its_text(label: QLabel, what: str) -> None:
    """A label whose text changes (a countdown, a status, a count): no fixed name, so a
    screen reader reads the text itself and Qt tells it of each change (NameChanged);
    what the label is goes into its description."""
    label.setAccessibleName("")
    label.setAccessibleDescription(what)
