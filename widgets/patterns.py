"""Patterns over time, installed into the main window: the Patterns menu
(Compare Sessions…, Series Map…, Trends…, Role Profiles…, Continue Session…), the library
panel's Continue Session… entry, and the windows those open. Each view is made
the first time it is asked for, so the app starts without them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget


class Patterns(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.compare_view = None
        self.series_map_view = None
        self.trends_view = None
        self.role_profiles_view = None
        self.continue_dialog = None
        self.compare_action = self._action(self.tr("&Compare Sessions…"), self.open_compare,
                                           self.tr("Compare two sessions: both maps, what changed, their metrics"))
        self.series_map_action = self._action(self.tr("&Series Map…"), self.open_series_map,
                                              self.tr("Every session of a series merged into one map"))
        self.trends_action = self._action(self.tr("&Trends…"), self.open_trends,
                                          self.tr("Every metric over the sessions of a series"))
        self.role_profiles_action = self._action(self.tr("&Role Profiles…"), self.open_role_profiles,
                                                 self.tr("What each role does, uses and needs from others"))
        self.continue_action = self._action(self.tr("C&ontinue Session…"), lambda: self.continue_session(None),
                                            self.tr("Start the next session of the series from this one"))
        self.menu = window.menuBar().addMenu(self.tr("&Patterns"))
        for action in (self.compare_action, self.series_map_action, self.trends_action,
                       self.role_profiles_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.continue_action)
        # The library panel is built when its dock is first shown (widgets/panel_dock.py).
        window.library_dock.when_built(lambda panel: panel.continue_requested.connect(self.continue_session))

    def _action(self, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- which session or series ------------------------------------------------------

    def _open_session_id(self) -> str | None:
        editor = self.window.editor
        return editor.doc.session_id if editor is not None else None

    def _chosen_session_id(self) -> str | None:
        """The session selected in the library panel, else the open one."""
        selected = self.window.library_panel.selected()
        if selected is not None and selected[0] == "session":
            return selected[1]
        return self._open_session_id()

    def _current_series_id(self) -> str | None:
        session_id = self._chosen_session_id()
        for row in self.window.library.session_list():
            if row["id"] == session_id and row["series_id"]:
                return row["series_id"]
        series = self.window.library.all_series()
        return series[0]["id"] if series else None

    @staticmethod
    def _present(view: QWidget) -> None:
        view.show()
        view.raise_()
        view.activateWindow()

    # -- the views --------------------------------------------------------------------

    def open_compare(self, session_a: str | None = None, session_b: str | None = None):
        from widgets.views.compare import CompareView

        if self.compare_view is None:
            self.compare_view = CompareView(self.window.library, self.window)
        if session_a is None or session_b is None:
            session_a, session_b = self.compare_view.default_pair(self._open_session_id())
        if session_a is None:
            self.window.statusBar().showMessage(self.tr("There are no sessions to compare yet."), 8000)
            return None
        self.compare_view.set_sessions(session_a, session_b)
        self._present(self.compare_view)
        return self.compare_view

    def open_series_map(self, series_id: str | None = None):
        from widgets.views.series_map import SeriesMapView

        series_id = series_id or self._current_series_id()
        if series_id is None:
            self.window.statusBar().showMessage(
                self.tr("Create a series first: the series map merges its sessions."), 8000
            )
            return None
        if self.series_map_view is None:
            self.series_map_view = SeriesMapView(self.window.library, self.window)
        self.series_map_view.fill_series_box()
        self.series_map_view.set_series(series_id)
        self._present(self.series_map_view)
        return self.series_map_view

    def open_trends(self, series_id: str | None = None):
        from widgets.views.trends import TrendsView

        series_id = series_id or self._current_series_id()
        if series_id is None:
            self.window.statusBar().showMessage(self.tr("Create a series first: trends follow its sessions."), 8000)
            return None
        if self.trends_view is None:
            self.trends_view = TrendsView(self.window.library, self.window)
            self.trends_view.session_activated.connect(self._open_from_trends)
        self.trends_view.fill_series_box()
        self.trends_view.set_series(series_id)
        self._present(self.trends_view)
        return self.trends_view

    def _open_from_trends(self, session_id: str) -> None:
        self.window.open_session(session_id)
        self._present(self.window)

    def open_role_profiles(self):
        """The open session's role profiles; items select and frame their cards here."""
        from widgets.views.role_profiles import RoleProfilesView

        if self.role_profiles_view is None:
            self.role_profiles_view = RoleProfilesView(self.window.library.db, self.window)
            self.role_profiles_view.cards_chosen.connect(self.show_cards)
            self.window.session_changed.connect(self.role_profiles_view.set_editor)
        self.role_profiles_view.set_editor(self.window.editor)
        self._present(self.role_profiles_view)
        self.role_profiles_view.roles.setFocus()
        return self.role_profiles_view

    def show_cards(self, card_ids: list) -> None:
        """Select the cards on the first one's canvas and frame them in the window."""
        editor = self.window.editor
        first = editor.doc.get("cards", card_ids[0]) if editor and card_ids else None
        if first is None:
            return
        self.window.tabs.show_canvas(first.canvas_id)
        view = self.window.tabs.current_view()
        if view is None or first.id not in view.canvas_scene.cards:
            return
        scene = view.canvas_scene
        scene.select_cards(card_ids, focus=first.id)
        items = [scene.cards[i] for i in card_ids if i in scene.cards]
        view.ensureVisible(items[0], 60, 60)
        if len(items) > 1:  # a link: both ends in view when they fit
            bounds = items[0].sceneBoundingRect()
            for item in items[1:]:
                bounds = bounds.united(item.sceneBoundingRect())
            view.ensureVisible(bounds, 40, 40)

    # -- continuing a session ---------------------------------------------------------

    @staticmethod
    def today():
        """The day a follow-up is planned on; tests set it by hand."""
        import datetime as dt

        return dt.date.today()

    def continue_session(self, session_id: str | None = None):
        """Open the Continue Session dialog (not modal: the window stays usable)."""
        from app.analysis.loading import load_session
        from widgets.dialogs.continue_session import ContinueSessionDialog

        session_id = session_id or self._chosen_session_id()
        if session_id is None:
            self.window.statusBar().showMessage(self.tr("Select the session to continue in the library panel."), 8000)
            return None
        data = load_session(self.window.library.db, session_id)
        canvases = [
            (c.id, c.name, sum(card.canvas_id == c.id for card in data.cards.values()))
            for c in sorted(data.canvases.values(), key=lambda c: c.position)
        ]
        from app.follow_up import next_date

        day = next_date(self.window.library.db, session_id, self.today())
        dialog = ContinueSessionDialog(data.session, canvases, today=day, parent=self.window)
        dialog.accepted.connect(lambda: self._continue(session_id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.continue_dialog = dialog
        dialog.open()
        return dialog

    def _continue(self, session_id: str, dialog) -> None:
        new_id = self.window.library.continue_session(
            session_id, dialog.chosen_canvases(), dialog.title(), dialog.date()
        )
        if new_id:
            self.window.open_session(new_id)
