"""The live map over loopback: a phone opens GET /api/stream and gets a full
state, then deltas after desktop edits; face-down cards stay withheld; the
facilitator's switch limits a phone to its own cards."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.model import AgendaStep, Card
from storage.library import new_id
from tests.room_stream_client import MapMirror, StreamReader
from tests.test_room_support import people, phone, running_room

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def watch(qtbot, server, client, **options) -> StreamReader:
    reader = StreamReader(server.url, client.device, **options).start()
    qtbot.waitUntil(lambda: bool(reader.named("state")) or reader.closed.is_set(), timeout=5000)
    return reader


def canvas_id(server) -> str:
    return server.editor.doc.all("canvases")[0].id


def run_step(server, title, **fields) -> AgendaStep:
    step = AgendaStep(id=new_id(), session_id=server.editor.doc.session_id, title=title,
                      status="running", started_at=T0.isoformat(), created_at=T0.isoformat(), **fields)
    assert server.editor.add_records("agenda_steps", [step], f"Start {title}")
    return step


def test_first_a_full_state_then_a_delta_after_each_desktop_edit(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    reader = watch(qtbot, room, ana)
    try:
        assert reader.status == 200
        assert reader.headers["content-type"].startswith("text/event-stream")
        assert reader.headers["cache-control"] == "no-store"
        state = reader.last("state")
        assert state["v"] == 1 and state["seq"] == 0
        assert state["canvas"] == {"id": canvas_id(room), "name": "Map"}
        assert [(p["name"], p["role"]) for p in state["roster"]] == [("Ana", "Claims handler"),
                                                                    ("Ben", "Underwriter")]
        assert all(p["colour"].startswith("#") for p in state["roster"])
        assert state["me"]["name"] == "Ana" and state["whole_map"] is True
        assert state["cards"] == [] and state["links"] == []
        assert [k["value"] for k in state["link_kinds"]][:2] == ["hand-off", "depends on"]

        # Ben's card typed at the desktop reaches Ana's phone as a delta
        ben = people(room)["Ben"]
        card = room.editor.add_card(canvas_id(room), "Price the risk", participant_id=ben, kind="activity",
                                    why="so the premium is right")
        qtbot.waitUntil(lambda: bool(reader.named("delta")), timeout=1000)
        (delta,) = reader.named("delta")
        assert delta["seq"] == 1
        (shown,) = delta["cards"]
        assert shown["id"] == card.id and shown["text"] == "Price the risk"
        assert shown["participant_id"] == ben and shown["why"] == "so the premium is right"
        assert (shown["x"], shown["y"], shown["width"], shown["height"]) == (card.x, card.y, 200, 110)

        # an edit and a move: the whole card again, never a re-sent state
        room.editor.edit_card(card.id, text="Price the risk carefully")
        qtbot.waitUntil(lambda: len(reader.named("delta")) == 2, timeout=1000)
        assert reader.last("delta")["cards"][0]["text"] == "Price the risk carefully"
        mirror = MapMirror(reader)
        assert mirror.cards()[card.id]["text"] == "Price the risk carefully"

        # several cards in one command are one delta
        assert room.editor.add_records("cards", [
            Card(id=new_id(), canvas_id=canvas_id(room), text=f"Step {i}", x=400 + 220 * i, y=300)
            for i in range(3)], "Add 3 cards")
        qtbot.waitUntil(lambda: len(reader.named("delta")) == 3, timeout=1000)
        assert len(reader.last("delta")["cards"]) == 3

        room.editor.delete(card_ids=[card.id])
        qtbot.waitUntil(lambda: len(reader.named("delta")) == 4, timeout=1000)
        assert reader.last("delta")["cards_removed"] == [card.id]
        assert card.id not in mirror.cards() and len(mirror.cards()) == 3
        assert len(reader.named("state")) == 1
        assert [d["seq"] for d in reader.named("delta")] == [1, 2, 3, 4]
    finally:
        reader.close()


def test_a_step_starting_sends_a_new_full_state(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    reader = watch(qtbot, room, ana)
    try:
        run_step(room, "Map your week", prompt="What do you do on a Monday?")
        qtbot.waitUntil(lambda: len(reader.named("state")) == 2, timeout=1000)
        assert reader.last("state")["step"]["title"] == "Map your week"
        assert reader.last("state")["seq"] == 1
    finally:
        reader.close()


def test_face_down_cards_are_withheld_from_everyone_but_their_author(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    step = run_step(room, "Silent mapping", silent=1, duration_s=300)
    ana_reader, ben_reader = watch(qtbot, room, ana), watch(qtbot, room, ben)
    try:
        status, data = ben.call("POST", "/api/cards", {"text": "Secret workaround", "why": "nobody knows",
                                                         "tags": ["hush"]})
        assert status == 201 and data["card"]["hidden"] is True
        card_id = data["card"]["id"]
        qtbot.waitUntil(lambda: bool(ana_reader.named("delta") and ben_reader.named("delta")), timeout=1000)
        (stub,) = ana_reader.last("delta")["cards"]
        assert stub == {"id": card_id, "participant_id": people(room)["Ben"], "x": stub["x"],
                        "y": stub["y"], "width": 200, "height": 110, "hidden": True}
        raw = json.dumps(ana_reader.events)
        assert "Secret" not in raw and "nobody knows" not in raw and "hush" not in raw
        (own,) = ben_reader.last("delta")["cards"]
        assert own["text"] == "Secret workaround" and own["hidden"] is True

        # a phone connecting now gets the stub in its full state too
        late = watch(qtbot, room, ana)
        try:
            (card,) = late.last("state")["cards"]
            assert "text" not in card and card["hidden"] is True
        finally:
            late.close()

        # a new full state for everyone (the facilitator flips the switch twice) keeps it so
        room.set_whole_map(False)
        room.set_whole_map(True)
        room.hub.refresh()
        qtbot.waitUntil(lambda: len(ana_reader.named("state")) == 2 and len(ben_reader.named("state")) == 2,
                        timeout=1000)
        assert ana_reader.last("state")["cards"] == [stub]
        assert ben_reader.last("state")["cards"][0]["text"] == "Secret workaround"

        # the reveal turns it face up on every phone
        from app.agenda import Agenda
        agenda = Agenda(room.editor)
        assert agenda.reveal()
        qtbot.waitUntil(lambda: MapMirror(ana_reader).cards().get(card_id, {}).get("text")
                        == "Secret workaround", timeout=1000)
        assert MapMirror(ana_reader).cards()[card_id]["hidden"] is False
        assert step.id
    finally:
        ana_reader.close()
        ben_reader.close()


def test_whole_map_off_shows_a_phone_only_its_own_cards(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    _, mine = ana.call("POST", "/api/cards", {"text": "Log the claim"})
    _, theirs = ben.call("POST", "/api/cards", {"text": "Price the risk"})
    reader = watch(qtbot, room, ana)
    try:
        assert {c["text"] for c in reader.last("state")["cards"]} == {"Log the claim", "Price the risk"}
        room.set_whole_map(False)
        qtbot.waitUntil(lambda: len(reader.named("state")) == 2, timeout=1000)
        state = reader.last("state")
        assert state["whole_map"] is False
        assert [c["id"] for c in state["cards"]] == [mine["card"]["id"]]
        assert "Price the risk" not in json.dumps(state)
        # new cards of others do not come either; one's own do
        ben.call("POST", "/api/cards", {"text": "Quote the premium"})
        ana.call("POST", "/api/cards", {"text": "Check the policy"})
        qtbot.waitUntil(lambda: any("Check the policy" in json.dumps(d) for d in reader.named("delta")),
                        timeout=1000)
        assert "Quote the premium" not in json.dumps(reader.events)
        room.set_whole_map(True)
        qtbot.waitUntil(lambda: len(reader.named("state")) == 3, timeout=1000)
        assert len(reader.last("state")["cards"]) == 4
        assert theirs["card"]["id"] in {c["id"] for c in reader.last("state")["cards"]}
    finally:
        reader.close()


def test_switching_the_current_canvas_sends_the_new_canvas(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    first = canvas_id(room)
    other = room.editor.add_canvas("Hand-offs")
    room.editor.add_card(other.id, "Settle the claim", participant_id=people(room)["Ben"])
    room.canvas_id = lambda: first
    room.api.canvas_provider = lambda: room.canvas_id()
    reader = watch(qtbot, room, ana)
    try:
        assert reader.last("state")["canvas"]["id"] == first and reader.last("state")["cards"] == []
        room.canvas_id = lambda: other.id  # the facilitator opens the other tab
        room.canvas_switched()
        qtbot.waitUntil(lambda: len(reader.named("state")) == 2, timeout=1000)
        state = reader.last("state")
        assert state["canvas"] == {"id": other.id, "name": "Hand-offs"}
        assert [c["text"] for c in state["cards"]] == ["Settle the claim"]
        # a card on a canvas the room is not on is not sent
        room.editor.add_card(first, "Elsewhere now", participant_id=people(room)["Ben"])
        room.editor.add_card(other.id, "Pay the garage", participant_id=people(room)["Ben"])
        qtbot.waitUntil(lambda: bool(reader.named("delta")), timeout=1000)
        assert [c["text"] for d in reader.named("delta") for c in d.get("cards", [])] == ["Pay the garage"]
    finally:
        reader.close()
