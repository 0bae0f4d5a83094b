"""Nothing lost: backups and their rotation, the writer lock, read-only views,
damaged files, `meshwork check`, and text that is long or not Latin."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from app import check
from storage import backup, integrity, lock, migrations, rows, series, sessions
from storage import library as library_mod
from storage.library import DamagedLibraryError, LibraryError, open_library, read_only_reason

UTC = dt.UTC


def at(day, hour=12, minute=0):
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(path, n_sessions=2):
    db = open_library(path)
    s = series.create(db, "Claims team")
    for i in range(n_sessions):
        session = sessions.create(db, s["id"], f"Session {i}")
        canvas = rows.insert(db, "canvases", {"session_id": session["id"], "name": "c"})
        rows.insert(db, "cards", {"canvas_id": canvas["id"], "lineage_id": "l",
                                  "updated_at": "2026-01-01T00:00:00+00:00", "text": f"card {i}"})
    db.close()


# -- rotation (a pure function, fixed clocks) -----------------------------------


def test_rotation_keeps_recent_then_daily_then_weekly():
    now = at(31, 18)
    every_half_hour = [now - dt.timedelta(minutes=30 * i) for i in range(20)]
    daily = [at(d, 9) for d in range(1, 31)]
    keep = backup.to_keep(every_half_hour + daily, now, recent=6)
    assert set(every_half_hour[:6]) <= keep  # the six newest
    assert not set(every_half_hour[6:]) & keep  # same day as the newest: one for that day is enough
    # one a day for the last week
    assert {at(d, 9) for d in range(25, 31)} <= keep and at(24, 9) not in keep  # 7 days 9 hours old
    # older than a week: one per ISO week for a month, the newest of each week
    older = sorted(k for k in keep if k < at(24))
    weeks = [k.isocalendar()[:2] for k in older]
    assert len(weeks) == len(set(weeks))
    assert at(22, 9) in keep and at(23, 9) not in keep  # Sunday 22nd is the newest of its week
    assert min(keep) >= now - dt.timedelta(days=31)


def test_rotation_keeps_few_backups_and_future_ones():
    now = at(10)
    assert backup.to_keep([at(1)], now) == {at(1)}  # recent wins even if old
    future = now + dt.timedelta(days=3)
    assert future in backup.to_keep([future] + [at(1, h) for h in range(10)], now, recent=1)
    assert backup.to_keep([], now) == set()


def test_rotate_deletes_files_the_policy_drops(tmp_path):
    lib = tmp_path / "lib.db"
    fill(lib)
    now = at(31, 18)
    for day in range(1, 31):
        for hour in (9, 15):
            backup.take(lib, "auto", when=at(day, hour))
    (tmp_path / "backups" / ".lib.leftover.tmp").write_text("x")
    gone = backup.rotate(lib, now=now)
    left = backup.list_backups(lib)
    every = [at(d, h) for d in range(1, 31) for h in (9, 15)]
    assert {b.taken_at for b in left} == backup.to_keep(every, now)
    assert len(gone) == 60 - len(left) + 1
    assert left[0].taken_at == at(30, 15)  # newest first


# -- backups ---------------------------------------------------------------------


def test_backup_is_a_self_contained_copy_listed_with_its_contents(tmp_path):
    lib = tmp_path / "a folder with spaces – ü" / "my library.db"
    fill(lib, n_sessions=3)
    db = open_library(lib)  # open: the latest edits may still be in the -wal
    sessions.create(db, None, "Only in the wal")
    taken = backup.take(lib, "manual")
    db.close()
    assert taken.path.parent == lib.parent / "backups"
    assert not list(taken.path.parent.glob("*-wal")) and not list(taken.path.parent.glob(".*tmp"))
    info = backup.describe(taken)
    assert info.ok and (info.sessions, info.cards, info.series) == (4, 3, 1)
    assert "4 sessions, 3 cards" in info.summary()
    assert backup.newest_good(lib) == info
    conn = sqlite3.connect(taken.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_restore_copy_never_overwrites(tmp_path):
    lib = tmp_path / "lib.db"
    fill(lib)
    first = backup.take(lib, "manual", when=at(1))
    before = digest(lib)
    one = backup.restore_copy(first, lib)
    two = backup.restore_copy(first, lib)
    assert one != two and one.parent == lib.parent and "restored" in one.name
    assert digest(lib) == before
    db = open_library(two)
    assert db["sessions"].count == 2
    db.close()


def test_a_backup_is_taken_before_every_migration(tmp_path):
    from sqlite_utils import Database

    lib = tmp_path / "old.db"
    conn = sqlite3.connect(lib, isolation_level=None)
    migrations.migrations.apply(Database(conn), stop_before=migrations.known_steps()[-1])
    conn.execute("INSERT INTO series (id, name, created_at) VALUES ('s', 'Kept', 't')")
    conn.close()
    db = open_library(lib)
    db.close()
    [taken] = backup.list_backups(lib)
    assert taken.reason == "migration"
    old = Database(sqlite3.connect(taken.path))
    assert migrations.applied_steps(old) == migrations.known_steps()[:-1]  # the state before
    assert old["series"].count == 1
    old.close()
    open_library(lib).close()
    assert len(backup.list_backups(lib)) == 1  # nothing to migrate, no backup


def test_failed_pre_migration_backup_changes_nothing(tmp_path, monkeypatch):
    from sqlite_utils import Database

    lib = tmp_path / "old.db"
    conn = sqlite3.connect(lib, isolation_level=None)
    migrations.migrations.apply(Database(conn), stop_before=migrations.known_steps()[-1])
    conn.close()

    def full_disk(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "take", full_disk)
    with pytest.raises(LibraryError, match="backup before it failed"):
        open_library(lib)
    check_db = Database(sqlite3.connect(lib))
    assert migrations.applied_steps(check_db) == migrations.known_steps()[:-1]
    check_db.close()


# -- the lock and read-only views -------------------------------------------------


def test_lock_is_shared_within_a_process_and_released_on_close(library_path):
    a = open_library(library_path)
    b = open_library(library_path)
    assert read_only_reason(a) is None and read_only_reason(b) is None
    a.close()
    assert lock.is_held_here(library_path)
    b.close()
    assert not lock.is_held_here(library_path)


def test_second_process_gets_a_read_only_view_with_a_clear_reason(library_path):
    fill(library_path)
    db = open_library(library_path)
    code = ("from storage.library import open_library, read_only_reason;"
            f"db = open_library({str(library_path)!r}); print(read_only_reason(db));"
            "db.execute(\"INSERT INTO series (id, name, created_at) VALUES ('x', 'x', 'x')\")")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    db.close()
    assert "open in another Meshwork" in result.stdout
    assert "Edits will not be saved" in result.stdout
    assert "readonly" in result.stderr.replace("-", "").lower()  # SQLite refuses too


def test_library_in_a_read_only_folder_opens_read_only(library_path, monkeypatch):
    fill(library_path)
    monkeypatch.setattr(library_mod, "_writable", lambda p: ("folder", str(p.parent)))
    db = open_library(library_path)
    assert "read-only" in read_only_reason(db)
    assert db["sessions"].count == 2
    db.close()
    with pytest.raises(LibraryError, match="cannot create a library"):
        open_library(library_path.with_name("new.db"))


# Run in a child process inside the read-only folder: opens the library, tries an edit
# as the desktop would and reports what the person is told and what is there.
_IN_READ_ONLY_FOLDER = """
import json, sys
from PySide6.QtCore import QCoreApplication
from app.document import SessionDocument
from app.editor import Editor
from storage.library import open_library, read_only_reason
app = QCoreApplication([])
db = open_library(sys.argv[1])
told = []
session_id = db.execute("SELECT id FROM sessions ORDER BY title LIMIT 1").fetchone()[0]
editor = Editor(SessionDocument(db, session_id))
editor.failed.connect(told.append)
canvas_id = editor.doc.all("canvases")[0].id
added = editor.add_card(canvas_id, "written in a read-only folder")
print(json.dumps({"reason": read_only_reason(db), "added": added is not None, "told": told,
                  "cards": sorted(r[0] for r in db.execute("SELECT text FROM cards")),
                  "pending": editor.pending_count()}))
"""


def _read_only_mount_works() -> bool:
    if not shutil.which("unshare") or not shutil.which("mount"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount --bind / / && mount -o remount,ro,bind / /"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


def test_real_read_only_folder(tmp_path):
    """A library in a folder this user may not write: it opens read-only, the person is
    told why when an edit is refused, and nothing in the file changes. As a user the
    folder is made 0555; as root (CI), who may write anywhere, it is bind-mounted
    read-only in a private mount namespace, so the kernel refuses the writes itself."""
    folder = tmp_path / "ro"
    fill(folder / "lib.db")
    before = digest(folder / "lib.db")
    leftovers = sorted(p.name for p in folder.iterdir())
    child = [sys.executable, "-c", _IN_READ_ONLY_FOLDER, str(folder / "lib.db")]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            result = subprocess.run(child, capture_output=True, text=True, timeout=120, env=env)
        finally:
            folder.chmod(0o755)
    elif _read_only_mount_works():
        script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'
        result = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(folder), *child],
                                capture_output=True, text=True, timeout=120, env=env)
    else:
        pytest.fail("running as root without the right to mount: no way to make a folder root cannot write")
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["reason"] == f"Read-only: the folder {folder} is read-only. Edits will not be saved."
    assert not seen["added"] and seen["pending"] == 0
    assert len(seen["told"]) == 1 and "read-only" in seen["told"][0]
    assert seen["cards"] == ["card 0", "card 1"]
    assert digest(folder / "lib.db") == before
    assert sorted(p.name for p in folder.iterdir()) == leftovers  # no -wal, -shm or lock left behind
    db = open_library(folder / "lib.db")
    assert sorted(r[0] for r in db.execute("SELECT text FROM cards")) == ["card 0", "card 1"]
    db.close()


# -- damaged files ------------------------------------------------------------------


def scribble(path):
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096: page * 4096 + 12] = b"\x0d\xff" * 6
    path.write_bytes(bytes(data))


def test_damaged_library_offers_the_newest_good_backup(library_path):
    fill(library_path, n_sessions=5)
    backup.take(library_path, "auto", when=at(1))
    newest = backup.take(library_path, "auto", when=at(2))
    newest.path.write_bytes(b"broken backup")  # the newest is not good: skip it
    scribble(library_path)
    before = digest(library_path)
    with pytest.raises(DamagedLibraryError) as caught:
        open_library(library_path)
    error = caught.value
    assert digest(library_path) == before
    assert error.backup is not None and error.backup.backup.taken_at == at(1)
    assert "damaged" in str(error) and "Newest good backup" in str(error)


def test_empty_file_with_backups_is_damaged_not_new(library_path):
    fill(library_path)
    backup.take(library_path, "auto")
    library_path.write_bytes(b"")
    with pytest.raises(DamagedLibraryError, match="empty"):
        open_library(library_path)
    assert library_path.read_bytes() == b""


def test_salvage_copies_what_is_readable_into_a_new_file(library_path):
    fill(library_path, n_sessions=40)
    scribble(library_path)
    before = digest(library_path)
    result = integrity.salvage(library_path)
    assert digest(library_path) == before
    assert result.path != library_path and "salvaged" in result.path.name
    db = open_library(result.path)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


# -- meshwork check ------------------------------------------------------------------


def test_check_healthy_library_exit_0_and_never_writes(library_path):
    fill(library_path)
    before = digest(library_path)
    code, text = check.run(library_path)
    assert code == 0, text
    assert "Integrity: ok" in text and "Result:  healthy" in text
    assert "sessions" in text and "Orphans: none" in text
    assert digest(library_path) == before


def test_check_reports_orphans_and_broken_references(library_path):
    fill(library_path, n_sessions=2)
    conn = sqlite3.connect(library_path)
    s1, s2 = [r[0] for r in conn.execute("SELECT id FROM sessions ORDER BY title")]
    c1 = conn.execute("SELECT id FROM canvases WHERE session_id = ?", [s1]).fetchone()[0]
    conn.execute("INSERT INTO participants (id, session_id, name, created_at) VALUES ('p2', ?, 'Ben', 't')",
                 [s2])
    conn.execute("UPDATE cards SET participant_id = 'p2' WHERE canvas_id = ?", [c1])
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO votes (id, card_id, participant_id, created_at)"
                 " VALUES ('v', 'gone', 'p2', 't')")
    conn.commit()
    conn.close()
    code, text = check.run(library_path)
    assert code == 1
    assert "1 cards whose participant belongs to another session" in text
    assert "References: 1 broken" in text and "PROBLEMS FOUND" in text


def test_check_from_the_command_line(library_path, tmp_path):
    fill(library_path)
    ok = subprocess.run([sys.executable, "-m", "app", "check", "--library", str(library_path)],
                        capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "healthy" in ok.stdout
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    bad = subprocess.run([sys.executable, "-m", "app", "--library", str(junk), "check"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "not an SQLite database" in bad.stdout
    assert junk.read_text() == "not a database"


# -- odd text through storage ---------------------------------------------------------

ODD_TEXTS = [
    "x" * 10_000,
    "🙂👩🏽‍💻🇩🇪 emoji, joiners and flags",
    "مراجعة المطالبة مع العميل",  # right to left
    "עברית mixed with English 123",
    "Prüfung – naïve café “quoted” ß",
    "line one\nline two\ttabbed",
    "'); DROP TABLE cards; --",
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_odd_text_round_trips_through_storage(tmp_path, text):
    path = tmp_path / "Bibliothèque partagée" / "données été.db"
    fill(path, n_sessions=1)
    db = open_library(path)
    card_id = db.execute("SELECT id FROM cards").fetchone()[0]
    rows.update(db, "cards", card_id, {"text": text, "why": text})
    db.close()
    db = open_library(path)
    assert rows.get(db, "cards", card_id)["text"] == text
    db.close()
    backup.take(path, "manual")
    assert backup.describe(backup.list_backups(path)[0]).ok
