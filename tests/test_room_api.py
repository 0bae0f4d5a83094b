"""Room join over loopback with a real HTTP client: joining, one's own cards,
admission and the ready check. The server runs in the test's Qt event loop."""

from __future__ import annotations

import pytest

from tests.test_room_support import RoomClient, people, running_room


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def test_page_and_state_need_only_the_token(qtbot, room):
    phone = RoomClient(qtbot, room.url)
    status, page, headers = phone.raw("GET", f"/?t={phone.token}")
    assert status == 200
    assert headers["content-type"].startswith("text/html")
    assert f'src="room.js?t={phone.token}"'.encode() in page
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["referrer-policy"] == "no-referrer"
    status, script, _ = phone.raw("GET", f"/room.js?t={phone.token}")
    assert status == 200 and b"textContent" in script and b"innerHTML" not in script
    state = phone.state()
    assert state["session"]["title"] == "Workshop"
    assert [p["name"] for p in state["roster"]] == ["Ana", "Ben"]
    assert state["me"] is None and state["step"] is None


def test_join_from_the_roster_and_add_a_card_through_the_editor(qtbot, room):
    room.set_admission("everyone")
    ana = RoomClient(qtbot, room.url)
    assert ana.join(participant_id=people(room)["Ana"])["status"] == "admitted"
    status, data = ana.call("POST", "/api/cards", {
        "kind": "pain point", "text": "Re-keying claims by hand", "why": "the systems do not talk",
        "tags": ["intake", "manual"]})
    assert status == 201, data
    card_id = data["card"]["id"]
    row = room.editor.doc.db["cards"].get(card_id)
    assert (row["text"], row["kind"], row["why"], row["participant_id"]) == (
        "Re-keying claims by hand", "pain point", "the systems do not talk", people(room)["Ana"])
    assert room.editor.doc.get("cards", card_id).tags == ["intake", "manual"]
    events = room.editor.doc.db["events"]
    assert events.count_where("entity = 'cards' AND entity_id = ? AND action = 'add'", [card_id]) == 1
    # a second card lands next to the first, not on top of it
    ana.call("POST", "/api/cards", {"text": "Check the policy"})
    first, second = sorted(room.editor.doc.all("cards"), key=lambda c: c.created_at)
    assert second.y == first.y and second.x == first.x + first.width + 20
    # the facilitator can undo a phone's card like any other edit
    assert room.editor.stack.count() == 2
    room.editor.stack.undo()
    room.editor.stack.undo()
    assert room.editor.doc.db["cards"].count == 0
    assert ana.state()["cards"] == []


def test_edit_and_delete_own_cards_only(qtbot, room):
    room.set_admission("everyone")
    ana, ben = RoomClient(qtbot, room.url), RoomClient(qtbot, room.url)
    ana.join(participant_id=people(room)["Ana"])
    ben.join(participant_id=people(room)["Ben"])
    _, data = ana.call("POST", "/api/cards", {"text": "Triage the inbox"})
    card_id = data["card"]["id"]

    status, data = ana.call("PATCH", "/api/cards", {"id": card_id, "text": "Triage the shared inbox",
                                                     "kind": "activity", "tags": ["inbox"]})
    assert status == 200 and data["card"]["text"] == "Triage the shared inbox"
    assert room.editor.doc.db["cards"].get(card_id)["text"] == "Triage the shared inbox"
    assert [c["id"] for c in ana.state()["cards"]] == [card_id]
    assert ben.state()["cards"] == []

    status, data = ben.call("PATCH", "/api/cards", {"id": card_id, "text": "Mine now"})
    assert status == 403 and data["code"] == "not_yours"
    status, data = ben.call("DELETE", f"/api/cards?id={card_id}")
    assert status == 403
    assert room.editor.doc.db["cards"].get(card_id)["text"] == "Triage the shared inbox"

    status, _ = ana.call("DELETE", f"/api/cards?id={card_id}")
    assert status == 200
    assert room.editor.doc.db["cards"].count == 0
    room.editor.stack.undo()  # the facilitator brings it back
    assert room.editor.doc.db["cards"].get(card_id)["text"] == "Triage the shared inbox"


def test_a_new_joiner_waits_until_the_facilitator_admits_them(qtbot, room):
    assert room.admission == "admit"
    cleo = RoomClient(qtbot, room.url)
    assert cleo.join(name="Cleo", role="Broker")["status"] == "waiting"
    assert cleo.state()["me"]["status"] == "waiting"
    status, data = cleo.call("POST", "/api/cards", {"text": "Call the client"})
    assert status == 403 and data["code"] == "waiting"
    assert "Cleo" not in people(room)

    (device,) = room.devices.all()
    assert room.admit(device.id)
    assert room.editor.doc.db["participants"].count_where("name = 'Cleo' AND role = 'Broker'") == 1
    assert cleo.state()["me"]["status"] == "admitted"
    assert cleo.call("POST", "/api/cards", {"text": "Call the client"})[0] == 201

    # removing the device shuts it out; it has to join again
    assert room.remove_device(device.id)
    status, data = cleo.call("POST", "/api/cards", {"text": "Again"})
    assert status == 401 and data["code"] == "not_joined"


def test_letting_everyone_in_admits_the_waiting_too(qtbot, room):
    dev = RoomClient(qtbot, room.url)
    dev.join(name="Dev", role="Actuary")
    room.set_admission("everyone")
    assert dev.state()["me"]["status"] == "admitted"
    eve = RoomClient(qtbot, room.url)
    assert eve.join(name="Eve", role="")["status"] == "admitted"
    assert {"Dev", "Eve"} <= set(people(room))


def test_ready_check_counts_devices(qtbot, room):
    room.set_admission("everyone")
    ana, ben = RoomClient(qtbot, room.url), RoomClient(qtbot, room.url)
    ana.join(participant_id=people(room)["Ana"])
    ben.join(participant_id=people(room)["Ben"])
    assert room.devices.ready_count() == (0, 2)
    assert ana.call("POST", "/api/ready", {"ready": True}) == (200, {"ready": True})
    assert room.devices.ready_count() == (1, 2)
    assert ana.state()["me"]["ready"] is True
    room.devices.new_ready_check()
    assert room.devices.ready_count() == (0, 2)


def test_stopping_and_starting_again_makes_a_new_token(qtbot, room):
    old = RoomClient(qtbot, room.url)
    old_token = room.token
    room.stop()
    assert not room.running and room.url == ""
    url = room.start("127.0.0.1", 0)
    assert room.token != old_token and len(room.token) >= 22
    fresh = RoomClient(qtbot, url)
    assert fresh.state()["session"]["title"] == "Workshop"
    if (old.host, old.port) == (fresh.host, fresh.port):
        status, data = fresh.call("GET", "/api/state", token=old_token)
        assert status == 401


def test_closing_the_session_stops_the_room(qtbot, room):
    url = room.url
    with qtbot.waitSignal(room.stopped, timeout=2000):
        room.editor.deleteLater()
    assert not room.running
    phone = RoomClient(qtbot, url)
    try:
        status, _ = phone.call("GET", "/api/state")
    except OSError:
        status = None  # the port is closed: nothing answers
    assert status != 200
