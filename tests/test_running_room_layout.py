"""Running the room at 1280 × 800: the step's clock never sits on the cards the
facilitator is working with; it moves to a free corner of the canvas."""

from PySide6.QtCore import QRect, Qt

from tests.helpers import make_session, shot
from tests.test_agenda import FakeClock
from widgets.canvas.timer_overlay import TimerOverlay


def card_on_screen(view, item):
    return view.mapFromScene(item.scene_rect()).boundingRect()


def test_the_timer_moves_off_cards_to_a_free_corner(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler")],
                 cards=[("review the claim", 0, 0), ("call the customer", 0, 400)])
    window = make_window()
    window.resize(1280, 800)
    window.facilitation.clock = FakeClock()
    window.facilitation.timer.stop()
    view = window.tabs.current_view()
    scene = view.canvas_scene
    view.zoom_actual()
    # the facilitator scrolls so one card sits in the top-right corner, under where the clock goes
    first = next(i for i in scene.cards.values() if i.card.text == "review the claim")
    corner = view.mapToScene(QRect(view.viewport().width() - 190, 10, 10, 10)).boundingRect().topLeft()
    window.editor.move("cards", {first.card_id: (corner.x(), corner.y())})
    qtbot.waitUntil(lambda: first.pos() == corner)
    agenda = window.facilitation.agenda
    agenda.add_step("Map what you do", 600)
    view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F8)  # start the step: the clock shows
    overlay = TimerOverlay.of(view)
    qtbot.waitUntil(overlay.isVisible)
    assert overlay.clock.text() == "10:00"
    for item in scene.cards.values():
        assert not overlay.geometry().intersects(card_on_screen(view, item).translated(view.viewport().pos()))
    assert overlay.geometry().left() < view.width() / 2  # it went to the left
    assert not overlay.geometry().intersects(view.minimap.geometry())
    window.grab().save(shot("running-room-timer.png"))

    # scrolled so no card is top-right any more, the clock goes back there
    window.editor.move("cards", {first.card_id: (corner.x() - 2000, corner.y())})
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 1)
    qtbot.waitUntil(lambda: overlay.geometry().right() > view.width() / 2)
