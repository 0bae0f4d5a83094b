"""Damaged files, a newer schema and two processes at once."""

from __future__ import annotations

import hashlib
import random
import shutil
import subprocess
import sys

import pytest
from conftest import Worker, rounds

from app import check
from storage import backup, integrity, migrations
from storage.library import DamagedLibraryError, LibraryError, open_library, read_only_reason


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def meshwork(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def good_library(tmp_path_factory):
    """A library with some content, cleanly closed (no -wal)."""
    path = tmp_path_factory.mktemp("good") / "library.db"
    worker = Worker("edits", path, 1, 120)
    assert worker.finish() == 0
    Worker("import", path, 1, 400).finish()
    backup.take(path, "manual")  # the good backup each damaged copy gets beside it
    return path


def variants(good, folder, rng):
    """(name, path) for damaged copies of ``good``, each with a good backup beside it."""
    data = good.read_bytes()
    made = []

    def make(name, content):
        target = folder / name / "library.db"
        target.parent.mkdir(parents=True)
        target.write_bytes(content)
        shutil.copytree(good.parent / "backups", target.parent / "backups")
        made.append((name, target))

    for i in range(rounds(12)):
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            at = rng.randrange(len(flipped))
            flipped[at] ^= 1 << rng.randrange(8)
        make(f"flipped-{i}", bytes(flipped))
    for i in range(rounds(3)):
        header = bytearray(data)
        at = rng.randrange(16, 100)
        header[at] ^= 0xFF
        make(f"header-{i}", bytes(header))
    for i in range(rounds(6)):
        make(f"truncated-{i}", data[: rng.randrange(1, len(data))])
    make("page-truncated", data[: len(data) // 4096 // 2 * 4096])
    make("zero-bytes", b"")
    make("garbage", bytes(rng.randrange(256) for _ in range(8192)))
    return made


def test_damaged_files_are_refused_untouched_or_open_consistently(good_library, tmp_path, tally):
    rng = random.Random(3)
    refused = opened = 0
    for name, path in variants(good_library, tmp_path, rng):
        tally["bad files"] += 1
        before = digest(path)
        code, text = check.run(path)
        assert digest(path) == before, f"check wrote to {name}"
        assert code in (0, 1, 2) and "Library:" in text
        try:
            db = open_library(path)
        except DamagedLibraryError as exc:
            refused += 1
            assert digest(path) == before, f"refusing {name} changed it"
            assert code != 0, f"check called {name} healthy but open refused it: {exc}"
            assert exc.backup is not None and "Newest good backup" in str(exc)
            assert "\n" not in str(exc)
            restored = backup.restore_copy(exc.backup.backup, path)
            copy = open_library(restored)
            assert copy["sessions"].count == exc.backup.sessions
            copy.close()
            try:
                salvaged = integrity.salvage(path)
            except LibraryError:
                continue
            tally["salvage copies"] += 1
            assert integrity.inspect(salvaged.path).integrity == []
            open_library(salvaged.path).close()
            assert digest(path) == before
        except LibraryError:
            refused += 1
            assert digest(path) == before
        else:
            opened += 1  # damage SQLite cannot see (a byte of text): it must still be usable
            db.execute("SELECT count(*) FROM cards").fetchone()
            db.close()
    tally["bad files still usable"] += opened
    assert refused >= 1


def test_bad_files_from_the_command_line(good_library, tmp_path, tally):
    rng = random.Random(5)
    chosen = [v for v in variants(good_library, tmp_path, rng) if v[0] in
              ("flipped-0", "header-0", "truncated-0", "zero-bytes", "garbage")]
    for name, path in chosen:
        tally["bad files"] += 1
        before = digest(path)
        listing = meshwork("sessions", "--library", path)
        assert "Traceback" not in listing.stderr, name
        assert listing.returncode in (0, 2)
        if listing.returncode == 2:
            assert len(listing.stderr.strip().splitlines()) == 1
            assert digest(path) == before
            report = meshwork("check", "--library", path)
            assert report.returncode != 0 and "Traceback" not in report.stderr
            assert digest(path) == before


def test_missing_wal_opens_the_last_checkpointed_state(tmp_path, tally):
    path = tmp_path / "wal.db"
    worker = Worker("edits", path, 2, 100_000)
    worker.until(lambda r: r["op"] == "ready")
    for _ in range(15):
        worker.until(lambda r: r["op"] == "ack")
    worker.kill()
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the edits live in the -wal
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink()
    tally["bad files"] += 1
    code, text = check.run(path)
    assert code == 0, text
    db = open_library(path)  # the state before the lost -wal: consistent, just older
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_newer_schema_is_refused_and_untouched(good_library, tmp_path, tally):
    path = tmp_path / "newer.db"
    shutil.copy(good_library, path)
    conn_db = open_library(path)
    conn_db["_sqlite_migrations"].insert(
        {"migration_set": migrations.MIGRATION_SET, "name": "9999_future", "applied_at": "2031-01-01"})
    conn_db.close()
    tally["bad files"] += 1
    before = digest(path)
    listing = meshwork("sessions", "--library", path)
    assert listing.returncode == 2 and "newer version of Meshwork" in listing.stderr
    report = meshwork("check", "--library", path)
    assert report.returncode == 1 and "NEWER" in report.stdout
    assert digest(path) == before


def test_two_processes_second_is_read_only_and_the_lock_dies_with_the_first(tmp_path, tally):
    path = tmp_path / "shared library" / "meshwork.db"
    first = Worker("hold", path, stdin=True)
    ready = first.until(lambda r: r["op"] == "ready")
    assert ready["readonly"] is None and ready["card"]
    second = Worker("read", path)
    assert second.finish() == 0
    read = next(r for r in second.lines if r["op"] == "read")
    assert read["readonly"] and f"pid {ready['pid']}" in read["readonly"]
    assert read["integrity"] == [] and read["cards"] == 1
    assert any(r["op"] == "failed" and "read-only" in r["message"].lower() for r in second.lines)
    assert next(r for r in second.lines if r["op"] == "edit")["saved"] is False
    first.kill()  # SIGKILL: no chance to unlock, the kernel drops the lock
    third = Worker("read", path)
    assert third.finish() == 0
    assert next(r for r in third.lines if r["op"] == "read")["readonly"] is None
    tally["two-process runs"] += 1


def test_reader_during_a_stream_of_edits_never_sees_a_half_written_file(tmp_path, tally):
    path = tmp_path / "busy.db"
    writer = Worker("edits", path, 3, 100_000)
    writer.until(lambda r: r["op"] == "ready")
    counts = []
    for _ in range(3):
        writer.until(lambda r: r["op"] == "ack")
        reader = Worker("read", path)
        assert reader.finish() == 0
        read = next(r for r in reader.lines if r["op"] == "read")
        assert read["readonly"] and read["integrity"] == []
        counts.append(read["cards"])
    writer.kill()
    assert counts == sorted(counts)
    tally["two-process runs"] += 1
    with pytest.raises(AssertionError):  # and the read-only view really cannot write
        db = open_library(path, read_only=True)
        try:
            assert read_only_reason(db) is None
        finally:
            db.close()
