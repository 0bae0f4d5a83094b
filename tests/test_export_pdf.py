"""PDF exports: a page per canvas plus the summary, text kept as text, maps drawn in full detail."""

import re
import zlib

from storage.library import open_library
from tests.test_export_data import CARDS, SECOND, rich_series
from widgets.export.files import export_pdf


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def pdf_text(data: bytes) -> str:
    """The text a PDF shows, decoded through each font's ToUnicode map (enough for Qt's PDFs)."""
    streams = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        raw = m.group(1)
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        streams.append(raw)
    maps = {}  # object number of the ToUnicode stream -> glyph code -> text
    objects = {int(n): body for n, body in re.findall(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}
    for number, body in objects.items():
        if b"beginbfrange" in body or b"beginbfchar" in body:
            raw = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S).group(1)
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                pass
            table = {}
            for lo, hi, rest in re.findall(rb"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> (\[[^\]]*\]|<[0-9A-Fa-f]+>)", raw):
                values = re.findall(rb"<([0-9A-Fa-f]+)>", rest)
                for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                    value = values[i] if rest.startswith(b"[") else b"%04X" % (int(values[0], 16) + i)
                    table[code] = bytes.fromhex(value.decode()).decode("utf-16-be")
            maps[number] = table
    fonts = {}  # font resource name -> ToUnicode table
    for name, ref in re.findall(rb"/(F\d+) (\d+) 0 R", data):
        match = re.search(rb"/ToUnicode (\d+) 0 R", objects.get(int(ref), b""))
        if match and int(match.group(1)) in maps:
            fonts[name] = maps[int(match.group(1))]
    out = []
    for raw in streams:
        table = {}
        for token in re.finditer(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|ET", raw):
            if token.group(1):
                table = fonts.get(token.group(1), {})
            elif token.group(2):
                hexes = token.group(2).decode()
                out.append("".join(table.get(int(hexes[i:i + 4], 16), "?") for i in range(0, len(hexes), 4)))
            else:
                out.append("\n")
    return "".join(out)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pdf_has_a_page_per_canvas_then_the_summary_with_text_as_text(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    out = tmp_path / "session.pdf"
    assert export_pdf(db, ids["session"], out) == [out]
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(data) >= 2 + 1  # two canvases, then the summary and every card's whole text
    text = squash(pdf_text(data))
    for card_text, *_ in CARDS:
        assert squash(card_text) in text
    for card_text, *_ in SECOND:
        assert squash(card_text) in text
    # the summary: participants with roles, top-voted cards, reflections
    for expected in ("Claimjourney", "summary", "Assessor", "Teamlead", "3votes:Callthecustomerback",
                     "Shortentheclaimform", "owner:Ana"):
        assert expected in text
    db.close()


def test_pdf_of_one_canvas(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    out = tmp_path / "one.pdf"
    export_pdf(db, ids["session"], out, canvas_id=ids["canvases"][1])
    data = out.read_bytes()
    assert pdf_pages(data) == 1 + 1
    text = squash(pdf_text(data))
    assert "Backlogofopenclaims" in text and "Checktheclaimform" not in text.split("summary")[0]
    db.close()


def test_a_large_canvas_keeps_its_text_when_fitted_small(tmp_path):
    """Fitted to A4 a wide map is drawn small; a PDF still gets full detail (text, not blocks)."""
    from tests.helpers import make_session

    cards = [(f"Card number {i}", i * 900.0, 0.0) for i in range(12)]  # ~10,000 units wide
    session_id = make_session(tmp_path / "wide.db", participants=[("Ana", "Lead")], cards=cards)
    db = open_library(tmp_path / "wide.db")
    out = tmp_path / "wide.pdf"
    export_pdf(db, session_id, out)
    text = squash(pdf_text(out.read_bytes()))
    for card_text, *_ in cards:
        assert squash(card_text) in text
    db.close()
