"""File > New Session…: a person fills in the dialog; the session, its method and
its participants land in the library in one undoable step."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from storage import entities, rows, series, sessions


def open_dialog(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.starter.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_participant(qtbot, dialog, name, role, team):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), name)  # the name cell is open for typing
    for text in (role, team):
        if not text:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), text)  # Tab opens the next cell for typing
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    # The view commits and closes its editor on the next turn of the event loop.
    qtbot.waitUntil(lambda: dialog.people.state() != QAbstractItemView.State.EditingState)


def choose_method(qtbot, dialog, name):
    dialog.method.setFocus()
    while dialog.method.currentText() != name:
        qtbot.keyClick(dialog.method, Qt.Key.Key_Down)


def participants_of(db, session_id):
    return [(p["name"], p["role"], p["team"]) for p in entities.in_session(db, "participants", session_id)]


def test_a_person_creates_a_session_with_a_method_and_participants(make_window, qtbot):
    window = make_window()
    assert window.central.currentWidget() is window.starter.page
    dialog = open_dialog(window, qtbot)

    qtbot.keyClicks(dialog.series.lineEdit(), "Claims team, quarterly")
    choose_method(qtbot, dialog, "Activity map")
    assert dialog.description.text().startswith("Each role maps what they do")
    qtbot.keyClicks(dialog.facilitator, "Maya")
    qtbot.keyClicks(dialog.purpose, "Where do our claims get stuck?")
    type_participant(qtbot, dialog, "Amira", "Claims handler", "Motor claims")
    type_participant(qtbot, dialog, "Priya", "Loss assessor", "Assessment")
    assert not dialog.copy_button.isEnabled()  # a new series has no earlier session
    title = dialog.title.text()
    assert title.startswith("Activity map, ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    db = window.library.db
    session = sessions.most_recent(db)
    assert (session["title"], session["method"], session["facilitator"], session["purpose"]) == (
        title, "activity-map", "Maya", "Where do our claims get stuck?")
    assert series.get(db, session["series_id"])["name"] == "Claims team, quarterly"
    assert participants_of(db, session["id"]) == [("Amira", "Claims handler", "Motor claims"),
                                                 ("Priya", "Loss assessor", "Assessment")]
    assert [z["label"] for z in entities.in_session(db, "zones", session["id"])] == ["Claims handler",
                                                                                     "Loss assessor"]
    assert len(entities.in_session(db, "agenda_steps", session["id"])) == 8
    # The window opened it, with the method's canvas as the tab.
    assert window.editor.doc.session_id == session["id"]
    assert window.tabs.tabText(0) == "Activity map"
    assert len(window.tabs.current_view().canvas_scene.zones) == 2
    assert window.roster_panel.isEnabled()


def test_participants_are_copied_from_the_series_previous_session(make_window, qtbot, library_path):
    from storage.library import open_library

    db = open_library(library_path)
    team = series.create(db, "Claims team")
    old = sessions.create(db, team["id"], "Q1", date="2026-01-10")
    last = sessions.create(db, team["id"], "Q2", date="2026-04-10")
    for session, people in ((old, [("Gone", "Clerk")]),
                            (last, [("Amira", "Claims handler"), ("Tom", "Customer service agent")])):
        for n, (name, role) in enumerate(people):
            rows.insert(db, "participants", {"session_id": session["id"], "name": name, "role": role,
                                             "team": "Motor", "colour": "#D55E00" if n else "#0072B2",
                                             "position": n})
    db.close()
    window = make_window()
    window.library_panel.select("series", team["id"])
    dialog = open_dialog(window, qtbot)
    assert dialog.series.currentText() == "Claims team"
    assert dialog.copy_button.isEnabled() and "Q2" in dialog.copy_button.toolTip()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)  # twice: nobody is listed twice
    type_participant(qtbot, dialog, "Daniel", "Broker liaison", "Partners")
    choose_method(qtbot, dialog, "Value network")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    db = window.library.db
    new = sessions.in_series(db, team["id"])[-1]
    assert new["id"] == window.editor.doc.session_id and new["method"] == "value-network"
    assert participants_of(db, new["id"]) == [("Amira", "Claims handler", "Motor"),
                                              ("Tom", "Customer service agent", "Motor"),
                                              ("Daniel", "Broker liaison", "Partners")]
    colours = [p["colour"] for p in entities.in_session(db, "participants", new["id"])]
    assert colours[:2] == ["#0072B2", "#D55E00"]  # people keep their colour from session to session
    assert colours[2] not in colours[:2]
    assert len(series.all_series(db)) == 1


def test_undo_of_creating_a_session_deletes_it_and_its_new_series(make_window, qtbot):
    window = make_window()
    dialog = open_dialog(window, qtbot)
    qtbot.keyClicks(dialog.series.lineEdit(), "Brand new series")
    type_participant(qtbot, dialog, "Amira", "Claims handler", "")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    db = window.library.db
    session_id = window.editor.doc.session_id
    assert window.library.stack.undoText() == f"New session {dialog.title.text()}"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.library_panel.tree.setFocus()  # undo follows the focus: the library's history
    qtbot.waitUntil(lambda: window.undo_group.activeStack() is window.library.stack)
    window.undo_action.trigger()
    assert sessions.get(db, session_id) is None
    assert series.all_series(db) == []
    assert db.execute("SELECT count(*) FROM participants").fetchone()[0] == 0
    assert window.editor is None and window.central.currentWidget() is window.starter.page

    window.redo_action.trigger()
    assert sessions.get(db, session_id)["method"] == "activity-map"  # the first method offered
    assert len(entities.in_session(db, "zones", session_id)) == 1
    assert [s["name"] for s in series.all_series(db)] == ["Brand new series"]
    assert participants_of(db, session_id) == [("Amira", "Claims handler", "")]


def test_cancel_creates_nothing(make_window, qtbot):
    window = make_window()
    dialog = open_dialog(window, qtbot)
    qtbot.keyClicks(dialog.series.lineEdit(), "Never made")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.library.db.execute("SELECT count(*) FROM series").fetchone()[0] == 0
    assert window.library.db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0


def test_an_empty_title_cannot_be_created(make_window, qtbot):
    window = make_window()
    dialog = open_dialog(window, qtbot)
    dialog.title.selectAll()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Delete)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.title, "Kick-off")
    assert dialog.ok_button.isEnabled()


def test_save_session_as_method_from_the_file_menu(make_window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QInputDialog

    from app import methods

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    dialog = open_dialog(window, qtbot)
    choose_method(qtbot, dialog, "ASHEN knowledge map")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Know-how map", True))
    window.starter.save_method_action.trigger()
    saved = methods.get("know-how-map")
    assert saved.user and saved.path.parent == methods.user_dir()
    assert str(tmp_path) in str(saved.path)
    assert [c["name"] for c in saved.canvases] == ["ASHEN knowledge map"]
    assert len(saved.agenda) == 7
    dialog = open_dialog(window, qtbot)  # and it is offered for the next session
    assert dialog.method.findData("know-how-map") >= 0


def test_a_name_still_being_typed_is_kept_when_create_is_clicked(make_window, qtbot):
    window = make_window()
    dialog = open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Lena")  # no Enter: straight to the button
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert participants_of(window.library.db, window.editor.doc.session_id) == [("Lena", "", "")]
