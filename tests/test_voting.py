"""Dot voting by keyboard (V, Shift+V) and by mouse during a voting step, within
the dots each participant has: what is stored, the dots on the cards, the ranked list."""

import pytest
from PySide6.QtCore import Qt

from tests.helpers import make_session, shot
from tests.test_agenda import FakeClock
from widgets.canvas.card_item import vote_dot
from widgets.canvas.timer_overlay import TimerOverlay
from widgets.canvas.voting_banner import VotingBanner


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")],
                 cards=[("review the claim", 0, 0), ("inspect the damage", 400, 0),
                        ("call the customer", 0, 300)])
    win = make_window()
    win.facilitation.clock = FakeClock()
    win.facilitation.timer.stop()
    return win


def scene_of(window):
    return window.tabs.current_view().canvas_scene


def card_id(window, text):
    return next(i for i, item in scene_of(window).cards.items() if item.card.text == text)


def stored_votes(window):
    return sorted(window.library.db.execute(
        "SELECT c.text, p.name FROM votes v JOIN cards c ON c.id = v.card_id "
        "JOIN participants p ON p.id = v.participant_id").fetchall())


def person(window, name):
    return next(p for p in window.editor.doc.all("participants") if p.name == name)


def set_dots_by_keyboard(qtbot, window, n):
    spin = window.facilitation.voting_panel.dots
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(n))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def click_card(qtbot, window, text, modifier=Qt.KeyboardModifier.NoModifier):
    view = window.tabs.current_view()
    item = scene_of(window).cards[card_id(window, text)]
    view.ensureVisible(item, 20, 20)
    pos = view.mapFromScene(item.scene_rect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


def test_keyboard_voting_within_the_dots(qtbot, window):
    fac = window.facilitation
    set_dots_by_keyboard(qtbot, window, 2)
    assert window.library.db["sessions"].get(window.editor.doc.session_id)["dots_per_participant"] == 2
    assert fac.voting_panel.left_label.text() == "Dots left: Ana 2 · Ben 2"

    view = window.tabs.current_view()
    view.setFocus()
    scene_of(window).focus_card(card_id(window, "inspect the damage"))
    qtbot.keyClick(view, Qt.Key.Key_V)
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert stored_votes(window) == [("inspect the damage", "Ana"), ("inspect the damage", "Ana")]
    assert scene_of(window).cards[card_id(window, "inspect the damage")].votes == 2
    qtbot.keyClick(view, Qt.Key.Key_V)  # a third dot is refused
    assert len(stored_votes(window)) == 2
    assert window.statusBar().currentMessage() == "Ana has used all 2 dots"
    assert fac.voting_panel.left_label.text() == "Dots left: Ana 0 · Ben 2"

    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)  # take one back
    assert stored_votes(window) == [("inspect the damage", "Ana")]
    window.editor.set_current_participant(person(window, "Ben").id)
    scene_of(window).focus_card(card_id(window, "call the customer"))
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert ("call the customer", "Ben") in stored_votes(window)
    assert fac.voting_panel.ranked_texts() == [("call the customer", 1), ("inspect the damage", 1)]

    window.undo_action.trigger()  # votes are undoable
    assert stored_votes(window) == [("inspect the damage", "Ana")]
    assert scene_of(window).cards[card_id(window, "call the customer")].votes == 0


def test_v_in_the_capture_bar_is_just_a_letter(qtbot, window):
    scene_of(window).focus_card(card_id(window, "review the claim"))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.capture_bar.line, "verify cover")
    assert window.capture_bar.line.text() == "verify cover"
    assert stored_votes(window) == []


def test_v_while_editing_card_text_types_a_v(qtbot, window):
    view = window.tabs.current_view()
    view.setFocus()
    scene = scene_of(window)
    cid = card_id(window, "review the claim")
    scene.focus_card(cid)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert scene.editing_text()
    qtbot.keyClicks(view, " v")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.editor.doc.get("cards", cid).text == "review the claim v"
    assert stored_votes(window) == []


def test_clicking_cards_votes_only_in_voting_mode(qtbot, window):
    fac = window.facilitation
    fac.agenda.add_step("Talk", 300)
    fac.agenda.add_step("Vote", 300, voting=1)
    fac.agenda.start(fac.agenda.steps()[1].id)
    view = window.tabs.current_view()
    click_card(qtbot, window, "review the claim")  # a voting step, but no mode: a click only selects
    assert stored_votes(window) == []
    assert scene_of(window).selected_card_ids() == [card_id(window, "review the claim")]
    banner = view.findChild(VotingBanner, "VotingBanner")
    assert banner is None or not banner.isVisible()

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F7)  # enter voting mode: the banner shows who votes
    banner = view.findChild(VotingBanner, "VotingBanner")
    assert fac.voting_mode and banner.isVisible()
    assert banner.voter.currentText() == "1 Ana" and banner.left.text() == "3 dots left"
    # the banner sits at the bottom of the canvas, clear of the timer in the top corner
    assert banner.geometry().bottom() <= view.height()
    assert not banner.geometry().intersects(TimerOverlay.of(view).geometry())

    qtbot.keyClick(view, Qt.Key.Key_2)  # Ben votes, without making him current
    assert banner.voter.currentText() == "2 Ben"
    assert window.editor.current_participant_id == person(window, "Ana").id
    for text in ("review the claim", "review the claim", "call the customer"):
        click_card(qtbot, window, text)
    assert stored_votes(window) == [("call the customer", "Ben"), ("review the claim", "Ben"),
                                    ("review the claim", "Ben")]
    assert banner.left.text() == "0 dots left"
    click_card(qtbot, window, "inspect the damage")  # Ben's 3 dots are used
    assert len(stored_votes(window)) == 3
    assert window.statusBar().currentMessage() == "Ben has used all 3 dots"
    assert scene_of(window).selected_card_ids() == [card_id(window, "inspect the damage")]
    click_card(qtbot, window, "review the claim", Qt.KeyboardModifier.ControlModifier)  # takes back
    assert stored_votes(window) == [("call the customer", "Ben"), ("review the claim", "Ben")]
    # the picker in the banner chooses too
    banner.voter.setCurrentIndex(0)
    banner.voter.activated.emit(0)
    click_card(qtbot, window, "call the customer")
    click_card(qtbot, window, "inspect the damage", Qt.KeyboardModifier.AltModifier)  # none to take back
    assert window.statusBar().currentMessage() == "Ana has no vote on this card"
    window.grab().save(shot("voting-mode.png"))

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # Escape leaves voting mode
    assert not fac.voting_mode and not banner.isVisible()
    assert not fac.actions["voting_mode"].isChecked()
    click_card(qtbot, window, "call the customer")  # a plain click selects again
    assert len(stored_votes(window)) == 3

    panel = fac.voting_panel
    assert panel.ranked_texts() == [("call the customer", 2), ("review the claim", 1)]
    assert panel.left_label.text() == "Dots left: Ana 2 · Ben 1"
    card = scene_of(window).cards[card_id(window, "call the customer")]
    assert card.votes == 2 and "2 votes" in card.accessible_name()
    # the dot is large, and never over the footer (author) text
    dot = vote_dot(card.rect())
    assert dot.width() >= 20 and dot.bottom() < card.face().footer_at.y() - 20
    # clicking a row of the ranked list selects its card on the canvas
    rect = panel.table.visualItemRect(panel.table.item(1, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert scene_of(window).selected_card_ids() == [card_id(window, "review the claim")]
    fac.voting_dock.raise_()
    window.grab().save(shot("facilitation-voting.png"))


def test_voting_mode_button_leaves(qtbot, window):
    fac = window.facilitation
    fac.actions["voting_mode"].trigger()
    banner = window.tabs.current_view().findChild(VotingBanner, "VotingBanner")
    assert banner.isVisible()
    qtbot.mouseClick(banner.out, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and not fac.voting_mode
    click_card(qtbot, window, "review the claim")
    assert stored_votes(window) == []


def test_dots_setting_is_undoable_and_follows_undo(qtbot, window):
    panel = window.facilitation.voting_panel
    assert panel.dots.value() == 3
    set_dots_by_keyboard(qtbot, window, 5)
    assert window.editor.doc.session["dots_per_participant"] == 5
    window.undo_action.trigger()
    assert panel.dots.value() == 3
    assert window.library.db["sessions"].get(window.editor.doc.session_id)["dots_per_participant"] == 3
