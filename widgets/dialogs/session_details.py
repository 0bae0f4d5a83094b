"""File > Session Details…: the open session's title, date, facilitator and
purpose question, editable after the session was made; its method is shown.

The dialog only asks; OK sends the changed fields through the editor as one
undoable change (Editor.change_session), so Ctrl+Z gives the old details back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import methods
from app.editor import Editor
from widgets.dialogs.date_field import DateField


class SessionDetailsDialog(QDialog):
    def __init__(self, editor: Editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        session = editor.doc.session
        self.setWindowTitle(self.tr("Session Details"))
        self.title_edit = QLineEdit(session.get("title", ""), self)
        self.title_edit.setAccessibleName(self.tr("Session title"))
        try:
            day = dt.date.fromisoformat(session.get("date") or "")
        except ValueError:
            day = dt.date.today()
        self.date_edit = DateField(self, day, self.tr("Session date"))
        self.facilitator_edit = QLineEdit(session.get("facilitator", ""), self)
        self.facilitator_edit.setAccessibleName(self.tr("Facilitator"))
        self.purpose_edit = QPlainTextEdit(session.get("purpose", ""), self)
        self.purpose_edit.setAccessibleName(self.tr("Purpose question"))
        self.purpose_edit.setTabChangesFocus(True)  # Tab moves on, as in the other fields
        self.purpose_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.method_label = QLabel(methods.method_name(session.get("method"), QLocale().name()), self)
        self.method_label.setAccessibleName(self.tr("Method"))
        self.problem = QLabel("", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(lambda _t: self._validate())
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Facilitator:"), self.facilitator_edit)
        form.addRow(self.tr("&Purpose question:"), self.purpose_edit)
        form.addRow(self.tr("Method:"), self.method_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._validate()

    def fields(self) -> dict[str, str]:
        return {
            "title": self.title_edit.text().strip(),
            "date": self.date_edit.date().toString("yyyy-MM-dd"),
            "facilitator": self.facilitator_edit.text().strip(),
            "purpose": self.purpose_edit.toPlainText().strip(),
        }

    def _validate(self) -> None:
        problem = "" if self.title_edit.text().strip() else self.tr("The session needs a title.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        # One undoable step for everything changed here; nothing changed pushes nothing.
        self.editor.change_session(self.tr("Edit session details"), **self.fields())
        super().accept()
