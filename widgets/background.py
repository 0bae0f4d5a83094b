"""Long jobs off the GUI thread: a backup or a check of a large library takes
seconds, and the window must keep answering the keyboard meanwhile.

A job is a plain function (it opens its own SQLite connection: connections are
not shared across threads); it runs on one worker thread, and its result or
error comes back on the GUI thread through a queued Qt signal."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal


class Background(QObject):
    # Emitted on the worker thread; Qt queues it to this object's (the GUI) thread.
    _finished = Signal(object, object, object)  # callback, result or error, job name

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # One worker: jobs on one library take their turn instead of fighting over the disk.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="meshwork-background")
        self._finished.connect(self._deliver)
        self.running: set[str] = set()  # names of the jobs submitted and not delivered yet

    def run(self, name: str, job: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> Future | None:
        """Run ``job()`` on the worker; ``done(result)`` or ``failed(error)`` then runs on the
        GUI thread. A job of the same name still running is not started twice (None)."""
        if name in self.running:
            return None
        self.running.add(name)

        def work() -> None:
            try:
                outcome, callback = job(), done
            except Exception as exc:  # handed to the GUI thread, which says what went wrong
                outcome, callback = exc, failed
            if shiboken6.isValid(self):  # the window may have gone meanwhile
                try:
                    self._finished.emit(callback, outcome, name)
                except RuntimeError:
                    pass

        return self._pool.submit(work)

    def _deliver(self, callback, outcome, name: str) -> None:
        self.running.discard(name)
        callback(outcome)

    def shutdown(self) -> None:
        """Let a running job finish (a backup half written helps nobody); start no more."""
        self._pool.shutdown(wait=True)
