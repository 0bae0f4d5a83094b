"""*Include Face-Down Cards*: the export option every export menu shares.

One checkable action, put in File > Export Canvas, Export Session and Export
Session Data, so ticking it in one menu ticks it in all. It is off whenever a
window opens: a silent round's cards stay out of exports (app.io.face_down)
unless the facilitator asks for them this time."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.io import face_down


class FaceDownOption(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Include Face-Down Cards"), window)
        self.action.setObjectName("export-include-face-down")
        self.action.setCheckable(True)
        self.action.setStatusTip(self.tr("Also export the cards still face down in a silent round, with their text"))

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.action)

    @property
    def wanted(self) -> bool:
        return self.action.isChecked()

    def options(self) -> dict:
        """The exporter option, only when asked for (an exporter's default leaves them out)."""
        return {face_down.OPTION: True} if self.wanted else {}

    def note(self, canvas_id: str | None = None, keeps: bool = False) -> str:
        """What the export did with the open session's face-down cards, for the status bar."""
        editor = self.window.editor
        if editor is None:
            return ""
        n = sum(1 for c in editor.doc.all("cards")
                if face_down.is_face_down(c) and (canvas_id is None or c.canvas_id == canvas_id))
        if not n:
            return ""
        # Singular and plural as separate source texts: without a translator loaded, Qt
        # fills in %n but cannot choose "card" or "cards".
        if keeps:
            return (self.tr(" (it keeps the face-down card, still face down: JSON is the complete session)")
                    if n == 1 else self.tr(" (it keeps the %n face-down cards, still face down: JSON is the "
                                           "complete session)", "", n))
        if self.wanted:
            return self.tr(" (1 face-down card included)") if n == 1 else \
                self.tr(" (%n face-down cards included)", "", n)
        return self.tr(" (1 face-down card left out)") if n == 1 else self.tr(" (%n face-down cards left out)", "", n)


def face_down_option(window) -> FaceDownOption:
    """The window's one option, made by whichever export menu comes first."""
    found = getattr(window, "face_down_option", None)
    if found is None:
        found = window.face_down_option = FaceDownOption(window)
    return found
