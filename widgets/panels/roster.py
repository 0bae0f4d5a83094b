"""The roster: the open session's participants. Add, edit in place, remove, pick a
colour, and choose who is "current" (new cards are theirs). Every edit goes
through the Editor; the table follows the document's signals."""

from __future__ import annotations

import html
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QStringListModel, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.vocabulary import PALETTE
from widgets.access import reads_its_text
from widgets.markup import literal

ID = Qt.ItemDataRole.UserRole
FIELDS = ["name", "role", "team"]  # columns 1..3; column 0 is the swatch and marker
MARKER = "▶"
# Okabe-Ito names, so screen readers and tooltips can say which colour a swatch is
# (in English here, translated by colour_name when said).
COLOUR_NAMES = dict(
    zip(
        PALETTE,
        [
            QT_TRANSLATE_NOOP("roster", "orange"),
            QT_TRANSLATE_NOOP("roster", "sky blue"),
            QT_TRANSLATE_NOOP("roster", "bluish green"),
            QT_TRANSLATE_NOOP("roster", "yellow"),
            QT_TRANSLATE_NOOP("roster", "blue"),
            QT_TRANSLATE_NOOP("roster", "vermilion"),
            QT_TRANSLATE_NOOP("roster", "reddish purple"),
            QT_TRANSLATE_NOOP("roster", "grey"),
        ],
        strict=True,
    )
)


@lru_cache(maxsize=128)
def swatch_icon(colour: str, size: int = 22) -> QIcon:
    """Drawn once per colour: a roster refresh (thirty phones joining, say) reuses them."""
    icon = QIcon()
    for ratio in (1, 2, 3):  # sharp on HiDPI screens: the icon picks the pixmap it needs
        pixmap = QPixmap(size * ratio, size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#333333"))  # an outline keeps pale colours visible
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def colour_name(colour: str) -> str:
    name = COLOUR_NAMES.get(colour.upper())
    return QCoreApplication.translate("roster", name) if name else colour  # translated when said


class RosterPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor: Editor | None = None
        self._build_table()
        self._build_colours()
        self._build_form()
        self.current_label = QLabel(self)
        reads_its_text(self.current_label, self.tr("Current participant"))
        self.current_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.current_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.actions)
        layout.addLayout(self.colours)
        layout.addWidget(self.form_box)
        self.set_editor(None)

    # -- building ------------------------------------------------------------------

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setHorizontalHeaderLabels(["", self.tr("Name"), self.tr("Role"), self.tr("Team")])
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        # The swatch column has no visible heading; a screen reader still needs one.
        self.table.horizontalHeaderItem(0).setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Colour"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setIconSize(QSize(22, 22))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(lambda row, _col: self._make_row_current(row))
        self.table.activated.connect(lambda index: self._make_row_current(index.row()))
        self.table.itemChanged.connect(self._item_edited)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Delete acts only while the roster has the focus, never on the canvas.
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_key.activated.connect(self.remove_selected)
        self.actions = QHBoxLayout()
        self.current_button = self._button(
            self.tr("Make current"), self.tr("New cards will be this participant's"), self.make_selected_current
        )
        self.remove_button = self._button(
            self.tr("Remove…"), self.tr("Remove the selected participant (Delete)"), self.remove_selected
        )
        self.actions.addWidget(self.current_button)
        self.actions.addWidget(self.remove_button)
        self.actions.addStretch()

    def _build_colours(self) -> None:
        # Two rows of four swatches, so the roster still fits a narrow dock.
        self.colours = QGridLayout()
        self.colours.setSpacing(4)
        self.colours.addWidget(QLabel(self.tr("Colour:"), self), 0, 0)
        self.swatches: dict[str, QToolButton] = {}
        for i, colour in enumerate(PALETTE):
            button = QToolButton(self)
            button.setIcon(swatch_icon(colour, 26))
            button.setIconSize(QSize(26, 26))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Colour: {0}").format(colour_name(colour)))
            button.setAccessibleName(self.tr("Colour {0}").format(colour_name(colour)))
            button.clicked.connect(lambda _checked=False, c=colour: self.set_selected_colour(c))
            self.swatches[colour] = button
            self.colours.addWidget(button, i // 4, 1 + i % 4)
        self.other_colour_button = self._button(self.tr("Other…"), self.tr("Pick any colour"), self.pick_other_colour)
        # A row of its own under the swatches: beside them it made the panel wider than a
        # narrow dock, and high contrast's padding clipped it to "ther.".
        self.colours.addWidget(self.other_colour_button, 2, 1, 1, 4, Qt.AlignmentFlag.AlignLeft)
        self.colours.setColumnStretch(5, 1)

    def _build_form(self) -> None:
        self.form_box = QGroupBox(self.tr("Add a participant"), self)
        form = QFormLayout(self.form_box)
        self.name_edit = self._line(self.tr("Name"), self.tr("Name or pseudonym"))
        self.role_edit = self._line(self.tr("Role"), self.tr("Job role, e.g. Claims handler"))
        self.team_edit = self._line(self.tr("Team"), self.tr("Team"))
        self.roles_model, self.teams_model = QStringListModel(self), QStringListModel(self)
        for edit, model in ((self.role_edit, self.roles_model), (self.team_edit, self.teams_model)):
            completer = QCompleter(model, edit)  # same spelling keeps roles matchable across sessions
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            edit.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Add"), self.form_box)
        self.add_button.setAccessibleName(self.tr("Add participant"))
        self.add_button.clicked.connect(self.add_from_form)
        self.message = QLabel(self.form_box)
        reads_its_text(self.message, self.tr("Roster message"))
        self.message.setStyleSheet("color: #B00020; font-weight: bold;")
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Team:"), self.team_edit)
        form.addRow("", self.add_button)
        form.addRow(self.message)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self.form_box)
        said = self.tr("New participant {0}")  # English runs the noun in lower case; a translation keeps its own
        edit.setAccessibleName(said.format(name.lower() if said == "New participant {0}" else name))
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(self.add_from_form)
        edit.textEdited.connect(lambda _t: self.message.hide())
        return edit

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- the session -----------------------------------------------------------------

    def set_editor(self, editor: Editor | None) -> None:
        old = self.editor
        if old is not None:
            for signal, slot in self._connections(old):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # already gone with the document
                    pass
        self.editor = editor
        if editor is not None:
            for signal, slot in self._connections(editor):
                signal.connect(slot)
        self.setEnabled(editor is not None)
        self.message.hide()
        self.refresh()

    def _connections(self, editor: Editor):
        doc = editor.doc
        return [
            (doc.added, self._on_added),
            (doc.changed, self._on_changed),
            (doc.removed, self._on_removed),
            (editor.current_participant_changed, self._show_current),
        ]

    def participant_ids(self) -> list[str]:
        return [self.table.item(row, 0).data(ID) for row in range(self.table.rowCount())]

    def row_of(self, participant_id: str) -> int:
        ids = self.participant_ids()
        return ids.index(participant_id) if participant_id in ids else -1

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(ID) if rows else None

    # -- showing -------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_id()
        people = self.editor.doc.all("participants") if self.editor else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            for col in range(4):
                item = QTableWidgetItem()
                if col == 0:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
            self._fill_row(row, person)
        self.table.blockSignals(False)
        if selected in self.participant_ids():
            self.table.selectRow(self.row_of(selected))
        self.roles_model.setStringList(sorted({p.role for p in people if p.role}, key=str.casefold))
        self.teams_model.setStringList(sorted({p.team for p in people if p.team}, key=str.casefold))
        self._show_current()
        self._selection_changed()

    def _fill_row(self, row: int, person) -> None:
        blocked = self.table.blockSignals(True)
        swatch = self.table.item(row, 0)
        swatch.setData(ID, person.id)
        swatch.setIcon(swatch_icon(person.colour))
        swatch.setToolTip(self.tr("Colour: {0}").format(colour_name(person.colour)))
        for col, field in enumerate(FIELDS, start=1):
            self.table.item(row, col).setText(getattr(person, field))
            self.table.item(row, col).setToolTip(getattr(person, field))  # whole, when the cell cuts it
        self.table.blockSignals(blocked)

    def _show_current(self, *_args) -> None:
        current = self.editor.current_participant() if self.editor else None
        blocked = self.table.blockSignals(True)
        for row, pid in enumerate(self.participant_ids()):
            is_current = current is not None and pid == current.id
            marker = self.table.item(row, 0)
            marker.setText(MARKER if is_current else "")
            person = self.editor.doc.get("participants", pid)
            spoken = self.tr("Colour %1").replace("%1", colour_name(person.colour) if person else "")
            marker.setData(
                Qt.ItemDataRole.AccessibleTextRole, spoken + (self.tr(", current participant") if is_current else "")
            )
            for col in range(4):
                item = self.table.item(row, col)
                font = QFont(item.font())
                font.setBold(is_current)
                item.setFont(font)
        self.table.blockSignals(blocked)
        if current is None:
            self.current_label.setText(self.tr("No current participant: new cards have no author."))
        else:
            self.current_label.setText(
                self.tr("{MARKER} New cards are <b>{0}</b>’s").format(html.escape(current.name), MARKER=MARKER)
            )

    def _selection_changed(self) -> None:
        person = self._selected_person()
        for widget in (self.current_button, self.remove_button, self.other_colour_button, *self.swatches.values()):
            widget.setEnabled(person is not None)
        for colour, button in self.swatches.items():
            button.setChecked(person is not None and person.colour.upper() == colour)

    def _selected_person(self):
        pid = self.selected_id()
        return self.editor.doc.get("participants", pid) if self.editor and pid else None

    # -- following the document ----------------------------------------------------

    def _on_added(self, table: str, record) -> None:
        if table == "participants":
            self.refresh()

    def _on_removed(self, table: str, record) -> None:
        if table == "participants":
            self.refresh()

    def _on_changed(self, table: str, record, fields) -> None:
        if table != "participants":
            return
        row = self.row_of(record.id)
        if "position" in fields or row < 0:
            self.refresh()
            return
        self._fill_row(row, record)  # in place: this may run inside the table's own edit
        self._show_current()
        self._selection_changed()

    # -- gestures ------------------------------------------------------------------

    def add_from_form(self) -> None:
        if self.editor is None:
            return
        name = self.name_edit.text().strip()
        if not name:
            self._say(self.tr("Type a name (or a pseudonym) first."))
            self.name_edit.setFocus()
            return
        person = self.editor.add_participant(name, self.role_edit.text(), self.team_edit.text())
        if person is None:
            return  # the editor reported why
        self.message.hide()
        for edit in (self.name_edit, self.role_edit, self.team_edit):
            edit.clear()
        self.name_edit.setFocus()  # ready for the next person
        self.table.selectRow(self.row_of(person.id))

    def _item_edited(self, item: QTableWidgetItem) -> None:
        if self.editor is None or item.column() == 0:
            return
        pid = self.table.item(item.row(), 0).data(ID)
        field, value = FIELDS[item.column() - 1], item.text().strip()
        if field == "name" and not value:
            self._say(self.tr("A participant needs a name; the old one is kept."))
        else:
            self.message.hide()
            self.editor.edit_participant(pid, **{field: value})
        person = self.editor.doc.get("participants", pid)
        if person is not None:
            self._fill_row(item.row(), person)  # shows what was stored (trimmed, or refused)

    def _make_row_current(self, row: int) -> None:
        if self.editor is not None and 0 <= row < self.table.rowCount():
            self.editor.set_current_participant(self.table.item(row, 0).data(ID))

    def make_selected_current(self) -> None:
        if self.editor is not None and self.selected_id():
            self.editor.set_current_participant(self.selected_id())

    def remove_selected(self) -> None:
        person = self._selected_person()
        if person is None:
            return
        cards = sum(1 for c in self.editor.doc.all("cards") if c.participant_id == person.id)
        votes = sum(1 for v in self.editor.doc.all("votes") if v.participant_id == person.id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove participant"),
            literal(
                self.tr(
                    "Remove {name} from this session?\n\nTheir cards ({cards}) stay on the canvas without an author; "
                    "their votes ({votes}) are removed. Undo brings everything back."
                ).format(name=person.name, cards=cards, votes=votes)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            row = self.row_of(person.id)
            self.editor.remove_participant(person.id)
            if self.table.rowCount():
                self.table.selectRow(min(row, self.table.rowCount() - 1))

    def set_selected_colour(self, colour: str) -> None:
        person = self._selected_person()
        if person is not None:
            self.editor.edit_participant(person.id, colour=colour.upper())
        self._selection_changed()  # a click on the colour already chosen leaves it checked

    def pick_other_colour(self) -> None:
        person = self._selected_person()
        if person is None:
            return
        colour = QColorDialog.getColor(
            QColor(person.colour), self, self.tr("Colour for {name}").format(name=person.name)
        )
        if colour.isValid():
            self.set_selected_colour(colour.name())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
