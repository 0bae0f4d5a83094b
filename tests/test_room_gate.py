"""The gate in front of QtHttpServer (issue 14.5 and 14.9): what Qt would refuse with
an empty body gets the documented JSON error, a trickled or silent connection is
answered 408 and closed when its time is up (a fake clock, advanced by the test),
an oversized body is refused from its length alone without a reset, and every
connection carries one request."""

from __future__ import annotations

import json
import socket

import pytest

from app.room.gate import LINGER_BYTES, LINGER_S, MAX_WAITING, REQUEST_TIMEOUT_S, raw_answer
from app.room.head import MAX_HEAD, Refused, read_head
from app.room.security import MAX_BODY
from tests.test_room_support import RoomClient, people, running_room


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


class Wire:
    """A raw connection driven from the test's own thread: sends never block (a few
    bytes), reads never block, and waiting pumps the server's event loop."""

    def __init__(self, qtbot, room, source: str | None = None):
        self.qtbot = qtbot
        phone = RoomClient(qtbot, room.url)
        self.host = f"{phone.host}:{phone.port}"
        self.sock = socket.create_connection((phone.host, phone.port), timeout=5,
                                             source_address=(source, 0) if source else None)
        self.sock.setblocking(False)
        self.received = b""
        self.closed = False
        self.reset = False

    def send(self, data: bytes) -> None:
        self.sock.setblocking(True)
        self.sock.sendall(data)
        self.sock.setblocking(False)

    def pump(self) -> None:
        try:
            while chunk := self.sock.recv(65536):
                self.received += chunk
            self.closed = True
        except BlockingIOError:
            pass
        except ConnectionResetError:
            self.closed = self.reset = True

    def wait_closed(self) -> None:
        self.qtbot.waitUntil(lambda: (self.pump(), self.closed)[1], timeout=5000)

    def wait_answer(self) -> tuple[int, dict, dict]:
        self.qtbot.waitUntil(lambda: (self.pump(), self._complete())[1], timeout=5000)
        return self.answer()

    def _complete(self) -> bool:
        head, found, body = self.received.partition(b"\r\n\r\n")
        return bool(found) and len(body) >= int(self.answer_headers(head).get("content-length", 0))

    @staticmethod
    def answer_headers(head: bytes) -> dict[str, str]:
        fields: dict[str, str] = {}
        for line in head.decode("latin-1").split("\r\n")[1:]:
            name, _, value = line.partition(":")
            name = name.strip().lower()  # repeated fields combine into one list, as clients read them
            fields[name] = f"{fields[name]}, {value.strip()}" if name in fields else value.strip()
        return fields

    def answer(self) -> tuple[int, dict, dict]:
        head, _, body = self.received.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        return status, json.loads(body) if body else {}, self.answer_headers(head)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def wire(qtbot, room):
    made = []

    def make(source: str | None = None):
        made.append(Wire(qtbot, room, source))
        return made[-1]

    yield make
    for w in made:
        w.close()


def request(room, method: str, path: str, body: bytes = b"", extra: str = "") -> bytes:
    host = room.url.split("/")[2]
    head = (f"{method} {path} HTTP/1.1\r\nHost: {host}\r\nX-Room-Token: {room.token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n{extra}\r\n")
    return head.encode() + body


# -- what Qt would answer with an empty body ------------------------------------------------

@pytest.mark.parametrize("raw, status, code", [
    (b"POST /api/join HTTP/1.1\r\nHost: H\r\nContent-Length: 9000\r\n\r\n", 413, "too_large"),
    (b"POST /api/join HTTP/1.1\r\nHost: H\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n", 413, "too_large"),
    (b"GET /?t=" + b"a" * 3000 + b" HTTP/1.1\r\nHost: H\r\n\r\n", 414, "url_too_long"),
    (b"GET / HTTP/1.1\r\nHost: H\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n", 431, "headers_too_large"),
    (b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(60)) + b"\r\n", 431,
     "headers_too_large"),
    (b"GARBAGE\r\n\r\n", 400, "bad_request"),
    (b"GET / HTTP/1.1\r\nHost: H\r\nNo colon here\r\n\r\n", 400, "bad_request"),
    (b"POST /api/join HTTP/1.1\r\nHost: H\r\nContent-Length: 12x\r\n\r\n", 400, "bad_request"),
    (b"POST /api/join HTTP/1.1\r\nHost: H\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400,
     "bad_request"),
    (b"POST /api/join HTTP/1.1\r\nHost: H\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 411,
     "length_required"),
])
def test_refusals_carry_the_json_error_body_and_security_headers(qtbot, room, raw, status, code):
    phone = RoomClient(qtbot, room.url)
    got, data, headers = phone.exchange(raw.replace(b"Host: H", f"Host: {phone.host}:{phone.port}".encode()))
    assert got == status and data["code"] == code and data["error"], data
    assert headers["content-type"] == "application/json"
    assert headers["x-content-type-options"] == "nosniff" and headers["cache-control"] == "no-store"
    assert headers["connection"] == "close"
    assert room.devices.all() == []


def test_the_head_is_read_whole_before_anything_is_decided():
    assert read_head(b"GET / HTTP/1.1\r\nHost: a", 10) is None  # more to come
    head = read_head(b"POST /x?t=1 HTTP/1.1\r\nContent-Length: 007\r\n\r\n", 10)
    assert (head.target, head.body_length, head.total) == ("/x?t=1", 7, 45 + 7)
    assert read_head(b"GET / HTTP/1.0\n\n", 10).size == 16  # bare line ends, as Qt takes them
    with pytest.raises(Refused) as refused:
        read_head(b"GET / HTTP/1.1\r\nX: " + b"a" * 9000, 10)  # never ends, already too big
    assert refused.value.status == 431


# -- an oversized body (14.9): answered from its length, no reset -----------------------------

def test_an_oversized_body_is_refused_before_it_is_sent_and_without_a_reset(qtbot, room, wire):
    room.set_admission("everyone")
    phone = RoomClient(qtbot, room.url)
    phone.join(participant_id=people(room)["Ana"])
    body = json.dumps({"text": "x" * 9000}).encode()
    w = wire()
    w.send(request(room, "POST", "/api/cards", body, f"X-Room-Device: {phone.device}\r\n")[:-len(body)])
    status, data, _ = w.wait_answer()  # the answer comes before a byte of the body
    assert status == 413 and data["code"] == "too_large"
    # A client that sends the body anyway (http.client does, before it reads) is read to
    # the end; a server that closed at once would reset it here: the old flake.
    for part in (body[:4000], body[4000:]):
        dropped = room.tcp.dropped + len(part)
        w.send(part)
        qtbot.waitUntil(lambda n=dropped: room.tcp.dropped == n)
    room.connection_clock.advance(LINGER_S + 0.1)  # then it closes
    w.wait_closed()
    assert not w.reset
    assert room.editor.doc.db["cards"].count == 0


# -- slow and silent connections -------------------------------------------------------------

def test_a_trickled_request_is_answered_408_and_closed_when_its_time_is_up(qtbot, room, wire):
    room.set_admission("everyone")
    w = wire()
    qtbot.waitUntil(lambda: room.tcp.waiting == 1)  # its time runs from here
    whole = request(room, "POST", "/api/join", b'{"name": "Slow Loris"}')
    lines = whole.split(b"\r\n")
    sent = lines[0] + b"\r\n"
    w.send(sent)
    for line in lines[1:4]:  # a header line every few seconds keeps many servers waiting for ever
        room.connection_clock.advance(REQUEST_TIMEOUT_S / 4)
        w.send(line + b"\r\n")
        sent += line + b"\r\n"
        size = len(sent)
        qtbot.waitUntil(lambda n=size: room.tcp.bytes_waiting == n)
        room.tcp.sweep()
        w.pump()
        assert not w.closed and w.received == b""
    room.connection_clock.advance(REQUEST_TIMEOUT_S / 4)  # now past the deadline
    status, data, _ = w.wait_answer()  # by the gate's own timer
    assert status == 408 and data["code"] == "timeout"
    w.wait_closed()
    assert room.devices.all() == [] and room.tcp.waiting == 0


def test_a_silent_connection_is_closed(qtbot, room, wire):
    w = wire()
    qtbot.waitUntil(lambda: room.tcp.waiting == 1)
    room.connection_clock.advance(REQUEST_TIMEOUT_S + 0.1)
    status, data, _ = w.wait_answer()
    assert status == 408
    w.wait_closed()


def test_a_request_sent_in_pieces_in_time_is_served(qtbot, room, wire):
    room.set_admission("everyone")
    w = wire()
    qtbot.waitUntil(lambda: room.tcp.waiting == 1)
    whole = request(room, "POST", "/api/join", b'{"name": "Cleo"}')
    for i in range(0, len(whole) - 40, 40):
        w.send(whole[i:i + 40])
        qtbot.waitUntil(lambda n=i + 40: room.tcp.bytes_waiting == n)
        room.connection_clock.advance(REQUEST_TIMEOUT_S / 20)
    w.send(whole[i + 40:])
    status, data, headers = w.wait_answer()
    assert status == 201 and data["status"] == "admitted", data
    assert [d.name for d in room.devices.all()] == ["Cleo"]


def test_one_address_cannot_hold_many_half_sent_requests(qtbot, room, wire):
    held = [wire() for _ in range(MAX_WAITING)]
    qtbot.waitUntil(lambda: room.tcp.waiting == MAX_WAITING)
    status, data, _ = wire().wait_answer()
    assert (status, data) == (429, {"error": "Too many open requests: wait a moment", "code": "rate_limited"})
    held[0].send(request(room, "GET", "/api/state"))  # one finishes its request ...
    assert held[0].wait_answer()[0] == 200
    held[0].wait_closed()
    qtbot.waitUntil(lambda: room.tcp.waiting == MAX_WAITING - 1)
    w = wire()  # ... and there is room for another
    w.send(request(room, "GET", "/api/state"))
    assert w.wait_answer()[0] == 200


# -- one request per connection ----------------------------------------------------------------

def test_each_connection_carries_one_request(qtbot, room, wire):
    w = wire()
    w.send(request(room, "GET", "/api/state"))
    status, data, headers = w.wait_answer()
    assert status == 200 and data["session"]["title"] == "Workshop"
    assert "close" in headers["connection"]
    w.wait_closed()  # the server closes: a second request could not skip the gate
    assert not w.reset
    # two requests in one go: refused, neither is served
    room.set_admission("everyone")
    w = wire()
    join = request(room, "POST", "/api/join", b'{"name": "Dup"}')
    w.send(join + join)
    status, data, _ = w.wait_answer()
    assert status == 400 and data["code"] == "bad_request"
    assert room.devices.all() == []


def test_switching_room_join_off_drops_waiting_connections_cleanly(qtbot, room, wire):
    w = wire()
    w.send(b"GET /api/state HTTP/1.1\r\n")  # half a request, still waiting
    qtbot.waitUntil(lambda: room.tcp.bytes_waiting > 0)
    gate = room.tcp
    room.stop()
    with qtbot.waitSignal(gate.destroyed, timeout=5000):
        pass
    w.wait_closed()  # the port's connections go with it, and no error is raised on the way


# -- the exact limits ----------------------------------------------------------------------------

def test_a_refusal_is_a_whole_http_answer_with_its_json_body():
    answer = raw_answer(431, "The request headers are too large", "headers_too_large", {"X-A": "1", "X-B": "2"})
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    assert lines[0] == "HTTP/1.1 431 Request Header Fields Too Large"
    assert lines[1:] == ["Content-Type: application/json", f"Content-Length: {len(body)}", "Connection: close",
                         "X-A: 1", "X-B: 2"]
    assert json.loads(body) == {"error": "The request headers are too large", "code": "headers_too_large"}


def test_a_request_has_exactly_its_time_and_no_more(qtbot, room, wire):
    w = wire()
    qtbot.waitUntil(lambda: room.tcp.waiting == 1)
    room.connection_clock.advance(REQUEST_TIMEOUT_S - 0.01)
    room.tcp.sweep()
    w.pump()
    assert w.received == b"" and not w.closed and room.tcp.waiting == 1
    room.connection_clock.advance(0.01)  # the deadline itself
    room.tcp.sweep()
    status, data, _ = w.wait_answer()
    assert (status, data) == (408, {"error": "The request took too long: send it again", "code": "timeout"})
    w.wait_closed()


def test_each_connection_has_its_own_deadline(qtbot, room, wire):
    early = [wire() for _ in range(8)]
    qtbot.waitUntil(lambda: room.tcp.waiting == 8)
    room.connection_clock.advance(REQUEST_TIMEOUT_S / 2)
    late = [wire() for _ in range(7)]
    qtbot.waitUntil(lambda: room.tcp.waiting == 15)
    room.connection_clock.advance(REQUEST_TIMEOUT_S / 2 + 0.5)  # the early ones' time is up, not the late ones'
    room.tcp.sweep()
    for w in early:
        assert w.wait_answer()[0] == 408
    for w in late:
        w.pump()
        assert w.received == b"" and not w.closed
    assert room.tcp.waiting == 7


def test_a_second_request_on_one_connection_is_refused_with_why(qtbot, room, wire):
    w = wire()
    w.send(request(room, "GET", "/api/state") + b"G")
    assert w.wait_answer()[:2] == (400, {"error": "Send one request at a time", "code": "bad_request"})


def test_a_request_of_the_largest_size_is_served(qtbot, room, wire):
    """A head of exactly MAX_HEAD bytes and a body of exactly the limit: all of it is
    looked at, and it is served."""
    room.set_admission("everyone")
    body = b'{"name": "Cleo"' + b" " * (MAX_BODY - 16) + b"}"
    assert len(body) == MAX_BODY
    whole = request(room, "POST", "/api/join", body, "X-Pad: \r\n")
    head_size = whole.index(b"\r\n\r\n") + 4
    whole = request(room, "POST", "/api/join", body, "X-Pad: " + "p" * (MAX_HEAD - head_size) + "\r\n")
    assert whole.index(b"\r\n\r\n") + 4 == MAX_HEAD and len(whole) == MAX_HEAD + MAX_BODY
    w = wire()
    w.send(whole)
    status, data, _ = w.wait_answer()
    assert status == 201 and data["status"] == "admitted", data
    assert [d.name for d in room.devices.all()] == ["Cleo"]


def test_after_a_refusal_a_client_is_heard_out_only_briefly(qtbot, room, wire):
    """What a refused client still sends is read and dropped for LINGER_S, or until
    LINGER_BYTES of it, whichever comes first; then the connection closes."""
    w = wire()
    w.send(request(room, "POST", "/api/join", b"", "").replace(b"Content-Length: 0", b"Content-Length: 99999"))
    assert w.wait_answer()[0] == 413
    heard = room.tcp.dropped  # the refused head: the only connection so far
    w.send(b"x" * (LINGER_BYTES - heard))
    qtbot.waitUntil(lambda: room.tcp.dropped == LINGER_BYTES)
    room.connection_clock.advance(LINGER_S - 0.1)
    room.tcp.sweep()
    w.pump()
    assert not w.closed  # LINGER_BYTES heard, not more, and time left: still listening
    w.send(b"x")  # one byte past LINGER_BYTES: closed without waiting for the clock
    w.wait_closed()
    assert room.tcp.dropped == LINGER_BYTES + 1


def test_the_open_requests_are_counted_per_address(qtbot, room, wire):
    [wire() for _ in range(MAX_WAITING)]
    qtbot.waitUntil(lambda: room.tcp.waiting == MAX_WAITING)
    other = wire("127.0.0.2")  # another phone on the network still gets in
    other.send(request(room, "GET", "/api/state"))
    status, data, _ = other.wait_answer()
    assert status == 200 and data["session"]["title"] == "Workshop"


def test_a_client_that_gives_up_frees_its_place(qtbot, room, wire):
    w = wire()
    w.send(b"GET /api/state HTTP/1.1\r\n")
    qtbot.waitUntil(lambda: room.tcp.bytes_waiting > 0)
    w.close()
    qtbot.waitUntil(lambda: room.tcp.waiting == 0)  # no clock moved: the close itself
