"""Continue a session: the next workshop of the series starts from this one.

The person chooses which canvases to carry forward (their cards keep their
lineage, so the comparison recognises them), the new title and the date. The
dialog only asks; the window runs Library.continue_session, which can be undone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from widgets.dialogs.date_field import DateField

CANVAS_ID = Qt.ItemDataRole.UserRole


class ContinueSessionDialog(QDialog):
    def __init__(self, session: dict, canvases: list[tuple[str, str, int]], today: dt.date | None = None,
                 parent: QWidget | None = None):
        """``canvases``: (id, name, cards) of the session's canvases, in their order."""
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Continue Session"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Start the next session of the series from <b>{0}</b> ({1}). Participants come along; carried cards "
                "keep their identity so the sessions can be compared. Votes and reflections stay with the earlier "
                "session; the agenda starts with a review of its open actions."
            ).format(_escape(session["title"]), session["date"]),
            self,
        )
        intro.setWordWrap(True)
        self.canvas_list = QListWidget(self)
        self.canvas_list.setAccessibleName(self.tr("Canvases to carry forward"))
        for canvas_id, name, count in canvases:
            item = QListWidgetItem(
                (self.tr("{name}  (1 card)") if count == 1 else self.tr("{name}  (%n cards)", "", count)).format(
                    name=name)
            )
            item.setData(CANVAS_ID, canvas_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.canvas_list.addItem(item)
        self.canvas_list.setMaximumHeight(24 * max(3, min(self.canvas_list.count(), 8)) + 8)
        self.canvas_list.itemChanged.connect(lambda _item: self._validate())
        self.title_edit = QLineEdit(_next_title(session["title"]), self)
        self.title_edit.setAccessibleName(self.tr("Title of the new session"))
        self.title_edit.textChanged.connect(lambda _t: self._validate())
        # `today` is the day offered: the caller passes the series' next usual date.
        self.date_edit = DateField(self, today or dt.date.today(), self.tr("Date of the new session"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Continue Session"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel("", self)
        self.problem.setStyleSheet("color: #B00020")
        form = QFormLayout()
        form.addRow(self.tr("Carry forward:"), self.canvas_list)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Date:"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._validate()

    def chosen_canvases(self) -> list[str]:
        items = (self.canvas_list.item(i) for i in range(self.canvas_list.count()))
        return [item.data(CANVAS_ID) for item in items if item.checkState() == Qt.CheckState.Checked]

    def title(self) -> str:
        return self.title_edit.text().strip()

    def date(self) -> str:
        return self.date_edit.date().toString("yyyy-MM-dd")

    def _validate(self) -> None:
        problem = ""
        if not self.chosen_canvases():
            problem = self.tr("Choose at least one canvas to carry forward.")
        elif not self.title():
            problem = self.tr("The new session needs a title.")
        self.problem.setText(problem)
        self.ok_button.setEnabled(not problem)


def _next_title(title: str) -> str:
    return QCoreApplication.translate("continue_session", "{title} (continued)").format(title=title)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
