"""The open session's canvases as tabs: add, rename, reorder and delete them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTabWidget, QWidget

from app.editor import Editor
from widgets.announce import announce
from widgets.canvas.view import CanvasView
from widgets.markup import literal


class SessionTabs(QTabWidget):
    current_canvas_changed = Signal(object)  # canvas id or None
    selection_changed = Signal(list, list)  # card ids, link ids selected on the current canvas

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor: Editor | None = None
        self.views: dict[str, CanvasView] = {}
        self._syncing = False
        self.setMovable(True)
        self.setDocumentMode(True)
        self.setAccessibleName(self.tr("Canvases"))
        self.tabBar().tabMoved.connect(self._tab_moved)
        self.tabBar().tabBarDoubleClicked.connect(lambda i: self.rename_canvas(i))
        self.currentChanged.connect(self._current_changed)

    def set_editor(self, editor: Editor | None) -> None:
        self.clear_views()
        self.editor = editor
        if editor is None:
            return
        doc = editor.doc
        for canvas in doc.all("canvases"):
            self._add_view(canvas)
        doc.added.connect(self._on_added)
        doc.changed.connect(self._on_changed)
        doc.removed.connect(self._on_removed)

    def clear_views(self) -> None:
        if self.editor is not None:
            doc = self.editor.doc
            doc.added.disconnect(self._on_added)
            doc.changed.disconnect(self._on_changed)
            doc.removed.disconnect(self._on_removed)
        self.blockSignals(True)
        while self.count():
            view = self.widget(0)
            self.removeTab(0)
            view.shutdown()
            view.deleteLater()
        self.blockSignals(False)
        self.views.clear()
        self.editor = None
        self.current_canvas_changed.emit(None)

    def _current_changed(self, _index: int) -> None:
        self.current_canvas_changed.emit(self.current_canvas_id())
        self._selection_changed()

    def _selection_changed(self) -> None:
        view = self.current_view()
        if view is None:
            self.selection_changed.emit([], [])
        elif self.sender() in (None, self, view.canvas_scene):
            scene = view.canvas_scene
            self.selection_changed.emit(scene.selected_card_ids(), scene.selected_link_ids())

    def current_canvas_id(self) -> str | None:
        view = self.currentWidget()
        return view.canvas_id if isinstance(view, CanvasView) else None

    def current_view(self) -> CanvasView | None:
        view = self.currentWidget()
        return view if isinstance(view, CanvasView) else None

    def show_canvas(self, canvas_id: str) -> None:
        if canvas_id in self.views:
            self.setCurrentWidget(self.views[canvas_id])

    # -- follow the document --------------------------------------------------------

    def _add_view(self, canvas) -> None:
        view = CanvasView(self.editor, canvas.id, self)
        view.canvas_scene.selectionChanged.connect(self._selection_changed)
        # What the focus reaches on the map (a card, a link followed or not) is spoken.
        view.canvas_scene.focus_described.connect(lambda text, v=view: announce(v, text))
        self.views[canvas.id] = view
        self.insertTab(min(canvas.position, self.count()), view, canvas.name)
        self._name_view(view, canvas.name)

    def _name_view(self, view: CanvasView, name: str) -> None:
        """A screen reader hears which canvas it is on, not just "Canvas"; the viewport
        (Qt's focusable filler inside the view) carries the same name."""
        spoken = self.tr("%1 canvas").replace("%1", name)
        view.setAccessibleName(spoken)
        view.viewport().setAccessibleName(spoken)

    def _on_added(self, table: str, record) -> None:
        if table == "canvases":
            self._add_view(record)
            self._sync_order()
            self.setCurrentWidget(self.views[record.id])

    def _on_changed(self, table: str, record, fields) -> None:
        if table == "canvases" and record.id in self.views:
            self.setTabText(self.indexOf(self.views[record.id]), record.name)
            self._name_view(self.views[record.id], record.name)
            if "position" in fields:
                self._sync_order()

    def _on_removed(self, table: str, record) -> None:
        if table == "canvases" and record.id in self.views:
            view = self.views.pop(record.id)
            self.removeTab(self.indexOf(view))
            view.shutdown()
            view.deleteLater()

    def _sync_order(self) -> None:
        """Put tabs in the document's order (after undo of a reorder, say)."""
        # Not blockSignals: QTabWidget itself listens to tabMoved to keep its pages in order.
        self._syncing = True
        try:
            for index, canvas in enumerate(self.editor.doc.all("canvases")):
                view = self.views.get(canvas.id)
                current = self.indexOf(view)
                if view is not None and current != index:
                    self.tabBar().moveTab(current, index)
        finally:
            self._syncing = False

    # -- gestures -----------------------------------------------------------------

    def _tab_moved(self, _from: int, to: int) -> None:
        if self._syncing:
            return
        view = self.widget(to)
        if self.editor is not None and isinstance(view, CanvasView):
            self.editor.move_canvas(view.canvas_id, to)

    def add_canvas(self) -> None:
        if self.editor is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("New canvas"), self.tr("Canvas name:"),
                                        text=self.tr("Canvas {0}").format(self.count() + 1))
        if ok and name.strip():
            self.editor.add_canvas(name)

    def rename_canvas(self, index: int | None = None) -> None:
        index = self.currentIndex() if index is None else index
        view = self.widget(index)
        if self.editor is None or not isinstance(view, CanvasView):
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename canvas"), self.tr("Canvas name:"),
                                        text=self.tabText(index))
        if ok and name.strip():
            self.editor.rename_canvas(view.canvas_id, name.strip())

    def delete_canvas(self) -> None:
        view = self.current_view()
        if self.editor is None or view is None:
            return
        if self.count() == 1:
            QMessageBox.information(self, self.tr("Delete canvas"), self.tr("A session keeps at least one canvas."))
            return
        cards = len(self.editor.doc.on_canvas("cards", view.canvas_id))
        answer = QMessageBox.question(
            self,
            self.tr("Delete canvas"),
            literal(
                self.tr("Delete the canvas “{0}” and its %n card(s)?\n\nYou can undo this.", "", cards).format(
                    self.tabText(self.currentIndex())
                )
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.delete_canvas(view.canvas_id)
