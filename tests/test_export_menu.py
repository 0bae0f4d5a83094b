"""File > Export Canvas / Export Session driven as a person would, dialogs monkeypatched;
and the drawn formats registered without importing any Qt widget code."""

import subprocess
import sys

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from tests.test_export_data import rich_series


def menu_action(window, *path):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    for text in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.menu() and a.text().replace("&", "") == text)
    return next(a for a in menu.actions() if a.text().replace("&", "") == path[-1])


def test_export_current_canvas_as_png_at_2x(qtbot, make_window, library_path, tmp_path, monkeypatch):
    ids = rich_series(library_path)
    window = make_window()
    window.open_session(ids["session"])
    target = tmp_path / "exports" / "journey"
    target.parent.mkdir()
    asked = {}

    def save_name(parent, caption, suggested, filters):
        asked["suggested"], asked["filters"] = suggested, filters
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("2× (sharp, 192 dpi)", True)))
    menu_action(window, "Export Canvas", "Image (PNG)…").trigger()
    written = target.with_name("journey.png")  # the suffix is added
    assert written.exists()
    assert asked["suggested"].endswith("Q3-workshop-Claim-journey.png") and "*.png" in asked["filters"]
    image = QImage(str(written))
    view_rect = window.tabs.current_view().canvas_scene.itemsBoundingRect()
    assert image.width() == round((view_rect.width() + 80) * 2)  # the canvas with margins, at 2x
    assert str(written) in window.statusBar().currentMessage()


def test_export_session_report_and_cancel(qtbot, make_window, library_path, tmp_path, monkeypatch):
    ids = rich_series(library_path)
    window = make_window()
    window.open_session(ids["session"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert window.export_actions.export("html", canvas_only=False) is None  # cancelled: nothing written
    out = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    menu_action(window, "Export Session", "Session Report (HTML)…").trigger()
    assert "Cards per kind" in out.read_text()


def test_export_failure_is_shown_not_raised(qtbot, make_window, library_path, tmp_path, monkeypatch):
    ids = rich_series(library_path)
    window = make_window()
    window.open_session(ids["session"])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "no-such-folder" / "x.svg"), "")))
    menu_action(window, "Export Session", "Vector Image (SVG)…").trigger()
    assert len(shown) == 1 and "Could not export x.svg" in shown[0] and "Cannot write" in shown[0]
    assert not (tmp_path / "no-such-folder").exists()


def test_registering_drawn_formats_imports_no_widgets():
    pytest.importorskip("app.io.registry")  # the registry of app/io, built alongside
    code = (
        "import sys\n"
        "from widgets.export.formats import register_drawn_formats\n"
        "register_drawn_formats()\n"
        "from app.io.registry import EXPORTERS\n"
        "assert {'png', 'svg', 'pdf', 'html', 'report-html', 'report-pdf'} <= set(EXPORTERS)\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6.QtWidgets') or m == 'widgets.export.files']\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
