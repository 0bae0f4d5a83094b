"""The Room API's rules as phones and attackers meet them over loopback: the order
of the guards and what each refusal says, joining and leaving, the roster, one's
own cards, votes, the ready check and the live map's stream. Each answer is
checked for its status, its code and the words the phone shows, and the library
for what changed (or that nothing did)."""

from __future__ import annotations

import pytest

from app.room.api import Request
from app.room.security import MAX_BODY
from tests.test_room_facilitation import run_step
from tests.test_room_support import RoomClient, people, phone, running_room


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def direct(room, method, path, body=b"", headers=None, query=None, client="10.0.0.9"):
    """A request handed to the API as the gate hands it over, for what the gate itself
    already refuses on the wire (a body over the limit, a missing Host)."""
    own = {"host": room.api.host, "origin": room.api.origin, "x-room-token": room.token}
    return room.handle(Request(method, path, query or {}, {**own, **(headers or {})}, body, client))


def said(response) -> tuple[int, str, str]:
    import json

    data = json.loads(response.body)
    return response.status, data["code"], data["error"]


# -- the guards, in order ------------------------------------------------------------


def test_a_flooding_client_is_told_to_wait_before_anything_else_is_judged(qtbot, room):
    mallory = RoomClient(qtbot, room.url)
    for _ in range(20):
        assert mallory.call("GET", "/api/state", token="wrong")[0] == 401
    status, data, headers = mallory.raw("GET", "/api/state", headers={"Origin": "http://evil.example"})
    assert (status, data["code"], data["error"]) == (429, "rate_limited", "Too many requests: wait a moment")
    assert headers["retry-after"] == "1"  # 20 requests per 10 s: the next one in half a second


def test_each_refusal_says_what_is_wrong(qtbot, room):
    mallory = RoomClient(qtbot, room.url)
    status, data = mallory.call("GET", "/api/state", extra={"Origin": "http://evil.example"})
    assert (status, data) == (403, {"error": "Requests from other sites are refused", "code": "foreign_origin"})
    status, data, _ = mallory.raw("GET", f"/api/state?t={room.token}", headers={"Host": "evil.example"})
    assert (status, data) == (403, {"error": "Unknown host", "code": "foreign_host"})
    status, data = mallory.call("GET", "/api/state", token="x" * 22)
    assert (status, data) == (
        401, {"error": "This join link is not valid (any more): scan the QR code again", "code": "token"})
    status, data = mallory.call("GET", "/api/nothing")
    assert (status, data) == (404, {"error": "Not found", "code": "not_found"})
    status, data = mallory.call("PATCH", "/api/state", {})
    assert (status, data) == (405, {"error": "Method not allowed", "code": "method"})
    status, data, _ = mallory.raw("PATCH", "/api/cards", b"{}", {"X-Room-Token": room.token,
                                                                "Content-Type": "text/plain"})
    assert (status, data) == (415, {"error": "Send JSON (Content-Type: application/json)", "code": "content_type"})
    status, data = mallory.call("POST", "/api/join", {"name": "Mallory", "admin": True})
    assert (status, data) == (400, {"error": "Unknown field: admin", "code": "invalid"})
    assert room.devices.all() == [] and set(people(room)) == {"Ana", "Ben"}


def test_the_token_may_come_in_the_address_or_a_header_and_must_be_right_in_either(qtbot, room):
    mallory = RoomClient(qtbot, room.url)
    assert mallory.raw("GET", f"/api/state?t={room.token}")[0] == 200
    assert mallory.raw("GET", "/api/state", headers={"X-Room-Token": room.token})[0] == 200
    assert mallory.raw("GET", "/api/state?t=wrong", headers={"X-Room-Token": "wrong"})[0] == 401
    assert mallory.raw("GET", "/api/state", headers={"X-Room-Token": ""})[0] == 401


def test_the_browsers_own_favicon_request_gets_an_empty_answer_without_the_token(qtbot, room):
    status, body, _ = RoomClient(qtbot, room.url).raw("GET", "/favicon.ico")
    assert (status, body) == (204, b"")
    response = direct(room, "GET", "/favicon.ico", headers={"x-room-token": ""})
    assert (response.status, response.body) == (204, b"")
    # only the GET: anything else there needs the token like every other path
    assert direct(room, "POST", "/favicon.ico", headers={"x-room-token": ""}).status == 401


def test_the_api_refuses_a_large_body_and_a_missing_host_itself(room):
    """The gate refuses both on the wire; the API does too, for a request that reaches it another way."""
    response = direct(room, "POST", "/api/join", b"{" + b" " * MAX_BODY + b"}",
                      {"content-type": "application/json"})
    assert said(response) == (413, "too_large", f"The request is larger than {MAX_BODY} bytes")
    exactly = b'{"name": "Ana"' + b" " * (MAX_BODY - 15) + b"}"
    assert len(exactly) == MAX_BODY
    assert direct(room, "POST", "/api/join", exactly, {"content-type": "application/json"}).status == 201
    headers = {"origin": room.api.origin, "x-room-token": room.token}
    response = room.handle(Request("GET", "/api/state", {}, headers, b"", "10.0.0.9"))
    assert said(response) == (400, "no_host", "The request has no Host header")


# -- joining, the roster and leaving ---------------------------------------------------------


def test_joining_from_the_roster_waits_for_the_facilitator_unless_everyone_is_let_in(qtbot, room):
    ana = RoomClient(qtbot, room.url)
    assert ana.join(participant_id=people(room)["Ana"])["status"] == "waiting"
    status, data = ana.call("POST", "/api/cards", {"text": "Too early"})
    assert (status, data) == (403, {"error": "Waiting for the facilitator to let you in", "code": "waiting"})
    room.set_admission("everyone")
    ben = RoomClient(qtbot, room.url)
    assert ben.join(participant_id=people(room)["Ben"])["status"] == "admitted"
    assert ana.state()["me"]["status"] == "admitted"  # the waiting are let in too
    nobody = RoomClient(qtbot, room.url)
    status, data = nobody.call("POST", "/api/join", {"participant_id": "0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b"})
    assert (status, data) == (404, {"error": "No such name on the roster", "code": "not_found"})
    status, data = nobody.call("POST", "/api/join", {"participant_id": people(room)["Ana"], "name": "Ana"})
    assert status == 400 and data["error"] == "Unknown field: name"
    assert len(room.devices.all()) == 2


def test_a_name_already_on_the_roster_is_the_same_person_whatever_its_case(qtbot, room):
    room.set_admission("everyone")
    again = RoomClient(qtbot, room.url)
    assert again.join(name="  ana ", role="CLAIMS HANDLER")["status"] == "admitted"
    assert sorted(people(room)) == ["Ana", "Ben"]
    (device,) = room.devices.all()
    assert device.participant_id == people(room)["Ana"]
    other = RoomClient(qtbot, room.url)
    other.join(name="Ana", role="Broker")  # another Ana, in another role: a new person
    assert sorted(p.role for p in room.editor.doc.all("participants") if p.name == "Ana") == [
        "Broker", "Claims handler"]


def test_admission_is_admit_or_everyone_and_admitting_a_gone_device_does_nothing(qtbot, room):
    with pytest.raises(ValueError):
        room.api.set_admission("anyone")
    assert room.api.admission == "admit"
    assert room.api.admit("no-such-device") is False
    cleo = RoomClient(qtbot, room.url)
    cleo.join(name="Cleo", role="")
    (device,) = room.devices.all()
    assert room.api.admit(device.id) is True and "Cleo" in people(room)


def test_leaving_forgets_the_device(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    assert ana.call("POST", "/api/leave", {}) == (200, {"ok": True})
    assert room.devices.all() == []
    status, data = ana.call("POST", "/api/leave", {})
    assert (status, data) == (401, {"error": "Join the room first", "code": "not_joined"})
    waiting = RoomClient(qtbot, room.url)
    room.set_admission("admit")
    waiting.join(name="Cleo", role="")
    assert waiting.call("POST", "/api/leave", {})[0] == 200  # one still waiting may leave too
    assert room.devices.all() == []


def test_a_phone_whose_person_left_the_roster_must_join_again(qtbot, room):
    ben = phone(qtbot, room, "Ben")
    assert room.editor.remove_participant(people(room)["Ben"])
    status, data = ben.call("POST", "/api/cards", {"text": "Still here?"})
    assert (status, data) == (401, {"error": "Join the room first", "code": "not_joined"})
    # a device left over for someone no longer on the roster is forgotten when it is used
    room.editor.stack.undo()  # Ben is back on the roster, his old phone is not
    ben_id = people(room)["Ben"]
    _device, key = room.devices.join("Ben", "Underwriter", ben_id, "127.0.0.1", admitted=True)
    assert room.editor.remove_participant(ben_id)
    _device, key = room.devices.join("Ben", "Underwriter", ben_id, "127.0.0.1", admitted=True)
    ben.device = key
    status, data = ben.call("POST", "/api/cards", {"text": "Still here?"})
    assert (status, data) == (401, {"error": "You are no longer on the roster: join again", "code": "not_joined"})
    assert room.devices.all() == [] and room.editor.doc.all("cards") == []


# -- cards ----------------------------------------------------------------------------------


def test_a_card_lands_on_the_canvas_of_the_running_step(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    first = room.editor.doc.all("canvases")[0]
    second = room.editor.add_canvas("Pain points")
    _, data = ana.call("POST", "/api/cards", {"text": "On the first"})
    assert room.editor.doc.get("cards", data["card"]["id"]).canvas_id == first.id
    run_step(room, "Pains", canvas_id=second.id)
    _, data = ana.call("POST", "/api/cards", {"text": "On the second"})
    assert room.editor.doc.get("cards", data["card"]["id"]).canvas_id == second.id


def test_the_canvas_the_facilitator_shows_is_used_when_no_step_names_one(qtbot, room):
    first = room.editor.doc.all("canvases")[0]
    shown = room.editor.add_canvas("Shown")
    assert room.api.canvas_id() == first.id  # nothing shown yet: the first canvas
    room.api.canvas_provider = lambda: shown.id
    assert room.api.canvas_id() == shown.id
    step = run_step(room, "A step without a canvas")
    assert room.api.canvas_id() == shown.id
    room.editor.change_records("agenda_steps", {step.id: {"status": "done", "started_at": None}}, "Done")
    gone = room.editor.add_canvas("Gone")
    run_step(room, "On a canvas about to go", canvas_id=gone.id)
    assert room.api.canvas_id() == gone.id
    room.editor.delete_canvas(gone.id)
    assert room.api.canvas_id() == shown.id
    room.editor.delete_canvas(shown.id)
    assert room.api.canvas_id() == first.id  # the shown canvas is gone too


def test_editing_a_card_without_a_change_is_no_edit(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    _, data = ana.call("POST", "/api/cards", {"text": "Triage", "kind": "activity", "tags": ["inbox"]})
    card_id = data["card"]["id"]
    depth = room.editor.stack.count()
    status, data = ana.call("PATCH", "/api/cards", {"id": card_id, "text": "Triage", "tags": ["inbox"]})
    assert status == 200 and data["card"]["text"] == "Triage"
    assert room.editor.stack.count() == depth  # nothing to undo
    status, data = ana.call("PATCH", "/api/cards", {"id": card_id, "why": "so nothing waits"})
    assert status == 200 and data["card"]["why"] == "so nothing waits"
    assert room.editor.stack.count() == depth + 1
    card = room.editor.doc.get("cards", card_id)
    assert (card.text, card.why, card.tags) == ("Triage", "so nothing waits", ["inbox"])


def test_someone_elses_or_a_missing_card_is_refused(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    _, data = ana.call("POST", "/api/cards", {"text": "Mine"})
    card_id = data["card"]["id"]
    assert ben.call("PATCH", "/api/cards", {"id": card_id, "text": "Ours"}) == (
        403, {"error": "You can only change your own cards", "code": "not_yours"})
    missing = "0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
    assert ana.call("PATCH", "/api/cards", {"id": missing, "text": "x"}) == (
        404, {"error": "No such card", "code": "not_found"})
    assert ana.call("DELETE", f"/api/cards?id={missing}") == (404, {"error": "No such card", "code": "not_found"})
    assert ana.call("DELETE", "/api/cards")[1] == {"error": "id must be an id", "code": "invalid"}
    assert [c.text for c in room.editor.doc.all("cards")] == ["Mine"]
    assert ana.call("DELETE", f"/api/cards?id={card_id}") == (200, {"ok": True})
    assert room.editor.doc.all("cards") == []


def test_with_no_canvas_a_card_is_refused(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    assert room.editor.delete_canvas(room.editor.doc.all("canvases")[0].id)
    status, data = ana.call("POST", "/api/cards", {"text": "Nowhere"})
    assert (status, data) == (409, {"error": "There is no canvas to add to yet", "code": "no_canvas"})
    assert room.editor.doc.db["cards"].count == 0


# -- votes and the ready check ---------------------------------------------------------------


def test_a_vote_counts_the_dots_left_and_only_on_the_current_canvas(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    _, data = ana.call("POST", "/api/cards", {"text": "Duplicate data entry"})
    card_id = data["card"]["id"]
    missing = "0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
    assert ben.call("DELETE", f"/api/votes?card_id={card_id}") == (
        409, {"error": "No vote is open right now", "code": "no_vote"})
    room.editor.change_session("Dots", dots_per_participant=3)
    run_step(room, "Vote", voting=1)
    assert ben.call("POST", "/api/votes", {"card_id": card_id}) == (201, {"ok": True, "left": 2})
    assert ben.call("POST", "/api/votes", {"card_id": card_id}) == (201, {"ok": True, "left": 1})
    assert ana.call("POST", "/api/votes", {"card_id": card_id}) == (201, {"ok": True, "left": 2})
    assert ben.call("DELETE", f"/api/votes?card_id={card_id}") == (200, {"ok": True, "left": 2})
    assert ben.call("POST", "/api/votes", {"card_id": missing}) == (
        404, {"error": "No such card", "code": "not_found"})
    status, data = ben.call("DELETE", f"/api/votes?card_id={missing}")
    assert status == 409 and data["code"] == "vote_refused" and data["error"]
    assert ben.call("POST", "/api/votes", {"card_id": card_id, "dots": 3})[0] == 400
    votes = sorted(r["participant_id"] for r in room.editor.doc.db.query("SELECT participant_id FROM votes"))
    assert votes == sorted([people(room)["Ben"], people(room)["Ana"]])


def test_the_ready_check_takes_true_and_false(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    assert ana.call("POST", "/api/ready", {"ready": True}) == (200, {"ready": True})
    assert room.devices.ready_count() == (1, 1)
    assert ana.call("POST", "/api/ready", {"ready": False}) == (200, {"ready": False})
    assert room.devices.ready_count() == (0, 1)
    assert ana.call("POST", "/api/ready", {"ready": True, "all": True})[0] == 400
    assert room.devices.ready_count() == (0, 1)


# -- the live map's stream --------------------------------------------------------------------


def test_the_stream_needs_a_joined_device_and_takes_its_key_from_the_address(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    key = ana.device
    response = direct(room, "GET", "/api/stream", query={"t": room.token, "d": key})
    assert response.status == 200 and response.content_type.startswith("text/event-stream")
    assert response.device.participant_id == people(room)["Ana"]
    response = direct(room, "GET", "/api/stream", query={"d": "not-a-key"})
    assert said(response) == (401, "not_joined", "Join the room first")
    response = direct(room, "GET", "/api/stream", query={"d": ""})
    assert said(response)[0] == 401
    # a header key wins over the address's
    response = direct(room, "GET", "/api/stream", headers={"x-room-device": key}, query={"d": "not-a-key"})
    assert response.status == 200
    gate, room.api.stream_gate = room.api.stream_gate, None
    try:
        response = direct(room, "GET", "/api/stream", query={"d": key})
        assert said(response) == (503, "no_stream", "The live map is not available")
    finally:
        room.api.stream_gate = gate
    room.api.stream_gate = lambda device: (429, "too_many_streams", "Close another map first")
    response = direct(room, "GET", "/api/stream", query={"d": key})
    assert said(response) == (429, "too_many_streams", "Close another map first")


def test_when_the_library_cannot_save_the_phone_is_told_and_nothing_is_half_done(qtbot, room, monkeypatch):
    ana = phone(qtbot, room, "Ana")
    _, data = ana.call("POST", "/api/cards", {"text": "Kept"})
    card_id = data["card"]["id"]
    # the writes the editor refuses (a full disk, a read-only library) return nothing
    monkeypatch.setattr(room.editor, "add_card", lambda *a, **k: None)
    monkeypatch.setattr(room.editor, "edit_card", lambda *a, **k: False)
    monkeypatch.setattr(room.editor, "delete", lambda *a, **k: False)
    monkeypatch.setattr(room.editor, "add_participant", lambda *a, **k: None)
    assert ana.call("POST", "/api/cards", {"text": "Lost?"}) == (
        503, {"error": "The card was not saved: ask the facilitator", "code": "not_saved"})
    assert ana.call("PATCH", "/api/cards", {"id": card_id, "text": "Changed?"}) == (
        503, {"error": "The change was not saved: ask the facilitator", "code": "not_saved"})
    assert ana.call("DELETE", f"/api/cards?id={card_id}") == (
        503, {"error": "The card was not deleted: ask the facilitator", "code": "not_saved"})
    cleo = RoomClient(qtbot, room.url)
    assert cleo.call("POST", "/api/join", {"name": "Cleo", "role": "Broker"}) == (
        503, {"error": "Could not add you to the roster", "code": "not_saved"})
    assert [d.participant_id for d in room.devices.all()] == [people(room)["Ana"]]  # Cleo's is not left waiting
    assert [c.text for c in room.editor.doc.all("cards")] == ["Kept"]


def test_a_card_on_another_canvas_gets_no_vote(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    _, data = ana.call("POST", "/api/cards", {"text": "On the first canvas"})
    elsewhere = data["card"]["id"]
    second = room.editor.add_canvas("Pain points")
    run_step(room, "Vote on pains", voting=1, canvas_id=second.id)
    assert ben.call("POST", "/api/votes", {"card_id": elsewhere}) == (
        404, {"error": "No such card", "code": "not_found"})
    _, data = ana.call("POST", "/api/cards", {"text": "A pain"})
    assert ben.call("POST", "/api/votes", {"card_id": data["card"]["id"]})[0] == 201
    assert [r["card_id"] for r in room.editor.doc.db.query("SELECT card_id FROM votes")] == [data["card"]["id"]]


def test_a_delete_needs_no_json_type_but_a_post_and_a_patch_do(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    _, data = ana.call("POST", "/api/cards", {"text": "Gone soon"})
    headers = {"X-Room-Token": room.token, "X-Room-Device": ana.device, "Content-Type": "text/plain"}
    status, data, _ = ana.raw("DELETE", f"/api/cards?id={data['card']['id']}", None, headers)
    assert (status, data) == (200, {"ok": True})
    assert ana.raw("POST", "/api/ready", b'{"ready": true}', headers)[0] == 415
    assert room.devices.ready_count() == (0, 1)


def test_a_refused_link_says_why(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    _, data = ana.call("POST", "/api/cards", {"text": "Log the claim"})
    mine = data["card"]["id"]
    _, data = ben.call("POST", "/api/cards", {"text": "Price the risk"})
    theirs = data["card"]["id"]
    assert ana.call("POST", "/api/links", {"source_id": mine, "target_id": mine, "kind": "informs"}) == (
        409, {"error": "A card cannot link to itself", "code": "same_card"})
    _, data = ana.call("POST", "/api/links", {"source_id": mine, "target_id": theirs, "kind": "informs"})
    link_id = data["link"]["id"]
    assert ben.call("DELETE", f"/api/links?id={link_id}") == (
        403, {"error": "You can only remove links from your own cards", "code": "not_yours"})
    assert ana.call("DELETE", "/api/links?id=0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b") == (
        404, {"error": "No such link", "code": "not_found"})
    assert [link.id for link in room.editor.doc.all("links")] == [link_id]


def test_the_state_tells_how_people_get_in_and_shows_ones_cards_on_the_current_canvas(qtbot, room):
    ana = phone(qtbot, room, "Ana")  # lets everyone in
    assert ana.state()["admission"] == "everyone"
    room.set_admission("admit")
    assert ana.state()["admission"] == "admit"
    _, data = ana.call("POST", "/api/cards", {"text": "On the first canvas"})
    first = data["card"]["id"]
    second = room.editor.add_canvas("Pain points")
    run_step(room, "Pains", canvas_id=second.id)
    _, data = ana.call("POST", "/api/cards", {"text": "A pain"})
    assert [c["id"] for c in ana.state()["cards"]] == [data["card"]["id"]]
    assert first not in [c["id"] for c in ana.state()["cards"]]


def test_a_waiting_phone_stays_its_persons_after_the_facilitator_renames_them(qtbot, room):
    ana = RoomClient(qtbot, room.url)
    ana.join(participant_id=people(room)["Ana"])
    ana_id = people(room)["Ana"]
    assert room.editor.edit_participant(ana_id, name="Ana Lima")
    (device,) = room.devices.all()
    assert room.api.admit(device.id)
    assert sorted(people(room)) == ["Ana Lima", "Ben"]  # nobody new on the roster
    assert room.devices.get(device.id).participant_id == ana_id
    _, data = ana.call("POST", "/api/cards", {"text": "Mine still"})
    assert room.editor.doc.get("cards", data["card"]["id"]).participant_id == ana_id


def test_a_vote_refusal_says_why(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    _, data = ana.call("POST", "/api/cards", {"text": "Duplicate data entry"})
    card_id = data["card"]["id"]
    assert ben.call("POST", "/api/votes", {"card_id": card_id}) == (
        409, {"error": "No vote is open right now", "code": "no_vote"})
    room.editor.change_session("Dots", dots_per_participant=1)
    run_step(room, "Vote", voting=1)
    assert ben.call("POST", "/api/votes", {"card_id": card_id})[0] == 201
    assert ben.call("POST", "/api/votes", {"card_id": card_id}) == (
        409, {"error": "Ben has used all 1 dot", "code": "vote_refused"})
    assert ana.call("DELETE", f"/api/votes?card_id={card_id}") == (
        409, {"error": "Ana has no vote on this card", "code": "vote_refused"})


@pytest.mark.parametrize("path, kind", [
    ("/room.css", "text/css"), ("/room.js", "javascript"), ("/map.js", "javascript"),
    ("/map-panel.js", "javascript"), ("/stream.js", "javascript")])
def test_the_pages_own_files_are_served_with_the_token(qtbot, room, path, kind):
    phone_ = RoomClient(qtbot, room.url)
    status, body, headers = phone_.raw("GET", f"{path}?t={room.token}")
    assert status == 200 and kind in headers["content-type"] and len(body) > 100
    assert phone_.raw("GET", path)[0] == 401
    assert phone_.raw("GET", f"{path.upper()}?t={room.token}")[0] == 404


def test_a_phone_asking_in_german_hears_what_is_wrong_with_its_card_in_german(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    german = {"Accept-Language": "de"}

    def refused(body):
        status, data = ana.call("POST", "/api/cards", body, extra=german)
        assert (status, data["code"]) == (400, "invalid"), data
        return data["error"]

    assert refused({"text": "x", "colour": "red"}) == "Unbekanntes Feld: colour"
    assert refused({"text": 5}) == "text muss eine Zeichenkette sein"
    assert refused({"text": "   "}) == "text darf nicht leer sein"
    assert refused({"text": "pay\u202eexe"}) == "text enthält an Position 4 ein Textrichtungszeichen (U+202E)"
    assert refused({"text": "x", "kind": "wish"}).startswith("die Art muss eine davon sein: activity, ")
    assert refused({"text": "x", "tags": ["a"] * 9}) == "Schlagwörter müssen eine Liste von höchstens 8 sein"
    assert refused({"text": "x", "tags": ["two words"]}) == (
        "jedes Schlagwort besteht aus 1–32 Buchstaben, Ziffern, „-“ oder „_“")
    assert refused([]) == "Der Inhalt muss ein JSON-Objekt sein"
    headers = {"Origin": ana.origin, "X-Room-Token": ana.token, "X-Room-Device": ana.device,
               "Content-Type": "application/json", **german}
    for body, words in ((b"{nope", "Der Inhalt ist kein gültiges JSON"),
                        (b'{"text": NaN}', "Der Inhalt ist kein gültiges JSON (NaN ist keine JSON-Zahl)")):
        status, data, _ = ana.raw("POST", "/api/cards", body, headers)
        assert (status, data["error"]) == (400, words)
    status, data = ana.call("PATCH", "/api/cards", {"text": "x"}, extra=german)
    assert (status, data["error"]) == (400, "Fehlendes Feld: id")
    status, data = ana.call("PATCH", "/api/cards", {"id": "card-1"}, extra=german)
    assert (status, data["error"]) == (400, "id muss eine ID sein")
    status, data = ana.call("POST", "/api/ready", {"ready": "yes"}, extra=german)
    assert (status, data["error"]) == (400, "ready muss true oder false sein")
    assert room.editor.doc.db["cards"].count == 0  # nothing refused was stored
