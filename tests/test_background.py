"""Jobs off the GUI thread: the result comes back on the GUI thread, and while a job
runs Python's full garbage collections wait (each one holds the GIL, and so the
window, as long as it takes to walk every object)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QThread


def test_a_job_runs_on_the_worker_and_answers_on_the_gui_thread(qtbot):
    from widgets.background import QUIET_OLDEST, Background

    worker = Background()
    gui = QThread.currentThread()
    before = gc.get_threshold()
    seen, got = {}, []

    def job():
        seen["thread"] = threading.current_thread().name
        seen["threshold"] = gc.get_threshold()
        return 42

    worker.run("answer", job, lambda value: got.append((value, QThread.currentThread() is gui)), got.append,
               quiet=True)
    qtbot.waitUntil(lambda: bool(got))
    worker.shutdown()
    assert got == [(42, True)]
    assert seen["thread"].startswith("meshwork-background")
    assert seen["threshold"] == (before[0], before[1], QUIET_OLDEST)  # no full pass while it ran
    assert gc.get_threshold() == before  # and back to normal after


def test_a_failing_job_says_so_and_the_same_job_is_not_started_twice(qtbot):
    from widgets.background import Background

    worker = Background()
    gate = threading.Event()
    failed = []

    def job():
        gate.wait(10)
        raise OSError("disk gone")

    assert worker.run("once", job, lambda _v: None, failed.append) is not None
    assert worker.run("once", job, lambda _v: None, failed.append) is None
    gate.set()
    qtbot.waitUntil(lambda: bool(failed))
    worker.shutdown()
    assert [str(e) for e in failed] == ["disk gone"] and not worker.running


def test_a_backup_or_check_leaves_the_collector_alone(qtbot):
    """Only jobs that make many objects hold full collections and freeze what they leave:
    freezing after every backup would keep a closed session's cyclic garbage for good."""
    from widgets.background import Background

    worker = Background()
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    seen, got = {}, []

    def job():
        seen["threshold"] = gc.get_threshold()
        return "backed up"

    worker.run("backup", job, got.append, got.append)
    qtbot.waitUntil(lambda: bool(got))
    worker.shutdown()
    assert got == ["backed up"]
    assert seen["threshold"] == before and gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen
