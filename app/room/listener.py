"""Room join's listening socket: it reads the first line of each new connection
and hands the connection to QHttpServer, except a request for the live map's
stream (GET /api/stream), which it keeps and passes on whole, because
QHttpServer (as PySide exposes it) cannot hold a response open for pushing.

Nothing here waits: a connection is looked at when its bytes arrive, and one
that has not sent its request line within HEAD_TIMEOUT_MS is closed."""

from __future__ import annotations

import logging
import urllib.parse
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QTcpServer, QTcpSocket

from app.room.api import Request

log = logging.getLogger(__name__)

STREAM_PATH = "/api/stream"
MAX_HEAD = 8 * 1024  # a stream request is a line and a few headers
HEAD_TIMEOUT_MS = 10_000
MAX_WAITING = 256  # connections still sending their first line; more go straight to Qt
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 413: "Payload Too Large", 415: "Unsupported Media Type",
           429: "Too Many Requests", 431: "Request Header Fields Too Large",
           500: "Internal Server Error", 503: "Service Unavailable"}


class RoomListener(QTcpServer):
    def __init__(self, take_stream: Callable[[QTcpSocket, Request], None], parent: QObject | None = None):
        super().__init__(parent)
        self.take_stream = take_stream  # called with the socket and its parsed request
        self.head_timeout_ms = HEAD_TIMEOUT_MS
        self._waiting: dict[QTcpSocket, QTimer] = {}

    def incomingConnection(self, handle: int) -> None:  # noqa: N802 - Qt's name
        # Called from Qt's C++: no exception may escape.
        try:
            socket = QTcpSocket(self)
            if not socket.setSocketDescriptor(handle):
                socket.deleteLater()
                return
            if len(self._waiting) >= MAX_WAITING:
                self._hand_over(socket)
                return
            timer = QTimer(socket)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=socket: self._too_slow(s))
            timer.start(self.head_timeout_ms)
            self._waiting[socket] = timer
            socket.readyRead.connect(lambda s=socket: self._look(s))
            socket.disconnected.connect(lambda s=socket: self._gone(s))
        except Exception:  # noqa: BLE001 - keep listening
            log.exception("Room join could not take a connection")

    def _look(self, socket: QTcpSocket) -> None:
        try:
            head = bytes(socket.peek(MAX_HEAD))
            line_end = head.find(b"\r\n")
            if line_end < 0:
                if len(head) >= MAX_HEAD:
                    self._hand_over(socket)  # Qt answers an over-long line itself
                return
            if not is_stream(head[:line_end]):
                self._hand_over(socket)
                return
            end = head.find(b"\r\n\r\n")
            if end < 0:
                if len(head) >= MAX_HEAD:
                    self._forget(socket)
                    write_response(socket, 431, b'{"error": "Headers too large", "code": "too_large"}', {})
                return
            socket.read(end + 4)  # a GET has no body: the head is all of it
            self._forget(socket)
            self.take_stream(socket, parse_head(head[:end], socket.peerAddress().toString()))
        except Exception:  # noqa: BLE001 - drop this connection, keep listening
            log.exception("Room join could not read a request")
            self._forget(socket)
            socket.abort()
            socket.deleteLater()

    def _hand_over(self, socket: QTcpSocket) -> None:
        """Give the connection to QHttpServer, with the bytes already read still in it."""
        self._forget(socket)
        self.addPendingConnection(socket)  # QHttpServer takes it at once (pendingConnectionAvailable)
        if socket.bytesAvailable():
            socket.readyRead.emit()  # what arrived before it was listening

    def _too_slow(self, socket: QTcpSocket) -> None:
        if socket in self._waiting:
            self._forget(socket)
            socket.abort()
            socket.deleteLater()

    def _gone(self, socket: QTcpSocket) -> None:
        if socket in self._waiting:
            self._forget(socket)
            socket.deleteLater()

    def _forget(self, socket: QTcpSocket) -> None:
        """Stop looking at this connection: no more timer, no more of our slots on it."""
        timer = self._waiting.pop(socket, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()

    def waiting(self) -> int:
        return len(self._waiting)


def is_stream(request_line: bytes) -> bool:
    """Is this request line (without its line end) a GET of the live map's stream?"""
    parts = request_line.rstrip(b"\r").split(b" ")
    return (len(parts) == 3 and parts[0] == b"GET"
            and urllib.parse.urlsplit(parts[1].decode("latin-1")).path == STREAM_PATH)


def parse_head(head: bytes, client: str) -> Request:
    """The request line and headers of a GET (up to, not including, the blank
    line), as the API's Request."""
    lines = head.decode("latin-1").replace("\r\n", "\n").rstrip("\n").split("\n")
    method, target, _version = lines[0].split(" ")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep:
            continue
        name, value = name.strip().lower(), value.strip()
        headers[name] = value if name not in headers else f"{headers[name]}, {value}"
    url = urllib.parse.urlsplit(target)
    query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
    return Request(method=method, path=url.path, query=query, headers=headers, body=b"", client=client)


def response_head(status: int, content_type: str, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}", f"Content-Type: {content_type}"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def write_response(socket: QTcpSocket, status: int, body: bytes, headers: dict[str, str],
                   content_type: str = "application/json") -> None:
    """A whole answer, then the connection closes once it has gone out."""
    socket.write(response_head(status, content_type, headers, len(body)) + body)
    socket.disconnectFromHost()
    socket.disconnected.connect(socket.deleteLater)
    if socket.state() == QTcpSocket.SocketState.UnconnectedState:
        socket.deleteLater()
