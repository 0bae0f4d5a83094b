"""The main window: assembles the panels; the panels talk to the editor and the
document, not to each other."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.document import SessionDocument
from app.editor import Editor
from app.library import Library
from storage import sessions
from widgets.access import reads_its_text
from widgets.canvas_actions import CanvasActions
from widgets.locale_text import time_text
from widgets.panel_dock import PanelDock
from widgets.panels.capture_bar import CaptureBar
from widgets.panels.inspector import InspectorPanel
from widgets.panels.roster import RosterPanel
from widgets.session_tabs import SessionTabs

if TYPE_CHECKING:
    from sqlite_utils import Database

CENTRAL_MIN_WIDTH = 320


class MainWindow(QMainWindow):
    # The open session's editor, or None: panels follow this instead of each other.
    session_changed = Signal(object)

    def __init__(self, db: Database, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = Library(db, path, self)
        self.editor: Editor | None = None
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.library.stack)
        self.setWindowTitle(self.tr("Meshwork"))
        self.setup_central()
        self.setup_library_panel()
        self.setup_session_panels()
        self.setup_status_bar()
        self.setup_actions()
        self.setup_menus()
        self.library.failed.connect(self.show_error)
        self.library.changed.connect(self._library_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.reopen_last_session()
        self.setup_safety()
        self.setup_export()
        self.setup_reflections_replay_access()
        self.setup_patterns()
        self.setup_facilitation()
        self.setup_canvas_menu()
        self.setup_starting()
        self.setup_room()
        self.setup_io()
        self.setup_session_header()
        self.setup_help()  # after every feature's menu, so Help ends the menu bar
        self.setup_keyboard_map()  # once every dock exists
        self.setup_voice()
        self.setup_layout()

    # -- set-up ---------------------------------------------------------------------

    def setup_layout(self) -> None:
        """Last run's window size and panels, or a default that leaves the canvas the room;
        View > Reset Layout. Last, once every dock exists: see widgets/window_layout.py."""
        from widgets.window_layout import WindowLayout

        self.window_layout = WindowLayout(self)
        self.window_layout.restore()

    def setup_session_header(self) -> None:
        """Purpose under the capture bar, File > Session Details…: see widgets/panels/session_header.py."""
        from widgets.panels.session_header import SessionHeader

        self.session_header = SessionHeader(self)

    def setup_io(self) -> None:
        """File > Import… and File > Export Session Data (JSON, CSV, GraphML, ...): see widgets/io_actions.py."""
        from widgets.io_actions import setup_io

        self.io_actions = setup_io(self)

    def setup_help(self) -> None:
        """Help > Facilitator's Guide, Keyboard Shortcuts (read from the actions), About: see widgets/help.py."""
        from widgets.help import Help

        self.help = Help(self)

    def setup_keyboard_map(self) -> None:
        """F6 / Shift+F6 and Alt+0 … Alt+8 between the canvas and the panels: see widgets/keyboard_map.py."""
        from widgets.keyboard_map import KeyboardMap

        self.keyboard_map = KeyboardMap(self)

    def setup_voice(self) -> None:
        """Cards added and removed, undo and redo, save trouble, spoken: see widgets/session_voice.py."""
        from widgets.session_voice import SessionVoice

        self.session_voice = SessionVoice(self)

    def setup_central(self) -> None:
        self.tabs = SessionTabs(self)
        self.empty = QLabel(
            self.tr(
                "<h2>No session open</h2><p>Create a series and a session in the library panel, or open one by "
                "double-clicking it.</p>"
            ),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.capture_bar = CaptureBar(self)
        self.session_page = QWidget(self)
        page = QVBoxLayout(self.session_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.capture_bar)
        page.addWidget(self.tabs, 1)
        self.central = QStackedWidget(self)
        # A stack is as wide as its widest page; the welcome page's row of buttons must
        # not keep the canvas page (and so the whole window) wide on a small screen.
        self.central.setMinimumWidth(CENTRAL_MIN_WIDTH)
        self.central.addWidget(self.empty)
        self.central.addWidget(self.session_page)
        self.setCentralWidget(self.central)
        self.tabs.current_canvas_changed.connect(self.capture_bar.set_canvas)
        self.capture_bar.leave.connect(self.focus_canvas)
        self.capture_bar.captured.connect(self._show_captured)
        self.canvas_actions = CanvasActions(self, self.tabs)
        self.addToolBar(self.canvas_actions.toolbar(self))

    def setup_safety(self) -> None:
        """Backups, Restore from Backup, the read-only banner: see widgets/safety.py."""
        from widgets.safety import Safety

        self.safety = Safety(self)

    def setup_facilitation(self) -> None:
        """Agenda and timer, presenter mode, silent rounds, dot voting: see widgets/facilitation.py."""
        from widgets.facilitation import Facilitation

        self.facilitation = Facilitation(self)

    def setup_canvas_menu(self) -> None:
        """The right-click menu on a card, a link or the canvas: see widgets/canvas_menu.py."""
        from widgets.canvas_menu import CanvasMenu

        self.canvas_menu = CanvasMenu(self)

    def setup_patterns(self) -> None:
        """Compare, series map, trends, continue a session: see widgets/patterns.py."""
        from widgets.patterns import Patterns

        self.patterns = Patterns(self)

    def setup_reflections_replay_access(self) -> None:
        """Reflections dock, View > Replay Session…, themes and high contrast, menu mnemonics:
        see widgets/panels/reflections.py, views/replay.py, theme.py and access.py."""
        from widgets.access import KeyboardAccess
        from widgets.language import LanguageMenu
        from widgets.panels import reflections
        from widgets.theme import Theme
        from widgets.views.replay import ReplayLauncher

        self.reflections_dock = self._dock(QT_TRANSLATE_NOOP("MainWindow", "Reflections"),
                                           lambda: reflections.ReflectionsPanel(self),
                                           Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.reflections_dock)
        self.inspector_dock.raise_()
        self.add_reflection_action = reflections.install(self, self.reflections_dock)
        self.replay = ReplayLauncher(self)
        self.theme = Theme(self)
        self.language = LanguageMenu(self)
        self.keyboard_access = KeyboardAccess(self)

    def setup_export(self) -> None:
        """File > Export Canvas / Export Session (PNG, SVG, PDF, HTML, report): see widgets/export/actions.py."""
        from widgets.export.actions import setup_export

        self.export_actions = setup_export(self)

    def setup_starting(self) -> None:
        """Welcome page with the demo, File > New Session… and Save Session as Method…: see widgets/views/welcome.py."""
        from widgets.views.welcome import Starter

        self.starter = Starter(self)

    def setup_room(self) -> None:
        """Room join: participants add cards from their phones; see widgets/panels/room.py."""
        def build():
            from widgets.panels.room import RoomPanel  # and with it QtNetwork, once the dock is used

            return RoomPanel(self)

        self.room_dock = self._dock(QT_TRANSLATE_NOOP("MainWindow", "Room Join"), build,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.room_dock.hide()
        self.view_menu.addAction(self.room_dock.toggleViewAction())
        self.view_menu.addAction(self._action(self.tr("Show Join &QR Full Screen"),
                                              lambda: self.room_panel.show_qr_full_screen()))

    # The panels of docks built when first shown (widgets/panel_dock.py): asking for one builds it.
    room_panel = property(lambda self: self.room_dock.panel)
    reflections_panel = property(lambda self: self.reflections_dock.panel)
    library_panel = property(lambda self: self.library_dock.panel)
    find_panel = property(lambda self: self.find_dock.panel)

    def setup_library_panel(self) -> None:
        self.library_dock = self._dock(QT_TRANSLATE_NOOP("MainWindow", "Library"), self._build_library_panel,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)

    def _build_library_panel(self):
        from widgets.panels.library import LibraryPanel

        panel = LibraryPanel(self.library, self)
        panel.session_activated.connect(self.open_session)
        if self.editor is not None:
            panel.mark_open(self.editor.doc.session_id)
            panel.select("session", self.editor.doc.session_id)
        return panel

    def _build_find_panel(self):
        from widgets.panels.find import FindPanel

        panel = FindPanel(self)
        if self.editor is not None:
            panel.set_editor(self.editor, self._current_scene)
        return panel

    def setup_session_panels(self) -> None:
        self.roster_panel = RosterPanel(self)
        self.roster_dock = self._dock(
            QT_TRANSLATE_NOOP("MainWindow", "Participants"), self.roster_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector = InspectorPanel(self)
        self.inspector_dock = self._dock(
            QT_TRANSLATE_NOOP("MainWindow", "Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabs.selection_changed.connect(self._show_selection)
        self.find_dock = self._dock(QT_TRANSLATE_NOOP("MainWindow", "Find and Filter"), self._build_find_panel,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.find_dock)
        self.inspector_dock.raise_()
        self.tabs.current_canvas_changed.connect(lambda _id: self.find_dock.is_built() and self.find_panel.apply())

    def _dock(self, title: str, panel, area: Qt.DockWidgetArea) -> PanelDock:
        """A dock for ``panel``, or for the panel that ``panel()`` builds when the dock is first shown."""
        dock = PanelDock(title, self, panel)
        self.addDockWidget(area, dock)
        return dock

    def setup_status_bar(self) -> None:
        self.library_label = QLabel(self.tr("Library: {path}").format(path=self.library.path))
        reads_its_text(self.library_label, self.tr("Open library"))
        self.saved_label = QLabel("")
        reads_its_text(self.saved_label, self.tr("Save state"))
        self.statusBar().addWidget(self.library_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        # A message takes the library line's place: never two texts drawn over each other.
        self.statusBar().messageChanged.connect(lambda message: self.library_label.setVisible(not message))

    def setup_actions(self) -> None:
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.new_series_action = self._action(self.tr("New &Series"), lambda: self.library_panel.begin_new_series())
        self.new_session_action = self._action(self.tr("New &Blank Session"),
                                               lambda: self.library_panel.begin_new_session(),
                                               QKeySequence.StandardKey.New)
        # A name only; "New Session…" (widgets/views/welcome.py) is the full dialog.
        self.new_session_action.setStatusTip(self.tr("Add a blank session, named in place, to the selected series"))
        self.rename_action = self._action(self.tr("Re&name Series or Session"),
                                          lambda: self.library_panel.rename_selected())
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.new_canvas_action = self._action(self.tr("New &Canvas"), self.tabs.add_canvas, "Ctrl+T")
        self.rename_canvas_action = self._action(self.tr("&Rename Canvas…"), self.tabs.rename_canvas)
        self.delete_canvas_action = self._action(self.tr("&Delete Canvas…"), self.tabs.delete_canvas)
        self.capture_action = self._action(self.tr("&Quick Capture"), self.capture_bar.focus, "Ctrl+L")
        self.find_action = self._action(self.tr("&Find Cards…"), self._find, QKeySequence.StandardKey.Find)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # never pass `checked` on
        self.addAction(action)
        return action

    def setup_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_series_action, self.new_session_action, self.rename_action):
            file_menu.addAction(action)
        self.quit_separator = file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.capture_action)
        self.edit_menu.addAction(self.find_action)
        self.canvas_actions.fill_edit_menu(self.edit_menu)
        self.canvas_menu = bar.addMenu(self.tr("&Canvas"))
        for action in (self.new_canvas_action, self.rename_canvas_action, self.delete_canvas_action):
            self.canvas_menu.addAction(action)
        self.canvas_menu.addSeparator()
        self.canvas_actions.fill_menu(self.canvas_menu)
        self.view_menu = bar.addMenu(self.tr("&View"))
        for dock in (self.library_dock, self.roster_dock, self.inspector_dock, self.find_dock):
            self.view_menu.addAction(dock.toggleViewAction())

    def add_to_file_menu(self, *entries: QAction | QMenu) -> None:
        """Features put their actions and submenus above the separator before Quit."""
        for entry in entries:
            if isinstance(entry, QMenu):
                self.file_menu.insertMenu(self.quit_separator, entry)
            else:
                self.file_menu.insertAction(self.quit_separator, entry)

    # -- sessions -------------------------------------------------------------------

    def reopen_last_session(self) -> None:
        session = self.library.most_recent_session()
        if session is not None:
            self.open_session(session["id"])

    def open_session(self, session_id: str) -> None:
        if self.editor is not None and self.editor.doc.session_id == session_id:
            return
        self.close_session()
        doc = SessionDocument(self.library.db, session_id)
        if not doc.session:
            return
        self.editor = Editor(doc, self)
        self.editor.failed.connect(self.show_error)
        doc.saved.connect(self._saved)
        self.undo_group.addStack(self.editor.stack)
        self.undo_group.setActiveStack(self.editor.stack)
        self.tabs.set_editor(self.editor)
        self.capture_bar.set_editor(self.editor)
        if self.find_dock.is_built():
            self.find_panel.set_editor(self.editor, self._current_scene)
        self.roster_panel.set_editor(self.editor)
        self.inspector.set_editor(self.editor)
        self.capture_bar.set_canvas(self.tabs.current_canvas_id())
        self.central.setCurrentWidget(self.session_page)
        self.setWindowTitle(self.tr("{0} — Meshwork").format(doc.session["title"]))
        self.saved_label.setText(self.tr("All changes saved"))
        if self.library_dock.is_built():
            self.library_panel.mark_open(session_id)
            self.library_panel.select("session", session_id)
        self.session_changed.emit(self.editor)
        self.focus_canvas()  # ready for the keyboard: Ctrl+L to capture, arrows to move about

    def close_session(self) -> None:
        if self.editor is None:
            return
        self.tabs.set_editor(None)
        self.capture_bar.set_editor(None)
        if self.find_dock.is_built():
            self.find_panel.set_editor(None, lambda: None)
        self.roster_panel.set_editor(None)
        self.inspector.set_editor(None)
        self.undo_group.removeStack(self.editor.stack)
        self.undo_group.setActiveStack(self.library.stack)  # undo still works with no session open
        self.editor.doc.deleteLater()
        self.editor.deleteLater()
        self.editor = None
        self.central.setCurrentWidget(self.empty)
        self.setWindowTitle(self.tr("Meshwork"))
        if self.library_dock.is_built():
            self.library_panel.mark_open(None)
        self.session_changed.emit(None)

    def _library_changed(self) -> None:
        """A session deleted from the library closes if it was open."""
        if self.editor is not None and sessions.get(self.library.db, self.editor.doc.session_id) is None:
            self.close_session()

    def _show_selection(self, card_ids: list, link_ids: list) -> None:
        if len(card_ids) == 1 and not link_ids:
            self.inspector.show_card(card_ids[0])
        elif len(link_ids) == 1 and not card_ids:
            self.inspector.show_link(link_ids[0])
        else:
            self.inspector.show_card(None)

    def _current_scene(self):
        view = self.tabs.current_view()
        return view.canvas_scene if view is not None else None

    def _find(self) -> None:
        self.find_dock.show()
        self.find_dock.raise_()
        self.find_panel.focus_search()

    def focus_canvas(self) -> None:
        view = self.tabs.current_view()
        if view is not None and view.isVisible():  # a hidden widget would take the focus later, from anyone
            view.setFocus()

    def _show_captured(self, card_id: str) -> None:
        view = self.tabs.current_view()
        if view is not None and card_id in view.canvas_scene.cards:
            view.ensureVisible(view.canvas_scene.cards[card_id], 60, 60)

    def _saved(self, stamp: str) -> None:
        local = time_text(dt.datetime.fromisoformat(stamp), seconds=True)
        self.saved_label.setText(self.tr("Saved at {local}").format(local=local))

    def _focus_changed(self, _old, new) -> None:
        """Undo follows the focus: the library's history in its panel, else the session's."""
        if new is not None and self.library_dock.is_built() and self.library_panel.isAncestorOf(new):
            self.undo_group.setActiveStack(self.library.stack)
        elif new is not None and self.isAncestorOf(new) and self.editor is not None:
            self.undo_group.setActiveStack(self.editor.stack)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        QMessageBox.warning(self, self.tr("Meshwork"), message)

    # -- closing --------------------------------------------------------------------

    def shutdown(self) -> None:
        """Drop views and the database before the application goes away."""
        app = QApplication.instance()
        if app is not None:
            try:
                app.focusChanged.disconnect(self._focus_changed)
            except (RuntimeError, TypeError):
                pass
        if hasattr(self, "keyboard_map"):
            self.keyboard_map.shutdown()
        if hasattr(self, "safety"):
            self.safety.shutdown()  # a backup under way finishes first
        self.close_session()
        self.canvas_actions.release_clipboard()
        self.library.db.close()

    def closeEvent(self, event) -> None:
        if not self.safety.may_close():
            event.ignore()  # the facilitator keeps the window, and the unsaved edits
            return
        self.window_layout.save()
        super().closeEvent(event)
