"""The window for the AT-SPI check (tools/atspi_check.py): a small session on a
throw-away library, then one workshop step played by timers, as a facilitator
would with keys: start a one-minute step, a card arrives, a link is followed
(and a dead end tried), a vote, the step paused, an undo, a card deleted.
Prints READY when the window is up; quits by itself."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STEPS_MS = 1500  # between the moves: time for the bus to carry each event


def main() -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from storage.library import open_library
    from tests.helpers import make_session
    from widgets.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="meshwork-atspi-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")  # never the user's settings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication(sys.argv)
    app.setApplicationName("Meshwork")
    path = folder / "library.db"
    make_session(path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")],
                 cards=[("review the claim", 0, 0), ("assess damage", 300, 0)], links=[(0, 1)])
    window = MainWindow(open_library(path), str(path))
    window.show()
    fac = window.facilitation
    scene = window.tabs.current_view().canvas_scene

    def card(text: str) -> str:
        return next(i for i, item in scene.cards.items() if item.card.text == text)

    def ben() -> str:
        return next(p.id for p in window.editor.doc.all("participants") if p.name == "Ben")

    moves = [
        lambda: fac.agenda.add_step("Map the work", 60, prompt="What do you do when a claim arrives?"),
        lambda: fac.actions["toggle"].trigger(),  # F8: start
        lambda: window.editor.add_card(scene.canvas_id, "check the policy", participant_id=ben(),
                                       pos=(0, 300)),  # as a phone's card arrives
        lambda: scene.focus_card(card("review the claim")),
        lambda: scene.follow_link(True),  # Ctrl+Right
        lambda: scene.follow_link(True),  # Ctrl+Right again: nowhere further
        lambda: fac.vote(card("assess damage")),  # V
        lambda: fac.actions["toggle"].trigger(),  # F8: pause
        lambda: window.undo_action.trigger(),  # Ctrl+Z
        lambda: window.editor.delete(card_ids=[card("check the policy")]),  # Delete, once the tree was read
        lambda: (window.shutdown(), app.quit()),
    ]
    for i, move in enumerate(moves, start=1):
        QTimer.singleShot(2000 + i * STEPS_MS, move)
    QTimer.singleShot(0, lambda: print("READY", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
