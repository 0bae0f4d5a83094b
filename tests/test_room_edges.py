"""Room join at its edges (issue 14.5): numbers Python cannot hold, media types that
only look like JSON, requests without a Host, the browser's favicon request and
text-direction controls. Each is driven over loopback and the library checked."""

from __future__ import annotations

import pytest

from tests.test_room_support import RoomClient, people, running_room


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


@pytest.fixture
def ana(qtbot, room):
    room.set_admission("everyone")
    phone = RoomClient(qtbot, room.url)
    phone.join(participant_id=people(room)["Ana"])
    return phone


def post(phone, body: bytes, content_type: str = "application/json"):
    return phone.raw("POST", "/api/cards", body, {
        "Origin": phone.origin, "X-Room-Token": phone.token, "X-Room-Device": phone.device,
        "Content-Type": content_type})


def card_texts(room) -> list[str]:
    return [r["text"] for r in room.editor.doc.db.query("SELECT text FROM cards ORDER BY created_at")]


def test_a_number_too_long_for_python_is_a_bad_request_not_a_crash(qtbot, room, ana):
    status, data, _ = post(ana, b'{"text": "ok", "kind": ' + b"9" * 5000 + b"}")
    assert status == 400 and data["code"] == "invalid", data
    for number in (b"NaN", b"Infinity", b"-Infinity"):  # not JSON, though Python reads them
        status, data, _ = post(ana, b'{"text": "ok", "x": ' + number + b"}")
        assert status == 400 and "JSON" in data["error"], number
    assert card_texts(room) == []
    assert post(ana, b'{"text": "still fine"}')[0] == 201
    assert card_texts(room) == ["still fine"]


@pytest.mark.parametrize("content_type", [
    "application/jsonx", "application/json-patch+json", "application/json5", "text/json",
    "application/json; charset=latin-1", "application/json; charset", "application/json garbage", ""])
def test_only_json_is_taken_as_json(qtbot, room, ana, content_type):
    status, data, _ = post(ana, b'{"text": "typed"}', content_type)
    assert status == 415 and data["code"] == "content_type", content_type
    assert card_texts(room) == []


@pytest.mark.parametrize("content_type", [
    "application/json", "Application/JSON", "application/json; charset=utf-8",
    "application/json;charset=UTF-8", 'application/json; charset="utf-8"', "application/json;"])
def test_json_with_parameters_is_accepted(qtbot, room, ana, content_type):
    status, data, _ = post(ana, b'{"text": "typed"}', content_type)
    assert status == 201, (content_type, data)
    assert card_texts(room) == ["typed"]


def test_a_request_without_a_host_is_refused(qtbot, room):
    phone = RoomClient(qtbot, room.url)
    request = f"GET /api/state?t={room.token} HTTP/1.1\r\n\r\n".encode()
    status, data, _ = phone.exchange(request)
    assert status == 400 and data["code"] == "no_host", data
    # the same request with the room's own Host is answered
    host = f"Host: {phone.host}:{phone.port}\r\n\r\n".encode()
    status, data, _ = phone.exchange(request[:-2] + host)
    assert status == 200 and data["session"]["title"] == "Workshop"


def test_the_favicon_needs_no_token_and_is_not_an_error(qtbot, room):
    phone = RoomClient(qtbot, room.url)
    status, body, headers = phone.raw("GET", "/favicon.ico")
    assert status == 204 and body == b""
    assert headers["cache-control"] == "no-store"
    # it opens nothing else: other paths still need the token
    assert phone.raw("GET", "/favicon.ico.map")[0] == 401
    assert phone.raw("POST", "/favicon.ico", b"{}", {"Content-Type": "application/json"})[0] == 401


@pytest.mark.parametrize("control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                                     "\u2066", "\u2067", "\u2068", "\u2069"])
def test_text_direction_controls_are_refused_with_their_position(qtbot, room, ana, control):
    status, data = ana.call("POST", "/api/cards", {"text": f"pay{control}lcx.exe"})
    assert status == 400 and data["code"] == "invalid", data
    assert "text" in data["error"] and "position 4" in data["error"]
    assert f"U+{ord(control):04X}" in data["error"]
    status, data = ana.call("POST", "/api/cards", {"text": "ok", "why": f"a{control}"})
    assert status == 400 and "why" in data["error"] and "position 2" in data["error"]
    assert card_texts(room) == []


def test_a_joiner_named_with_a_right_to_left_override_is_refused(qtbot, room):
    phone = RoomClient(qtbot, room.url)
    status, data = phone.call("POST", "/api/join", {"name": "Ana", "role": "\u202eregdnaH"})
    assert status == 400 and "role" in data["error"] and "position 1" in data["error"]
    assert room.devices.all() == []
    # right-to-left scripts themselves are welcome
    status, data = phone.call("POST", "/api/join", {"name": "נועה", "role": "מנהלת תביעות"})
    assert status == 201, data


def test_text_at_its_limit_is_taken_and_one_more_character_refused(qtbot, room, ana):
    status, data = ana.call("POST", "/api/cards", {"text": "x" * 280, "why": "y" * 500})
    assert status == 201, data
    status, data = ana.call("POST", "/api/cards", {"text": "x" * 281})
    assert status == 400 and data["error"] == "text is longer than 280 characters"
    phone = RoomClient(qtbot, room.url)
    status, data = phone.call("POST", "/api/join", {"name": "n" * 61})
    assert status == 400 and data["error"] == "name is longer than 60 characters"
    assert card_texts(room) == ["x" * 280]
