"""How long the GUI event loop stalls: a QTimer beats every HEARTBEAT_MS, and each
gap between beats (less the interval) is a stall a person would feel."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer

HEARTBEAT_MS = 5


class Heartbeat:
    def __init__(self):
        self.gaps: list[float] = []  # milliseconds between beats
        self.at: list[float] = []  # when each gap ended, seconds since start()
        self.clock = QElapsedTimer()
        self._last = 0
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def seconds(self) -> float:
        return self.clock.nsecsElapsed() / 1e9

    def _beat(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self.at.append(now / 1e9)
        self._last = now
