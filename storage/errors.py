"""The errors a library raises, in a module of their own so that library.py and
migrations.py can both use them without importing each other."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """A library that cannot be opened; the message is fit to show a person."""


class DamagedLibraryError(LibraryError):
    """A library file that is damaged (or empty where backups say it was not).

    ``backup`` is the newest backup that passed its own check, if any; the
    window offers it (restored to a new file) or a salvage copy. The damaged
    file itself is never written to."""

    def __init__(self, path: Path, problem: str):
        from storage import backup

        self.path = path
        self.problem = problem
        try:
            self.backup = backup.newest_good(path)
        except OSError:
            self.backup = None
        message = f"{path} {problem}; the file was left untouched"
        if self.backup is not None:
            when = self.backup.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            message += (f". Newest good backup: {when} ({self.backup.summary()}), "
                        f"{self.backup.path}")
        else:
            message += ". There is no backup; a salvage copy can recover what is readable"
        super().__init__(" ".join(message.split()))
