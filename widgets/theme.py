"""Light and dark themes that follow the system, and a high-contrast option.

Dark and high contrast use the Fusion style with a palette of their own (native
styles ignore most of a palette); the light theme gives the platform its own
style back. The canvas reads its colours from widgets.canvas.style, which is
switched here too, and every canvas view is repainted. Choices are remembered
in QSettings."""

from __future__ import annotations

from importlib import resources as package_files

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView, QMainWindow

from widgets.canvas import style

MODE_KEY = "view/theme"  # "system", "light" or "dark"
HIGH_CONTRAST_KEY = "view/high_contrast"
MODES = {
    "system": QT_TRANSLATE_NOOP("theme", "Follow &System"),  # translated when the menu is built
    "light": QT_TRANSLATE_NOOP("theme", "&Light"),
    "dark": QT_TRANSLATE_NOOP("theme", "&Dark"),
}

_original: dict | None = None  # the application's own style, palette and style sheet


def system_is_dark() -> bool:
    return QApplication.instance().styleHints().colorScheme() == Qt.ColorScheme.Dark


def make_palette(dark: bool, high_contrast: bool) -> QPalette:
    if high_contrast:
        fg, bg = ("#FFFFFF", "#000000") if dark else ("#000000", "#FFFFFF")
        colours = {
            "Window": bg,
            "WindowText": fg,
            "Base": bg,
            "AlternateBase": bg,
            "Text": fg,
            "Button": bg,
            "ButtonText": fg,
            "ToolTipBase": bg,
            "ToolTipText": fg,
            "BrightText": fg,
            "Light": fg,
            "Midlight": fg,
            "Mid": fg,
            "Dark": fg,
            "Shadow": fg,
            "Highlight": "#FFD400" if dark else "#0000CC",
            "HighlightedText": "#000000" if dark else "#FFFFFF",
            "Link": "#FFFF00" if dark else "#0000EE",
        }
        disabled = "#A0A0A0" if dark else "#595959"
        colours["PlaceholderText"] = disabled  # still readable, but never mistaken for typed text
    else:
        colours = {
            "Window": "#2B2D31",
            "WindowText": "#E8EAED",
            "Base": "#1E1F22",
            "AlternateBase": "#26282C",
            "Text": "#E8EAED",
            "Button": "#34363B",
            "ButtonText": "#E8EAED",
            "ToolTipBase": "#34363B",
            "ToolTipText": "#E8EAED",
            "PlaceholderText": "#9AA0A6",
            "BrightText": "#FF6B6B",
            "Light": "#4A4D53",
            "Midlight": "#3E4046",
            "Mid": "#2F3136",
            "Dark": "#191A1D",
            "Shadow": "#000000",
            "Highlight": "#3D6FD1",
            "HighlightedText": "#FFFFFF",
            "Link": "#8AB4F8",
        }
        disabled = "#7F858C"
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(disabled))
    return palette


def high_contrast_sheet() -> str:
    return (package_files.files("resources") / "high_contrast.qss").read_text(encoding="utf-8")


def apply(dark: bool, high_contrast: bool) -> None:
    """Give the application and every canvas this look."""
    global _original
    app = QApplication.instance()
    if _original is None:
        _original = {"style": app.style().name(), "palette": QPalette(app.palette()), "sheet": app.styleSheet()}
    style.set_theme(dark, high_contrast)
    if dark or high_contrast:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(make_palette(dark, high_contrast))
        app.setStyleSheet(_original["sheet"] + ("\n" + high_contrast_sheet() if high_contrast else ""))
    else:
        restore()
        style.set_theme(False, False)
    refresh_canvases()


def restore() -> None:
    """The application's own look, as it was before any theme was applied."""
    global _original
    if _original is None:
        return
    app = QApplication.instance()
    if app.style().name().lower() != _original["style"].lower():
        app.setStyle(_original["style"])
    app.setPalette(_original["palette"])
    app.setStyleSheet(_original["sheet"])
    style.set_theme(False, False)
    _original = None
    refresh_canvases()


def refresh_canvases() -> None:
    """Repaint every canvas (main window, presenter, replay) in the current colours."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QGraphicsView) and hasattr(widget, "canvas_scene"):
            widget.setBackgroundBrush(style.CANVAS_BG)
            minimap = getattr(widget, "minimap", None)
            if minimap is not None:
                minimap.refresh()
            widget.viewport().update()


class Theme(QObject):
    """The View menu's Theme entries and High Contrast switch for one window."""

    theme_changed = Signal()

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        settings = QSettings()
        self.mode = str(settings.value(MODE_KEY, "system"))
        if self.mode not in MODES:
            self.mode = "system"
        self.high_contrast = settings.value(HIGH_CONTRAST_KEY, False, type=bool)

        menu = window.view_menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for mode, text in MODES.items():
            action = QAction(QCoreApplication.translate("theme", text), window)
            action.setCheckable(True)
            action.setChecked(mode == self.mode)
            action.setStatusTip(
                {"system": self.tr("Light or dark, as the system is set"), "light": self.tr("Always light"),
                 "dark": self.tr("Always dark")}[mode]
            )
            action.triggered.connect(lambda _checked=False, m=mode: self.set_mode(m))
            group.addAction(action)
            menu.addAction(action)
            self.mode_actions[mode] = action
        self.high_contrast_action = QAction(self.tr("&High Contrast"), window)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.high_contrast)
        self.high_contrast_action.setShortcut(QKeySequence("Ctrl+Alt+H"))
        self.high_contrast_action.setStatusTip(self.tr("Black and white text, strong borders, thick focus outlines"))
        self.high_contrast_action.toggled.connect(self.set_high_contrast)
        window.addAction(self.high_contrast_action)
        window.view_menu.addAction(self.high_contrast_action)

        QApplication.instance().styleHints().colorSchemeChanged.connect(self._system_changed)
        window.destroyed.connect(self._forget_system)
        if self.is_dark() or self.high_contrast or _original is not None:
            self.apply()

    def is_dark(self) -> bool:
        return self.mode == "dark" or (self.mode == "system" and system_is_dark())

    def apply(self) -> None:
        apply(self.is_dark(), self.high_contrast)
        self.theme_changed.emit()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_actions[mode].setChecked(True)
        QSettings().setValue(MODE_KEY, mode)
        self.apply()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = bool(on)
        if self.high_contrast_action.isChecked() != self.high_contrast:
            self.high_contrast_action.setChecked(self.high_contrast)
        QSettings().setValue(HIGH_CONTRAST_KEY, self.high_contrast)
        self.apply()

    def _system_changed(self, _scheme=None) -> None:
        if self.mode == "system":
            self.apply()

    def _forget_system(self, *_args) -> None:
        try:
            QApplication.instance().styleHints().colorSchemeChanged.disconnect(self._system_changed)
        except (RuntimeError, TypeError, AttributeError):
            pass
