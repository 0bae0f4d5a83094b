"""The live map's push channel: every open Server-Sent Events stream, what each
phone is sent, and the limits that keep a phone from hurting the room.

Changes arrive through the SessionDocument's signals and are gathered until the
event loop comes round (a zero-time timer), then sent as one delta per stream:
a paste of 20 cards is one event, not 20. Rare changes to the picture as a
whole (a step, the canvas, the switch) send a new full state instead.

A stream is our own QTcpSocket (app.room.gate hands it over), written
without ever waiting: a phone that does not read is dropped once its unsent
buffer passes a limit, so no phone can stall the desktop."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtNetwork import QAbstractSocket, QTcpSocket

from app.document import SessionDocument
from app.room import map_state
from app.room.devices import Device, DeviceRegistry
from app.room.map_state import MapFragments, Viewer
from app.room.validate import said

log = logging.getLogger(__name__)

MAX_PER_DEVICE = 2
MAX_STREAMS = 60
MAX_UNSENT = 512 * 1024  # bytes queued for one phone before it counts as not reading
KEEP_ALIVE_MS = 15_000
RETRY_MS = 3000  # how long an EventSource waits before reconnecting after a drop
MANY_CHANGES = 200  # more touched cards than this in one turn (a reveal): send a full state
FULL_STATE_TABLES = {"agenda_steps", "canvases"}


@dataclass(eq=False)
class Stream:
    socket: QTcpSocket
    device: Device
    seq: int = -1  # the number of the last event sent: the first state is 0
    opened: float = field(default_factory=time.monotonic)
    sent: int = 0  # bytes written, for the benchmark
    allowance: int = 0  # unsent bytes allowed: at least twice the last full state


class StreamHub(QObject):
    def __init__(self, doc: SessionDocument, devices: DeviceRegistry,
                 canvas_id: Callable[[], str | None], dots: Callable[[], int],
                 clock, device_clock: Callable[[], float] = time.time,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.devices = devices
        self.canvas_id = canvas_id  # RoomApi.canvas_id: the room's current canvas
        self.dots = dots
        self.clock = clock  # UTC now, for the step's time left
        self.device_clock = device_clock
        self.whole_map = True
        self.max_per_device = MAX_PER_DEVICE
        self.max_streams = MAX_STREAMS
        self.max_unsent = MAX_UNSENT
        self.streams: list[Stream] = []
        self.fragments = MapFragments(doc)
        # The map part of a full state per kind of viewer, until anything changes:
        # 30 phones getting a new state (a step starts) share one.
        self._bodies: dict[tuple[Viewer, str | None], bytes] = {}
        self._face_down: dict[str | None, set[str | None]] = {}  # by canvas, while nothing changes
        self._touched: dict[str, dict[str, Any]] = {}
        self._votes_of: set[str | None] = set()  # participants whose own dots changed
        self._full = False
        self._canvas: str | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)  # the next turn of the event loop
        self._flush_timer.timeout.connect(self.flush)
        self._keep_alive = QTimer(self)
        self._keep_alive.setInterval(KEEP_ALIVE_MS)
        self._keep_alive.timeout.connect(self.keep_alive)
        doc.added.connect(self._on_record)
        doc.changed.connect(self._on_changed)
        doc.removed.connect(self._on_record)
        doc.session_changed.connect(self._on_session)
        devices.changed.connect(self._on_devices)

    # -- admitting a stream --------------------------------------------------------

    def refusal(self, device: Device) -> tuple[int, str, str] | None:
        """Why this device may not open another stream: (status, code, message), or None."""
        if sum(s.device is device for s in self.streams) >= self.max_per_device:
            return 429, "too_many_streams", said(QT_TRANSLATE_NOOP(
                "RoomErrors", "This device already has the map open elsewhere"))
        if len(self.streams) >= self.max_streams:
            return 503, "room_full", said(QT_TRANSLATE_NOOP(
                "RoomErrors", "Too many phones are watching the map: try again later"))
        return None

    def open(self, socket: QTcpSocket, device: Device, head: bytes) -> Stream:
        """Take over an accepted connection: the response head, then the full state."""
        # QHttpServer owns the listener and its sockets (bind() reparents it), and
        # deletes them when the room stops: a stream must outlive that to say bye.
        socket.setParent(self)
        stream = Stream(socket, device)
        self.streams.append(stream)
        socket.disconnected.connect(lambda s=stream: self._drop(s))
        socket.errorOccurred.connect(lambda _e, s=stream: self._drop(s))
        socket.readyRead.connect(lambda s=socket: s.readAll())  # a phone has nothing more to say
        canvas_id = self.canvas_id()
        if canvas_id != self._canvas:
            if len(self.streams) > 1:
                self.refresh()  # the others still show the old canvas: a new state for all
            else:
                self._canvas = canvas_id
        self._write(stream, head + f"retry: {RETRY_MS}\n\n".encode())
        self._send_state(stream, canvas_id)
        if not self._keep_alive.isActive():
            self._keep_alive.start()
        return stream

    def count(self, device: Device | None = None) -> int:
        return sum(device is None or s.device is device for s in self.streams)

    # -- collecting changes ----------------------------------------------------------

    def _on_record(self, table: str, record) -> None:
        self._bodies.clear()
        self._face_down.clear()
        if not self.streams:
            self.fragments.forget(record.id)
            return
        self._touch(table, record)

    def _on_changed(self, table: str, record, _fields) -> None:
        self._on_record(table, record)

    def _touch(self, table: str, record) -> None:
        self.fragments.forget(record.id)
        if table in FULL_STATE_TABLES:
            self._full = True
        elif table == "votes":
            self._votes_of.add(record.participant_id)
        elif table in ("cards", "links", "zones", "participants"):
            self._touched.setdefault(table, {})[record.id] = record
        self._flush_timer.start()

    def _on_session(self, _fields) -> None:
        self._bodies.clear()
        if self.streams:
            self._full = True
            self._flush_timer.start()

    def refresh(self) -> None:
        """Send everyone a new full state (the switch flipped, the canvas changed)."""
        if self.streams:
            self._full = True
            self._flush_timer.start()

    def set_whole_map(self, on: bool) -> None:
        if on != self.whole_map:
            self.whole_map = on
            self.refresh()

    def check_canvas(self) -> None:
        """The facilitator may have switched tabs: a new canvas is a new full state."""
        if self.streams and self.canvas_id() != self._canvas:
            self.refresh()

    # -- sending -----------------------------------------------------------------------

    def flush(self) -> None:
        touched, self._touched = self._touched, {}
        votes_of, self._votes_of = self._votes_of, set()
        full, self._full = self._full, False
        if not self.streams:
            return
        canvas_id = self.canvas_id()
        if canvas_id != self._canvas or len(touched.get("cards", ())) > MANY_CHANGES:
            full = True
        self._canvas = canvas_id
        if full:
            for stream in list(self.streams):
                self._send_state(stream, canvas_id)
            return
        cards = touched.get("cards")
        if cards:  # a card turning face up or down shows or hides its links too
            links = touched.setdefault("links", {})
            for link in self.doc.links_of(cards):
                links.setdefault(link.id, link)
        dots = self.dots()
        shared: dict[Viewer, str | None] = {}  # one delta per viewer, not per stream
        for stream in list(self.streams):
            viewer = self.viewer(stream.device)
            if viewer.participant_id in votes_of:  # this participant's own dots: theirs alone
                votes = map_state.votes_json(self.doc, viewer.participant_id, dots)
                text = map_state.delta(self.doc, canvas_id, viewer, touched, self.fragments, 0, votes)
            else:
                if viewer not in shared:
                    shared[viewer] = map_state.delta(self.doc, canvas_id, viewer, touched, self.fragments, 0)
                text = shared[viewer]
            if text is not None:
                stream.seq += 1
                self._event(stream, "delta", _with_seq(text, stream.seq))

    def _send_state(self, stream: Stream, canvas_id: str | None) -> None:
        viewer = self.viewer(stream.device)
        face_down = self._face_down.get(canvas_id)
        if face_down is None:
            face_down = self._face_down[canvas_id] = map_state.face_down_authors(self.doc, canvas_id)
        key = (map_state.body_key(viewer, face_down), canvas_id)
        body = self._bodies.get(key)
        if body is None:  # encoded once: 30 phones share the bytes of a 500-card map
            body = self._bodies[key] = map_state.map_body(self.doc, canvas_id, key[0], self.fragments).encode()
        stream.seq += 1
        head = map_state.state_head(self.doc, canvas_id, stream.device, viewer, self.dots(), self.clock(),
                                    stream.seq)
        data = b"event: state\ndata: " + head.encode() + b"," + body + b"}\n\n"
        # Room for this state and plenty of deltas before the phone counts as not reading.
        stream.allowance = max(self.max_unsent, 2 * len(data))
        self._write(stream, data)

    def viewer(self, device: Device) -> Viewer:
        return Viewer(device.participant_id, self.whole_map)

    def _event(self, stream: Stream, name: str, data: str) -> None:
        self._write(stream, f"event: {name}\ndata: {data}\n\n".encode())

    def _write(self, stream: Stream, data: bytes) -> None:
        socket = stream.socket
        if stream not in self.streams:
            return
        if socket.bytesToWrite() > max(self.max_unsent, stream.allowance):
            log.info("Room join: dropping a stream that does not read (%d bytes unsent)", socket.bytesToWrite())
            self.close(stream, "slow", "", polite=False)
            return
        socket.write(data)
        stream.sent += len(data)

    def keep_alive(self) -> None:
        """A comment line now and then keeps proxies and phones from closing an idle
        stream, and shows the dock the device is still there."""
        self.check_canvas()
        now = self.device_clock()
        for stream in list(self.streams):
            self._write(stream, b": keep-alive\n\n")
            stream.device.last_seen = now
        if not self.streams:
            self._keep_alive.stop()

    # -- closing -------------------------------------------------------------------------

    def _on_devices(self) -> None:
        """A device removed (or its participant) takes its streams with it."""
        for stream in list(self.streams):
            if self.devices.get(stream.device.id) is not stream.device:
                self.close(stream, "not_joined", "This device was removed: join again")

    def close(self, stream: Stream, code: str, message: str, polite: bool = True) -> None:
        if stream not in self.streams:
            return
        if polite:
            self._event(stream, "bye", map_state.dumps({"code": code, "error": message}))
        self._drop(stream, polite)

    def close_all(self, code: str = "stopped", message: str = "Room join was switched off") -> None:
        for stream in list(self.streams):
            self.close(stream, code, message)
        self._keep_alive.stop()

    def _drop(self, stream: Stream, polite: bool = False) -> None:
        if stream not in self.streams:
            return
        self.streams.remove(stream)
        socket = stream.socket
        if polite and socket.state() == QAbstractSocket.SocketState.ConnectedState:
            # Closes once what is queued (the bye) has gone out; deleted then.
            socket.disconnected.connect(socket.deleteLater)
            socket.disconnectFromHost()
        else:
            socket.abort()
            socket.deleteLater()


def _with_seq(text: str, seq: int) -> str:
    # Deltas are shared between streams of the same viewer but each stream counts
    # its own events: put this stream's number in front.
    return '{"seq":' + str(seq) + text[text.index(","):]
