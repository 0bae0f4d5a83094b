"""`meshwork PATH`, as a file manager runs it on a .meshwork library or a session .json."""

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from app.cli import opening, parser
from app.io import session_json
from storage import sessions
from storage.library import open_library
from tests.helpers import make_session

COMMANDS = parser.subcommands(parser.build_parser())


@pytest.fixture
def shown(qtbot, monkeypatch):
    """Run the real command line; the window it opens is kept instead of entering the event loop."""
    from widgets import app_main

    windows = []

    def run_window(path, room=None, session_id=None):
        window = app_main.open_window(path, room, session_id)
        qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
        windows.append(window)
        return 0

    monkeypatch.setattr(app_main, "run_window", run_window)
    return windows


def test_a_library_file_opens_as_the_library(tmp_path, shown):
    library = tmp_path / "claims team.meshwork"
    make_session(library, participants=[("Ana", "Intake")], cards=[("Log the claim", 0, 0)], title="Kick-off")
    assert parser.main([str(library)]) == 0
    window = shown[0]
    assert window.library.path == str(library)
    assert window.windowTitle() == "Kick-off — Meshwork"
    scene = window.tabs.current_view().canvas_scene
    assert [item.card.text for item in scene.cards.values()] == ["Log the claim"]


def test_a_session_json_is_imported_into_the_library_and_opened(tmp_path, shown):
    source = tmp_path / "source.meshwork"
    session_id = make_session(source, participants=[("Ana", "Intake")], cards=[("Call back", 0, 0)], title="Q1")
    db = open_library(source)
    exported = tmp_path / "q1.json"
    exported.write_text(json.dumps(session_json.to_document(db, session_id)), "utf-8")
    db.close()
    target = tmp_path / "mine.meshwork"
    assert parser.main(["--library", str(target), str(exported)]) == 0
    assert shown[0].windowTitle() == "Q1 — Meshwork"
    shown[0].close()
    # Opened a second time: the session is found, not imported twice.
    assert parser.main([str(exported), "--library", str(target)]) == 0
    assert shown[1].editor.doc.session_id == session_id
    shown[1].close()
    db = open_library(target)
    assert [s["id"] for s in sessions.in_series(db, sessions.get(db, session_id)["series_id"])] == [session_id]
    db.close()


def test_a_file_that_is_neither_says_so_in_one_line(tmp_path, shown, monkeypatch, capsys):
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", "utf-8")
    assert parser.main([str(notes)]) == 2
    assert capsys.readouterr().err.strip() == f"meshwork: {notes}: not a Meshwork library or session file"
    assert said == [f"{notes}: not a Meshwork library or session file"]  # no terminal from a file manager
    assert parser.main([str(tmp_path / "typo")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert shown == []


def test_the_file_is_told_apart_from_options_and_subcommands(tmp_path):
    existing = tmp_path / "lib.meshwork"
    existing.write_bytes(b"")
    split = opening.split_file
    assert split(["demo", "--library", "x"], COMMANDS) == (["demo", "--library", "x"], None)
    assert split(["--library", "x", "f.json"], COMMANDS) == (["--library", "x"], "f.json")
    assert split(["--room", "127.0.0.1", "f.json"], COMMANDS) == (["--room", "127.0.0.1"], "f.json")
    assert split(["--room", str(existing)], COMMANDS) == (["--room"], str(existing))
    assert split(["--", "-odd name.meshwork"], COMMANDS) == ([], "-odd name.meshwork")
    assert split([], COMMANDS) == ([], None)
