"""The inspector panel, driven with keys and mouse: each commit is one undo step,
SQLite follows, undo puts the panel and the library back."""

import pytest
from PySide6.QtCore import Qt

from app.editor import Editor
from widgets.panels.inspector import InspectorPanel, parse_tags

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qapp, session_doc):
    ed = Editor(session_doc)
    ed.add_participant("Ana", role="Claims handler")
    ed.add_participant("Ben", role="Assessor")
    return ed


@pytest.fixture
def cards(editor):
    canvas_id = editor.doc.all("canvases")[0].id
    first = editor.capture("@Ana review the claim #intake", canvas_id)
    second = editor.capture("call the customer", canvas_id)
    link = editor.add_link(first.id, second.id, "hand-off")
    editor.stack.clear()
    return first, second, link


@pytest.fixture
def panel(qtbot, editor):
    widget = InspectorPanel()
    qtbot.addWidget(widget)
    widget.set_editor(editor)
    widget.resize(420, 560)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # focus changes need an active window
    return widget


def card_row(editor, card_id):
    return editor.doc.db["cards"].get(card_id)


def stored_tags(editor, card_id):
    return [r[0] for r in editor.doc.db.execute(
        "SELECT t.name FROM card_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.card_id = ? "
        "ORDER BY ct.rowid", [card_id])]


def focus(qtbot, widget):
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(widget.hasFocus)


def test_hint_when_nothing_is_selected(panel, cards):
    assert panel.pages.currentWidget() is panel.hint and "Select a card" in panel.hint.text()
    panel.show_card(cards[0].id)
    assert panel.pages.currentWidget() is not panel.hint
    panel.show_card(None)
    assert panel.pages.currentWidget() is panel.hint


def test_shows_the_selected_card(panel, editor, cards):
    first, _, _ = cards
    editor.edit_card(first.id, why="so nothing is paid twice")
    panel.show_card(first.id)
    assert panel.text_edit.toPlainText() == "review the claim"
    assert panel.why_edit.toPlainText() == "so nothing is paid twice"
    assert panel.kind_combo.currentText() == "Activity"
    assert panel.knowledge_combo.currentText() == "—" and not panel.knowledge_combo.isEnabled()
    assert panel.tags_edit.text() == "#intake"
    assert panel.author_combo.currentText() == "Ana — Claims handler"
    assert [panel.author_combo.itemText(i) for i in range(panel.author_combo.count())] == [
        "(nobody)", "Ana — Claims handler", "Ben — Assessor"]


def test_text_commits_when_focus_leaves_as_one_undo_step(qtbot, panel, editor, cards):
    first, _, _ = cards
    panel.show_card(first.id)
    focus(qtbot, panel.text_edit)
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(panel.text_edit, " and log it")
    assert card_row(editor, first.id)["text"] == "review the claim", "not saved while typing"
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Tab)  # Tab leaves the field, it does not indent
    assert panel.why_edit.hasFocus()
    assert card_row(editor, first.id)["text"] == "review the claim and log it"
    assert editor.stack.count() == 1 and editor.stack.undoText() == "Edit card text"
    qtbot.keyClick(panel.why_edit, Qt.Key.Key_Tab)  # leaving a field unchanged saves nothing
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert card_row(editor, first.id)["text"] == "review the claim"
    assert panel.text_edit.toPlainText() == "review the claim"


def test_ctrl_enter_commits_why_and_keeps_the_focus(qtbot, panel, editor, cards):
    first, _, _ = cards
    panel.show_card(first.id)
    focus(qtbot, panel.why_edit)
    qtbot.keyClicks(panel.why_edit, "so that no claim is paid twice")
    qtbot.keyClick(panel.why_edit, Qt.Key.Key_Return, CTRL)
    assert card_row(editor, first.id)["why"] == "so that no claim is paid twice"
    assert panel.why_edit.toPlainText() == "so that no claim is paid twice", "Ctrl+Enter adds no newline"
    assert panel.why_edit.hasFocus() and editor.stack.count() == 1
    qtbot.keyClick(panel.why_edit, Qt.Key.Key_Return, CTRL)
    assert editor.stack.count() == 1, "nothing changed, nothing committed"
    editor.stack.undo()
    assert card_row(editor, first.id)["why"] == "" and panel.why_edit.toPlainText() == ""


def test_escape_puts_the_stored_text_back(qtbot, panel, editor, cards):
    first, _, _ = cards
    panel.show_card(first.id)
    focus(qtbot, panel.text_edit)
    qtbot.keyClicks(panel.text_edit, "oops ")
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Escape)
    assert panel.text_edit.toPlainText() == "review the claim"
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Tab)
    assert editor.stack.count() == 0 and card_row(editor, first.id)["text"] == "review the claim"


def test_undo_refreshes_other_fields_without_clobbering_typing(qtbot, panel, editor, cards):
    first, _, _ = cards
    panel.show_card(first.id)
    editor.edit_card(first.id, why="first reason")
    assert panel.why_edit.toPlainText() == "first reason"
    focus(qtbot, panel.text_edit)
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(panel.text_edit, " carefully")
    editor.stack.undo()  # undoes the why while the text field has unsaved words
    assert panel.why_edit.toPlainText() == ""
    assert panel.text_edit.toPlainText() == "review the claim carefully"
    editor.edit_card(first.id, text="changed elsewhere")  # the same field, from elsewhere
    assert panel.text_edit.toPlainText() == "review the claim carefully", "the person's words stay"
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Tab)
    assert card_row(editor, first.id)["text"] == "review the claim carefully"


def test_undo_of_a_field_not_being_typed_in_updates_it(qtbot, panel, editor, cards):
    first, _, _ = cards
    panel.show_card(first.id)
    focus(qtbot, panel.text_edit)  # focused, but nothing typed yet
    editor.edit_card(first.id, text="renamed on the canvas")
    assert panel.text_edit.toPlainText() == "renamed on the canvas"


def test_kind_and_knowledge_type_from_the_keyboard(qtbot, panel, editor, cards):
    first, _, _ = cards
    panel.show_card(first.id)
    qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Down)  # activity -> purpose
    assert card_row(editor, first.id)["kind"] == "purpose" and editor.stack.count() == 1
    qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Down)  # -> resource
    assert card_row(editor, first.id)["kind"] == "resource"
    assert panel.knowledge_combo.isEnabled()
    qtbot.keyClick(panel.knowledge_combo, Qt.Key.Key_Down)
    qtbot.keyClick(panel.knowledge_combo, Qt.Key.Key_Down)  # — -> artefact -> skill
    assert card_row(editor, first.id)["knowledge_type"] == "skill"
    assert editor.stack.count() == 4
    # Leaving "resource" clears the ASHEN type in the same single step.
    qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Down)
    row = card_row(editor, first.id)
    assert (row["kind"], row["knowledge_type"]) == ("outcome", None) and editor.stack.count() == 5
    assert not panel.knowledge_combo.isEnabled() and panel.knowledge_combo.currentText() == "—"
    editor.stack.undo()
    row = card_row(editor, first.id)
    assert (row["kind"], row["knowledge_type"]) == ("resource", "skill")
    assert panel.kind_combo.currentText() == "Resource (what is used)"
    assert panel.knowledge_combo.currentText() == "Skill" and panel.knowledge_combo.isEnabled()


def test_tags_commit_on_enter(qtbot, panel, editor, cards):
    first, _, _ = cards
    panel.show_card(first.id)
    focus(qtbot, panel.tags_edit)
    qtbot.keyClicks(panel.tags_edit, ", urgent phone #Urgent")
    qtbot.keyClick(panel.tags_edit, Qt.Key.Key_Return)
    assert stored_tags(editor, first.id) == ["intake", "urgent", "phone"]
    assert panel.tags_edit.text() == "#intake #urgent #phone"
    assert editor.stack.count() == 1 and editor.stack.undoText() == "Edit tags"
    editor.stack.undo()
    assert stored_tags(editor, first.id) == ["intake"] and panel.tags_edit.text() == "#intake"


def test_author_choice(qtbot, panel, editor, cards):
    first, _, _ = cards
    ana, ben = editor.doc.all("participants")
    panel.show_card(first.id)
    qtbot.keyClick(panel.author_combo, Qt.Key.Key_Down)
    assert card_row(editor, first.id)["participant_id"] == ben.id
    qtbot.keyClick(panel.author_combo, Qt.Key.Key_Home)
    assert card_row(editor, first.id)["participant_id"] is None
    assert panel.author_combo.currentText() == "(nobody)"
    editor.stack.undo()
    assert card_row(editor, first.id)["participant_id"] == ben.id
    assert panel.author_combo.currentText() == "Ben — Assessor"
    editor.edit_participant(ben.id, name="Benjamin")  # the roster renames: the list follows
    assert panel.author_combo.currentText() == "Benjamin — Assessor"


def test_link_kind_and_label(qtbot, panel, editor, cards):
    first, second, link = cards
    panel.show_link(link.id)
    assert panel.link_kind_combo.currentText() == "Hand-off"
    assert "review the claim" in panel.ends_label.text() and "call the customer" in panel.ends_label.text()
    qtbot.keyClick(panel.link_kind_combo, Qt.Key.Key_Down)
    assert editor.doc.db["links"].get(link.id)["kind"] == "depends on"
    focus(qtbot, panel.label_edit)
    qtbot.keyClicks(panel.label_edit, "claim file")
    qtbot.keyClick(panel.label_edit, Qt.Key.Key_Return)
    assert editor.doc.db["links"].get(link.id)["label"] == "claim file"
    assert editor.stack.count() == 2 and editor.stack.undoText() == "Edit label"
    editor.stack.undo()
    assert editor.doc.db["links"].get(link.id)["label"] == "" and panel.label_edit.text() == ""
    editor.stack.undo()
    assert editor.doc.db["links"].get(link.id)["kind"] == "hand-off"
    assert panel.link_kind_combo.currentText() == "Hand-off"


def test_switching_cards_saves_what_was_typed(qtbot, panel, editor, cards):
    first, second, link = cards
    panel.show_card(first.id)
    focus(qtbot, panel.why_edit)
    qtbot.keyClicks(panel.why_edit, "to start the file")
    panel.show_card(second.id)  # e.g. the canvas selection changed by a shortcut
    assert card_row(editor, first.id)["why"] == "to start the file"
    assert panel.text_edit.toPlainText() == "call the customer" and panel.why_edit.toPlainText() == ""
    panel.show_link(link.id)
    assert panel.pages.currentIndex() == 2 and editor.stack.count() == 1


def test_removed_record_clears_the_panel(panel, editor, cards):
    first, _, link = cards
    panel.show_link(link.id)
    editor.delete(card_ids=[first.id])  # its links go with it
    assert panel.pages.currentWidget() is panel.hint and panel.link_id is None
    editor.stack.undo()
    panel.show_card(first.id)
    assert panel.text_edit.toPlainText() == "review the claim"
    editor.delete(card_ids=[first.id])
    assert panel.pages.currentWidget() is panel.hint and panel.card_id is None


def test_set_editor_none_disconnects(panel, editor, cards):
    first, _, _ = cards
    panel.show_card(first.id)
    panel.set_editor(None)
    assert panel.pages.currentWidget() is panel.hint
    editor.edit_card(first.id, text="still works without the panel")
    assert panel.card_id is None and panel.text_edit.toPlainText() != "still works without the panel"


def test_accessible_names(panel):
    names = [w.accessibleName() for w in (panel.text_edit, panel.why_edit, panel.kind_combo,
                                           panel.knowledge_combo, panel.tags_edit, panel.author_combo,
                                           panel.link_kind_combo, panel.label_edit)]
    assert names == ["Card text", "Why", "Card kind", "Knowledge type", "Tags", "Author",
                     "Link kind", "Link label"]


@pytest.mark.parametrize("typed, tags", [
    ("#intake, phone", ["intake", "phone"]),
    ("a,b  c #a", ["a", "b", "c"]),
    ("  ", []),
    ("#Urgent urgent", ["Urgent"]),
])
def test_parse_tags(typed, tags):
    assert parse_tags(typed) == tags
