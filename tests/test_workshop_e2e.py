"""A short workshop from start to finish, as a facilitator runs it: the New Session
dialog, the agenda with its timer (a fake clock), a silent round and its reveal,
dot voting and reflections; then what the library holds."""

import datetime as dt

from PySide6.QtCore import Qt

from storage import entities
from tests.test_agenda import FakeClock
from tests.test_new_session import choose_method, open_dialog, type_participant

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def capture(qtbot, window, line):
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(window.capture_bar.line, line)
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)


def tick(window):
    window.facilitation.timer.timeout.emit()


def steps(window):
    return {r["title"]: r for r in entities.in_session(window.library.db, "agenda_steps",
                                                        window.editor.doc.session_id)}


def go_to_step(qtbot, window, title):
    """F9 (Next Step) finishes the running step and starts the next one."""
    while window.facilitation.agenda.current().title != title:
        qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.facilitation.agenda.current().status == "running"


def test_a_short_workshop(qtbot, make_window):
    window = make_window()
    clock = FakeClock()
    window.facilitation.clock = clock
    window.facilitation.timer.stop()  # the test ticks the display by hand

    # 1. New session with the Activity map method and two participants
    dialog = open_dialog(window, qtbot)
    qtbot.keyClicks(dialog.series.lineEdit(), "Claims team")
    choose_method(qtbot, dialog, "Activity map")
    qtbot.keyClicks(dialog.facilitator, "Maya")
    qtbot.keyClicks(dialog.purpose, "Where do claims get stuck?")
    type_participant(qtbot, dialog, "Ana", "Claims handler", "Motor")
    type_participant(qtbot, dialog, "Ben", "Assessor", "Assessment")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.editor is not None and window.tabs.tabText(0) == "Activity map"
    window.facilitation.timer.stop()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the dialog has handed the keyboard back

    # 2. The welcome step runs on the clock: start, time passes, time's up, extend
    window.focus_canvas()
    qtbot.keyClick(window, Qt.Key.Key_F8)  # Start
    welcome = window.facilitation.agenda.current()
    assert welcome.title == "Welcome and purpose" and welcome.status == "running"
    clock.advance(welcome.duration_s - 30)
    tick(window)
    assert window.facilitation.agenda_panel.countdown.text() == "00:30"
    clock.advance(45)
    tick(window)
    assert window.facilitation.agenda_panel.status_label.text() == "Time's up (+00:15)"
    qtbot.keyClick(window, Qt.Key.Key_F8, SHIFT)  # +1 minute
    tick(window)
    assert window.facilitation.agenda_panel.countdown.text() == "00:45"

    # 3. "What I do" is a silent round: cards typed now stay face down until revealed
    go_to_step(qtbot, window, "What I do")
    assert window.facilitation.agenda.current().silent
    capture(qtbot, window, "@Ana review the claim form #intake")
    capture(qtbot, window, "@Ana call the customer back")
    capture(qtbot, window, "@Ben inspect the damage on site")
    scene = window.tabs.current_view().canvas_scene
    hidden = [r["text"] for r in window.library.db.query("SELECT text FROM cards WHERE hidden = 1")]
    assert len(hidden) == 3
    assert not any(item.isVisible() for item in scene.cards.values())
    tick(window)
    assert "Ana 2" in window.facilitation.agenda_panel.face_down_label.text()
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | SHIFT)  # Reveal Silent Cards
    assert window.library.db.execute("SELECT count(*) FROM cards WHERE hidden = 1").fetchone()[0] == 0
    assert all(item.isVisible() for item in scene.cards.values())

    # 4. Dot voting on "What hurts most": V casts a vote for the focused card
    go_to_step(qtbot, window, "What hurts most")
    capture(qtbot, window, "@Ben pain: customers chase us for the status")
    view = window.tabs.current_view()
    view.setFocus()
    pain = next(i for i in scene.cards.values() if i.card.kind == "pain point")
    scene.focus_card(pain.card_id)
    qtbot.keyClick(view, Qt.Key.Key_V)
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert window.library.db["votes"].count == 2
    assert pain.votes == 2
    assert window.facilitation.voting_panel.ranked_texts()[0] == ("customers chase us for the status", 2)

    # 5. Reflections: an insight and an action with an owner
    go_to_step(qtbot, window, "Reflect and agree actions")
    panel = window.reflections_panel
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | ALT)
    qtbot.waitUntil(panel.text.hasFocus)
    qtbot.keyClicks(panel.text, "Status calls are the biggest hidden load")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    panel.kind.setFocus()
    qtbot.keyClicks(panel.kind, "a")
    qtbot.keyClicks(panel.text, "Send a status text after every hand-off")
    qtbot.keyClicks(panel.owner, "Ana")
    qtbot.keyClick(panel.owner, Qt.Key.Key_Return)

    # 6. What the library holds
    db = window.library.db
    session = db["sessions"].get(window.editor.doc.session_id)
    assert (session["method"], session["facilitator"]) == ("activity-map", "Maya")
    stored = steps(window)
    assert stored["Welcome and purpose"]["status"] == "done"
    assert stored["What I do"]["status"] == "done"
    assert stored["What hurts most"]["status"] == "done"
    assert stored["Reflect and agree actions"]["status"] == "running"
    cards = {r["text"]: r for r in db.query(
        "SELECT c.text, c.kind, p.name, z.label AS zone FROM cards c JOIN participants p ON p.id = c.participant_id "
        "LEFT JOIN zones z ON z.id = c.zone_id")}
    assert cards["review the claim form"]["name"] == "Ana"
    assert cards["review the claim form"]["zone"] == "Claims handler"  # placed in the author's lane
    assert cards["inspect the damage on site"]["zone"] == "Assessor"
    assert cards["customers chase us for the status"]["kind"] == "pain point"
    reflections = [(r["kind"], r["text"], r["owner"]) for r in db.query("SELECT * FROM reflections ORDER BY rowid")]
    assert reflections == [("insight", "Status calls are the biggest hidden load", ""),
                           ("action", "Send a status text after every hand-off", "Ana")]
    logged = db.execute("SELECT count(*) FROM events WHERE session_id = ?", [session["id"]]).fetchone()[0]
    assert logged > 20  # every edit and every press of the timer is in the event log
    assert dt.datetime.fromisoformat(session["updated_at"]).tzinfo is not None
