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
                frame: Frame | None = None) -> None:
    """Paint in picture coordinates (scene units); the caller sets any scale first."""
    if background and background != "transparent":
        painter.fillRect(size, QColor(background))
    if frame is not None:
        paint_frame(painter, frame, size)
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
    units) stays within MAX_SIDE a side and MAX_PIXELS in all."""
    longest = max(size.width(), size.height(), 1.0)
    area = max(size.width() * size.height(), 1.0)
    return min(scale, (MAX_SIDE - 1) / longest, (MAX_PIXELS / area) ** 0.5)


def map_image(scenes: SessionScenes, scale: float = 1.0, background: str = "white") -> QImage:
    frame = frame_of(scenes)
    placed, size = stack(scenes.canvases, frame)
    scale = fitting_scale(size.size(), scale)
    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    # Paint at screen resolution, so point sizes match the canvas, and scale the painter.
    _set_dpi(image, SCREEN_DPI)
    painter = _painter(image)
    try:
        painter.scale(width / size.width(), height / size.height())
        paint_stack(painter, placed, size, background, frame)
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
    drawn = fitting_scale(stack(scenes.canvases, frame_of(scenes))[1].size(), scale)
    notes = []
    if drawn < scale * 0.999:
        notes.append(f"The map is too large for a {scale:g}× picture, so it was drawn at {drawn:.2g}× "
                     f"({image.width():,} × {image.height():,} px, at most {MAX_SIDE:,} px a side).")
    return Written([Path(path)], notes)


# -- SVG ---------------------------------------------------------------------------------

def map_svg(scenes: SessionScenes, background: str | None = "white", title: str = "",
            canvases: list[DrawnCanvas] | None = None, inline_label: str | None = None,
            framed: bool = False) -> str:
    """The maps (or just ``canvases``) as SVG, drawn by the canvas items' paint(); card
    and zone text stays text. With ``inline_label``, an element for an HTML page;
    ``framed``, with the title, date and legend a file on its own needs."""
    frame = frame_of(scenes) if framed else None
    placed, size = stack(scenes.canvases if canvases is None else canvases, frame)
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
        body.extend(svg_writer.scene_elements(item.drawn.scene))
        body.append("</g>")
    return svg_writer.document(size.width(), size.height(), body, background,
                               title or scenes.session.get("title", ""), "Drawn by Meshwork", inline_label)


def write_svg(scenes: SessionScenes, path, background: str | None = "white") -> str:
    svg = map_svg(scenes, background, framed=True)
    write_text(path, svg)
    return svg
