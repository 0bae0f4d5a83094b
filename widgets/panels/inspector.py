"""The inspector: the selected card's (or link's) details. Text fields commit when
the focus leaves them or on Ctrl+Enter, combos when they change; each commit is
one Editor call, so one undo step. Escape in a text field puts the stored value back."""

from __future__ import annotations

import re
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.vocabulary import CARD_KINDS, KNOWLEDGE_TYPES, LINK_KINDS
from widgets.access import reads_its_text
from widgets.panels.roster import swatch_icon
from widgets.vocabulary_text import kind_label
from widgets.vocabulary_text import word as vocabulary_word

HINT = QCoreApplication.translate(
    "inspector", "Select a card or a link on the canvas to see and edit its details here."
)
NOBODY = QCoreApplication.translate("inspector", "(nobody)")
NO_TYPE = "—"
_TAG_SPLIT = re.compile(r"[\s,]+")


def parse_tags(text: str) -> list[str]:
    """ "#intake, phone #Phone" -> ["intake", "phone"]: one of each, first spelling kept."""
    tags: list[str] = []
    for word in _TAG_SPLIT.split(text):
        word = word.strip().lstrip("#")
        if word and word.casefold() not in {t.casefold() for t in tags}:
            tags.append(word)
    return tags


def format_tags(tags: list[str]) -> str:
    return " ".join(f"#{t}" for t in tags)


class InspectorPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor: Editor | None = None
        self.card_id: str | None = None
        self.link_id: str | None = None
        self._loading = False
        self._shown: dict[str, Any] = {}  # text field -> the stored value last put in it
        self.pages = QStackedWidget(self)
        self.hint = QLabel(HINT, self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        reads_its_text(self.hint, self.tr("Inspector hint"))
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self._build_card_page())
        self.pages.addWidget(self._build_link_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)
        # field -> (table, widget, read the widget, fill the widget)
        self.text_fields = {
            "text": (
                "cards",
                self.text_edit,
                lambda: self.text_edit.toPlainText().strip(),
                self.text_edit.setPlainText,
            ),
            "why": ("cards", self.why_edit, lambda: self.why_edit.toPlainText().strip(), self.why_edit.setPlainText),
            "tags": (
                "cards",
                self.tags_edit,
                lambda: parse_tags(self.tags_edit.text()),
                lambda v: self.tags_edit.setText(format_tags(v)),
            ),
            "label": ("links", self.label_edit, lambda: self.label_edit.text().strip(), self.label_edit.setText),
        }
        for _table, widget, _read, _fill in self.text_fields.values():
            widget.installEventFilter(self)
        self.set_editor(None)

    # -- building ------------------------------------------------------------------

    def _build_card_page(self) -> QWidget:
        page = QWidget(self)
        form = self._form(page, self.tr("Card"))
        self.text_edit = self._text_edit(page, self.tr("Card text"), 5)
        self.why_edit = self._text_edit(page, self.tr("Why"), 3)
        self.why_edit.setPlaceholderText(self.tr("Why is this done? What would go wrong without it?"))
        self.kind_combo = self._combo(page, self.tr("Card kind"), [(kind_label(k), k) for k in CARD_KINDS])
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.knowledge_combo = self._combo(
            page, self.tr("Knowledge type"), [(NO_TYPE, None)] + [(vocabulary_word(k), k) for k in KNOWLEDGE_TYPES]
        )
        self.knowledge_combo.setToolTip(self.tr("ASHEN knowledge type, for resources"))
        self.knowledge_combo.currentIndexChanged.connect(
            lambda _i: self._commit_choice("knowledge_type", self.knowledge_combo)
        )
        self.tags_edit = QLineEdit(page)
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("#intake #phone"))
        self.tags_edit.returnPressed.connect(lambda: self.commit("tags"))
        self.author_combo = self._combo(page, self.tr("Author"), [])
        self.author_combo.currentIndexChanged.connect(
            lambda _i: self._commit_choice("participant_id", self.author_combo)
        )
        for text, widget in (
            (self.tr("&Text:"), self.text_edit),
            (self.tr("&Why:"), self.why_edit),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("Knowledge t&ype:"), self.knowledge_combo),
            (self.tr("Ta&gs:"), self.tags_edit),
            (self.tr("&Author:"), self.author_combo),
        ):
            form.addRow(text, widget)
        return page

    def _build_link_page(self) -> QWidget:
        page = QWidget(self)
        form = self._form(page, self.tr("Link"))
        self.ends_label = QLabel(page)
        self.ends_label.setWordWrap(True)
        reads_its_text(self.ends_label, self.tr("Linked cards"))
        self.link_kind_combo = self._combo(page, self.tr("Link kind"), [(vocabulary_word(k), k) for k in LINK_KINDS])
        self.link_kind_combo.currentIndexChanged.connect(
            lambda _i: self._commit_choice("kind", self.link_kind_combo, "links")
        )
        self.label_edit = QLineEdit(page)
        self.label_edit.setAccessibleName(self.tr("Link label"))
        self.label_edit.setPlaceholderText(self.tr("optional, e.g. “claim file”"))
        self.label_edit.returnPressed.connect(lambda: self.commit("label"))
        form.addRow(self.ends_label)
        form.addRow(self.tr("&Kind:"), self.link_kind_combo)
        form.addRow(self.tr("&Label:"), self.label_edit)
        return page

    def _form(self, page: QWidget, title: str) -> QFormLayout:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>", page)
        outer.addWidget(heading)
        outer.addSpacing(4)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch()
        return form

    def _text_edit(self, page: QWidget, name: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(page)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)  # Tab moves on, as in any form
        edit.setToolTip(self.tr("Saved when you leave the field, or press Ctrl+Enter"))
        # Sized to a few lines, so the form stays compact and the stretch takes the rest.
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _combo(self, page: QWidget, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(page)
        combo.setAccessibleName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    # -- what is shown ---------------------------------------------------------------

    def set_editor(self, editor: Editor | None) -> None:
        if self.editor is not None and shiboken6.isValid(self.editor):
            self.commit_all()  # a session closing while someone types keeps the words
            for signal, slot in self._connections(self.editor):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # already gone with the document
                    pass
        self.editor = editor
        self.card_id = self.link_id = None
        if editor is not None:
            for signal, slot in self._connections(editor):
                signal.connect(slot)
        self._show()

    def _connections(self, editor: Editor):
        doc = editor.doc
        return [(doc.added, self._on_added), (doc.changed, self._on_changed), (doc.removed, self._on_removed)]

    def show_card(self, card_id: str | None) -> None:
        if card_id != self.card_id or self.link_id is not None:
            self.commit_all()  # never lose what was typed for the previous record
            self.card_id, self.link_id = card_id, None
            self._show()

    def show_link(self, link_id: str | None) -> None:
        if link_id != self.link_id or self.card_id is not None:
            self.commit_all()
            self.card_id, self.link_id = None, link_id
            self._show()

    def record(self):
        if self.editor is None:
            return None
        if self.card_id is not None:
            return self.editor.doc.get("cards", self.card_id)
        if self.link_id is not None:
            return self.editor.doc.get("links", self.link_id)
        return None

    def _show(self) -> None:
        record = self.record()
        if record is None:
            self.card_id = self.link_id = None
            self._shown.clear()
            self.pages.setCurrentWidget(self.hint)
            return
        table = "cards" if self.card_id else "links"
        self.pages.setCurrentIndex(1 if table == "cards" else 2)
        self._fill(record, table, force=True)

    def _fill(self, record, table: str, force: bool = False) -> None:
        self._loading = True
        try:
            for field, (field_table, widget, read, fill) in self.text_fields.items():
                if field_table != table:
                    continue
                stored = list(getattr(record, field)) if field == "tags" else getattr(record, field)
                typing = widget.hasFocus() and read() != self._shown.get(field)
                if force or (read() != stored and not typing):
                    fill(stored)  # a field with unsaved typing keeps it; the person's words win
                self._shown[field] = stored
            if table == "cards":
                self._fill_authors()
                self._select(self.kind_combo, record.kind)
                self._select(self.knowledge_combo, record.knowledge_type)
                self.knowledge_combo.setEnabled(record.kind == "resource")
                self._select(self.author_combo, record.participant_id)
            else:
                self._select(self.link_kind_combo, record.kind)
                self.ends_label.setText(self._ends(record))
        finally:
            self._loading = False

    def _fill_authors(self) -> None:
        combo = self.author_combo
        combo.clear()
        combo.addItem(NOBODY, None)
        for person in self.editor.doc.all("participants"):
            role = f" — {person.role}" if person.role else ""
            combo.addItem(swatch_icon(person.colour, 16), person.name + role, person.id)

    def _ends(self, link) -> str:
        def text(card_id):
            card = self.editor.doc.get("cards", card_id)
            words = card.text if card else "?"
            return words if len(words) <= 40 else words[:39] + "…"

        return f"“{text(link.source_id)}” → “{text(link.target_id)}”"

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(index if index >= 0 else 0)

    # -- following the document ------------------------------------------------------

    def _on_changed(self, table: str, record, fields) -> None:
        shown = self.record()
        if shown is None:
            return
        if self._is_shown(table, record):
            self._fill(record, table)
        elif (table == "participants" and self.card_id) or (table == "cards" and self.link_id):
            self._fill(shown, "cards" if self.card_id else "links")  # author names, link ends

    def _is_shown(self, table: str, record) -> bool:
        return record.id == {"cards": self.card_id, "links": self.link_id}.get(table)

    def _on_added(self, table: str, record) -> None:
        if table == "participants" and self.card_id and self.record() is not None:
            self._fill(self.record(), "cards")

    def _on_removed(self, table: str, record) -> None:
        if self._is_shown(table, record):
            self.card_id = self.link_id = None
            self._show()
        elif table == "participants" and self.card_id and self.record() is not None:
            self._fill(self.record(), "cards")

    # -- committing --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = next((f for f, (_t, w, _r, _f) in self.text_fields.items() if w is watched), None)
        if field is not None:
            if event.type() == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
                self.commit(field)
            elif event.type() == QEvent.Type.KeyPress:
                key, mods = event.key(), event.modifiers()
                ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
                    self.commit(field)
                    return True
                if key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
                    self.revert(field)
                    return True
        return super().eventFilter(watched, event)

    def commit(self, field: str) -> bool:
        """One Editor call for one field, and none if nothing changed."""
        table, _widget, read, _fill = self.text_fields[field]
        record = self.record()
        if self._loading or record is None or (table == "cards") != bool(self.card_id):
            return False
        value = read()
        changed = False
        if value != getattr(record, field):
            edit = self.editor.edit_card if table == "cards" else self.editor.edit_link
            changed = edit(record.id, **{field: value})
        record = self.record()
        if field == "tags" and record is not None and value == record.tags:
            self.tags_edit.setText(format_tags(record.tags))  # "a, #b" reads back as "#a #b"
        return changed

    def commit_all(self) -> None:
        for field in self.text_fields:
            self.commit(field)

    def revert(self, field: str) -> None:
        table, _widget, _read, fill = self.text_fields[field]
        record = self.record()
        if record is not None and (table == "cards") == bool(self.card_id):
            fill(list(record.tags) if field == "tags" else getattr(record, field))

    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        record = self.record()
        if self._loading or record is None or not self.card_id or kind == record.kind:
            return
        fields: dict[str, Any] = {"kind": kind}
        if kind != "resource" and record.knowledge_type:
            fields["knowledge_type"] = None  # ASHEN types describe resources only; undo restores it
        if not self.editor.edit_card(record.id, **fields):
            self._fill(self.record(), "cards")  # a refused edit: show what is stored

    def _commit_choice(self, field: str, combo: QComboBox, table: str = "cards") -> None:
        record = self.record()
        if self._loading or record is None or (table == "cards") != bool(self.card_id):
            return
        value = combo.currentData()
        if value == getattr(record, field):
            return
        edit = self.editor.edit_card if table == "cards" else self.editor.edit_link
        if not edit(record.id, **{field: value}):
            self._fill(self.record(), table)  # a refused edit: show what is stored
