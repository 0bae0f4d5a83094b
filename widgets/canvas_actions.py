"""The canvas's menu actions and toolbar: zoom, links, zones, align, clipboard.
They act on the current canvas view through the scene and the editor."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QObject, QPointF
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QMenu, QToolBar, QWidget

from app.capture import lines_of
from app.vocabulary import LINK_KINDS
from widgets.panels.capture_bar import one_card_per_line
from widgets.session_tabs import SessionTabs
from widgets.vocabulary_text import link_kind

MIME = "application/x-meshwork-cards"


class CanvasActions(QObject):
    def __init__(self, window: QWidget, tabs: SessionTabs):
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self.actions: dict[str, QAction] = {}
        add = self._add
        add("zoom_in", self.tr("Zoom &In"), lambda v: v.zoom_in(), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        add("zoom_out", self.tr("Zoom &Out"), lambda v: v.zoom_out(), [QKeySequence.StandardKey.ZoomOut])
        add("zoom_fit", self.tr("Zoom to &Fit"), lambda v: v.zoom_to_fit(), ["Ctrl+0"])
        add("zoom_actual", self.tr("&Actual Size"), lambda v: v.zoom_actual(), ["Ctrl+1"])
        add("zoom_selection", self.tr("Zoom to &Selection"), lambda v: v.zoom_to_selection(), ["Ctrl+2"])
        add("link", self.tr("&Link Selected Cards"), self.link_selected, ["Ctrl+K"])
        add("neighbourhood", self.tr("Select &Neighbourhood"), lambda v: v.canvas_scene.select_neighbourhood(),
            ["Ctrl+Shift+A"])
        add("select_all", self.tr("Select &All"), self.select_all, [QKeySequence.StandardKey.SelectAll])
        add("edit_text", self.tr("&Edit Card Text"), self.edit_text, [])
        add("delete", self.tr("&Delete"), lambda v: v.canvas_scene.delete_selection(), [])
        add("duplicate", self.tr("D&uplicate"), self.duplicate, ["Ctrl+D"])
        add("copy", self.tr("&Copy Cards"), self.copy, [QKeySequence.StandardKey.Copy])
        add("cut", self.tr("Cu&t Cards"), self.cut, [QKeySequence.StandardKey.Cut])
        add("paste", self.tr("&Paste Cards"), self.paste, [QKeySequence.StandardKey.Paste])
        add("swimlanes", self.tr("S&wimlanes from Roster"), self.swimlanes, [])
        add("fit_lanes", self.tr("Fit &Lanes to Cards"), self.fit_lanes, [])
        add("zone", self.tr("Add &Zone…"), self.add_zone, [])
        add("draw_zone", self.tr("Dra&w Zone by Hand"), lambda v: v.start_drawing_zone(), ["Ctrl+Shift+D"])
        for how, label in (
            ("left", self.tr("Left")),
            ("right", self.tr("Right")),
            ("top", self.tr("Top")),
            ("bottom", self.tr("Bottom")),
            ("hcentre", self.tr("Centres Horizontally")),
            ("vcentre", self.tr("Centres Vertically")),
        ):
            add(
                f"align_{how}",
                self.tr("Align {label}").format(label=label),
                lambda v, h=how: v.editor.align(v.canvas_scene.selected_card_ids(), h),
                [],
            )
        self.link_kind = QComboBox()
        for kind in LINK_KINDS:
            self.link_kind.addItem(link_kind(kind), kind)
        self.link_kind.setAccessibleName(self.tr("Kind of new links"))
        self.link_kind.setToolTip(self.tr("The kind of link that dragging from a card's edge or Ctrl+K creates"))
        self.link_kind.currentIndexChanged.connect(lambda _i: self._set_link_kind(self.link_kind.currentData()))
        tabs.currentChanged.connect(lambda _i: self._set_link_kind(self.link_kind.currentData()))

    def _add(self, name: str, text: str, slot, shortcuts) -> None:
        action = QAction(text, self.window)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: self._run(slot))
        self.window.addAction(action)
        self.actions[name] = action

    def _run(self, slot) -> None:
        view = self.tabs.current_view()
        if view is not None:
            slot(view)

    def _set_link_kind(self, kind: str) -> None:
        for view in self.tabs.views.values():
            view.canvas_scene.link_kind = kind

    def fill_menu(self, menu: QMenu) -> None:
        a = self.actions
        for names in (
            ["zoom_in", "zoom_out", "zoom_fit", "zoom_actual", "zoom_selection"],
            ["link", "neighbourhood", "select_all"],
            ["swimlanes", "fit_lanes", "zone", "draw_zone"],
        ):
            for name in names:
                menu.addAction(a[name])
            menu.addSeparator()
        align = menu.addMenu(self.tr("Ali&gn"))
        for how in ("left", "right", "top", "bottom", "hcentre", "vcentre"):
            align.addAction(a[f"align_{how}"])

    def fill_edit_menu(self, menu: QMenu) -> None:
        for name in ("cut", "copy", "paste", "duplicate", "delete", "edit_text"):
            menu.addAction(self.actions[name])

    def toolbar(self, parent: QWidget) -> QToolBar:
        bar = QToolBar(self.tr("Canvas"), parent)
        bar.setObjectName("CanvasToolbar")
        for name in ("zoom_fit", "zoom_selection", "swimlanes", "zone", "draw_zone"):
            bar.addAction(self.actions[name])
        bar.addSeparator()
        label = QLabel(self.tr(" New links: "))
        label.setBuddy(self.link_kind)  # on Linux a combo's name comes from the label that names it
        bar.addWidget(label)
        bar.addWidget(self.link_kind)
        bar.addAction(self.actions["link"])
        return bar

    # -- slots ---------------------------------------------------------------------

    def link_selected(self, view) -> None:
        if not view.canvas_scene.link_selected():
            self.window.statusBar().showMessage(self.tr("Select exactly two cards to link them (first → second)"), 5000)

    def select_all(self, view) -> None:
        for item in view.canvas_scene.cards.values():
            if item.isVisible():
                item.setSelected(True)

    def edit_text(self, view) -> None:
        card_id = view.canvas_scene.focused_card_id()
        if card_id:
            view.canvas_scene.edit_text(card_id)

    def duplicate(self, view) -> None:
        new_ids = view.editor.duplicate(view.canvas_scene.selected_card_ids())
        view.canvas_scene.select_cards(new_ids)

    def copy(self, view) -> bool:
        ids = view.canvas_scene.selected_card_ids()
        if not ids:
            return False
        payload = view.editor.copy_payload(ids)
        payload["canvas_id"] = view.canvas_id
        data = QMimeData()
        data.setData(MIME, json.dumps(payload).encode())
        data.setText("\n".join(c["text"] for c in payload["cards"]))
        QGuiApplication.clipboard().setMimeData(data)
        return True

    @staticmethod
    def release_clipboard() -> None:
        """Drop our cards from the clipboard before Qt shuts down: Qt's clipboard would
        otherwise free Python-made data during process exit and crash."""
        clipboard = QGuiApplication.clipboard()
        data = clipboard.mimeData()
        if data is not None and data.hasFormat(MIME):
            clipboard.clear()

    def cut(self, view) -> None:
        if self.copy(view):
            view.canvas_scene.delete_selection()

    def paste(self, view) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and not data.hasFormat(MIME) and data.hasText():
            self.paste_text(view, data.text())
            return
        if data is None or not data.hasFormat(MIME):
            return
        try:
            payload = json.loads(bytes(data.data(MIME)).decode())
        except (ValueError, UnicodeDecodeError):
            return
        offset = (30.0, 30.0) if payload.get("canvas_id") == view.canvas_id else (0.0, 0.0)
        new_ids = view.editor.paste(payload, view.canvas_id, offset)
        view.canvas_scene.select_cards(new_ids)

    def paste_text(self, view, text: str) -> None:
        """Plain text pasted on the canvas: a card per line (asking first when there are several)."""
        lines = lines_of(text)
        if not lines or (len(lines) > 1 and not one_card_per_line(self.window, lines)):
            return
        cards = view.editor.capture_lines(lines, view.canvas_id)
        view.canvas_scene.select_cards([c.id for c in cards])
        made = self.tr("Made 1 card") if len(cards) == 1 else self.tr("Made %n cards", "", len(cards))
        self.window.statusBar().showMessage(made, 5000)

    def swimlanes(self, view) -> None:
        if not view.editor.swimlanes_from_roster(view.canvas_id):
            self.window.statusBar().showMessage(
                self.tr("Every role in the roster already has a swimlane (add participants with a job role first)"),
                6000,
            )

    def fit_lanes(self, view) -> None:
        if not view.editor.fit_lanes(view.canvas_id):
            self.window.statusBar().showMessage(self.tr("Every swimlane already fits its cards"), 6000)

    def add_zone(self, view) -> None:
        label, ok = QInputDialog.getText(self.window, self.tr("Add zone"), self.tr("Zone label:"))
        if not ok or not label.strip():
            return
        scene = view.canvas_scene
        rect = None
        for card_id in scene.selected_card_ids():
            r = scene.cards[card_id].scene_rect()
            rect = r if rect is None else rect.united(r)
        if rect is not None:
            rect = rect.adjusted(-30, -60, 30, 30)
        else:
            centre = view.mapToScene(view.viewport().rect().center())
            rect = view.mapToScene(view.viewport().rect()).boundingRect()
            rect.setSize(rect.size() * 0.5)
            rect.moveCenter(QPointF(centre))
        view.editor.add_zone(view.canvas_id, label.strip(), (rect.x(), rect.y(), rect.width(), rect.height()))
