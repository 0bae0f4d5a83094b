"""Backups of a library: taken through SQLite's backup API, kept on a rotation,
listed with what they hold, and restored to a new file (never over the original).

Backups live in a ``backups`` folder beside the library, one plain SQLite file
each (rollback journal, no -wal to lose), named
``<library stem>.<UTC time>.<reason>.db`` so that sorting by name sorts by time.
A backup is written to a hidden temporary name, fsynced and then renamed, so
the folder never holds a half-written backup under a real name.

No Qt here: the window's timer and the command line both call these functions.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FOLDER = "backups"
REASONS = ("open", "auto", "migration", "manual")
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z]+)\.db$")

# Rotation: the newest few, the newest of each day for a week, of each week for a month.
KEEP_RECENT = 6
KEEP_DAILY = dt.timedelta(days=7)
KEEP_WEEKLY = dt.timedelta(days=31)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime  # UTC, aware
    reason: str


@dataclass(frozen=True)
class BackupInfo:
    """A backup and what is inside it, read from the backup file read-only."""

    backup: Backup
    ok: bool
    series: int = 0
    sessions: int = 0
    cards: int = 0
    last_session: str = ""
    problem: str = ""

    @property
    def path(self) -> Path:
        return self.backup.path

    def summary(self) -> str:
        if not self.ok:
            return f"unusable ({self.problem})"
        text = f"{_n(self.sessions, 'session')}, {_n(self.cards, 'card')}"
        if self.last_session:
            text += f"; last edited: {self.last_session}"
        return text


def _n(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def folder_for(library: Path | str) -> Path:
    return Path(library).parent / FOLDER


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# -- taking a backup ------------------------------------------------------------


def take(library: Path | str, reason: str = "auto", when: dt.datetime | None = None) -> Backup:
    """Back up the library file (and its -wal, through SQLite) into its backups folder.

    Reads through a separate read-only connection, so it is safe while the
    library is open and being edited; raises OSError or sqlite3.Error on failure."""
    library = Path(library)
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    when = (when or _utcnow()).astimezone(dt.UTC)
    folder = folder_for(library)
    folder.mkdir(exist_ok=True)
    target = folder / f"{library.stem}.{when.strftime(_STAMP)}.{reason}.db"
    source = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_into(source, target)
    finally:
        source.close()
    return Backup(target, when, reason)


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    """Backup API into a temporary name beside ``target``, fsync, then rename."""
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    temp = target.with_name(f".{target.name}.tmp")
    temp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(temp)
        try:
            source.backup(dest)
            # A self-contained file: no -wal beside it that could get separated.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        _fsync_file(temp)
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


# -- rotation -------------------------------------------------------------------


def to_keep(stamps: Iterable[dt.datetime], now: dt.datetime, recent: int = KEEP_RECENT) -> set[dt.datetime]:
    """Which backup times to keep: the ``recent`` newest; the newest of each day
    in the last week; the newest of each ISO week in the last month; and any
    dated in the future (a clock was changed: delete nothing we do not understand)."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:recent])
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for stamp in ordered:  # newest first, so the first one seen per day/week wins
        age = now - stamp
        if age < dt.timedelta(0):
            keep.add(stamp)
            continue
        if age <= KEEP_DAILY and stamp.date() not in days:
            days.add(stamp.date())
            keep.add(stamp)
        week = tuple(stamp.isocalendar())[:2]
        if age <= KEEP_WEEKLY and week not in weeks:
            weeks.add(week)
            keep.add(stamp)
    return keep


def rotate(library: Path | str, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep, and temporary leftovers of
    interrupted backups; return what was deleted."""
    now = now or _utcnow()
    found = list_backups(library)
    keep = to_keep([b.taken_at for b in found], now)
    gone = []
    for b in found:
        if b.taken_at not in keep:
            b.path.unlink(missing_ok=True)
            gone.append(b.path)
    folder = folder_for(library)
    stem = Path(library).stem
    if folder.is_dir():
        for temp in folder.glob(f".{glob_escape(stem)}.*.tmp"):
            temp.unlink(missing_ok=True)
            gone.append(temp)
    return gone


def glob_escape(text: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", text)


# -- listing --------------------------------------------------------------------


def list_backups(library: Path | str) -> list[Backup]:
    """This library's backups, newest first."""
    library = Path(library)
    folder = folder_for(library)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != library.stem:
            continue
        when = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        found.append(Backup(path, when, match["reason"]))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def describe(backup: Backup) -> BackupInfo:
    """Open the backup read-only and say what it holds (and whether it is sound)."""
    try:
        conn = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return BackupInfo(backup, ok=False, problem=str(exc))
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            return BackupInfo(backup, ok=False, problem=f"damaged: {check}")
        counts = {
            table: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            for table in ("series", "sessions", "cards")
        }
        last = conn.execute("SELECT title FROM sessions ORDER BY updated_at DESC LIMIT 1").fetchone()
        return BackupInfo(backup, ok=True, last_session=last[0] if last else "", **counts)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return BackupInfo(backup, ok=False, problem=str(exc))
    finally:
        conn.close()


def newest_good(library: Path | str) -> BackupInfo | None:
    for backup in list_backups(library):
        info = describe(backup)
        if info.ok:
            return info
    return None


# -- restoring ------------------------------------------------------------------


def restore_copy(backup: Backup | Path, library: Path | str) -> Path:
    """Copy a backup to a new library file beside ``library`` and return its path.

    The library file itself is never touched: the person opens the copy, and
    can compare or rename by hand."""
    source_path = backup.path if isinstance(backup, Backup) else Path(backup)
    library = Path(library)
    when = backup.taken_at if isinstance(backup, Backup) else _utcnow()
    label = when.astimezone().strftime("%Y-%m-%d %H%M")
    target = unused_name(library, f"restored {label}")
    source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_into(source, target)
    finally:
        source.close()
    return target


def unused_name(library: Path, label: str) -> Path:
    """``<stem> (<label>).db`` beside the library, numbered if taken."""
    suffix = library.suffix or ".db"
    candidate = library.with_name(f"{library.stem} ({label}){suffix}")
    n = 2
    while candidate.exists():
        candidate = library.with_name(f"{library.stem} ({label} {n}){suffix}")
        n += 1
    return candidate
