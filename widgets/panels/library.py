"""The library panel: series and their sessions; create, rename, delete, open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QGridLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.library import Library
from widgets.markup import literal

KIND, ID = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1
NO_SERIES = QCoreApplication.translate("library", "Sessions without a series")


class LibraryPanel(QWidget):
    session_activated = Signal(str)  # session id
    continue_requested = Signal(str)  # session id: start the next session of its series from it

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self._pending: QTreeWidgetItem | None = None  # a new item waiting for its name
        self.open_session_id: str | None = None
        # (kind, id) -> item: finding the open session among a thousand is a look-up, not a walk
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self.setup_tree()
        self.setup_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.tree)
        library.changed.connect(self.refresh)
        self.refresh()

    def setup_tree(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Series and sessions"), self.tr("Date")])
        self.tree.setAccessibleName(self.tr("Series and sessions"))
        self.tree.setColumnWidth(0, 200)
        self.tree.setEditTriggers(QTreeWidget.EditTrigger.EditKeyPressed)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemChanged.connect(self._renamed)
        self.tree.itemDelegate().closeEditor.connect(self._editor_closed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)

    def setup_buttons(self) -> None:
        # A grid the buttons flow through: on a narrow dock the last ones go to a second
        # row instead of being cut at the dock's edge ("Dele").
        self.buttons = QGridLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.button_list: list[QToolButton] = []
        self.new_series_button = self._button(self.tr("New series"), self.tr("Create a series of sessions"),
                                              self.begin_new_series)
        self.new_session_button = self._button(
            self.tr("Blank session"),
            self.tr("Add a blank session (a name only) to the selected series; "
                    "File > New Session… sets method, date, purpose and participants"),
            self.begin_new_session)
        self.delete_button = self._button(self.tr("Delete"), self.tr("Delete the selected series or session"),
                                          self.delete_selected)
        # Delete acts on the tree only while it has the focus, never on the canvas.
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.tree)
        delete_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_key.activated.connect(self.delete_selected)
        self._flow_buttons()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        self.button_list.append(button)
        return button

    def _flow_buttons(self) -> None:
        # In a dock's scroll area the room is the viewport's: the panel itself is as
        # wide as its widest row, so its own width would never ask for a second row.
        outer = self.parentWidget()
        room = max(min(self.width(), outer.width() if outer is not None else self.width()) - 8, 1)
        gap = self.buttons.horizontalSpacing() if self.buttons.horizontalSpacing() >= 0 else 6
        for button in self.button_list:
            self.buttons.removeWidget(button)
        row, column, used = 0, 0, 0
        for button in self.button_list:
            width = button.sizeHint().width()
            if column and used + gap + width > room:
                row, column, used = row + 1, 0, 0
            self.buttons.addWidget(button, row, column)
            used += (gap if column else 0) + width
            column += 1
        self.buttons.setColumnStretch(len(self.button_list), 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._flow_buttons()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self._flow_buttons()
        return super().eventFilter(watched, event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)  # the dock's viewport, once put in it
        return super().event(event)

    # -- showing -----------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the tree from one query for the series and one for every session
        (with its card count): a library of years has a thousand of them. Each series'
        sessions go in with one addChildren call, not one at a time."""
        selected = self.selected()
        self.tree.blockSignals(True)
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self._items.clear()
        self._pending = None
        groups: dict[str | None, QTreeWidgetItem] = {}
        children: dict[str | None, list[QTreeWidgetItem]] = {}
        for row in self.library.all_series():
            groups[row["id"]] = self._item(None, "series", row["id"], row["name"])
        for row in self.library.session_list():
            key = row["series_id"] if row["series_id"] in groups else None
            if key is None and None not in groups:
                groups[None] = self._item(None, "none", "", NO_SERIES)
            item = self._item(None, "session", row["id"], row["title"], row["date"], add=False)
            item.setToolTip(0, literal(self.tr("{0} · {1} cards").format(row["title"], row["cards"])))
            if row["id"] == self.open_session_id:
                _set_bold(item, True)
            children.setdefault(key, []).append(item)
        for key, items in children.items():
            groups[key].addChildren(items)
        self.tree.expandAll()
        self.tree.setUpdatesEnabled(True)
        self.tree.blockSignals(False)
        if selected:
            self.select(*selected)

    def _item(self, parent, kind: str, item_id: str, text: str, date: str = "",
              add: bool = True) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, date])
        item.setToolTip(0, text)  # a narrow panel cuts long names with "…"
        item.setData(0, KIND, kind)
        item.setData(0, ID, item_id)
        if kind in ("series", "session"):
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self._items[(kind, item_id)] = item
        if add and parent is None:
            self.tree.addTopLevelItem(item)
        elif add:
            parent.addChild(item)
        return item

    def selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND) not in ("series", "session"):
            return None
        return item.data(0, KIND), item.data(0, ID)

    def find(self, kind: str, item_id: str) -> QTreeWidgetItem | None:
        return self._items.get((kind, item_id))

    def select(self, kind: str, item_id: str) -> None:
        item = self.find(kind, item_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def mark_open(self, session_id: str | None) -> None:
        """Bold the open session: two items change, the tree is not rebuilt."""
        blocked = self.tree.blockSignals(True)  # a font change is no rename
        for old in (self.open_session_id, session_id):
            item = self.find("session", old) if old else None
            if item is not None:
                _set_bold(item, old == session_id)
        self.tree.blockSignals(blocked)
        self.open_session_id = session_id

    # -- creating: a new item is named in place before anything is stored --------

    def begin_new_series(self) -> None:
        item = self._item(None, "new-series", "", self.tr("New series"))
        self._edit_pending(item)

    def begin_new_session(self) -> None:
        series_id = self._selected_series_id()
        parent = self.find("series", series_id) if series_id else None
        title = self.tr("Session {0}").format(dt.date.today().isoformat())
        item = self._item(parent, "new-session", series_id or "", title, dt.date.today().isoformat())
        self._edit_pending(item)

    def _selected_series_id(self) -> str | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.data(0, KIND) == "session":
            item = item.parent()
        return item.data(0, ID) if item is not None and item.data(0, KIND) == "series" else None

    def _edit_pending(self, item: QTreeWidgetItem) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._pending = item
        if item.parent():
            item.parent().setExpanded(True)
        self.tree.setCurrentItem(item)
        self.tree.setFocus()
        self.tree.editItem(item, 0)

    def _editor_closed(self, _editor, hint) -> None:
        item, self._pending = self._pending, None
        if item is None:
            return
        name = item.text(0).strip()
        kind, series_id = item.data(0, KIND), item.data(0, ID) or None
        cancelled = hint == QAbstractItemDelegate.EndEditHint.RevertModelCache or not name
        # The view is still closing its editor: rebuild the tree once it is done.
        QTimer.singleShot(0, lambda: self._finish_new(kind, series_id, None if cancelled else name))

    def _finish_new(self, kind: str, series_id: str | None, name: str | None) -> None:
        if name is None:
            self.refresh()
            return
        if kind == "new-series":
            new_id = self.library.create_series(name)
            if new_id:
                self.select("series", new_id)
        else:
            new_id = self.library.create_session(series_id, name)
            if new_id:
                self.select("session", new_id)
                self.session_activated.emit(new_id)

    # -- renaming, deleting, opening ----------------------------------------------

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        if item is self._pending or column != 0:
            return
        name = item.text(0).strip()
        kind, item_id = item.data(0, KIND), item.data(0, ID)
        if not name:
            self.refresh()
        elif kind == "series":
            self.library.rename_series(item_id, name)
        elif kind == "session":
            self.library.rename_session(item_id, name)

    def rename_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, KIND) in ("series", "session"):
            self.tree.editItem(item, 0)

    def delete_selected(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        kind, item_id = selected
        name = self.tree.currentItem().text(0)
        if kind == "series":
            count = self.tree.currentItem().childCount()
            question = (self.tr("Delete the series “{name}” and its %n session(s)?\n\nYou can undo this with "
                                "Edit › Undo.", "", count).format(name=name))
        else:
            question = self.tr(
                "Delete the session “{name}” with all its canvases and cards?\n\nYou can undo this."
            ).format(name=name)
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if kind == "series":
            self.library.delete_series(item_id)
        else:
            self.library.delete_session(item_id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND) == "session":
            self.session_activated.emit(item.data(0, ID))

    def context_menu(self, item: QTreeWidgetItem | None) -> QMenu | None:
        """The menu for a session: Continue Session… (nothing for other rows)."""
        if item is None or item.data(0, KIND) != "session":
            return None
        menu = QMenu(self)
        action = menu.addAction(self.tr("Continue Session…"))
        session_id = item.data(0, ID)
        action.triggered.connect(lambda _checked=False: self.continue_requested.emit(session_id))
        return menu

    def _show_context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        menu = self.context_menu(item)
        if menu is not None:
            self.tree.setCurrentItem(item)
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()


def _set_bold(item: QTreeWidgetItem, bold: bool) -> None:
    font = item.font(0)
    font.setBold(bold)
    item.setFont(0, font)


def _walk(tree: QTreeWidget):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(i) for i in range(item.childCount()))
