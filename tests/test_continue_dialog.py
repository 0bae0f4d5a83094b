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


def make_series_with_actions(path):
    """Two sessions a month apart; the later one has an agenda and left actions."""
    db = open_library(path)
    s = series.create(db, "Claims team")["id"]
    Build(db, s, "Q0 workshop", "2026-01-01")
    b = Build(db, s, "Q1 workshop", "2026-01-31")
    b.card("Assess damage")
    for n, title in enumerate(["Map the work", "Vote on pain points"]):
        rows.insert(db, "agenda_steps", {"session_id": b.id, "position": n, "title": title,
                                         "prompt": f"prompt {n}", "duration_s": 600 * (n + 1),
                                         "canvas_id": b.canvas, "voting": n})
    for kind, text, owner in [("action", "Ask IT for shared inbox", "Ann"), ("insight", "Not an action", ""),
                              ("action", "Draft the hand-off checklist", "")]:
        rows.insert(db, "reflections", {"session_id": b.id, "kind": kind, "text": text, "owner": owner})
    rows.insert(db, "reflections", {"session_id": b.id, "kind": "action", "text": "Book the big room",
                                    "owner": "Ben", "done_at": "2026-02-02T09:00:00+00:00"})  # done: no review
    db.close()
    return b


def test_follow_up_starts_from_the_last_agenda_with_a_review_of_open_actions(qtbot, make_window, library_path,
                                                                           monkeypatch):
    source = make_series_with_actions(library_path)
    window = make_window()
    monkeypatch.setattr(window.patterns, "today", lambda: dt.date(2026, 2, 10))
    window.open_session(source.id)
    window.patterns.continue_action.trigger()
    dialog = window.patterns.continue_dialog
    qtbot.waitExposed(dialog)
    # the series meets every 30 days: the next one is offered 30 days after the last
    assert dialog.date() == "2026-03-02"
    # typing a year into the date takes
    dialog.date_edit.setFocus()
    qtbot.waitUntil(lambda: dialog.date_edit.lineEdit().hasSelectedText())
    qtbot.keyClicks(dialog.date_edit, "2027")
    assert dialog.date() == "2027-03-02"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.doc.session_id != source.id)

    db = window.library.db
    new_id = window.editor.doc.session_id
    assert db["sessions"].get(new_id)["date"] == "2027-03-02"
    steps = sorted(entities.in_session(db, "agenda_steps", new_id), key=lambda s: s["position"])
    assert [s["title"] for s in steps] == ["Review open actions", "Map the work", "Vote on pain points"]
    review = steps[0]["prompt"]
    assert "Ask IT for shared inbox (Ann)" in review and "Draft the hand-off checklist" in review
    assert "Not an action" not in review
    assert "Book the big room" not in review  # marked done in the earlier session
    [canvas] = entities.in_session(db, "canvases", new_id)
    assert [s["canvas_id"] for s in steps[1:]] == [canvas["id"]] * 2  # steps keep their (carried) canvas
    assert steps[2]["voting"] == 1 and steps[2]["duration_s"] == 1200
    # the agenda dock shows the follow-up's steps
    agenda = window.facilitation.agenda_panel
    qtbot.waitUntil(lambda: "Review open actions" in agenda_texts(agenda))
    window.library.stack.undo()
    assert db["agenda_steps"].count_where("session_id = ?", [new_id]) == 0


def test_a_follow_up_of_a_session_without_agenda_gets_the_methods(qtbot, make_window, library_path, monkeypatch):
    source = make_source(library_path)
    db = open_library(library_path)
    db["sessions"].update(source["session"], {"method": "activity-map"})
    db.close()
    window = make_window()
    monkeypatch.setattr(window.patterns, "today", lambda: dt.date(2026, 6, 1))
    window.patterns.continue_session(source["session"])
    dialog = window.patterns.continue_dialog
    assert dialog.date() == "2026-06-01"  # one session, 28 days later is past: today
    dialog.accept()
    qtbot.waitUntil(lambda: window.editor is not None)
    from app import methods

    steps = sorted(entities.in_session(window.library.db, "agenda_steps", window.editor.doc.session_id),
                   key=lambda s: s["position"])
    assert [s["title"] for s in steps] == ["Review open actions"] + [
        s["title"] for s in methods.get("activity-map").agenda]
    assert "left no open actions" in steps[0]["prompt"]


def agenda_texts(panel):
    from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTableWidget, QTreeWidget

    texts = []
    for w in panel.findChildren(QListWidget):
        texts += [w.item(i).text() for i in range(w.count())]
    for w in panel.findChildren(QTableWidget):
        texts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)]
    for w in panel.findChildren(QTreeWidget):
        texts += [w.topLevelItem(i).text(0) for i in range(w.topLevelItemCount())]
    texts += [w.text() for kind in (QLabel, QLineEdit) for w in panel.findChildren(kind)]
    return " ".join(texts)
