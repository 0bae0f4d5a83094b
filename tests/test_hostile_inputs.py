"""Hostile session files and hostile libraries pushed through `meshwork import`:
each is either refused (exit status 2, one line, the library byte-identical) or
accepted, and then `meshwork check` finds the library healthy, the data exports
are written, and the JSON export imports again."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import tempfile
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import check
from app.cli.parser import main
from app.io import session_json
from storage import rules
from storage.library import open_library
from tests.test_io_sample import build_sample

_SETTINGS = settings(max_examples=40, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
_HERE = Path(tempfile.mkdtemp(prefix="meshwork-hostile-"))
_OVERFLOW = "\x01overflow\x01"  # stands for the literal 1e999, which json.dumps cannot write


def _library_bytes(name: str, fill: bool) -> tuple[bytes, str | None]:
    path = _HERE / name
    db = open_library(path)
    sid = build_sample(db) if fill else None
    db.close()
    return path.read_bytes(), sid


_EMPTY, _ = _library_bytes("empty.db", fill=False)
_OTHER, _OTHER_SID = _library_bytes("other.db", fill=True)
_db = open_library(_HERE / "other.db")
_DOC = session_json.to_document(_db, _OTHER_SID)
_db.close()


def meshwork(*args) -> tuple[int, str]:
    """The command line, in this process: (exit status, what it printed to stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([str(a) for a in args])
    return code, err.getvalue()


def _fresh(tmp: Path, name: str, data: bytes = _EMPTY) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _accepted_then_sound(tmp: Path, library: Path) -> None:
    code, text = check.run(library)
    assert code == check.EXIT_HEALTHY, text
    db = open_library(library)
    sessions = [r["id"] for r in db.query("SELECT id FROM sessions")]
    db.close()
    for sid in sessions:
        for fmt in ("json", "csv", "md", "graphml", "excalidraw", "xlsx"):
            code, err = meshwork("export", sid, "-f", fmt, "-o", tmp / f"out.{fmt}", "--library", library)
            assert code == 0, (fmt, err)
        again = _fresh(tmp, "again.db")
        code, err = meshwork("import", tmp / "out.json", "--library", again)
        assert code == 0, err
        again.unlink()


def _door(tmp: Path, source: Path, library: Path) -> bool:
    """Import ``source``; True if it was accepted."""
    before = library.read_bytes()
    code, err = meshwork("import", source, "--library", library)
    assert "Traceback" not in err
    if code == 2:
        assert len(err.strip().splitlines()) == 1 and "nothing was imported" in err, err
        assert library.read_bytes() == before
        return False
    assert code == 0, err
    _accepted_then_sound(tmp, library)
    return True


# -- hostile values --------------------------------------------------------------

HOSTILE = st.sampled_from([
    None, True, False, 0, -1, 1.5, 2**63, 2**64, -(2**63) - 1, 10**30, "", " ", _OVERFLOW,
    "Activity", "Artifact", "handoff", "activity", "hand-off", "artefact", "decision", "done",
    "2026-99-99", "2026-02-30", "2026-03-10", "2026-03-10T10:00:00+00:00", "2026-03-10T10:00:00",
    "red;position:fixed;inset:0", "#ABCDEF", "#abc", "not json", "[[0, 0], [10, 0], [0, 10]]", "[]", "{}",
    "\ud800", "a\udfffb", "a\x00b", "bell\x07", "esc\x1b[31m", "\x85next", "two\nlines", "tab\tbed",
    "<h1 style='color:red'>big</h1>", "\u202eevil", "Ω≈ç√ 漢字 🙂", "x" * 1001,
    "3f2b9d4e-8c1a-4b7e-9f00-123456789abc", [], {}, ["tag"], [1, 2],
]) | st.text(max_size=12) | st.integers() | st.floats(allow_nan=False, allow_infinity=False)


def _leaves(doc, prefix=()):
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _leaves(v, (*prefix, k))
    elif isinstance(doc, list) and doc and isinstance(doc[0], dict | list):
        for i, v in enumerate(doc):
            yield from _leaves(v, (*prefix, i))
    elif prefix and prefix[0] not in ("format", "version"):
        yield prefix


_FIELDS = list(_leaves(_DOC))


@_SETTINGS
@given(changes=st.lists(st.tuples(st.sampled_from(_FIELDS), HOSTILE), min_size=1, max_size=3))
def test_hostile_session_files(tmp_path, changes):
    doc = json.loads(json.dumps(_DOC))
    doc["session"]["id"] = str(uuid.uuid4())
    for where, value in changes:
        node = doc
        for part in where[:-1]:
            node = node[part]
        node[where[-1]] = value
    text = json.dumps(doc).replace(json.dumps(_OVERFLOW), "1e999")
    source = tmp_path / "hostile.json"
    source.write_bytes(text.encode("utf-8", "surrogatepass"))
    _door(tmp_path, source, _fresh(tmp_path, "ours.db"))


SQL_VALUES = st.sampled_from([
    "NULL", "0", "1", "-1", "2", "1.5", "9e999", "-9e999", "1e300", "9223372036854775807", "X'00FF'",
    "CAST(X'C328' AS TEXT)", "CAST(X'EDA080' AS TEXT)", "char(0)", "'a' || char(7)", "'two' || char(10) || 'lines'",
    "''", "'Activity'", "'handoff'", "'Artifact'", "'activity'", "'hand-off'", "'2026-99-99'", "'2026-03-10'",
    "'red;position:fixed;inset:0'", "'#ABCDEF'", "'not json'", "'[[0,0],[5,0],[0,5]]'", "'[1, 2]'",
    "'{\"a\": Infinity}'", "'<b>bold</b>'", "'x'", "'3f2b9d4e-8c1a-4b7e-9f00-123456789abc'",
])
_COLUMNS = [(t, c) for t in rules.TABLES for c in rules.FIELDS[t]
            if c != "tags" and t not in ("matches",)]


@_SETTINGS
@given(changes=st.lists(st.tuples(st.sampled_from(_COLUMNS), SQL_VALUES), min_size=1, max_size=3))
def test_hostile_libraries(tmp_path, changes):
    other = _fresh(tmp_path, "other.db", _OTHER)
    conn = sqlite3.connect(other)
    for (table, column), value in changes:
        with contextlib.suppress(sqlite3.Error):  # a constraint of the schema refused it: fine
            conn.execute(f"UPDATE [{table}] SET [{column}] = {value} "
                         f"WHERE rowid = (SELECT min(rowid) FROM [{table}])")
    conn.commit()
    conn.close()
    _door(tmp_path, other, _fresh(tmp_path, "ours.db"))
