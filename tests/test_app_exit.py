"""The real app starts on a library and ends with status 0 and no crash at shutdown."""

import os
import signal
import subprocess
import sys
import time

from tests.helpers import make_session


def test_app_quits_cleanly_with_a_session_open(library_path, tmp_path):
    make_session(library_path, participants=[("Ana", "Claims handler")], cards=[("a", 0, 0), ("b", 400, 0)],
                 links=[(0, 1)])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.Popen([sys.executable, "-X", "faulthandler", "-m", "app", "--library", str(library_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 30
        # the window is up once it has taken its start-up backup of the library
        while not any((library_path.parent / "backups").glob("*")) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.1)
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "Fatal Python error" not in err
