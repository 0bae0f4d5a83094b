"""The Qt environment every benchmark process runs in: the offscreen platform
(unless one is set) and one QApplication. (PySide6 6.12.0, which aborted on
Python 3.11 by leaking references to None, is excluded in pyproject.toml, and
tests/test_qt_runtime.py guards against it; see docs/performance.md.)"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def application():
    """The process's QApplication, made if needed."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])
