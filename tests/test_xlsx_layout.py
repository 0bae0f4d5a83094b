"""What a person sees on opening the XLSX export (written in openpyxl's write-only
mode): a bold, frozen header row with a filter over every row, columns as wide as
their text (within limits), and text starting with "=" kept as text."""

from openpyxl import load_workbook

from app.io import xlsx
from storage import rows
from tests.test_io_sample import build_sample


def test_every_sheet_has_a_bold_frozen_filtered_header_and_fitting_columns(db, tmp_path):
    sid = build_sample(db)
    canvas = db.execute("SELECT canvas_id FROM cards LIMIT 1").fetchone()[0]
    long_text = "a long card text " * 10
    rows.insert(db, "cards", {"canvas_id": canvas, "text": long_text, "lineage_id": "", "updated_at": "t"})
    rows.insert(db, "cards", {"canvas_id": canvas, "text": "=1+1", "lineage_id": "", "updated_at": "t"})
    out = tmp_path / "s.xlsx"
    xlsx.export(db, sid, out)
    book = load_workbook(out)
    for sheet in book.worksheets:
        header = next(sheet.iter_rows(max_row=1))
        assert all(cell.font.b for cell in header), sheet.title
        assert sheet.freeze_panes == "A2", sheet.title
        if sheet.max_row > 1:
            assert sheet.auto_filter.ref == sheet.dimensions, sheet.title
        assert not any(cell.font.b for row in sheet.iter_rows(min_row=2) for cell in row), sheet.title
    cards = book["Cards"]
    assert cards.column_dimensions["A"].width == 36 + 2  # a UUID and a margin
    assert cards.column_dimensions["C"].width == 60  # the long text: capped
    assert cards.column_dimensions["K"].width == 8  # "Votes" and small numbers: at least 8
    formula = [row for row in cards.iter_rows(min_row=2) if row[2].value == "=1+1"]
    assert formula and formula[0][2].data_type == "s"
