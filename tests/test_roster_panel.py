"""The roster panel, driven with keys and mouse: what it shows, what SQLite holds,
and that undo puts both back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QColorDialog, QLineEdit, QMessageBox

from app.editor import Editor
from app.vocabulary import PALETTE
from widgets.panels.roster import MARKER, RosterPanel


@pytest.fixture
def editor(qapp, session_doc):
    return Editor(session_doc)


@pytest.fixture
def panel(qtbot, editor):
    widget = RosterPanel()
    qtbot.addWidget(widget)
    widget.set_editor(editor)
    widget.resize(480, 560)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # focus changes need an active window
    return widget


@pytest.fixture
def people(editor):
    ana = editor.add_participant("Ana", "Claims handler", "Intake")
    ben = editor.add_participant("Ben", "Assessor", "Field")
    editor.stack.clear()
    return ana, ben


def shown(panel):
    t = panel.table
    return [tuple(t.item(r, c).text() for c in (1, 2, 3)) for r in range(t.rowCount())]


def stored(editor):
    return [(r["name"], r["role"], r["team"])
            for r in editor.doc.db.query("SELECT * FROM participants ORDER BY position")]


def click_row(qtbot, panel, row, col=1):
    rect = panel.table.visualItemRect(panel.table.item(row, col))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def double_click_cell(qtbot, panel, row, col):
    # QTest sends only the double-click event; a real one starts with a click.
    pos = panel.table.visualItemRect(panel.table.item(row, col)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def commit_in_place(qtbot, panel, line):
    # The item delegate commits on Return through a queued call.
    with qtbot.waitSignal(panel.table.itemChanged):
        qtbot.keyClick(line, Qt.Key.Key_Return)


def marked_rows(panel):
    return [r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == MARKER]


def icon_colour(panel, row):
    return panel.table.item(row, 0).icon().pixmap(22, 22).toImage().pixelColor(11, 11).name().upper()


def test_add_from_the_keyboard_then_undo(qtbot, panel, editor):
    qtbot.keyClicks(panel.name_edit, "Ana Ferreira")
    qtbot.keyClicks(panel.role_edit, "Claims handler")
    qtbot.keyClicks(panel.team_edit, "Intake")
    qtbot.keyClick(panel.team_edit, Qt.Key.Key_Return)
    assert shown(panel) == [("Ana Ferreira", "Claims handler", "Intake")]
    assert stored(editor) == [("Ana Ferreira", "Claims handler", "Intake")]
    assert panel.name_edit.text() == panel.role_edit.text() == panel.team_edit.text() == ""
    assert panel.name_edit.hasFocus(), "ready for the next person"
    # The first participant becomes current, and the panel marks them.
    assert marked_rows(panel) == [0] and panel.table.item(0, 1).font().bold()
    assert "Ana Ferreira" in panel.current_label.text()

    qtbot.keyClicks(panel.name_edit, "Ben")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert shown(panel)[1] == ("Ben", "", "") and len(stored(editor)) == 2
    assert marked_rows(panel) == [0], "adding someone does not change who is current"
    assert editor.doc.db["participants"].get(editor.doc.all("participants")[1].id)["colour"] == PALETTE[1]

    editor.stack.undo()
    assert shown(panel) == stored(editor) == [("Ana Ferreira", "Claims handler", "Intake")]
    editor.stack.redo()
    assert [r[0] for r in shown(panel)] == [r[0] for r in stored(editor)] == ["Ana Ferreira", "Ben"]


def test_role_completes_from_the_roster(qtbot, panel, people):
    assert "Claims handler" in panel.roles_model.stringList()
    assert panel.role_edit.completer().model() is panel.roles_model


@pytest.mark.parametrize("typed", ["", "   "])
def test_empty_name_is_refused_with_a_visible_message(qtbot, panel, editor, typed):
    qtbot.keyClicks(panel.name_edit, typed)
    qtbot.keyClicks(panel.role_edit, "Assessor")
    qtbot.keyClick(panel.role_edit, Qt.Key.Key_Return)
    assert panel.message.isVisible() and "name" in panel.message.text()
    assert editor.doc.db["participants"].count == 0 and editor.stack.count() == 0
    assert panel.table.rowCount() == 0
    assert panel.role_edit.text() == "Assessor", "what was typed is kept"
    qtbot.keyClicks(panel.name_edit, "Ben")
    assert not panel.message.isVisible(), "typing clears the message"


def in_place_editor():
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, QLineEdit) else None


def test_f2_renames_in_place_and_undo_restores(qtbot, panel, editor, people):
    ana, _ = people
    panel.table.setFocus()
    panel.table.setCurrentCell(0, 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: in_place_editor() is not None)
    line = in_place_editor()
    line.selectAll()
    qtbot.keyClicks(line, "  Ana F.  ")
    commit_in_place(qtbot, panel, line)
    assert shown(panel)[0] == ("Ana F.", "Claims handler", "Intake"), "trimmed as stored"
    assert editor.doc.db["participants"].get(ana.id)["name"] == "Ana F."
    assert editor.stack.count() == 1 and editor.stack.undoText() == "Rename participant"
    editor.stack.undo()
    assert shown(panel)[0][0] == "Ana" and editor.doc.db["participants"].get(ana.id)["name"] == "Ana"


def test_double_click_edits_the_team(qtbot, panel, editor, people):
    _, ben = people
    double_click_cell(qtbot, panel, 1, 3)
    qtbot.waitUntil(lambda: in_place_editor() is not None)
    line = in_place_editor()
    line.selectAll()
    qtbot.keyClicks(line, "Claims field team")
    commit_in_place(qtbot, panel, line)
    assert shown(panel)[1] == ("Ben", "Assessor", "Claims field team")
    assert editor.doc.db["participants"].get(ben.id)["team"] == "Claims field team"
    editor.stack.undo()
    assert shown(panel)[1][2] == "Field" and editor.doc.db["participants"].get(ben.id)["team"] == "Field"


def test_blank_name_in_place_is_refused(qtbot, panel, editor, people):
    ana, _ = people
    panel.table.setFocus()
    panel.table.setCurrentCell(0, 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: in_place_editor() is not None)
    line = in_place_editor()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    commit_in_place(qtbot, panel, line)
    assert shown(panel)[0][0] == "Ana" and editor.doc.db["participants"].get(ana.id)["name"] == "Ana"
    assert panel.message.isVisible() and editor.stack.count() == 0


def test_clicking_or_activating_a_row_makes_it_current(qtbot, panel, editor, people):
    ana, ben = people
    assert editor.current_participant_id == ana.id and marked_rows(panel) == [0]
    with qtbot.waitSignal(editor.current_participant_changed) as blocker:
        click_row(qtbot, panel, 1, col=2)
    assert blocker.args == [ben.id]
    assert marked_rows(panel) == [1] and panel.table.item(1, 1).font().bold()
    assert not panel.table.item(0, 1).font().bold()
    assert "Ben" in panel.current_label.text()
    # Keyboard: move up with the arrow (selection only), Enter makes it current.
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up)
    assert editor.current_participant_id == ben.id
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert editor.current_participant_id == ana.id and marked_rows(panel) == [0]
    # The button does the same for the selected row.
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.current_button, Qt.MouseButton.LeftButton)
    assert editor.current_participant_id == ben.id


def test_follows_current_participant_set_elsewhere(qtbot, panel, editor, people):
    ana, ben = people
    editor.set_current_participant(ben.id)  # e.g. "@Ben ..." in quick capture
    assert marked_rows(panel) == [1]
    editor.set_current_participant(None)
    assert marked_rows(panel) == [] and "No current participant" in panel.current_label.text()


def test_remove_asks_first_and_undo_brings_back_person_and_authorship(qtbot, panel, editor, people,
                                                                      monkeypatch):
    ana, ben = people
    canvas_id = editor.doc.all("canvases")[0].id
    card = editor.add_card(canvas_id, "assess damage", participant_id=ben.id)
    editor.stack.clear()
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    click_row(qtbot, panel, 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert asked and "Ben" in asked[0] and "cards (1)" in asked[0]
    assert len(shown(panel)) == 2 and editor.doc.db["participants"].count == 2

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert shown(panel) == stored(editor) == [("Ana", "Claims handler", "Intake")]
    assert editor.doc.db["cards"].get(card.id)["participant_id"] is None
    assert editor.current_participant_id == ana.id and marked_rows(panel) == [0]

    editor.stack.undo()
    assert shown(panel) == stored(editor) == [("Ana", "Claims handler", "Intake"), ("Ben", "Assessor", "Field")]
    assert editor.doc.db["cards"].get(card.id)["participant_id"] == ben.id


def test_palette_swatch_sets_colour_and_undo_restores(qtbot, panel, editor, people):
    _, ben = people
    assert not panel.swatches[PALETTE[4]].isEnabled(), "nothing selected, nothing to colour"
    click_row(qtbot, panel, 1)
    assert panel.swatches[PALETTE[1]].isChecked()
    qtbot.mouseClick(panel.swatches[PALETTE[4]], Qt.MouseButton.LeftButton)
    assert editor.doc.db["participants"].get(ben.id)["colour"] == PALETTE[4]
    assert icon_colour(panel, 1) == PALETTE[4]
    assert panel.swatches[PALETTE[4]].isChecked() and not panel.swatches[PALETTE[1]].isChecked()
    assert editor.stack.undoText() == "Change colour"
    editor.stack.undo()
    assert editor.doc.db["participants"].get(ben.id)["colour"] == PALETTE[1]
    assert icon_colour(panel, 1) == PALETTE[1] and panel.swatches[PALETTE[1]].isChecked()


def test_other_colour_uses_the_colour_dialog(qtbot, panel, editor, people, monkeypatch):
    ana, _ = people
    picks = iter([QColor(), QColor("#123456")])  # cancelled, then chosen
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args, **kw: next(picks))
    click_row(qtbot, panel, 0)
    qtbot.mouseClick(panel.other_colour_button, Qt.MouseButton.LeftButton)
    assert editor.doc.db["participants"].get(ana.id)["colour"] == PALETTE[0] and editor.stack.count() == 0
    qtbot.mouseClick(panel.other_colour_button, Qt.MouseButton.LeftButton)
    assert editor.doc.db["participants"].get(ana.id)["colour"] == "#123456"
    assert icon_colour(panel, 0) == "#123456"
    assert not any(b.isChecked() for b in panel.swatches.values())


def test_accessible_names(panel):
    assert panel.table.accessibleName() == "Participants"
    assert panel.name_edit.accessibleName() == "New participant name"
    assert panel.swatches[PALETTE[0]].accessibleName() == "Colour orange"
    assert panel.add_button.accessibleName() == "Add participant"


def test_set_editor_switches_sessions_and_disconnects(qtbot, panel, editor, people, db):
    from app.document import SessionDocument
    from storage import sessions

    other_session = sessions.create(db, None, "Another workshop")
    other = Editor(SessionDocument(db, other_session["id"]))
    other.add_participant("Chidi")
    panel.set_editor(other)
    assert [r[0] for r in shown(panel)] == ["Chidi"]
    editor.add_participant("Dee")  # the old session no longer reaches the panel
    editor.set_current_participant(None)
    assert [r[0] for r in shown(panel)] == ["Chidi"] and marked_rows(panel) == [0]
    panel.set_editor(None)
    assert panel.table.rowCount() == 0 and not panel.isEnabled()
    other.add_participant("Eve")
    assert panel.table.rowCount() == 0
