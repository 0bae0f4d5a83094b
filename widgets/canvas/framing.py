"""What a fitted view frames: the cards, the links with their labels and the zones'
labels; not the empty area of lanes and zones around them, which would shrink the
map below the size at which its words can be read."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

from widgets.canvas.card_item import CardItem
from widgets.canvas.link_item import LinkItem
from widgets.canvas.zone_item import ZoneItem


def content_rect(scene: QGraphicsScene) -> QRectF:
    """The scene rect of the visible cards, links and zone labels; every item's
    bounds when there are none of those (a canvas of bare zones)."""
    rect = QRectF()
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, (CardItem, LinkItem)):
            rect = rect.united(item.sceneBoundingRect())
        elif isinstance(item, ZoneItem):
            rect = rect.united(item.label_scene_rect())
    return rect if not rect.isEmpty() else scene.itemsBoundingRect()
