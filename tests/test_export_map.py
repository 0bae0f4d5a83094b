"""PNG and SVG exports drawn by the canvas painters: size for the scale, text kept as text."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from storage.library import open_library
from tests.test_export_data import CARDS, LINKS, SECOND, rich_series
from widgets.export.files import export_png, export_svg
from widgets.export.map import frame_of, stack
from widgets.export.render import ExportError, session_scenes


@pytest.fixture
def rich(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    yield db, ids
    db.close()


def picture_size(db, session_id, canvas_id=None):
    with session_scenes(db, session_id, canvas_id) as scenes:
        _placed, size = stack(scenes.canvases, frame_of(scenes))
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
    # nothing but the picture's own title and date line
    texts = svg_texts(tmp_path / "e.svg")
    assert texts[0] == "Workshop" and len(texts) == 2 and "…" not in texts[1]
    db.close()


def rendered_svg(path, size) -> QImage:
    """The SVG as a viewer shows it (Qt's renderer), at the PNG's size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    return image


def differing_share(a: QImage, b: QImage) -> float:
    """The share of pixels that differ clearly (by half a channel's range): text edges
    anti-aliased a little differently do not count, a line of text 2 px off does."""
    assert a.size() == b.size()
    a, b = a.convertToFormat(QImage.Format.Format_RGB32), b.convertToFormat(QImage.Format.Format_RGB32)
    pa, pb = bytes(a.constBits()), bytes(b.constBits())
    differ = sum(1 for i in range(0, len(pa), 4)
                 if max(abs(pa[i] - pb[i]), abs(pa[i + 1] - pb[i + 1]), abs(pa[i + 2] - pb[i + 2])) > 128)
    return differ / (a.width() * a.height())


def test_svg_looks_like_the_canvas_painting(rich, tmp_path):
    """The SVG is written, not painted: drawn by a viewer it must match the PNG, which
    the canvas's own paint() draws (cards, text lines, glyphs, footers, dots, links, zones)."""
    db, ids = rich
    export_png(db, ids["session"], tmp_path / "map.png", canvas_id=ids["canvases"][0])
    export_svg(db, ids["session"], tmp_path / "map.svg", canvas_id=ids["canvases"][0])
    png = QImage(str(tmp_path / "map.png"))
    svg = rendered_svg(tmp_path / "map.svg", png.size())
    assert differing_share(png, svg) < 0.002  # about 0.0005 here; footers moved down 2 px give 0.003
    blank = QImage(png.size(), QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert differing_share(png, blank) > 0.02  # and the measure does see a map (0.04 here)


def svg_root(path):
    return ET.parse(path).getroot()


SVG = "{http://www.w3.org/2000/svg}"


def test_svg_cards_carry_titles_votes_and_link_styles(rich, tmp_path):
    db, ids = rich
    out = tmp_path / "map.svg"
    export_svg(db, ids["session"], out, canvas_id=ids["canvases"][0])
    root = svg_root(out)
    assert root.get("viewBox", "").startswith("0 0 ") and root.findtext(f"{SVG}title") == "Q3 workshop"
    groups = {g.findtext(f"{SVG}title"): g for g in root.iter(f"{SVG}g") if g.find(f"{SVG}title") is not None}
    called_back = groups["Activity card: Call the customer back, by Ana (Claims handler), 3 votes"]
    assert len(called_back.findall(f"{SVG}ellipse")) == 1  # one large dot with the count in it
    assert "3" in [t.text for t in called_back.iter(f"{SVG}text")]
    assert "Zone: Intake" in groups
    dashed = [p for p in root.iter(f"{SVG}path") if p.get("stroke-dasharray")]
    assert len(dashed) == 4  # uses (dotted) twice, depends on and informs once each; hand-offs are solid
    assert len(list(root.iter(f"{SVG}polygon"))) == len(LINKS)  # an arrowhead per link


def test_svg_drops_characters_xml_cannot_hold(tmp_path):
    from storage import rows
    from tests.helpers import make_session

    session_id = make_session(tmp_path / "c.db")
    db = open_library(tmp_path / "c.db")
    canvas = next(db["canvases"].rows_where("session_id = ?", [session_id]))
    rows.insert(db, "cards", {"canvas_id": canvas["id"], "text": "bell\x07 & <b>tag</b> end", "x": 0, "y": 0,
                              "lineage_id": "", "updated_at": "2025-01-01T00:00:00+00:00"})
    export_svg(db, session_id, tmp_path / "c.svg")
    texts = "".join(svg_texts(tmp_path / "c.svg"))  # parses: well-formed XML
    assert "bell & <b>tag</b> end" in texts
    db.close()


def test_png_and_svg_carry_title_date_and_a_legend_of_participants(rich, tmp_path):
    from widgets.export.summary import session_line

    db, ids = rich
    export_svg(db, ids["session"], tmp_path / "m.svg")
    export_png(db, ids["session"], tmp_path / "m.png")
    session = db["sessions"].get(ids["session"])
    texts = svg_texts(tmp_path / "m.svg")
    assert texts[0] == session["title"] and texts[1] == session_line(session)
    assert session["date"] in texts[1]
    people = [p for p in db["participants"].rows_where("session_id = ?", [ids["session"]])]
    for person in people:
        assert any(t.startswith(person["name"].split()[0]) for t in texts[2:]), person["name"]
    png = QImage(str(tmp_path / "m.png"))
    # the legend's swatches are in the participants' colours, at the bottom of the picture
    bottom = {png.pixelColor(x, y).name().upper() for x in range(0, png.width(), 2)
              for y in range(png.height() - 40, png.height())}
    assert {p["colour"].upper() for p in people} <= bottom
