"""The live map's stream on the wire: the gate (gate.py) keeps a request for
GET /api/stream instead of handing it to QHttpServer, because QHttpServer (as
PySide exposes it) cannot hold a response open for pushing. These functions tell
such a request, read its head as the API's Request, and write answers by hand."""

from __future__ import annotations

import urllib.parse

from PySide6.QtNetwork import QTcpSocket

from app.room.api import Request

STREAM_PATH = "/api/stream"
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 413: "Payload Too Large", 415: "Unsupported Media Type",
           429: "Too Many Requests", 431: "Request Header Fields Too Large",
           500: "Internal Server Error", 503: "Service Unavailable"}


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
