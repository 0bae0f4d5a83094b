"""Canvas items written as SVG elements, from the same laid-out faces, geometry and
colours their ``paint()`` uses, so an SVG map looks like the canvas.

Written directly rather than through QSvgGenerator: Qt's generator repeats the whole
painter state in a group around every call and lays text out again for each line,
which made a 5,000-card map a 15 MB file that took seconds. Here each card is one
group with a title (a tooltip in browsers, a name for screen readers), and text
stays text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPolygonF
from PySide6.QtWidgets import QGraphicsScene

from widgets.canvas import style
from widgets.canvas.card_item import MAX_DOTS, RADIUS, CardItem, strip_rect, vote_dots
from widgets.canvas.link_item import LinkItem
from widgets.canvas.zone_item import ZoneItem

PX_PER_PT = 96 / 72  # scene units are pixels at 96 DPI; Qt's fonts are sized in points

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
# Control characters XML 1.0 does not allow (a card pasted from a terminal may hold them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(text: str) -> str:
    return _NOT_XML.sub("", text).translate(_ESCAPES)


def num(value: float) -> str:
    """A coordinate to a tenth of a pixel, without trailing zeros."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def colour(c: QColor) -> str:
    return c.name()  # #rrggbb; the canvas paints opaque colours only


def font_attrs(point_size: int, bold: bool = False) -> str:
    weight = ' font-weight="700"' if bold else ""
    return f'font-size="{point_size * PX_PER_PT:.3f}"{weight}'


def text_at(at: QPointF, text: str, fill: QColor, point_size: int, bold: bool = False, extra: str = "") -> str:
    return (f'<text x="{num(at.x())}" y="{num(at.y())}" fill="{colour(fill)}" '
            f'{font_attrs(point_size, bold)}{extra}>{esc(text)}</text>')


def points(polygon: QPolygonF) -> str:
    return " ".join(f"{num(p.x())},{num(p.y())}" for p in polygon)


# -- items ------------------------------------------------------------------------------

def card(item: CardItem) -> str:
    face = item.face()
    r = item.rect()
    pos = item.pos()
    ink = colour(style.INK)
    # One <text> per line (not <tspan x y>, which SVG Tiny viewers such as Qt's ignore).
    lines = "".join(f'<text x="{num(at.x())}" y="{num(at.y())}">{esc(line)}</text>' for at, line in face.lines)
    strip = strip_rect(r)
    parts = [
        f'<g transform="translate({num(pos.x())},{num(pos.y())})"><title>{esc(item.accessible_name())}</title>',
        f'<rect width="{num(r.width())}" height="{num(r.height())}" rx="{num(RADIUS)}" '
        f'fill="{colour(item.fill.color())}" stroke="{colour(style.card_border(item.colour))}" '
        f'stroke-width="{num(style.BORDER_WIDTH)}"/>',
        f'<rect y="{num(strip.y())}" width="{num(strip.width())}" height="{num(strip.height())}" '
        f'fill="{colour(item.colour)}"/>',
        text_at(face.glyph_at, face.glyph, style.INK, style.CARD_TEXT_PT + 1, bold=True),
        f'<g fill="{ink}" {font_attrs(style.CARD_TEXT_PT)}>{lines}</g>',
        text_at(face.footer_at, face.footer, style.MUTED_INK, style.ROLE_PT),
    ]
    if item.votes:
        dots, more = vote_dots(r, item.votes)
        parts.extend(f'<circle cx="{num(d.center().x())}" cy="{num(d.center().y())}" r="{num(d.width() / 2)}" '
                     f'fill="{colour(style.VOTE_DOT)}"/>' for d in dots)
        if more is not None:
            label = f"+{item.votes - MAX_DOTS}"
            at = style.text_origin(more, label, style.metrics(style.ROLE_PT), centred=True)
            parts.append(text_at(at, label, style.INK, style.ROLE_PT))
    parts.append("</g>")
    return "".join(parts)


def link(item: LinkItem) -> str:
    line, pen = item.line, item.pen
    stroke = colour(pen.color())
    width = pen.widthF()
    dashes = ""
    if pen.style() != Qt.PenStyle.SolidLine:  # Qt's dash lengths are in pen widths
        dashes = f' stroke-dasharray="{",".join(num(d * width) for d in pen.dashPattern())}"'
    parts = [f'<path d="M{num(line.x1())},{num(line.y1())} L{num(line.x2())},{num(line.y2())}" fill="none" '
             f'stroke="{stroke}" stroke-width="{num(width)}" stroke-linecap="round"{dashes}/>']
    if not item.head.isEmpty():
        head_fill = "#ffffff" if item.look.head == "open" else stroke
        parts.append(f'<polygon points="{points(item.head)}" fill="{head_fill}" stroke="{stroke}" '
                     f'stroke-width="{num(width)}" stroke-linejoin="round"/>')
    if item.link.label:
        rect = item.label_rect()
        parts.append(f'<rect x="{num(rect.x())}" y="{num(rect.y())}" width="{num(rect.width())}" '
                     f'height="{num(rect.height())}" rx="4" fill="#ffffff" stroke="{stroke}"/>')
        parts.append(text_at(item.label_at(rect), item.link.label, style.INK, style.ROLE_PT + 1))
    return "".join(parts)


def zone(item: ZoneItem) -> str:
    pos, r = item.pos(), item.rect()
    paint = f'fill="{colour(item.fill)}" stroke="{colour(item.edge_colour())}" stroke-width="1.5"'
    if item.outline is None:
        shape = f'<rect width="{num(r.width())}" height="{num(r.height())}" {paint}/>'
    else:
        shape = f'<polygon points="{points(item.outline)}" {paint} stroke-linejoin="bevel"/>'
    label = item.label_rect()
    corner = "" if item.outline is None else ' rx="8"'
    title = (f'<rect x="{num(label.x())}" y="{num(label.y())}" width="{num(label.width())}" '
             f'height="{num(label.height())}"{corner} fill="{colour(item.title_colour())}"/>')
    text = text_at(item.label_at(), item.zone.label, style.INK, style.ZONE_LABEL_PT, bold=True)
    return (f'<g transform="translate({num(pos.x())},{num(pos.y())})"><title>{esc(item.accessible_name())}</title>'
            f"{shape}{title}{text}</g>")


WRITERS = {CardItem: card, LinkItem: link, ZoneItem: zone}


def scene_elements(scene: QGraphicsScene) -> Iterator[str]:
    """Every visible canvas item, bottom to top as the canvas stacks them."""
    for item in scene.items(Qt.SortOrder.AscendingOrder):
        writer = WRITERS.get(type(item))
        if writer is not None and item.isVisible():
            yield writer(item)


# -- documents --------------------------------------------------------------------------

def heading(rect: QRectF, text: str) -> str:
    """A canvas's name above its map, on the bottom of the rect as the PNG draws it."""
    metrics = style.metrics(style.ZONE_LABEL_PT + 4, bold=True)
    at = QPointF(rect.left(), rect.bottom() - metrics.descent())
    return text_at(at, text, style.INK, style.ZONE_LABEL_PT + 4, bold=True)


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
        fill = f'<rect width="{w}" height="{h}" fill="{esc(QColor(background).name())}"/>\n'
    return head + fill + "\n".join(body) + "\n</svg>\n"
