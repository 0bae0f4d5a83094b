"""Sessions from another library file: merged, skipping what is already here."""

import pytest

from app.io import library_merge
from app.io.errors import ImportRefused
from storage import continuation, imports, matches
from storage.library import open_library
from tests.test_io_sample import build_sample, normalised_dump


def test_merge_adds_missing_sessions_and_skips_present_ones(tmp_path):
    theirs_path = tmp_path / "theirs.db"
    theirs = open_library(theirs_path)
    first = build_sample(theirs)
    second = continuation.continue_session(theirs, first, date="2026-05-01")["id"]
    a = next(iter(r["id"] for r in theirs.query("SELECT id FROM cards WHERE canvas_id IN "
                                                 "(SELECT id FROM canvases WHERE session_id = ?)", [first])))
    b = next(iter(r["id"] for r in theirs.query("SELECT id FROM cards WHERE canvas_id IN "
                                                 "(SELECT id FROM canvases WHERE session_id = ?)", [second])))
    matches.confirm(theirs, a, b)
    expected = {sid: normalised_dump(theirs, sid) for sid in (first, second)}
    theirs.close()
    before_bytes = theirs_path.read_bytes()

    ours = open_library(tmp_path / "ours.db")
    result = library_merge.merge(ours, theirs_path)
    assert sorted(result.added) == sorted([first, second]) and result.series == 1 and result.matches == 1
    for sid, dump in expected.items():
        assert normalised_dump(ours, sid) == dump
    assert ours["sessions"].get(second)["continued_from"] == first
    counts = imports.row_counts(ours)
    again = library_merge.merge(ours, theirs_path)
    assert again.added == [] and sorted(again.skipped) == sorted([first, second])
    assert imports.row_counts(ours) == counts
    assert theirs_path.read_bytes() == before_bytes  # opened read-only, never written
    ours.close()


def test_merging_the_open_library_or_a_non_library_is_refused(tmp_path):
    ours = open_library(tmp_path / "ours.db")
    build_sample(ours)
    before = imports.row_counts(ours)
    with pytest.raises(ImportRefused, match="library that is open"):
        library_merge.merge(ours, tmp_path / "ours.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 10)
    with pytest.raises(ImportRefused, match="not an SQLite database"):
        library_merge.merge(ours, junk)
    assert imports.row_counts(ours) == before
    ours.close()
