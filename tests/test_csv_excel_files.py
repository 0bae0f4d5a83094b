"""CSV import of files shaped as Excel writes them (issue 14, defect 7): quotes
doubled inside quoted cells that also hold line breaks, semicolons and tabs as
delimiters, a byte-order mark; and a file that is not UTF-8 refused with a hint."""

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.analysis.loading import load_session
from app.io import csv_io
from app.io.errors import ImportRefused
from storage import imports
from storage.library import open_library

BOM = "\ufeff"


def _texts(db, session_id):
    return sorted(c.text for c in load_session(db, session_id).cards.values())


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_doubled_quotes_beside_line_breaks_come_in_as_written(db, tmp_path, delimiter):
    d = delimiter
    content = (f'{BOM}Text{d}Kind{d}Who\r\n'
               f'"Line one\r\nwith ""quotes"""{d}activity{d}Ana\r\n'
               f'"Call back{d} then\r\nsay ""sorry"""{d}question{d}Ben\r\n'
               f'Two{d}activity{d}Ben\r\n')
    path = tmp_path / "from-excel.csv"
    path.write_bytes(content.encode("utf-8"))
    sid = csv_io.import_file(db, path)
    assert _texts(db, sid) == sorted(['Line one\r\nwith "quotes"', f'Call back{d} then\r\nsay "sorry"',
                                      "Two"])
    kinds = {c.text: c.kind for c in load_session(db, sid).cards.values()}
    assert kinds["Two"] == "activity" and kinds[f'Call back{d} then\r\nsay "sorry"'] == "question"


def test_a_latin1_file_is_refused_with_the_hint_to_save_it_as_utf8(db, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("Text;Kind\r\nCafé au lait;activity\r\n".encode("latin-1"))
    before = imports.row_counts(db)
    with pytest.raises(ImportRefused) as info:
        csv_io.import_file(db, path)
    assert info.value.where == "line 2, column 4"
    assert "UTF-8" in info.value.problem and "save it as" in info.value.problem.lower()
    assert "0xe9" in info.value.problem
    assert imports.row_counts(db) == before


def test_the_command_line_refuses_latin1_with_the_hint(library_path, tmp_path):
    open_library(library_path).close()
    path = tmp_path / "latin.csv"
    path.write_bytes("Text\r\nok\r\nNaïve\r\n".encode("latin-1"))
    result = subprocess.run([sys.executable, "-m", "app", "import", str(path), "--library", str(library_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "line 3, column 3" in result.stderr and "save it as UTF-8" in result.stderr
    db = open_library(library_path)
    assert db["cards"].count == 0
    db.close()


def test_the_window_shows_the_hint_for_a_latin1_file(make_window, tmp_path, monkeypatch):
    path = tmp_path / "latin.csv"
    path.write_bytes("Text\r\nÜberweisung prüfen\r\n".encode("latin-1"))
    window = make_window()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.io_actions.import_action.trigger()
    assert len(shown) == 1 and "save it as UTF-8" in shown[0] and "line 2, column 1" in shown[0]
    assert window.library.db["sessions"].count == 0


def test_one_column_with_quoted_commas_is_one_card_each(db, tmp_path):
    path = tmp_path / "one-column.csv"
    path.write_bytes(b'Card\r\n"Call back, then say sorry"\r\n"Check forms; twice"\r\nPlain\r\n')
    sid = csv_io.import_file(db, path)
    assert _texts(db, sid) == ["Call back, then say sorry", "Check forms; twice", "Plain"]
