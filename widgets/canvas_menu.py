"""The right-click menu on the canvas: on a card, on a link and on empty canvas,
each with the actions that apply there. Installed into the window; it reuses the
window's own actions (so each entry shows its shortcut) and adds the few that
need the place clicked (a link's kind and label, a card made where you clicked).
The menu pops up without blocking, so the canvas and the tests keep running."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from app.vocabulary import LINK_KINDS
from widgets.canvas.card_item import CardItem
from widgets.canvas.link_item import LinkItem
from widgets.vocabulary_text import link_kind


class CanvasMenu(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None  # the last menu shown (tests read it)
        window.tabs.current_canvas_changed.connect(self._watch)
        self._watch()

    def _watch(self, *_args) -> None:
        view = self.window.tabs.current_view()
        if view is not None and not view.property("canvasMenu"):
            view.setProperty("canvasMenu", True)
            view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu:
            view = watched.parentWidget()
            menu = self.menu_at(view, event.pos())
            menu.popup(event.globalPos())
            return True
        return False

    def menu_at(self, view, pos: QPoint) -> QMenu:
        """The menu for what lies under pos (a viewport point): a card, a link or the canvas."""
        if self.menu is not None:
            self.menu.deleteLater()
        menu = self.menu = QMenu(view)
        menu.setAccessibleName(self.tr("Canvas menu"))
        scene = view.canvas_scene
        under = [i for i in view.items(pos) if isinstance(i, (CardItem, LinkItem)) and i.isVisible()]
        item = under[0] if under else None
        if item is not None and not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
            scene.setFocusItem(item)
        if isinstance(item, CardItem):
            self._card_menu(menu, scene)
        elif isinstance(item, LinkItem):
            self._link_menu(menu, view, item)
        else:
            self._canvas_menu(menu, view, view.mapToScene(pos))
        return menu

    def _add(self, menu: QMenu, names: list[str]) -> None:
        actions = {**self.window.canvas_actions.actions, **self.window.facilitation.actions}
        for name in names:
            if name in actions:
                menu.addAction(actions[name])

    def _card_menu(self, menu: QMenu, scene) -> None:
        self._add(menu, ["edit_text"])
        if len(scene.selected_card_ids()) == 2:
            self._add(menu, ["link"])
        menu.addSeparator()
        self._add(menu, ["vote", "unvote"])
        menu.addSeparator()
        self._add(menu, ["cut", "copy", "duplicate", "delete"])
        menu.addSeparator()
        self._add(menu, ["neighbourhood", "zoom_selection"])
        if len(scene.selected_card_ids()) > 1:
            align = menu.addMenu(self.tr("Ali&gn"))
            for how in ("left", "right", "top", "bottom", "hcentre", "vcentre"):
                align.addAction(self.window.canvas_actions.actions[f"align_{how}"])

    def _link_menu(self, menu: QMenu, view, item: LinkItem) -> None:
        kinds = menu.addMenu(self.tr("Link &Kind"))
        for kind in LINK_KINDS:
            action = kinds.addAction(link_kind(kind))
            action.setCheckable(True)
            action.setChecked(kind == item.link.kind)
            action.triggered.connect(
                lambda _c=False, k=kind, i=item.link_id: view.editor.edit_link(i, kind=k))
        label = menu.addAction(self.tr("Edit &Label…"))
        label.triggered.connect(lambda _c=False, i=item: self.edit_label(view, i))
        menu.addSeparator()
        self._add(menu, ["delete"])

    def edit_label(self, view, item: LinkItem) -> None:
        text, ok = QInputDialog.getText(view, self.tr("Link label"), self.tr("Label:"), text=item.link.label)
        if ok:
            view.editor.edit_link(item.link_id, label=text.strip())

    def _canvas_menu(self, menu: QMenu, view, at: QPointF) -> None:
        here = menu.addAction(self.tr("Add &Card Here"))
        here.triggered.connect(lambda _c=False: self.add_card_at(view, at))
        self._add(menu, ["paste", "select_all"])
        menu.addSeparator()
        self._add(menu, ["zone", "draw_zone", "swimlanes", "fit_lanes"])
        menu.addSeparator()
        self._add(menu, ["zoom_fit", "zoom_actual", "voting_mode"])

    def add_card_at(self, view, at: QPointF) -> None:
        """A new card for the current participant where the menu was opened, its text open for typing."""
        editor = view.editor
        card = editor.add_card(view.canvas_id, "", participant_id=editor.current_participant_id,
                               pos=(at.x(), at.y()))
        if card is not None and card.id in view.canvas_scene.cards:
            view.canvas_scene.focus_card(card.id)
            view.canvas_scene.edit_text(card.id)
