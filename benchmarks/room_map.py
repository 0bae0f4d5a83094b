"""The shared map under a full room: 30 phones watch a 500-card canvas live
(GET /api/stream) while 10 of them add cards and link them to others' cards
for 60 s, in the real main window offscreen. Reports:

- desktop-commit-to-phone latency (p50, p95): from the SessionDocument's
  ``added`` signal on the GUI thread to the moment a phone's reader thread has
  the delta naming that card or link (same process, same clock);
- bytes each phone receives per minute on its stream, against two kinds of
  polling measured in the same run by one phone each: today's page polling
  ``GET /api/state`` every 1.5 s, and re-sending the whole map every 1.5 s
  (a stream opened, its first full state read, closed);
- event-loop stalls (p99, longest) from a 5 ms QTimer heartbeat.

    python -m benchmarks.room --shared-map            30 phones, 10 active, 500 cards, 60 s
    python -m benchmarks.room --shared-map --quick    the same for 15 s

Each phone uses its own loopback address (127.0.0.11, ...), so the per-client
rate limit applies per phone. Every loop is bounded in count and time."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import random
import socket
import statistics
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from benchmarks import qtenv
from benchmarks.heartbeat import HEARTBEAT_MS, Heartbeat

POLL_S = 1.5
ACTION_S = 3.0  # an active phone adds a card and links it about this often


class Phone:
    """A joined device: plain HTTP calls from its own loopback address."""

    def __init__(self, index: int, url: str):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname, parts.port
        self.token = urllib.parse.parse_qs(parts.query)["t"][0]
        self.origin = f"http://{parts.netloc}"
        self.source = f"127.0.0.{11 + index}"
        self.index = index
        self.device = ""
        self.participant_id = ""
        self.errors: dict[int, int] = {}

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, bytes]:
        headers = {"X-Room-Token": self.token, "Origin": self.origin}
        if self.device:
            headers["X-Room-Device"] = self.device
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30, source_address=(self.source, 0))
        try:
            conn.request(method, path, payload, headers)
            response = conn.getresponse()
            data = response.read()
            head = sum(len(k) + len(v) + 4 for k, v in response.getheaders()) + 17
            if response.status >= 300:
                self.errors[response.status] = self.errors.get(response.status, 0) + 1
            self.last_size = head + len(data)
            return response.status, data
        finally:
            conn.close()

    def join(self, participant_id: str) -> None:
        status, data = self.call("POST", "/api/join", {"participant_id": participant_id})
        if status != 201:
            raise RuntimeError(f"phone {self.index}: join answered {status}")
        self.device = json.loads(data)["device"]
        self.participant_id = participant_id

    def open_stream(self) -> socket.socket:
        sock = socket.create_connection((self.host, self.port), timeout=30,
                                        source_address=(self.source, 0))
        query = urllib.parse.urlencode({"t": self.token, "d": self.device})
        sock.sendall(f"GET /api/stream?{query} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                     "Accept: text/event-stream\r\n\r\n".encode())
        return sock


class Watcher(threading.Thread):
    """Reads one phone's stream for the whole run: when each card or link first
    arrived, how many bytes came, and the face-up cards an active phone may link to."""

    def __init__(self, phone: Phone, stop: threading.Event):
        super().__init__(daemon=True)
        self.phone, self.stop = phone, stop
        self.arrived: dict[str, float] = {}
        self.bytes = 0
        self.events = {"state": 0, "delta": 0}
        self.event_bytes = {"state": 0, "delta": 0}
        self.face_up: list[str] = []  # others' face-up card ids
        self.mine: list[str] = []
        self.lock = threading.Lock()
        self.sock: socket.socket | None = None
        self.ready = threading.Event()

    def run(self) -> None:
        try:
            self.sock = self.phone.open_stream()
            buffer, head = b"", True
            while not self.stop.is_set():
                chunk = self.sock.recv(262144)
                if not chunk:
                    break
                now = time.perf_counter()
                self.bytes += len(chunk)
                buffer += chunk
                if head:  # the response head first
                    if b"\r\n\r\n" not in buffer:
                        continue
                    buffer, head = buffer.split(b"\r\n\r\n", 1)[1], False
                while b"\n\n" in buffer:
                    block, buffer = buffer.split(b"\n\n", 1)
                    self._event(block, now)
        except OSError:
            pass
        finally:
            self.ready.set()

    def _event(self, block: bytes, now: float) -> None:
        name, raw = "", None
        for line in block.split(b"\n"):
            if line.startswith(b"event: "):
                name = line[7:].decode()
            elif line.startswith(b"data: "):
                raw = line[6:]
        if raw is None or name not in self.events:
            return
        self.events[name] += 1
        self.event_bytes[name] += len(block) + 2
        if name == "state" and self.ready.is_set():
            # A later full state (the step changed) names nothing new: not parsed, so
            # 30 reader threads do not take the GIL from the app being measured.
            return
        data = json.loads(raw)
        cards, links = data.get("cards", []), data.get("links", [])
        with self.lock:
            for item in cards + links:
                self.arrived.setdefault(item["id"], now)
            for card in cards:
                if card.get("participant_id") == self.phone.participant_id:
                    self.mine.append(card["id"])
                elif not card["hidden"]:
                    self.face_up.append(card["id"])
        if name == "state":
            self.ready.set()

    def close(self) -> None:
        if self.sock is not None:
            try:
                self.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self.sock.close()


class Actor(threading.Thread):
    """An active phone: a card of its own, then a link from it to a face-up card it
    sees on its map, about every ACTION_S seconds."""

    def __init__(self, watcher: Watcher, seconds: float, stop: threading.Event):
        super().__init__(daemon=True)
        self.watcher, self.seconds, self.stop = watcher, seconds, stop
        self.cards = self.links = 0

    def run(self) -> None:
        phone = self.watcher.phone
        rng = random.Random(phone.index)
        end = time.monotonic() + self.seconds
        self.stop.wait(rng.uniform(0, ACTION_S))
        while time.monotonic() < end and not self.stop.is_set():
            status, data = phone.call("POST", "/api/cards", {
                "kind": rng.choice(["activity", "resource", "pain point"]),
                "text": f"Phone {phone.index + 1} card {self.cards + 1}", "tags": ["bench"]})
            if status == 201:
                self.cards += 1
                source = json.loads(data)["card"]["id"]
                with self.watcher.lock:
                    targets = list(self.watcher.face_up[-200:])
                if targets:
                    status, _ = phone.call("POST", "/api/links", {
                        "source_id": source, "target_id": rng.choice(targets),
                        "kind": rng.choice(["hand-off", "depends on", "uses", "informs"])})
                    self.links += status == 201
            self.stop.wait(rng.uniform(0.5, 1.5) * ACTION_S)


class Poller(threading.Thread):
    """Polling at 1.5 s, for the comparison: ``GET /api/state`` (today's page), or
    the whole map (a stream opened, its first state read, closed)."""

    def __init__(self, phone: Phone, whole_map: bool, seconds: float, stop: threading.Event):
        super().__init__(daemon=True)
        self.phone, self.whole_map, self.seconds, self.stop = phone, whole_map, seconds, stop
        self.bytes = 0
        self.polls = 0

    def run(self) -> None:
        end = time.monotonic() + self.seconds
        while time.monotonic() < end and not self.stop.is_set():
            began = time.monotonic()
            try:
                self.bytes += self._map() if self.whole_map else self._state()
                self.polls += 1
            except OSError:
                pass
            self.stop.wait(max(0.0, POLL_S - (time.monotonic() - began)))

    def _state(self) -> int:
        self.phone.call("GET", "/api/state")
        return self.phone.last_size

    def _map(self) -> int:
        sock = self.phone.open_stream()
        got = b""
        try:
            while b"event: state" not in got or not got.endswith(b"\n\n"):
                chunk = sock.recv(262144)
                if not chunk:
                    break
                got += chunk
        finally:
            sock.close()
        return len(got)


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(q * len(values))) - 1))]


def run(watchers: int = 30, active: int = 10, cards: int = 500, seconds: float = 60.0) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer

    from app.model import AgendaStep
    from benchmarks.generate import build_library
    from storage.library import new_id, open_library
    from widgets.main_window import MainWindow

    app = qtenv.application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "room-map-bench.db"
        build_library(path, [cards])
        window = MainWindow(open_library(path), str(path))
        window.resize(1280, 800)
        window.show()
        panel = window.room_panel
        panel.everyone_radio.setChecked(True)
        url = panel.switch_on("127.0.0.1")
        if url is None:
            raise RuntimeError(panel.status.text())
        doc = window.tabs.editor.doc
        canvas_id = panel.server.api.canvas_id()
        on_canvas = len(doc.on_canvas("cards", canvas_id))
        committed: dict[str, float] = {}

        def commit(table: str, record) -> None:
            if table in ("cards", "links"):
                committed[record.id] = time.perf_counter()

        doc.added.connect(commit)

        def pump(condition, limit_s: float) -> None:
            loop, timer, began = QEventLoop(), QTimer(), time.monotonic()
            timer.timeout.connect(lambda: (condition() or time.monotonic() - began > limit_s) and loop.quit())
            timer.start(20)
            loop.exec()
            timer.stop()

        pump(lambda: False, 1.0)  # let the window lay out and paint before measuring
        people = [p.id for p in doc.all("participants")]
        phones = [Phone(i, url) for i in range(watchers + 2)]
        joined = threading.Thread(target=lambda: [p.join(people[i % len(people)])
                                                  for i, p in enumerate(phones)], daemon=True)
        joined.start()
        pump(lambda: not joined.is_alive(), 60)

        stop = threading.Event()
        readers = [Watcher(p, stop) for p in phones[:watchers]]
        for reader in readers:
            reader.start()
        pump(lambda: all(r.ready.is_set() for r in readers), 60)

        heartbeat = Heartbeat()
        gaps, beat_at = heartbeat.gaps, heartbeat.at  # when each gap ended, seconds since start
        clock = heartbeat.clock
        heartbeat.start()
        bytes_before = {id(r): r.bytes for r in readers}
        deltas_before = {id(r): r.event_bytes["delta"] for r in readers}
        actors = [Actor(r, seconds, stop) for r in readers[:active]]
        pollers = [Poller(phones[watchers], False, seconds, stop), Poller(phones[watchers + 1], True, seconds, stop)]
        began = time.monotonic()
        for worker in actors + pollers:
            worker.start()
        step_at: list[float] = []

        def start_step() -> None:
            # Halfway, the facilitator starts a step: every phone gets a new full state.
            step_at.append(clock.nsecsElapsed() / 1e9)
            window.tabs.editor.add_records("agenda_steps", [AgendaStep(
                id=new_id(), session_id=doc.session_id, title="Connect your work", status="running",
                started_at=dt.datetime.now(dt.UTC).isoformat(), duration_s=600)], "Start step")

        QTimer.singleShot(int(seconds * 500), start_step)
        pump(lambda: not any(w.is_alive() for w in actors + pollers), seconds + 30)
        pump(lambda: False, 1.0)  # the last deltas arrive
        measured_s = time.monotonic() - began
        heartbeat.stop()
        stop.set()
        for reader in readers:
            reader.close()
            reader.join(5)
        latencies: list[float] = []
        missed = 0
        for reader in readers:
            for record_id, at in committed.items():
                arrived = reader.arrived.get(record_id)
                if arrived is None:
                    missed += 1
                else:
                    latencies.append(arrived - at)
        minutes = measured_s / 60
        per_phone = [(r.bytes - bytes_before[id(r)]) / minutes for r in readers]
        deltas_per_phone = [(r.event_bytes["delta"] - deltas_before[id(r)]) / minutes for r in readers]
        state_poll, map_poll = (p.bytes / minutes for p in pollers)
        stalls = sorted(gaps[1:]) or [0.0]
        after_step = [g for g, t in zip(gaps, beat_at, strict=True)
                      if step_at and step_at[0] <= t <= step_at[0] + 1.0]
        states = sum(r.events["state"] for r in readers)
        errors: dict[int, int] = {}
        for phone in phones:
            for status, n in phone.errors.items():
                errors[status] = errors.get(status, 0) + n
        window.shutdown()
        window.deleteLater()
        app.processEvents()
    stream_per_min = statistics.median(per_phone)
    return {
        "phones_watching": watchers,
        "phones_active": active,
        "cards_on_canvas_at_start": on_canvas,
        "measured_s": round(measured_s, 1),
        "cards_added": sum(a.cards for a in actors),
        "links_added": sum(a.links for a in actors),
        "deliveries": len(latencies),
        "deliveries_missed": missed,
        "latency_ms_p50": round(_percentile(latencies, 0.5) * 1000, 1) if latencies else None,
        "latency_ms_p95": round(_percentile(latencies, 0.95) * 1000, 1) if latencies else None,
        "latency_ms_max": round(max(latencies) * 1000, 1) if latencies else None,
        "stream_bytes_per_phone_per_min": round(stream_per_min),
        "of_which_deltas_per_min": round(statistics.median(deltas_per_phone)),
        "poll_state_bytes_per_min": round(state_poll),
        "poll_whole_map_bytes_per_min": round(map_poll),
        "ratio_stream_to_whole_map_polling": round(stream_per_min / map_poll, 4) if map_poll else None,
        "ratio_stream_to_state_polling": round(stream_per_min / state_poll, 3) if state_poll else None,
        "stall_ms_p99": round(_percentile(stalls, 0.99) - HEARTBEAT_MS, 1),
        "longest_stall_ms": round(stalls[-1] - HEARTBEAT_MS, 1),
        "worst_stalls_ms": [round(g - HEARTBEAT_MS) for g in stalls[-5:][::-1]],
        "step_change_stall_ms": round(max(after_step) - HEARTBEAT_MS, 1) if after_step else None,
        "full_states_sent": states,
        "errors_by_status": errors,
    }
