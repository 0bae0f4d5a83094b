"""Room join's HTTP server: QtHttpServer on a QTcpServer bound to the address the
facilitator picked, running in the app's own event loop (requests are handled
between paint events, on the GUI thread, so the Editor is used as from a click).

QtHttpServer is imported here only, and this module only when Room join is
switched on, so start-up does not pay for it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QUrl, Signal
from PySide6.QtHttpServer import (
    QHttpServer,
    QHttpServerConfiguration,
    QHttpServerRequest,
    QHttpServerResponder,
    QHttpServerResponse,
)
from PySide6.QtNetwork import QHostAddress, QTcpSocket

from app.editor import Editor
from app.room import state as room_state
from app.room.api import Request, Response, RoomApi, StreamGrant, error
from app.room.assets import Assets
from app.room.devices import DeviceRegistry
from app.room.gate import Gate
from app.room.security import MAX_BODY, RateLimiter, new_token
from app.room.stream import RETRY_MS, StreamHub
from app.room.wire import response_head, write_response

log = logging.getLogger(__name__)
DEFAULT_PORT = 8765
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token is in the URL: never pass it on
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
}
_METHODS = {
    QHttpServerRequest.Method.Get: "GET", QHttpServerRequest.Method.Post: "POST",
    QHttpServerRequest.Method.Patch: "PATCH", QHttpServerRequest.Method.Delete: "DELETE",
    QHttpServerRequest.Method.Put: "PUT", QHttpServerRequest.Method.Head: "HEAD",
    QHttpServerRequest.Method.Options: "OPTIONS",
}


class RoomError(RuntimeError):
    """Room join could not start (the address is gone, the port is taken, ...)."""


def origin_for(address: str, port: int) -> str:
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}"


class RoomServer(QObject):
    started = Signal(str)  # the join URL
    stopped = Signal()

    def __init__(self, editor: Editor, canvas_id: Callable[[], str | None] = lambda: None,
                 limiter: RateLimiter | None = None, clock: room_state.Clock = room_state.utc_now,
                 device_clock: Callable[[], float] = time.time,
                 connection_clock: Callable[[], float] = time.monotonic, parent: QObject | None = None):
        super().__init__(parent)
        self.editor = editor
        self.canvas_id = canvas_id
        self.limiter_factory = (lambda: limiter) if limiter else RateLimiter
        self.clock = clock
        self.devices = DeviceRegistry(device_clock, self)
        self.connection_clock = connection_clock  # the gate's request deadlines
        self.api: RoomApi | None = None
        self.http: QHttpServer | None = None
        self.tcp: Gate | None = None
        self.hub = StreamHub(editor.doc, self.devices, self._stream_canvas,
                             lambda: self.api.voting.dots() if self.api else 0,
                             clock, device_clock, self)
        self.url = ""
        self._assets: Assets | None = None
        self._admission = "admit"
        self._callbacks: list = []
        self.streams_sent_back = 0  # stream requests that came down a kept-alive connection
        editor.doc.removed.connect(self._on_removed)
        editor.destroyed.connect(self.stop)  # closing the session stops the room

    @property
    def running(self) -> bool:
        return self.api is not None

    @property
    def token(self) -> str:
        return self.api.token if self.api else ""

    def start(self, address: str, port: int = DEFAULT_PORT) -> str:
        """Listen on the address; a new token every time. Returns the join URL."""
        self.stop()
        self._assets = self._assets or Assets()
        tcp = Gate(MAX_BODY, SECURITY_HEADERS, self.connection_clock, self, take_stream=self._take_stream)
        if not tcp.listen(QHostAddress(address), port) and not (port and tcp.listen(QHostAddress(address), 0)):
            message = tcp.errorString()
            tcp.deleteLater()
            raise RoomError(self.tr("Room join cannot listen on {0}: {1}").format(address, message))
        http = QHttpServer(self)
        config = QHttpServerConfiguration()
        config.setMaximumBodySize(MAX_BODY)  # a backstop: the gate refuses larger bodies first
        http.setConfiguration(config)
        origin = origin_for(address, tcp.serverPort())
        token = new_token()
        self.api = RoomApi(self.editor, self.devices, token, origin, self._assets,
                           self.limiter_factory(), self.canvas_id, self.clock)
        self.api.set_admission(self._admission)
        self.api.stream_gate = self.hub.refusal
        # This PySide build cannot hand a QHttpServerResponse back from a route (it
        # arrives empty), so routes only claim their paths and every answer is
        # written by the after-request handler, which swaps in the real response.
        # PySide keeps no reference to these callables: we must.
        self._callbacks = [lambda _request: "", self._serve]
        for path in sorted(self.api.paths):
            http.route(path, self._callbacks[0])
        http.addAfterRequestHandler(self, self._callbacks[1])
        if not http.bind(tcp):
            self.api = None
            raise RoomError(self.tr("Room join could not start its web server"))
        self.http, self.tcp = http, tcp
        self.url = f"{origin}/?t={token}"
        self.started.emit(self.url)
        return self.url

    def stop(self) -> None:
        if self.api is None:
            return
        self.hub.close_all()
        self.api = None
        self.url = ""
        if self.tcp is not None:
            self.tcp.close()
        if self.http is not None:
            self.http.deleteLater()  # drops the open connections with it
        self.http = self.tcp = None
        self.devices.clear()
        self.stopped.emit()

    # -- admission (the facilitator's side) ------------------------------------------------

    @property
    def admission(self) -> str:
        return self._admission

    def set_admission(self, mode: str) -> None:
        self._admission = mode
        if self.api is not None:
            self.api.set_admission(mode)

    def admit(self, device_id: str) -> bool:
        return self.api is not None and self.api.admit(device_id)

    def remove_device(self, device_id: str) -> bool:
        return self.devices.remove(device_id)

    # -- the live map ------------------------------------------------------------------

    @property
    def whole_map(self) -> bool:
        return self.hub.whole_map

    def set_whole_map(self, on: bool) -> None:
        """Phones see everyone's face-up cards (on), or only their own (off)."""
        self.hub.set_whole_map(on)

    def canvas_switched(self, *_args) -> None:
        self.hub.check_canvas()

    def _stream_canvas(self) -> str | None:
        return self.api.canvas_id() if self.api else None

    def _take_stream(self, socket: QTcpSocket, request: Request) -> None:
        """A GET /api/stream the gate kept: the same guards as every request,
        then the hub keeps the socket; a refusal is an ordinary JSON answer."""
        try:
            answer = self.handle(request) if self.api else error(503, "Room join is off")
        except Exception:  # noqa: BLE001 - answer 500 and keep serving
            log.exception("Room join stream request failed")
            answer = error(500, "Something went wrong", "internal")
        if isinstance(answer, StreamGrant) and answer.device is not None:
            headers = {**SECURITY_HEADERS, "X-Accel-Buffering": "no"}
            self.hub.open(socket, answer.device, response_head(200, answer.content_type, headers, None))
            return
        write_response(socket, answer.status, answer.body, {**SECURITY_HEADERS, **answer.headers},
                       answer.content_type)

    # -- requests --------------------------------------------------------------------

    def _serve(self, request: QHttpServerRequest, response: QHttpServerResponse) -> None:
        # Called by Qt after every request, routed or not: never let an exception
        # escape into C++.
        try:
            answer = self.handle(_request(request)) if self.api else error(503, "Room join is off")
        except Exception:  # noqa: BLE001 - answer 500 and keep serving
            log.exception("Room join request failed")
            answer = error(500, "Something went wrong", "internal")
        if isinstance(answer, StreamGrant):
            # A stream asked for on a kept-alive connection never reaches the
            # gate: tell the EventSource to come back on a new one.
            answer = Response(200, f"retry: {RETRY_MS // 3}\n\n".encode(), answer.content_type)
            self.streams_sent_back += 1
        response.swap(_qt_response(answer))
        if self.tcp is not None:
            self.tcp.answered()  # one request per connection: every one passes the gate

    def handle(self, request: Request) -> Response:
        return self.api.handle(request)

    def _on_removed(self, table: str, record) -> None:
        if table == "participants":
            self.devices.forget_participant(record.id)


def _request(request: QHttpServerRequest) -> Request:
    headers: dict[str, str] = {}
    qheaders = request.headers()
    for i in range(qheaders.size()):
        name = str(qheaders.nameAt(i)).lower()
        value = bytes(qheaders.valueAt(i)).decode("latin-1")
        headers[name] = value if name not in headers else f"{headers[name]}, {value}"
    query = dict(request.query().queryItems(QUrl.ComponentFormattingOption.FullyDecoded))
    return Request(
        method=_METHODS.get(request.method(), "OTHER"),
        path=request.url().path(),
        query=query,
        headers=headers,
        body=bytes(request.body()),
        client=request.remoteAddress().toString(),
    )


def _qt_response(response: Response) -> QHttpServerResponse:
    status = QHttpServerResponder.StatusCode(response.status)
    out = QHttpServerResponse(QByteArray(response.content_type.encode()), QByteArray(response.body), status)
    headers = out.headers()
    # Qt adds "keep-alive" on its own; "close" wins (RFC 9112 §9.6), as the gate closes:
    # one request per connection, so every request passes the gate and a browser never
    # sends the live map's stream down a connection QHttpServer owns.
    for name, value in {**SECURITY_HEADERS, "Connection": "close", **response.headers}.items():
        headers.append(name, value)
    out.setHeaders(headers)
    return out
