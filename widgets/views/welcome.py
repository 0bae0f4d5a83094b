"""Starting a session: the page shown when no session is open (with the demo
offered while the library is empty), File > New Session… and File > Save
Session as Method…."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import demo, methods
from app.library import Library
from storage import sessions
from storage.library import new_id


class WelcomePage(QWidget):
    demo_requested = Signal()
    new_session_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.heading = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(520)
        for label in (self.heading, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("New Session…"), self)
        self.new_button.setToolTip(self.tr("Choose a series, a method and the people in the room"))
        self.demo_button = QPushButton(self.tr("Create the Demo Series"), self)
        self.demo_button.setToolTip(self.tr("Three quarterly sessions of a motor-claims team, to explore and compare"))
        for button in (self.new_button, self.demo_button):
            button.setAccessibleName(button.text().rstrip("…"))
            button.setMinimumHeight(40)
            button.setMinimumWidth(200)
        self.new_button.clicked.connect(self.new_session_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
        library.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        first_start = not self.library.session_list()
        self.demo_button.setVisible(first_start)
        if first_start:
            self.heading.setText(self.tr("<h1>Welcome to Meshwork</h1>"))
            self.text.setText(
                self.tr(
                    "Map with the people in the room what they do, why, with what, and how their work connects, and "
                    "compare the maps over time.<br><br>Start your first session, or look around in a demo series of "
                    "three workshops of a claims-handling team."
                )
            )
        else:
            self.heading.setText(self.tr("<h2>No session open</h2>"))
            self.text.setText(self.tr("Open a session by double-clicking it in the library panel, or start a new one."))
        # A fixed-width word-wrapped label does not grow on its own: give it its height.
        self.text.setMinimumHeight(self.text.heightForWidth(self.text.width()))


class Starter(QObject):
    """Installs the welcome page and the File menu entries into a main window."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.library: Library = window.library
        self.dialog = None
        self.page = WelcomePage(self.library, window.central)
        self.page.new_session_requested.connect(self.open_dialog)
        self.page.demo_requested.connect(self.create_demo)
        # The welcome page takes the place of the plain "no session" page.
        showing_empty = window.central.currentWidget() is window.empty
        window.central.insertWidget(0, self.page)
        window.central.removeWidget(window.empty)
        window.empty.deleteLater()
        window.empty = self.page
        if showing_empty:
            window.central.setCurrentWidget(self.page)

        self.new_action = self._action(self.tr("New Session…"), self.open_dialog, "Ctrl+Shift+N")
        self.save_method_action = self._action(self.tr("Save Session as Method…"), self.save_as_method)
        self.demo_action = self._action(self.tr("Create the Demo Series"), self.create_demo)
        file_menu = window.file_menu
        anchor = window.new_session_action
        actions = file_menu.actions()
        after = actions[actions.index(anchor) + 1] if anchor in actions[:-1] else None
        for action in (self.new_action, self.save_method_action, self.demo_action):
            file_menu.insertAction(after, action)

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    # -- New Session… ---------------------------------------------------------------

    def open_dialog(self):
        """Opens the dialog without blocking; the new session opens when it is created."""
        from widgets.dialogs.new_session import NewSessionDialog

        editor = self.window.editor
        series_id = editor.doc.session.get("series_id") if editor is not None else None
        selected = self.window.library_panel.selected()
        if selected is not None and selected[0] == "series":
            series_id = selected[1]
        self.dialog = NewSessionDialog(self.library, self.window, series_id)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.created.connect(self.window.open_session)
        self.dialog.open()
        self.dialog.activateWindow()
        return self.dialog

    # -- the demo -----------------------------------------------------------------------

    def create_demo(self) -> str | None:
        if demo.demo_exists(self.library.db):
            self.window.show_error(
                self.tr("This library already has the demo series “{SERIES_NAME}”.").format(
                    SERIES_NAME=demo.SERIES_NAME
                )
            )
            return None
        series_id = new_id()
        ok = self.library.create_built(
            self.tr("Create the demo series"), lambda db: demo.build_demo(db, series_id), [("series", series_id)]
        )
        if not ok:
            return None
        built = sessions.in_series(self.library.db, series_id)
        if built:
            self.window.open_session(built[-1]["id"])
        self.window.statusBar().showMessage(
            self.tr("Created the demo series with {0} sessions; Edit › Undo removes it again.").format(len(built)),
            10_000,
        )
        return series_id

    # -- Save Session as Method… ------------------------------------------------------------

    def save_as_method(self) -> methods.Method | None:
        editor = self.window.editor
        if editor is None:
            self.window.show_error(self.tr("Open a session first: its canvases, zones and agenda become the method."))
            return None
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("Save Session as Method"),
            self.tr("Name of the new method (its canvases, zones and agenda are saved):"),
            text=editor.doc.session.get("title", ""),
        )
        if not ok or not name.strip():
            return None
        try:
            method = methods.save_session_as_method(editor.doc.db, editor.doc.session_id, name,
                                                    language=QLocale().name())
        except methods.MethodError as exc:
            self.window.show_error(self.tr("The method was not saved: {exc}").format(exc=exc.said()))
            return None
        self.window.statusBar().showMessage(
            self.tr("Saved the method “{name}” to {path}").format(name=method.name, path=method.path), 10_000
        )
        return method
