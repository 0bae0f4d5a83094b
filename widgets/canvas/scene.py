"""The canvas scene: a projection of one canvas of the session document.

It keeps a dict from model ids to items, follows the document's signals, and
turns mouse and keyboard gestures into editor calls. It never changes the
document itself, so undo, autosave and replay see every edit."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene, QInputDialog, QToolTip

from app.editor import Editor
from app.model import Card
from widgets.canvas import style
from widgets.canvas.card_grid import CardGrid
from widgets.canvas.card_item import CardItem
from widgets.canvas.link_item import LinkItem
from widgets.canvas.text_editor import CardTextEditor
from widgets.canvas.zone_item import ZoneItem
from widgets.markup import literal

MARGIN = 1500.0
NUDGE = 10.0
BIG_NUDGE = 50.0


class CanvasScene(QGraphicsScene):
    focus_described = Signal(str)  # the accessible name of what has the keyboard focus
    filter_changed = Signal()  # find's highlight or filter: presenter mode shows the same

    def __init__(self, editor: Editor, canvas_id: str, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.doc = editor.doc
        self.canvas_id = canvas_id
        self.cards: dict[str, CardItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.zones: dict[str, ZoneItem] = {}
        self.link_kind = "hand-off"
        self.selection_order: list[str] = []
        self._gesture: str | None = None
        self._press_item = None
        self._rubber_line: QGraphicsLineItem | None = None
        self._resize_preview: QGraphicsRectItem | None = None
        self._text_editor: CardTextEditor | None = None
        self._filter: Callable[[Card], bool] | None = None
        self._filter_mode = "highlight"
        self.card_grid: CardGrid | None = None  # only while build() routes the links
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.build()
        self.doc.added.connect(self._on_added)
        self.doc.changed.connect(self._on_changed)
        self.doc.removed.connect(self._on_removed)
        self.selectionChanged.connect(self._track_selection)

    # -- projection ------------------------------------------------------------------

    def build(self) -> None:
        for zone in self.doc.on_canvas("zones", self.canvas_id):
            self._add_zone(zone)
        # Count votes once: asking the document per card is quadratic on large sessions.
        votes = Counter(v.card_id for v in self.doc.records["votes"].values())
        for card in self.doc.on_canvas("cards", self.canvas_id):
            self._add_card(card, votes[card.id])
        self.routes_links = False  # routed once all are in: asking the index while it grows is slow
        for link in self.doc.on_canvas("links", self.canvas_id):
            self._add_link(link)
        self.routes_links = len(self.cards) <= LinkItem.ROUTED_UP_TO
        if self.routes_links:
            self.card_grid = CardGrid(self.cards.values())
            for item in self.links.values():
                item.adjust()
            self.card_grid = None
        self.fit_scene_rect()

    def shutdown(self) -> None:
        """Disconnect before the items go, so no signal reaches a half-deleted scene."""
        for signal, slot in ((self.doc.added, self._on_added), (self.doc.changed, self._on_changed),
                             (self.doc.removed, self._on_removed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.selectionChanged.disconnect(self._track_selection)
        self._close_text_editor(commit=False)
        self.clear()
        self.cards.clear()
        self.links.clear()
        self.zones.clear()

    def fit_scene_rect(self) -> None:
        bounds = self.itemsBoundingRect()
        if bounds.isNull():
            bounds = QRectF(0, 0, 1200, 800)
        self.setSceneRect(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _grow_scene_rect(self, rect: QRectF) -> None:
        if not self.sceneRect().contains(rect):
            self.setSceneRect(self.sceneRect().united(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)))

    def _participant(self, card: Card):
        return self.doc.get("participants", card.participant_id) if card.participant_id else None

    def _add_card(self, card: Card, votes: int | None = None) -> None:
        if votes is None:
            votes = len(self.doc.votes_on(card.id))
        item = CardItem(card, self._participant(card), votes)
        self.cards[card.id] = item
        self.addItem(item)
        self._apply_filter_to(item)

    def _add_link(self, link) -> None:
        source, target = self.cards.get(link.source_id), self.cards.get(link.target_id)
        if source is None or target is None:
            return
        item = LinkItem(link, source, target)
        self.links[link.id] = item
        self.addItem(item)
        item.setVisible(source.isVisible() and target.isVisible())

    def _add_zone(self, zone) -> None:
        item = ZoneItem(zone)
        self.zones[zone.id] = item
        self.addItem(item)

    def _refresh_card(self, card_id: str) -> None:
        item = self.cards.get(card_id)
        if item is not None:
            card = self.doc.get("cards", card_id)
            item.set_card(card, self._participant(card), len(self.doc.votes_on(card_id)))
            self._apply_filter_to(item)

    def _on_added(self, table: str, record) -> None:
        if table == "votes":
            self._refresh_card(record.card_id)
            return
        if getattr(record, "canvas_id", None) != self.canvas_id:
            return
        if table == "cards":
            self._add_card(record)
            self._grow_scene_rect(self.cards[record.id].scene_rect())
            self._reroute_near(self.cards[record.id].scene_rect())
        elif table == "links":
            self._add_link(record)
        elif table == "zones":
            self._add_zone(record)
            self._grow_scene_rect(self.zones[record.id].scene_rect())

    def _reroute_near(self, *rects: QRectF) -> None:
        """Links that passed where a card was, or pass where it is now, find their way again."""
        if not self.routes_links:
            return
        for rect in rects:
            for item in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                if isinstance(item, LinkItem):
                    item.adjust()

    def _on_changed(self, table: str, record, fields) -> None:
        if table == "participants":
            for item in self.cards.values():
                if item.card.participant_id == record.id:
                    self._refresh_card(item.card_id)
        elif table == "cards" and record.id in self.cards:
            if record.canvas_id != self.canvas_id:
                self._remove_card(record.id)
                return
            before = self.cards[record.id].scene_rect()
            self._refresh_card(record.id)
            self._grow_scene_rect(self.cards[record.id].scene_rect())
            self._reroute_near(before, self.cards[record.id].scene_rect())
        elif table == "links" and record.id in self.links:
            self.links[record.id].set_link(record)
        elif table == "zones" and record.id in self.zones:
            self.zones[record.id].set_zone(record)

    def _on_removed(self, table: str, record) -> None:
        if table == "votes":
            self._refresh_card(record.card_id)
        elif table == "participants":
            for item in self.cards.values():
                if item.participant is not None and item.participant.id == record.id:
                    self._refresh_card(item.card_id)
        elif table == "cards":
            self._remove_card(record.id)
        elif table == "links" and record.id in self.links:
            item = self.links.pop(record.id)
            item.detach()
            self.removeItem(item)
        elif table == "zones" and record.id in self.zones:
            self.removeItem(self.zones.pop(record.id))

    def _remove_card(self, card_id: str) -> None:
        item = self.cards.pop(card_id, None)
        if item is None:
            return
        if self._text_editor is not None and self._text_editor.card_id == card_id:
            self._close_text_editor(commit=False)
        for link in list(item.links):
            self.links.pop(link.link_id, None)
            link.detach()
            self.removeItem(link)
        gone = item.scene_rect()
        self.removeItem(item)
        self._reroute_near(gone)
        if card_id in self.selection_order:
            self.selection_order.remove(card_id)

    # -- selection -------------------------------------------------------------------

    def _track_selection(self) -> None:
        if not shiboken6.isValid(self):
            return
        selected = self.selected_card_ids()
        kept = [i for i in self.selection_order if i in selected]
        self.selection_order = kept + [i for i in selected if i not in kept]

    def selected_card_ids(self) -> list[str]:
        return [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def selected_link_ids(self) -> list[str]:
        return [i.link_id for i in self.selectedItems() if isinstance(i, LinkItem)]

    def selected_zone_ids(self) -> list[str]:
        return [i.zone_id for i in self.selectedItems() if isinstance(i, ZoneItem)]

    def select_cards(self, card_ids, focus: str | None = None) -> None:
        self.clearSelection()
        for card_id in card_ids:
            if card_id in self.cards:
                self.cards[card_id].setSelected(True)
        if focus in self.cards:
            self.focus_card(focus, select=False)

    def select_neighbourhood(self) -> list[str]:
        """Add every card linked to or from the selected cards to the selection."""
        chosen = set(self.selected_card_ids())
        for link in self.doc.links_of(chosen):
            chosen.update((link.source_id, link.target_id))
        self.select_cards(chosen)
        return sorted(chosen)

    def focus_card(self, card_id: str, select: bool = True, said: str | None = None) -> None:
        """said: what to tell a screen reader instead of the card's name (one sentence per move)."""
        item = self.cards[card_id]
        if select:
            self.clearSelection()
            item.setSelected(True)
        self.setFocusItem(item)
        self.focus_described.emit(said or item.accessible_name())
        for view in self.views():
            view.ensureVisible(item, 40, 40)

    # -- find and filter -------------------------------------------------------------

    def matching(self, predicate: Callable[[Card], bool]) -> list[str]:
        return [i for i, item in self.cards.items() if predicate(item.card)]

    def set_filter(self, predicate: Callable[[Card], bool] | None, mode: str = "highlight") -> None:
        """Dim ("highlight") or hide ("filter") the cards the predicate rejects."""
        self._filter, self._filter_mode = predicate, mode
        self.filter_changed.emit()
        for item in self.cards.values():
            self._apply_filter_to(item)
        for link in self.links.values():
            link.setVisible(link.source.isVisible() and link.target.isVisible())

    def current_filter(self) -> tuple[Callable[[Card], bool] | None, str]:
        return self._filter, self._filter_mode

    def _apply_filter_to(self, item: CardItem) -> None:
        keep = self._filter is None or self._filter(item.card)
        if self._filter_mode == "filter":
            item.setOpacity(1.0)
            item.setVisible(keep)
        else:
            item.setVisible(True)
            item.setOpacity(1.0 if keep else 0.22)
        if item.card.hidden:  # face down in a silent round: counted, not shown
            item.setVisible(False)
        for link in item.links:
            link.setVisible(link.source.isVisible() and link.target.isVisible())

    # -- mouse gestures --------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._text_editor is None:
            item = self._top_item(event.scenePos())
            if isinstance(item, (CardItem, ZoneItem)):
                local = item.mapFromScene(event.scenePos())
                if item.in_resize_grip(local) and (item.isSelected() or isinstance(item, CardItem)):
                    self._begin_resize(item)
                    event.accept()
                    return
                if isinstance(item, CardItem) and item.on_edge(local) and not event.modifiers():
                    self._begin_link(item, event.scenePos())
                    event.accept()
                    return
        if self._text_editor is not None and not self._text_editor.contains(
                self._text_editor.mapFromScene(event.scenePos())):
            self._close_text_editor(commit=True)
        super().mousePressEvent(event)
        self._gesture = "move" if self.mouseGrabberItem() is not None else None

    def mouseMoveEvent(self, event) -> None:
        if self._gesture == "link":
            line = self._rubber_line.line()
            self._rubber_line.setLine(QLineF(line.p1(), event.scenePos()))
            return
        if self._gesture == "resize":
            rect = self._press_item.scene_rect()
            corner = event.scenePos()
            w = max(120.0 if isinstance(self._press_item, CardItem) else 160.0, corner.x() - rect.x())
            h = max(70.0 if isinstance(self._press_item, CardItem) else 100.0, corner.y() - rect.y())
            self._resize_preview.setRect(QRectF(rect.x(), rect.y(), w, h))
            return
        super().mouseMoveEvent(event)
        if self._gesture == "move":  # links follow the cards being dragged
            for item in self.selectedItems():
                if isinstance(item, CardItem):
                    item.follow_links()

    def mouseReleaseEvent(self, event) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture == "link":
            self._finish_link(event.scenePos())
            return
        if gesture == "resize":
            self._finish_resize()
            return
        super().mouseReleaseEvent(event)
        if gesture == "move":
            self.commit_moves()

    def mouseDoubleClickEvent(self, event) -> None:
        item = self._top_item(event.scenePos())
        if isinstance(item, CardItem):
            self.edit_text(item.card_id)
            return
        if isinstance(item, ZoneItem):
            self.rename_zone(item.zone_id)
            return
        super().mouseDoubleClickEvent(event)

    def rename_zone(self, zone_id: str) -> None:
        zone = self.doc.get("zones", zone_id)
        parent = self.views()[0] if self.views() else None
        label, ok = QInputDialog.getText(parent, self.tr("Rename zone"), self.tr("Zone label:"), text=zone.label)
        if ok and label.strip():
            self.editor.edit_zone(zone_id, label=label.strip())

    def _top_item(self, pos: QPointF):
        for item in self.items(pos):  # visible ones only: Qt leaves out hidden items (Find's filter)
            if isinstance(item, (CardItem, ZoneItem, LinkItem)):
                if isinstance(item, ZoneItem) and not (item.in_title(item.mapFromScene(pos))
                                                       or item.in_resize_grip(item.mapFromScene(pos))):
                    continue
                return item
        return None

    def helpEvent(self, event) -> None:
        """Tooltips name what is under the pointer; asked for on hover rather than set
        on each of thousands of items while a canvas opens."""
        item = self._top_item(event.scenePos())
        if item is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.screenPos(), literal(item.accessible_name()))  # phone text is not markup
        event.accept()

    def commit_moves(self) -> None:
        """One undo step for everything a drag moved; snap back if it cannot be saved."""
        for table, items in (("cards", self.cards), ("zones", self.zones)):
            moved = {}
            for record_id, item in items.items():
                record = self.doc.get(table, record_id)
                if (item.pos().x(), item.pos().y()) != (record.x, record.y):
                    moved[record_id] = (round(item.pos().x(), 1), round(item.pos().y(), 1))
            if moved and not self.editor.move(table, moved):
                for record_id in moved:
                    record = self.doc.get(table, record_id)
                    items[record_id].setPos(record.x, record.y)

    def _begin_link(self, item: CardItem, pos: QPointF) -> None:
        self._gesture = "link"
        self._press_item = item
        colour = style.LINK_STYLES[self.link_kind].colour
        self._rubber_line = QGraphicsLineItem(QLineF(item.scene_rect().center(), pos))
        self._rubber_line.setPen(QPen(QColor(colour), 2, Qt.PenStyle.DashLine))
        self._rubber_line.setZValue(100)
        self.addItem(self._rubber_line)

    def _finish_link(self, pos: QPointF) -> None:
        self.removeItem(self._rubber_line)
        self._rubber_line = None
        target = next((i for i in self.items(pos) if isinstance(i, CardItem)), None)
        if target is not None and target is not self._press_item:
            self.editor.add_link(self._press_item.card_id, target.card_id, self.link_kind)

    def _begin_resize(self, item) -> None:
        self._gesture = "resize"
        self._press_item = item
        self._resize_preview = QGraphicsRectItem(item.scene_rect())
        self._resize_preview.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
        self._resize_preview.setZValue(100)
        self.addItem(self._resize_preview)

    def _finish_resize(self) -> None:
        rect = self._resize_preview.rect()
        self.removeItem(self._resize_preview)
        self._resize_preview = None
        item = self._press_item
        table = "cards" if isinstance(item, CardItem) else "zones"
        record_id = item.card_id if table == "cards" else item.zone_id
        if rect != item.scene_rect():
            self.editor.resize(table, record_id, (rect.x(), rect.y(), rect.width(), rect.height()))

    # -- editing text in place -------------------------------------------------------

    def edit_text(self, card_id: str) -> None:
        self._close_text_editor(commit=True)
        item = self.cards[card_id]
        self._text_editor = CardTextEditor(item, self._finish_text)
        self._text_editor.start()

    def _finish_text(self, card_id: str, text: str | None) -> None:
        self._text_editor = None
        if text is not None and card_id in self.cards:
            self.editor.edit_card(card_id, text=text)
        if card_id in self.cards:
            self.focus_card(card_id)

    def _close_text_editor(self, commit: bool) -> None:
        if self._text_editor is not None:
            self._text_editor.finish(commit)

    def editing_text(self) -> bool:
        return self._text_editor is not None

    # -- keyboard --------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if self._text_editor is not None:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and ctrl:
            self.follow_link(forward=key in (Qt.Key.Key_Right, Qt.Key.Key_Down))
        elif key in arrows:
            step = BIG_NUDGE if mods & Qt.KeyboardModifier.ShiftModifier else NUDGE
            dx, dy = arrows[key]
            self.nudge_selection(dx * step, dy * step)
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            card_id = self.focused_card_id()
            if card_id:
                self.edit_text(card_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key == Qt.Key.Key_Escape:
            self.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Qt routes Tab here rather than to keyPressEvent: Tab walks the cards in reading order.
        if self._text_editor is not None or not self.cards:
            return False
        self.focus_next(backwards=not next_)
        return True

    def focused_card_id(self) -> str | None:
        item = self.focusItem()
        if isinstance(item, CardItem):
            return item.card_id
        selected = self.selected_card_ids()
        return selected[0] if len(selected) == 1 else None

    def reading_order(self) -> list[str]:
        visible = [i for i in self.cards.values() if i.isVisible()]
        return [i.card_id for i in sorted(visible, key=lambda i: (round(i.y() / 40), i.x()))]

    def focus_next(self, *, backwards: bool) -> None:
        order = self.reading_order()
        if not order:
            return
        current = self.focused_card_id()
        if current not in order:
            index = len(order) - 1 if backwards else 0
        else:
            index = (order.index(current) + (-1 if backwards else 1)) % len(order)
        self.focus_card(order[index])

    def follow_link(self, forward: bool = True) -> None:
        """Move the focus along a link: out to the target, or back to the source."""
        current = self.focused_card_id()
        if current is None:
            return
        links = sorted(self.doc.links_of([current]), key=lambda link: link.created_at)
        for link in links:
            if forward and link.source_id == current and link.target_id in self.cards:
                said = self.tr("Followed {kind} link. {0}").format(
                    self.cards[link.target_id].accessible_name(), kind=link.kind)
                self.focus_card(link.target_id, said=said + self._other_links(link.target_id, link.id))
                return
            if not forward and link.target_id == current and link.source_id in self.cards:
                said = self.tr("Back along {kind} link. {0}").format(
                    self.cards[link.source_id].accessible_name(), kind=link.kind
                )
                self.focus_card(link.source_id, said=said + self._other_links(link.source_id, link.id))
                return
        # Silence would sound like a key that did nothing: say why nothing moved.
        none = self.tr("No link to follow from this card.") if forward else self.tr("No link leads back to this card.")
        self.focus_described.emit(f"{none} {self.cards[current].accessible_name()}")

    def _other_links(self, card_id: str, came_by: str) -> str:
        """The links of the card just reached, other than the one followed there."""
        others = [link for link in self.doc.links_of([card_id]) if link.id != came_by]
        if not others:
            return ""
        out = sum(1 for link in others if link.source_id == card_id)
        back = len(others) - out
        parts = [f"{n} {word}" for n, word in ((out, self.tr("out")), (back, self.tr("in"))) if n]
        return " " + self.tr("Other links: %1.").replace("%1", ", ".join(parts))

    def nudge_selection(self, dx: float, dy: float) -> None:
        cards, zones = self.selected_card_ids(), self.selected_zone_ids()
        if cards:
            self.editor.nudge("cards", cards, dx, dy)
        if zones:
            self.editor.nudge("zones", zones, dx, dy)

    def delete_selection(self) -> None:
        self.editor.delete(
            card_ids=self.selected_card_ids(), link_ids=self.selected_link_ids(), zone_ids=self.selected_zone_ids()
        )

    def link_selected(self) -> bool:
        """Link the first two selected cards, in the order they were selected."""
        order = [i for i in self.selection_order if i in self.cards]
        if len(order) != 2:
            return False
        return self.editor.add_link(order[0], order[1], self.link_kind) is not None
