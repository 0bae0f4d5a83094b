"""The agenda seen from a phone: the step's prompt and time left, a silent round
and its reveal, and dot voting during a voting step."""

from __future__ import annotations

import datetime as dt

import pytest

from app.model import AgendaStep
from storage.library import new_id
from tests.test_room_support import RoomClient, people, running_room

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def run_step(server, title, **fields) -> AgendaStep:
    """A running step as app.agenda stores one (status, started_at, elapsed_s)."""
    step = AgendaStep(id=new_id(), session_id=server.editor.doc.session_id, title=title,
                      status="running", started_at=T0.isoformat(), created_at=T0.isoformat(), **fields)
    assert server.editor.add_records("agenda_steps", [step], f"Start {title}")
    return step


def phones(qtbot, server, *names):
    server.set_admission("everyone")
    out = []
    for name in names:
        phone = RoomClient(qtbot, server.url)
        phone.join(participant_id=people(server)[name])
        out.append(phone)
    return out


def test_the_phone_shows_the_steps_prompt_and_time_left(qtbot, room):
    room.api.clock = lambda: T0 + dt.timedelta(seconds=125)
    (ana,) = phones(qtbot, room, "Ana")
    assert ana.state()["step"] is None
    step = run_step(room, "Map your week", prompt="What do you do on a Monday?", duration_s=600)
    shown = ana.state()["step"]
    assert shown == {"title": "Map your week", "prompt": "What do you do on a Monday?", "status": "running",
                     "time_left_s": 475, "silent": False, "voting": False}
    room.editor.change_records("agenda_steps", {step.id: {"status": "paused", "elapsed_s": 200.0,
                                                          "started_at": None}}, "Pause")
    assert ana.state()["step"]["time_left_s"] == 400 and ana.state()["step"]["status"] == "paused"


def test_a_silent_round_keeps_phone_cards_face_down_until_the_reveal(qtbot, room):
    ana, ben = phones(qtbot, room, "Ana", "Ben")
    run_step(room, "Silent mapping", silent=1, duration_s=300)
    status, data = ana.call("POST", "/api/cards", {"text": "Chase missing documents"})
    assert status == 201 and data["card"]["hidden"] is True
    card_id = data["card"]["id"]
    assert room.editor.doc.db["cards"].get(card_id)["hidden"] == 1
    # the author sees it (marked face down); nobody else is shown it
    assert ana.state()["cards"][0]["hidden"] is True
    assert ben.state()["cards"] == []
    # a card typed at the desktop during the round is face down too, when the agenda says so
    if hasattr(room.editor, "new_cards_hidden"):
        room.editor.new_cards_hidden = True
        desk = room.editor.capture("Review the claim", room.api.canvas_id())
        assert desk.hidden == 1

    hidden = [c.id for c in room.editor.doc.all("cards") if c.hidden]
    assert room.editor.change_records("cards", {i: {"hidden": 0} for i in hidden}, "Reveal")  # the reveal
    assert room.editor.doc.db["cards"].get(card_id)["hidden"] == 0
    assert ana.state()["cards"][0]["hidden"] is False


def test_dot_voting_during_a_voting_step(qtbot, room):
    ana, ben = phones(qtbot, room, "Ana", "Ben")
    _, data = ana.call("POST", "/api/cards", {"text": "Duplicate data entry"})
    first = data["card"]["id"]
    _, data = ana.call("POST", "/api/cards", {"text": "Unclear hand-off"})
    second = data["card"]["id"]

    status, data = ben.call("POST", "/api/votes", {"card_id": first})
    assert status == 409 and data["code"] == "no_vote"  # no voting step yet
    assert ben.state()["voting"] is None

    room.editor.change_session("Dots", dots_per_participant=2)
    run_step(room, "Vote", voting=1)
    ballot = ben.state()["voting"]
    assert ballot["dots"] == 2 and ballot["used"] == 0
    assert [c["id"] for c in ballot["cards"]] == [first, second]
    assert ballot["cards"][0]["author"] == "Ana"

    assert ben.call("POST", "/api/votes", {"card_id": first})[0] == 201
    assert ben.call("POST", "/api/votes", {"card_id": first})[0] == 201
    status, data = ben.call("POST", "/api/votes", {"card_id": second})
    assert status == 409 and data["code"] == "vote_refused"  # both dots used
    rows = list(room.editor.doc.db.query("SELECT card_id, participant_id FROM votes"))
    assert rows == [{"card_id": first, "participant_id": people(room)["Ben"]}] * 2
    ballot = ben.state()["voting"]
    assert ballot["used"] == 2 and ballot["cards"][0]["my_votes"] == 2
    assert ana.state()["voting"]["cards"][0]["my_votes"] == 0  # only one's own dots are shown

    assert ben.call("DELETE", f"/api/votes?card_id={first}")[0] == 200
    assert room.editor.doc.db["votes"].count == 1
    assert ben.call("DELETE", f"/api/votes?card_id={second}")[0] == 409  # no dot of Ben's there
    room.editor.stack.undo()  # the facilitator can undo a phone's vote edit too
    assert room.editor.doc.db["votes"].count == 2


def test_face_down_cards_cannot_get_votes(qtbot, room):
    ana, ben = phones(qtbot, room, "Ana", "Ben")
    step = run_step(room, "Silent", silent=1)
    _, data = ana.call("POST", "/api/cards", {"text": "Secret"})
    room.editor.change_records("agenda_steps", {step.id: {"status": "done", "started_at": None}}, "Done")
    run_step(room, "Vote", voting=1)
    assert ben.state()["voting"]["cards"] == []
    status, _ = ben.call("POST", "/api/votes", {"card_id": data["card"]["id"]})
    assert status == 409
    assert room.editor.doc.db["votes"].count == 0
