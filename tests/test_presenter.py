"""Presenter mode: a full-screen, read-only view of the main window's current
canvas that follows it live, with the prompt and the timer; Escape leaves, and
the window closes it cleanly."""

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.helpers import make_session, shot
from tests.test_agenda import FakeClock
from widgets.canvas.card_item import CardItem
from widgets.views import presenter as presenter_module


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")],
                 cards=[("review the claim", 0, 0), ("inspect the damage", 400, 0)], links=[(0, 1)])
    win = make_window()
    win.facilitation.clock = FakeClock()
    win.facilitation.timer.stop()
    return win


def open_presenter(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = window.facilitation.presenter
    assert shown is not None
    qtbot.waitUntil(shown.isVisible)
    return shown


def orange_pixels(widget):
    """How many pixels of Ana's card colour the widget shows."""
    image = widget.grab().toImage()
    target = QColor("#E69F00")
    step = 4
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixelColor(x, y) == target)


def test_presenter_follows_the_main_canvas(qtbot, window):
    fac = window.facilitation
    fac.agenda.add_step("Map what you do", 600, prompt="What do you do when a claim arrives?")
    fac.agenda.start()
    shown = open_presenter(qtbot, window)
    assert shown.isFullScreen()
    main_scene = window.tabs.current_view().canvas_scene
    # its own projection of the same canvas: live, without the facilitator's selection
    assert shown.view.scene() is not main_scene
    assert shown.view.scene().canvas_id == main_scene.canvas_id
    assert not shown.view.isInteractive()
    assert shown.prompt.text() == "What do you do when a claim arrives?"
    assert shown.clock.text() == "10:00"
    fac.clock.advance(61)
    fac.timer.timeout.emit()
    assert shown.clock.text() == "08:59"
    qtbot.waitUntil(lambda: shown.clock.width() >= shown.clock.sizeHint().width())  # never cut off
    shown.fit()
    before = orange_pixels(shown)
    assert before > 0  # the cards are drawn in the presenter view
    shown.grab().save(shot("facilitation-presenter.png"))

    # an edit in the main window shows at once
    canvas_id = window.tabs.current_canvas_id()
    card = window.editor.add_card(canvas_id, "call the customer back", kind="activity",
                                  participant_id=window.editor.current_participant_id, pos=(0, 300))
    assert any(isinstance(i, CardItem) and i.card_id == card.id for i in shown.view.items())
    shown.fit()
    assert orange_pixels(shown) > before

    # it follows the current tab
    other = window.editor.add_canvas("Resources")
    assert window.tabs.current_canvas_id() == other.id
    assert shown.view.scene().canvas_id == other.id
    window.tabs.show_canvas(canvas_id)
    assert shown.view.scene().canvas_id == canvas_id

    # the main window keeps its focus and keeps editing
    assert window.editor.edit_card(card.id, text="call the customer")
    assert shown.view.scene().cards[card.id].card.text == "call the customer"

    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    assert shown.view.scene() is None


def test_silent_cards_are_hidden_in_presenter_mode_too(qtbot, window):
    fac = window.facilitation
    fac.agenda.add_step("Silent", 300, silent=1)
    fac.agenda.start()
    card = window.editor.add_card(window.tabs.current_canvas_id(), "secret",
                                  participant_id=window.editor.current_participant_id)
    shown = open_presenter(qtbot, window)
    item = shown.view.scene().cards[card.id]
    assert not item.isVisible()
    assert shown.face_down.text() == "Silent round: Ana 1 face-down"


def test_closing_the_window_closes_the_presenter(qtbot, window):
    shown = open_presenter(qtbot, window)
    window.close_session()
    assert shown.view.scene() is None
    assert shown.empty.isVisible()
    window.close()
    assert not shown.isVisible()
    window.show()  # so the fixture's shutdown runs on a shown window as usual
    assert shiboken6.isValid(shown)


def test_several_screens_ask_which_one(qtbot, window, monkeypatch):
    screen = window.screen()
    monkeypatch.setattr(presenter_module.QGuiApplication, "screens", staticmethod(lambda: [screen, screen]))
    asked = []

    def get_item(parent, title, label, items, current, editable):
        asked.append(items)
        return items[1], True

    monkeypatch.setattr(presenter_module.QInputDialog, "getItem", staticmethod(get_item))
    shown = open_presenter(qtbot, window)
    assert len(asked[0]) == 2
    assert shown.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F5)  # F5 again leaves presenter mode
    assert not shown.isVisible()

    monkeypatch.setattr(presenter_module.QInputDialog, "getItem",
                        staticmethod(lambda *a: ("", False)))
    qtbot.keyClick(window, Qt.Key.Key_F5)  # cancelled: nothing opens
    assert not shown.isVisible()
