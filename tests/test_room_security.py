"""Room join's guards over loopback: the token, the page's own origin, the body
limit, the rate limit (a fake clock), strict validation, and nothing but the
current session reachable."""

from __future__ import annotations

import json

import pytest

from app.room.security import RateLimiter, token_ok
from tests.test_room_support import RoomClient, people, running_room


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def test_no_token_or_a_wrong_one_is_refused(qtbot, room):
    phone = RoomClient(qtbot, room.url)
    for token in (None, "", "x" * 22, room.token[:-1] + ("A" if room.token[-1] != "A" else "B")):
        status, data = phone.call("GET", "/api/state", token=token)
        assert status == 401 and data["code"] == "token", token
    assert phone.raw("GET", "/")[0] == 401  # the page itself
    assert phone.raw("GET", "/room.js")[0] == 401
    assert phone.raw("GET", "/?t=nope")[0] == 401
    assert phone.raw("GET", f"/?t={room.token}")[0] == 200
    # a token from another session's room does not open this one either
    assert phone.call("POST", "/api/join", {"name": "Mallory"}, token="A" * 22)[0] == 401
    assert room.devices.all() == []


def test_token_comparison_is_exact():
    assert token_ok("abc", "abc")
    assert not token_ok("abc ", "abc") and not token_ok(None, "abc") and not token_ok("ABC", "abc")


def test_a_foreign_origin_is_refused(qtbot, room):
    room.set_admission("everyone")
    phone = RoomClient(qtbot, room.url)
    for origin in ("http://evil.example", "null", f"http://localhost:{phone.port}",
                   phone.origin.replace("http:", "https:"), phone.origin + ".evil.example",
                   phone.origin + "0", phone.origin[:-1]):
        status, data = phone.call("POST", "/api/join", {"name": "Mallory"}, extra={"Origin": origin})
        assert status == 403 and data["code"] == "foreign_origin", origin
    assert room.devices.all() == []
    # the page's own origin, or no Origin at all (a same-origin GET), is fine
    assert phone.call("GET", "/api/state")[0] == 200
    status, _, _ = phone.raw("GET", f"/api/state?t={room.token}")
    assert status == 200
    # a rebinding attack arrives with a foreign Host
    status, _, _ = phone.raw("GET", f"/api/state?t={room.token}", headers={"Host": "evil.example"})
    assert status == 403


def test_an_oversized_body_gets_413(qtbot, room):
    """The client sends the whole body before it reads: the gate answers from the
    Content-Length and reads what still comes before it closes, so the client reads
    the 413 however the two interleave (it once got a reset on a busy machine)."""
    room.set_admission("everyone")
    phone = RoomClient(qtbot, room.url)
    phone.join(participant_id=people(room)["Ana"])
    body = json.dumps({"text": "x" * 9000}).encode()
    headers = {"X-Room-Token": room.token, "X-Room-Device": phone.device, "Content-Type": "application/json"}
    status, data, _ = phone.raw("POST", "/api/cards", body, headers)
    assert status == 413 and data["code"] == "too_large"
    assert room.editor.doc.db["cards"].count == 0


def test_flooding_gets_429_until_the_bucket_refills(qtbot, room):
    phone = RoomClient(qtbot, room.url)
    statuses = [phone.call("GET", "/api/state")[0] for _ in range(21)]
    assert statuses[:20] == [200] * 20 and statuses[20] == 429
    status, data, headers = phone.raw("GET", f"/api/state?t={room.token}")
    assert status == 429 and int(headers["retry-after"]) >= 1
    room.rate_clock.advance(1.0)  # 20 per 10 s: two more requests are allowed after a second
    assert [phone.call("GET", "/api/state")[0] for _ in range(3)] == [200, 200, 429]
    room.rate_clock.advance(0.25)  # half a request's worth of time
    status, _, headers = phone.raw("GET", f"/api/state?t={room.token}")
    assert status == 429 and headers["retry-after"] == "1"
    room.rate_clock.advance(10.0)
    assert phone.call("GET", "/api/state")[0] == 200
    # a quiet hour earns the same burst of 20 as ten seconds, not more
    room.rate_clock.advance(3600.0)
    statuses = [phone.call("GET", "/api/state")[0] for _ in range(21)]
    assert statuses[:20] == [200] * 20 and statuses[20] == 429


def test_rate_limit_is_per_client():
    clock = [0.0]
    limiter = RateLimiter(capacity=2, period_s=10, clock=lambda: clock[0])
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]
    assert limiter.allow("b")
    clock[0] += 5
    assert limiter.allow("a") and not limiter.allow("a")


@pytest.mark.parametrize("body, field", [
    ({"text": ""}, "text"),
    ({"text": "   "}, "text"),
    ({"text": 42}, "text"),
    ({"text": "x" * 281}, "text"),
    ({"text": "a\x00b"}, "text"),
    ({"text": "line\nbreak"}, "text"),
    ({"text": "ok", "kind": "rumour"}, "kind"),
    ({"text": "ok", "kind": ["activity"]}, "kind"),
    ({"text": "ok", "why": "y" * 501}, "why"),
    ({"text": "ok", "tags": "intake"}, "tags"),
    ({"text": "ok", "tags": ["has space"]}, "tag"),
    ({"text": "ok", "tags": ["<b>"]}, "tag"),
    ({"text": "ok", "tags": [f"t{i}" for i in range(9)]}, "tags"),
    ({"text": "ok", "participant_id": "someone-else"}, "Unknown field"),
    ({"text": "ok", "x": 10}, "Unknown field"),
])
def test_invalid_cards_are_refused_with_400(qtbot, room, body, field):
    room.set_admission("everyone")
    phone = RoomClient(qtbot, room.url)
    phone.join(participant_id=people(room)["Ana"])
    status, data = phone.call("POST", "/api/cards", body)
    assert status == 400 and data["code"] == "invalid" and field in data["error"], data
    assert room.editor.doc.db["cards"].count == 0


def test_a_name_is_taken_up_to_60_characters_and_a_longer_one_refused(qtbot, room):
    room.set_admission("everyone")
    mallory = RoomClient(qtbot, room.url)
    for name in ("M" * 600, "M" * 61):
        status, data = mallory.call("POST", "/api/join", {"name": name, "role": "Broker"})
        assert status == 400 and data["error"] == "name is longer than 60 characters", data
    status, data = mallory.call("POST", "/api/join", {"name": "Ana", "role": "R" * 61})
    assert status == 400 and data["error"] == "role is longer than 60 characters", data
    assert set(people(room)) == {"Ana", "Ben"} and room.devices.all() == []
    long_name = "Maria Auxiliadora " + "x" * 42
    assert RoomClient(qtbot, room.url).join(name=long_name, role="Broker")["status"] == "admitted"
    assert long_name in people(room)


def test_a_card_with_exactly_eight_tags_is_saved(qtbot, room):
    room.set_admission("everyone")
    phone = RoomClient(qtbot, room.url)
    phone.join(participant_id=people(room)["Ana"])
    tags = ["intake", "manual", "claims", "fraud", "mail", "scan", "post", "backlog"]
    status, data = phone.call("POST", "/api/cards", {"text": "Sort the post", "tags": tags})
    assert status == 201, data
    assert room.editor.doc.get("cards", data["card"]["id"]).tags == tags
    status, data = phone.call("PATCH", "/api/cards", {"id": data["card"]["id"], "tags": [*tags, "ninth"]})
    assert status == 400 and "at most 8" in data["error"]
    assert [c.tags for c in room.editor.doc.all("cards")] == [tags]


def test_malformed_requests_are_refused(qtbot, room):
    room.set_admission("everyone")
    phone = RoomClient(qtbot, room.url)
    phone.join(participant_id=people(room)["Ana"])
    base = {"X-Room-Token": room.token, "X-Room-Device": phone.device}
    assert phone.raw("POST", "/api/cards", b"{not json", {**base, "Content-Type": "application/json"})[0] == 400
    assert phone.raw("POST", "/api/cards", b"[1, 2]", {**base, "Content-Type": "application/json"})[0] == 400
    assert phone.raw("POST", "/api/cards", b'{"text": "x"}', {**base, "Content-Type": "text/plain"})[0] == 415
    assert phone.raw("POST", "/api/cards", b"[" * 5000, {**base, "Content-Type": "application/json"})[0] == 400
    assert phone.call("PUT", "/api/cards", {"text": "x"})[0] == 405
    assert phone.call("DELETE", "/api/cards?id=../../etc/passwd")[0] == 400
    assert phone.call("POST", "/api/join", {"participant_id": "not-an-id"})[0] == 400
    assert phone.call("POST", "/api/join", {"name": "A", "role": "B", "admin": True})[0] == 400
    assert phone.call("POST", "/api/ready", {"ready": "yes"})[0] == 400
    assert room.editor.doc.db["cards"].count == 0


def test_only_the_current_session_is_reachable(qtbot, room):
    phone = RoomClient(qtbot, room.url)
    for path in ("/api/sessions", "/api/library", "/meshwork.db", "/../meshwork.db", "/resources/room/room.js",
                 "/index.html", "/api/state/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"):
        status, data, _ = phone.raw("GET", f"{path}?t={room.token}" if "?" not in path else path)
        assert status == 404, path
    # without the token, not even whether a path exists is told
    assert phone.raw("GET", "/api/sessions")[0] == 401
    state = phone.state()
    assert set(state) == {"session", "kinds", "admission", "step", "roster", "me", "cards", "voting"}
    assert set(state["session"]) == {"title"}


def test_a_joined_device_cannot_act_without_its_own_key(qtbot, room):
    room.set_admission("everyone")
    ana = RoomClient(qtbot, room.url)
    ana.join(participant_id=people(room)["Ana"])
    thief = RoomClient(qtbot, room.url)
    thief.device = ana.device[:-2] + "zz"
    status, data = thief.call("POST", "/api/cards", {"text": "Spoof"})
    assert status == 401 and data["code"] == "not_joined"
