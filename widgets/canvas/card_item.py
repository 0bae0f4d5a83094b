"""A card drawn as a readable note: author colour, kind glyph, wrapped text,
the author's role in small type and vote dots. What a card shows is laid out once
per change (a CardFace) and painted by level of detail, so thousands of cards stay
fluid. Zoomed out too far for its text, a card shows its first words large
(semantic zoom, widgets/canvas/card_summary.py), never an empty block while a word fits."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPaintEngine, QPainter, QPen, QTextLayout, QTextOption, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.bidi import right_to_left
from app.model import Card, Participant
from widgets.canvas import style
from widgets.canvas.card_summary import Summary, lay_out_summary, lod_of, size_class
from widgets.vocabulary_text import kind_label

PAD = 10.0
TEXT_LEFT = 34.0
FOOTER = 22.0
EDGE = 9.0  # a press this close to the border starts a link instead of a move
HANDLE = 16.0  # the resize grip in the bottom-right corner
RADIUS = 8.0
DOT = 24.0  # the vote dot's diameter: one large dot with the count, readable from the room

WRAP = QTextOption()
WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
WRAP_RTL = QTextOption(WRAP)
WRAP_RTL.setTextDirection(Qt.LayoutDirection.RightToLeft)


@dataclass(frozen=True)
class CardFace:
    """A card's words placed on it (baselines in card coordinates). Points rather than
    rects: drawing text into a rect lays it out again on every paint."""
    glyph: str
    glyph_at: QPointF
    lines: tuple[tuple[QPointF, str], ...]
    footer: str
    footer_at: QPointF
    tags: str = ""  # the card's tags (#intake #urgent), a small line above the footer
    tags_at: QPointF | None = None
    rtl: bool = False  # Arabic, Hebrew…: each line ends at the card's right edge


def lay_out(card: Card, participant: Participant | None, votes: int) -> CardFace:
    """Wrap the text to the card and cut it, with an ellipsis, where it stops fitting."""
    # The vote dot sits in the top-right corner; the text wraps clear of it.
    width = max(20.0, card.width - TEXT_LEFT - PAD - (DOT + 4 if votes else 0.0))
    tags = " ".join(f"#{t}" for t in (card.tags or []))
    small = style.metrics(style.ROLE_PT)
    height = max(10.0, card.height - PAD - FOOTER - (small.lineSpacing() if tags else 0.0))
    metrics = style.metrics(style.CARD_TEXT_PT)
    layout = QTextLayout(
        card.text or QCoreApplication.translate("card_item", "(empty)"), style.font(style.CARD_TEXT_PT)
    )
    rtl = right_to_left(layout.text())
    layout.setTextOption(WRAP_RTL if rtl else WRAP)
    lines: list[tuple[float, str]] = []  # (baseline, text)
    max_lines = max(1, int(height // metrics.lineSpacing()))
    layout.beginLayout()
    text = layout.text()
    y = PAD
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        lines.append((y + line.ascent(), text[start : start + line.textLength()].rstrip("\n")))
        y += line.height()
        if len(lines) > max_lines:
            break  # one line past what fits is enough to know where to cut
    layout.endLayout()
    if len(lines) > max_lines:
        last = f"{lines[max_lines - 1][1]} {lines[max_lines][1]}"
        cut = metrics.elidedText(last, Qt.TextElideMode.ElideRight, width)
        lines[max_lines - 1] = (lines[max_lines - 1][0], cut if cut.endswith("…") else cut.rstrip() + " …")
        del lines[max_lines:]
    role = participant.role if participant else ""
    name = participant.name if participant else ""
    footer = f"{role} · {name}" if role and name else role or name
    footer = elided_footer(footer, card.width - 2 * PAD)
    footer_y = card.height - FOOTER + (FOOTER - 4 - small.height()) / 2 + small.ascent()
    glyph, glyph_at = kind_glyph(card.kind)
    tags_at = QPointF(TEXT_LEFT, card.height - FOOTER - small.descent())
    def start(line: str) -> float:  # right-to-left lines end at the text's right edge
        return TEXT_LEFT + (width - metrics.horizontalAdvance(line) if rtl else 0.0)

    return CardFace(glyph, glyph_at, tuple((QPointF(start(t), b), t) for b, t in lines),
                    footer, QPointF(PAD + 2, footer_y),
                    elided_footer(tags, card.width - TEXT_LEFT - PAD) if tags else "", tags_at, rtl)


@lru_cache(maxsize=1024)
def elided_footer(footer: str, width: float) -> str:
    """Cut to fit; a person's cards share one footer, so each is measured once."""
    return style.metrics(style.ROLE_PT).elidedText(footer, Qt.TextElideMode.ElideRight, width)


@lru_cache(maxsize=32)
def kind_glyph(kind: str) -> tuple[str, QPointF]:
    """A kind's glyph and its baseline, centred in the card's top-left corner box."""
    glyph = style.KIND_GLYPHS.get(kind, "•")
    metrics = style.metrics(style.CARD_TEXT_PT + 1, bold=True)
    box = QRectF(8, 6, TEXT_LEFT - 10, 22)
    x = box.left() + (box.width() - metrics.horizontalAdvance(glyph)) / 2
    return glyph, QPointF(x, box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent())


def vote_dot(rect: QRectF, lod: float = 1.0) -> QRectF:
    """Where the vote dot goes: the card's top-right corner, never over the footer.
    Zoomed out it grows (up to half the card) so it stays at least 22 px on screen."""
    size = min(max(DOT, 22.0 / max(lod, 0.01)), rect.width() / 2, rect.height() / 2)
    return QRectF(rect.width() - size - 4, 4, size, size)


# Combined once: or-ing Qt flags in Python costs enum calls for every one of thousands of cards.
CARD_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)


class CardItem(QGraphicsItem):
    def __init__(self, card: Card, participant: Participant | None, votes: int):
        super().__init__()
        self.card_id = card.id
        self.setFlags(CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.links: set = set()  # LinkItems that end here, kept up to date by the scene
        self.set_card(card, participant, votes)

    # -- data -----------------------------------------------------------------------

    def set_card(self, card: Card, participant: Participant | None, votes: int) -> None:
        self.prepareGeometryChange()
        self.card = card
        self.participant = participant
        self.votes = votes
        self._rect = QRectF(0, 0, card.width, card.height)
        colour = participant.colour if participant else style.NO_AUTHOR_COLOUR
        self.colour = QColor(colour)
        self.fill_colour = style.card_fill(colour)
        self.fill = QBrush(self.fill_colour)
        self._face: CardFace | None = None
        self._summaries: dict[int, Summary | None] = {}  # by size class, laid out when first seen
        self.painted_text_px = 0.0  # the on-screen size of the text the last paint drew
        self.setPos(card.x, card.y)
        self.follow_links()
        self.update()

    def face(self) -> CardFace:
        if self._face is None:  # laid out on the first paint that shows text
            self._face = lay_out(self.card, self.participant, self.votes)
        return self._face

    def accessible_name(self) -> str:
        kind = kind_label(self.card.kind)
        who = ""
        if self.participant:
            who = QCoreApplication.translate("CardItem", ", by {name}").format(name=self.participant.name) + (
                f" ({self.participant.role})" if self.participant.role else ""
            )
        votes = (
            (QCoreApplication.translate("CardItem", ", 1 vote") if self.votes == 1
             else QCoreApplication.translate("CardItem", ", {votes} votes").format(votes=self.votes))
            if self.votes
            else ""
        )
        return QCoreApplication.translate("CardItem", "{kind} card: {0}{who}{votes}").format(
            self.card.text or "(empty)", kind=kind, who=who, votes=votes
        )

    # -- geometry -------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def rect(self) -> QRectF:
        return self._rect

    def scene_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def in_resize_grip(self, pos: QPointF) -> bool:
        return pos.x() > self._rect.width() - HANDLE and pos.y() > self._rect.height() - HANDLE

    def on_edge(self, pos: QPointF) -> bool:
        r = self._rect
        inside = r.adjusted(EDGE, EDGE, -EDGE, -EDGE)
        return r.contains(pos) and not inside.contains(pos) and not self.in_resize_grip(pos)

    def follow_links(self) -> None:
        """Links redraw to this card's new place. Called by whoever moves it (the scene
        during a drag, set_card after an edit): overriding itemChange instead would cross
        into Python for every change of every item, thousands of times as a canvas opens."""
        for link in self.links:
            link.adjust()

    def summary(self, lod: float) -> Summary | None:
        """The first words laid out for the size class of ``lod`` (kept per class)."""
        k = size_class(lod)
        if k not in self._summaries:
            if len(self._summaries) >= 4:  # a long zoom passes many classes: keep the latest few
                self._summaries.clear()
            self._summaries[k] = lay_out_summary(self.card.text, self.card.width, self.card.height, k)
        return self._summaries[k]

    def drawn_text_px(self, transform: QTransform) -> float:
        """How tall, in device pixels, this card's text is drawn through ``transform``
        (item to device); 0 when the card is too small for any words and shows a block."""
        lod = lod_of(transform)
        if lod >= style.READABLE_LOD:
            return style.CARD_TEXT_PX * lod
        summary = self.summary(lod)
        return summary.px * lod if summary is not None else 0.0

    # -- painting -------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = detail_level(option, painter)
        selected = self.isSelected()  # what option.state says, without enum arithmetic per item
        r = self._rect
        if lod < style.READABLE_LOD:
            self._paint_summary(painter, lod, selected)
            return
        self.painted_text_px = style.CARD_TEXT_PX * lod
        face = self.face()
        border = QPen(style.SELECTION, style.SELECTION_WIDTH) if selected else style.card_border(self.colour)
        if self.hasFocus():
            border = QPen(style.SELECTION, style.SELECTION_WIDTH, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(self.fill)
        painter.drawRoundedRect(r, RADIUS, RADIUS)
        painter.fillRect(QRectF(0, RADIUS, 6, r.height() - 2 * RADIUS), self.colour)  # the author's band
        painter.setPen(style.INK)
        painter.setFont(style.font(style.CARD_TEXT_PT + 1, bold=True))
        painter.drawText(face.glyph_at, face.glyph)
        painter.setFont(style.font(style.CARD_TEXT_PT))
        if face.rtl:  # mixed runs (numbers, Latin names) in right-to-left order
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for at, line in face.lines:
            painter.drawText(at, line)
        if face.rtl:
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if self.votes:
            self._paint_votes(painter, r, lod)
        if lod < style.DETAIL_LOD:
            return
        painter.setFont(style.font(style.ROLE_PT))
        painter.setPen(style.MUTED_INK)
        painter.drawText(face.footer_at, face.footer)
        if face.tags:
            painter.drawText(face.tags_at, face.tags)
        if selected:
            painter.setPen(QPen(style.SELECTION, 2))
            for i in range(3):  # the resize grip
                d = 5 + i * 4
                painter.drawLine(QPointF(r.width() - d, r.height() - 3), QPointF(r.width() - 3, r.height() - d))

    def _paint_summary(self, painter: QPainter, lod: float, selected: bool) -> None:
        """Zoomed out: a light card with its author's band and its first words, large
        enough to read; a block of colour only when not even a word would fit."""
        r = self._rect
        summary = self.summary(lod)
        if summary is None:
            self.painted_text_px = 0.0
            painter.fillRect(r, self.colour)
        else:
            self.painted_text_px = summary.px * lod
            painter.fillRect(r, self.fill_colour)
            painter.fillRect(QRectF(0, 0, summary.band, r.height()), self.colour)
            painter.setPen(style.INK)
            painter.setFont(summary.font)
            for at, line in summary.lines:
                painter.drawText(at, line)
        if self.votes:
            self._paint_votes(painter, r, lod)
        if selected:
            painter.setPen(QPen(style.SELECTION, 6 / max(lod, 0.01)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r)

    def _paint_votes(self, painter: QPainter, r: QRectF, lod: float = 1.0) -> None:
        """One large dot with the number of votes in it."""
        dot = vote_dot(r, lod)
        painter.setPen(QPen(QColor("white"), max(1.5, dot.width() / 12)))
        painter.setBrush(style.VOTE_DOT)
        painter.drawEllipse(dot)
        painter.setFont(style.font(max(1, int(dot.height() * 0.4)), bold=True))
        painter.setPen(QColor("white"))
        painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(self.votes))


VECTOR_ENGINES = {QPaintEngine.Type.Pdf, QPaintEngine.Type.SVG, QPaintEngine.Type.Picture}
# QInternal device types of widgets, pixmaps and images: never vector, and asking the
# device (an int) is much cheaper than asking the engine (an enum) for every item.
RASTER_DEVICES = {1, 2, 3}


def detail_level(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    """The level of detail to paint at. Vector exports (PDF, SVG) are zoomed by their
    readers, so they always get full detail: the text must be there as text."""
    lod = option.levelOfDetailFromTransform(painter.worldTransform())
    if lod >= 1.0:
        return lod
    device = painter.device()
    if device is not None and device.devType() in RASTER_DEVICES:
        return lod
    if painter.paintEngine() is not None and painter.paintEngine().type() in VECTOR_ENGINES:
        return 1.0
    return lod
