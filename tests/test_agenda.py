"""The agenda and its timer, driven as a facilitator would (F8, buttons, the step
dialog) with a fake clock: what the dock and the canvas show, and what SQLite holds."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.agenda import Agenda, mm_ss
from app.editor import Editor
from tests.helpers import make_session, shot
from widgets.canvas.timer_overlay import TimerOverlay
from widgets.panels.agenda import StepDialog


class FakeClock:
    def __init__(self):
        self.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(make_window, library_path, clock):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")],
                 cards=[("review the claim", 0, 0)])
    win = make_window()
    win.facilitation.clock = clock
    win.facilitation.timer.stop()  # the test ticks by hand
    return win


def tick(window):
    window.facilitation.timer.timeout.emit()


def stored_steps(window):
    return [(r["title"], r["duration_s"], r["status"], r["elapsed_s"]) for r in window.library.db.query(
        "SELECT * FROM agenda_steps ORDER BY position")]


def overlay(window):
    return TimerOverlay.of(window.tabs.current_view())


def add_steps(window):
    agenda = window.facilitation.agenda
    agenda.add_step("Map what you do", 600, prompt="What do you do when a claim arrives?")
    agenda.add_step("Pain points", 300, prompt="Where does it hurt?")
    window.editor.stack.clear()


def test_mm_ss():
    assert mm_ss(600) == "10:00"
    assert mm_ss(0.2) == "00:01"
    assert mm_ss(0) == "00:00"
    assert mm_ss(-5) == "00:00"
    assert mm_ss(4500) == "75:00"


def test_start_pause_extend_skip_with_a_fake_clock(qtbot, window, clock):
    add_steps(window)
    panel = window.facilitation.agenda_panel
    tick(window)
    assert panel.title_label.text() == "Map what you do"
    assert panel.prompt_label.text() == "What do you do when a claim arrives?"
    assert panel.countdown.text() == "10:00"

    qtbot.keyClick(window, Qt.Key.Key_F8)  # start
    assert stored_steps(window)[0][2] == "running"
    clock.advance(125)
    tick(window)
    assert panel.countdown.text() == "07:55"
    assert panel.buttons["toggle"].text() == "Pause"
    assert overlay(window).isVisible()
    assert overlay(window).clock.text() == "07:55"
    assert overlay(window).title.text() == "Map what you do"

    qtbot.keyClick(window, Qt.Key.Key_F8)  # pause
    assert stored_steps(window)[0][2:] == ("paused", 125.0)
    clock.advance(60)  # paused time does not count
    tick(window)
    assert panel.countdown.text() == "07:55"
    assert panel.buttons["toggle"].text() == "Resume"

    qtbot.mouseClick(panel.buttons["toggle"], Qt.MouseButton.LeftButton)  # resume
    qtbot.mouseClick(panel.buttons["plus1"], Qt.MouseButton.LeftButton)
    clock.advance(5)
    tick(window)
    assert panel.countdown.text() == "08:50"
    assert stored_steps(window)[0][1] == 660
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored_steps(window)[0][1] == 960
    tick(window)
    assert panel.countdown.text() == "13:50"

    qtbot.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)  # skip
    assert stored_steps(window) == [("Map what you do", 960, "skipped", 130.0),
                                    ("Pain points", 300, "pending", 0.0)]
    tick(window)
    assert panel.title_label.text() == "Pain points"
    assert panel.countdown.text() == "05:00"
    events = window.library.db.execute(
        "SELECT count(*) FROM events WHERE entity = 'agenda_steps' AND action = 'change'").fetchone()[0]
    assert events >= 6  # start, pause, resume, two extends, skip: all in the event log


def test_times_up_is_shown_and_heard_once_only_if_sound_is_on(qtbot, window, clock, monkeypatch):
    add_steps(window)
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    fac = window.facilitation
    assert not fac.actions["sound"].isChecked()  # off by default
    fac.agenda.start()
    clock.advance(599)
    tick(window)
    assert not fac.agenda_panel.is_showing_time_up()
    clock.advance(2)
    tick(window)
    panel = fac.agenda_panel
    assert panel.is_showing_time_up()
    assert panel.countdown.text() == "00:00"
    assert panel.status_label.text() == "Time's up (+00:01)"
    assert "#B00020" in overlay(window).clock.styleSheet()
    assert overlay(window).note.text().startswith("Time's up")
    assert window.statusBar().currentMessage() == "Time's up: Map what you do"
    assert beeps == []
    # it flashes: the background alternates every half second
    styles = set()
    for _ in range(4):
        clock.advance(0.5)
        tick(window)
        styles.add(panel.countdown.styleSheet())
    assert len(styles) == 2

    fac.actions["sound"].trigger()  # switched on
    fac.agenda.extend(60)
    tick(window)
    assert not panel.is_showing_time_up()
    clock.advance(60)
    tick(window)
    tick(window)
    assert panel.is_showing_time_up()
    assert beeps == [1]  # once, not on every tick
    window.grab().save(shot("facilitation-times-up.png"))


def test_next_finishes_the_step_and_starts_the_next_on_its_canvas(qtbot, window, clock):
    second = window.editor.add_canvas("Pain points")
    first = window.editor.doc.all("canvases")[0]
    window.tabs.show_canvas(first.id)
    agenda = window.facilitation.agenda
    agenda.add_step("Map", 600)
    agenda.add_step("Pains", 300, canvas_id=second.id)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    clock.advance(30)
    assert window.tabs.current_canvas_id() == first.id
    qtbot.keyClick(window, Qt.Key.Key_F9)  # next
    assert stored_steps(window) == [("Map", 600, "done", 30.0), ("Pains", 300, "running", 0.0)]
    assert window.tabs.current_canvas_id() == second.id
    tick(window)
    assert overlay(window).title.text() == "Pains"  # the overlay is on the new canvas too
    qtbot.keyClick(window, Qt.Key.Key_F9)
    tick(window)
    assert window.facilitation.agenda_panel.title_label.text() == "Agenda complete"


def test_only_one_step_runs(qtbot, window, clock):
    add_steps(window)
    agenda = window.facilitation.agenda
    steps = agenda.steps()
    agenda.start(steps[0].id)
    clock.advance(40)
    agenda.start(steps[1].id)  # the first pauses
    assert [s[2] for s in stored_steps(window)] == ["paused", "running"]
    assert stored_steps(window)[0][3] == 40.0


def test_an_accidental_skip_can_be_undone(qtbot, window, clock):
    add_steps(window)
    fac = window.facilitation
    fac.agenda.start()
    clock.advance(100)
    qtbot.keyClick(window, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    assert stored_steps(window)[0][2] == "skipped"
    assert window.undo_action.text() == "&Undo Skip step “Map what you do”"
    window.undo_action.trigger()
    clock.advance(20)
    tick(window)
    assert stored_steps(window)[0][2] == "running"
    # the clock kept running during the mistake: undo puts the step back as if never skipped
    assert fac.agenda_panel.countdown.text() == "08:00"


def test_agenda_edits_through_the_dialog_are_undoable(qtbot, window):
    fac = window.facilitation
    panel = fac.agenda_panel
    qtbot.mouseClick(panel.list_actions["add"], Qt.MouseButton.LeftButton)
    [dialog] = [d for d in panel.findChildren(StepDialog) if d.isVisible()]
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Silent pains")
    qtbot.keyClicks(dialog.prompt, "Write down what hurts")
    dialog.minutes.setValue(7)
    dialog.silent.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    fac.agenda.add_step("Vote", 300, voting=1)
    assert stored_steps(window) == [("Silent pains", 420, "pending", 0.0), ("Vote", 300, "pending", 0.0)]
    row = window.library.db.execute("SELECT prompt, silent, voting FROM agenda_steps ORDER BY position").fetchall()
    assert row == [("Write down what hurts", 1, 0), ("", 0, 1)]
    assert panel.table.item(0, 0).text() == "Silent pains · silent"
    assert panel.table.item(0, 1).text() == "07:00"

    # edit the second step
    panel.table.selectRow(1)
    dialog = panel.edit_selected()
    assert dialog.title.text() == "Vote"
    dialog.minutes.setValue(4)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert stored_steps(window)[1][1] == 240
    # move it up
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.list_actions["up"], Qt.MouseButton.LeftButton)
    assert [s[0] for s in stored_steps(window)] == ["Vote", "Silent pains"]
    assert panel.table.item(0, 0).text() == "Vote · voting"
    # remove it
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.list_actions["remove"], Qt.MouseButton.LeftButton)
    assert [s[0] for s in stored_steps(window)] == ["Silent pains"]

    window.undo_action.trigger()  # remove
    assert [s[0] for s in stored_steps(window)] == ["Vote", "Silent pains"]
    window.undo_action.trigger()  # reorder
    assert [s[0] for s in stored_steps(window)] == ["Silent pains", "Vote"]
    window.undo_action.trigger()  # edit
    assert stored_steps(window)[1][1] == 300
    window.undo_action.trigger()  # add Vote
    window.undo_action.trigger()  # add Silent pains
    assert stored_steps(window) == []
    assert panel.table.rowCount() == 0
    window.redo_action.trigger()
    assert [s[0] for s in stored_steps(window)] == ["Silent pains"]
    assert panel.table.rowCount() == 1


def test_the_timer_survives_a_reopen(qtbot, session_doc, clock):
    """Remaining time is computed from what is stored, so a new Agenda on the same
    library (a restart) shows the same countdown."""
    editor = Editor(session_doc)
    agenda = Agenda(editor, clock=clock)
    step = agenda.add_step("Map", 600)
    agenda.start()
    clock.advance(90)
    from app.document import SessionDocument

    again = Agenda(Editor(SessionDocument(session_doc.db, session_doc.session_id)), clock=clock)
    assert again.remaining(again.step(step.id)) == 510
    assert again.display().clock == "08:30"
