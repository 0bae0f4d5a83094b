"""File > New Session…: series, method, date, facilitator, purpose question and
participants, created in one undoable step (see app/session_setup.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import methods, session_setup
from app.library import Library
from app.session_setup import NewParticipant, SessionSetup
from widgets.locale_text import date_format

COLOUR = Qt.ItemDataRole.UserRole  # a copied participant keeps their colour
COLUMNS = [
    QCoreApplication.translate("new_session", "Name"),
    QCoreApplication.translate("new_session", "Role"),
    QCoreApplication.translate("new_session", "Team"),
]


def language_name(code: str) -> str:
    """A language named in itself ("Deutsch"); plain "English" rather than Qt's "American English"."""
    if code == "en":
        return "English"
    return QLocale(code).nativeLanguageName().capitalize() or code


class NewSessionDialog(QDialog):
    created = Signal(str)  # the new session's id

    def __init__(self, library: Library, parent: QWidget | None = None, series_id: str | None = None):
        super().__init__(parent)
        self.library = library
        self.session_id: str | None = None
        self._title_edited = False
        self.setWindowTitle(self.tr("New Session"))
        self.setMinimumWidth(620)
        found, problems = methods.find_methods()
        # Listed and described in the window's language where a method has it.
        self.methods = [m.in_language(QLocale().name()) for m in found]
        self._build()
        self._fill_series(series_id)
        self._method_changed()
        self._series_changed()
        if problems:
            self.problems.setText(
                self.tr("Not offered, because the file is broken:\n") + "\n".join(p.said() for p in problems)
            )
            self.problems.show()

    # -- layout -------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.series = QComboBox(self)
        self.series.setEditable(True)
        self.series.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.series.lineEdit().setPlaceholderText(self.tr("No series, or type a new series name"))
        self.method = QComboBox(self)
        for method in self.methods:
            self.method.addItem(method.name + (self.tr(" (yours)") if method.user else ""), method.id)
        self.language = QComboBox(self)
        self.language.setToolTip(self.tr("The language of the method's prompts, step titles and canvas names"))
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("Method description"))
        self.description.setStyleSheet("color: palette(placeholder-text)")
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.title = QLineEdit(self)
        self.facilitator = QLineEdit(self)
        self.purpose = QPlainTextEdit(self)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setPlaceholderText(
            self.tr("The question the room works on, e.g. “Where do our claims get stuck?”")
        )
        self.purpose.setFixedHeight(self.purpose.fontMetrics().lineSpacing() * 3 + 14)
        rows = [
            (self.tr("&Series:"), self.series),
            (self.tr("&Method:"), self.method),
            ("", self.description),
            (self.tr("&Language:"), self.language),
            (self.tr("&Date:"), self.date),
            (self.tr("&Title:"), self.title),
            (self.tr("&Facilitator:"), self.facilitator),
            (self.tr("&Purpose question:"), self.purpose),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
            if label:
                widget.setAccessibleName(label.replace("&", "").rstrip(":"))

        self.people = QTableWidget(0, len(COLUMNS), self)
        self.people.setHorizontalHeaderLabels(COLUMNS)
        self.people.setAccessibleName(self.tr("Participants"))
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.verticalHeader().hide()
        self.people.setMinimumHeight(170)
        self.add_button = QPushButton(self.tr("&Add Participant"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.copy_button = QPushButton(self.tr("&Copy Participants from Previous Session"), self)
        people_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            people_buttons.addWidget(button)
        people_buttons.addStretch()
        people_buttons.addWidget(self.copy_button)

        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #B00020")
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create Session"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Participants</b>"), self))
        layout.addWidget(self.people, 1)
        layout.addLayout(people_buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.series.currentTextChanged.connect(lambda _text: self._series_changed())
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.language.currentIndexChanged.connect(lambda _i: self._describe())
        self.date.dateChanged.connect(lambda _d: self._suggest_title())
        self.title.textEdited.connect(self._title_typed)
        self.add_button.clicked.connect(lambda: self.add_participant(edit=True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.copy_button.clicked.connect(self.copy_previous)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _fill_series(self, series_id: str | None) -> None:
        self.series.addItem("", None)
        for row in self.library.all_series():
            self.series.addItem(row["name"], row["id"])
        index = self.series.findData(series_id) if series_id else -1
        self.series.setCurrentIndex(max(index, 0))

    # -- reacting ------------------------------------------------------------------

    def series_id(self) -> str | None:
        """The chosen existing series, matched by name as typed (case does not matter)."""
        text = self.series.currentText().strip().casefold()
        for i in range(1, self.series.count()):
            if self.series.itemText(i).strip().casefold() == text:
                return self.series.itemData(i)
        return None

    def _series_changed(self) -> None:
        previous = session_setup.previous_session(self.library.db, self.series_id())
        self.copy_button.setEnabled(previous is not None)
        self.copy_button.setToolTip(
            self.tr("Copy the people of “{0}” ({1})").format(previous["title"], previous["date"])
            if previous
            else self.tr("The chosen series has no earlier session")
        )

    def method_id(self) -> str:
        return self.method.currentData() or methods.FREE

    def _method_changed(self) -> None:
        method = next((m for m in self.methods if m.id == self.method_id()), None)
        if method is not None:
            self._fill_languages(method)
        self._describe()
        self._suggest_title()

    def _fill_languages(self, method: methods.Method) -> None:
        """The method's languages, each named in itself; the window's language first choice."""
        self.language.blockSignals(True)
        self.language.clear()
        for code in method.languages:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(self.language.findData(method.shown_language))
        self.language.setEnabled(self.language.count() > 1)
        self.language.blockSignals(False)

    def _describe(self) -> None:
        """The chosen method's description and agenda, in the chosen language."""
        method = next((m for m in self.methods if m.id == self.method_id()), None)
        if method is None:
            return
        method = method.in_language(self.language.currentData())
        steps = len(method.agenda)
        minutes = sum(s["duration_s"] for s in method.agenda) // 60
        agenda = (
            self.tr(" Agenda: {steps} steps, about {minutes} minutes.").format(steps=steps, minutes=minutes)
            if steps
            else ""
        )
        self.description.setText(method.description + agenda)

    def _title_typed(self, text: str) -> None:
        self._title_edited = bool(text.strip())
        self._update_ok()

    def _suggest_title(self) -> None:
        if not self._title_edited:
            name = self.method.currentText().removesuffix(self.tr(" (yours)")) or self.tr("Session")
            self.title.setText(f"{name}, {self.date.date().toString('yyyy-MM-dd')}")
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.title.text().strip()))

    # -- participants -----------------------------------------------------------------

    def add_participant(
        self, name: str = "", role: str = "", team: str = "", colour: str | None = None, edit: bool = False
    ) -> int:
        row = self.people.rowCount()
        self.people.insertRow(row)
        for column, text in enumerate((name, role, team)):
            self.people.setItem(row, column, QTableWidgetItem(text))
        self.people.item(row, 0).setData(COLOUR, colour)
        if edit:
            self.people.setCurrentCell(row, 0)
            self.people.setFocus()
            self.people.editItem(self.people.item(row, 0))
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.people.selectedIndexes()}, reverse=True):
            self.people.removeRow(row)

    def copy_previous(self) -> None:
        """Add the previous session's people (keeping their colours); people already listed stay once."""
        listed = {p.name.casefold() for p in self.participants()}
        for person in session_setup.previous_participants(self.library.db, self.series_id()):
            if person.name.casefold() not in listed:
                self.add_participant(person.name, person.role, person.team, person.colour)

    def participants(self) -> list[NewParticipant]:
        found = []
        for row in range(self.people.rowCount()):
            cells = [self.people.item(row, c) for c in range(len(COLUMNS))]
            name, role, team = ((c.text().strip() if c else "") for c in cells)
            if name:
                found.append(NewParticipant(name, role, team, cells[0].data(COLOUR) if cells[0] else None))
        return found

    # -- creating -----------------------------------------------------------------------

    def setup(self) -> SessionSetup:
        series_id = self.series_id()
        return SessionSetup(
            title=self.title.text().strip(),
            method_id=self.method_id(),
            series_id=series_id,
            new_series="" if series_id else self.series.currentText().strip(),
            date=self.date.date().toString("yyyy-MM-dd"),
            facilitator=self.facilitator.text(),
            purpose=self.purpose.toPlainText(),
            participants=self.participants(),
            language=self.language.currentData(),
        )

    def accept(self) -> None:
        try:
            session_id = session_setup.create_session(self.library, self.setup())
        except methods.MethodError as exc:
            QMessageBox.warning(
                self, self.tr("New Session"), self.tr("The method cannot be used: {exc}").format(exc=exc.said())
            )
            return
        if session_id is None:
            return  # the library has said why; the dialog stays open with everything typed
        self.session_id = session_id
        self.created.emit(session_id)
        super().accept()
