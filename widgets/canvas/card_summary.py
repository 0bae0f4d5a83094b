"""Semantic zoom: what a card shows when it is drawn too small for its text.

At full detail a card's text is 13 pt; zoomed out below ``style.READABLE_LOD`` that
would be smaller than ``style.READABLE_PX`` on screen. Instead the card shows its
first words in type that is large on screen (``SUMMARY_PX``): the font grows in
scene units as the view zooms out, and as many words as fit are wrapped into the
card and cut with an ellipsis.

Zoom levels are grouped into size classes, one per whole pixel size of the type in
scene units (the smallest that is READABLE_PX on screen), so a card lays its summary
out once per class it is seen at, not on every paint, and the type on screen is
READABLE_PX or a hair more: as many words as possible at the readable size."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from widgets.canvas import style

SUMMARY_PX = style.READABLE_PX  # on-screen size of summary type
MARGIN_PX = 2.5  # on-screen space between the card's edge and its summary words
BAND_PX = 3.0  # on-screen width of the author's colour band down the left side


@dataclass(frozen=True)
class Summary:
    """A card's first words laid out for one size class (baselines in card coordinates)."""
    px: int  # the font's pixel size in scene units
    font: QFont
    band: float  # width of the author's band, scene units
    lines: tuple[tuple[QPointF, str], ...]


@lru_cache(maxsize=256)
def size_class(lod: float) -> int:
    """The size class of a level of detail: the type's pixel size in scene units that
    is SUMMARY_PX or more on screen. Every item of one paint shares its lod, so after
    the first card this is a dictionary lookup."""
    px = math.ceil(SUMMARY_PX / lod)
    return px + 1 if px * lod < SUMMARY_PX else px  # rounding must never make type too small


def scene_units(px: int) -> float:
    """Scene units per on-screen pixel, at most, in size class ``px``."""
    return px / SUMMARY_PX


@lru_cache(maxsize=512)
def summary_font(px: int) -> QFont:
    f = QFont(style.font(style.CARD_TEXT_PT))
    f.setPixelSize(px)
    return f


@lru_cache(maxsize=512)
def summary_metrics(px: int) -> QFontMetricsF:
    return QFontMetricsF(summary_font(px))


def lay_out_summary(text: str, width: float, height: float, px: int) -> Summary | None:
    """The first words of ``text`` in a ``width`` x ``height`` card in type ``px`` scene
    units tall (a size class); None when not even one line fits (the card is drawn as
    a block)."""
    unit = scene_units(px)
    metrics = summary_metrics(px)
    margin = MARGIN_PX * unit
    band = BAND_PX * unit
    left = band + margin
    inner_w = width - left - margin
    inner_h = height - 2 * margin
    if inner_w < metrics.averageCharWidth() * 3 or inner_h < metrics.ascent() + metrics.descent():
        return None
    max_lines = max(1, int((inner_h - metrics.ascent() - metrics.descent()) // metrics.lineSpacing()) + 1)
    words = (text or "(empty)").split()
    lines: list[str] = []
    i = 0
    while i < len(words) and len(lines) < max_lines:
        line = words[i]
        i += 1
        while i < len(words) and metrics.horizontalAdvance(f"{line} {words[i]}") <= inner_w:
            line = f"{line} {words[i]}"
            i += 1
        lines.append(line)
    if i < len(words):  # words left over: the next one does not fit, so the cut shows "…"
        lines[-1] = f"{lines[-1]} {words[i]}"
    lines = [metrics.elidedText(t, Qt.TextElideMode.ElideRight, inner_w) for t in lines]
    placed = tuple((QPointF(left, margin + metrics.ascent() + n * metrics.lineSpacing()), t)
                   for n, t in enumerate(lines))
    return Summary(px, summary_font(px), band, placed)


def lod_of(transform) -> float:
    """The level of detail an item painted through ``transform`` (item to device) gets."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(transform)
