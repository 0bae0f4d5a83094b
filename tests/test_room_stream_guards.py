"""The live map's stream is as hard to misuse as the rest of Room join: token and
device checked on connect, caps per device and in all, a phone that does not
read is dropped without holding up the others, a removed device or a stopped
room closes its streams, and a connection that never asks is closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app.model import Card
from storage.library import new_id
from tests.room_stream_client import MapMirror, StreamReader
from tests.test_room_support import RoomClient, phone, running_room


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def opened(qtbot, reader: StreamReader) -> StreamReader:
    reader.start()
    qtbot.waitUntil(lambda: bool(reader.named("state")) or reader.closed.is_set(), timeout=5000)
    return reader


def refused(qtbot, reader: StreamReader) -> tuple[int, str]:
    reader.start()
    qtbot.waitUntil(reader.closed.is_set, timeout=5000)
    return reader.status, reader.error()["code"]


def test_the_stream_checks_token_and_device_on_connect(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    assert refused(qtbot, StreamReader(room.url, ana.device, token="x" * 22)) == (401, "token")
    assert refused(qtbot, StreamReader(room.url, None)) == (401, "not_joined")
    assert refused(qtbot, StreamReader(room.url, "not-a-device-key")) == (401, "not_joined")
    room.set_admission("admit")
    cleo = RoomClient(qtbot, room.url)
    cleo.join(name="Cleo", role="Broker")
    reader = StreamReader(room.url, cleo.device)
    assert refused(qtbot, reader) == (403, "waiting")
    assert reader.headers["content-type"] == "application/json"
    assert reader.headers["x-content-type-options"] == "nosniff"
    assert room.hub.count() == 0
    # a foreign Origin is refused as on every route
    ana_reader = StreamReader(room.url, ana.device)
    ana_reader.start(f"/api/stream?t={room.token}&d={ana.device}")
    qtbot.waitUntil(lambda: bool(ana_reader.named("state")), timeout=5000)
    ana_reader.close()


def test_a_stream_connect_counts_against_the_rate_limit(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    while ana.call("GET", "/api/state")[0] == 200:
        pass
    assert refused(qtbot, StreamReader(room.url, ana.device)) == (429, "rate_limited")


def test_streams_are_capped_per_device_and_in_all(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    room.hub.max_streams = 3
    readers = [opened(qtbot, StreamReader(room.url, ana.device)) for _ in range(2)]
    try:
        assert all(r.status == 200 for r in readers)
        assert refused(qtbot, StreamReader(room.url, ana.device)) == (429, "too_many_streams")
        readers.append(opened(qtbot, StreamReader(room.url, ben.device)))
        assert readers[-1].status == 200
        assert refused(qtbot, StreamReader(room.url, ben.device)) == (503, "room_full")
        # a phone that goes away frees its place
        readers.pop(0).close()
        qtbot.waitUntil(lambda: room.hub.count() == 2, timeout=2000)
        readers.append(opened(qtbot, StreamReader(room.url, ben.device)))
        assert readers[-1].status == 200
    finally:
        for reader in readers:
            reader.close()


def test_removing_the_device_or_stopping_the_room_closes_its_stream(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    ana_reader = opened(qtbot, StreamReader(room.url, ana.device))
    ben_reader = opened(qtbot, StreamReader(room.url, ben.device))
    try:
        device = next(d for d in room.devices.all() if d.name == "Ana")
        assert room.remove_device(device.id)
        qtbot.waitUntil(ana_reader.closed.is_set, timeout=2000)
        assert ana_reader.last("bye")["code"] == "not_joined"
        assert not ben_reader.closed.is_set() and room.hub.count() == 1
        # the removed key cannot open a new one
        assert refused(qtbot, StreamReader(room.url, ana.device)) == (401, "not_joined")
        room.stop()
        qtbot.waitUntil(ben_reader.closed.is_set, timeout=2000)
        assert ben_reader.last("bye")["code"] == "stopped"
        assert room.hub.count() == 0
    finally:
        ana_reader.close()
        ben_reader.close()


def test_keep_alive_comments_keep_an_idle_stream_open(qtbot, room):
    ana = phone(qtbot, room, "Ana")
    reader = opened(qtbot, StreamReader(room.url, ana.device))
    try:
        device = room.devices.all()[0]
        device.last_seen = 0
        room.hub.keep_alive()  # what the 15 s timer does
        qtbot.waitUntil(lambda: reader.comments == 1, timeout=2000)
        assert device.last_seen > 0  # the dock sees the phone is still there
        assert len(reader.events) == 1  # nothing re-sent
    finally:
        reader.close()


def test_a_phone_that_does_not_read_is_dropped_and_the_others_keep_up(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    room.hub.max_unsent = 32 * 1024
    slow = opened(qtbot, StreamReader(room.url, ana.device, receive_buffer=4096, read=False))
    quick = opened(qtbot, StreamReader(room.url, ben.device))
    mirror = MapMirror(quick)
    canvas_id = room.editor.doc.all("canvases")[0].id
    added = 0
    try:
        for _ in range(200):  # about 6 MB of deltas at most; the kernel buffers only a part
            if room.hub.count() < 2:
                break
            assert room.editor.add_records("cards", [
                Card(id=new_id(), canvas_id=canvas_id, text="x" * 280, why="y" * 500, x=added + i, y=0)
                for i in range(30)], "Add cards")
            added += 30
            QCoreApplication.processEvents()  # the turn in which the delta goes out
        assert room.hub.count() == 1, "the phone that does not read was never dropped"
        assert [s.device.name for s in room.hub.streams] == ["Ben"]
        qtbot.waitUntil(lambda: len(mirror.cards()) == added, timeout=5000)
    finally:
        slow.close()
        quick.close()


def test_the_listener_reads_only_a_get_of_the_stream_as_a_stream():
    from app.room.wire import is_stream, parse_head

    assert is_stream(b"GET /api/stream?t=abc&d=xyz HTTP/1.1")
    assert is_stream(b"GET /api/stream HTTP/1.1\r")
    for line in (b"POST /api/stream HTTP/1.1", b"GET /api/streams HTTP/1.1", b"GET /api/state HTTP/1.1",
                 b"GET /api/stream", b"GET  /api/stream HTTP/1.1", b"HEAD /api/stream HTTP/1.1"):
        assert not is_stream(line), line
    request = parse_head(b"GET /api/stream?t=a%2Db&d=k HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n"
                         b"X-Room-Token: tok\r\nAccept: a\r\naccept: b", "127.0.0.9")
    assert (request.method, request.path, request.query) == ("GET", "/api/stream", {"t": "a-b", "d": "k"})
    assert request.headers == {"host": "127.0.0.1:8765", "x-room-token": "tok", "accept": "a, b"}
    assert request.body == b"" and request.client == "127.0.0.9"
