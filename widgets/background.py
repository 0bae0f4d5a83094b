"""Long jobs off the GUI thread: a backup or a check of a large library takes
seconds, and the window must keep answering the keyboard meanwhile.

A job is a plain function (it opens its own SQLite connection: connections are
not shared across threads); it runs on one worker thread, and its result or
error comes back on the GUI thread through a queued Qt signal."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

# Python's full garbage collection walks every object the process holds and keeps the
# GIL all the while: once a job has made a few hundred thousand objects (the trends of
# 200 sessions), each full pass took 70-250 ms, and the GUI thread, which needs the GIL
# for every Python slot, froze that long, several times per job. So while such jobs run the
# full passes wait (the young generations, where most cycles die, are still collected),
# and what a job leaves alive is then frozen (gc.freeze): moved out of the collector's
# sight, as long-lived as it looks. The cost: cyclic garbage already in the oldest
# generation at that moment is kept, which is little next to what a pass froze for.
_quiet_lock = threading.Lock()
_quiet_jobs = 0
_saved_threshold: tuple[int, int, int] | None = None
QUIET_OLDEST = 1_000_000  # gc's third threshold while jobs run: never reached


@contextmanager
def _no_full_collections():
    global _quiet_jobs, _saved_threshold
    with _quiet_lock:
        if _quiet_jobs == 0:
            _saved_threshold = gc.get_threshold()
            gc.set_threshold(_saved_threshold[0], _saved_threshold[1], QUIET_OLDEST)
        _quiet_jobs += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_jobs -= 1
            if _quiet_jobs == 0 and _saved_threshold is not None:
                gc.collect(1)  # the job's short-lived cycles: cheap, young objects only
                gc.freeze()
                gc.set_threshold(*_saved_threshold)


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
            failed: Callable[[BaseException], None], quiet: bool = False) -> Future | None:
        """Run ``job()`` on the worker; ``done(result)`` or ``failed(error)`` then runs on the
        GUI thread. A job of the same name still running is not started twice (None).
        ``quiet``: a job that makes many Python objects (the trends of a long series) runs
        with full collections held and freezes what it leaves (see above); backups and
        checks make few that live, so they leave the collector alone."""
        if name in self.running:
            return None
        self.running.add(name)

        def work() -> None:
            with _no_full_collections() if quiet else nullcontext():
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
