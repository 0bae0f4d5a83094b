"""End to end: the real page in headless Chromium joins the room and adds a card,
which then shows on the canvas and in SQLite.

Chromium is driven through Debian's chromedriver with the W3C WebDriver protocol,
which is plain JSON over HTTP: a few calls with http.client, so no Selenium and
no websocket client are needed. Every WebDriver call runs in a worker thread
while the test pumps the Qt loop, because the browser's requests are answered
by the app's own event loop."""

from __future__ import annotations

import http.client
import json
import shutil
import socket
import subprocess
import time

import pytest
from PySide6.QtCore import Qt

from tests.helpers import make_session
from tests.test_room_support import in_thread

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C web element key
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=420,900"]
NASTY = 'Fix <img src=x onerror="window.pwned=1"> & <script>window.pwned=2</script>'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    """Just the WebDriver commands this test uses."""

    def __init__(self, port: int):
        self.port = port
        self.session = ""

    def send(self, method: str, path: str, body: dict | None = None, timeout: float = 60):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, json.dumps(body).encode() if body is not None else None,
                         {"Content-Type": "application/json"})
            answer = json.loads(conn.getresponse().read() or b"{}")
        finally:
            conn.close()
        value = answer.get("value")
        if isinstance(value, dict) and "error" in value:
            raise RuntimeError(f"{value['error']}: {value.get('message', '')[:300]}")
        return value

    def start(self, profile: str) -> None:
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM, "args": [*FLAGS, f"--user-data-dir={profile}"]},
        }}}
        self.session = self.send("POST", "/session", caps)["sessionId"]

    def go(self, url: str) -> None:
        self.send("POST", f"/session/{self.session}/url", {"url": url})

    def find(self, css: str) -> str:
        found = self.send("POST", f"/session/{self.session}/element", {"using": "css selector", "value": css})
        assert ELEMENT in found, (css, found)
        return found[ELEMENT]

    def type(self, css: str, text: str) -> None:
        self.send("POST", f"/session/{self.session}/element/{self.find(css)}/value", {"text": text})

    def click(self, css: str) -> None:
        self.send("POST", f"/session/{self.session}/element/{self.find(css)}/click", {})

    def script(self, source: str, *args):
        return self.send("POST", f"/session/{self.session}/execute/sync", {"script": source, "args": list(args)})

    def wait_for(self, source: str, timeout: float = 15.0):
        """Poll a script until it returns something truthy (the page polls the app too)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            value = self.script(source)
            if value:
                return value
            time.sleep(0.1)  # the browser's clock, not the test's: this thread only waits for it
        raise TimeoutError(source)

    def screenshot(self, path: str) -> None:
        import base64

        data = self.send("GET", f"/session/{self.session}/screenshot")
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def quit(self) -> None:
        if self.session:
            try:
                self.send("DELETE", f"/session/{self.session}", timeout=20)
            except OSError:
                pass


@pytest.fixture
def driver(tmp_path):
    port = free_port()
    process = subprocess.Popen([CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    web = WebDriver(port)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if web.send("GET", "/status", timeout=2).get("ready"):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)
        profile = tmp_path / "chromium-profile"
        profile.mkdir()
        web.start(str(profile))
        yield web
    finally:
        web.quit()
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_join_and_add_a_card_from_the_real_page(qtbot, make_window, library_path, driver):
    make_session(library_path, participants=[("Ana", "Claims handler")])
    window = make_window()
    panel = window.room_panel
    panel.address.setCurrentIndex(panel.address.findData("127.0.0.1"))
    qtbot.mouseClick(panel.everyone_radio, Qt.MouseButton.LeftButton)
    url = panel.switch_on()
    assert url and url.startswith("http://127.0.0.1:")

    def join_and_add():
        driver.go(url)
        driver.wait_for("return !document.getElementById('join-view').hidden")
        driver.type("#new-name", "Priya")
        driver.type("#new-role", "Fraud analyst")
        driver.click("#new-form button[type=submit]")
        driver.wait_for("return !document.getElementById('room-view').hidden")
        driver.script("document.getElementById('card-kind').value = 'pain point'")
        driver.type("#card-text", NASTY)
        driver.type("#card-why", "the <b>queue</b> stalls")
        driver.type("#card-tags", "#fraud intake")
        driver.click("#card-submit")
        shown = driver.wait_for(
            "const t = document.querySelector('#my-cards li .text'); return t && t.textContent")
        markup = driver.script(
            "return {status: document.getElementById('status').textContent,"
            " injected: document.querySelectorAll('#my-cards img, #my-cards script, #my-cards b').length,"
            " pwned: window.pwned || null, title: document.getElementById('session-title').textContent}")
        driver.screenshot(str(library_path.parent / "room-page.png"))  # kept for a person to look at
        return shown, markup

    shown, markup = in_thread(qtbot, join_and_add, timeout_ms=60_000)
    assert shown == NASTY  # shown as the very characters typed
    assert markup == {"status": "Card added", "injected": 0, "pwned": None, "title": "Workshop"}

    rows = list(window.library.db.query(
        "SELECT cards.id, text, kind, why, participants.name FROM cards "
        "JOIN participants ON participants.id = cards.participant_id"))
    assert [(r["text"], r["kind"], r["why"], r["name"]) for r in rows] == [
        (NASTY, "pain point", "the <b>queue</b> stalls", "Priya")]
    card_id = rows[0]["id"]
    assert window.editor.doc.get("cards", card_id).tags == ["fraud", "intake"]
    scene = window.tabs.current_view().canvas_scene
    qtbot.waitUntil(lambda: card_id in scene.cards, timeout=1000)
    assert scene.cards[card_id].card.text == NASTY
    assert scene.cards[card_id].participant.name == "Priya"
