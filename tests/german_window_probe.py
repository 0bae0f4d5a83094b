"""Run by tests/test_translations.py in a process of its own, as a person starts Meshwork
with MESHWORK_LANGUAGE set: the window on the demo series at 1280 × 800, every dock
raised and grabbed, the main dialogs opened and grabbed. Prints one JSON object: the
menu titles, the labels and buttons whose text does not fit, the texts still shown in
English although the translation has them, and the PNGs written.

Usage: python tests/german_window_probe.py OUT_DIR"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="meshwork-i18n-config-")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDockWidget,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)

SIZE = (1280, 800)
CHECKED = (QLabel, QPushButton, QCheckBox, QRadioButton)


def settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def translated_sources(language: str) -> set[str]:
    """English texts the .ts translates to something else (the ones that must not be seen)."""
    found = set()
    ts = ROOT / "resources" / "i18n" / f"meshwork_{language}.ts"
    if not ts.is_file():  # English: nothing is translated
        return found
    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if "{" not in source and "%" not in source and source.strip() and source not in forms:
            found.add(source)
    return found


def clipped(root: QWidget) -> list[dict]:
    """Visible labels and buttons narrower than their text wants (word-wrapped labels aside)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CHECKED) or not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text() or widget.pixmap() is not None
                                           and not widget.pixmap().isNull()):
            continue
        if widget.width() <= 1 or "Elid" in type(widget).__name__:  # hidden by its layout, or elides by design
            continue
        scroller = root.findChild(QScrollArea) if isinstance(root, QDockWidget) else None
        if scroller is not None:  # a panel scrolls up and down, never sideways: nothing past the dock's edge
            viewport = scroller.viewport()
            left = widget.mapTo(viewport, widget.rect().topLeft()).x()
            if left < 0 or left + widget.width() > viewport.width():
                found.append({"class": type(widget).__name__, "text": widget.text(), "right": left + widget.width(),
                              "has": viewport.width(), "in": root.objectName()})
                continue
        want = widget.sizeHint().width()
        if isinstance(widget, QPushButton):  # its hint is at least 80 px however short the text ("↑")
            shown = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            want = widget.fontMetrics().horizontalAdvance(shown) + 12 + widget.iconSize().width() * (
                not widget.icon().isNull())
        if want > widget.width():
            found.append({"class": type(widget).__name__, "text": widget.text(), "wants": want,
                          "has": widget.width(), "in": root.objectName() or type(root).__name__})
    return found


def english_left(root: QWidget, english: set[str]) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts.extend(a.text() for a in QWidget.actions(widget))
        texts.extend(a.text() for a in QWidget.actions(widget))  # some panels name a field "actions"
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return sorted({t for t in texts if t in english})


def guide_headings(guide) -> list[str]:
    found = []
    block = guide.browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            found.append(block.text())
        block = block.next()
    return found


def mnemonic_clashes(title: str, menu) -> list[list[str]]:
    """Entries of one menu that share their Alt letter (Qt would only cycle between them)."""
    from widgets.access import mnemonic

    taken: dict[str, list[str]] = {}
    clashes = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            taken.setdefault(letter.lower(), []).append(action.text())
        if action.menu() is not None:
            clashes += mnemonic_clashes(action.text(), action.menu())
    return clashes + [[title, *texts] for texts in taken.values() if len(texts) > 1]


def main(out: Path) -> dict:
    from storage import sessions
    from storage.library import open_library
    from widgets.app_main import make_application

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    make_application()
    QSettings().clear()
    from app import i18n
    from widgets.main_window import MainWindow

    language = i18n.current()
    english = translated_sources(language)
    folder = Path(tempfile.mkdtemp(prefix="meshwork-i18n-"))
    library = folder / "workshops.meshwork"
    window = MainWindow(open_library(library), str(library))
    result: dict = {"language": language, "clipped": [], "english": [], "shots": []}

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        target = out / f"de-{name}.png"
        widget.grab().save(str(target))
        result["shots"].append(str(target))
        result["clipped"].extend(clipped(widget))
        result["english"].extend(english_left(widget, english))

    try:
        window.show()
        window.resize(*SIZE)
        settle()
        series_id = window.starter.create_demo()
        q1, q2, q3 = (s["id"] for s in sessions.in_series(window.library.db, series_id))
        window.open_session(q3)
        settle()
        result["menus"] = [action.text() for action in window.menuBar().actions()]
        result["view_menu"] = [action.text() for action in window.view_menu.actions()]
        result["mnemonic_clashes"] = [clash for action in window.menuBar().actions()
                                      for clash in mnemonic_clashes(action.text(), action.menu())]
        shoot(window, "window")
        for dock in window.findChildren(QDockWidget):
            dock.show()
            dock.raise_()
            settle()
            shoot(dock, dock.objectName())
        window.window_layout.reset()
        settle()

        dialogs = [("new-session", window.starter.open_dialog(), (820, 720)),
                   ("continue", window.patterns.continue_session(q3), (640, 420)),
                   ("compare", window.patterns.open_compare(q1, q2), SIZE),
                   ("trends", window.patterns.open_trends(series_id), SIZE),
                   ("series-map", window.patterns.open_series_map(series_id), SIZE)]
        for name, dialog, size in dialogs:
            dialog.show()
            dialog.resize(*size)
            shoot(dialog, name)
            dialog.close()
        window.session_header.open_dialog()
        extra = [("session-details", window.session_header.dialog, (560, 420)),
                 ("step", window.facilitation.agenda_panel.add_step(), (560, 420)),
                 ("role-profiles", window.patterns.open_role_profiles(), SIZE),
                 ("replay", window.replay.open(), SIZE)]
        from widgets.dialogs.restore import RestoreDialog

        extra.append(("restore", RestoreDialog(library, window), (640, 420)))
        for name, dialog, size in extra:
            dialog.show()
            dialog.resize(*size)
            if name == "replay":  # the moment an event in the middle of the log made, in words
                dialog.seek(len(dialog.replay) // 2)
                history = dialog.replay
                result["replay"] = [history.describe(k) for k in sorted({0, 1, len(history) // 2, len(history)})]
            shoot(dialog, name)
            dialog.close()
        window.help.show_guide()
        guide = window.help.guide
        guide.resize(*SIZE)
        shoot(guide, "guide")
        result["guide"] = {"file": guide.path.name, "headings": guide_headings(guide)}
        guide.close()
        window.help.show_shortcuts()
        view = window.help.shortcuts_view
        view.resize(640, 760)
        shoot(view, "shortcuts")
        view.close()
    finally:
        window.facilitation.close_presenter()
        window.close()
        window.shutdown()
        settle()
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(os.environ["XDG_CONFIG_HOME"], ignore_errors=True)
    result["english"] = sorted(set(result["english"]))
    return result


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    print(json.dumps(main(target), ensure_ascii=False))
