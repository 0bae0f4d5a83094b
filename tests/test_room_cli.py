"""``meshwork --library PATH --room``: the real app starts with Room join on for the
reopened session, prints the join URL, serves it, and still exits cleanly."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import urllib.parse

from app.cli.parser import build_parser
from tests.helpers import make_session


def test_room_option_parses():
    assert build_parser().parse_args([]).room is None
    assert build_parser().parse_args(["--room"]).room == ""
    assert build_parser().parse_args(["--room", "127.0.0.1"]).room == "127.0.0.1"


def test_meshwork_room_prints_a_working_join_url(library_path, tmp_path):
    make_session(library_path, participants=[("Ana", "Claims handler")], title="Claims Q2")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.Popen(
        [sys.executable, "-X", "faulthandler", "-m", "app", "--library", str(library_path), "--room", "127.0.0.1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = proc.stdout.readline().strip()  # blocks until the window printed it (or exited)
        assert url.startswith("http://127.0.0.1:"), proc.stderr.read() if proc.poll() is not None else url
        parts = urllib.parse.urlsplit(url)
        token = urllib.parse.parse_qs(parts.query)["t"][0]
        assert len(token) >= 22
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
        conn.request("GET", f"/api/state?t={token}")
        response = conn.getresponse()
        state = json.loads(response.read())
        conn.request("GET", "/api/state?t=wrong")
        refused = conn.getresponse()
        refused.read()
        conn.close()
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert response.status == 200 and state["session"]["title"] == "Claims Q2"
    assert [p["name"] for p in state["roster"]] == ["Ana"]
    assert refused.status == 401
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "Fatal Python error" not in err
