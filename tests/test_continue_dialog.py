"""Continue Session…: from the library panel's menu, the dialog carries the chosen
canvases (cards keep their lineage), the new session opens, and undo deletes it."""

import datetime as dt

from PySide6.QtCore import Qt

from storage import entities, rows, series
from storage.library import open_library
from tests.analysis_builder import Build
from widgets.dialogs.continue_session import ContinueSessionDialog


def make_source(path):
    db = open_library(path)
    s = series.create(db, "Claims team")["id"]
    b = Build(db, s, "Q1 workshop", "2026-01-15")
    ann = b.person("Ann", "Adjuster")
    kept = [b.card("Assess damage", by=ann), b.card("Call the customer", by=ann, x=240)]
    b.link(kept[0], kept[1])
    parking = rows.insert(db, "canvases", {"session_id": b.id, "name": "Parking lot", "position": 1})["id"]
    entities.add(db, "cards", {"canvas_id": parking, "text": "Later", "lineage_id": "x"})
    db.close()
    return {"session": b.id, "canvas": b.canvas, "parking": parking, "cards": kept}


def test_dialog_needs_a_canvas_and_a_title(qtbot):
    dialog = ContinueSessionDialog({"id": "s", "title": "Q1", "date": "2026-01-15"},
                                   [("c1", "Map", 3), ("c2", "Parking lot", 1)], today=dt.date(2026, 4, 2))
    qtbot.addWidget(dialog)
    assert dialog.chosen_canvases() == ["c1", "c2"] and dialog.ok_button.isEnabled()
    assert (dialog.title(), dialog.date()) == ("Q1 (continued)", "2026-04-02")
    assert dialog.canvas_list.item(0).text() == "Map  (3 cards)"
    for i in range(2):
        dialog.canvas_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.ok_button.isEnabled() and "at least one canvas" in dialog.problem.text()
    dialog.canvas_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.ok_button.isEnabled() and dialog.chosen_canvases() == ["c2"]
    dialog.title_edit.clear()
    assert not dialog.ok_button.isEnabled()


def test_continue_from_the_library_panel_carries_lineage_and_undoes(qtbot, make_window, library_path):
    source = make_source(library_path)
    window = make_window()
    panel = window.library_panel
    item = panel.find("session", source["session"])
    assert panel.context_menu(panel.find("series", window.library.all_series()[0]["id"])) is None
    menu = panel.context_menu(item)
    (action,) = menu.actions()
    assert action.text() == "Continue Session…"
    action.trigger()
    dialog = window.patterns.continue_dialog
    qtbot.waitExposed(dialog)
    dialog.canvas_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # leave the parking lot behind
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Q2 workshop")
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2026-04-15", "yyyy-MM-dd"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    db = window.library.db
    new = db.execute("SELECT id, title, date, continued_from, series_id FROM sessions WHERE id != ?",
                     [source["session"]]).fetchall()
    assert len(new) == 1
    new_id, title, date, continued_from, _series = new[0]
    assert (title, date, continued_from) == ("Q2 workshop", "2026-04-15", source["session"])
    assert window.editor.doc.session_id == new_id  # the new session is open
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Activities"]
    cards = entities.in_session(db, "cards", new_id)
    assert sorted(c["lineage_id"] for c in cards) == sorted(source["cards"])
    assert len(entities.in_session(db, "links", new_id)) == 1
    assert panel.find("session", new_id) is not None

    window.library.stack.undo()
    assert db["sessions"].count_where("id = ?", [new_id]) == 0
    assert db.execute("SELECT count(*) FROM cards c JOIN canvases v ON v.id = c.canvas_id "
                      "WHERE v.session_id = ?", [new_id]).fetchone()[0] == 0
    assert window.editor is None and panel.find("session", new_id) is None
    window.library.stack.redo()  # the same session comes back, same ids, same lineage
    assert sorted(c["id"] for c in entities.in_session(db, "cards", new_id)) == sorted(c["id"] for c in cards)
    assert window.library.stack.undoText() == "Continue session Q2 workshop"


def test_patterns_menu_continues_the_open_session(qtbot, make_window, library_path):
    source = make_source(library_path)
    window = make_window()
    window.open_session(source["session"])
    window.patterns.continue_action.trigger()
    dialog = window.patterns.continue_dialog
    assert dialog.session["id"] == source["session"]
    assert dialog.chosen_canvases() == [source["canvas"], source["parking"]]
    dialog.reject()
    assert window.library.db["sessions"].count == 1
