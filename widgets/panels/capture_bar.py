"""Quick capture: Ctrl+L from anywhere, type, Enter, and the card is on the
canvas and saved. ``@name`` picks the participant, ``#tag`` tags, a leading
``why:`` / ``uses:`` / ``pain:`` ... picks the kind. Escape returns to the canvas."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QWidget

from app import capture as grammar
from app.editor import Editor
from storage import tags as tag_store
from widgets.access import reads_its_text

_WORD = re.compile(r"[@#][^\s@#]*$")


class CaptureLine(QLineEdit):
    """A line edit that completes the @name or #tag under the cursor."""

    escaped = Signal()
    lines_pasted = Signal(list)  # several lines of text pasted at once

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self)
        self.completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._update_completion)
        self.names: list[str] = []
        self.tags: list[str] = []

    def _current_word(self) -> str:
        match = _WORD.search(self.text()[: self.cursorPosition()])
        return match.group(0) if match else ""

    def _update_completion(self, _text: str) -> None:
        word = self._current_word()
        if len(word) < 1:
            self.completer.popup().hide()
            return
        if word.startswith("@"):
            options = ["@" + n.replace(" ", "") for n in self.names]
        else:
            options = ["#" + t for t in self.tags]
        self.completer_model.setStringList(options)
        self.completer.setCompletionPrefix(word)
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _insert_completion(self, completion: str) -> None:
        word = self._current_word()
        before = self.text()[: self.cursorPosition() - len(word)]
        after = self.text()[self.cursorPosition():]
        self.setText(before + completion + " " + after.lstrip())
        self.setCursorPosition(len(before + completion) + 1)

    def keyPressEvent(self, event) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = popup.currentIndex()
            if not index.isValid() and event.key() == Qt.Key.Key_Tab:
                index = self.completer.completionModel().index(0, 0)
            if index.isValid():
                self._insert_completion(index.data())
                popup.hide()
                event.accept()
                return
            popup.hide()
        if event.key() == Qt.Key.Key_Escape:
            popup.hide()
            self.escaped.emit()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            lines = grammar.lines_of(QGuiApplication.clipboard().text())
            if len(lines) > 1:  # a line edit would run them together into one huge card
                self.lines_pasted.emit(lines)
                event.accept()
                return
        super().keyPressEvent(event)


def one_card_per_line(parent: QWidget, lines: list[str]) -> bool:
    """Ask once before making a card of every pasted line."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("CaptureBar", "Paste several lines"),
        QCoreApplication.translate("CaptureBar", "Make {0} cards, one per line?").format(len(lines)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class CaptureBar(QWidget):
    """The capture line plus who the next card belongs to."""

    captured = Signal(str)  # card id
    leave = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor: Editor | None = None
        self.canvas_id: str | None = None
        self.who = QLabel("")
        reads_its_text(self.who, self.tr("Current participant"))
        self.who.setMinimumWidth(140)
        self.line = CaptureLine(self)
        self.line.setPlaceholderText(self.tr("Ctrl+L  Type a card and press Enter:  @Ana review the claim #intake"))
        self.line.setAccessibleName(self.tr("Quick capture"))
        font = self.line.font()
        font.setPointSize(font.pointSize() + 3)
        self.line.setFont(font)
        self.line.setMinimumHeight(36)
        self.line.returnPressed.connect(self.submit)
        self.line.escaped.connect(self.leave)
        self.line.lines_pasted.connect(self.paste_lines)
        # Why a line made no card, or that @Name changed whose cards come next: said here,
        # beside the owner, where the facilitator is looking.
        self.note = QLabel("", self)
        self.note.setAccessibleName(self.tr("Capture note"))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet("color: #9A6700; font-weight: bold")
        self.note.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.who)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.note)
        self.setEnabled(False)

    def set_editor(self, editor: Editor | None) -> None:
        self.say("")  # a note about another session's capture would mislead
        if self.editor is not None:
            self.editor.current_participant_changed.disconnect(self._owner_changed)
            self.editor.doc.changed.disconnect(self._doc_changed)
            self.editor.doc.added.disconnect(self._doc_changed)
        self.editor = editor
        self.setEnabled(editor is not None)
        if editor is not None:
            editor.current_participant_changed.connect(self._owner_changed)
            editor.doc.changed.connect(self._doc_changed)
            editor.doc.added.connect(self._doc_changed)
            self._refresh_completions()
        self._show_who()

    def set_canvas(self, canvas_id: str | None) -> None:
        self.canvas_id = canvas_id
        self.setEnabled(self.editor is not None and canvas_id is not None)

    def _doc_changed(self, table: str, *_args) -> None:
        if table in ("participants", "cards"):
            self._refresh_completions()
            self._show_who()

    def _refresh_completions(self) -> None:
        self.line.names = [p.name for p in self.editor.doc.all("participants")]
        self.line.tags = tag_store.names(self.editor.doc.db)

    def _owner_changed(self, *_args) -> None:
        self.say("")  # chosen elsewhere (the roster): an older "now X's" no longer holds
        self._show_who()

    def _show_who(self, *_args) -> None:
        person = self.editor.current_participant() if self.editor else None
        if person is None:
            self.who.setText(self.tr("<i>no participant</i>"))
            return
        role = f" · {person.role}" if person.role else ""
        self.who.setText(f"<span style='color:{person.colour}; font-size:18pt'>●</span> "
                         f"<b>{_escape(person.name)}</b>{_escape(role)}")

    def focus(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    def submit(self) -> None:
        if self.editor is None or self.canvas_id is None:
            return
        text = self.line.text()
        if not text.strip():
            return
        parsed = grammar.parse(text)
        if not parsed.text:
            self.say(grammar.why_empty(parsed, text))
            return
        self.say("")
        owner = self.editor.current_participant_id
        card = self.editor.capture(text, self.canvas_id)
        if card is not None:
            self.line.clear()  # only once saved: a refused line stays for correction
            self.captured.emit(card.id)
            self._say_owner(owner)

    def paste_lines(self, lines: list[str]) -> list[str]:
        """Several pasted lines: one card each after one question, else one line as before."""
        if self.editor is None or self.canvas_id is None:
            return []
        if not one_card_per_line(self, lines):
            self.line.insert(" ".join(lines))
            return []
        owner = self.editor.current_participant_id
        cards = self.editor.capture_lines(lines, self.canvas_id)
        self.say(self.tr("Made 1 card") if len(cards) == 1 else self.tr("Made %n cards", "", len(cards)))
        if cards:
            self.captured.emit(cards[-1].id)
        self._say_owner(owner)
        return [c.id for c in cards]

    def _say_owner(self, before: str | None) -> None:
        person = self.editor.current_participant()
        if person is not None and person.id != before:  # @Name changed whose cards come next
            self.say(self.tr("New cards are now {0}’s").format(person.name))

    def say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setToolTip(text)
        self.note.setVisible(bool(text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
