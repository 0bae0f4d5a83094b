"""Exports are written atomically: a failure leaves the target as it was and no stray files."""

import pytest

from storage.library import open_library
from tests.test_export_data import rich_series
from widgets.export import map as export_map
from widgets.export import pdf as export_pdf
from widgets.export.files import export_pdf as write_pdf
from widgets.export.files import export_png, export_svg
from widgets.export.html import export_html
from widgets.export.render import ExportError


@pytest.fixture
def rich(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    yield db, ids
    db.close()


def files(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("export", [export_png, export_svg, write_pdf, export_html])
def test_failure_midway_keeps_the_old_file(rich, tmp_path, monkeypatch, export):
    db, ids = rich
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "map.out"
    target.write_bytes(b"the previous export")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    # the drawing breaks halfway, after the temporary file was opened
    monkeypatch.setattr(export_map, "paint_stack", broken)
    monkeypatch.setattr(export_map.svg_writer, "scene_elements", broken)
    monkeypatch.setattr(export_pdf.PdfBook, "map_page", broken)
    monkeypatch.setattr("widgets.export.html.maps", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        export(db, ids["session"], target)
    assert target.read_bytes() == b"the previous export"
    assert files(out_dir) == ["map.out"]


@pytest.mark.parametrize("export", [export_png, export_svg, write_pdf, export_html])
def test_unwritable_target_is_refused_with_a_message(rich, tmp_path, export):
    db, ids = rich
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(ExportError, match="Cannot write"):
        export(db, ids["session"], blocker / "map.out")
    (tmp_path / "folder").mkdir()
    with pytest.raises(ExportError, match="folder"):
        export(db, ids["session"], tmp_path / "folder")
    assert blocker.read_text() == "a file where a folder should be"


def test_success_replaces_the_old_file(rich, tmp_path):
    db, ids = rich
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "map.svg"
    target.write_text("old")
    export_svg(db, ids["session"], target)
    assert "<svg" in target.read_text() and files(out_dir) == ["map.svg"]


def test_atomic_file_discards_a_half_written_file(tmp_path):
    from widgets.export.render import atomic_file

    target = tmp_path / "report.html"
    target.write_text("complete old report")
    with pytest.raises(RuntimeError), atomic_file(target) as device:
        device.write(b"<html>half of the new rep")
        device.flush()
        assert target.read_text() == "complete old report"  # untouched while the new one is written
        raise RuntimeError("interrupted")
    assert target.read_text() == "complete old report"
    assert files(tmp_path) == ["report.html"]
