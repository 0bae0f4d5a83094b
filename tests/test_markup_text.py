"""Participant text is shown as typed wherever Qt could take it for markup (issue
14.2): a card saying <h1 style='color:red'> must not become a red heading on the
projected screen, nor an <img> role an image. Qt guesses rich text from the text
itself in tooltips, message boxes and labels left on AutoText; ``shown`` (in
tests/helpers.py) is what such a place displays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip

from tests.helpers import make_session, shown
from tests.test_agenda import FakeClock
from widgets.canvas.timer_overlay import TimerOverlay
from widgets.markup import literal

HEADING = "<h1 style='color:red'>Boom</h1>"
NAME = "<b>Mal</b> & co"
ROLE = "<img src='x.png'>"


def label_shows(label) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    if label.textFormat() == Qt.TextFormat.RichText:
        return shown("<qt>" + label.text())
    return shown(label.text())


def hover(qtbot, view, pos: QPoint) -> str:
    QApplication.sendEvent(view.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


@pytest.mark.parametrize("text", [HEADING, NAME, ROLE, "R&D &amp; <3", "first line\n<i>second</i>", "plain"])
def test_literal_text_shows_every_character(text):
    assert shown(literal(text)).replace("\u2028", "\n") == text


def test_hovering_a_card_shows_markup_from_a_phone_as_typed(qtbot, make_window, library_path):
    make_session(library_path, participants=[(NAME, ROLE)], cards=[(HEADING, 0, 0), ("Check <u>it</u>", 600, 0)],
                 links=[(0, 1)])
    window = make_window()
    view = window.tabs.current_view()
    view.zoom_actual()
    scene = view.canvas_scene
    card = next(i for i in scene.cards.values() if i.card.text == HEADING)
    view.centerOn(card)
    tip = hover(qtbot, view, view.mapFromScene(card.scene_rect().center()))
    assert shown(tip) == f"Activity card: {HEADING}, by {NAME} ({ROLE})"
    assert "<img" not in shown(tip).replace(ROLE, "")  # no picture, no heading: the characters
    link = next(iter(scene.links.values()))
    view.centerOn(link.boundingRect().center())
    tip = hover(qtbot, view, view.mapFromScene(link.boundingRect().center()))
    assert shown(tip) == f"hand-off link from “{HEADING}” to “Check <u>it</u>”"
    # and the library holds exactly what was typed
    assert window.editor.doc.db["cards"].get(card.card.id)["text"] == HEADING


def test_removing_a_participant_names_them_as_typed(qtbot, make_window, library_path, monkeypatch):
    make_session(library_path, participants=[(NAME, ROLE)])
    window = make_window()
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    panel = window.roster_panel
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert asked and f"Remove {NAME} from this session?" in shown(asked[0])
    assert window.editor.doc.db["participants"].count == 1


def test_face_down_counts_name_people_as_typed(qtbot, make_window, library_path):
    make_session(library_path, participants=[(NAME, ROLE)], cards=[(HEADING, 0, 0)])
    window = make_window()
    window.facilitation.clock = FakeClock()
    window.facilitation.timer.stop()
    window.facilitation.agenda.add_step("Silent pains", 300, silent=1)
    window.editor.set_current_participant(window.editor.doc.all("participants")[0].id)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # start the silent step
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.capture_bar.line, "pain: forms come in incomplete")
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)
    assert window.editor.doc.db["cards"].count_where("hidden = 1") == 1
    window.facilitation.timer.timeout.emit()
    expected = f"Silent round: {NAME} 1 face-down"
    assert label_shows(window.facilitation.agenda_panel.face_down_label) == expected
    assert label_shows(TimerOverlay.of(window.tabs.current_view()).face_down) == expected  # over the canvas
    # the reflections form names the card it links to by its text
    item = next(i for i in window.tabs.current_view().canvas_scene.cards.values() if i.card.text == HEADING)
    item.setSelected(True)
    panel = window.reflections_panel
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert label_shows(panel.card_label) == f"Linked to ‘{HEADING}’"
