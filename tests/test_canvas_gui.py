"""The canvas driven as a facilitator would: keys and mouse, then the library checked."""

from PySide6.QtCore import QPoint, Qt

from storage.library import open_library
from tests.helpers import make_session, shown


def press_ctrl_l_and_type(qtbot, window, line):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    capture = window.capture_bar.line
    assert capture.hasFocus()
    qtbot.keyClicks(capture, line)
    qtbot.keyClick(capture, Qt.Key.Key_Return)


def view_point(view, item):
    return view.mapFromScene(item.scene_rect().center())


def drag(qtbot, view, start: QPoint, end: QPoint):
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    steps = 5
    for i in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * i / steps)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def card_rows(path):
    db = open_library(path)
    rows = {r["text"]: r for r in db.query(
        "SELECT c.*, p.name AS author FROM cards c LEFT JOIN participants p ON p.id = c.participant_id")}
    links = [(r["s"], r["t"], r["kind"]) for r in db.query(
        "SELECT a.text AS s, b.text AS t, l.kind FROM links l JOIN cards a ON a.id = l.source_id "
        "JOIN cards b ON b.id = l.target_id")]
    db.close()
    return rows, links


def test_capture_link_move_undo_reopen(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")])
    window = make_window()
    lines = ["@Ana review the claim #intake", "log it in the system", "@Ben inspect the damage",
             "why: agree a fair settlement", "@Ana call the customer #phone"]
    for line in lines:
        press_ctrl_l_and_type(qtbot, window, line)
    view = window.tabs.current_view()
    scene = view.canvas_scene
    texts = sorted(item.card.text for item in scene.cards.values())
    assert texts == sorted(["review the claim", "log it in the system", "inspect the damage",
                            "agree a fair settlement", "call the customer"])
    assert window.capture_bar.line.text() == ""
    assert "Saved at" in window.saved_label.text()
    # Escape returns to the canvas
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Escape)
    assert view.hasFocus()

    by_text = {item.card.text: item for item in scene.cards.values()}
    view.zoom_actual()
    source, target = by_text["review the claim"], by_text["inspect the damage"]
    view.centerOn(source)
    # select the two cards in order (click, then ctrl-click) and link with Ctrl+K
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, source))
    view.centerOn(target)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=view_point(view, target))
    assert scene.selection_order == [source.card_id, target.card_id]
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert len(scene.links) == 1

    # move one card by dragging it
    mover = by_text["call the customer"]
    view.centerOn(mover)
    start = view_point(view, mover)
    old = mover.pos()
    drag(qtbot, view, start, start + QPoint(0, 150))
    assert mover.pos().y() > old.y() + 100
    moved_y = mover.pos().y()

    # undo the move (Ctrl+Z), redo it (Ctrl+Shift+Z)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mover.pos() == old
    assert window.editor.doc.db["cards"].get(mover.card_id)["y"] == old.y()
    window.redo_action.trigger()
    assert mover.pos().y() == moved_y
    assert window.undo_action.text() == "&Undo Move 1 card"

    # close and reopen: everything exactly as it was, on screen and in SQLite
    window.close()
    rows, links = card_rows(library_path)
    assert rows["call the customer"]["y"] == moved_y
    assert rows["review the claim"]["author"] == "Ana"
    assert rows["inspect the damage"]["author"] == "Ben"
    assert rows["log it in the system"]["author"] == "Ana"
    assert rows["agree a fair settlement"]["kind"] == "purpose"
    assert links == [("review the claim", "inspect the damage", "hand-off")]
    again = make_window()
    scene2 = again.tabs.current_view().canvas_scene
    assert {i.card.text: (i.pos().x(), i.pos().y()) for i in scene2.cards.values()} == {
        r["text"]: (r["x"], r["y"]) for r in rows.values()}
    assert len(scene2.links) == 1


def test_drag_from_edge_creates_a_link_and_undo_removes_it(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler")],
                 cards=[("receive claim", 0, 0), ("assess", 400, 0)])
    window = make_window()
    view = window.tabs.current_view()
    view.zoom_actual()
    scene = view.canvas_scene
    a, b = sorted(scene.cards.values(), key=lambda i: i.pos().x())
    view.centerOn(a.scene_rect().center().x() + 200, a.scene_rect().center().y())
    edge = view.mapFromScene(a.scene_rect().right() - 3, a.scene_rect().center().y())
    drag(qtbot, view, edge, view_point(view, b))
    assert [(link.source.card_id, link.target.card_id) for link in scene.links.values()] == [(a.card_id, b.card_id)]
    assert window.library.db["links"].count == 1
    assert a.pos().x() == 0  # the card itself did not move
    window.undo_action.trigger()
    assert not scene.links and window.library.db["links"].count == 0


def test_edit_in_place_with_f2_and_escape(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "")], cards=[("draft", 0, 0)])
    window = make_window()
    view = window.tabs.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # focus the first card
    item = next(iter(view.canvas_scene.cards.values()))
    assert view.canvas_scene.focusItem() is item
    assert "draft" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.canvas_scene.focusItem()
    qtbot.keyClicks(view, " version")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert item.card.text == "draft version"
    assert window.library.db["cards"].get(item.card_id)["text"] == "draft version"
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view, " lost")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert item.card.text == "draft version"
    assert editor is not None


def test_keyboard_nudge_and_follow_links(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "")],
                 cards=[("first", 0, 0), ("second", 400, 0), ("third", 0, 300)], links=[(0, 2)])
    window = make_window()
    view = window.tabs.current_view()
    scene = view.canvas_scene
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first = scene.cards[scene.focused_card_id()]
    assert first.card.text == "first"
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert scene.cards[scene.focused_card_id()].card.text == "third"
    assert "Followed hand-off link" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert scene.focused_card_id() == first.card_id
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert first.pos().x() == 30
    assert window.library.db["cards"].get(first.card_id)["x"] == 30
    window.undo_action.trigger()  # three nudges are one undo step
    assert first.pos().x() == 0


def test_delete_key_removes_card_and_its_links_undo_restores(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "")],
                 cards=[("a", 0, 0), ("b", 400, 0)], links=[(0, 1)])
    window = make_window()
    view = window.tabs.current_view()
    scene = view.canvas_scene
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(scene.cards) == 1 and not scene.links
    assert window.library.db["cards"].count == 1 and window.library.db["links"].count == 0
    assert window.undo_action.text() == "&Undo Delete 1 card"
    window.undo_action.trigger()
    assert len(scene.cards) == 2 and len(scene.links) == 1
    assert window.library.db["links"].count == 1


def test_find_and_filter_by_text_participant_kind_and_tag(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")])
    window = make_window()
    for line in ["@Ana review the claim #intake", "@Ana why: keep customers informed",
                 "@Ben inspect the damage #site", "@Ben review the photos #site"]:
        press_ctrl_l_and_type(qtbot, window, line)
    scene = window.tabs.current_view().canvas_scene
    panel = window.find_panel
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.query.hasFocus()
    qtbot.keyClicks(panel.query, "review")
    assert panel.count.text() == "2 of 4 cards match"
    dimmed = sorted(i.card.text for i in scene.cards.values() if i.opacity() < 1)
    assert dimmed == ["inspect the damage", "keep customers informed"]
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)  # focus the first match
    assert scene.cards[scene.focused_card_id()].card.text == "review the claim"
    panel.participant.setCurrentIndex(panel.participant.findText("Ben"))
    assert panel.count.text() == "1 of 4 cards match"
    qtbot.mouseClick(panel.filter, Qt.MouseButton.LeftButton, pos=QPoint(8, panel.filter.height() // 2))
    visible = sorted(i.card.text for i in scene.cards.values() if i.isVisible())
    assert visible == ["review the photos"]
    panel.clear()
    panel.tag.setCurrentIndex(panel.tag.findText("#site"))
    assert sorted(i.card.text for i in scene.cards.values() if i.isVisible()) == [
        "inspect the damage", "review the photos"]
    panel.clear()
    panel.kind.setCurrentIndex(panel.kind.findData("purpose"))
    assert [i.card.text for i in scene.cards.values() if i.isVisible()] == ["keep customers informed"]
    panel.clear()
    assert all(i.isVisible() and i.opacity() == 1 for i in scene.cards.values())


def test_select_neighbourhood(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "")],
                 cards=[("a", 0, 0), ("b", 400, 0), ("c", 0, 300), ("d", 400, 300)], links=[(0, 1), (2, 0)])
    window = make_window()
    view = window.tabs.current_view()
    scene = view.canvas_scene
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert scene.cards[scene.focused_card_id()].card.text == "a"
    window.canvas_actions.actions["neighbourhood"].trigger()
    assert sorted(scene.cards[i].card.text for i in scene.selected_card_ids()) == ["a", "b", "c"]


def test_inspector_follows_the_canvas_selection(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler")], cards=[("a", 0, 0), ("b", 400, 0)],
                 links=[(0, 1)])
    window = make_window()
    view = window.tabs.current_view()
    scene = view.canvas_scene
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert window.inspector.card_id == scene.focused_card_id()
    link = next(iter(scene.links.values()))
    scene.clearSelection()
    link.setSelected(True)
    assert window.inspector.link_id == link.link_id
    scene.clearSelection()
    assert window.inspector.card_id is None and window.inspector.link_id is None


def test_links_follow_a_dragged_card_and_its_undo(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "")], cards=[("a", 0, 0), ("b", 500, 0)], links=[(0, 1)])
    window = make_window()
    view = window.tabs.current_view()
    view.zoom_actual()
    scene = view.canvas_scene
    link = next(iter(scene.links.values()))
    b = link.target
    before = link.boundingRect()
    view.centerOn(b)
    start = view_point(view, b)
    drag(qtbot, view, start, start + QPoint(0, 200))
    assert link.boundingRect().bottom() > before.bottom() + 150  # the arrow now reaches down to b
    assert link.boundingRect().intersects(b.scene_rect())
    window.undo_action.trigger()
    assert link.boundingRect() == before


def test_hovering_a_card_shows_its_kind_text_and_author(qtbot, make_window, library_path):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    make_session(library_path, participants=[("Ana", "Claims handler")], cards=[("review the claim", 0, 0)])
    window = make_window()
    view = window.tabs.current_view()
    item = next(iter(view.canvas_scene.cards.values()))
    view.centerOn(item)
    pos = view_point(view, item)
    QApplication.sendEvent(view.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert shown(QToolTip.text()) == "Activity card: review the claim, by Ana (Claims handler)"
    QToolTip.hideText()
