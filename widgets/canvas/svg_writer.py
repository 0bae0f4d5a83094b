"""Canvas maps as SVG, drawn by the canvas items' own ``paint()``.

``SvgPainter`` offers the part of QPainter's interface the items use and turns each
call into an SVG element, so the SVG comes from the very code that paints the
canvas. It replaces QSvgGenerator, which wraps every call in a group repeating the
whole painter state and lays text out again for each line: a 5,000-card map was a
15 MB file that took seconds. Here each item is one group with a title (a tooltip
in browsers, a name for screen readers), and text stays text.

A paint() that starts using a QPainter call not offered here fails loudly
(AttributeError), and tests/test_export_map.py compares the SVG, drawn by Qt's SVG
renderer, with the PNG the same items paint."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem

from app.bidi import right_to_left

PX_PER_PT = 96 / 72  # scene units are pixels at 96 DPI; fonts are sized in points

_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"))  # & first
# Control characters XML 1.0 does not allow (a card pasted from a terminal may hold them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_CAPS = {Qt.PenCapStyle.RoundCap: "round", Qt.PenCapStyle.SquareCap: "square", Qt.PenCapStyle.FlatCap: "butt"}
_JOINS = {Qt.PenJoinStyle.RoundJoin: "round", Qt.PenJoinStyle.BevelJoin: "bevel"}  # otherwise miter
_PATH_OPS = {QPainterPath.ElementType.MoveToElement: "M", QPainterPath.ElementType.LineToElement: "L"}


def esc(text: str) -> str:
    if not text.isprintable():  # rare, so the cheap test comes first
        text = _NOT_XML.sub("", text)
    for char, entity in _ENTITIES:
        if char in text:
            text = text.replace(char, entity)
    return text


@lru_cache(maxsize=4096)  # sizes, baselines and offsets repeat from card to card
def num(value: float) -> str:
    """A coordinate to a tenth of a pixel, without trailing zeros."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _points(polygon: QPolygonF) -> str:
    return " ".join(f"{num(p.x())},{num(p.y())}" for p in polygon)


def _rect(rect: QRectF) -> str:
    return f'x="{num(rect.x())}" y="{num(rect.y())}" width="{num(rect.width())}" height="{num(rect.height())}"'


class SvgPainter:
    """Records QPainter calls as SVG elements (in the coordinates they are given)."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self._saved: list[tuple] = []
        self._strokes: dict[int, tuple[QPen, str]] = {}
        self.setPen(QPen())
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setFont(QFont())

    # -- what the items ask of a painter --------------------------------------------------

    def worldTransform(self) -> QTransform:
        return QTransform()  # vector output: the items paint at full detail

    def save(self) -> None:
        self._saved.append((self._pen, self._fill, self._font, self._font_attrs))

    def restore(self) -> None:
        pen, self._fill, self._font, self._font_attrs = self._saved.pop()
        self.setPen(pen)

    # -- state ------------------------------------------------------------------------------

    def setPen(self, pen) -> None:
        # Only kept: text needs just the colour, so the stroke is worked out when first used.
        self._pen = pen
        self._stroke = None
        self._ink = None

    def _stroke_attrs(self) -> str:
        if self._stroke is None:
            pen = self._pen if isinstance(self._pen, QPen) else QPen(self._pen)
            # The canvas reuses its pens (one per link kind, author colour): worked out once
            # each. The pen is kept with its entry, so its id cannot pass to another pen.
            known = self._strokes.get(id(pen))
            if known is None:
                known = self._strokes[id(pen)] = (pen, _stroke_of(pen))
            self._stroke = known[1]
        return self._stroke

    def _text_colour(self) -> str:
        """The pen's colour as text is filled with it; "" for no pen."""
        if self._ink is None:
            pen = self._pen
            if isinstance(pen, QColor):
                self._ink = pen.name()
            else:
                pen = pen if isinstance(pen, QPen) else QPen(pen)
                self._ink = "" if pen.style() == Qt.PenStyle.NoPen else pen.color().name()
        return self._ink

    def setBrush(self, brush) -> None:
        if isinstance(brush, QColor):
            brush = QBrush(brush)
        elif not isinstance(brush, QBrush):
            brush = QBrush(brush)  # a Qt.BrushStyle or Qt.GlobalColor
        none = brush.style() == Qt.BrushStyle.NoBrush
        self._fill = ' fill="none"' if none else f' fill="{brush.color().name()}"'

    def setFont(self, font: QFont) -> None:
        self._font = font
        size = font.pointSizeF() * PX_PER_PT if font.pointSizeF() > 0 else float(font.pixelSize())
        weight = ' font-weight="700"' if font.bold() else ""
        self._font_attrs = f' font-size="{size:.3f}"{weight}'

    # -- drawing ----------------------------------------------------------------------------

    def drawRect(self, rect: QRectF) -> None:
        self.out.append(f"<rect {_rect(rect)}{self._fill}{self._stroke_attrs()}/>")

    def drawRoundedRect(self, rect: QRectF, rx: float, ry: float, *_mode) -> None:
        self.out.append(f'<rect {_rect(rect)} rx="{num(rx)}" ry="{num(ry)}"{self._fill}{self._stroke_attrs()}/>')

    def fillRect(self, rect: QRectF, colour) -> None:
        self.out.append(f'<rect {_rect(rect)} fill="{QColor(colour).name()}"/>')

    def drawEllipse(self, rect: QRectF) -> None:
        c = rect.center()
        self.out.append(f'<ellipse cx="{num(c.x())}" cy="{num(c.y())}" rx="{num(rect.width() / 2)}" '
                        f'ry="{num(rect.height() / 2)}"{self._fill}{self._stroke_attrs()}/>')

    def drawLine(self, p1: QPointF, p2: QPointF) -> None:
        self.out.append(f'<line x1="{num(p1.x())}" y1="{num(p1.y())}" x2="{num(p2.x())}" y2="{num(p2.y())}"'
                        f"{self._stroke_attrs()}/>")

    def drawPolygon(self, polygon: QPolygonF, *_rule) -> None:
        self.out.append(f'<polygon points="{_points(polygon)}"{self._fill}{self._stroke_attrs()}/>')

    def drawPath(self, path: QPainterPath) -> None:
        self.out.append(f'<path d="{_path_data(path)}"{self._fill}{self._stroke_attrs()}/>')

    def drawText(self, *args) -> None:
        """drawText(point, text), or drawText(rect, alignment flags, text) for one line."""
        if len(args) == 2:
            at, text = args
        else:
            rect, flags, text = args
            at = _aligned(rect, getattr(flags, "value", flags), text, self._font)
        colour = self._text_colour()
        if not colour or not text:
            return
        # Right-to-left text is given its left end, as QPainter is: in SVG that is its end.
        rtl = ' direction="rtl" text-anchor="end"' if right_to_left(text) else ""
        self.out.append(f'<text x="{num(at.x())}" y="{num(at.y())}" fill="{colour}"'
                        f"{self._font_attrs}{rtl}>{esc(text)}</text>")

    def setLayoutDirection(self, _direction) -> None:
        """Each text's own direction decides (see drawText)."""


def _stroke_of(pen: QPen) -> str:
    if pen.style() == Qt.PenStyle.NoPen:
        return ' stroke="none"'
    width = pen.widthF() or 1.0  # a cosmetic 0-width pen draws one pixel
    attrs = (f' stroke="{pen.color().name()}" stroke-width="{num(width)}" '
             f'stroke-linecap="{_CAPS.get(pen.capStyle(), "butt")}" '
             f'stroke-linejoin="{_JOINS.get(pen.joinStyle(), "miter")}"')
    if pen.style() != Qt.PenStyle.SolidLine:  # Qt's dash lengths are in pen widths
        attrs += f' stroke-dasharray="{",".join(num(d * width) for d in pen.dashPattern())}"'
    return attrs


def _path_data(path: QPainterPath) -> str:
    parts = []
    i, count = 0, path.elementCount()
    while i < count:
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.CurveToElement:  # its two data points follow
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{num(e.x)},{num(e.y)} {num(c2.x)},{num(c2.y)} {num(end.x)},{num(end.y)}")
            i += 3
            continue
        parts.append(f"{_PATH_OPS.get(e.type, 'L')}{num(e.x)},{num(e.y)}")
        i += 1
    return " ".join(parts)


def _aligned(rect: QRectF, flags: int, text: str, font: QFont) -> QPointF:
    """The baseline start of one line of text placed in a rect as QPainter would."""
    metrics = QFontMetricsF(font)
    if flags & Qt.AlignmentFlag.AlignHCenter.value:
        x = rect.center().x() - metrics.horizontalAdvance(text) / 2
    elif flags & Qt.AlignmentFlag.AlignRight.value:
        x = rect.right() - metrics.horizontalAdvance(text)
    else:
        x = rect.left()
    if flags & Qt.AlignmentFlag.AlignBottom.value:
        y = rect.bottom() - metrics.descent()
    elif flags & Qt.AlignmentFlag.AlignVCenter.value:
        y = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
    else:
        y = rect.top() + metrics.ascent()
    return QPointF(x, y)


# -- scenes and documents -------------------------------------------------------------------

def scene_elements(scene: QGraphicsScene) -> Iterator[str]:
    """Every visible canvas item painted as a group, bottom to top as the canvas stacks
    them. Items that cannot name themselves (a drag's rubber band) are not the map."""
    option = QStyleOptionGraphicsItem()  # no exposed rect: paint all of the item
    painter = SvgPainter()
    for item in scene.items(Qt.SortOrder.AscendingOrder):
        describe = getattr(item, "accessible_name", None)
        if describe is None or not item.isVisible():
            continue
        painter.out.clear()
        painter.save()  # as QGraphicsScene.render does around each item
        item.paint(painter, option, None)
        painter.restore()
        pos = item.pos()
        yield (f'<g transform="translate({num(pos.x())},{num(pos.y())})"><title>{esc(describe())}</title>'
               f'{"".join(painter.out)}</g>')


def document(width: float, height: float, body: Iterable[str], background: str | None = None,
             title: str = "", description: str = "", inline_label: str | None = None) -> str:
    """A whole SVG file, or with ``inline_label`` an element to put inside an HTML page."""
    w, h = num(width), num(height)
    if inline_label is None:
        head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
                f'width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif">\n'
                f"<title>{esc(title)}</title><desc>{esc(description)}</desc>\n")
    else:
        head = (f'<svg viewBox="0 0 {w} {h}" font-family="sans-serif" role="img" '
                f'aria-label="{esc(inline_label)}">\n')
    fill = ""
    if background and background != "transparent":
        fill = f'<rect width="{w}" height="{h}" fill="{QColor(background).name()}"/>\n'
    return head + fill + "\n".join(body) + "\n</svg>\n"
