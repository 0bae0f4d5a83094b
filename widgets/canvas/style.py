"""How things look on the canvas: fonts, link styles, kind glyphs, colours.

Shared by the canvas items and the exports that reuse their painting."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

CARD_TEXT_PT = 13
ROLE_PT = 9
ZONE_LABEL_PT = 16
# Below this scale cards show at most a summary of their words.
TEXT_LOD = 0.4
DETAIL_LOD = 0.55
# Type smaller than this on screen cannot be read from a chair or on a projector.
READABLE_PX = 12.0
# 13 pt at 96 dpi, the pixel size card text is drawn at in scene units.
CARD_TEXT_PX = 13 * 96 / 72
# Below this scale card text would be under READABLE_PX: cards show their first words
# large instead (widgets/canvas/card_summary.py).
READABLE_LOD = READABLE_PX / CARD_TEXT_PX

NO_AUTHOR_COLOUR = "#BBBBBB"
INK = QColor("#1F2328")
MUTED_INK = QColor("#57606A")
SELECTION = QColor("#0B57D0")
VOTE_DOT = QColor("#1F2328")  # the same in every theme: dots sit on the light card fill

# A short glyph per kind, drawn in the card's corner so kinds differ without colour.
KIND_GLYPHS = {
    "activity": "▶",
    "purpose": "◎",
    "resource": "⚙",
    "outcome": "★",
    "question": "?",
    "insight": "✦",
    "pain point": "⚠",
    "story": "❝",
}


@dataclass(frozen=True)
class LinkStyle:
    colour: str
    pen: Qt.PenStyle
    width: float
    head: str  # "filled", "open", "diamond", "bar"


LINK_STYLES = {
    "hand-off": LinkStyle("#0072B2", Qt.PenStyle.SolidLine, 3.0, "filled"),
    "depends on": LinkStyle("#D55E00", Qt.PenStyle.DashLine, 2.5, "open"),
    "uses": LinkStyle("#009E73", Qt.PenStyle.DotLine, 3.0, "diamond"),
    "informs": LinkStyle("#7A5195", Qt.PenStyle.DashDotLine, 2.5, "open"),
    "conflicts with": LinkStyle("#B00020", Qt.PenStyle.SolidLine, 4.0, "bar"),
}


def link_style(kind: str) -> LinkStyle:
    """A kind's look; an unknown kind (from a newer file) is drawn as a hand-off."""
    return LINK_STYLES.get(kind, LINK_STYLES["hand-off"])


@lru_cache(maxsize=8)
def font(point_size: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(point_size)
    f.setBold(bold)
    return without_ligatures(f)


def without_ligatures(f: QFont) -> QFont:
    """Letters drawn one by one: a PDF's "ﬁ" glyph hides "first" from pdftotext and search."""
    for tag in ("liga", "clig", "dlig"):
        f.setFeature(QFont.Tag(tag), 0)
    return f


@lru_cache(maxsize=8)
def metrics(point_size: int, bold: bool = False) -> QFontMetricsF:
    """Made once per font: building metrics for each of thousands of cards adds up."""
    return QFontMetricsF(font(point_size, bold))


def text_origin(rect: QRectF, text: str, metrics: QFontMetricsF, centred: bool = False) -> QPointF:
    """The baseline start that puts one line of text in the rect, centred vertically
    (and horizontally if asked): painting at a point skips a layout on every paint,
    and the SVG export writes text at the same point."""
    x = rect.center().x() - metrics.horizontalAdvance(text) / 2 if centred else rect.left()
    return QPointF(x, rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent())


@lru_cache(maxsize=256)
def card_fill(colour: str) -> QColor:
    """A light tint of the participant colour, so dark text stays readable on it."""
    c = QColor(colour)
    return QColor.fromRgbF(
        c.redF() + (1 - c.redF()) * 0.72,
        c.greenF() + (1 - c.greenF()) * 0.72,
        c.blueF() + (1 - c.blueF()) * 0.72,
    )


# -- themes: the canvas follows the window's look (set by widgets/theme.py) ---------

CANVAS_BG = QColor("#FAFAF7")
SELECTION_WIDTH = 3.0
BORDER_WIDTH = 1.2
HIGH_CONTRAST = False

# Cards, zones and link labels keep light fills in every theme, so the ink stays dark;
# what changes is the background around them and how strongly things are outlined.
CANVAS_THEMES = {
    # (dark, high contrast): background, ink, muted ink, selection
    (False, False): ("#FAFAF7", "#1F2328", "#57606A", "#0B57D0"),
    (True, False): ("#1C1E22", "#1F2328", "#4A525C", "#4C8DFF"),
    (False, True): ("#FFFFFF", "#000000", "#000000", "#0000CC"),
    (True, True): ("#000000", "#000000", "#000000", "#FFD400"),
}


def set_theme(dark: bool, high_contrast: bool) -> None:
    """Change the module-level colours the canvas items read when they paint."""
    global CANVAS_BG, INK, MUTED_INK, SELECTION, SELECTION_WIDTH, BORDER_WIDTH, HIGH_CONTRAST
    background, ink, muted, selection = CANVAS_THEMES[(bool(dark), bool(high_contrast))]
    CANVAS_BG, INK, MUTED_INK, SELECTION = QColor(background), QColor(ink), QColor(muted), QColor(selection)
    SELECTION_WIDTH = 5.0 if high_contrast else 3.0
    BORDER_WIDTH = 2.5 if high_contrast else 1.2
    HIGH_CONTRAST = bool(high_contrast)


def card_border(colour: QColor) -> QPen:
    """A card's outline: its author's colour, darker; plain black in high contrast."""
    return _border(colour.rgba(), HIGH_CONTRAST, BORDER_WIDTH)


@lru_cache(maxsize=256)
def _border(rgba: int, high_contrast: bool, width: float) -> QPen:
    # One pen per author colour and theme, not one per card and paint.
    return QPen(QColor("#000000") if high_contrast else QColor.fromRgba(rgba).darker(130), width)
