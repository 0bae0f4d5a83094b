"""The canvas as a screen reader sees it: a *canvas* named after its session
canvas, whose children are its own widgets (the step timer, the minimap) and
then one child per card, in reading order, named as the card is announced
(kind, text, author, role, votes) and described by its links. The card with
the keyboard focus is the canvas's focus child. Moves are spoken as
announcements (widgets/session_tabs.py), not as Focus events on the children,
so a screen reader says each move once.

Card children have no QObject; Qt may keep them in its cache, so each is kept
for as long as its view lives (on the view) and only says it is invalid once
its card is gone, never deleted under Qt's feet."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

_installed = False


class CardAccessible(QAccessibleInterface):
    def __init__(self, view, card_id: str):
        super().__init__()
        self.view = view
        self.card_id = card_id

    def item(self):
        if not shiboken6.isValid(self.view):
            return None
        return self.view.canvas_scene.cards.get(self.card_id)

    def isValid(self) -> bool:
        return self.item() is not None

    def object(self):
        return None

    def window(self):
        return self.view.window().windowHandle() if shiboken6.isValid(self.view) else None

    def relations(self, _match=QAccessible.RelationFlag.AllRelations):
        return []

    def focusChild(self):
        return None

    def childAt(self, _x, _y):
        return None

    def parent(self):
        return QAccessible.queryAccessibleInterface(self.view) if shiboken6.isValid(self.view) else None

    def child(self, _index):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child) -> int:
        return -1

    def text(self, kind) -> str:
        item = self.item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item.accessible_name()
        if kind == QAccessible.Text.Description:
            return links_said(self.view, self.card_id)
        return ""

    def setText(self, _kind, _text) -> None:
        pass  # text is edited with F2, as a command through the editor

    def rect(self) -> QRect:
        item = self.item()
        if item is None:
            return QRect()
        local = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(self.view.viewport().mapToGlobal(local.topLeft()), local.size())

    def role(self):
        return QAccessible.Role.ListItem

    def state(self):
        state = QAccessible.State()
        item = self.item()
        state.focusable = True
        state.selectable = True
        if item is None:
            state.invalid = True
            return state
        state.selected = item.isSelected()
        state.focused = item.hasFocus() and self.view.hasFocus()
        state.invisible = not item.isVisible()
        return state


def links_said(view, card_id: str) -> str:
    """"hand-off to “assess damage”; informs from “review the claim”": the card's links."""
    scene = view.canvas_scene
    said = []
    for link in scene.doc.links_of([card_id]):
        out = link.source_id == card_id
        other = scene.cards.get(link.target_id if out else link.source_id)
        if other is not None:
            said.append(f"{link.kind} {'to' if out else 'from'} “{other.card.text}”")
    return "; ".join(said)


class CanvasAccessible(QAccessibleWidget):
    """The view: its widgets first, then its cards in reading order."""

    def __init__(self, view):
        super().__init__(view, QAccessible.Role.Canvas)
        self.view = view

    def cards(self) -> list[str]:
        return self.view.canvas_scene.reading_order()

    def card(self, card_id: str) -> CardAccessible:
        kept = self.view.__dict__.setdefault("_card_accessibles", {})
        if card_id not in kept:
            kept[card_id] = CardAccessible(self.view, card_id)
        return kept[card_id]

    def childCount(self) -> int:
        return super().childCount() + len(self.cards())

    def child(self, index: int):
        own = super().childCount()
        if index < own:
            return super().child(index)
        cards = self.cards()
        return self.card(cards[index - own]) if 0 <= index - own < len(cards) else None

    def indexOfChild(self, child) -> int:
        if isinstance(child, CardAccessible):
            cards = self.cards()
            return super().childCount() + cards.index(child.card_id) if child.card_id in cards else -1
        return super().indexOfChild(child)

    def focusChild(self):
        card_id = self.view.canvas_scene.focused_card_id()
        return self.card(card_id) if card_id else super().focusChild()


def _interface(_key: str, obj: QObject):
    from widgets.canvas.view import CanvasView

    if isinstance(obj, CanvasView):
        # Qt gives a graphics view the role Client ("filler" to AT-SPI); a map is a canvas.
        return CanvasAccessible(obj)
    return None


def install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_interface)
        _installed = True

