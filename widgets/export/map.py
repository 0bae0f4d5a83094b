"""Maps as pictures: PNG and SVG drawn by the canvas's own painting code (the SVG
through widgets/canvas/svg_writer.py's SvgPainter).

A session with several canvases is drawn as one picture, the canvases stacked
top to bottom under their names; pass a canvas id to draw just that one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.io.registry import Written
from widgets.canvas import style, svg_writer
from widgets.export.png_stream import PngStream
from widgets.export.progress import Progress
from widgets.export.render import MARGIN, DrawnCanvas, ExportError, SessionScenes, atomic_file, write_text
from widgets.export.words import translate

SCREEN_DPI = 96.0  # one scene unit is one pixel at 100 % on a standard screen
HEADING = 56.0
GAP = 48.0
# A browser's canvas stops at 16,384 px a side, and so do many image viewers. (The
# picture is drawn and written in tiles, so its size no longer costs memory.)
MAX_SIDE = 16_384
# Pixels a side of a drawn tile. Qt dashes a dotted link over the whole device it is
# drawn on, at a cost that grows faster than the link's length: on small tiles the
# 5,000-card map draws in a third of the time it takes whole.
TILE = 512
SVG_STEP = 250  # items drawn as SVG between two looks at Cancel


TITLE_BAND = 64.0
LEGEND_ROW = 26.0
LEGEND_ENTRY = 240.0
FRAMED_MIN_WIDTH = 560.0  # width of one participant's swatch and name in the legend


@dataclass
class Frame:
    """What a picture carries so it can be read away from the app: the session's title,
    its date (and facilitator, method), and a legend of the participants' colours."""

    title: str
    line: str
    people: list[tuple[str, str]]  # (name (role), colour)

    def columns(self, width: float) -> int:
        return max(1, int((width - 2 * MARGIN) // LEGEND_ENTRY))

    def legend_height(self, width: float) -> float:
        rows = -(-len(self.people) // self.columns(width)) if self.people else 0
        return rows * LEGEND_ROW + (16.0 if rows else 0.0)


def frame_of(scenes: SessionScenes) -> Frame:
    from widgets.export.summary import session_line

    people = [(f"{p.name} ({p.role})" if p.role else p.name, p.colour)
              for p in sorted(scenes.doc.all("participants"), key=lambda p: p.position)]
    return Frame(scenes.session.get("title", ""), session_line(scenes.session), people)


@dataclass
class Placed:
    drawn: DrawnCanvas
    source: QRectF  # in scene coordinates
    at: QPointF  # top-left of the map in the picture, in scene units
    heading: str


def stack(canvases: list[DrawnCanvas], frame: Frame | None = None) -> tuple[list[Placed], QRectF]:
    """Where each canvas goes in the picture, and the picture's size (scene units);
    with a ``frame``, room for the title above and the legend below."""
    titled = len(canvases) > 1
    placed, y, width = [], TITLE_BAND if frame else 0.0, 0.0
    for drawn in canvases:
        source = drawn.rect()
        if titled:
            y += HEADING
        placed.append(Placed(drawn, source, QPointF(0, y), drawn.canvas.name if titled else ""))
        y += source.height() + GAP
        width = max(width, source.width())
    width = max(width, FRAMED_MIN_WIDTH if frame else 1.0)  # room for the title and the date line
    height = y - GAP + (frame.legend_height(width) if frame else 0.0)
    return placed, QRectF(0, 0, width, max(height, 1.0))


def paint_stack(painter: QPainter, placed: list[Placed], size: QRectF, background: str | None,
                frame: Frame | None = None, part: QRectF | None = None) -> None:
    """Paint in picture coordinates (scene units); the caller sets any scale first.
    With ``part`` (picture coordinates), only what falls in it is drawn: each canvas
    renders just its items there, so a tile of a large map costs what is on the tile."""
    if background and background != "transparent":
        painter.fillRect(size, QColor(background))
    if frame is not None and (part is None or part.intersects(_frame_band(frame, size, top=True))
                              or part.intersects(_frame_band(frame, size, top=False))):
        paint_frame(painter, frame, size)
    for item in placed:
        if item.heading and (part is None or part.intersects(_heading_rect(item, size))):
            paint_heading(painter, item, size)
        target = QRectF(item.at, item.source.size())
        if part is None:
            item.drawn.render(painter, target, item.source)
            continue
        seen = target.intersected(part)
        if not seen.isEmpty():  # the same place on the map, one to one, so the scale stays 1
            item.drawn.render(painter, seen, seen.translated(item.source.topLeft() - item.at))


def _frame_band(frame: Frame, size: QRectF, top: bool) -> QRectF:
    if top:
        return QRectF(0, 0, size.width(), TITLE_BAND)
    legend = frame.legend_height(size.width())
    return QRectF(0, size.height() - legend, size.width(), legend)


def _heading_rect(item: Placed, size: QRectF) -> QRectF:
    return QRectF(0, item.at.y() - HEADING, size.width(), HEADING)


def paint_heading(painter, item: Placed, size: QRectF) -> None:
    """A canvas's name above its map (``painter`` a QPainter or an SvgPainter)."""
    painter.setPen(style.INK)
    painter.setFont(style.font(style.ZONE_LABEL_PT + 4, bold=True))
    painter.drawText(QRectF(MARGIN, item.at.y() - HEADING, size.width(), HEADING - 8),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, item.heading)


def paint_frame(painter, frame: Frame, size: QRectF) -> None:
    """The title and date above the maps, the participants' colours below (``painter`` a
    QPainter or an SvgPainter)."""
    left, width = MARGIN, size.width() - 2 * MARGIN
    painter.setPen(style.INK)
    painter.setFont(style.font(style.ZONE_LABEL_PT + 6, bold=True))
    title = style.metrics(style.ZONE_LABEL_PT + 6, True).elidedText(frame.title, Qt.TextElideMode.ElideRight, width)
    painter.drawText(QRectF(left, 6, width, 32), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setPen(style.MUTED_INK)
    painter.setFont(style.font(style.ZONE_LABEL_PT))
    painter.drawText(QRectF(left, 38, width, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     style.metrics(style.ZONE_LABEL_PT).elidedText(frame.line, Qt.TextElideMode.ElideRight, width))
    if not frame.people:
        return
    columns = frame.columns(size.width())
    top = size.height() - frame.legend_height(size.width()) + 8
    fm = style.metrics(style.ZONE_LABEL_PT)
    for n, (name, colour) in enumerate(frame.people):
        row, column = divmod(n, columns)
        x, y = left + column * LEGEND_ENTRY, top + row * LEGEND_ROW
        painter.fillRect(QRectF(x, y + 5, 16, 16), QColor(colour))
        painter.setPen(style.INK)
        painter.drawText(QRectF(x + 22, y, LEGEND_ENTRY - 30, LEGEND_ROW),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(name, Qt.TextElideMode.ElideRight, LEGEND_ENTRY - 30))


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
    units) stays within MAX_SIDE a side."""
    longest = max(size.width(), size.height(), 1.0)
    return min(scale, (MAX_SIDE - 1) / longest)


def write_png(scenes: SessionScenes, path, scale: float = 1.0, background: str = "white",
              progress: Progress | None = None) -> Written:
    """Write the PNG tile by tile (never the whole picture in memory); if the map is too
    large for ``scale``, draw it smaller and say so."""
    progress = progress or Progress()
    frame = frame_of(scenes)
    placed, size = stack(scenes.canvases, frame)
    drawn = fitting_scale(size.size(), scale)
    width, height = max(1, round(size.width() * drawn)), max(1, round(size.height() * drawn))
    scales = (width / size.width(), height / size.height())
    alpha = not background or QColor(background).alpha() < 255
    bands, columns = range(0, height, TILE), range(0, width, TILE)
    progress.begin(len(bands) * len(columns))
    with atomic_file(path) as device, \
            PngStream(_checked(device, path), width, height, alpha, SCREEN_DPI * drawn) as png:
        for y in bands:
            band = png.band(min(TILE, height - y))
            for x in columns:
                tile = QRect(x, y, min(TILE, width - x), band.shape[0])
                png.place(band, x, _tile(placed, size, frame, background, scales, tile))
                progress.step()
            png.add(band)
        png.finish()
    notes = []
    if drawn < scale * 0.999:
        notes.append(translate("Export", "The map is too large for a {0}× picture, so it was drawn at {1}× "
                               "({2} × {3} px, at most {4} px a side).").format(
            f"{scale:g}", f"{drawn:.2g}", f"{width:,}", f"{height:,}", f"{MAX_SIDE:,}"))
    return Written([Path(path)], notes)


def _tile(placed: list[Placed], size: QRectF, frame: Frame, background: str, scales: tuple[float, float],
          tile: QRect) -> QImage:
    """One tile of the picture (pixels ``tile``), drawn as the whole picture would draw there."""
    image = QImage(tile.width(), tile.height(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    # Paint at screen resolution, so point sizes match the canvas, and scale the painter.
    image.setDotsPerMeterX(round(SCREEN_DPI / 0.0254))
    image.setDotsPerMeterY(round(SCREEN_DPI / 0.0254))
    sx, sy = scales
    painter = _painter(image)
    try:
        painter.translate(-tile.x(), -tile.y())
        painter.scale(sx, sy)
        # A pixel more all round, so no edge is lost to rounding; the tile clips the rest.
        part = QRectF((tile.x() - 1) / sx, (tile.y() - 1) / sy, (tile.width() + 2) / sx, (tile.height() + 2) / sy)
        paint_stack(painter, placed, size, background, frame, part)
    finally:
        painter.end()
    return image


def _checked(device, path):
    def write(data: bytes) -> None:
        if device.write(data) != len(data):
            raise ExportError(f"Cannot write {path}: {device.errorString()}")
    return write


# -- SVG ---------------------------------------------------------------------------------

def map_svg(scenes: SessionScenes, background: str | None = "white", title: str = "",
            canvases: list[DrawnCanvas] | None = None, inline_label: str | None = None,
            framed: bool = False, progress: Progress | None = None) -> str:
    """The maps (or just ``canvases``) as SVG, drawn by the canvas items' paint(); card
    and zone text stays text. With ``inline_label``, an element for an HTML page;
    ``framed``, with the title, date and legend a file on its own needs."""
    progress = progress or Progress()
    frame = frame_of(scenes) if framed else None
    placed, size = stack(scenes.canvases if canvases is None else canvases, frame)
    progress.begin(sum(-(-len(item.drawn.scene.items()) // SVG_STEP) for item in placed))
    body = []
    if frame is not None:
        painter = svg_writer.SvgPainter()
        paint_frame(painter, frame, size)
        body.extend(painter.out)
    for item in placed:
        if item.heading:
            painter = svg_writer.SvgPainter()
            paint_heading(painter, item, size)
            body.extend(painter.out)
        offset = item.at - item.source.topLeft()  # scene coordinates to picture coordinates
        body.append(f'<g transform="translate({svg_writer.num(offset.x())},{svg_writer.num(offset.y())})">')
        for n, element in enumerate(svg_writer.scene_elements(item.drawn.scene), 1):
            body.append(element)
            if n % SVG_STEP == 0:
                progress.step()
        body.append("</g>")
    return svg_writer.document(size.width(), size.height(), body, background,
                               title or scenes.session.get("title", ""), "Drawn by Meshwork", inline_label)


def write_svg(scenes: SessionScenes, path, background: str | None = "white",
              progress: Progress | None = None) -> str:
    svg = map_svg(scenes, background, framed=True, progress=progress)
    write_text(path, svg)
    return svg
