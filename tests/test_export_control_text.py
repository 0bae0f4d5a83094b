"""What gets in gets out (issue 14): text holding every control character (NUL too),
U+FFFE and U+FFFF is written by every export format, each file readable by its
own kind of reader."""

import json
import xml.etree.ElementTree as ET
import zipfile

import pytest

from app.io import registry
from storage.library import open_library
from tests.helpers import make_session
from widgets.export.formats import register_drawn_formats

TEXT = "start " + "".join(chr(c) for c in range(0x20)) + "\x7f\ufffe\uffff end"


@pytest.fixture
def library(tmp_path):
    sid = make_session(tmp_path / "lib.db", participants=[("Ana" + TEXT, "Intake" + TEXT)],
                       cards=[(TEXT, 0, 0), ("second " + TEXT, 300, 0)], links=[(0, 1)], title="Odd" + TEXT)
    db = open_library(tmp_path / "lib.db")
    yield db, sid
    db.close()


def readable(path):
    """Open the file as the program it is for would (enough to fail on a broken one)."""
    if path.suffix in (".svg", ".graphml", ".gexf"):
        ET.parse(path)
    elif path.suffix in (".json", ".excalidraw"):
        json.loads(path.read_text(encoding="utf-8"))
    elif path.suffix == ".xlsx":
        from openpyxl import load_workbook

        load_workbook(path)
        assert zipfile.is_zipfile(path)
    elif path.suffix in (".html", ".md", ".csv"):
        assert "start" in path.read_text(encoding="utf-8-sig")
    return path.stat().st_size > 0


@pytest.mark.parametrize("name", ["json", "csv", "graphml", "excalidraw", "md", "xlsx", "png", "svg", "pdf", "html",
                                  "report-html", "report-pdf", "roles-html", "roles-pdf"])
def test_every_format_writes_text_with_control_characters(qapp, tmp_path, library, name):
    register_drawn_formats()
    db, sid = library
    exporter = registry.EXPORTERS[name]
    written = exporter(db, sid, tmp_path / f"out{exporter.suffix}", include_face_down=True)
    assert written and all(readable(p) for p in written)


def test_the_series_gexf_writes_them_too(tmp_path, library):
    db, sid = library
    series_id = db.execute("SELECT series_id FROM sessions WHERE id = ?", [sid]).fetchone()[0]
    (out,) = registry.SERIES_EXPORTERS["gexf"](db, series_id, tmp_path / "s.gexf")
    assert readable(out)
