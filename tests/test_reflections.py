"""The reflections panel: insights, decisions and actions added, edited, linked to
cards and deleted with the keyboard and the mouse; stored, undoable and shown."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from tests.helpers import make_session

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")],
                 cards=[("review the claim", 0, 0), ("assess damage", 300, 0)])
    win = make_window()
    assert win.reflections_panel.editor is win.editor
    return win


def stored(win):
    return list(win.library.db.query("SELECT * FROM reflections ORDER BY created_at"))


def shown(panel):
    """{group caption: [texts]} as the list shows them."""
    out = {}
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        if not group.isHidden():
            out[group.text(0)] = [group.child(j).text(0) for j in range(group.childCount())]
    return out


def item_for(panel, text):
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        for j in range(group.childCount()):
            if group.child(j).text(0) == text:
                return group.child(j)
    raise AssertionError(f"{text!r} not in the list")


def click_item(qtbot, panel, text):
    item = item_for(panel, text)
    panel.tree.scrollToItem(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(item).center())
    assert panel.tree.currentItem() is item


def test_keyboard_adds_an_insight_and_an_action_stored_shown_and_undoable(window, qtbot):
    panel = window.reflections_panel
    window.focus_canvas()
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | ALT)  # Edit > Add Reflection
    qtbot.waitUntil(panel.text.hasFocus)
    assert panel.parentWidget().isVisible()
    qtbot.keyClicks(panel.text, "Claims wait days for the assessor")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    rows = stored(window)
    assert [(r["kind"], r["text"], r["owner"], r["due_date"], r["card_id"]) for r in rows] == [
        ("insight", "Claims wait days for the assessor", "", None, None)]
    assert shown(panel)["Insights (1)"] == ["Claims wait days for the assessor"]
    assert panel.text.text() == "" and panel.text.hasFocus()  # ready for the next one

    # An action: pick the kind by typing, an owner from the roster, a due date.
    assert not panel.owner.isEnabled()
    panel.kind.setFocus()
    qtbot.keyClicks(panel.kind, "a")
    assert panel.kind.currentData() == "action" and panel.owner.isEnabled()
    assert panel.owner.completer().model().stringList() == ["Ana", "Ben"]
    qtbot.keyClicks(panel.text, "Call the customer within a day")
    qtbot.keyClicks(panel.owner, "Ben")
    qtbot.mouseClick(panel.has_due, Qt.MouseButton.LeftButton)
    assert panel.due.isEnabled()
    panel.due.setDate(QDate(2026, 3, 31))
    qtbot.keyClick(panel.owner, Qt.Key.Key_Return)
    rows = stored(window)
    assert [(r["kind"], r["text"], r["owner"], r["due_date"]) for r in rows][1] == (
        "action", "Call the customer within a day", "Ben", "2026-03-31")
    action = item_for(panel, "Call the customer within a day")
    assert (action.text(1), action.text(2)) == ("Ben", "2026-03-31")
    assert shown(panel)["Actions (1)"] == ["Call the customer within a day"]

    window.undo_action.trigger()
    assert [r["kind"] for r in stored(window)] == ["insight"]
    assert "Actions (0)" in shown(panel)
    assert window.undo_action.text().endswith("Add insight")
    window.redo_action.trigger()
    assert [r["kind"] for r in stored(window)] == ["insight", "action"]
    assert shown(panel)["Actions (1)"] == ["Call the customer within a day"]


def test_link_to_the_selected_card_and_clicking_selects_it(window, qtbot):
    panel = window.reflections_panel
    view = window.tabs.current_view()
    card = next(c for c in window.editor.doc.all("cards") if c.text == "assess damage")
    item = view.canvas_scene.cards[card.id]
    view.ensureVisible(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(item.sceneBoundingRect().center()))
    assert view.canvas_scene.selected_card_ids() == [card.id]
    assert panel.link_button.isEnabled()

    panel.kind.setCurrentIndex(1)  # decision
    qtbot.keyClicks(panel.text, "Assess on site only above 5000")
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert "assess damage" in panel.card_label.text()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert [(r["kind"], r["card_id"]) for r in stored(window)] == [("decision", card.id)]
    assert item_for(panel, "Assess on site only above 5000").text(3) == "‘assess damage’"

    view.canvas_scene.clearSelection()
    click_item(qtbot, panel, "Assess on site only above 5000")
    assert view.canvas_scene.selected_card_ids() == [card.id]

    # Unlinking is an edit too: F2, Unlink, Enter.
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert panel.editing_id is not None and panel.text.hasFocus()
    qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert stored(window)[0]["card_id"] is None
    window.undo_action.trigger()
    assert stored(window)[0]["card_id"] == card.id
    assert item_for(panel, "Assess on site only above 5000").text(3) == "‘assess damage’"


def test_edit_filter_and_delete_with_confirmation(window, qtbot, monkeypatch):
    panel = window.reflections_panel
    for kind, text in ((0, "Hand-offs are by email"), (1, "Use the shared queue"),
                       (2, "Set up the queue")):
        panel.kind.setCurrentIndex(kind)
        qtbot.keyClicks(panel.text, text)
        qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert len(stored(window)) == 3

    click_item(qtbot, panel, "Hand-offs are by email")
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert panel.save_button.text() == "Save" and panel.cancel_button.isVisible()
    panel.text.selectAll()
    qtbot.keyClicks(panel.text, "Most hand-offs are by email")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    texts = [r["text"] for r in stored(window)]
    assert texts[0] == "Most hand-offs are by email" and len(texts) == 3
    assert shown(panel)["Insights (1)"] == ["Most hand-offs are by email"]
    window.undo_action.trigger()
    assert stored(window)[0]["text"] == "Hand-offs are by email"
    assert shown(panel)["Insights (1)"] == ["Hand-offs are by email"]

    panel.show_kind.setCurrentIndex(3)  # actions only
    assert shown(panel) == {"Actions (1)": ["Set up the queue"]}
    panel.show_kind.setCurrentIndex(0)

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or next(answers))
    click_item(qtbot, panel, "Use the shared queue")
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert len(stored(window)) == 3  # said no
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert [r["text"] for r in stored(window)] == ["Hand-offs are by email", "Set up the queue"]
    assert "Use the shared queue" in asked[0]
    assert "Decisions (0)" in shown(panel)
    window.undo_action.trigger()
    assert len(stored(window)) == 3
    assert shown(panel)["Decisions (1)"] == ["Use the shared queue"]


def test_empty_text_is_not_stored_and_panel_follows_the_session(window, qtbot):
    panel = window.reflections_panel
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert stored(window) == []
    window.close_session()
    qtbot.waitUntil(lambda: panel.editor is None)
    assert not panel.isEnabled()
