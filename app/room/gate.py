"""The gate in front of QtHttpServer: a QTcpServer that holds each new connection
until its whole request (head and body) has arrived within the limits and in
time, and only then hands it to Qt. So:

- what Qt would refuse itself, with an empty body (400, 413, 414, 431), is
  refused here first with the API's JSON error body and security headers;
- a connection that trickles its request, or sends nothing, is answered 408
  and closed once its time is up (``clock`` is injectable: tests advance it);
- an oversized body is refused from its Content-Length alone, and what the
  client still sends is read and dropped for a moment before the connection
  closes, so the client reads the 413 instead of a reset;
- one request per connection: after the answer the connection is closed, so
  no second request can reach Qt without passing the gate;
- one address cannot hold more than MAX_WAITING half-sent requests (429).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

import shiboken6
from PySide6 import QtNetwork
from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QTcpServer, QTcpSocket

from app.room.api import Request
from app.room.head import MAX_HEAD, Refused, read_head
from app.room.wire import is_stream, parse_head

REQUEST_TIMEOUT_S = 10.0  # from connecting to the last byte of the request
LINGER_S = 2.0  # after a refusal: how long the rest of what the client sends is read and dropped
LINGER_BYTES = 64 * 1024
SWEEP_MS = 250  # how often deadlines are looked at
MAX_WAITING = 16  # half-sent requests one address may hold open at once (a browser uses up to 6)
READING, HANDING, HANDED, LINGERING, STREAMING = "reading", "handing", "handed", "lingering", "streaming"


@dataclass(eq=False)
class _Connection:
    socket: QTcpSocket
    deadline: float
    peer: str
    state: str = READING
    answered: bool = False
    dropped: int = 0


def raw_answer(status: int, message: str, code: str, headers: dict[str, str]) -> bytes:
    """A complete HTTP/1.1 answer with the documented JSON error body."""
    body = json.dumps({"error": message, "code": code}).encode()
    lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
             "Content-Type: application/json", f"Content-Length: {len(body)}", "Connection: close",
             *(f"{name}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class Gate(QTcpServer):
    def __init__(self, max_body: int, headers: dict[str, str],
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None,
                 take_stream: Callable[[QTcpSocket, Request], None] | None = None):
        super().__init__(parent)
        self.take_stream = take_stream  # gets the live map's stream requests, whole, instead of Qt
        self.max_body = max_body
        self.headers = headers  # sent with every refusal, as with every API answer
        self.clock = clock
        self.timeout_s = REQUEST_TIMEOUT_S
        self._connections: set[_Connection] = set()
        self._handing: _Connection | None = None
        self.dropped = 0  # bytes read and thrown away after refusals and answers
        self._sweeper = QTimer(self)
        self._sweeper.setInterval(SWEEP_MS)
        self._sweeper.timeout.connect(self.sweep)
        # Qt gives every connection's request a TLS configuration, and the first one
        # loads the system's CA certificates (0.1-0.5 s): pay that now, as Room join is
        # switched on, rather than in the event loop when the first phones join at once.
        if hasattr(QtNetwork, "QSslConfiguration"):
            QtNetwork.QSslConfiguration()

    @property
    def waiting(self) -> int:
        """Connections whose request has not fully arrived yet."""
        return sum(1 for c in self._connections if c.state == READING)

    @property
    def bytes_waiting(self) -> int:
        """What those connections have sent so far."""
        return sum(c.socket.bytesAvailable() for c in self._connections if c.state == READING)

    def incomingConnection(self, handle: int) -> None:  # noqa: N802 - Qt's name
        socket = QTcpSocket(self)
        if not socket.setSocketDescriptor(handle):
            socket.deleteLater()
            return
        connection = _Connection(socket, self.clock() + self.timeout_s, socket.peerAddress().toString())
        crowd = sum(1 for c in self._connections if c.peer == connection.peer and c.state == READING)
        self._connections.add(connection)
        # Connected before Qt's own handler exists, so this runs first on every read.
        socket.readyRead.connect(lambda: self._read(connection))
        socket.disconnected.connect(lambda: self._closed(connection))
        socket.destroyed.connect(lambda: self._connections.discard(connection))
        if not self._sweeper.isActive():
            self._sweeper.start()
        if crowd >= MAX_WAITING:
            self._refuse(connection, Refused(429, "Too many open requests: wait a moment", "rate_limited"))
        elif socket.bytesAvailable():
            self._read(connection)

    def answered(self) -> None:
        """Called by the server once it has answered the request being handed over:
        the connection closes when the answer is written."""
        if self._handing is not None:
            self._handing.answered = True

    def sweep(self) -> None:
        now = self.clock()
        for connection in list(self._connections):
            if connection.deadline > now:
                continue
            if connection.state == READING:
                self._refuse(connection, Refused(408, "The request took too long: send it again", "timeout"))
                connection.socket.disconnectFromHost()  # a slow client gets no more time
            elif connection.state == LINGERING:
                connection.socket.disconnectFromHost()
        if not any(c.state in (READING, LINGERING) for c in self._connections):
            self._sweeper.stop()

    # -- one connection ------------------------------------------------------------

    def _read(self, connection: _Connection) -> None:
        socket = connection.socket
        if connection.state == READING:
            self._inspect(connection)
        elif connection.state in (HANDED, LINGERING):
            # Anything after the one request is not for Qt: read it so it cannot be parsed.
            self._drop(connection)
            if connection.state == LINGERING and connection.dropped > LINGER_BYTES:
                socket.disconnectFromHost()
        # HANDING: Qt is reading the request right now

    def _inspect(self, connection: _Connection) -> None:
        buffer = bytes(connection.socket.peek(MAX_HEAD + self.max_body + 1))
        try:
            head = read_head(buffer, self.max_body)
            if head is not None and len(buffer) > head.total:
                raise Refused(400, "Send one request at a time", "bad_request")
        except Refused as refusal:
            self._refuse(connection, refusal)
            return
        if head is None or len(buffer) != head.total:
            return
        if self.take_stream is not None and is_stream(buffer[:buffer.find(b"\n")]):
            connection.state = STREAMING  # the stream hub's now: never swept or deleted here
            self._connections.discard(connection)
            connection.socket.read(head.total)
            self.take_stream(connection.socket, parse_head(buffer[:head.size], connection.peer))
            return
        self._hand_over(connection)

    def _hand_over(self, connection: _Connection) -> None:
        socket = connection.socket
        connection.state = HANDING
        self._handing = connection
        try:
            self.addPendingConnection(socket)  # QHttpServer takes it on this signal
            socket.readyRead.emit()  # the request is already here: no new readyRead would come
        finally:
            self._handing = None
        connection.state = HANDED
        if connection.answered:
            socket.disconnectFromHost()  # after the answer is written; Qt then deletes the socket

    def _refuse(self, connection: _Connection, refusal: Refused) -> None:
        socket = connection.socket
        socket.write(raw_answer(refusal.status, refusal.message, refusal.code, self.headers))
        self._drop(connection)
        connection.state = LINGERING
        connection.deadline = self.clock() + LINGER_S

    def _drop(self, connection: _Connection) -> None:
        size = len(connection.socket.readAll())
        connection.dropped += size
        self.dropped += size

    def _closed(self, connection: _Connection) -> None:
        self._connections.discard(connection)
        # (Switching Room join off deletes the gate and its sockets, which then report closing.)
        if connection.state in (READING, LINGERING) and shiboken6.isValid(connection.socket):
            connection.socket.deleteLater()  # still ours; a handed socket is Qt's to delete
