"""Issue 14, defect 3: merging another library (`meshwork import other.db`) trusts
nothing in it: only real tables are read, under a size and a time guard, and every
row passes the row rules; a refused merge names the rows and changes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from app import check
from app.io import library_merge
from app.io.errors import ImportRefused
from storage import imports
from storage.library import open_library
from tests.test_io_sample import build_sample


def _meshwork(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout)


def _other(tmp_path, *sql, name="other.db"):
    """A library with the sample session, then changed behind Meshwork's back."""
    path = tmp_path / name
    db = open_library(path)
    build_sample(db)
    db.close()
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def ours(tmp_path):
    path = tmp_path / "ours.db"
    db = open_library(path)
    build_sample(db, title="Our own session")
    db.close()
    return path


def _refused_on_the_command_line(other, ours, *words):
    before = ours.read_bytes()
    result = _meshwork("import", other, "--library", ours)
    assert result.returncode == 2, result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, (word, result.stderr)
    assert ours.read_bytes() == before
    return result.stderr


def test_a_recursive_view_is_refused_instead_of_hanging(tmp_path, ours):
    other = _other(tmp_path, "DROP TABLE votes", """CREATE VIEW votes AS
        WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
        SELECT 'v' || n AS id, 'c' AS card_id, 'p' AS participant_id, '' AS created_at FROM r""")
    _refused_on_the_command_line(other, ours, "votes is a view, not a table")
    code, text = check.run(other)  # and check says so, without running the view
    assert code == check.EXIT_PROBLEMS and "its votes is a view, not a table" in text


def test_a_view_that_makes_up_rows_is_refused(tmp_path, ours):
    other = _other(tmp_path, "ALTER TABLE tags RENAME TO real_tags", """CREATE VIEW tags AS
        WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 100000)
        SELECT printf('%08d-0000-4000-8000-000000000000', n) AS id, hex(randomblob(2000)) AS name,
               '' AS created_at FROM r""")
    _refused_on_the_command_line(other, ours, "tags is a view")


BAD_ROWS = [
    ("UPDATE cards SET text = X'00FF10' WHERE text = 'Claims handbook'", "binary data (3 bytes)"),
    ("UPDATE cards SET why = CAST(X'C328' AS TEXT) WHERE text LIKE 'Call%'", "why must be text, not bytes that"),
    ("UPDATE sessions SET date = '2026-99-99'", 'date must be a real date written YYYY-MM-DD, not the string'),
    ("UPDATE zones SET outline = 'not json' WHERE label = 'Intake'", "outline is not valid JSON"),
    ("UPDATE cards SET x = 9e999 WHERE text LIKE 'Log%'", "x must be a finite number, not Infinity"),
    ("UPDATE participants SET name = 'Ana' || char(7) WHERE name = 'Ana'", "control character (U+0007)"),
    ("UPDATE participants SET colour = 'red;position:fixed;inset:0' WHERE name = 'Ben'", "#RRGGBB"),
    ("UPDATE cards SET kind = 'Activity' WHERE text LIKE 'Assess%'", 'kind must be a card kind'),
    ("UPDATE links SET kind = 'handoff' WHERE kind = 'uses'", 'kind must be a link kind'),
]


def test_rows_that_break_the_rules_are_named_and_nothing_is_merged(tmp_path, ours):
    other = _other(tmp_path, *(sql for sql, _ in BAD_ROWS))
    card = sqlite3.connect(other).execute("SELECT id FROM cards WHERE kind = 'Activity'").fetchone()[0]
    error = _refused_on_the_command_line(other, ours, f"cards {card}: kind", *(words for _, words in BAD_ROWS))
    assert f"{len(BAD_ROWS)} problems in its rows" in error


def test_check_lists_every_bad_row_and_is_not_healthy(tmp_path):
    other = _other(tmp_path, *(sql for sql, _ in BAD_ROWS))
    before = other.read_bytes()
    code, text = check.run(other)
    assert code == check.EXIT_PROBLEMS and "Result:  healthy" not in text
    assert f"Rows that break the rules: {len(BAD_ROWS)}" in text
    for _, words in BAD_ROWS:
        assert words in text, words
    assert other.read_bytes() == before


def test_a_good_library_still_merges_and_stays_healthy(tmp_path, ours):
    other = _other(tmp_path)
    result = _meshwork("import", other, "--library", ours)
    assert result.returncode == 0 and "1 sessions added" in result.stdout, result.stderr
    code, text = check.run(ours)
    assert code == check.EXIT_HEALTHY, text


def test_a_file_over_the_size_guard_is_not_opened(tmp_path, ours, monkeypatch):
    other = _other(tmp_path)
    monkeypatch.setattr(library_merge, "MAX_LIBRARY_BYTES", 10_000)
    db = open_library(ours)
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused, match="MB a merge may read"):
        library_merge.merge(db, other)
    assert imports.row_counts(db) == before
    db.close()


def test_a_read_past_the_time_guard_is_interrupted(tmp_path, ours):
    other = _other(tmp_path, """INSERT INTO events (id, seq, session_id, at, action, entity, payload)
        WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 5000)
        SELECT lower(hex(randomblob(16))), 1000 + n, (SELECT id FROM sessions), '2026-03-10', 'add', 'cards', '{}'
          FROM r""")
    ticks = iter(range(0, 10**6, 10))  # a fake clock: ten seconds pass at every look

    db = open_library(ours)
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused, match="took longer than 5 seconds"):
        library_merge.merge(db, other, seconds=5, clock=lambda: next(ticks))
    assert imports.row_counts(db) == before
    db.close()
