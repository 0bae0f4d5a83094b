"""Issue 15 at 1280 × 800 and 1024 × 700, where the panels share one 300 px column:
the Agenda dock's buttons read whole, five steps show at once, and the voting
banner never hides the lowest card (the canvas scrolls it clear)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.helpers import make_session, shot
from tests.test_agenda import FakeClock
from tests.test_window_layout import view_action
from widgets.canvas.voting_banner import VotingBanner

SIZES = [(1280, 800), (1024, 700)]


def laid_out(qtbot, make_window, library_path, size, cards=(("review the claim", 0, 0),)):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")], cards=cards)
    window = make_window()
    window.facilitation.clock = FakeClock()
    window.facilitation.timer.stop()
    window.resize(*size)
    view_action(window, "Reset Layout").trigger()
    qtbot.waitUntil(lambda: window.facilitation.agenda_dock.isVisible())
    return window


def visible_rows(table):
    viewport = table.viewport().rect()
    return [r for r in range(table.rowCount())
            if viewport.contains(table.visualRect(table.model().index(r, 0)))]


@pytest.mark.parametrize("size", SIZES)
def test_the_agenda_fits_one_column(qtbot, make_window, library_path, size):
    window = laid_out(qtbot, make_window, library_path, size)
    agenda = window.facilitation.agenda
    for n in range(8):
        agenda.add_step(f"Step {n + 1}: map what you do, why you do it and with whom", 600)
    agenda.start(agenda.steps()[0].id)
    dock = window.facilitation.agenda_dock
    panel = window.facilitation.agenda_panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 8 and panel.buttons["toggle"].text() == "Pause")
    # no sideways scrolling in the dock
    qtbot.waitUntil(lambda: not dock.widget().horizontalScrollBar().isVisible())
    # and the whole panel, steps' buttons too, fits the dock's height without scrolling
    qtbot.waitUntil(lambda: not dock.widget().verticalScrollBar().isVisible())
    # every button reads whole: its text fits inside it
    for button in panel.findChildren(QPushButton):
        if button.isVisible() and button.text():
            assert button.fontMetrics().horizontalAdvance(button.text()) <= button.contentsRect().width(), \
                button.text()
            assert button.accessibleName()
    # five steps at once, and Time and Status whole beside an elided title
    table = panel.table
    qtbot.waitUntil(lambda: len(visible_rows(table)) >= 5)
    assert table.viewport().rect().right() >= table.columnViewportPosition(2) + table.columnWidth(2) - 1
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    for col in (1, 2):
        for row in range(table.rowCount()):
            text = table.item(row, col).text()
            assert metrics.horizontalAdvance(text) < table.columnWidth(col), text
    assert "with whom" in table.item(0, 0).toolTip()  # the whole title on hover
    window.grab().save(shot(f"agenda-fits-{size[0]}.png"))


@pytest.mark.parametrize("size", SIZES)
def test_the_lowest_card_scrolls_clear_of_the_voting_banner(qtbot, make_window, library_path, size):
    cards = [("review the claim", 0, 0), ("inspect the damage", 400, 0), ("call the customer", 0, 300),
             ("settle the claim", 200, 600)]
    window = laid_out(qtbot, make_window, library_path, size, cards)
    view = window.tabs.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F7)  # voting mode
    banner = view.findChild(VotingBanner, "VotingBanner")
    qtbot.waitUntil(lambda: banner is not None and banner.isVisible())
    lowest = max(view.canvas_scene.cards.values(), key=lambda item: item.scene_rect().bottom())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())  # the lowest card out of sight below
    view.ensureVisible(lowest.scene_rect(), 4, 4)  # scrolled just far enough: it sits at the canvas's bottom edge

    def on_screen():
        return (view.mapFromScene(lowest.scene_rect()).boundingRect()
                .translated(view.viewport().pos()))
    qtbot.waitUntil(lambda: view.viewport().rect().translated(view.viewport().pos()).contains(on_screen()))
    assert not on_screen().intersects(banner.geometry())
    window.grab().save(shot(f"voting-banner-{size[0]}.png"))
    qtbot.keyClick(view, Qt.Key.Key_F7)  # out again: the canvas has its full height back
    qtbot.waitUntil(lambda: not banner.isVisible())
    qtbot.waitUntil(lambda: view.viewport().geometry().bottom() >= banner.geometry().bottom() - 1)
