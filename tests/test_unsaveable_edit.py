"""An edit that can never be written (text no UTF-8 can hold, a bug in a command)
is dropped with a message a person sees; it never holds up the edits after it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.commands import Command
from app.editor import Editor
from tests.helpers import make_session
from tests.test_canvas_gui import card_rows, press_ctrl_l_and_type
from tests.test_room_support import RoomClient, people, running_room

LONE = "\ud800"  # half of a UTF-16 pair, as the JSON escape "\ud800" arrives


class Broken(Command):
    def apply(self) -> None:
        raise ValueError("this edit cannot be written")


def test_an_edit_that_cannot_be_written_is_dropped_and_the_next_one_saves(session_doc):
    editor = Editor(session_doc)
    canvas_id = session_doc.all("canvases")[0].id
    messages: list[str] = []
    editor.failed.connect(messages.append)
    assert editor.push(Broken("Broken edit")) is False
    assert editor.pending_count() == 0
    assert "Broken edit" in messages[-1] and "dropped" in messages[-1]
    assert editor.add_card(canvas_id, "after the broken one") is not None
    assert [r["text"] for r in session_doc.db.query("SELECT text FROM cards")] == ["after the broken one"]
    assert editor.stack.count() == 1 and editor.pending_count() == 0


def test_a_lone_surrogate_never_blocks_saving(session_doc):
    editor = Editor(session_doc)
    canvas_id = session_doc.all("canvases")[0].id
    messages: list[str] = []
    editor.failed.connect(messages.append)
    assert editor.add_card(canvas_id, f"bad {LONE} text") is None
    assert session_doc.db["cards"].count == 0 and session_doc.all("cards") == []
    assert "U+D800" in messages[-1]
    for n in range(3):
        assert editor.add_card(canvas_id, f"good {n}") is not None
    assert session_doc.db["cards"].count == 3 and editor.pending_count() == 0


def test_the_window_says_so_and_quick_capture_still_saves(qtbot, make_window, library_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    make_session(library_path, participants=[("Ana", "Claims handler")])
    window = make_window()
    canvas_id = window.tabs.current_view().canvas_scene.canvas_id
    window.editor.add_card(canvas_id, f"from a phone {LONE}")
    assert "U+D800" in window.statusBar().currentMessage() and "U+D800" in shown[-1]
    press_ctrl_l_and_type(qtbot, window, "log the claim")
    scene = window.tabs.current_view().canvas_scene
    assert [item.card.text for item in scene.cards.values()] == ["log the claim"]
    assert "Saved at" in window.saved_label.text()
    assert window.editor.pending_count() == 0
    rows, _links = card_rows(library_path)
    assert list(rows) == ["log the claim"]


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def test_the_room_refuses_a_lone_surrogate_and_says_where(qtbot, room):
    room.set_admission("everyone")
    ana = RoomClient(qtbot, room.url)
    ana.join(participant_id=people(room)["Ana"])
    status, data = ana.call("POST", "/api/cards", {"text": f"ab{LONE}c"})
    assert status == 400
    assert "position 3" in data["error"] and "text" in data["error"]
    status, data = ana.call("POST", "/api/cards", {"text": "Check the policy"})
    assert status == 201, data
    assert [r["text"] for r in room.editor.doc.db.query("SELECT text FROM cards")] == ["Check the policy"]


def test_a_joiner_with_a_lone_surrogate_in_their_name_is_refused(qtbot, room):
    phone = RoomClient(qtbot, room.url)
    status, data, _headers = phone.raw(
        "POST", "/api/join", b'{"name": "Ana \\ud800"}',
        {"Origin": phone.origin, "X-Room-Token": phone.token, "Content-Type": "application/json"})
    assert status == 400 and "name" in data["error"] and "position 5" in data["error"]
    assert room.devices.all() == []
