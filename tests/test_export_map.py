"""PNG and SVG exports drawn by the canvas painters: size for the scale, text kept as text."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from storage.library import open_library
from tests.test_export_data import CARDS, SECOND, rich_series
from widgets.export_files import export_png, export_svg
from widgets.export_map import stack
from widgets.export_render import ExportError, session_scenes


@pytest.fixture
def rich(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    yield db, ids
    db.close()


def picture_size(db, session_id, canvas_id=None):
    with session_scenes(db, session_id, canvas_id) as scenes:
        _placed, size = stack(scenes.canvases)
        return size.width(), size.height()


def test_png_size_follows_scale_and_dpi(rich, tmp_path):
    db, ids = rich
    w, h = picture_size(db, ids["session"], ids["canvases"][0])
    for options, factor in (({}, 1), ({"scale": 2}, 2), ({"dpi": 288}, 3)):
        out = tmp_path / f"map{factor}.png"
        export_png(db, ids["session"], out, canvas_id=ids["canvases"][0], **options)
        image = QImage(str(out))
        assert (image.width(), image.height()) == (round(w * factor), round(h * factor))
        assert round(image.dotsPerMeterX() * 0.0254) == 96 * factor
    # white margins around the map, the author's colour on a card
    image = QImage(str(tmp_path / "map2.png"))
    assert image.pixelColor(2, 2) == QColor("white")


def test_png_of_a_whole_session_stacks_its_canvases(rich, tmp_path):
    db, ids = rich
    w1, h1 = picture_size(db, ids["session"], ids["canvases"][0])
    w2, h2 = picture_size(db, ids["session"], ids["canvases"][1])
    out = tmp_path / "all.png"
    export_png(db, ids["session"], out)
    image = QImage(str(out))
    assert image.width() == round(max(w1, w2))
    assert image.height() > h1 + h2  # both maps, plus their headings


def test_png_refuses_absurd_scales(rich, tmp_path):
    db, ids = rich
    with pytest.raises(ExportError):
        export_png(db, ids["session"], tmp_path / "x.png", scale=100)
    assert not (tmp_path / "x.png").exists()


def svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(el.itertext()) for el in root.iter("{http://www.w3.org/2000/svg}text")]


def test_svg_keeps_card_text_as_text(rich, tmp_path):
    db, ids = rich
    out = tmp_path / "map.svg"
    export_svg(db, ids["session"], out)
    texts = re.sub(r"\s+", "", "".join(svg_texts(out)))
    for text, *_ in CARDS + [(t, 0, 0) for t, *_ in SECOND]:
        assert re.sub(r"\s+", "", text) in texts, text
    assert "Intake" in texts  # zone labels too
    assert "Claimshandler·Ana" in texts  # author footers
    svg = out.read_text()
    assert "<script>" not in svg and "&lt;script&gt;" in svg  # participant text escaped


def test_empty_session_draws_an_empty_picture(tmp_path):
    from tests.helpers import make_session

    session_id = make_session(tmp_path / "e.db")
    db = open_library(tmp_path / "e.db")
    export_png(db, session_id, tmp_path / "e.png")
    export_svg(db, session_id, tmp_path / "e.svg")
    assert QImage(str(tmp_path / "e.png")).width() > 0
    assert svg_texts(tmp_path / "e.svg") == []
    db.close()
