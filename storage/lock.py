"""One writer per library: an advisory lock on ``<library>.lock``.

The lock is ``fcntl.flock`` on a file we keep open, so the operating system
drops it the moment the process ends, however it ends (SIGKILL included):
there is never a stale lock to clean up. The file holds the owner's pid and
host only to make the message to a second process readable; the lock file
itself is left in place after release (removing it would race with the next
process taking it).

Within one process the lock is shared and counted, so the same process may
open its library twice (a window and a headless export, say) and both stay
writable. Platforms without ``fcntl`` get no lock (every open is a writer).
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class LockBusy(Exception):
    """Another process holds the library; ``owner`` is what it wrote, for the message."""

    def __init__(self, path: Path, owner: str):
        super().__init__(f"{path} is open in another Meshwork ({owner})")
        self.path = path
        self.owner = owner


@dataclass
class _Held:
    fd: int
    count: int


_held: dict[str, _Held] = {}


def lock_path(library: Path | str) -> Path:
    library = Path(library)
    return library.with_name(library.name + ".lock")


def _key(library: Path | str) -> str:
    return str(Path(library).resolve())


def acquire(library: Path | str) -> str:
    """Take (or share, within this process) the writer lock; return its key for release().

    Raises LockBusy when another process holds it, OSError when the lock file
    cannot be created (a read-only folder, for instance)."""
    key = _key(library)
    if key in _held:
        _held[key].count += 1
        return key
    if fcntl is None:  # pragma: no cover
        _held[key] = _Held(-1, 1)
        return key
    path = lock_path(library)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        owner = _read_owner(fd)
        os.close(fd)
        raise LockBusy(Path(library), owner) from None
    except OSError:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}\n".encode(), 0)
    _held[key] = _Held(fd, 1)
    return key


def release(key: str) -> None:
    held = _held.get(key)
    if held is None:
        return
    held.count -= 1
    if held.count > 0:
        return
    del _held[key]
    if held.fd >= 0:
        try:
            os.ftruncate(held.fd, 0)  # the next reader sees no stale owner
        except OSError:
            pass
        os.close(held.fd)  # closing the descriptor drops the flock


def is_held_here(library: Path | str) -> bool:
    return _key(library) in _held


def owner(library: Path | str) -> str | None:
    """Who holds the lock, if another process does (for status messages)."""
    try:
        fd = os.open(lock_path(library), os.O_RDONLY)
    except OSError:
        return None
    try:
        return _read_owner(fd) or None
    finally:
        os.close(fd)


def _read_owner(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "another process"
