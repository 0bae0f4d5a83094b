"""A silent round: cards captured while a silent step runs are stored face down
(hidden=1), not drawn on the canvas, counted per participant, and revealed in one
undoable edit."""

import pytest
from PySide6.QtCore import Qt

from tests.helpers import make_session
from tests.test_agenda import FakeClock
from widgets.canvas.timer_overlay import TimerOverlay


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")],
                 cards=[("review the claim", 0, 0)])
    win = make_window()
    win.facilitation.clock = FakeClock()
    win.facilitation.timer.stop()
    agenda = win.facilitation.agenda
    agenda.add_step("Silent pains", 300, prompt="Write what hurts, silently", silent=1)
    agenda.add_step("Discuss", 600)
    win.editor.stack.clear()
    return win


def capture(qtbot, window, line):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.capture_bar.line, line)
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)


def stored(window):
    return {r["text"]: r["hidden"] for r in window.library.db.query("SELECT text, hidden FROM cards")}


def shown(window):
    scene = window.tabs.current_view().canvas_scene
    return sorted(i.card.text for i in scene.cards.values() if i.isVisible())


def face_down_text(window):
    window.facilitation.timer.timeout.emit()
    return TimerOverlay.of(window.tabs.current_view()).face_down.text()


def test_cards_stay_face_down_until_revealed(qtbot, window):
    fac = window.facilitation
    qtbot.keyClick(window, Qt.Key.Key_F8)  # start the silent step
    assert window.editor.new_cards_hidden
    capture(qtbot, window, "@Ana pain: nobody tells the customer")
    capture(qtbot, window, "pain: forms come in incomplete")
    capture(qtbot, window, "@Ben pain: travel time to site")
    assert stored(window) == {"review the claim": 0, "nobody tells the customer": 1,
                              "forms come in incomplete": 1, "travel time to site": 1}
    assert shown(window) == ["review the claim"]
    assert face_down_text(window) == "Silent round: Ana 2 · Ben 1 face-down"
    assert fac.agenda_panel.face_down_label.text() == "Silent round: Ana 2 · Ben 1 face-down"
    assert fac.agenda_panel.reveal_button.isVisible()
    scene = window.tabs.current_view().canvas_scene
    assert scene.reading_order() == [i for i, c in scene.cards.items() if c.card.text == "review the claim"]

    # a link to a face-down card is not drawn either
    hidden_id = next(i for i, c in scene.cards.items() if c.card.text == "travel time to site")
    shown_id = next(i for i, c in scene.cards.items() if c.card.text == "review the claim")
    link = window.editor.add_link(shown_id, hidden_id)
    assert not scene.links[link.id].isVisible()

    qtbot.keyClick(window, Qt.Key.Key_F9)  # next step: not silent, so new cards are face up
    assert not window.editor.new_cards_hidden
    capture(qtbot, window, "@Ana call the customer")
    assert stored(window)["call the customer"] == 0
    assert "call the customer" in shown(window)

    qtbot.mouseClick(fac.agenda_panel.reveal_button, Qt.MouseButton.LeftButton)
    assert set(stored(window).values()) == {0}
    assert len(shown(window)) == 5
    assert scene.links[link.id].isVisible()
    assert face_down_text(window) == ""
    assert not fac.agenda_panel.reveal_button.isVisible()

    assert window.undo_action.text() == "&Undo Reveal 3 silent cards"
    window.undo_action.trigger()  # one undo step turns all three face down again
    assert sorted(t for t, h in stored(window).items() if h) == [
        "forms come in incomplete", "nobody tells the customer", "travel time to site"]
    assert shown(window) == ["call the customer", "review the claim"]
    assert face_down_text(window) == "Silent round: Ana 2 · Ben 1 face-down"
    window.redo_action.trigger()
    assert len(shown(window)) == 5


def test_reveal_from_the_menu_and_nothing_to_reveal(qtbot, window):
    fac = window.facilitation
    fac.actions["reveal"].trigger()
    assert window.statusBar().currentMessage() == "No face-down cards to reveal"
    fac.agenda.start()
    window.editor.add_card(window.tabs.current_canvas_id(), "quiet thought",
                           participant_id=window.editor.current_participant_id)
    assert stored(window)["quiet thought"] == 1
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(window)["quiet thought"] == 0
    assert "quiet thought" in shown(window)


def test_pausing_the_silent_step_stops_hiding(qtbot, window):
    fac = window.facilitation
    fac.agenda.start()
    assert window.editor.new_cards_hidden
    fac.agenda.pause()
    assert not window.editor.new_cards_hidden
    window.undo_action.trigger()  # undoing the pause: the silent round runs again
    assert window.editor.new_cards_hidden


def test_copies_made_in_a_silent_round_are_face_down_too(qtbot, window):
    """Duplicating or pasting during a silent round must not show a card to the room early."""
    qtbot.keyClick(window, Qt.Key.Key_F8)
    view = window.tabs.current_view()
    scene = view.canvas_scene
    original = next(iter(scene.cards.values()))
    original.setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # duplicate
    assert shown(window) == ["review the claim"]
    original.setSelected(True)  # the face-down duplicate took the selection, and lost it when hidden
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # paste
    rows = window.library.db.query("SELECT hidden FROM cards WHERE text = 'review the claim'")
    assert sorted(r["hidden"] for r in rows) == [0, 1, 1]
    assert shown(window) == ["review the claim"]
    assert "2 face-down" in face_down_text(window)

    qtbot.mouseClick(window.facilitation.agenda_panel.reveal_button, Qt.MouseButton.LeftButton)
    assert shown(window) == ["review the claim"] * 3


def test_a_revealed_card_far_from_its_author_lands_beside_their_cards(qtbot, window):
    """A face-down card that came in far away (from a phone, a paste, a moved lane)
    is revealed beside its author's face-up cards, and undo puts it back."""
    card_id = next(iter(window.editor.doc.records["cards"]))  # Ana's "review the claim" at (0, 0)
    ana = window.editor.doc.get("cards", card_id).participant_id
    far = window.editor.add_card(window.tabs.current_canvas_id(), "forms get lost", participant_id=ana,
                                 pos=(4000, 3000), hidden=1)
    assert stored(window)["forms get lost"] == 1
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    x, y, hidden = window.library.db.execute("SELECT x, y, hidden FROM cards WHERE id = ?", [far.id]).fetchone()
    assert hidden == 0 and abs(x) + abs(y) <= 600  # beside "review the claim", not 7,000 px away
    item = window.tabs.current_view().canvas_scene.cards[far.id]
    assert item.isVisible() and (item.pos().x(), item.pos().y()) == (x, y)
    assert not item.scene_rect().intersects(window.tabs.current_view().canvas_scene.cards[card_id].scene_rect())
    window.undo_action.trigger()
    assert window.library.db.execute("SELECT x, y, hidden FROM cards WHERE id = ?", [far.id]).fetchone() == (
        4000, 3000, 1)
