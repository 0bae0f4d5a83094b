"""The agenda dock: the steps (title, duration, status), the current step's
prompt in large type, a big countdown and the buttons that run the timer, and
the reveal of a silent round. Every change goes through app.agenda.Agenda."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.agenda import Agenda, mm_ss
from app.model import AgendaStep
from widgets.access import reads_its_text
from widgets.markup import literal
from widgets.panels.tables import read_only_table

ID = Qt.ItemDataRole.UserRole
# The words below are marked for lupdate here and translated when shown (status_label,
# AgendaPanel.__init__), so importing this module before the translator is installed
# leaves nothing in English.
STATUS_LABELS = {
    "pending": "",
    "running": QT_TRANSLATE_NOOP("agenda", "▶ Running"),
    "paused": QT_TRANSLATE_NOOP("agenda", "❚❚ Paused"),
    "done": QT_TRANSLATE_NOOP("agenda", "✓ Done"),
    "skipped": QT_TRANSLATE_NOOP("agenda", "Skipped"),
}
OVER = "#B00020"
SHORT_BELOW = 560  # a dock shorter than this (the one column at 1024 × 700) gets the small countdown
ROWS_SHOWN = 5  # the steps a facilitator sees at once, however short the dock


def status_label(status: str) -> str:
    """A step's status as the agenda shows it, in the window's language ("" while pending)."""
    label = STATUS_LABELS.get(status, status)
    return QCoreApplication.translate("agenda", label) if label else ""


class AgendaPanel(QWidget):
    # Button name -> (label, accessible name), in English; the window's actions carry the
    # shortcuts. Translated in _build_now, when the panel is built.
    BUTTONS = {
        "toggle": (QT_TRANSLATE_NOOP("AgendaPanel", "Start"),
                   QT_TRANSLATE_NOOP("AgendaPanel", "Start or pause the step")),
        "plus1": (QT_TRANSLATE_NOOP("AgendaPanel", "+1 min"), QT_TRANSLATE_NOOP("AgendaPanel", "Add one minute")),
        "plus5": (QT_TRANSLATE_NOOP("AgendaPanel", "+5 min"), QT_TRANSLATE_NOOP("AgendaPanel", "Add five minutes")),
        "skip": (QT_TRANSLATE_NOOP("AgendaPanel", "Skip"), QT_TRANSLATE_NOOP("AgendaPanel", "Skip the step")),
        "next": (QT_TRANSLATE_NOOP("AgendaPanel", "Next"),
                 QT_TRANSLATE_NOOP("AgendaPanel", "Finish the step and start the next")),
    }
    step_activated = Signal(str)  # a step double-clicked in the list

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.agenda: Agenda | None = None
        self._title = ""  # the current step's whole title; the label may show it elided
        self._compact = False
        self._build_now()
        self._build_list()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.now_box)
        layout.addWidget(QLabel(self.tr("<b>Steps</b>"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(self.list_buttons)
        self.set_agenda(None)

    # -- building --------------------------------------------------------------------

    def _build_now(self) -> None:
        self.now_box = QWidget(self)
        box = QVBoxLayout(self.now_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.title_label = QLabel(self.now_box)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # typed text, never markup
        reads_its_text(self.title_label, self.tr("Current step"))
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: 600")
        # A long title elides (whole on hover) instead of widening the one 300 px column.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.prompt_label = QLabel(self.now_box)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        reads_its_text(self.prompt_label, self.tr("Prompt"))
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setStyleSheet("font-size: 14pt")
        self.countdown = QLabel("--:--", self.now_box)
        reads_its_text(self.countdown, self.tr("Time left"))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label = QLabel(self.now_box)
        reads_its_text(self.status_label, self.tr("Step status"))
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.title_label, self.prompt_label, self.countdown, self.status_label):
            box.addWidget(widget)
        grid = QGridLayout()
        grid.setSpacing(4)  # tight enough that five steps and their buttons fit a 700 px window
        self.buttons: dict[str, QPushButton] = {}
        for i, (name, (english, described)) in enumerate(self.BUTTONS.items()):
            text, accessible = self.tr(english), self.tr(described)
            button = QPushButton(text, self.now_box)
            button.setAccessibleName(accessible)
            button.setToolTip(accessible)
            button.setMinimumHeight(30)
            self.buttons[name] = button
            grid.addWidget(button, 0 if i < 3 else 1, i if i < 3 else i - 3)
        box.addLayout(grid)
        self.face_down_label = QLabel(self.now_box)
        self.face_down_label.setTextFormat(Qt.TextFormat.PlainText)  # it names participants
        reads_its_text(self.face_down_label, self.tr("Face-down cards"))
        self.face_down_label.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Reveal Silent Cards"), self.now_box)
        self.reveal_button.setAccessibleName(self.tr("Reveal the face-down cards"))
        box.addWidget(self.face_down_label)
        box.addWidget(self.reveal_button)
        self._paint_countdown(False, False)

    def _build_list(self) -> None:
        self.table = read_only_table(
            self, [self.tr("Step"), self.tr("Time"), self.tr("Status")], self.tr("Agenda steps"), stretch=0
        )
        # One line a step, the title elided (whole in its tooltip): five steps fit a short dock.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = self.table.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() + ROWS_SHOWN * row + 2 * self.table.frameWidth() + 2
        )
        self.table.itemDoubleClicked.connect(lambda item: self.step_activated.emit(item.data(ID)))
        self.list_buttons = QHBoxLayout()
        self.list_actions: dict[str, QPushButton] = {}
        for name, text, accessible, slot in (
            ("add", self.tr("Add…"), self.tr("Add an agenda step"), self.add_step),
            ("edit", self.tr("Edit…"), self.tr("Edit the selected step"), self.edit_selected),
            ("remove", self.tr("Remove"), self.tr("Remove the selected step"), self.remove_selected),
            ("up", "↑", self.tr("Move the step up"), lambda: self.move_selected(-1)),
            ("down", "↓", self.tr("Move the step down"), lambda: self.move_selected(1)),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(accessible)
            button.setToolTip(accessible)
            button.clicked.connect(lambda _c=False, s=slot: s())
            # Narrow enough for a side panel beside the canvas on a 1280-pixel screen.
            # Never narrower than its (translated) text.
            button.setMinimumWidth(max({"up": 32, "down": 32, "remove": 64}.get(name, 52),
                                       button.fontMetrics().horizontalAdvance(text.replace("&", "")) + 12))
            if name in ("up", "down"):
                button.setMaximumWidth(40)
            self.list_actions[name] = button
            self.list_buttons.addWidget(button)

    # -- following the agenda ------------------------------------------------------------

    def set_agenda(self, agenda: Agenda | None) -> None:
        if self.agenda is not None:
            for signal, slot in ((self.agenda.changed, self.rebuild), (self.agenda.face_down_changed, self.refresh)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.agenda = agenda
        for widget in (*self.buttons.values(), *self.list_actions.values(), self.reveal_button):
            widget.setEnabled(agenda is not None)
        if agenda is not None:
            agenda.changed.connect(self.rebuild)
            agenda.face_down_changed.connect(self.refresh)
        self.rebuild()

    def rebuild(self) -> None:
        selected = self.selected_step_id()
        steps = self.agenda.steps() if self.agenda is not None else []
        self.table.setRowCount(len(steps))
        current = self.agenda.current() if self.agenda is not None else None
        for row, step in enumerate(steps):
            flags = (self.tr(" · silent") if step.silent else "") + (self.tr(" · voting") if step.voting else "")
            cells = (step.title + flags, mm_ss(step.duration_s), status_label(step.status))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID, step.id)
                font = item.font()
                font.setBold(current is not None and step.id == current.id)
                item.setFont(font)
                self.table.setItem(row, col, item)
            self.table.item(row, 0).setToolTip(literal("\n".join(filter(None, (step.title, step.prompt)))))
            if step.id == selected:
                self.table.selectRow(row)
        self.refresh()

    def refresh(self) -> None:
        """Redraw the live parts (called by the window's timer several times a second)."""
        agenda = self.agenda
        if agenda is None:
            self._set_title(self.tr("No session open"))
            self.prompt_label.setText("")
            self.countdown.setText("--:--")
            self.status_label.setText("")
            self.prompt_label.hide()
            self.face_down_label.hide()
            self.reveal_button.hide()
            return
        shown = agenda.display()
        step = agenda.current()
        if step is None:
            self._set_title(self.tr("Agenda complete") if agenda.steps() else self.tr("No agenda steps yet"))
            self.prompt_label.setText("" if agenda.steps() else self.tr("Add steps with “Add…” below."))
            self.countdown.setText("--:--")
            self.status_label.setText("")
        else:
            self._set_title(
                step.title
                + (self.tr("  · silent") if step.silent else "")
                + (self.tr("  · voting") if step.voting else "")
            )
            self.prompt_label.setText(step.prompt)
            self.countdown.setText(shown.clock)
            self.status_label.setText(shown.note or status_label(step.status) or self.tr("Ready to start"))
        self._paint_countdown(shown.over, shown.flash)
        self.prompt_label.setVisible(bool(self.prompt_label.text()))  # no blank band above the clock
        running = step is not None and step.status == "running"
        toggle = self.buttons["toggle"]
        toggle.setText(
            self.tr("Pause")
            if running
            else self.tr("Resume")
            if step is not None and step.status == "paused"
            else self.tr("Start")
        )
        # Its name says what a press will do, not one name for both.
        toggle.setAccessibleName(self.tr("%1 the step").replace("%1", toggle.text()))
        for name in ("toggle", "plus1", "plus5", "skip", "next"):
            self.buttons[name].setEnabled(step is not None)
        self.face_down_label.setText(shown.face_down)
        self.face_down_label.setVisible(bool(shown.face_down))
        self.reveal_button.setVisible(bool(shown.face_down))

    def _set_title(self, text: str) -> None:
        if text != self._title:
            self._title = text
            self.title_label.setToolTip(text)
            self._elide_title()

    def _elide_title(self) -> None:
        width = max(40, self.title_label.width())
        self.title_label.setText(
            self.title_label.fontMetrics().elidedText(self._title, Qt.TextElideMode.ElideRight, width)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide_title()
        # In a scroll area the panel is never shorter than its content: the room is the area's.
        room = self.parentWidget().height() if self.parentWidget() is not None else self.height()
        compact = room < SHORT_BELOW
        if compact != self._compact:
            self._compact = compact
            self._paint_countdown(OVER in self.countdown.styleSheet(), "#FDE7EA" in self.countdown.styleSheet())

    def _paint_countdown(self, over: bool, flash: bool) -> None:
        colour = OVER if over else "#1F2328"
        background = "#FDE7EA" if over and flash else "transparent"
        size = 22 if self._compact else 36  # the clock gives up height to the steps in a short dock
        style = f"font-size: {size}pt; font-weight: bold; color: {colour}; background: {background}; border-radius: 6px"
        if self.countdown.styleSheet() != style:
            self.countdown.setStyleSheet(style)
        self.status_label.setStyleSheet(f"color: {OVER}; font-weight: bold" if over else "")

    def is_showing_time_up(self) -> bool:
        return OVER in self.countdown.styleSheet() and self.status_label.text().startswith("Time's up")

    # -- editing the steps -----------------------------------------------------------------

    def selected_step_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID) if items else None

    def add_step(self) -> StepDialog | None:
        """Opens the step dialog (not modal-blocking); OK adds the step."""
        if self.agenda is None:
            return None
        dialog = StepDialog(self.agenda, None, self)
        dialog.accepted.connect(lambda: self.agenda.add_step(**dialog.values()))
        dialog.open()
        return dialog

    def edit_selected(self) -> StepDialog | None:
        step_id = self.selected_step_id()
        if self.agenda is None or step_id is None:
            return None
        dialog = StepDialog(self.agenda, self.agenda.step(step_id), self)
        dialog.accepted.connect(lambda: self.agenda.edit_step(step_id, **dialog.values()))
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        step_id = self.selected_step_id()
        if self.agenda is not None and step_id is not None:
            self.agenda.remove_step(step_id)

    def move_selected(self, delta: int) -> None:
        step_id = self.selected_step_id()
        if self.agenda is None or step_id is None:
            return
        index = [s.id for s in self.agenda.steps()].index(step_id)
        self.agenda.move_step(step_id, index + delta)

    def select_step(self, step_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID) == step_id:
                self.table.selectRow(row)


class StepDialog(QDialog):
    """Title, prompt, duration, canvas, silent and voting of one step."""

    def __init__(self, agenda: Agenda, step: AgendaStep | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit agenda step") if step else self.tr("Add agenda step"))
        self.title = QLineEdit(step.title if step else self.tr("Step {0}").format(len(agenda.steps()) + 1), self)
        self.title.setAccessibleName(self.tr("Step title"))
        self.prompt = QPlainTextEdit(step.prompt if step else "", self)
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.prompt.setTabChangesFocus(True)
        self.prompt.setFixedHeight(80)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self.minutes.setValue((step.duration_s if step else 600) // 60)
        self.canvas = QComboBox(self)
        self.canvas.setAccessibleName(self.tr("Canvas"))
        self.canvas.addItem(self.tr("(stay on the current canvas)"), None)
        for canvas in agenda.doc.all("canvases"):
            self.canvas.addItem(canvas.name, canvas.id)
        if step and step.canvas_id:
            self.canvas.setCurrentIndex(max(0, self.canvas.findData(step.canvas_id)))
        self.silent = QCheckBox(self.tr("Silent round: new cards stay face down until revealed"), self)
        self.silent.setChecked(bool(step and step.silent))
        self.voting = QCheckBox(self.tr("Dot voting: clicking a card casts a vote"), self)
        self.voting.setChecked(bool(step and step.voting))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Prompt:"), self.prompt)
        form.addRow(self.tr("&Duration:"), self.minutes)
        form.addRow(self.tr("&Canvas:"), self.canvas)
        form.addRow("", self.silent)
        form.addRow("", self.voting)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict:
        return {
            "title": self.title.text().strip() or self.tr("Step"),
            "prompt": self.prompt.toPlainText().strip(),
            "duration_s": self.minutes.value() * 60,
            "canvas_id": self.canvas.currentData(),
            "silent": int(self.silent.isChecked()),
            "voting": int(self.voting.isChecked()),
        }
