"""A session file that is refused (issue 22): the refusal a person reads names the
file, where in it (a line and column, or a JSON path) and the problem, whole, in
English and in German; the window's own wording where the command line's would
name an option."""

from __future__ import annotations

import json

import pytest

from app import i18n
from app.io import session_json
from app.io.errors import ImportRefused
from storage import imports
from storage.library import open_memory
from tests.test_io_sample import build_sample


def _read_refused(tmp_path, content: bytes) -> tuple:
    path = tmp_path / "session.json"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        session_json.read_document(path)
    return path, refused.value


@pytest.mark.parametrize("content, english, german_words", [
    (b"  \n ", ": the file is empty", ": die Datei ist leer"),
    (b'{\n  "title": "L\xf6g"\n}\n', ", line 2, column 14: is not UTF-8 text (byte 0xf6)",
     ", Zeile 2, Spalte 14: ist kein UTF-8-Text (Byte 0xf6)"),
    (b'{\n  "title": "Log",\n  "x": \n}\n', ", line 4, column 1: is not valid JSON (Expecting value)",
     ", Zeile 4, Spalte 1: ist kein gültiges JSON (Expecting value)"),
    (b'{"x": NaN}', ": is not valid JSON (NaN is not a JSON number)",
     ": ist kein gültiges JSON (NaN is not a JSON number)"),
    (b'\n"L\xf6g"\n', ", line 2, column 3: is not UTF-8 text (byte 0xf6)",
     ", Zeile 2, Spalte 3: ist kein UTF-8-Text (Byte 0xf6)"),
    (b'\n\n"L\xf6g"\n', ", line 3, column 3: is not UTF-8 text (byte 0xf6)",
     ", Zeile 3, Spalte 3: ist kein UTF-8-Text (Byte 0xf6)"),
    (b"[" * 100_000 + b"]" * 100_000, ": nests deeper than 32 levels", ": ist tiefer als 32 Ebenen verschachtelt"),
    (json.dumps({"a": json.loads("[" * 33 + "]" * 33)}).encode(),
     ", $.a" + "[0]" * 31 + ": nests deeper than 32 levels",
     ", $.a" + "[0]" * 31 + ": ist tiefer als 32 Ebenen verschachtelt"),
])
def test_a_file_that_is_no_json_says_where_and_what(tmp_path, german, content, english, german_words):
    path, refused = _read_refused(tmp_path, content)
    assert str(refused) == f"{path}{english}; nothing was imported"
    assert refused.said() == f"{path}{german_words}; es wurde nichts importiert"


def test_nesting_exactly_at_the_limit_is_read(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(json.dumps({"a": json.loads("[" * 31 + "]" * 31)}), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:  # read, then refused for what it lacks, not for its depth
        session_json.read_document(path)
    assert "nests deeper" not in str(refused.value) and "not a Meshwork session file" in str(refused.value)


def test_the_size_guard_says_both_sizes(tmp_path, german):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2_650_001)
    with pytest.raises(ImportRefused) as refused:
        session_json.read_bytes(path, limit=1_500_000)
    assert str(refused.value) == (f"{path}: the file is 2.7 MB, more than the 2 MB an import may read; "
                                  "nothing was imported")
    assert refused.value.said() == (f"{path}: die Datei ist 2.7 MB groß, mehr als die 2 MB, die ein Import lesen "
                                    "darf; es wurde nichts importiert")
    assert session_json.read_bytes(path, limit=2_650_001) == b" " * 2_650_001  # exactly the limit is read


def test_a_file_that_grows_while_it_is_read_is_refused(tmp_path, monkeypatch, german):
    path = tmp_path / "growing.json"
    path.write_bytes(b" " * 10)
    real_stat = type(path).stat

    def small(self, *args, **kwargs):  # the size said before the read: it grew after
        result = real_stat(self, *args, **kwargs)
        return type("Stat", (), {"st_size": 1})() if self == path else result

    monkeypatch.setattr(type(path), "stat", small)
    path.write_bytes(b" " * 2_600_000)
    with pytest.raises(ImportRefused) as refused:
        session_json.read_bytes(path, limit=1_500_000)
    assert str(refused.value) == (f"{path}: the file is larger than the 2 MB an import may read; "
                                  "nothing was imported")
    assert refused.value.said() == (f"{path}: die Datei ist größer als die 2 MB, die ein Import lesen darf; "
                                    "es wurde nichts importiert")


def test_a_file_that_cannot_be_read_says_why(tmp_path, german):
    folder = tmp_path / "a folder.json"
    folder.mkdir()
    with pytest.raises(ImportRefused) as refused:
        session_json.read_bytes(folder)
    assert str(refused.value) == f"{folder}: cannot be read (Is a directory); nothing was imported"
    assert refused.value.said() == f"{folder}: kann nicht gelesen werden (Is a directory); es wurde nichts importiert"


def test_a_session_already_here_says_the_option_or_the_window_words(db, tmp_path, german):
    sid = build_sample(db, title="Kick-off")
    out = tmp_path / "s.json"
    session_json.export(db, sid, out)
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused) as refused:
        session_json.import_file(db, out)
    assert imports.row_counts(db) == before
    assert str(refused.value) == (f"{out}: session “Kick-off” ({sid}) is already in this library; import with "
                                  "--new-ids to add a copy with fresh ids; nothing was imported")
    assert refused.value.said() == (f"{out}: die Sitzung „Kick-off“ ({sid}) ist schon in dieser Bibliothek; "
                                    "importieren Sie mit --new-ids, um eine Kopie mit neuen IDs hinzuzufügen; "
                                    "es wurde nichts importiert")
    assert refused.value.said(window=True) == (f"{out}: die Sitzung „Kick-off“ ({sid}) ist schon in dieser "
                                               "Bibliothek; Sie können eine Kopie mit neuen IDs importieren; "
                                               "es wurde nichts importiert")
    i18n.install("en")
    assert refused.value.said(window=True) == (f"{out}: session “Kick-off” ({sid}) is already in this library; "
                                               "you can import a copy with fresh ids; nothing was imported")


def test_a_row_already_here_under_another_session_says_the_option_or_the_window_words(db, tmp_path, german):
    sid = build_sample(db, title="Kick-off")
    out = tmp_path / "s.json"
    session_json.export(db, sid, out)
    other = open_memory()
    try:
        build_sample(other)
        row = other.execute("SELECT id FROM participants").fetchone()[0]  # a person of the other's session
        mine = json.loads(out.read_text(encoding="utf-8"))["participants"][0]["id"]
        out.write_text(out.read_text(encoding="utf-8").replace(mine, row), encoding="utf-8")
        before = imports.row_counts(other)
        with pytest.raises(ImportRefused) as refused:
            session_json.import_file(other, out)
        assert imports.row_counts(other) == before
    finally:
        other.close()
    assert str(refused.value) == (f"{out}: participants row {row} is already in this library; import with "
                                  "--new-ids to add a copy with fresh ids; nothing was imported")
    assert refused.value.said() == (f"{out}: participants-Zeile {row} ist schon in dieser Bibliothek; importieren "
                                    "Sie mit --new-ids, um eine Kopie mit neuen IDs hinzuzufügen; "
                                    "es wurde nichts importiert")
    assert refused.value.said(window=True) == (f"{out}: participants-Zeile {row} ist schon in dieser Bibliothek; "
                                               "Sie können eine Kopie mit neuen IDs importieren; "
                                               "es wurde nichts importiert")
    i18n.install("en")
    assert refused.value.said(window=True) == (f"{out}: participants row {row} is already in this library; "
                                               "you can import a copy with fresh ids; nothing was imported")


def test_a_whole_number_past_64_bits_is_refused(db, tmp_path):
    document = session_json.to_document(db, build_sample(db))
    document["session"]["dots_per_participant"] = 12345
    text = json.dumps(document).replace("12345", "99999999999999999999")
    path, refused = _read_refused(tmp_path, text.encode())
    assert ("$.session.dots_per_participant: 99999999999999999999 is a whole number too large for 64 bits"
            in str(refused))


def test_a_document_not_yet_checked_is_checked_before_it_is_imported(db, tmp_path):
    sid = build_sample(db)
    document = json.loads(json.dumps(session_json.to_document(db, sid)))
    other = open_memory()
    try:
        document["canvases"][0]["cards"][2]["x"] = "left"
        with pytest.raises(ImportRefused) as refused:
            session_json.import_document(other, document, tmp_path / "s.json")
        assert str(refused.value) == (f"{tmp_path / 's.json'}, $.canvases[0].cards[2].x: must be a number, "
                                      'not the string "left"; nothing was imported')
        assert imports.row_counts(other)["cards"] == 0
    finally:
        other.close()


def test_the_file_names_its_maker_and_keeps_the_tags_own_ids(db, tmp_path):
    sid = build_sample(db)
    document = session_json.to_document(db, sid)
    assert document["generator"] == "Meshwork"
    out = tmp_path / "s.json"
    session_json.export(db, sid, out)
    other = open_memory()
    try:
        session_json.import_file(other, out)
        assert sorted((t["id"], t["name"]) for t in other.query("SELECT id, name FROM tags")) == sorted(
            (t["id"], t["name"]) for t in document["tags"])
    finally:
        other.close()


def test_a_session_without_a_series_is_written_with_none(db):
    sid = build_sample(db)
    db.execute("UPDATE sessions SET series_id = NULL WHERE id = ?", [sid])
    assert session_json.to_document(db, sid)["series"] is None
    with pytest.raises(ValueError) as unknown:
        session_json.to_document(db, "nowhere")
    assert str(unknown.value) == "no session 'nowhere'"
