"""Room join under a full room: N participants (30) each add M cards (10) within
a time window (60 s) from their own "phone" over loopback, while polling the
state like the real page does (every 1.5 s). Reports whether every card was
stored and the longest stall of the GUI event loop, measured with a 5 ms QTimer
heartbeat in the real main window (the canvas draws every arriving card).

    python -m benchmarks.room                      30 x 10 cards in 60 s
    python -m benchmarks.room --seconds 15 --json out.json
    python -m benchmarks.room --shared-map [--quick]   the live map: see benchmarks/room_map.py
    from benchmarks.room import run; run(participants=30, cards=10, seconds=60) -> dict

Each phone connects from its own loopback address (127.0.0.11, .12, ...), as
phones on a network would, so the per-client rate limit applies per phone.
Traffic stays on this machine; every loop is bounded in count and time."""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from benchmarks import qtenv  # offscreen unless set
from benchmarks.heartbeat import HEARTBEAT_MS, Heartbeat

POLL_S = 1.5


class Phone(threading.Thread):
    def __init__(self, index: int, url: str, cards: int, seconds: float, stop: threading.Event):
        super().__init__(daemon=True)
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname, parts.port
        self.token = urllib.parse.parse_qs(parts.query)["t"][0]
        self.origin = f"http://{parts.netloc}"
        self.source = f"127.0.0.{11 + index}"
        self.index, self.cards, self.seconds, self.stop = index, cards, seconds, stop
        self.device = ""
        self.added = 0
        self.errors: dict[int, int] = {}
        self.latencies: list[float] = []
        self.conn: http.client.HTTPConnection | None = None

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        headers = {"X-Room-Token": self.token, "Origin": self.origin}
        if self.device:
            headers["X-Room-Device"] = self.device
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in range(2):  # a keep-alive connection the server closed: reconnect once
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30,
                                                       source_address=(self.source, 0))
            try:
                self.conn.request(method, path, payload, headers)
                response = self.conn.getresponse()
                data = response.read()
                return response.status, json.loads(data) if data else {}
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def run(self) -> None:
        try:
            status, data = self.call("POST", "/api/join", {"name": f"Participant {self.index + 1:02d}",
                                                           "role": f"Role {self.index % 6 + 1}"})
            if status != 201:
                self.errors[status] = self.errors.get(status, 0) + 1
                return
            self.device = data["device"]
            rng = random.Random(self.index)
            start = time.monotonic()
            # M moments spread over the window, each phone at its own pace
            due = sorted(start + rng.uniform(0, self.seconds * 0.95) for _ in range(self.cards))
            next_poll = start + rng.uniform(0, POLL_S)
            while (due or self.added < self.cards) and not self.stop.is_set():
                now = time.monotonic()
                if due and now >= due[0]:
                    due.pop(0)
                    began = time.perf_counter()
                    status, _ = self.call("POST", "/api/cards", {
                        "kind": "activity", "text": f"Card {self.added + 1} from phone {self.index + 1}",
                        "tags": ["bench"]})
                    self.latencies.append(time.perf_counter() - began)
                    if status == 201:
                        self.added += 1
                    else:
                        self.errors[status] = self.errors.get(status, 0) + 1
                    continue
                if now >= next_poll:
                    status, _ = self.call("GET", "/api/state")
                    if status != 200:
                        self.errors[status] = self.errors.get(status, 0) + 1
                    next_poll = now + POLL_S
                    continue
                if not due:
                    break
                self.stop.wait(min(due[0], next_poll) - now)
        except Exception as exc:  # noqa: BLE001 - reported in the figures
            self.errors[-1] = self.errors.get(-1, 0) + 1
            print(f"phone {self.index + 1}: {exc!r}", file=sys.stderr)
        finally:
            if self.conn is not None:
                self.conn.close()


def _library(folder: Path) -> Path:
    from storage import rows, series, sessions
    from storage.library import open_library

    path = folder / "room-bench.db"
    db = open_library(path)
    s = series.create(db, "Bench")
    session = sessions.create(db, s["id"], "Room benchmark")
    rows.insert(db, "canvases", {"session_id": session["id"], "name": "Map"})
    db.close()
    return path


def run(participants: int = 30, cards: int = 10, seconds: float = 60.0) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer

    from storage.library import open_library
    from widgets.main_window import MainWindow

    app = qtenv.application()
    with tempfile.TemporaryDirectory() as folder:
        path = _library(Path(folder))
        window = MainWindow(open_library(path), str(path))
        window.show()
        panel = window.room_panel
        panel.everyone_radio.setChecked(True)
        url = panel.switch_on("127.0.0.1")
        if url is None:
            raise RuntimeError(panel.status.text())

        warm = QEventLoop()  # let the window lay out and paint before measuring
        QTimer.singleShot(1000, warm.quit)
        warm.exec()

        heartbeat = Heartbeat()
        gaps, when = heartbeat.gaps, heartbeat.at  # when: seconds since measuring began
        heartbeat.start()

        stop = threading.Event()
        phones = [Phone(i, url, cards, seconds, stop) for i in range(participants)]
        began = time.monotonic()
        for phone in phones:
            phone.start()
        loop = QEventLoop()
        watcher = QTimer()
        watcher.setInterval(50)
        limit = seconds + 60  # bounded: whatever happens, stop a minute after the window

        def check() -> None:
            if not any(p.is_alive() for p in phones) or time.monotonic() - began > limit:
                loop.quit()

        watcher.timeout.connect(check)
        watcher.start()
        loop.exec()
        stop.set()
        for phone in phones:
            phone.join(5)
        elapsed = time.monotonic() - began
        heartbeat.stop()
        watcher.stop()
        stored = window.library.db.execute("SELECT count(*) FROM cards").fetchone()[0]
        on_canvas = len(window.tabs.current_view().canvas_scene.cards)
        latencies = sorted(x for p in phones for x in p.latencies)
        errors: dict[int, int] = {}
        for phone in phones:
            for status, n in phone.errors.items():
                errors[status] = errors.get(status, 0) + n
        worst = sorted(zip(gaps[1:], when[1:], strict=True), reverse=True)[:5]
        stalls = sorted(gaps[1:]) or [0.0]
        window.shutdown()
        window.deleteLater()
        app.processEvents()
    expected = participants * cards
    return {
        "participants": participants,
        "cards_each": cards,
        "window_s": seconds,
        "elapsed_s": round(elapsed, 1),
        "cards_expected": expected,
        "cards_stored": stored,
        "cards_on_canvas": on_canvas,
        "all_stored": stored == expected,
        "errors_by_status": errors,
        "card_post_ms_median": round(statistics.median(latencies) * 1000, 1) if latencies else None,
        "card_post_ms_p95": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 1) if latencies else None,
        "longest_stall_ms": round(stalls[-1] - HEARTBEAT_MS, 1),
        "stall_ms_p99": round(stalls[int(len(stalls) * 0.99) - 1] - HEARTBEAT_MS, 1),
        "worst_stalls_at_s": [(round(g - HEARTBEAT_MS), round(t, 1)) for g, t in worst],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.room", description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--cards", type=int, default=10, help="cards each participant adds")
    parser.add_argument("--seconds", type=float, default=60.0, help="the window the cards arrive in")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--shared-map", action="store_true",
                        help="30 phones watch a 500-card map live while 10 add and link cards")
    parser.add_argument("--quick", action="store_true", help="with --shared-map: 15 s instead of 60 s")
    args = parser.parse_args(argv)
    if args.shared_map:
        from benchmarks import room_map

        figures = room_map.run(seconds=15.0 if args.quick else args.seconds)
        for key, value in figures.items():
            print(f"{key:34} {value}")
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2))
        return 0 if figures["deliveries_missed"] == 0 else 1
    if not 1 <= args.participants <= 200:
        parser.error("--participants must be 1..200 (one loopback address each)")
    figures = run(args.participants, args.cards, args.seconds)
    for key, value in figures.items():
        print(f"{key:24} {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0 if figures["all_stored"] else 1


if __name__ == "__main__":
    sys.exit(main())
