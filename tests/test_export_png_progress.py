"""A drawn export that takes a while shows its progress and can be cancelled: Cancel
(or Escape) leaves no file behind and the status bar says so; an export left to
finish writes its file. The dialog's one-second delay is set to none here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QPushButton

from tests.test_export_data import rich_series
from tests.test_export_menu import menu_action
from widgets.export import map as export_map
from widgets.export import progress as export_progress

LABELS = {"png": "Image (PNG)…", "svg": "Vector Image (SVG)…", "pdf": "PDF (Maps and Summary)…"}


@pytest.fixture
def exporting(qtbot, make_window, library_path, tmp_path, monkeypatch):
    """A window with the rich session open, dialogs answered, and exports slow enough
    to show progress: no delay before the dialog, small PNG tiles, SVG steps of one item."""
    ids = rich_series(library_path)
    window = make_window()
    window.open_session(ids["session"])
    monkeypatch.setattr(export_progress, "MINIMUM_DURATION_MS", 0)
    monkeypatch.setattr(export_map, "TILE", 64)
    monkeypatch.setattr(export_map, "SVG_STEP", 1)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("1× (screen, 96 dpi)", True)))
    folder = tmp_path / "exports"
    folder.mkdir()

    def export(name: str):
        target = folder / f"map.{name}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
        menu_action(window, "Export Session", LABELS[name]).trigger()
        return target
    return window, folder, export


def watch_dialog(window, on_shown=None) -> dict:
    """A timer that runs while the export handles events: it notes the progress dialog
    it sees (and what it says), and can act on it."""
    seen: dict = {"ticks": 0}

    def look():
        seen["ticks"] += 1
        dialog = window.findChild(QProgressDialog, "export-progress")
        if dialog is not None and dialog.isVisible() and "dialog" not in seen:
            seen.update(dialog=True, name=dialog.accessibleName(), label=dialog.labelText(),
                        modal=dialog.windowModality(), value=dialog.value(), maximum=dialog.maximum())
            if on_shown is not None:
                on_shown(dialog)
    timer = QTimer(window)
    timer.timeout.connect(look)
    timer.start(0)
    seen["timer"] = timer
    return seen


@pytest.mark.parametrize("name", ["png", "svg", "pdf"])
def test_escape_cancels_a_drawn_export_and_leaves_no_file(exporting, qtbot, name):
    window, folder, export = exporting
    seen = watch_dialog(window, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    target = export(name)
    seen["timer"].stop()
    assert seen.get("dialog"), "the progress dialog never showed"
    assert seen["name"] == "Export progress" and target.name in seen["label"]
    assert seen["modal"] == Qt.WindowModality.WindowModal
    assert not target.exists() and list(folder.iterdir()) == []  # no partial or temporary file
    message = window.statusBar().currentMessage()
    assert "cancelled" in message and target.name in message
    assert window.findChild(QProgressDialog, "export-progress") is None or \
        not window.findChild(QProgressDialog, "export-progress").isVisible()


def test_the_cancel_button_keeps_an_earlier_export(exporting, qtbot):
    window, folder, export = exporting
    (folder / "map.png").write_bytes(b"last week's picture")

    seen = watch_dialog(window, lambda dialog: qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton))
    target = export("png")
    seen["timer"].stop()
    assert seen.get("dialog") and seen["value"] < seen["maximum"]  # cancelled part-way
    assert target.read_bytes() == b"last week's picture"
    assert [p.name for p in folder.iterdir()] == ["map.png"]
    assert "cancelled" in window.statusBar().currentMessage()


def cancel_button(dialog):
    return next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Cancel")


def test_an_export_left_to_run_shows_progress_and_writes_the_file(exporting, qtbot):
    window, folder, export = exporting
    seen = watch_dialog(window)
    target = export("png")
    seen["timer"].stop()
    assert seen.get("dialog") and seen["maximum"] > 20  # a step per 64 px tile
    assert seen["ticks"] > 5  # the window went on handling events while it drew
    image = QImage(str(target))
    assert image.width() > 1000 and image.height() > 900
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported") and str(target) in message
    assert [p.name for p in folder.iterdir()] == ["map.png"]


def test_a_quick_export_never_shows_the_dialog(exporting, qtbot, monkeypatch):
    window, _folder, export = exporting
    monkeypatch.setattr(export_progress, "MINIMUM_DURATION_MS", 60_000)
    seen = watch_dialog(window)
    target = export("png")
    seen["timer"].stop()
    assert "dialog" not in seen and seen["ticks"] == 0  # not shown, so no events handled mid-export
    assert target.exists()
