"""The series map: every session of a series merged into one map of matched
cards, in one lane per role (app/analysis/series_lanes.py), with a legend of
its colours. A card's weight (how many sessions it appears in) sets its size,
its opacity and its badge; the threshold keeps only what recurs in at least
N % of the sessions. Links curve under the cards, thin and translucent, so
they read as connections rather than a tangle. Read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QPainterPath, QPen, QShortcut
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.analysis.matching import DEFAULT_THRESHOLD
from app.analysis.series_lanes import NO_ROLE, lane_layout
from app.analysis.series_map import MapCard, SeriesMap, series_map
from app.library import Library
from widgets.canvas import style
from widgets.elided import ElidingComboBox
from widgets.markup import literal
from widgets.panels.tables import fill_series
from widgets.screen_fit import fit_to_screen
from widgets.vocabulary_text import kind_label, link_kind

BASE_W, BASE_H = 150.0, 70.0
GROW = 0.5  # a card in every session is this much bigger than one seen once
CELL_W, CELL_H = BASE_W * (1 + GROW) + 16, BASE_H * (1 + GROW) + 16  # the largest card and its gap
LANE_FILLS = ("#F3F1EC", "#E9EEF3")
# The map's paper, lanes and cards are light in every theme, so its ink is always dark
# (the theme's ink turns light in dark mode and vanished on the light cards).
PAPER, INK = QColor("#FAFAF7"), QColor("#1F2328")  # alternate lanes, so a role's cards read as one band
KIND_FILL = {"activity": "#FCE7B2", "purpose": "#D7E8FA", "resource": "#D9F2E3", "outcome": "#EADCF5",
             "question": "#FFF6C2", "insight": "#E0F0F0", "pain point": "#FAD9D9", "story": "#EFE6DA"}


class MapCardItem(QGraphicsRectItem):
    """A merged card: bigger and more opaque the more sessions it appears in."""

    def __init__(self, card: MapCard, share: float, sessions: int):
        scale = 1.0 + GROW * share
        super().__init__(QRectF(0, 0, BASE_W * scale, BASE_H * scale))
        self.card_id, self.weight, self.share = card.id, card.weight, share
        self.setPos(card.x, card.y)
        self.setBrush(QBrush(QColor(KIND_FILL.get(card.kind, "#EEEEEE"))))
        self.setPen(QPen(INK, 1 + 2 * share))
        self.setOpacity(0.35 + 0.65 * share)
        self.setZValue(10 + card.weight)
        self.setToolTip(
            literal(
                QCoreApplication.translate(
                    "MapCardItem", "{text}\n{kind} · {0} · in {weight} of {sessions} sessions"
                ).format(card.role or QCoreApplication.translate("MapCardItem", "no role"), text=card.text,
                         kind=kind_label(card.kind), weight=card.weight, sessions=sessions)
            )
        )
        self.label = QGraphicsTextItem(self)  # kept on self: PySide may drop an unreferenced child
        self.label.setPlainText(f"{style.KIND_GLYPHS.get(card.kind, '•')} {card.text}")
        self.label.setFont(style.font(style.CARD_TEXT_PT - 1))
        self.label.setDefaultTextColor(INK)
        self.label.setTextWidth(self.rect().width() - 12)
        self.label.setPos(6, 4)
        self.badge = QGraphicsSimpleTextItem(f"{card.weight}/{sessions}", self)
        self.badge.setFont(style.font(style.ROLE_PT + 1, bold=True))
        self.badge.setBrush(INK)
        badge_rect = self.badge.boundingRect()
        self.badge.setPos(self.rect().width() - badge_rect.width() - 6, self.rect().height() - badge_rect.height() - 4)


class SeriesMapView(QWidget):
    """Its own window; ``set_series(id)`` shows that series."""

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.map: SeriesMap | None = None
        self.items: dict[str, MapCardItem] = {}
        self.link_items: list[tuple[QGraphicsPathItem, str, str]] = []
        self.lane_items: dict[str, QGraphicsRectItem] = {}
        self.setWindowTitle(self.tr("Series Map — Meshwork"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self.series_box = ElidingComboBox(self, 18)  # a long series name is cut, whole in the tooltip
        self.series_box.setAccessibleName(self.tr("Series"))
        self.series_box.activated.connect(lambda _i: self.set_series(self.series_box.currentData()))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setAccessibleName(self.tr("Show only what recurs in at least this share of sessions"))
        self.spin = QSpinBox(self)
        self.spin.setRange(0, 100)
        self.spin.setSuffix(" %")
        self.spin.setAccessibleName(self.tr("Recurs in at least"))
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        self.spin.valueChanged.connect(lambda _v: self.apply_threshold())
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)  # never cut at the window's edge
        self.legend = self._legend()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Series:"), self))
        top.addWidget(self.series_box)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Show only what recurs in at least"), self))
        top.addWidget(self.slider, 1)
        top.addWidget(self.spin)
        top.addWidget(QLabel(self.tr("of sessions"), self))
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setBackgroundBrush(PAPER)
        self.view.setAccessibleName(self.tr("Series map"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        self.fill_series_box()
        fit_to_screen(self, 1200, 800)

    def _legend(self) -> QWidget:
        """What the card colours mean (their kind), and the links' colours."""
        box = QWidget(self)
        box.setAccessibleName(self.tr("Legend"))
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        entries = [
            (fill, self.tr("{0} card").format(kind_label(kind)), False)
            for kind, fill in KIND_FILL.items()
        ]
        entries += [
            (style.link_style(kind).colour, link_kind(kind), True)
            for kind in ("hand-off", "depends on", "uses", "informs", "conflicts with")
        ]
        per_row = 5  # rows short enough for a small screen
        for n, (colour, text, line) in enumerate(entries):
            swatch = QLabel(box)
            swatch.setFixedSize(22, 4 if line else 14)
            swatch.setStyleSheet(f"background: {colour}; border: {'none' if line else '1px solid #555'}")
            row, column = divmod(n, per_row)
            grid.addWidget(swatch, row, column * 2, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(QLabel(text, box), row, column * 2 + 1)
        grid.setColumnStretch(per_row * 2, 1)
        return box

    def fill_series_box(self) -> None:
        fill_series(self.series_box, self.library)

    def set_series(self, series_id: str | None, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not series_id:
            return
        self.series_box.setCurrentIndex(max(self.series_box.findData(series_id), 0))
        self.map = series_map(self.library.db, series_id, threshold)
        self.scene.clear()
        self.items.clear()
        self.link_items.clear()
        self.lane_items.clear()
        sessions = len(self.map.sessions)
        at, lanes = lane_layout(self.map.cards, CELL_W, CELL_H)
        for n, lane in enumerate(lanes):
            band = QGraphicsRectItem(QRectF(0, lane.y, lane.width, lane.height))
            band.setBrush(QColor(LANE_FILLS[n % 2]))
            band.setPen(QPen(Qt.PenStyle.NoPen))
            band.setZValue(-10)
            label = QGraphicsTextItem(band)
            # The lane of cards without a role is named in the window's language; roles are data.
            label.setPlainText(self.tr("No role") if lane.role == NO_ROLE else lane.role)
            label.setFont(style.font(style.ZONE_LABEL_PT - 2, bold=True))
            label.setDefaultTextColor(INK)
            label.setTextWidth(150)
            label.setPos(8, lane.y + 8)
            band.label = label  # kept: PySide may drop an unreferenced child
            self.scene.addItem(band)
            self.lane_items[lane.role] = band
        for card in self.map.cards:
            item = MapCardItem(card, self.map.share(card), sessions)
            item.setPos(*at[card.id])
            self.scene.addItem(item)
            self.items[card.id] = item
        for link in self.map.links:
            source, target = self.items.get(link.source), self.items.get(link.target)
            if source is None or target is None:
                continue
            line = QGraphicsPathItem(_curve(source.sceneBoundingRect(), target.sceneBoundingRect()))
            colour = QColor(style.link_style(link.kind).colour)
            colour.setAlphaF(0.55)
            line.setPen(QPen(colour, 1.0 + 2.0 * link.weight / max(sessions, 1)))
            line.setBrush(Qt.BrushStyle.NoBrush)
            line.setZValue(1)
            line.setToolTip(
                self.tr("{kind} · in {weight} of {sessions} sessions").format(
                    kind=link_kind(link.kind), weight=link.weight, sessions=sessions
                )
            )
            self.scene.addItem(line)
            self.link_items.append((line, link.source, link.target))
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-200, -200, 200, 200))
        self.apply_threshold()
        self.fit()

    def fit(self) -> None:
        """The whole map, never blown up past 100 %."""
        bounds = self.scene.itemsBoundingRect()
        if bounds.isNull():
            return
        self.view.resetTransform()
        self.view.fitInView(bounds.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        if self.view.transform().m11() > 1.0:
            self.view.resetTransform()
        self.view.centerOn(bounds.center())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()  # the whole map again at the window's new size

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()  # the view only knows its size once shown

    def percent(self) -> int:
        return self.spin.value()

    def apply_threshold(self) -> None:
        """Hide what recurs in fewer than the chosen share of sessions."""
        if self.map is None:
            return
        kept = {c.id for c in self.map.recurring(self.percent()).cards}
        for card_id, item in self.items.items():
            item.setVisible(card_id in kept)
        for line, source, target in self.link_items:
            line.setVisible(source in kept and target in kept)
        n = len(self.map.sessions)
        sessions = self.tr("1 session") if n == 1 else self.tr("%n sessions", "", n)
        self.summary.setText(
            self.tr(
                "{0} of {1} cards shown · {2} · one lane per role · size, opacity and badge show how many "
                "sessions a card appears in"
            ).format(len(kept), len(self.items), sessions)
        )

    def visible_cards(self) -> set[str]:
        return {card_id for card_id, item in self.items.items() if item.isVisible()}

    def shutdown(self) -> None:
        self.scene.clear()
        self.items.clear()
        self.link_items.clear()


def _curve(a: QRectF, b: QRectF) -> QPainterPath:
    """From the side of one card to the side of the other, bowed, so links between
    cards in one row or column do not run straight through the cards between them."""
    forward = b.center().x() >= a.center().x()
    start = QPointF(a.right() if forward else a.left(), a.center().y())
    end = QPointF(b.left() if forward else b.right(), b.center().y())
    path = QPainterPath(start)
    bow = max(40.0, abs(end.y() - start.y()) * 0.2 + abs(end.x() - start.x()) * 0.15)
    middle = (start + end) / 2
    path.cubicTo(QPointF(start.x(), middle.y() - bow), QPointF(end.x(), middle.y() - bow), end)
    return path
