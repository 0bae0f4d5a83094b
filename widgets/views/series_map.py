"""The series map: every session of a series merged into one map of matched
cards. A card's weight (how many sessions it appears in) sets its size, its
opacity and its badge; the threshold keeps only what recurs in at least N % of
the sessions. The map is drawn from app.analysis.series_map, read-only."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.analysis.matching import DEFAULT_THRESHOLD
from app.analysis.series_map import MapCard, SeriesMap, series_map
from app.library import Library
from widgets.canvas import style
from widgets.markup import literal
from widgets.panels.tables import fill_series

BASE_W, BASE_H = 150.0, 70.0
GROW = 0.5  # a card in every session is this much bigger than one seen once
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
        self.setPen(QPen(style.INK, 1 + 2 * share))
        self.setOpacity(0.35 + 0.65 * share)
        self.setZValue(10 + card.weight)
        self.setToolTip(literal(f"{card.text}\n{card.kind} · {card.role or 'no role'} · in {card.weight} of "
                                f"{sessions} sessions"))
        self.label = QGraphicsTextItem(self)  # kept on self: PySide may drop an unreferenced child
        self.label.setPlainText(f"{style.KIND_GLYPHS.get(card.kind, '•')} {card.text}")
        self.label.setFont(style.font(style.CARD_TEXT_PT - 1))
        self.label.setTextWidth(self.rect().width() - 12)
        self.label.setPos(6, 4)
        self.badge = QGraphicsSimpleTextItem(f"{card.weight}/{sessions}", self)
        self.badge.setFont(style.font(style.ROLE_PT + 1, bold=True))
        self.badge.setBrush(style.INK)
        badge_rect = self.badge.boundingRect()
        self.badge.setPos(self.rect().width() - badge_rect.width() - 6, self.rect().height() - badge_rect.height() - 4)


class SeriesMapView(QWidget):
    """Its own window; ``set_series(id)`` shows that series."""

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.map: SeriesMap | None = None
        self.items: dict[str, MapCardItem] = {}
        self.link_items: list[tuple[QGraphicsLineItem, str, str]] = []
        self.setWindowTitle("Series Map — Meshwork")
        self.resize(1200, 800)
        self.series_box = QComboBox(self)
        self.series_box.setAccessibleName("Series")
        self.series_box.activated.connect(lambda _i: self.set_series(self.series_box.currentData()))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setAccessibleName("Show only what recurs in at least this share of sessions")
        self.spin = QSpinBox(self)
        self.spin.setRange(0, 100)
        self.spin.setSuffix(" %")
        self.spin.setAccessibleName("Recurs in at least")
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        self.spin.valueChanged.connect(lambda _v: self.apply_threshold())
        self.summary = QLabel("", self)
        top = QHBoxLayout()
        top.addWidget(QLabel("Series:", self))
        top.addWidget(self.series_box)
        top.addSpacing(16)
        top.addWidget(QLabel("Show only what recurs in at least", self))
        top.addWidget(self.slider, 1)
        top.addWidget(self.spin)
        top.addWidget(QLabel("of sessions", self))
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setBackgroundBrush(QColor("#FAFAF7"))
        self.view.setAccessibleName("Series map")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.fill_series_box()

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
        sessions = len(self.map.sessions)
        for card in self.map.cards:
            item = MapCardItem(card, self.map.share(card), sessions)
            self.scene.addItem(item)
            self.items[card.id] = item
        for link in self.map.links:
            source, target = self.items.get(link.source), self.items.get(link.target)
            if source is None or target is None:
                continue
            line = QGraphicsLineItem(QLineF(source.sceneBoundingRect().center(), target.sceneBoundingRect().center()))
            colour = QColor(style.link_style(link.kind).colour)
            line.setPen(QPen(colour, 1.5 + 2.5 * link.weight / max(sessions, 1)))
            line.setZValue(1)
            line.setToolTip(f"{link.kind} · in {link.weight} of {sessions} sessions")
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
        self.summary.setText(f"{len(kept)} of {len(self.items)} cards shown · {len(self.map.sessions)} sessions · "
                             "size, opacity and badge show how many sessions a card appears in")

    def visible_cards(self) -> set[str]:
        return {card_id for card_id, item in self.items.items() if item.isVisible()}

    def shutdown(self) -> None:
        self.scene.clear()
        self.items.clear()
        self.link_items.clear()
