"""Broken inputs fed to every importer: each is refused with a message, and the
library is exactly as it was."""

import json
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io import importing, session_json
from app.io.errors import ImportRefused
from storage import imports
from storage.library import open_memory
from tests.test_io_sample import build_sample, normalised_dump

_db = open_memory()
_SID = build_sample(_db)
_DOC = session_json.to_document(_db, _SID)
_DOC_TEXT = json.dumps(_DOC).encode()
_DOC["session"]["id"] = "another-session"  # so that a valid document would import
_PRISTINE = normalised_dump(_db, _SID)
_COUNTS = imports.row_counts(_db)
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _try(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    try:
        importing.import_path(_db, path)
    except ImportRefused as exc:
        assert str(exc).startswith(str(path)) and "nothing was imported" in str(exc)
    else:  # something valid slipped through: take it out again so the next example starts clean
        _db.execute("DELETE FROM sessions WHERE id <> ?", [_SID])
        return
    assert imports.row_counts(_db) == _COUNTS
    assert normalised_dump(_db, _SID) == _PRISTINE


@_SETTINGS
@given(cut=st.integers(min_value=0, max_value=len(_DOC_TEXT) - 1))
def test_truncated_json(tmp_path, cut):
    _try(tmp_path, "cut.json", _DOC_TEXT[:cut])


@_SETTINGS
@given(data=st.binary(max_size=300))
def test_random_bytes_as_json_csv_and_library(tmp_path, data):
    for name in ("x.json", "x.csv", "x.db"):
        _try(tmp_path, name, data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10)


def _paths(doc, prefix=()):
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _paths(v, (*prefix, i))


_ALL_PATHS = [p for p in _paths(_DOC) if p and p[0] != "events"]


@_SETTINGS
@given(where=st.sampled_from(_ALL_PATHS), value=json_values)
def test_a_value_replaced_anywhere(tmp_path, where, value):
    doc = json.loads(json.dumps(_DOC))
    node = doc
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    _try(tmp_path, "changed.json", json.dumps(doc).encode())


@_SETTINGS
@given(table=st.sampled_from(["participants", "zones", "cards", "links", "votes"]), data=st.data())
def test_duplicate_and_dangling_ids(tmp_path, table, data):
    doc = json.loads(json.dumps(_DOC))
    if table in ("zones", "cards", "links"):
        holder = doc["canvases"][0][table]
    else:
        holder = doc[table]
    row = data.draw(st.sampled_from(holder))
    if data.draw(st.booleans()):
        holder.append(dict(row))  # duplicate id
    else:
        key = data.draw(st.sampled_from([k for k in row if k.endswith("_id")] or ["id"]))
        row[key] = "dangling"
    _try(tmp_path, "ids.json", json.dumps(doc).encode())


@_SETTINGS
@given(rows=st.lists(st.lists(st.text(max_size=8), min_size=1, max_size=8), max_size=6),
       kind=st.text(max_size=6))
def test_csv_with_random_cells(tmp_path, rows, kind):
    lines = ["text,kind,participant"] + [",".join(r) + f",{kind}" for r in rows]
    _try(tmp_path, "cells.csv", "\n".join(lines).encode("utf-8", "surrogatepass"))


def test_library_file_with_a_foreign_schema_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE sessions (id TEXT)")
    conn.execute("INSERT INTO sessions VALUES ('x')")
    conn.commit()
    conn.close()
    _try(tmp_path, "other.db", path.read_bytes())
