"""File > Import… and File > Export Session Data in the window, and the CSV
column-mapping dialog driven as a person would."""

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from app.analysis.loading import load_session
from app.io import csv_io
from storage import imports
from storage.library import open_library
from tests.helpers import shot
from tests.test_io_sample import build_sample
from widgets.dialogs.csv_mapping import NONE, CsvMappingDialog


def _write_csv(tmp_path):
    path = tmp_path / "wall.csv"
    path.write_text("Words,Type,Who,Job,Misc\nCheck forms,activity,Ana,Intake,x\n"
                    "Handbook,resource,Ben,Assessor,y\n", encoding="utf-8")
    return path


def _choose(qtbot, combo, text):
    """Pick an entry the way a person does: focus the combo box and type its start."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_mapping_dialog_guesses_and_lets_a_person_choose(qtbot, tmp_path):
    table = csv_io.read_table(_write_csv(tmp_path))
    dialog = CsvMappingDialog(table)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.combos["kind"].currentText() == "Type" and dialog.combos["participant"].currentText() == "Who"
    assert dialog.combos["role"].currentText() == "Job"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.combos["text"].currentText() == NONE and not ok.isEnabled()
    assert "card text" in dialog.hint.text()
    _choose(qtbot, dialog.combos["text"], "Words")
    _choose(qtbot, dialog.combos["tags"], "Misc")
    assert ok.isEnabled() and dialog.hint.text() == ""
    assert dialog.preview.item(1, 0).text() == "Handbook" and dialog.preview.item(0, 4).text() == "x"
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Wall of cards")
    dialog.grab().save(shot("io-csv-mapping.png"))
    assert dialog.mapping() == {"text": "Words", "kind": "Type", "participant": "Who", "role": "Job",
                                "tags": "Misc", "why": None}
    assert dialog.title() == "Wall of cards"


def _menu_action(window, text):
    file_menu = window.menuBar().actions()[0].menu()
    for action in file_menu.actions():
        if action.text().replace("&", "") == text:
            return action
        if action.menu() is not None:
            for sub in action.menu().actions():
                if sub.text().replace("&", "") == text:
                    return sub
    raise AssertionError(f"no File menu entry {text!r}")


def test_import_csv_from_the_file_menu_then_undo(make_window, qtbot, tmp_path, monkeypatch):
    path = _write_csv(tmp_path)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def drive(dialog):
        _choose(qtbot, dialog.combos["text"], "Words")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result() == 1

    monkeypatch.setattr(window.io_actions, "run_dialog", drive)
    _menu_action(window, "Import…").trigger()
    db = window.library.db
    session = db.execute("SELECT id, title FROM sessions").fetchone()
    assert session[1] == "Imported from wall.csv"
    assert sorted(c.text for c in load_session(db, session[0]).cards.values()) == ["Check forms", "Handbook"]
    assert window.editor is not None and window.editor.doc.session_id == session[0]
    assert "Imported 2 cards" in window.statusBar().currentMessage()
    window.library.stack.undo()
    assert db["sessions"].count == 0 and window.editor is None
    window.library.stack.redo()
    assert db["sessions"].count == 1 and db["cards"].count == 2


def test_refused_import_shows_the_problem_and_changes_nothing(make_window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "meshwork-session", "version": 1, "session": ', encoding="utf-8")
    window = make_window()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    before = imports.row_counts(window.library.db)
    assert window.io_actions.import_file(bad) == []
    assert shown and "bad.json, line 1, column" in shown[0] and "nothing was imported" in shown[0]
    assert imports.row_counts(window.library.db) == before


def test_export_from_the_menu_and_import_a_copy(make_window, library_path, tmp_path, monkeypatch):
    db = open_library(library_path)
    sid = build_sample(db)
    db.close()
    window = make_window()
    window.open_session(sid)
    out = tmp_path / "exported.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.io_actions.export_menu.aboutToShow.emit()
    action = _menu_action(window, "Session (JSON)…")
    assert action.isEnabled()
    action.trigger()
    assert json.loads(out.read_text(encoding="utf-8"))["session"]["id"] == sid
    md = tmp_path / "summary"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(md), ""))
    _menu_action(window, "Summary (Markdown)…").trigger()
    assert "Draft the checklist" in Path(str(md) + ".md").read_text(encoding="utf-8")
    written = window.io_actions.export_series("gexf", tmp_path / "series.gexf")
    assert written and 'mode="dynamic"' in written[0].read_text(encoding="utf-8")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    copies = window.io_actions.import_file(out)
    assert len(copies) == 1 and copies[0] != sid
    assert window.library.db["sessions"].count == 2
    assert window.editor.doc.session_id == copies[0]
    titles = [window.library_panel.grab() is not None]
    assert titles
    window.grab().save(shot("io-window-after-import.png"))
