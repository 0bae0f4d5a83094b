"""Look and access: dark and high-contrast themes change the canvas and are
remembered; the system's colour scheme is followed; every control has a name,
every menu entry a mnemonic, no two actions share a shortcut; sharp at 2x."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget

from tests.helpers import make_session
from widgets import access, theme
from widgets.canvas import style

ROOT = Path(__file__).resolve().parent.parent


def forget_choices():
    settings = QSettings()
    settings.remove(theme.MODE_KEY)
    settings.remove(theme.HIGH_CONTRAST_KEY)


@pytest.fixture
def window(make_window, library_path):
    forget_choices()
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")],
                 cards=[("review the claim", 0, 0), ("assess damage", 300, 0)], links=[(0, 1)])
    win = make_window()
    yield win
    theme.restore()
    forget_choices()


def background_pixel(view) -> QColor:
    """A pixel of the canvas where nothing is drawn (top left of the viewport)."""
    view.centerOn(view.canvas_scene.cards[next(iter(view.canvas_scene.cards))].sceneBoundingRect().center())
    image = view.viewport().grab().toImage()
    return image.pixelColor(QPoint(3, 3))


def test_dark_and_high_contrast_change_the_canvas_and_are_remembered(window, make_window, qtbot):
    view = window.tabs.current_view()
    assert background_pixel(view) == QColor("#FAFAF7")
    assert not window.theme.is_dark()

    window.theme.mode_actions["dark"].trigger()  # View > Theme > Dark
    assert background_pixel(view) == QColor("#1C1E22")
    assert QApplication.instance().style().name().lower() == "fusion"
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() < 80
    assert view.minimap._pixmap.toImage().pixelColor(2, 2) == QColor("#1C1E22")

    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.theme.high_contrast_action.isChecked()
    assert background_pixel(view) == QColor("#000000")
    assert style.SELECTION_WIDTH > 3 and style.INK == QColor("#000000")
    border = style.card_border(QColor("#E69F00"))
    assert border.color() == QColor("#000000") and border.widthF() == style.BORDER_WIDTH > 2
    assert "3px solid palette(highlight)" in QApplication.instance().styleSheet()
    assert QSettings().value(theme.MODE_KEY) == "dark"
    assert QSettings().value(theme.HIGH_CONTRAST_KEY, type=bool) is True

    # A selected card gets the thick high-contrast outline in the selection colour.
    card_id = next(iter(view.canvas_scene.cards))
    item = view.canvas_scene.cards[card_id]
    view.canvas_scene.select_cards([card_id])
    edge = view.mapFromScene(item.sceneBoundingRect().center().x(), item.sceneBoundingRect().top() + 1)
    image = view.viewport().grab().toImage()
    # the 5-pixel outline: some pixel just around the edge is pure selection colour (the
    # edge itself may fall between pixels and be antialiased)
    around = {image.pixelColor(edge.x(), edge.y() + dy).name() for dy in range(-2, 3)}
    assert "#ffd400" in around

    # A new window (the next start) comes back in the same look.
    theme.restore()
    assert background_pixel(view) == QColor("#FAFAF7")
    again = make_window()
    assert again.theme.mode == "dark" and again.theme.high_contrast_action.isChecked()
    assert background_pixel(again.tabs.current_view()) == QColor("#000000")

    again.theme.high_contrast_action.trigger()
    again.theme.mode_actions["light"].trigger()
    assert background_pixel(again.tabs.current_view()) == QColor("#FAFAF7")
    assert QApplication.instance().styleSheet() == ""
    assert QSettings().value(theme.MODE_KEY) == "light"


def test_the_system_colour_scheme_is_followed(window, monkeypatch):
    view = window.tabs.current_view()
    assert window.theme.mode == "system"
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    QApplication.instance().styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert background_pixel(view) == QColor("#1C1E22")
    window.theme.mode_actions["light"].trigger()  # an explicit choice wins over the system
    QApplication.instance().styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert background_pixel(view) == QColor("#FAFAF7")


def test_every_visible_control_has_an_accessible_name(window, qtbot):
    for dock in window.findChildren(QDockWidget):
        dock.setFloating(False)
        dock.show()
    for dock in window.findChildren(QDockWidget):  # tabbed docks: show each page in turn
        dock.raise_()
        missing = access.unnamed_controls(window)
        assert not missing, [(type(w).__name__, w.parent().__class__.__name__, w.toolTip()) for w in missing]
    replay = window.replay.open()
    qtbot.addWidget(replay)
    assert access.unnamed_controls(replay) == []
    replay.close()


def test_the_audit_finds_an_unnamed_control(window):
    from PySide6.QtWidgets import QLineEdit

    stray = QLineEdit(window.reflections_panel)
    stray.show()
    assert stray in access.unnamed_controls(window)
    stray.setAccessibleName("Stray")
    assert stray not in access.unnamed_controls(window)


def test_every_menu_entry_has_a_mnemonic_and_shortcuts_are_unique(window):
    for top in window.menuBar().actions():  # as a person opens each menu
        top.menu().aboutToShow.emit()
    entries = access.menu_actions(window)
    assert len(entries) > 40
    without = [f"{path} > {a.text()}" for path, a in entries if access.mnemonic(a.text()) is None]
    assert without == []
    titles = [a.text() for a in window.menuBar().actions()]
    assert len({access.mnemonic(t) for t in titles}) == len(titles)
    seen: dict[str, str] = {}
    clashes = []
    for _path, action in entries:
        for key in action.shortcuts():
            name = key.toString(QKeySequence.SequenceFormat.PortableText)
            if name in seen and seen[name] != action.text():
                clashes.append((name, seen[name], action.text()))
            seen[name] = action.text()
    assert clashes == []
    # Our own: replay, reflections, high contrast.
    assert seen["Ctrl+Shift+P"] == "Re&play Session…"
    assert seen["Ctrl+Alt+R"] == "&Add Reflection"


def test_give_mnemonics_picks_free_letters():
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    first, second, third = menu.addAction("&Save"), menu.addAction("Send"), menu.addAction("S")
    access.give_mnemonics(menu)
    assert (first.text(), second.text(), third.text()) == ("&Save", "S&end", "S")  # no free letter
    assert access.mnemonic("Fish && &Chips") == "c" and access.mnemonic("A && B") is None


SCRIPT = """
import json, sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.helpers import make_session
from storage.library import open_library
from widgets.main_window import MainWindow
from widgets.panels.roster import swatch_icon
make_session({path!r}, participants=[("Ana", "Claims handler")], cards=[("review the claim", 0, 0)])
window = MainWindow(open_library({path!r}), {path!r})
window.show()
app.processEvents()
minimap = window.tabs.current_view().minimap
minimap.refresh()
window.grab().save({shot!r})
swatch = swatch_icon("#E69F00").pixmap(QSize(22, 22), window.devicePixelRatioF())
print(json.dumps({{"ratio": window.devicePixelRatioF(), "map": minimap._pixmap.devicePixelRatio(),
                  "map_width": minimap._pixmap.width(), "widget_width": minimap.width(),
                  "swatch": swatch.width(), "swatch_ratio": swatch.devicePixelRatio()}}))
window.shutdown()
"""


def test_sharp_at_twice_the_scale(tmp_path):
    """QT_SCALE_FACTOR=2: the minimap and the roster swatches carry 2x pixels."""
    shot = os.environ.get("MESHWORK_SHOT_DIR", str(tmp_path)) + "/theme-access-scale2.png"
    script = SCRIPT.format(root=str(ROOT), path=str(tmp_path / "lib.db"), shot=shot)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["ratio"] == 2.0
    assert facts["map"] == 2.0 and facts["map_width"] == 2 * facts["widget_width"]
    assert facts["swatch"] == 44 and facts["swatch_ratio"] == 2.0
