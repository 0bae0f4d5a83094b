"""The meshwork command line, run as a user would."""

import json
import subprocess
import sys

from storage import series, sessions
from storage.library import open_library


def meshwork(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def fill(path):
    db = open_library(path)
    s = series.create(db, "Claims team")
    sessions.create(db, s["id"], "Kick-off", date="2026-01-15")
    sessions.create(db, None, "Loose one", date="2026-02-01")
    db.close()


def test_help_lists_subcommands():
    result = meshwork("--help")
    assert result.returncode == 0
    assert "sessions" in result.stdout and "--library" in result.stdout


def test_sessions_as_table(library_path):
    fill(library_path)
    result = meshwork("sessions", "--library", library_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["Series", "Date", "Session"]
    assert any("Claims team" in line and "Kick-off" in line and "2026-01-15" in line for line in lines)
    assert any("(no series)" in line and "Loose one" in line for line in lines)


def test_sessions_as_json_with_library_before_the_subcommand(library_path):
    fill(library_path)
    result = meshwork("--library", library_path, "sessions", "--json")
    assert result.returncode == 0, result.stderr
    found = {row["title"]: row for row in json.loads(result.stdout)}
    assert found["Kick-off"]["series"] == "Claims team"
    assert found["Kick-off"]["date"] == "2026-01-15"
    assert found["Kick-off"]["series_id"] and found["Kick-off"]["id"]
    assert found["Loose one"]["series_id"] is None


def test_non_sqlite_file_gives_one_line_and_status_2(tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    before = path.read_bytes()
    result = meshwork("sessions", "--library", path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not an SQLite database" in result.stderr
    assert path.read_bytes() == before


def test_window_exits_with_status_2_on_a_bad_library(tmp_path):
    path = tmp_path / "bad.db"
    path.write_text("nope")
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The dialog would block; a bad library in the window path is reported then exits 2.
    result = subprocess.run(
        [sys.executable, "-c",
         "from PySide6.QtWidgets import QMessageBox; QMessageBox.critical = lambda *a: None;"
         f"from app.cli.parser import main; raise SystemExit(main(['--library', {str(path)!r}]))"],
        capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "not an SQLite database" in result.stderr
    assert "Traceback" not in result.stderr
