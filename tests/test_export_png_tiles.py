"""The PNG drawn in tiles and written band by band is the same picture the whole-image
painting gave, and a valid PNG any reader opens (here Qt's, which is libpng)."""

from __future__ import annotations

import zlib

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from storage.library import open_library
from tests.test_export_data import rich_series
from widgets.export import map as export_map
from widgets.export.files import export_png
from widgets.export.png_stream import PngStream, adler32_combine
from widgets.export.render import session_scenes


@pytest.fixture
def rich(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    yield db, ids
    db.close()


def whole_picture(db, session_id: str, scale: float, background: str = "white") -> QImage:
    """The picture as the export drew it before tiles: one QImage, one pass of painting."""
    with session_scenes(db, session_id) as scenes:
        frame = export_map.frame_of(scenes)
        placed, size = export_map.stack(scenes.canvases, frame)
        width, height = round(size.width() * scale), round(size.height() * scale)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        image.setDotsPerMeterX(round(96 / 0.0254))
        image.setDotsPerMeterY(round(96 / 0.0254))
        painter = export_map._painter(image)
        painter.scale(width / size.width(), height / size.height())
        export_map.paint_stack(painter, placed, size, background, frame)
        painter.end()
    return image


def differing_pixels(a: QImage, b: QImage) -> tuple[int, int]:
    """(pixels that differ at all, pixels that differ by more than 8 in some channel),
    compared premultiplied, as they would be drawn over a page."""
    assert (a.width(), a.height()) == (b.width(), b.height())

    def array(image: QImage) -> np.ndarray:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888_Premultiplied)
        raw = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * image.height()).copy()
        return raw.reshape(image.height(), -1)[:, :image.width() * 4].reshape(image.height(), image.width(), 4)

    delta = np.abs(array(a).astype(int) - array(b).astype(int)).max(axis=2)
    return int((delta > 0).sum()), int((delta > 8).sum())


@pytest.mark.parametrize("scale", [1.0, 1.37])
def test_tiles_draw_the_same_picture_as_one_whole_image(rich, tmp_path, monkeypatch, scale):
    db, ids = rich
    monkeypatch.setattr(export_map, "TILE", 97)  # many tiles, edges through cards, links and text
    out = tmp_path / "tiled.png"
    export_png(db, ids["session"], out, scale=scale)
    tiled = QImage(str(out))
    whole = whole_picture(db, ids["session"], scale)
    assert (tiled.width(), tiled.height()) == (whole.width(), whole.height())
    assert tiled.width() > 5 * 97 and tiled.height() > 5 * 97
    changed, visibly = differing_pixels(tiled, whole)
    pixels = tiled.width() * tiled.height()
    assert changed <= pixels * 0.0005  # antialiasing rounding: 255 of 1.1 million at 1x
    # At 1x nothing differs visibly; at 1.37x a few glyphs land a subpixel apart
    # (228 pixels of 2.1 million): a tile's offset rounds differently.
    assert visibly <= (0 if scale == 1 else pixels * 0.0002), f"{visibly} pixels differ visibly"
    # and the measure sees a map: a blank picture differs everywhere there is ink
    blank = QImage(whole.size(), QImage.Format.Format_ARGB32_Premultiplied)
    blank.fill(QColor("white"))
    assert differing_pixels(blank, whole)[1] > 0.02 * whole.width() * whole.height()


def test_a_transparent_background_stays_transparent(rich, tmp_path, monkeypatch):
    db, ids = rich
    monkeypatch.setattr(export_map, "TILE", 128)
    out = tmp_path / "clear.png"
    export_png(db, ids["session"], out, background="transparent")
    image = QImage(str(out))
    assert image.hasAlphaChannel() and image.pixelColor(1, 1).alpha() == 0
    assert differing_pixels(image, whole_picture(db, ids["session"], 1.0, "transparent"))[1] == 0


def test_the_stream_writes_a_png_any_reader_opens(tmp_path):
    width, height = 301, 257
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, (height, width, 4), np.uint8)
    pixels[:, :, 3] = np.where(pixels[:, :, 3] > 128, 255, pixels[:, :, 3])
    out = bytearray()
    with PngStream(out.extend, width, height, alpha=True, dpi=192) as png:
        for y in range(0, height, 50):  # bands of uneven size, the last a short one
            rows = min(50, height - y)
            band = png.band(rows)
            band[:, 1:] = pixels[y:y + rows].reshape(rows, -1)
            png.add(band)
        png.finish()
    image = QImage.fromData(bytes(out), "PNG").convertToFormat(QImage.Format.Format_RGBA8888)
    assert (image.width(), image.height()) == (width, height)
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    read = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height).reshape(height, -1).copy()
    assert np.array_equal(read[:, :width * 4], pixels.reshape(height, -1))


def test_a_stream_with_rows_missing_is_refused():
    with PngStream(bytearray().extend, 10, 10, alpha=False, dpi=96) as png:
        png.add(png.band(4))
        with pytest.raises(ValueError):
            png.finish()


def test_adler32_of_pieces_combines_to_that_of_the_whole():
    first, second = b"tiles of a map " * 999, bytes(range(256)) * 300
    assert adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) == \
        zlib.adler32(first + second)
    assert adler32_combine(zlib.adler32(b""), zlib.adler32(second), len(second)) == zlib.adler32(second)

