"""Backups as the restore dialog shows them: what each holds (or why it is
unusable), which are kept at the edges of a day and a month, and the names a
restored copy gets."""

import datetime as dt

import pytest

from storage import backup, sessions
from storage.library import open_library
from tests.test_safety import at, fill

UTC = dt.UTC


def test_a_backup_says_which_session_was_edited_last_in_words(tmp_path):
    lib = tmp_path / "lib.db"
    fill(lib, n_sessions=1)
    db = open_library(lib)
    sessions.update(db, db["sessions"].rows.__next__()["id"], title="Claims, March")
    db.close()
    info = backup.describe(backup.take(lib, "manual"))
    assert (info.ok, info.sessions, info.cards, info.last_session) == (True, 1, 1, "Claims, March")
    assert info.summary() == "1 session, 1 card; last edited: Claims, March"


def test_an_empty_library_backup_has_no_last_session():
    assert backup.BackupInfo(backup.Backup(None, at(1), "auto"), ok=True, sessions=2, cards=0).summary() \
        == "2 sessions, 0 cards"


@pytest.mark.parametrize("content", [b"not a database at all, just text" * 200, b""])
def test_a_backup_that_is_not_a_library_is_unusable_and_says_why(tmp_path, content):
    folder = tmp_path / "backups"
    folder.mkdir()
    path = folder / "lib.20260301T120000000000Z.auto.db"
    path.write_bytes(content)
    [found] = backup.list_backups(tmp_path / "lib.db")
    info = backup.describe(found)
    assert info.backup == found and info.ok is False and info.problem
    assert info.summary() == f"unusable ({info.problem})"


def test_take_refuses_an_unknown_reason_and_defaults_to_auto(tmp_path):
    lib = tmp_path / "lib.db"
    fill(lib)
    with pytest.raises(ValueError, match="unknown backup reason 'whim'"):
        backup.take(lib, "whim")
    taken = backup.take(lib, when=dt.datetime(2026, 3, 1, 13, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    assert taken.reason == "auto" and taken.path.name == "lib.20260301T120000000000Z.auto.db"
    assert taken.taken_at == at(1, 12) and taken.taken_at.tzinfo == UTC
    with pytest.raises(FileExistsError, match="already exists"):
        backup.take(lib, "auto", when=at(1, 12))


def test_backups_exactly_a_week_and_a_month_old_are_still_kept():
    now = at(31, 12)
    week_old, month_old = now - backup.KEEP_DAILY, now - backup.KEEP_WEEKLY
    recent = [now - dt.timedelta(minutes=m) for m in range(backup.KEEP_RECENT)]
    kept = backup.to_keep(recent + [week_old, month_old, now - backup.KEEP_WEEKLY - dt.timedelta(days=1)], now)
    assert week_old in kept and month_old in kept
    assert now - backup.KEEP_WEEKLY - dt.timedelta(days=1) not in kept
    # backups from the future (a changed clock) are all kept, whatever their number
    future = [now + dt.timedelta(hours=h) for h in range(1, 10)]
    assert set(future) <= backup.to_keep(future + recent, now, recent=1)


def test_rotate_names_every_file_it_deleted(tmp_path):
    lib = tmp_path / "lib [v2].db"
    fill(lib)
    taken = [backup.take(lib, "auto", when=at(1, 12, m)) for m in range(8)]
    leftover = taken[0].path.with_name(f".{taken[0].path.name}.tmp")
    leftover.write_bytes(b"half")
    gone = backup.rotate(lib, now=at(1, 13))
    assert sorted(gone) == sorted([taken[0].path, taken[1].path, leftover])
    assert all(p is not None and not p.exists() for p in gone)


def test_glob_escape_makes_brackets_and_wildcards_literal():
    assert backup.glob_escape("lib [v2]*?.db") == "lib [[]v2[]][*][?].db"


def test_restored_copies_are_named_by_the_backups_time_and_numbered(tmp_path):
    lib = tmp_path / "lib.db"
    fill(lib)
    taken = backup.take(lib, "manual", when=at(5, 9, 30))
    first = backup.restore_copy(taken, lib)
    second = backup.restore_copy(taken.path, lib)  # a file chosen by hand: named by the time now
    third = backup.restore_copy(taken, lib)
    label = at(5, 9, 30).astimezone().strftime("%Y-%m-%d %H%M")  # the backup's time, in local time
    assert first.name == f"lib (restored {label}).db"
    assert third.name == f"lib (restored {label} 2).db"
    assert second.name.startswith("lib (restored ") and second != first
    db = open_library(second)
    assert db["sessions"].count == 2
    db.close()
    bare = tmp_path / "library"
    (tmp_path / "library (x).db").write_bytes(b"")
    (tmp_path / "library (x 2).db").write_bytes(b"")
    assert backup.unused_name(bare, "x").name == "library (x 3).db"
    assert backup.unused_name(tmp_path / "lib.sqlite", "x").name == "lib (x).sqlite"
