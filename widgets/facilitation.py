"""Facilitating the room, installed into the main window: the agenda and voting
docks, the Facilitate menu and its shortcuts, the countdown on the canvas,
presenter mode, and voting by keyboard and by click.

It follows the window's open session by itself (through the undo group and the
canvas tabs), so the window needs no hooks beyond creating it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from app.agenda import Agenda, utc_now
from app.said import said
from app.voting import Outcome, Voting
from widgets.announce import announce, plural
from widgets.canvas.card_item import CardItem
from widgets.canvas.timer_overlay import TimerOverlay
from widgets.canvas.voting_banner import VotingBanner
from widgets.panels.agenda import AgendaPanel
from widgets.panels.voting import VotingPanel
from widgets.timer_voice import TimerVoice

if TYPE_CHECKING:
    from widgets.views.presenter import PresenterWindow

TICK_MS = 250
SOUND_KEY = "facilitation/sound"
VOTE_CLICKS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
VOTER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class Facilitation(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.tabs = window.tabs
        self.clock = utc_now  # tests replace it with a fake clock
        self.editor = None
        self.agenda: Agenda | None = None
        self.voting: Voting | None = None
        self.presenter: PresenterWindow | None = None
        self.voting_mode = False  # only in this mode, shown by a banner, does a click vote
        self.voter_id: str | None = None
        self.agenda_panel = AgendaPanel(window)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.agenda_dock = window._dock(QT_TRANSLATE_NOOP("MainWindow", "Agenda"), self.agenda_panel, right)
        # Behind the agenda's tab: built when first shown (widgets/panel_dock.py).
        self.voting_dock = window._dock(QT_TRANSLATE_NOOP("MainWindow", "Voting"), self._build_voting_panel, right)
        window.tabifyDockWidget(self.agenda_dock, self.voting_dock)
        self.agenda_dock.raise_()
        self._make_actions()
        self.agenda_panel.step_activated.connect(self._start_step)
        self.agenda_panel.reveal_button.clicked.connect(lambda: self.reveal())
        self.voice = TimerVoice(window)  # the timer, spoken
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        window.session_changed.connect(self._sync_editor)
        self.tabs.current_canvas_changed.connect(self._canvas_changed)
        window.installEventFilter(self)  # close the presenter with the window
        self._sync_editor()

    @property
    def voting_panel(self) -> VotingPanel:
        return self.voting_dock.panel

    def _build_voting_panel(self) -> VotingPanel:
        panel = VotingPanel(self.window)
        panel.card_chosen.connect(self.select_card)
        panel.set_voting(self.voting)
        return panel

    # -- menus and shortcuts -----------------------------------------------------------------

    def _make_actions(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(self.tr("F&acilitate"))
        self.menu = menu
        self.actions: dict[str, QAction] = {}

        def add(name, text, slot, shortcut=None, target=window, context=None):
            action = QAction(text, target)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            if context is not None:
                action.setShortcutContext(context)
            action.triggered.connect(lambda _checked=False: slot())
            target.addAction(action)
            menu.addAction(action)
            self.actions[name] = action
            return action

        add("toggle", self.tr("&Start or Pause Step"), lambda: self._run("toggle"), "F8")
        add("plus1", self.tr("Add &1 Minute"), lambda: self._run("extend", 60), "Shift+F8")
        add("plus5", self.tr("Add &5 Minutes"), lambda: self._run("extend", 300), "Ctrl+Shift+F8")
        add("skip", self.tr("S&kip Step"), lambda: self._run("skip"), "Shift+F9")
        add("next", self.tr("&Next Step"), lambda: self._run("next"), "F9")
        menu.addSeparator()
        add("reveal", self.tr("&Reveal Silent Cards"), self.reveal, "Ctrl+Shift+R")
        menu.addSeparator()
        # Only on the canvas, so typing "v" anywhere else stays typing.
        canvas_only = Qt.ShortcutContext.WidgetWithChildrenShortcut
        mode = add("voting_mode", self.tr("Voting &Mode"), lambda: self.set_voting_mode(
            self.actions["voting_mode"].isChecked()), "F7")
        mode.setCheckable(True)
        add("vote", self.tr("&Vote for Card"), lambda: self.vote_focused(False), "V", self.tabs, canvas_only)
        add("unvote", self.tr("&Take Back Vote"), lambda: self.vote_focused(True), "Shift+V", self.tabs, canvas_only)
        menu.addSeparator()
        sound = add("sound", self.tr("S&ound at End of Step"), self._sound_toggled)
        sound.setCheckable(True)
        sound.setChecked(QSettings().value(SOUND_KEY, False, type=bool))
        for name, button in self.agenda_panel.buttons.items():
            action = self.actions[name]
            button.clicked.connect(action.trigger)
            button.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
        self.presenter_action = QAction(self.tr("Presenter Mo&de"), window)
        self.presenter_action.setShortcut(QKeySequence("F5"))
        self.presenter_action.triggered.connect(lambda _checked=False: self.toggle_presenter())
        window.addAction(self.presenter_action)
        view_menu = window.view_menu
        view_menu.addSeparator()
        view_menu.addAction(self.presenter_action)
        # The presenter's own keys (P, Q, F) need its window focused; these reach it from here.
        projector = view_menu.addMenu(self.tr("Pr&ojector"))
        for method, keys, text in (
                ("toggle_full_prompt", "Shift+F5", self.tr("Whole &Prompt")),
                ("toggle_purpose", "Ctrl+F5", self.tr("P&urpose Question")),
                ("toggle_following", "Ctrl+Shift+F5", self.tr("&Follow the Room"))):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, m=method: getattr(self.presenter_window(), m)())
            window.addAction(action)
            projector.addAction(action)
            self.actions[method] = action
        view_menu.addAction(self.agenda_dock.toggleViewAction())
        view_menu.addAction(self.voting_dock.toggleViewAction())

    def _run(self, method: str, *args) -> None:
        if self.agenda is not None:
            getattr(self.agenda, method)(*args)
            self.refresh()

    def _sound_toggled(self) -> None:
        QSettings().setValue(SOUND_KEY, self.actions["sound"].isChecked())

    # -- following the open session -----------------------------------------------------------

    def _sync_editor(self, *_args) -> None:
        editor = self.window.editor  # session_changed comes once it is set (None when closed)
        if editor is self.editor:
            return
        if self.agenda is not None:
            self.agenda.detach()
            self.agenda.deleteLater()
        self.editor = editor
        self.voice.forget()
        self.agenda = Agenda(editor, clock=lambda: self.clock(), parent=self) if editor else None
        self.voting = Voting(editor) if editor else None
        self.set_voting_mode(False)
        if editor is not None:
            for signal in (editor.doc.added, editor.doc.removed, editor.doc.changed):
                signal.connect(self._record_changed)
        if self.agenda is not None:
            self.agenda.time_up.connect(self._time_up)
            self.agenda.step_started.connect(self._step_started)
            self.agenda.changed.connect(self.refresh)
            self.agenda.face_down_changed.connect(self.refresh)
        self.agenda_panel.set_agenda(self.agenda)
        if self.voting_dock.is_built():
            self.voting_panel.set_voting(self.voting)
        self._canvas_changed(self.tabs.current_canvas_id())

    def _canvas_changed(self, _canvas_id=None) -> None:
        view = self.tabs.current_view()
        if view is not None:
            overlay = TimerOverlay.of(view)
            if not overlay.property("voteFilter"):
                overlay.setProperty("voteFilter", True)
                view.viewport().installEventFilter(self)
                view.installEventFilter(self)  # the number keys and Escape of voting mode
        for other in self.tabs.views.values():
            if other is not view and other.findChild(VotingBanner, "VotingBanner") is not None:
                VotingBanner.of(other).hide()
        self._show_banner()
        if self.presenter is not None:  # a hidden presenter need not follow any scene
            self.presenter.set_scene(self.presented_scene() if self.presenter.isVisible() else None)
        self.refresh()

    def refresh(self) -> None:
        """The timer's tick: countdowns in the dock, on the canvas and in presenter mode."""
        if self.agenda is not None:
            self.agenda.tick()
        self.voice.tick(self.agenda)
        self.agenda_panel.refresh()
        canvas_id = self.tabs.current_canvas_id()
        shown = self.agenda.display(canvas_id) if self.agenda is not None else None
        view = self.tabs.current_view()
        if view is not None and shown is not None:
            TimerOverlay.of(view).set_state(shown.title, shown.clock, shown.note, shown.over,
                                            shown.flash, shown.face_down)
        if self.presenter is not None and self.presenter.isVisible() and shown is not None:
            scene = self.presented_scene()
            self.presenter.set_scene(scene)
            if scene is not None and scene.canvas_id != canvas_id:  # following the step elsewhere
                shown = self.agenda.display(scene.canvas_id)
            self.presenter.show_display(shown)

    def _time_up(self, step_id: str) -> None:
        step = self.agenda.step(step_id) if self.agenda else None
        if step is not None:
            self.window.statusBar().showMessage(self.tr("Time's up: {title}").format(title=step.title), 10_000)
            announce(self.window, self.tr("Time's up: %1").replace("%1", step.title), urgent=True)
        if self.actions["sound"].isChecked():
            QApplication.beep()

    def _step_started(self, step) -> None:
        if step is not None and step.canvas_id:
            self.tabs.show_canvas(step.canvas_id)
        if step is not None and step.voting and not self.voting_mode:
            self.window.statusBar().showMessage(self.tr("A voting step: press F7 for voting mode"), 10_000)

    def _start_step(self, step_id: str) -> None:
        if self.agenda is not None:
            self.agenda.start(step_id)
            self.refresh()

    # -- silent round ------------------------------------------------------------------------

    def reveal(self) -> bool:
        if self.agenda is None:
            return False
        down = sum(1 for card in self.editor.doc.all("cards") if card.hidden)
        if not self.agenda.reveal():
            self.window.statusBar().showMessage(self.tr("No face-down cards to reveal"), 5000)
            announce(self.window, self.tr("No face-down cards to reveal"))
            return False
        self.refresh()
        cards = plural(down, self.tr("silent card"), self.tr("silent cards"))
        announce(self.window, self.tr("%1 revealed").replace("%1", cards))
        return True

    # -- voting ---------------------------------------------------------------------------------

    def vote_focused(self, take_back: bool) -> Outcome | None:
        view = self.tabs.current_view()
        if self.voting is None or view is None or view.canvas_scene.editing_text():
            return None
        card_id = view.canvas_scene.focused_card_id()
        if card_id is None:
            return self._report(Outcome(False, self.tr("Select a card to vote for it")))
        return self.vote(card_id, take_back)

    def vote(self, card_id: str, take_back: bool = False) -> Outcome | None:
        if self.voting is None:
            return None
        voter = self.voter_id if self.voting_mode else None  # else the current participant
        outcome = (self.voting.take_back(card_id, voter) if take_back
                   else self.voting.cast(card_id, voter))
        return self._report(outcome)

    def set_voting_mode(self, on: bool) -> None:
        """Enter or leave voting mode; the banner on the canvas shows it is on."""
        on = bool(on) and self.voting is not None
        self.voting_mode = on
        self.actions["voting_mode"].setChecked(on)
        if on:
            ids = [p.id for p in self.voting.doc.all("participants")]
            if self.voter_id not in ids:
                current = self.editor.current_participant_id
                self.voter_id = current if current in ids else (ids[0] if ids else None)
            self.window.statusBar().showMessage(self.tr("Voting mode: a click on a card votes"), 6000)
        self._show_banner()

    def choose_voter(self, participant_id: str | None) -> None:
        self.voter_id = participant_id
        self._show_banner()
        person = self.voting.doc.get("participants", participant_id) if self.voting else None
        if person is not None:
            self.window.statusBar().showMessage(self.tr("{} votes now").format(person.name), 6000)

    def _show_banner(self) -> None:
        view = self.tabs.current_view()
        if view is None:
            return
        banner = view.findChild(VotingBanner, "VotingBanner")
        if not self.voting_mode:
            if banner is not None:
                banner.hide()
            return
        if banner is None:
            banner = VotingBanner.of(view)
            banner.voter_chosen.connect(self.choose_voter)
            banner.leave.connect(lambda: self.set_voting_mode(False))
        left = dict(self.voting.remaining_by_participant_id())
        people = [(p.id, p.name, left.get(p.id, 0)) for p in self.voting.doc.all("participants")]
        banner.set_people(people, self.voter_id)
        banner.show()
        banner.place()

    def _record_changed(self, table: str, *_rest) -> None:
        if self.voting_mode and table in ("votes", "participants", "sessions"):
            self._show_banner()

    def _report(self, outcome: Outcome) -> Outcome:
        message = said(outcome.message)  # the window's language (app/voting.py keeps the English)
        self.window.statusBar().showMessage(message, 6000 if outcome.ok else 10_000)
        if not outcome.ok:  # a vote that went in is spoken with the card's count (widgets/session_voice.py)
            announce(self.window, message)
        return outcome

    def select_card(self, card_id: str) -> None:
        card = self.editor.doc.get("cards", card_id) if self.editor else None
        if card is None:
            return
        self.tabs.show_canvas(card.canvas_id)
        view = self.tabs.current_view()
        if view is not None and card_id in view.canvas_scene.cards:
            view.canvas_scene.focus_card(card_id)

    def _click_vote(self, viewport, event) -> bool:
        """In voting mode a click on a card votes (Ctrl or Alt takes back); never otherwise."""
        if not self.voting_mode:
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        view = viewport.parentWidget()
        items = [i for i in view.items(event.position().toPoint())
                 if isinstance(i, CardItem) and i.isVisible()]
        if not items:
            return False
        mods = event.modifiers()
        take_back = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        scene = view.canvas_scene
        scene.clearSelection()
        items[0].setSelected(True)
        scene.setFocusItem(items[0])
        self.vote(items[0].card_id, take_back)
        return True

    def _voting_key(self, view, event) -> bool:
        """In voting mode 1-9 choose who votes and Escape leaves; typing into a card stays typing."""
        scene = getattr(view, "canvas_scene", None)
        if scene is None or scene.editing_text():
            return False
        if event.key() == Qt.Key.Key_Escape:
            self.set_voting_mode(False)
            return True
        n = VOTER_KEYS.get(event.key())
        if n is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        people = self.voting.doc.all("participants")
        if n <= len(people):
            self.choose_voter(people[n - 1].id)
        return True

    # -- presenter mode ---------------------------------------------------------------------------

    def toggle_presenter(self) -> PresenterWindow | None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
            return None
        from widgets.views.presenter import choose_screen  # presenter mode loads when first used

        screen = choose_screen(self.window)
        if screen is False:
            return None
        self.presenter_window()
        self.presenter.set_scene(self.presented_scene())
        self.presenter.present_on(screen)
        self.refresh()
        return self.presenter

    def presenter_window(self) -> PresenterWindow:
        """The presenter window, made (not shown) the first time it is needed."""
        if self.presenter is None:
            from widgets.views.presenter import PresenterWindow

            self.presenter = PresenterWindow(self.window, clock=lambda: self.clock())
            self.presenter.closed.connect(self._presenter_closed)
            self.presenter.following_changed.connect(self.refresh)
        return self.presenter

    def presented_scene(self):
        """What the wall shows: the canvas open at the desk or, while the presenter
        follows the room, the running step's canvas (the facilitator may look elsewhere)."""
        view = self.tabs.current_view()
        step = self.agenda.running() if self.agenda is not None else None
        if (self.presenter is not None and self.presenter.following and step is not None
                and step.canvas_id in self.tabs.views):
            view = self.tabs.views[step.canvas_id]
        return view.canvas_scene if view is not None else None

    def _presenter_closed(self) -> None:
        if self.presenter is not None and shiboken6.isValid(self.presenter):
            self.presenter.set_scene(None)  # a hidden view need not follow the scene

    def close_presenter(self) -> None:
        if self.presenter is not None and shiboken6.isValid(self.presenter):
            self.presenter.close()

    # -- events ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in VOTE_CLICKS and watched is not self.window:
            return self._click_vote(watched, event)
        if kind == QEvent.Type.KeyPress and self.voting_mode and watched is not self.window:
            return self._voting_key(watched, event)
        if kind == QEvent.Type.Close and watched is self.window:
            self.close_presenter()
        return False
