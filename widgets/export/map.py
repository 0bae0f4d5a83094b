"""Maps as pictures: PNG and SVG drawn by the canvas's own painting code (the SVG
through widgets/canvas/svg_writer.py's SvgPainter).

A session with several canvases is drawn as one picture, the canvases stacked
top to bottom under their names; pass a canvas id to draw just that one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.io.registry import Written
from widgets.canvas import style, svg_writer
from widgets.export.render import MARGIN, DrawnCanvas, ExportError, SessionScenes, atomic_file, write_text

SCREEN_DPI = 96.0  # one scene unit is one pixel at 100 % on a standard screen
HEADING = 56.0
GAP = 48.0
# A browser's canvas stops at 16,384 px a side, and so do many image viewers; a
# 100-megapixel cap keeps the picture under ~400 MB while it is drawn.
MAX_SIDE = 16_384
MAX_PIXELS = 100_000_000


@dataclass
class Placed:
    drawn: DrawnCanvas
    source: QRectF  # in scene coordinates
    at: QPointF  # top-left of the map in the picture, in scene units
    heading: str


def stack(canvases: list[DrawnCanvas]) -> tuple[list[Placed], QRectF]:
    """Where each canvas goes in the picture, and the picture's size (scene units)."""
    titled = len(canvases) > 1
    placed, y, width = [], 0.0, 0.0
    for drawn in canvases:
        source = drawn.rect()
        if titled:
            y += HEADING
        placed.append(Placed(drawn, source, QPointF(0, y), drawn.canvas.name if titled else ""))
        y += source.height() + GAP
        width = max(width, source.width())
    return placed, QRectF(0, 0, max(width, 1.0), max(y - GAP, 1.0))


def paint_stack(painter: QPainter, placed: list[Placed], size: QRectF, background: str | None) -> None:
    """Paint in picture coordinates (scene units); the caller sets any scale first."""
    if background and background != "transparent":
        painter.fillRect(size, QColor(background))
    for item in placed:
        if item.heading:
            paint_heading(painter, item, size)
        target = QRectF(item.at, item.source.size())
        item.drawn.render(painter, target, item.source)


def paint_heading(painter, item: Placed, size: QRectF) -> None:
    """A canvas's name above its map (``painter`` a QPainter or an SvgPainter)."""
    painter.setPen(style.INK)
    painter.setFont(style.font(style.ZONE_LABEL_PT + 4, bold=True))
    painter.drawText(QRectF(MARGIN, item.at.y() - HEADING, size.width(), HEADING - 8),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, item.heading)


def _painter(device) -> QPainter:
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("Could not start drawing the export.")
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    return painter


# -- PNG ---------------------------------------------------------------------------------

def scale_for(scale: float | None = None, dpi: float | None = None) -> float:
    """A DPI of 96 is scale 1; a scale wins when both are given."""
    if scale is None:
        scale = (dpi or SCREEN_DPI) / SCREEN_DPI
    if not 0.05 <= scale <= 16:
        raise ExportError(f"A scale of {scale:g} is out of range (0.05 to 16).")
    return scale


def fitting_scale(size: QSizeF, scale: float) -> float:
    """``scale``, or the largest one below it at which a picture of ``size`` (scene
    units) stays within MAX_SIDE a side and MAX_PIXELS in all."""
    longest = max(size.width(), size.height(), 1.0)
    area = max(size.width() * size.height(), 1.0)
    return min(scale, (MAX_SIDE - 1) / longest, (MAX_PIXELS / area) ** 0.5)


def map_image(scenes: SessionScenes, scale: float = 1.0, background: str = "white") -> QImage:
    placed, size = stack(scenes.canvases)
    scale = fitting_scale(size.size(), scale)
    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    # Paint at screen resolution, so point sizes match the canvas, and scale the painter.
    _set_dpi(image, SCREEN_DPI)
    painter = _painter(image)
    try:
        painter.scale(width / size.width(), height / size.height())
        paint_stack(painter, placed, size, background)
    finally:
        painter.end()
    _set_dpi(image, SCREEN_DPI * scale)  # then say how dense the pixels are, for printing
    return image


def _set_dpi(image: QImage, dpi: float) -> None:
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))


def write_png(scenes: SessionScenes, path, scale: float = 1.0, background: str = "white") -> Written:
    """Write the PNG; if the map is too large for ``scale``, draw it smaller and say so."""
    image = map_image(scenes, scale, background)
    with atomic_file(path) as device:
        if not image.save(device, "PNG"):
            raise ExportError(f"Could not encode the PNG for {path}.")
    drawn = fitting_scale(stack(scenes.canvases)[1].size(), scale)
    notes = []
    if drawn < scale * 0.999:
        notes.append(f"The map is too large for a {scale:g}× picture, so it was drawn at {drawn:.2g}× "
                     f"({image.width():,} × {image.height():,} px, at most {MAX_SIDE:,} px a side).")
    return Written([Path(path)], notes)


# -- SVG ---------------------------------------------------------------------------------

def map_svg(scenes: SessionScenes, background: str | None = "white", title: str = "",
            canvases: list[DrawnCanvas] | None = None, inline_label: str | None = None) -> str:
    """The maps (or just ``canvases``) as SVG, drawn by the canvas items' paint(); card
    and zone text stays text. With ``inline_label``, an element for an HTML page."""
    placed, size = stack(scenes.canvases if canvases is None else canvases)
    body = []
    for item in placed:
        if item.heading:
            painter = svg_writer.SvgPainter()
            paint_heading(painter, item, size)
            body.extend(painter.out)
        offset = item.at - item.source.topLeft()  # scene coordinates to picture coordinates
        body.append(f'<g transform="translate({svg_writer.num(offset.x())},{svg_writer.num(offset.y())})">')
        body.extend(svg_writer.scene_elements(item.drawn.scene))
        body.append("</g>")
    return svg_writer.document(size.width(), size.height(), body, background,
                               title or scenes.session.get("title", ""), "Drawn by Meshwork", inline_label)


def write_svg(scenes: SessionScenes, path, background: str | None = "white") -> str:
    svg = map_svg(scenes, background)
    write_text(path, svg)
    return svg
