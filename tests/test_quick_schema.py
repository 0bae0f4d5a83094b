"""The quick schema check (app/io/quick_schema.py) never says yes where jsonschema
finds a problem, so a session file's import skips jsonschema only when that is safe;
and the quick walk (session_checks.plain) agrees with the slow ones."""

import json

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from app.io import session_checks, session_json
from app.io.quick_schema import compile_schema
from app.io.session_schema import SCHEMA
from storage.library import open_memory
from tests.test_io_sample import build_sample

_db = open_memory()
_DOC = session_json.to_document(_db, build_sample(_db))
_QUICK = compile_schema(SCHEMA)
_FULL = jsonschema.Draft202012Validator(SCHEMA)


def _paths(doc, prefix=()):
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _paths(v, (*prefix, i))


_PATHS = [p for p in _paths(_DOC) if p]
# Values near the schema's edges: wrong types that Python mixes up (True and 1, 1.0 and 1),
# lengths at and past each limit, negative sizes, empty text, enum look-alikes.
_LIMITS = [64, 100, 200, 1000, 100_000]
EDGES = [None, True, False, 0, 1, 1.0, -1, -0.001, 2, "", "x", "action", "Action", "1", "2026-01-01",
         "meshwork-session", [], {}, [1], {"a": 1}, *(n * "x" for limit in _LIMITS for n in (limit, limit + 1))]
json_values = st.recursive(
    st.sampled_from(EDGES) | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)


def test_the_sample_session_passes_both():
    assert _QUICK(_DOC) and not list(_FULL.iter_errors(_DOC))


def _changed(where, value=None, drop=False):
    doc = json.loads(json.dumps(_DOC))
    node = doc
    for part in where[:-1]:
        node = node[part]
    if drop:
        del node[where[-1]]  # a required field gone, a list one item shorter
    else:
        node[where[-1]] = value
    return doc


def test_every_edge_value_in_every_place():
    firsts = [p for p in _PATHS if all(part == 0 for part in p if isinstance(part, int))]
    for where in firsts:
        for doc in [_changed(where, drop=True), *(_changed(where, value) for value in EDGES)]:
            if _QUICK(doc):
                assert not list(_FULL.iter_errors(doc)), where


@settings(max_examples=200, deadline=None)
@given(where=st.sampled_from(_PATHS), value=json_values, drop=st.booleans())
def test_quick_yes_means_jsonschema_finds_nothing(where, value, drop):
    doc = _changed(where, value, drop)
    if _QUICK(doc):
        assert not list(_FULL.iter_errors(doc))


def test_quick_no_for_what_jsonschema_refuses():
    doc = json.loads(json.dumps(_DOC))
    doc["canvases"][0]["cards"][0]["hidden"] = True  # a boolean, not 0 or 1
    assert list(_FULL.iter_errors(doc)) and not _QUICK(doc)
    doc["canvases"][0]["cards"][0]["hidden"] = 0
    doc["canvases"][0]["cards"][0]["colour"] = "#FF0000"  # a field cards do not have
    assert list(_FULL.iter_errors(doc)) and not _QUICK(doc)


def test_a_schema_word_it_does_not_know_always_defers_to_jsonschema():
    assert not compile_schema({"type": "string", "format": "date"})("2026-01-01")
    assert not compile_schema({"type": "object", "additionalProperties": True})({})


@given(value=json_values, depth=st.integers(min_value=1, max_value=5))
def test_plain_walk_measures_depth_as_the_path_walk_does(value, depth):
    deepest = max(_depths(value))  # hypothesis' text holds no lone surrogates: only depth can fail
    assert session_checks.plain(value, depth) == (deepest <= depth)
    assert (session_json.too_deep(value, depth) is None) == (deepest <= depth)


def _depths(value, at=1):
    yield at
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        yield from _depths(child, at + 1)


def test_plain_walk_finds_a_lone_surrogate_and_an_unreadable_number():
    assert session_checks.plain({"a": ["ok", {"b": "fine"}]})
    assert not session_checks.plain({"a": ["ok", {"b": "x\ud800"}]})
    assert not session_checks.plain({"a\udfff": 1})
    assert not session_checks.plain(session_checks.CheckedDocument({"a": ["x\ud800"]}))  # a dict subclass too
    assert not session_checks.plain({"a": [session_checks.read_float("1e999")]})
    assert session_checks._unreadable({"a": ["ok", {"b": "x\ud800"}]})
