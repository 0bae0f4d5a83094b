"""Canvas gestures at their edges, driven by keys and mouse: Shift+arrow takes the
big step, Tab wraps at the last card, the resize grip stops at a card's smallest
size, and a drag that cannot be saved puts the card back where the library has it."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from storage.library import open_library
from tests.helpers import make_session
from tests.test_canvas_gui import drag, view_point
from tests.test_canvas_undo_gui import select

THREE = [("first", 0, 0), ("second", 400, 0), ("third", 0, 300)]


def open_canvas(make_window, library_path, cards=THREE):
    make_session(library_path, participants=[("Ana", "")], cards=cards)
    window = make_window()
    view = window.tabs.current_view()
    view.setFocus()
    return window, view, view.canvas_scene


def by_text(scene):
    return {item.card.text: item for item in scene.cards.values()}


def stored(window, item):
    row = window.library.db["cards"].get(item.card_id)
    return row["x"], row["y"], row["width"], row["height"]


def test_arrows_nudge_by_the_small_step_and_shift_arrows_by_the_big_one(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path)
    card = by_text(scene)["second"]
    select(qtbot, view, card)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert (card.pos().x(), card.pos().y()) == (400, 50)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert (card.pos().x(), card.pos().y()) == (350, 40)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert stored(window, card)[:2] == (360, 40)
    assert by_text(scene)["first"].pos().x() == 0  # only the selection moves


def test_tab_walks_the_cards_in_reading_order_and_wraps_both_ways(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path)

    def focused():
        return scene.cards[scene.focused_card_id()].card.text

    seen = []
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        seen.append(focused())
    assert seen == ["first", "second", "third", "first"]  # after the last card, the first again
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() == "third"  # and backwards from the first, the last
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() == "second"


def test_shift_tab_with_nothing_in_focus_starts_at_the_last_card(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path)
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scene.cards[scene.focused_card_id()].card.text == "third"


def test_the_resize_grip_cannot_shrink_a_card_below_its_smallest_size(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, cards=[("only", 0, 0)])
    card = by_text(scene)["only"]
    select(qtbot, view, card)
    corner = view.mapFromScene(card.scene_rect().bottomRight()) - QPoint(4, 4)
    drag(qtbot, view, corner, corner - QPoint(400, 300))
    assert stored(window, card) == (0, 0, 120, 70)
    assert (card.rect().width(), card.rect().height()) == (120, 70)


def test_the_resize_grip_grows_a_card_to_where_it_is_let_go(qtbot, make_window, library_path):
    window, view, scene = open_canvas(make_window, library_path, cards=[("only", 0, 0)])
    card = by_text(scene)["only"]
    select(qtbot, view, card)
    view.zoom_actual()
    before = stored(window, card)
    corner = view.mapFromScene(card.scene_rect().bottomRight()) - QPoint(4, 4)
    drag(qtbot, view, corner, corner + QPoint(80, 60))
    x, y, w, h = stored(window, card)
    assert (x, y) == before[:2]
    assert (round(w), round(h)) == (round(before[2] + 76), round(before[3] + 56))  # grabbed 4 px inside


def test_a_drag_that_cannot_be_saved_snaps_back(qtbot, make_window, library_path, monkeypatch):
    make_session(library_path, participants=[("Ana", "")], cards=THREE)
    real_open = open_library
    monkeypatch.setattr("tests.conftest.open_library", lambda path: real_open(path, read_only=True))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    window = make_window()
    view = window.tabs.current_view()
    card = by_text(view.canvas_scene)["second"]
    view.centerOn(card)
    start = view_point(view, card)
    drag(qtbot, view, start, start + QPoint(0, 150))
    assert (card.pos().x(), card.pos().y()) == (400, 0)
    assert stored(window, card)[:2] == (400, 0)
    assert warned and "not saved" in warned[0]
