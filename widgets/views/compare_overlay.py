"""The diff drawn over the later session's map: separate items on top of the
read-only canvas scene, so the cards keep their own painting.

Added cards get a solid green frame, changed ones a dashed amber frame, cards
moved between zones a dash-dot blue frame; removed cards come back as dotted
red ghosts at their old place; added and removed links are drawn as a wide
green band and a dashed red line. Pen styles differ as well as colours, so the
overlay still reads in greyscale or with colour-blindness.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGridLayout,
    QLabel,
    QWidget,
)

from app.analysis.diff import Diff
from app.analysis.loading import SessionData
from app.analysis.matching import Matching
from widgets.canvas import style
from widgets.markup import literal
from widgets.vocabulary_text import kind_label, link_kind


@dataclass(frozen=True)
class Look:
    label: str
    colour: str
    pen: Qt.PenStyle
    width: float
    grow: float  # how far the frame sits outside the card, so two frames never hide each other


LOOKS = {
    "added": Look(QT_TRANSLATE_NOOP("compare_overlay", "Added"), "#1A7F37", Qt.PenStyle.SolidLine, 5, 6),
    "changed": Look(QT_TRANSLATE_NOOP("compare_overlay", "Changed"), "#B35900", Qt.PenStyle.DashLine, 5, 6),
    "moved": Look(
        QT_TRANSLATE_NOOP("compare_overlay", "Moved to another zone"),
        "#0969DA",
        Qt.PenStyle.DashDotLine,
        4,
        14,
    ),
    "removed": Look(
        QT_TRANSLATE_NOOP("compare_overlay", "Removed (ghost at old place)"),
        "#CF222E",
        Qt.PenStyle.DotLine,
        3,
        0,
    ),
    "link_added": Look(
        QT_TRANSLATE_NOOP("compare_overlay", "Link added"), "#1A7F37", Qt.PenStyle.SolidLine, 12, 0
    ),
    "link_removed": Look(
        QT_TRANSLATE_NOOP("compare_overlay", "Link removed"), "#CF222E", Qt.PenStyle.DashLine, 4, 0
    ),
}
MARK_Z, GHOST_Z, LINK_Z = 30.0, 4.0, 6.0


# The fields a change names ("kind: Activity → Question"), translated when shown.
FIELD_NAMES = {"text": QT_TRANSLATE_NOOP("compare_overlay", "text"),
               "kind": QT_TRANSLATE_NOOP("compare_overlay", "kind"),
               "author": QT_TRANSLATE_NOOP("compare_overlay", "author"),
               "zone": QT_TRANSLATE_NOOP("compare_overlay", "zone")}


def field_name(name: str) -> str:
    return QCoreApplication.translate("compare_overlay", FIELD_NAMES[name]) if name in FIELD_NAMES else name


def field_value(name: str, value: str) -> str:
    """A changed field's value as shown: a card kind by its label; text and names as typed."""
    return kind_label(value) if name == "kind" and value else value


def look_label(state: str) -> str:
    """A state's name in the window's language (LOOKS keeps the English, marked for lupdate,
    so importing this module before the translator is installed changes nothing)."""
    return QCoreApplication.translate("compare_overlay", LOOKS[state].label)


def _pen(state: str) -> QPen:
    look = LOOKS[state]
    colour = QColor(look.colour)
    if state == "link_added":
        colour.setAlpha(110)  # a band under the link, not a second line over it
    pen = QPen(colour, look.width, look.pen)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


class CardMark(QGraphicsRectItem):
    """A frame around a card of the later session."""

    def __init__(self, state: str, card_id: str, rect: QRectF, tip: str):
        grow = LOOKS[state].grow
        super().__init__(rect.adjusted(-grow, -grow, grow, grow))
        self.state, self.card_id = state, card_id
        self.setPen(_pen(state))
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(MARK_Z)
        self.setToolTip(literal(tip))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class GhostCard(QGraphicsRectItem):
    """A removed card of the earlier session, outlined where it used to be."""

    def __init__(self, card_id: str, rect: QRectF, text: str):
        super().__init__(rect)
        self.state, self.card_id = "removed", card_id
        self.setPen(_pen("removed"))
        fill = QColor(LOOKS["removed"].colour)
        fill.setAlpha(18)
        self.setBrush(QBrush(fill))
        self.setZValue(GHOST_Z)
        self.setToolTip(literal(QCoreApplication.translate("GhostCard", "Removed: {text}").format(text=text)))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # The words keep their size on screen at any zoom (readable on a map fitted small),
        # cut to the ghost's outline.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        self.label = QGraphicsSimpleTextItem(_short(text), self)
        self.label.setFont(style.font(style.CARD_TEXT_PT - 2))
        self.label.setBrush(QColor(LOOKS["removed"].colour).darker(130))
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.label.setPos(rect.x() + 4, rect.y() + 4)

    def centre(self) -> QPointF:
        return self.rect().center()


class LinkMark(QGraphicsLineItem):
    def __init__(self, state: str, link_id: str, line: QLineF, tip: str):
        super().__init__(line)
        self.state, self.link_id = state, link_id
        self.setPen(_pen(state))
        self.setZValue(LINK_Z)  # under the cards, so it never crosses their text
        self.setToolTip(literal(tip))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


def _short(text: str, limit: int = 48) -> str:
    text = " ".join((text or "(empty)").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def corresponding_canvas(earlier: SessionData, later: SessionData, later_canvas: str) -> str | None:
    """The earlier session's canvas shown as ``later_canvas``: same name, else same place."""
    target = later.canvases.get(later_canvas)
    if target is None:
        return None
    ordered = sorted(earlier.canvases.values(), key=lambda c: c.position)
    for canvas in ordered:
        if canvas.name.strip().casefold() == target.name.strip().casefold():
            return canvas.id
    index = sorted(later.canvases.values(), key=lambda c: c.position).index(target)
    return ordered[index].id if index < len(ordered) else None


class Overlay:
    """Overlay items for one later canvas; ``marks`` by state for tests and the list."""

    def __init__(self, scene: QGraphicsScene):
        self.scene = scene
        self.items: list = []

    def clear(self) -> None:
        if shiboken6.isValid(self.scene):
            for item in self.items:
                if shiboken6.isValid(item) and item.scene() is self.scene:
                    self.scene.removeItem(item)
        self.items = []

    def marks(self, state: str) -> list:
        return [i for i in self.items if i.state == state]

    def states_of(self, card_id: str) -> set[str]:
        return {i.state for i in self.items if getattr(i, "card_id", None) == card_id}

    def ghost(self, card_id: str) -> GhostCard | None:
        return next((i for i in self.items if isinstance(i, GhostCard) and i.card_id == card_id), None)

    def show(
        self, diff: Diff, earlier: SessionData, later: SessionData, matching: Matching, canvas_id: str, cards: dict
    ) -> None:
        """``cards``: the later scene's card items by id (all on ``canvas_id``)."""
        self.clear()
        old_canvas = corresponding_canvas(earlier, later, canvas_id)

        def add(item) -> None:
            self.scene.addItem(item)
            self.items.append(item)

        for card_id in diff.added:
            if card_id in cards:
                add(
                    CardMark(
                        "added",
                        card_id,
                        cards[card_id].scene_rect(),
                        QCoreApplication.translate("Overlay", "Added: {text}").format(text=later.cards[card_id].text),
                    )
                )
        for change in diff.changed:
            rest = {k: v for k, v in change.fields.items() if k != "zone"}
            if rest and change.b in cards:
                tip = QCoreApplication.translate("Overlay", "Changed ") + "; ".join(
                    f"{field_name(k)}: “{field_value(k, a)}” → “{field_value(k, b)}”" for k, (a, b) in rest.items()
                )
                add(CardMark("changed", change.b, cards[change.b].scene_rect(), tip))
        for move in diff.moved:
            if move.b in cards:
                add(
                    CardMark(
                        "moved",
                        move.b,
                        cards[move.b].scene_rect(),
                        QCoreApplication.translate("Overlay", "Moved from “{0}” to “{1}”").format(
                            move.zone_a or QCoreApplication.translate("compare", "no zone"),
                            move.zone_b or QCoreApplication.translate("compare", "no zone")
                        ),
                    )
                )
        ghosts: dict[str, GhostCard] = {}
        for card_id in diff.removed:
            card = earlier.cards[card_id]
            if card.canvas_id == old_canvas:
                ghosts[card_id] = GhostCard(card_id, QRectF(card.x, card.y, card.width, card.height), card.text)
                add(ghosts[card_id])
        later_links = {lk.id: lk for lk in later.links}
        for link_id in diff.links_added:
            link = later_links[link_id]
            if link.source_id in cards and link.target_id in cards:
                line = QLineF(cards[link.source_id].scene_rect().center(), cards[link.target_id].scene_rect().center())
                add(
                    LinkMark(
                        "link_added",
                        link_id,
                        line,
                        QCoreApplication.translate("Overlay", "Link added: {kind}").format(
                            kind=link_kind(link.kind)),
                    )
                )
        earlier_links = {lk.id: lk for lk in earlier.links}

        def end(card_id: str) -> QPointF | None:
            partner = matching.a_to_b.get(card_id)
            if partner in cards:
                return cards[partner].scene_rect().center()
            return ghosts[card_id].centre() if card_id in ghosts else None

        for link_id in diff.links_removed:
            link = earlier_links[link_id]
            source, target = end(link.source_id), end(link.target_id)
            if source is not None and target is not None:
                add(
                    LinkMark(
                        "link_removed",
                        link_id,
                        QLineF(source, target),
                        QCoreApplication.translate("Overlay", "Link removed: {kind}").format(
                            kind=link_kind(link.kind)),
                    )
                )


def legend(parent: QWidget | None = None, per_row: int = 5) -> QWidget:
    """Swatches naming each overlay state, in rows short enough for a 1024-wide screen."""
    box = QWidget(parent)
    box.setAccessibleName(QCoreApplication.translate("compare_overlay", "Legend"))
    grid = QGridLayout(box)
    grid.setContentsMargins(6, 2, 6, 2)
    grid.setHorizontalSpacing(6)
    grid.setVerticalSpacing(2)
    border = {
        Qt.PenStyle.SolidLine: "solid",
        Qt.PenStyle.DashLine: "dashed",
        Qt.PenStyle.DashDotLine: "dashed",
        Qt.PenStyle.DotLine: "dotted",
    }
    for n, (state, look) in enumerate(LOOKS.items()):
        swatch = QLabel(box)
        swatch.setFixedSize(26, 16)
        if state.startswith("link"):
            swatch.setFixedSize(26, 6)
            swatch.setStyleSheet(f"background: {look.colour}; border: none")
        else:
            swatch.setStyleSheet(f"border: 3px {border[look.pen]} {look.colour}; background: transparent")
        row, column = divmod(n, per_row)
        grid.addWidget(swatch, row, column * 2)
        grid.addWidget(QLabel(look_label(state), box), row, column * 2 + 1)
    grid.setColumnStretch(per_row * 2, 1)
    return box
