"""An edit is in the library the moment the window shows it: SIGKILL cannot lose it."""

import os
import signal
import subprocess
import sys
import textwrap

from storage.library import open_library
from tests.helpers import make_session

WORKER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from storage.library import open_library
    from widgets.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(open_library(sys.argv[1]), sys.argv[1])
    window.show()
    window.capture_bar.focus()
    QTest.keyClicks(window.capture_bar.line, "@Ana check the policy #kill")
    QTest.keyClick(window.capture_bar.line, Qt.Key.Key_Return)
    view = window.tabs.current_view()
    print("shown:", [i.card.text for i in view.canvas_scene.cards.values()], flush=True)
    sys.stdin.read()  # wait here until killed
""")


def test_sigkill_right_after_an_edit_keeps_it(library_path):
    make_session(library_path, participants=[("Ana", "Claims handler")])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", WORKER, str(library_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line.startswith("shown: ['check the policy']"), line
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == -signal.SIGKILL
    db = open_library(library_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    [card] = list(db.query("SELECT c.text, p.name FROM cards c JOIN participants p ON p.id = c.participant_id"))
    assert card == {"text": "check the policy", "name": "Ana"}
    db.close()
