"""A map too large for the picture asked for is drawn smaller, never refused and
never a gigabyte: at most 16,384 px a side, and the person is told."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog

from tests.helpers import make_session
from tests.test_export_menu import menu_action

FAR = 9_000_000  # a card this far away passes the row rules (within ±10,000,000)


def far_apart(library_path):
    return make_session(library_path, participants=[("Ana", "Claims handler")],
                        cards=[("Log the claim", 0, 0), ("Far away", FAR, 200)])


def test_the_command_line_draws_a_huge_map_smaller_and_says_so(library_path, tmp_path):
    session_id = far_apart(library_path)
    out = tmp_path / "map.png"
    result = subprocess.run([sys.executable, "-m", "app", "export", session_id, "-f", "png", "-o", out,
                             "--library", library_path], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert 16_000 <= image.width() <= 16_384 and image.height() >= 1
    assert "too large for a 1× picture" in result.stdout and "16,384 px" in result.stdout


def test_a_map_that_fits_is_drawn_at_the_scale_asked(library_path, tmp_path):
    session_id = make_session(library_path, participants=[("Ana", "Claims handler")],
                              cards=[("Log the claim", 0, 0), ("Call back", 400, 0)])
    out = tmp_path / "map.png"
    result = subprocess.run([sys.executable, "-m", "app", "export", session_id, "-f", "png", "-o", out,
                             "--scale", "2", "--library", library_path], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "too large" not in result.stdout
    assert QImage(str(out)).width() > 1000  # two cards and margins at 2x


def test_the_window_tells_the_facilitator(qtbot, make_window, library_path, tmp_path, monkeypatch):
    far_apart(library_path)
    window = make_window()
    target = tmp_path / "far.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("2× (sharp, 192 dpi)", True)))
    menu_action(window, "Export Canvas", "Image (PNG)…").trigger()
    assert QImage(str(target)).width() <= 16_384
    message = window.statusBar().currentMessage()
    assert str(target) in message and "too large for a 2× picture" in message
