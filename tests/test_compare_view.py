"""The compare view driven as a person would: the overlay shows the diff, the list
selects cards, match choices are stored, undoable and re-drawn, the threshold
re-matches, and the window's Patterns menu opens it on the right sessions."""

import pytest
from PySide6.QtCore import QPoint, Qt

from app.analysis.diff import diff_sessions
from app.analysis.loading import load_session
from app.analysis.matching import match_sessions
from app.analysis.metrics import session_metrics
from app.library import Library
from storage import matches, series
from tests.analysis_builder import Build
from tests.patterns_series import build_series, build_series_file


@pytest.fixture
def built(db):
    return build_series(db)


@pytest.fixture
def compare(qtbot, db, built):
    from widgets.views.compare import CompareView

    view = CompareView(Library(db, ""))
    qtbot.addWidget(view, before_close_func=lambda v: v.shutdown())
    view.set_sessions(built["q1"], built["q2"])
    view.show()
    qtbot.waitExposed(view)
    return view


def expected_diff(db, a, b, threshold=80.0):
    da, dbb = load_session(db, a), load_session(db, b)
    return diff_sessions(da, dbb, match_sessions(da, dbb, threshold, matches.between(db, a, b)))


def marked(view, state):
    return sorted(getattr(i, "card_id", None) or i.link_id for i in view.overlay.marks(state))


def test_overlay_marks_exactly_what_the_diff_says(compare, db, built):
    diff = expected_diff(db, built["q1"], built["q2"])
    a, b = built["a"], built["b"]
    # the series was built with one change of every kind
    assert diff.added == [b["email"]] and diff.removed == [a["fax"]]
    assert marked(compare, "added") == sorted(diff.added)
    assert marked(compare, "removed") == sorted(diff.removed)
    assert marked(compare, "changed") == sorted(c.b for c in diff.changed if set(c.fields) - {"zone"}) == [b["call"]]
    assert marked(compare, "moved") == sorted(m.b for m in diff.moved) == [b["policy"]]
    assert marked(compare, "link_added") == sorted(diff.links_added) and len(diff.links_added) == 1
    assert marked(compare, "link_removed") == sorted(diff.links_removed) and len(diff.links_removed) == 1
    assert compare.overlay.states_of(b["assess"]) == set()  # unchanged cards carry no mark
    # the marks sit on top of the later map's cards, the ghost where the removed card was
    scene = compare.side_b.view.canvas_scene
    (frame,) = compare.overlay.marks("added")
    assert frame.scene() is scene and frame.rect().contains(scene.cards[b["email"]].scene_rect())
    (ghost,) = compare.overlay.marks("removed")
    assert (ghost.rect().x(), ghost.rect().y()) == (490, 60)
    # cards keep their own painting: the overlay adds items, it does not replace any
    assert set(scene.cards) == set(b.values())


def _click_row(qtbot, tree, text):
    item = next(tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())
                if tree.topLevelItem(i).child(j).text(0).startswith(text))
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    return item


def _centre_distance(view, card_id):
    centre = view.mapToScene(view.viewport().rect().center())
    card = view.canvas_scene.cards[card_id].sceneBoundingRect().center()
    return abs(centre.x() - card.x()) + abs(centre.y() - card.y())


def test_clicking_a_change_selects_and_centres_the_card(qtbot, compare, built):
    compare.side_b.view.zoom_actual()
    compare.side_b.view.centerOn(-1000, -1000)
    _click_row(qtbot, compare.change_list, "Call the customer back")
    view_b, view_a = compare.side_b.view, compare.side_a.view
    assert view_b.canvas_scene.selected_card_ids() == [built["b"]["call"]]
    assert _centre_distance(view_b, built["b"]["call"]) <= 2
    assert view_a.canvas_scene.selected_card_ids() == [built["a"]["call"]]  # its match, on the earlier map
    _click_row(qtbot, compare.change_list, "Old fax form")  # removed: shown on the earlier map
    assert view_a.canvas_scene.selected_card_ids() == [built["a"]["fax"]]
    assert view_b.canvas_scene.selected_card_ids() == []


def _click_card(qtbot, view, card_id):
    point = view.mapFromScene(view.canvas_scene.cards[card_id].sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_cards_on_the_maps_picks_them_and_never_edits(qtbot, compare, db, built):
    before = db["events"].count
    _click_card(qtbot, compare.side_a.view, built["a"]["assess"])
    assert compare.picked == {"a": built["a"]["assess"], "b": built["b"]["assess"]}
    assert "by lineage" in compare.pair_label.text()
    assert compare.side_b.view.canvas_scene.selected_card_ids() == [built["b"]["assess"]]
    # a drag on the read-only map moves nothing
    view = compare.side_b.view
    start = view.mapFromScene(view.canvas_scene.cards[built["b"]["assess"]].sceneBoundingRect().center())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(80, 40))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(80, 40))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert db["events"].count == before
    assert len(load_session(db, built["q2"]).cards) == 4


def test_break_confirm_and_hand_match_are_stored_undoable_and_redraw_the_diff(qtbot, compare, db, built):
    a, b = built["a"], built["b"]
    # break the lineage match of the retyped card
    _click_card(qtbot, compare.side_b.view, b["call"])
    assert compare.picked["a"] == a["call"] and compare.break_button.isEnabled()
    qtbot.mouseClick(compare.break_button, Qt.MouseButton.LeftButton)
    assert [(m["card_a"], m["card_b"], m["status"]) for m in matches.between(db, built["q1"], built["q2"])] == [
        (a["call"], b["call"], "broken")]
    assert b["call"] in compare.diff.added and a["call"] in compare.diff.removed
    assert compare.overlay.states_of(b["call"]) == {"added"}
    assert compare.diff.added == expected_diff(db, built["q1"], built["q2"]).added
    # undo in the compare window (Ctrl+Z) forgets it; redo brings it back
    compare.activateWindow()
    qtbot.keyClick(compare.change_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert matches.between(db, built["q1"], built["q2"]) == []
    assert compare.overlay.states_of(b["call"]) == {"changed"}
    compare.redo_action.trigger()
    assert matches.between(db, built["q1"], built["q2"])[0]["status"] == "broken"
    compare.undo_action.trigger()

    # a match by hand: the removed fax form is the added e-mail card after all
    _click_card(qtbot, compare.side_a.view, a["fax"])
    assert compare.picked["b"] is None and not compare.hand_button.isEnabled()
    _click_card(qtbot, compare.side_b.view, b["email"])
    assert compare.picked == {"a": a["fax"], "b": b["email"]} and compare.hand_button.isEnabled()
    qtbot.mouseClick(compare.hand_button, Qt.MouseButton.LeftButton)
    assert [(m["card_a"], m["card_b"], m["status"]) for m in matches.between(db, built["q1"], built["q2"])] == [
        (a["fax"], b["email"], "confirmed")]
    assert compare.diff.added == [] and compare.diff.removed == []
    assert compare.overlay.states_of(b["email"]) == {"changed"} and compare.overlay.marks("removed") == []
    assert "confirmed by hand" in compare.pair_label.text() and compare.forget_button.isEnabled()
    compare.undo_action.trigger()
    assert matches.between(db, built["q1"], built["q2"]) == []
    assert compare.diff.added == [b["email"]]

    # confirming an automatic match stores it as the user's choice
    _click_card(qtbot, compare.side_a.view, a["assess"])
    qtbot.mouseClick(compare.confirm_button, Qt.MouseButton.LeftButton)
    assert [m["status"] for m in matches.between(db, built["q1"], built["q2"])] == ["confirmed"]
    assert compare.matching.pair_of(a["assess"]).how == "confirmed"
    assert not compare.confirm_button.isEnabled()


def test_threshold_re_matches_live(qtbot, db):
    from widgets.views.compare import CompareView

    s = series.create(db, "Intake")["id"]
    one, two = Build(db, s, "One", "2026-01-01"), Build(db, s, "Two", "2026-02-01")
    old = one.card("Check the policy terms", by=one.person("Ann", "Adjuster"))
    new = two.card("Check policy terms", by=two.person("Ann", "Adjuster"))
    view = CompareView(Library(db, ""))
    qtbot.addWidget(view, before_close_func=lambda v: v.shutdown())
    view.set_sessions(one.id, two.id)
    assert view.matching.a_to_b == {old: new} and view.diff.added == []
    view.threshold_spin.selectAll()
    qtbot.keyClicks(view.threshold_spin, "95")
    qtbot.keyClick(view.threshold_spin, Qt.Key.Key_Return)
    assert view.threshold_slider.value() == 95
    assert view.matching.a_to_b == {} and view.diff.added == [new] and view.diff.removed == [old]
    assert [i.card_id for i in view.overlay.marks("added")] == [new]
    view.threshold_slider.setValue(60)
    assert view.threshold_spin.value() == 60 and view.matching.a_to_b == {old: new}


def test_metrics_of_both_sessions_side_by_side(compare, db, built):
    table = compare.metrics_table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2, 3)] for r in range(table.rowCount())}
    earlier = session_metrics(load_session(db, built["q1"]))
    later = session_metrics(load_session(db, built["q2"]))
    assert rows["Cards"][:2] == [str(earlier.cards), str(later.cards)]
    assert rows["Unevenness of participation"] == [
        "0", f"{later.gini_participation:.2f}", f"+{later.gini_participation:.2f}"]
    # one row per metric: the count and the names it counts together
    assert rows["Knowledge at risk"] == ["1: Old fax form", "0", "−1"]
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert len(names) == len(set(names)) and "Brokers" in names and "Roles with no links" in names


def test_patterns_menu_compares_the_open_session_with_the_one_before(qtbot, make_window, library_path):
    built = build_series_file(library_path)
    window = make_window()
    assert window.editor.doc.session_id == built["q2"]
    menu = window.patterns.menu
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Compare Sessions…", "&Series Map…", "&Trends…", "&Role Profiles…", "C&ontinue Session…"]
    window.patterns.compare_action.trigger()
    view = window.patterns.compare_view
    qtbot.waitExposed(view)
    assert (view.data_a.id, view.data_b.id) == (built["q1"], built["q2"])
    assert (view.box_a.currentData(), view.box_b.currentData()) == (built["q1"], built["q2"])
    assert view.diff.added == [built["b"]["email"]]
    # another pair from the pickers
    view.box_a.setCurrentIndex(view.box_a.findData(built["q2"]))
    view.box_a.activated.emit(view.box_a.currentIndex())
    assert view.data_a.id == built["q2"] and view.diff.is_empty()
    view.grab().save(str(library_path.parent / "compare.png"))


def test_a_removed_cards_words_stay_readable_on_a_map_zoomed_out(compare):
    view = compare.side_b.view
    view.zoom_by(0.3 / view.scale_factor())
    (ghost,) = compare.overlay.marks("removed")
    on_screen = ghost.label.deviceTransform(view.viewportTransform())
    assert on_screen.m11() == 1.0  # not shrunk with the map
    assert ghost.label.font().pointSizeF() * 96 / 72 >= 12
    assert ghost.flags() & ghost.GraphicsItemFlag.ItemClipsChildrenToShape  # and kept to the ghost's outline
