"""Shared by the Room join tests: a real HTTP client that runs in a worker thread
while the test pumps the Qt event loop (the server answers on the GUI thread),
and a session with a running room. No tests here."""

from __future__ import annotations

import gc
import http.client
import json
import socket
import threading
import urllib.parse

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from tests.helpers import make_session


class FakeClock:
    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def in_thread(qtbot, work, timeout_ms: int = 10_000):
    """Run blocking network work in a thread while Qt keeps serving; return its result."""
    box: dict = {}

    def run():
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
    if "error" in box:
        raise box["error"]
    return box["value"]


class RoomClient:
    """One phone: talks to the room over loopback with http.client."""

    def __init__(self, qtbot, url: str, source: str | None = None):
        parts = urllib.parse.urlsplit(url)
        self.qtbot = qtbot
        self.host, self.port = parts.hostname, parts.port
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.token = urllib.parse.parse_qs(parts.query)["t"][0]
        self.device: str | None = None
        self.source = source

    def raw(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        """Send exactly what is given; returns (status, parsed JSON or bytes, headers)."""
        def work():
            conn = http.client.HTTPConnection(
                self.host, self.port, timeout=10,
                source_address=(self.source, 0) if self.source else None)
            try:
                conn.request(method, path, body=body, headers=headers or {})
                response = conn.getresponse()
                data = response.read()
                return response.status, data, {k.lower(): v for k, v in response.getheaders()}
            finally:
                conn.close()

        status, data, got = in_thread(self.qtbot, work)
        if got.get("content-type", "").startswith("application/json"):
            data = json.loads(data)
        return status, data, got

    def exchange(self, request: bytes):
        """Send raw bytes (a request http.client would not write) and read one answer;
        returns (status, parsed JSON or bytes, headers)."""
        def work():
            with socket.create_connection((self.host, self.port), timeout=10) as conn:
                conn.sendall(request)
                response = http.client.HTTPResponse(conn)
                response.begin()
                return response.status, response.read(), {k.lower(): v for k, v in response.getheaders()}

        status, data, got = in_thread(self.qtbot, work)
        if got.get("content-type", "").startswith("application/json"):
            data = json.loads(data)
        return status, data, got

    def call(self, method: str, path: str, body=None, token: str | None = "own", extra: dict | None = None):
        headers = {"Origin": self.origin}
        if token == "own":
            headers["X-Room-Token"] = self.token
        elif token is not None:
            headers["X-Room-Token"] = token
        if self.device:
            headers["X-Room-Device"] = self.device
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        headers.update(extra or {})
        status, data, _headers = self.raw(method, path, payload, headers)
        return status, data

    def join(self, **body):
        status, data = self.call("POST", "/api/join", body)
        assert status == 201, data
        self.device = data["device"]
        return data

    def state(self):
        status, data = self.call("GET", "/api/state")
        assert status == 200, data
        return data


def running_room(library_path):
    """For a module's ``room`` fixture: a session (Ana, Ben; one canvas) open in an
    editor, with Room join on at 127.0.0.1 and fake clocks for the rate limit
    (``rate_clock``) and the gate's request deadlines (``connection_clock``)."""
    from app.document import SessionDocument
    from app.editor import Editor
    from app.room.security import RateLimiter
    from app.room.server import RoomServer
    from storage.library import open_library

    session_id = make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Underwriter")])
    db = open_library(library_path)
    doc = SessionDocument(db, session_id)
    editor = Editor(doc)
    clock, connection_clock = FakeClock(), FakeClock()
    server = RoomServer(editor, limiter=RateLimiter(clock=clock), connection_clock=connection_clock)
    server.rate_clock = clock
    server.start("127.0.0.1", 0)
    yield server
    server.stop()
    # No event loop runs between tests: delete what stop() and this teardown hand to
    # deleteLater now, in order (the HTTP server, its gate and sockets, then the editor
    # and the server), rather than at some later test's garbage collection.
    deferred = QEvent.Type.DeferredDelete
    QCoreApplication.sendPostedEvents(None, deferred)
    if shiboken6.isValid(editor):
        editor.deleteLater()
    server.deleteLater()
    QCoreApplication.sendPostedEvents(None, deferred)
    db.close()
    gc.collect()


def people(server) -> dict[str, str]:
    return {p.name: p.id for p in server.editor.doc.all("participants")}


def phone(qtbot, server, name: str) -> RoomClient:
    """A phone joined as the roster's ``name`` and let in at once."""
    server.set_admission("everyone")
    client = RoomClient(qtbot, server.url)
    client.join(participant_id=people(server)[name])
    return client
