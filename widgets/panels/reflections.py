"""The reflections panel: the session's insights, decisions and actions (with an
owner and a due date), grouped by kind, each optionally linked to a card.

Every edit goes through the editor (undoable); the list follows the document's
signals, so undo and redo show up here as they happen."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import Reflection
from app.vocabulary import REFLECTION_KINDS
from storage.library import new_id, now
from widgets.access import reads_its_text
from widgets.locale_text import date_format
from widgets.markup import literal
from widgets.vocabulary_text import word

KIND_TITLES = {
    "insight": QCoreApplication.translate("reflections", "Insights"),
    "decision": QCoreApplication.translate("reflections", "Decisions"),
    "action": QCoreApplication.translate("reflections", "Actions"),
}
ID_ROLE = Qt.ItemDataRole.UserRole


def quoted(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return f"‘{text if len(text) <= limit else text[: limit - 1] + '…'}’"


class ReflectionsPanel(QWidget):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.tabs = window.tabs
        self.editor = None
        self.editing_id: str | None = None  # the reflection the form is editing, if any
        self.form_card_id: str | None = None  # the card the form links to
        self.selected_card_id: str | None = None  # the one card selected on the canvas

        self.show_kind = QComboBox(self)
        self.show_kind.addItem(self.tr("All kinds"), None)
        for kind in REFLECTION_KINDS:
            self.show_kind.addItem(self.tr("{0} only").format(KIND_TITLES[kind]), kind)
        show_label = QLabel(self.tr("Show:"), self)
        show_label.setBuddy(self.show_kind)
        self.show_kind.setAccessibleName(self.tr("Show reflections of kind"))

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Reflection"), self.tr("Owner"), self.tr("Due"), self.tr("Card")])
        self.tree.setAccessibleName(self.tr("Reflections"))
        self.tree.setAccessibleDescription(self.tr("F2 edits, Delete deletes, Enter shows the linked card"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        # The text takes what the narrow dock leaves: the list does not scroll sideways either.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(160)

        self.kind = QComboBox(self)
        for kind in REFLECTION_KINDS:
            self.kind.addItem(word(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind of reflection"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("What the room noticed, decided or will do"))
        self.text.setAccessibleName(self.tr("Reflection text"))
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(self.tr("Who will do it"))
        self.owner.setAccessibleName(self.tr("Action owner"))
        self.owner_names = QStringListModel(self)
        completer = QCompleter(self.owner_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.has_due.setAccessibleName(self.tr("Action has a due date"))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_format())
        self.due.setDate(QDate.currentDate().addDays(7))
        self.due.setAccessibleName(self.tr("Due date"))
        self.card_label = QLabel(self.tr("Not linked to a card"), self)
        self.card_label.setTextFormat(Qt.TextFormat.PlainText)  # card text from phones is not markup
        self.card_label.setWordWrap(True)
        reads_its_text(self.card_label, self.tr("Linked card"))
        self.link_button = QPushButton(self.tr("Link to Selected Card"), self)
        self.link_button.setToolTip(self.tr("Link this reflection to the card selected on the canvas"))
        self.unlink_button = QPushButton(self.tr("Unlink"), self)
        self.unlink_button.setAccessibleName(self.tr("Unlink card"))
        self.save_button = QPushButton(self.tr("Add"), self)
        self.save_button.setAccessibleName(self.tr("Add reflection"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel editing"))
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setAccessibleName(self.tr("Edit reflection"))
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete reflection"))
        # Space on the list or this button: Continue Session reviews only open actions.
        self.done_button = QPushButton(self.tr("Mark Done"), self)
        self.done_button.setAccessibleName(self.tr("Mark action done"))
        self.done_button.setToolTip(self.tr("Mark the selected action done, or open again (Space)"))

        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.show_kind, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addWidget(self.done_button)
        list_buttons.addStretch(1)
        self.form_title = QLabel(self.tr("<b>New reflection</b>"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in ((self.tr("Kind:"), self.kind), (self.tr("Text:"), self.text)):
            label = QLabel(caption, self)
            label.setBuddy(field)
            form.addRow(label, field)
        # One field a row, labels above fields when narrow: the form fits a 300 px dock
        # (at 1280 x 800 the docks share one column) without scrolling sideways.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        owner_label = QLabel(self.tr("Owner:"), self)
        owner_label.setBuddy(self.owner)
        form.addRow(owner_label, self.owner)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form.addRow(due_row)
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(self.link_button, 1)
        card_buttons.addWidget(self.unlink_button)
        form.addRow(self.tr("Card:"), self.card_label)
        form.addRow(card_buttons)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.cancel_button)
        form_buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(list_buttons)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addLayout(form_buttons)

        self.show_kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self._update_form())
        self.has_due.toggled.connect(lambda _on: self._update_form())
        self.text.returnPressed.connect(self.save)
        self.owner.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.clear_form)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.done_button.clicked.connect(self.toggle_done)
        self.link_button.clicked.connect(self.link_selected_card)
        self.unlink_button.clicked.connect(lambda: self._set_form_card(None))
        self.tree.currentItemChanged.connect(lambda item, _old: self._current_changed(item))
        self.tree.itemActivated.connect(lambda item, _col: self.show_card_of(item))
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_current())
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_current),
            ("F2", self.edit_current),
            ("Space", self.toggle_done),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        escape = QShortcut(QKeySequence("Escape"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_form)

        self.tabs.selection_changed.connect(self._canvas_selection)
        window.session_changed.connect(self._sync_editor)
        self._sync_editor()
        self.clear_form()
        view = self.tabs.current_view()
        if view is not None:  # the panel is built when first shown: a card may be selected already
            self._canvas_selection(view.canvas_scene.selected_card_ids(), [])

    # -- the open session ------------------------------------------------------------

    def _sync_editor(self, *_args) -> None:
        editor = self.window.editor  # session_changed comes once it is set (None when closed)
        if editor is self.editor:
            return
        if self.editor is not None and shiboken6.isValid(self.editor.doc):
            doc = self.editor.doc
            for signal, slot in (
                (doc.added, self._on_added),
                (doc.changed, self._on_changed),
                (doc.removed, self._on_removed),
            ):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.editor = editor
        if editor is not None:
            editor.doc.added.connect(self._on_added)
            editor.doc.changed.connect(self._on_changed)
            editor.doc.removed.connect(self._on_removed)
        self.clear_form()
        self.refresh()
        self._update_names()
        self.setEnabled(editor is not None)

    def _on_added(self, table: str, _record) -> None:
        if table == "reflections":
            self.refresh()
        elif table == "participants":
            self._update_names()

    def _on_changed(self, table: str, record, _fields) -> None:
        if table == "reflections" or (table == "cards" and self._linked(record.id)):
            self.refresh()
        elif table == "participants":
            self._update_names()

    def _on_removed(self, table: str, record) -> None:
        if table == "reflections" or (table == "cards" and self._linked(record.id)):
            self.refresh()
        elif table == "participants":
            self._update_names()
        if table == "cards" and record.id == self.form_card_id:
            self._set_form_card(None)

    def _linked(self, card_id: str) -> bool:
        return any(r.card_id == card_id for r in self.reflections())

    # -- the list --------------------------------------------------------------------

    def reflections(self) -> list[Reflection]:
        if self.editor is None:
            return []
        return sorted(self.editor.doc.all("reflections"), key=lambda r: (r.created_at, r.id))

    def refresh(self) -> None:
        current = self.current_id()
        self.tree.clear()
        wanted = self.show_kind.currentData()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        chosen = None
        for kind in REFLECTION_KINDS:
            if wanted is not None and kind != wanted:
                continue
            members = [r for r in self.reflections() if r.kind == kind]
            group = QTreeWidgetItem(self.tree, [f"{KIND_TITLES[kind]} ({len(members)})"])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            for r in members:
                item = QTreeWidgetItem(
                    group,
                    [r.text, r.owner if kind == "action" else "", r.due_date or "", self._card_caption(r.card_id)],
                )
                item.setData(0, ID_ROLE, r.id)
                if r.done_at:  # done actions read as done: a mark, struck through, a status
                    item.setText(0, self.tr("✓ %1").replace("%1", r.text))
                    struck = QFont(self.tree.font())
                    struck.setStrikeOut(True)
                    item.setFont(0, struck)
                    item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("done"))
                item.setToolTip(0, literal(r.text))
                if r.id == current:
                    chosen = item
            group.setExpanded(True)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._update_buttons()

    def _card_caption(self, card_id: str | None) -> str:
        card = self.editor.doc.get("cards", card_id) if self.editor and card_id else None
        return quoted(card.text) if card else ""

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def select(self, reflection_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, ID_ROLE) == reflection_id:
                    self.tree.setCurrentItem(group.child(j))
                    return True
        return False

    def _current_changed(self, item) -> None:
        self._update_buttons()
        if item is not None and item.data(0, ID_ROLE):
            self.show_card_of(item, focus_canvas=False)

    def show_card_of(self, item, focus_canvas: bool = True) -> bool:
        """Select a reflection's card on its canvas (Enter or a click in the list)."""
        record = self._record(item.data(0, ID_ROLE)) if item is not None else None
        card = self.editor.doc.get("cards", record.card_id) if record and record.card_id else None
        if card is None:
            return False
        self.tabs.show_canvas(card.canvas_id)
        view = self.tabs.views.get(card.canvas_id)
        if view is None or card.id not in view.canvas_scene.cards:
            return False
        view.canvas_scene.select_cards([card.id])
        view.ensureVisible(view.canvas_scene.cards[card.id], 60, 60)
        if focus_canvas:
            view.setFocus()
        return True

    def _record(self, reflection_id: str | None) -> Reflection | None:
        if self.editor is None or reflection_id is None:
            return None
        return self.editor.doc.get("reflections", reflection_id)

    # -- the form --------------------------------------------------------------------

    def clear_form(self) -> None:
        self.editing_id = None
        self.text.clear()
        self.owner.clear()
        self.has_due.setChecked(False)
        self.due.setDate(QDate.currentDate().addDays(7))
        self._set_form_card(None)
        self.form_title.setText(self.tr("<b>New reflection</b>"))
        self.save_button.setText(self.tr("Add"))
        self.save_button.setAccessibleName(self.tr("Add reflection"))
        self.cancel_button.hide()
        self._update_form()

    def edit_current(self) -> None:
        record = self._record(self.current_id())
        if record is None:
            return
        self.editing_id = record.id
        self.kind.setCurrentIndex(REFLECTION_KINDS.index(record.kind))
        self.text.setText(record.text)
        self.owner.setText(record.owner)
        self.has_due.setChecked(bool(record.due_date))
        if record.due_date:
            self.due.setDate(QDate.fromString(record.due_date, "yyyy-MM-dd"))
        self._set_form_card(record.card_id)
        self.form_title.setText(self.tr("<b>Editing the {kind}</b>").format(kind=record.kind))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save reflection"))
        self.cancel_button.show()
        self._update_form()
        self.text.setFocus()
        self.text.selectAll()

    def focus_form(self) -> None:
        self.text.setFocus()

    def _form_fields(self) -> dict:
        kind = self.kind.currentData()
        action = kind == "action"
        return {
            "kind": kind,
            "text": self.text.text().strip(),
            "owner": self.owner.text().strip() if action else "",
            "due_date": self.due.date().toString("yyyy-MM-dd") if action and self.has_due.isChecked() else None,
            "card_id": self.form_card_id,
        }

    def save(self) -> bool:
        """Add the form's reflection, or save the one being edited."""
        if self.editor is None:
            return False
        fields = self._form_fields()
        if not fields["text"]:
            self.window.statusBar().showMessage(self.tr("Type the reflection's text first"), 5000)
            self.text.setFocus()
            return False
        if self.editing_id and self._record(self.editing_id) is not None:
            reflection_id = self.editing_id
            ok = self.editor.change_records(
                "reflections", {reflection_id: fields}, self.tr("Edit {0}").format(fields["kind"])
            )
            ok = ok or self._record(reflection_id) is not None  # nothing changed is fine too
        else:
            reflection = Reflection(id=new_id(), session_id=self.editor.doc.session_id, **fields)
            reflection_id = reflection.id
            ok = self.editor.add_records("reflections", [reflection], self.tr("Add {0}").format(fields["kind"]))
        if ok:
            kind = fields["kind"]
            self.clear_form()
            self.kind.setCurrentIndex(REFLECTION_KINDS.index(kind))  # the next one is often alike
            self.select(reflection_id)
            self.text.setFocus()
        return ok

    def delete_current(self) -> bool:
        record = self._record(self.current_id())
        if record is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete reflection"),
            literal(
                self.tr("Delete the {kind} {0}?\nYou can undo this with Ctrl+Z.").format(
                    quoted(record.text, 60), kind=record.kind
                )
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if record.id == self.editing_id:
            self.clear_form()
        return self.editor.remove_records("reflections", [record.id], self.tr("Delete {kind}").format(kind=record.kind))

    def toggle_done(self) -> bool:
        """Mark the selected action done, or open again: one undoable change."""
        record = self._record(self.current_id())
        if record is None or record.kind != "action":
            return False
        done_at = None if record.done_at else now()
        text = self.tr("Mark action done") if done_at else self.tr("Open action again")
        return self.editor.change_records("reflections", {record.id: {"done_at": done_at}}, text)

    def link_selected_card(self) -> bool:
        if self.selected_card_id is None:
            self.window.statusBar().showMessage(self.tr("Select one card on the canvas to link it"), 5000)
            return False
        self._set_form_card(self.selected_card_id)
        return True

    def _set_form_card(self, card_id: str | None) -> None:
        self.form_card_id = card_id
        card = self.editor.doc.get("cards", card_id) if self.editor and card_id else None
        self.card_label.setText(
            self.tr("Linked to {0}").format(quoted(card.text, 40)) if card else self.tr("Not linked to a card")
        )
        self._update_buttons()

    def _canvas_selection(self, card_ids: list, _link_ids: list) -> None:
        self.selected_card_id = card_ids[0] if len(card_ids) == 1 else None
        self._update_buttons()

    def _update_form(self) -> None:
        action = self.kind.currentData() == "action"
        self.owner.setEnabled(action)
        self.has_due.setEnabled(action)
        self.due.setEnabled(action and self.has_due.isChecked())

    def _update_buttons(self) -> None:
        has = self._record(self.current_id()) is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        record = self._record(self.current_id())
        action = record is not None and record.kind == "action"
        self.done_button.setEnabled(action)
        done = action and bool(record.done_at)
        self.done_button.setText(self.tr("Open Again") if done else self.tr("Mark Done"))
        self.done_button.setAccessibleName(self.tr("Open action again") if done else self.tr("Mark action done"))
        self.link_button.setEnabled(self.selected_card_id is not None)
        self.unlink_button.setEnabled(self.form_card_id is not None)

    def _update_names(self) -> None:
        names = [p.name for p in self.editor.doc.all("participants")] if self.editor else []
        self.owner_names.setStringList(names)

    # -- in the window ---------------------------------------------------------------

    def begin_new(self) -> None:
        dock = self.window.reflections_dock
        dock.show()
        dock.raise_()
        if self.editing_id is None:
            self._update_names()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        # A dock just shown or raised takes focus back once laid out: give it to the text then too.
        QTimer.singleShot(0, self, lambda: self.text.setFocus(Qt.FocusReason.ShortcutFocusReason))


def install(window: QMainWindow, dock) -> QAction:
    """View > Reflections, and Edit > Add Reflection (Ctrl+Alt+R), which builds the
    panel if its dock was not shown yet (widgets/panel_dock.py)."""
    window.view_menu.addAction(dock.toggleViewAction())
    action = QAction(QCoreApplication.translate("ReflectionsPanel", "&Add Reflection"), window)
    action.setShortcut(QKeySequence("Ctrl+Alt+R"))
    action.setStatusTip(QCoreApplication.translate("ReflectionsPanel", "Write down an insight, decision or action"))
    action.triggered.connect(lambda _checked=False: dock.panel.begin_new())
    window.addAction(action)
    window.edit_menu.addAction(action)
    return action
