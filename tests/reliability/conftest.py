"""Shared by the reliability suite: how to run and kill the worker, and the tally
of kills, edits and bad files printed at the end of the run (with or without -s).

MESHWORK_SOAK=200 (say) raises the number of kills and damaged files for a
longer run by hand; the default keeps `make test` to well under a minute here."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

WORKER = Path(__file__).with_name("worker.py")
SOAK = int(os.environ.get("MESHWORK_SOAK", "0"))
TALLY: Counter = Counter()


def rounds(default: int) -> int:
    return max(default, SOAK)


class Worker:
    """A worker subprocess whose JSON lines we read as they come."""

    def __init__(self, *args: str | int | Path, stdin: bool = False):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), *map(str, args)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL, text=True, env=env,
        )
        self.lines: list[dict] = []

    def next(self) -> dict | None:
        line = self.proc.stdout.readline()
        if not line:
            return None
        record = json.loads(line)
        self.lines.append(record)
        return record

    def until(self, predicate) -> dict:
        while True:
            record = self.next()
            if record is None:
                raise AssertionError(f"worker ended early: {self.proc.wait()} {self.proc.stderr.read()}")
            if predicate(record):
                return record

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        for line in self.proc.stdout:  # what was printed before the kill still counts
            if line.strip():
                try:
                    self.lines.append(json.loads(line))
                except json.JSONDecodeError:
                    pass  # a line cut short by the kill
        TALLY["kills"] += 1

    def finish(self, timeout: float = 60) -> int:
        out, err = self.proc.communicate(timeout=timeout)
        self.lines += [json.loads(line) for line in out.splitlines() if line.strip()]
        assert "Traceback" not in err, err
        return self.proc.returncode


@pytest.fixture
def tally() -> Counter:
    return TALLY


def pytest_terminal_summary(terminalreporter):
    if TALLY:
        parts = ", ".join(f"{n} {name}" for name, n in sorted(TALLY.items()))
        terminalreporter.write_sep("-", f"reliability: {parts}")
