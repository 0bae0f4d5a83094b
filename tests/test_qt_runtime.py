"""The Qt binding must not leak references to Python's constants: PySide6 6.12.0 does
on Python 3.11 and then aborts mid-session ("none_dealloc"), so pyproject excludes it."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(str)


def test_void_calls_and_emits_keep_none_and_true_alive(qapp):
    emitter = _Emitter()
    emitter.fired.connect(lambda _text: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        emitter.setObjectName("probe")
        emitter.fired.emit("x")
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
