"""Why a library is only read, in the reader's language. storage/ (no Qt) gives the
reason as a kind and its detail (LibraryDatabase.read_only_why) beside its English;
this says it as the window or the command line speaks (context "Library")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlite_utils import Database

from app.said import Said
from storage.library import read_only_reason

REASONS = {  # the same kinds as storage.library.READ_ONLY_REASONS (tests/test_i18n_messages.py)
    "opened": QT_TRANSLATE_NOOP("Library", "it was opened read-only"),
    "folder": QT_TRANSLATE_NOOP("Library", "the folder {0} is read-only"),
    "file": QT_TRANSLATE_NOOP("Library", "the file {0} is read-only"),
    "busy": QT_TRANSLATE_NOOP("Library", "it is open in another Meshwork ({0})"),
    "lock": QT_TRANSLATE_NOOP("Library", "its lock file cannot be created ({0})"),
    "shm": QT_TRANSLATE_NOOP("Library", "SQLite cannot use its shared-memory file ({0}) in this folder"),
}


def why(db: Database) -> Said | None:
    """Why edits to this library are refused ("the folder … is read-only"), or None."""
    kind = getattr(db, "read_only_why", None)
    if kind is None or kind[0] not in REASONS:
        reason = read_only_reason(db)
        return None if reason is None else Said(None, "{0}", reason)
    return Said("Library", REASONS[kind[0]], kind[1])


def notice(db: Database) -> Said | None:
    """The whole notice the window shows: "Read-only: …. Edits will not be saved."."""
    reason = why(db)
    if reason is None:
        return None
    if reason.context is None:  # a reason storage gave without its kind: as it was written
        return reason
    return Said("Library", QT_TRANSLATE_NOOP("Library", "Read-only: {0}. Edits will not be saved."), reason)
