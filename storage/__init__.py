"""SQLite through sqlite-utils: opening a library (pragmas, lock, transactions),
numbered migrations, plain reads and writes per entity group, the event log,
backups and health checks. Imports no Qt and nothing of app or widgets."""

import sys


def _import_sqlite_utils() -> None:
    """sqlite-utils imports numpy and pandas, when installed, only to know their column
    types when ``insert`` creates a table; storage never does that with them, and numpy costs
    every start ~0.06 s of CPU. A None in sys.modules makes their import fail for that moment;
    anything that needs numpy later (matching, charts) imports it as usual."""
    if "sqlite_utils" in sys.modules:
        return
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name, "") is None:
                del sys.modules[name]


_import_sqlite_utils()
