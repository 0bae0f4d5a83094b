"""The editor refuses an edit that breaks a row rule before anything is written,
says why, and the edits after it still save."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QMessageBox

from app.editor import Editor
from tests.helpers import make_session
from tests.test_canvas_gui import card_rows, press_ctrl_l_and_type


def _editor(session_doc):
    editor = Editor(session_doc)
    messages: list[str] = []
    editor.failed.connect(messages.append)
    return editor, messages, session_doc.all("canvases")[0].id


def _stored(db, sql):
    return [tuple(r) for r in db.execute(sql).fetchall()]


def test_a_card_outside_the_vocabulary_is_refused_and_nothing_is_stored(session_doc):
    editor, messages, canvas_id = _editor(session_doc)
    assert editor.add_card(canvas_id, "Log the claim", kind="Activity") is None
    assert "kind" in messages[-1] and '"Activity"' in messages[-1] and "not saved" in messages[-1]
    assert session_doc.db["cards"].count == 0 and session_doc.db["events"].count == 0
    assert editor.stack.count() == 0 and editor.pending_count() == 0
    card = editor.add_card(canvas_id, "Log the claim")
    assert card is not None and _stored(session_doc.db, "SELECT kind, text FROM cards") == [
        ("activity", "Log the claim")]


def test_bad_field_changes_are_refused_one_by_one_and_the_card_keeps_its_values(session_doc):
    editor, messages, canvas_id = _editor(session_doc)
    card = editor.add_card(canvas_id, "Assess the damage", kind="resource")
    refused = [
        ({"knowledge_type": "Artifact"}, "knowledge_type"),
        ({"text": "bell \x07 here"}, "control character (U+0007)"),
        ({"why": "nul \x00 byte"}, "NUL"),
        ({"x": math.inf}, "finite number"),
        ({"width": 2**70}, "64 bits"),
        ({"hidden": True}, "0 or 1"),
    ]
    for fields, words in refused:
        assert editor.edit_card(card.id, **fields) is False
        assert words in messages[-1], (fields, messages[-1])
    row = session_doc.db["cards"].get(card.id)
    assert (row["knowledge_type"], row["text"], row["why"], row["x"], row["hidden"]) == (
        None, "Assess the damage", "", card.x, 0)
    assert editor.edit_card(card.id, knowledge_type="artefact", text="two\nlines\tok") is True
    row = session_doc.db["cards"].get(card.id)
    assert (row["knowledge_type"], row["text"]) == ("artefact", "two\nlines\tok")


def test_links_zones_and_the_session_are_checked_too(session_doc):
    editor, messages, canvas_id = _editor(session_doc)
    a = editor.add_card(canvas_id, "A")
    b = editor.add_card(canvas_id, "B")
    assert editor.add_link(a.id, b.id, kind="handoff") is None and "link kind" in messages[-1]
    assert editor.add_zone(canvas_id, "Lane", (0, 0, 100, 100), colour="red;position:fixed;inset:0") is None
    assert "#RRGGBB" in messages[-1]
    zone = editor.add_zone(canvas_id, "Lane", (0, 0, 100, 100))
    assert editor.edit_zone(zone.id, outline="not json") is False and "not valid JSON" in messages[-1]
    assert editor.change_session("Change dots", dots_per_participant=-1) is False
    assert "dots_per_participant" in messages[-1]
    assert session_doc.db["links"].count == 0 and session_doc.db["zones"].count == 1
    assert session_doc.db["zones"].get(zone.id)["outline"] is None
    assert editor.add_link(a.id, b.id, kind="hand-off") is not None


def test_the_window_shows_the_refusal_and_capture_goes_on(qtbot, make_window, library_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    make_session(library_path, participants=[("Ana", "Claims handler")])
    window = make_window()
    canvas_id = window.tabs.current_view().canvas_scene.canvas_id
    window.editor.add_card(canvas_id, "escape \x1b[31m red")
    assert "control character (U+001B)" in window.statusBar().currentMessage()
    press_ctrl_l_and_type(qtbot, window, "log the claim")
    scene = window.tabs.current_view().canvas_scene
    assert [item.card.text for item in scene.cards.values()] == ["log the claim"]
    rows, _links = card_rows(library_path)
    assert list(rows) == ["log the claim"]


def test_library_edits_are_checked_too(db):
    from app.library import Library

    library = Library(db)
    messages: list[str] = []
    library.failed.connect(messages.append)
    group = library.create_series("Claims team")
    assert library.create_session(group, "Q1", date="2026-99-99") is None
    assert "date must be a real date" in messages[-1]
    session_id = library.create_session(group, "Q1", date="2026-03-10")
    assert library.rename_session(session_id, "Q1\x00 hidden") is False and "NUL" in messages[-1]
    assert library.rename_series(group, "tab\there") is False and "control character (U+0009)" in messages[-1]
    assert [(r["title"], r["date"]) for r in db.query("SELECT title, date FROM sessions")] == [("Q1", "2026-03-10")]
    assert db.execute("SELECT name FROM series").fetchone()[0] == "Claims team"
