"""The Qt environment every benchmark process runs in: the offscreen platform
(unless one is set), one QApplication, and a guard for a PySide6 defect.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to ``None`` on every
call of a method that returns nothing (``setPen``, ``setToolTip``, ...). Python
3.12 made ``None`` immortal, so it only shows on 3.11, where the process aborts
with "none_dealloc: deallocating None" after a few thousand such calls: opening
a session of a few hundred cards is enough. The benchmarks detect the defect and
pin ``None`` alive so that they can run; the application itself has no such
guard (see docs/performance.md)."""

from __future__ import annotations

import ctypes
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_guarded = False


def none_leaks() -> bool:
    """True if calling a void Qt method loses a reference to None."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 100


def guard_none() -> bool:
    """Keep None alive despite the defect; returns whether the defect was found."""
    global _guarded
    if _guarded:
        return True
    if not none_leaks():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _guarded = True
    return True


def application():
    """The process's QApplication (made if needed), with the None guard applied."""
    from PySide6.QtWidgets import QApplication

    guard_none()
    return QApplication.instance() or QApplication(sys.argv[:1])
