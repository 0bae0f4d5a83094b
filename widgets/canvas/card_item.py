"""A card drawn as a readable note: author colour, kind glyph, wrapped text,
the author's role in small type and vote dots. Text is laid out once per change
(QStaticText) and painted by level of detail, so thousands of cards stay fluid."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPen,
    QStaticText,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.model import Card, Participant
from app.vocabulary import CARD_KIND_LABELS
from widgets.canvas import style

PAD = 10.0
TEXT_LEFT = 34.0
FOOTER = 22.0
EDGE = 9.0  # a press this close to the border starts a link instead of a move
HANDLE = 16.0  # the resize grip in the bottom-right corner

# Combined once: or-ing Qt flags in Python costs enum calls for every one of thousands of cards.
CARD_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
              | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)


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
        self._colour = QColor(colour)
        self._fill = QBrush(style.card_fill(colour))
        self._text_ready = False  # laid out on the first paint that shows text
        self.setPos(card.x, card.y)
        self.follow_links()
        self.update()

    def _layout_text(self) -> None:
        """Wrap the text to the card and cut it, with an ellipsis, where it stops fitting."""
        width = max(20.0, self.card.width - TEXT_LEFT - PAD)
        height = max(10.0, self.card.height - PAD - FOOTER)
        font = style.font(style.CARD_TEXT_PT)
        metrics = QFontMetricsF(font)
        layout = QTextLayout(self.card.text or "(empty)", font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines: list[str] = []
        max_lines = max(1, int(height // metrics.lineSpacing()))
        layout.beginLayout()
        text = layout.text()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(text[line.textStart(): line.textStart() + line.textLength()].rstrip("\n"))
            if len(lines) > max_lines:
                break  # one line past what fits is enough to know where to cut
        layout.endLayout()
        if len(lines) > max_lines:
            last = f"{lines[max_lines - 1]} {lines[max_lines]}"
            cut = metrics.elidedText(last, Qt.TextElideMode.ElideRight, width)
            lines = [*lines[: max_lines - 1], cut if cut.endswith("…") else cut.rstrip() + " …"]
        self._static = QStaticText()
        self._static.setTextFormat(Qt.TextFormat.PlainText)
        self._static.setText("\n".join(lines))
        self._static.setTextWidth(width)  # laid out by Qt on first draw, where it is needed
        role = self.participant.role if self.participant else ""
        name = self.participant.name if self.participant else ""
        footer = f"{role} · {name}" if role and name else role or name
        small = style.font(style.ROLE_PT)
        self._footer = QFontMetricsF(small).elidedText(
            footer, Qt.TextElideMode.ElideRight, self.card.width - 2 * PAD - self._dots_width())
        self._text_pos = QPointF(TEXT_LEFT, PAD)
        self._text_ready = True

    def _dots_width(self) -> float:
        return min(self.votes, 10) * 11.0 + (24.0 if self.votes > 10 else 0.0)

    def accessible_name(self) -> str:
        kind = CARD_KIND_LABELS.get(self.card.kind, self.card.kind)
        who = ""
        if self.participant:
            who = f", by {self.participant.name}" + (f" ({self.participant.role})" if self.participant.role else "")
        votes = f", {self.votes} vote{'s' if self.votes != 1 else ''}" if self.votes else ""
        return f"{kind} card: {self.card.text or '(empty)'}{who}{votes}"

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

    # -- painting -------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = detail_level(option, painter)
        selected = self.isSelected()  # what option.state says, without enum arithmetic per item
        r = self._rect
        if lod < style.TEXT_LOD:
            painter.fillRect(r, self._colour)
            if selected:
                painter.setPen(QPen(style.SELECTION, 6 / max(lod, 0.01)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(r)
            return
        if not self._text_ready:
            self._layout_text()
        border = (QPen(style.SELECTION, style.SELECTION_WIDTH) if selected
                  else QPen(style.card_border(self._colour), style.BORDER_WIDTH))
        if self.hasFocus():
            border = QPen(style.SELECTION, style.SELECTION_WIDTH, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(self._fill)
        painter.drawRoundedRect(r, 8, 8)
        painter.fillRect(QRectF(0, 8, 6, r.height() - 16), self._colour)
        painter.setPen(style.INK)
        painter.setFont(style.font(style.CARD_TEXT_PT + 1, bold=True))
        painter.drawText(QRectF(8, 6, TEXT_LEFT - 10, 22), Qt.AlignmentFlag.AlignCenter,
                         style.KIND_GLYPHS.get(self.card.kind, "•"))
        painter.setFont(style.font(style.CARD_TEXT_PT))
        painter.drawStaticText(self._text_pos, self._static)
        if lod < style.DETAIL_LOD:
            return
        painter.setFont(style.font(style.ROLE_PT))
        painter.setPen(style.MUTED_INK)
        painter.drawText(QRectF(PAD + 2, r.height() - FOOTER, r.width() - 2 * PAD, FOOTER - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._footer)
        self._paint_votes(painter, r)
        if selected:
            painter.setPen(QPen(style.SELECTION, 2))
            for i in range(3):  # the resize grip
                d = 5 + i * 4
                painter.drawLine(QPointF(r.width() - d, r.height() - 3), QPointF(r.width() - 3, r.height() - d))

    def _paint_votes(self, painter: QPainter, r: QRectF) -> None:
        if not self.votes:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1F2328"))
        x = r.width() - PAD - 8
        y = r.height() - FOOTER / 2 - 4
        for _ in range(min(self.votes, 10)):
            painter.drawEllipse(QRectF(x, y, 8, 8))
            x -= 11
        if self.votes > 10:
            painter.setPen(style.INK)
            painter.drawText(QRectF(x - 14, y - 6, 24, 20), Qt.AlignmentFlag.AlignCenter, f"+{self.votes - 10}")


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
