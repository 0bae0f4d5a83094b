"""Presenter mode: a full-screen window for the projector with no editing chrome.

It shows the main window's current canvas through its own read-only view
(widgets/views/presenter_view.py), which follows every edit live, under a slim step
banner (widgets/views/presenter_banner.py). Keys, for the facilitator at the wall:
P the whole prompt, Q the session's purpose question, F follow what the room is
working on, Escape leaves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QGraphicsScene, QInputDialog, QLabel, QVBoxLayout, QWidget

from app.agenda import Display, utc_now
from app.recent import RecentCards
from widgets.views.presenter_banner import StepBanner
from widgets.views.presenter_view import PresenterView

FIT_DELAY_MS = 300
FOLLOW_TICK_MS = 1000  # cards age out of "the last minute" without any edit
FOLLOW_KEY = "presenter/follow"


class PresenterWindow(QWidget):
    closed = Signal()
    following_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], dt.datetime] = utc_now):
        super().__init__(parent, Qt.WindowType.Window)
        self.now = clock  # injectable: tests move time by hand
        self.setWindowTitle(self.tr("Meshwork — Presenter"))
        self.setAccessibleName(self.tr("Presenter view"))
        self.setObjectName("Presenter")
        self.setStyleSheet("#Presenter { background: white }")
        self.banner = StepBanner(self)
        # The banner's parts, named as before for the facilitation code and its tests.
        self.title, self.prompt, self.clock = self.banner.title, self.banner.prompt, self.banner.clock
        self.note, self.face_down = self.banner.note, self.banner.face_down
        self.purpose = QLabel(self)
        self.purpose.setObjectName("Purpose")
        self.purpose.setTextFormat(Qt.TextFormat.PlainText)  # the facilitator's typed words, never markup
        self.purpose.setAccessibleName(self.tr("Purpose question"))
        self.purpose.setWordWrap(True)
        self.purpose.setVisible(False)
        self.view = PresenterView(self)
        self.empty = QLabel(self.tr("No canvas open"), self.view)
        self.empty.setStyleSheet("font-size: 24pt; color: #57606A")
        self.following_tag = QLabel(self.tr("Following the room · F"), self.view)
        self.following_tag.setAccessibleName(self.tr("Follow"))
        self.view.corner = self.following_tag
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.purpose)
        layout.addWidget(self.view, 1)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIT_DELAY_MS)
        self._fit_timer.timeout.connect(self.fit)
        self.follow_timer = QTimer(self)
        self.follow_timer.setInterval(FOLLOW_TICK_MS)
        self.follow_timer.timeout.connect(self._follow_tick)
        self.recent: RecentCards | None = None
        self._source: QGraphicsScene | None = None  # the main window's scene of the canvas shown
        self.following = QSettings().value(FOLLOW_KEY, False, type=bool)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so the keys reach keyPressEvent
        self._display: Display | None = None
        self._scale_type()
        self.show_display(Display())
        self._show_following()

    # -- what it shows -------------------------------------------------------------------

    def set_scene(self, scene: QGraphicsScene | None) -> None:
        """Show the canvas of the main window's scene (its own projection of it), or none."""
        editor = getattr(scene, "editor", None)
        canvas_id = getattr(scene, "canvas_id", None)
        self._follow_source(scene)
        before = self.view.canvas_scene
        self.view.show_canvas(editor, canvas_id)
        shown = self.view.canvas_scene
        self.empty.setVisible(shown is None)
        if shown is before:
            self._mirror_filter()
            return
        self._watch(editor.doc if editor is not None else None)
        if shown is not None:
            shown.changed.connect(self._scene_changed)
            self._mirror_filter()
            self.show_purpose(self.purpose.isVisibleTo(self))
            self.fit()

    def _watch(self, doc) -> None:
        """Follow the session's document: its recent cards and its purpose question."""
        if self.recent is not None and self.recent.doc is doc:
            return
        if self.recent is not None:
            self.recent.detach()
            try:
                self.recent.doc.session_changed.disconnect(self._session_changed)
            except (RuntimeError, TypeError):
                pass
            self.recent = None
        if doc is not None:
            self.recent = RecentCards(doc, lambda: self.now())
            doc.session_changed.connect(self._session_changed)

    def _session_changed(self, fields) -> None:
        if "purpose" in fields:  # edited while shown: the room reads the new words
            self.show_purpose(self.purpose.isVisibleTo(self))

    def _follow_source(self, scene: QGraphicsScene | None) -> None:
        """Keep to the main window's scene for what the room should see of it: find's
        highlight or filter (its selection and focus stay at the desk)."""
        old = self._source
        if old is scene:
            return
        if old is not None and shiboken6.isValid(old):
            try:
                old.filter_changed.disconnect(self._mirror_filter)
            except (RuntimeError, TypeError):
                pass
        self._source = scene if hasattr(scene, "filter_changed") else None
        if self._source is not None:
            self._source.filter_changed.connect(self._mirror_filter)

    def _mirror_filter(self) -> None:
        source, shown = self._source, self.view.canvas_scene
        if source is None or shown is None or not shiboken6.isValid(source):
            return
        if source.current_filter() != shown.current_filter():
            shown.set_filter(*source.current_filter())

    def _scene_changed(self, _regions) -> None:
        self._fit_timer.start()  # many changes in a row: frame once they settle

    def recent_cards(self) -> list[str]:
        scene = self.view.canvas_scene
        if self.recent is None or scene is None:
            return []
        return self.recent.on_canvas(scene.canvas_id)

    def target(self) -> QRectF:
        """The whole map, or, when following, the cards the room touched in the last minute."""
        scene = self.view.canvas_scene
        if scene is None or not shiboken6.isValid(scene):
            return QRectF()
        recent = self.view.cards_rect(self.recent_cards()) if self.following else QRectF()
        return recent if not recent.isEmpty() else self.view.content_rect()

    def fit(self) -> None:
        self.view.frame(self.target())

    def _follow_tick(self) -> None:
        target = self.target()
        if target != self.view.framed:  # a card aged out, or a new one came: move the frame
            self.view.frame(target)

    def show_display(self, shown: Display) -> None:
        if shown == self._display:
            return
        self._display = shown
        self.banner.set_display(shown)
        self.banner.setVisible(StepBanner.wanted(shown))
        self.view.set_show_badges(shown.votes_shown)

    # -- the keys --------------------------------------------------------------------------

    def toggle_full_prompt(self) -> None:
        self.banner.set_full_prompt(not self.banner.full_prompt())
        self._fit_timer.start()

    def toggle_purpose(self) -> None:
        self.show_purpose(not self.purpose.isVisibleTo(self))

    def toggle_following(self) -> None:
        self.set_following(not self.following)

    def show_purpose(self, show: bool) -> None:
        scene = self.view.canvas_scene
        purpose = (scene.doc.session.get("purpose") or "").strip() if scene is not None else ""
        self.purpose.setText(self.tr("Purpose: {0}").format(purpose) if purpose
                             else self.tr("This session has no purpose question yet"))
        self.purpose.setVisible(show)
        self._fit_timer.start()

    def set_following(self, follow: bool) -> None:
        self.following = follow
        QSettings().setValue(FOLLOW_KEY, follow)
        self._show_following()
        self.fit()
        self.following_changed.emit(follow)  # following may mean the running step's canvas

    def _show_following(self) -> None:
        self.following_tag.setVisible(self.following)
        self.view.place_corner()
        if self.following and self.isVisible():
            self.follow_timer.start()
        else:
            self.follow_timer.stop()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_P:
            self.toggle_full_prompt()
        elif key == Qt.Key.Key_Q:
            self.toggle_purpose()
        elif key == Qt.Key.Key_F:
            self.toggle_following()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- showing and leaving -----------------------------------------------------------------

    def present_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self._show_following()
        QTimer.singleShot(0, self, self.fit)

    def _scale_type(self) -> None:
        u = max(0.75, self.height() / 800)
        self.banner.scale_to(self.height())
        self.purpose.setStyleSheet(f"#Purpose {{ font-size: {round(22 * u)}px; color: #1F2328;"
                                   f" background: #FFF8E1; padding: 6px 28px;"
                                   f" border-bottom: 1px solid #D0D7DE }}")
        self.following_tag.setStyleSheet(f"font-size: {round(14 * u)}px; color: #57606A;"
                                         f" background: rgba(255, 255, 255, 220); padding: 3px 8px;"
                                         f" border: 1px solid #D0D7DE; border-radius: 4px")
        self.view.place_corner()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_type()
        self._fit_timer.start()

    def closeEvent(self, event) -> None:
        self._fit_timer.stop()
        self.follow_timer.stop()
        super().closeEvent(event)
        self.closed.emit()


def choose_screen(parent: QWidget) -> QScreen | None | bool:
    """The screen to present on: asked when there are several; False if cancelled."""
    screens = QGuiApplication.screens()
    if len(screens) <= 1:
        return screens[0] if screens else None
    names = [f"{i + 1}: {s.name()} ({s.geometry().width()}×{s.geometry().height()})"
             for i, s in enumerate(screens)]
    others = [i for i, s in enumerate(screens) if s is not parent.screen()]
    default = others[0] if others else 0  # the projector is usually the other screen
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("presenter", "Presenter Mode"),
        QCoreApplication.translate("presenter", "Show the presenter view on:"),
        names,
        default,
        False,
    )
    return screens[names.index(name)] if ok else False
