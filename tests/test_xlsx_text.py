"""XLSX export of any text a card can hold (issue 14, defect 6): control
characters and NUL are written visibly, as their Unicode control pictures."""

import pytest

from app.io import xlsx
from storage import rows
from storage.library import open_library
from tests.helpers import make_session

CONTROLS = [chr(c) for c in range(0x20)] + ["\x7f"]


def _cards_sheet(out):
    from openpyxl import load_workbook

    return list(load_workbook(out)["Cards"].values)


def test_every_control_character_exports_visibly(tmp_path):
    path = tmp_path / "lib.db"
    sid = make_session(path, participants=[("Ana\x00", "Intake\x1b")],
                       cards=[(f"before{ch}after", 0, i * 10) for i, ch in enumerate(CONTROLS)])
    db = open_library(path)
    out = tmp_path / "s.xlsx"
    assert xlsx.export(db, sid, out) == [out]
    db.close()
    texts = {r[2] for r in _cards_sheet(out)[1:]}
    for ch in CONTROLS:
        if ch in "\t\n\x7f":  # a spreadsheet cell holds these as they are
            assert f"before{ch}after" in texts, repr(ch)
        elif ch == "\r":  # a line break, as XML reads every line end
            assert "before\nafter" in texts
        else:
            assert f"before{xlsx.visible(ch)}after" in texts, repr(ch)
    assert "before\u2400after" in texts and "before\u241bafter" in texts  # NUL, ESC as ␀, ␛
    assert ("Ana\u2400",) in [r[6:7] for r in _cards_sheet(out)[1:]]


@pytest.mark.parametrize("text", ["\ufffe", "\uffff", "a\x00\x01\x02b"])
def test_text_xml_cannot_hold_never_stops_the_export(db, tmp_path, text):
    from app.io.common import load

    sid = make_session(tmp_path / "lib.db", cards=[(text, 0, 0)])
    db = open_library(tmp_path / "lib.db")
    canvas = next(iter(load(db, sid).data.canvases))
    rows.insert(db, "reflections", {"session_id": sid, "kind": "insight", "text": text})
    rows.insert(db, "cards", {"canvas_id": canvas, "text": "plain", "why": text, "lineage_id": "",
                              "updated_at": "t"})
    out = tmp_path / "s.xlsx"
    xlsx.export(db, sid, out)
    db.close()
    cells = [v for r in _cards_sheet(out) for v in r if isinstance(v, str)]
    assert xlsx.visible(text) in cells and text not in cells


def test_a_lone_surrogate_shows_as_the_replacement_character():
    assert xlsx.visible("a\ud800b\udfff") == "a\ufffdb\ufffd"
