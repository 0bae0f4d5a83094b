"""A small Server-Sent Events reader for the live-map tests: it opens
GET /api/stream over loopback in a thread and collects the events as they come,
while the test pumps the Qt event loop. No tests here."""

from __future__ import annotations

import json
import socket
import threading
import urllib.parse


class StreamReader:
    """One phone's stream. ``events`` fills with (name, data) pairs; ``comments``
    counts keep-alive lines; ``closed`` is set when the server ends the stream."""

    def __init__(self, url: str, device: str | None, token: str | None = None,
                 receive_buffer: int | None = None, read: bool = True):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname, parts.port
        self.token = token if token is not None else urllib.parse.parse_qs(parts.query)["t"][0]
        self.device = device
        self.status: int | None = None
        self.headers: dict[str, str] = {}
        self.body = b""  # the answer's body when the stream was refused
        self.events: list[tuple[str, object]] = []
        self.comments = 0
        self.closed = threading.Event()
        self.read = threading.Event()  # cleared: stop reading (a phone that does not read)
        if read:
            self.read.set()
        self._lock = threading.Lock()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if receive_buffer:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        self.sock.settimeout(30)
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self, path: str | None = None) -> StreamReader:
        query = {"t": self.token}
        if self.device:
            query["d"] = self.device
        self.path = path or "/api/stream?" + urllib.parse.urlencode(query)
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            self.sock.connect((self.host, self.port))
            self.sock.sendall(f"GET {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                              "Accept: text/event-stream\r\n\r\n".encode())
            buffer = b""
            while b"\r\n\r\n" not in buffer:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, buffer = buffer.split(b"\r\n\r\n", 1)
            lines = head.decode("latin-1").split("\r\n")
            self.status = int(lines[0].split(" ")[1])
            for line in lines[1:]:
                name, _, value = line.partition(":")
                self.headers[name.strip().lower()] = value.strip()
            if self.status != 200:
                while chunk := self.sock.recv(65536):
                    buffer += chunk
                self.body = buffer
                return
            while True:
                while b"\n\n" in buffer:
                    block, buffer = buffer.split(b"\n\n", 1)
                    self._event(block.decode("utf-8"))
                self.read.wait()
                chunk = self.sock.recv(65536)
                if not chunk:
                    return
                buffer += chunk
        except OSError:
            return
        finally:
            self.closed.set()

    def _event(self, block: str) -> None:
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith(":"):
                self.comments += 1
            elif line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        if data:
            with self._lock:
                self.events.append((name, json.loads("\n".join(data))))

    def named(self, name: str) -> list:
        with self._lock:
            return [data for n, data in self.events if n == name]

    def last(self, name: str | None = None):
        with self._lock:
            found = [data for n, data in self.events if name is None or n == name]
        return found[-1] if found else None

    def error(self) -> dict:
        return json.loads(self.body)

    def close(self) -> None:
        self.read.set()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        self.thread.join(5)


class MapMirror:
    """What a page holds after applying the events in order: the state, then deltas."""

    def __init__(self, reader: StreamReader):
        self.reader = reader
        self.applied = 0
        self.state: dict = {}

    def update(self) -> dict:
        with self.reader._lock:
            events = self.reader.events[self.applied:]
            self.applied = len(self.reader.events)
        for name, data in events:
            if name == "state":
                self.state = {**data, "cards": {c["id"]: c for c in data["cards"]},
                              "links": {x["id"]: x for x in data["links"]},
                              "zones": {z["id"]: z for z in data["zones"]},
                              "roster": {p["id"]: p for p in data["roster"]}}
            elif name == "delta":
                for key in ("roster", "zones", "cards", "links"):
                    for item in data.get(key, []):
                        self.state[key][item["id"]] = item
                for key in ("links", "cards", "zones", "roster"):
                    for gone in data.get(f"{key}_removed", []):
                        self.state[key].pop(gone, None)
                if "votes" in data:
                    self.state["votes"] = data["votes"]
        return self.state

    def cards(self) -> dict:
        return self.update().get("cards", {})

    def links(self) -> dict:
        return self.update().get("links", {})
