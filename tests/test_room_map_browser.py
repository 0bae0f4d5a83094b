"""End to end, the shared map in the real phone page (issue 13): two phones (two
headless Chromium sessions with their own profiles, so their own localStorage) at
390 x 844 join the room; a card one adds shows on the other's map; a link the
other makes from the map shows on the desktop canvas and in SQLite; undo at the
desktop takes it off both phones; in a silent step the other phone sees the new
card face down, with no words. Then: the map after a dropped stream and with the
whole map switched off, the ballot fed by the stream, fingers and zoom buttons
(with every shown word at 12 px or more), and the demo's largest map whole.

Driven like tests/test_room_browser.py: plain WebDriver JSON over HTTP, every
browser call in a worker thread while the test pumps Qt (the app answers on its
own event loop), and waits that poll the page until a condition holds.

The demo's largest activity map, on one phone, is the screenshot kept in docs:
set MESHWORK_PHONE_MAP_SHOT=docs/phone-map.png to write it there; otherwise it
goes to the test's temporary folder."""

from __future__ import annotations

import contextlib
import os
import subprocess
import time

import pytest
from PySide6.QtCore import Qt

from app.room.security import RATE_CAPACITY, RateLimiter
from app.vocabulary import CARD_KIND_LABELS
from tests.helpers import make_session
from tests.test_room_browser import CHROMEDRIVER, CHROMIUM, FLAGS, WebDriver, free_port
from tests.test_room_support import in_thread

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")
PHONE = {"width": 390, "height": 844, "pixelRatio": 1.0, "touch": True}
SECRET = "Silent: the fraud score is a guess"


class Phone(WebDriver):
    """A phone: a Chromium session with the phone's viewport and touch, and its own profile."""

    language = ""  # the browser's language (its Accept-Language), when not Chromium's default

    def start(self, profile: str) -> None:
        language = [f"--lang={self.language}", f"--accept-lang={self.language}"] if self.language else []
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM, "args": [*FLAGS, *language, f"--user-data-dir={profile}"],
                                   "mobileEmulation": {"deviceMetrics": PHONE}},
            "goog:loggingPrefs": {"browser": "ALL"},
        }}}
        self.session = self.send("POST", "/session", caps)["sessionId"]

    def console_errors(self) -> list[str]:
        """The page's console errors (a script error, a CSP violation) since the last call."""
        logs = self.send("POST", f"/session/{self.session}/se/log", {"type": "browser"})
        return [entry["message"] for entry in logs if entry["level"] == "SEVERE"]

    def text(self, css: str) -> str:
        return self.script("const n = document.querySelector(arguments[0]); return n ? n.textContent : null", css)

    def join(self, url: str, participant_id: str) -> None:
        self.go(url)
        self.wait_for("return !document.getElementById('join-view').hidden")
        self.click(f'#roster input[value="{participant_id}"]')
        self.click("#pick-form button[type=submit]")
        self.wait_for("return document.getElementById('map-live').textContent.includes('Live')")

    def add_card(self, text: str) -> None:
        self.click("#tab-cards")
        self.script("document.getElementById('status').textContent = ''")
        self.type("#card-text", text)
        self.click("#card-submit")
        self.wait_for("return document.getElementById('status').textContent === 'Card added'")

    def on_map(self, card_id: str) -> str:
        return f'#map [data-card="{card_id}"]'

    def card_lines(self, card_id: str) -> dict:
        """A drawn card's words, line by line, per part (full text, summary, footer)."""
        return self.script(
            "const g = document.querySelector(arguments[0]); const out = {};"
            "for (const t of g.querySelectorAll('text')) out[t.getAttribute('class')] ="
            " [...t.childNodes].map((n) => n.textContent).join(' ');"
            "return out", self.on_map(card_id))


@contextlib.contextmanager
def chromedriver(tmp_path, count: int, kind: type[Phone] = Phone):
    """``count`` phones on one chromedriver; each session has its own profile folder."""
    port = free_port()
    process = subprocess.Popen([CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    made: list[Phone] = []
    try:
        probe = Phone(port)
        deadline = time.monotonic() + 20
        while True:
            try:
                if probe.send("GET", "/status", timeout=2).get("ready"):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)  # waiting for the driver process, not for the app
        for i in range(count):
            phone = kind(port)
            (tmp_path / f"phone-{i}").mkdir()
            phone.start(str(tmp_path / f"phone-{i}"))
            made.append(phone)
        yield made
    finally:
        for phone in made:
            phone.quit()
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def phones(tmp_path):
    with chromedriver(tmp_path, 2) as made:
        yield made


@pytest.fixture
def phone(tmp_path):
    with chromedriver(tmp_path, 1) as made:
        yield made[0]


def room_on(window) -> str:
    panel = window.room_panel
    panel.address.setCurrentIndex(panel.address.findData("127.0.0.1"))
    panel.everyone_radio.setChecked(True)
    url = panel.switch_on()
    assert url and url.startswith("http://127.0.0.1:")
    # The rate limit is per client address, and both phones here share 127.0.0.1:
    # give that one address the budget of two phones, as two addresses would have.
    panel.server.api.limiter = RateLimiter(capacity=2 * RATE_CAPACITY)
    return url


def card_id(window, text: str) -> str:
    rows = list(window.library.db.query("SELECT id FROM cards WHERE text = ?", [text]))
    return rows[0]["id"] if rows else ""


def links_in_sqlite(window) -> list[tuple]:
    return [(r["source_id"], r["target_id"], r["kind"]) for r in window.library.db.query(
        "SELECT source_id, target_id, kind FROM links")]


def test_two_phones_share_the_map_link_and_see_undo(qtbot, make_window, library_path, phones, tmp_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Underwriter")])
    window = make_window()
    url = room_on(window)
    people = {p.name: p.id for p in window.editor.doc.all("participants")}
    ana, ben = phones
    scene = window.tabs.current_view().canvas_scene

    # Both join; Ana adds a card; Ben's map shows it, in Ana's colour, with its words.
    in_thread(qtbot, lambda: (ana.join(url, people["Ana"]), ben.join(url, people["Ben"])), 90_000)
    in_thread(qtbot, lambda: ana.add_card("Check the policy wording"), 30_000)
    ana_card = card_id(window, "Check the policy wording")
    assert ana_card

    def ben_sees_anas_card():
        ben.click("#tab-map")
        ben.wait_for(f"return document.querySelector('{ben.on_map(ana_card)}')")
        return (ben.card_lines(ana_card), ben.text("#map-list"),
                ben.script(f"return document.querySelector('{ben.on_map(ana_card)} rect').getAttribute('stroke')"))
    drawn, listed, outline = in_thread(qtbot, ben_sees_anas_card, 30_000)
    assert drawn == {"glyph": "▶", "full": "Check the policy wording", "summary": "Check the policy wording",
                     "gist": "Check the…",
                     "footer": "Claims handler · Ana"}
    assert "Check the policy wording" in listed and "by Ana (Claims handler)" in listed
    assert outline.lower() == "#b17a00"  # Ana's palette colour (#E69F00), darker, as on the desktop

    # Ben adds his own card, opens it from the map, links it to Ana's: "depends on".
    in_thread(qtbot, lambda: ben.add_card("Price the renewal"), 30_000)
    ben_card = card_id(window, "Price the renewal")

    def ben_links():
        ben.click("#tab-map")
        ben.wait_for(f"return document.querySelector('{ben.on_map(ben_card)}')")
        ben.click(f'#map-list li[data-card="{ben_card}"] button[aria-label^="Show on map"]')
        ben.click(ben.on_map(ben_card))  # a tap on the card opens it whole
        ben.wait_for("return document.getElementById('sheet').open")
        sheet = ben.text("#sheet-title"), ben.text("#sheet-author")
        ben.click("#sheet-link")
        ben.wait_for("return !document.getElementById('link-mode').hidden")
        ben.click(f'#map-list li[data-card="{ana_card}"] button[aria-label^="Show on map"]')
        ben.click(ben.on_map(ana_card))  # the tap now picks the card to link to
        ben.wait_for("return document.getElementById('kind-sheet').open")
        kinds = ben.script("return [...document.querySelectorAll('#kind-choices button')]"
                           ".map(b => b.textContent)")
        ben.click('#kind-choices button[data-kind="depends on"]')
        ben.wait_for("return document.querySelector('#map [data-link][data-kind=\"depends on\"]')")
        return sheet, kinds, ben.text("#status")
    sheet, kinds, status = in_thread(qtbot, ben_links, 30_000)
    assert sheet == ("Price the renewal", "By Ben, role: Underwriter")
    assert kinds == ["hands off to", "depends on", "uses", "informs", "conflicts with"]
    assert status == "Linked: “Price the renewal” depends on “Check the policy wording”"
    assert links_in_sqlite(window) == [(ben_card, ana_card, "depends on")]
    qtbot.waitUntil(lambda: any(i.link.source_id == ben_card and i.link.target_id == ana_card
                                for i in scene.links.values()), timeout=2000)

    # Ana's phone draws the link too.
    link_on_map = "return document.querySelectorAll('#map [data-link]').length"
    assert in_thread(qtbot, lambda: ana.wait_for(f"{link_on_map} === 1"), 30_000)

    # Undo at the desktop (Ctrl+Z on the canvas) removes the link: SQLite, canvas, both phones.
    view = window.tabs.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert links_in_sqlite(window) == []
    assert not scene.links
    gone = in_thread(qtbot, lambda: (ana.wait_for(f"{link_on_map} === 0"),
                                     ben.wait_for(f"{link_on_map} === 0")), 30_000)
    assert gone == (True, True)

    # Ben links again, from his own cards and the list this time (the keyboard's way), and
    # removes the link himself from his card's sheet: gone from SQLite and the desktop canvas.
    def ben_links_and_unlinks():
        ben.click("#tab-cards")
        ben.click('#my-cards button[aria-label="Link to another card: Price the renewal"]')
        ben.wait_for("return !document.getElementById('map-panel').hidden"
                     " && !document.getElementById('link-mode').hidden")
        ben.click(f'#map-list li[data-card="{ana_card}"] button[aria-label^="Link to"]')
        ben.wait_for("return document.getElementById('kind-sheet').open")
        ben.click('#kind-choices button[data-kind="uses"]')
        ben.wait_for(f"{link_on_map} === 1")
        ben.click(f'#map-list li[data-card="{ben_card}"] button[aria-label^="Read card"]')
        ben.wait_for("return document.querySelector('#sheet-links button')")
        label = ben.script("return document.querySelector('#sheet-links button').getAttribute('aria-label')")
        ben.click("#sheet-links button")
        ben.wait_for(f"{link_on_map} === 0")
        ben.click("#sheet-close")
        return label
    assert in_thread(qtbot, ben_links_and_unlinks, 30_000) == (
        "Remove link: This uses “Check the policy wording”")
    assert links_in_sqlite(window) == []
    qtbot.waitUntil(lambda: not scene.links, timeout=2000)

    # A silent step: Ana's new card reaches Ben's map face down, without its words.
    fac = window.facilitation
    fac.agenda.add_step("Silent pains", 300, prompt="Write what hurts, silently", silent=1)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.editor.new_cards_hidden
    in_thread(qtbot, lambda: ben.wait_for("return document.querySelector('#step-meta').textContent"
                                          ".includes('Silent round')"), 30_000)
    in_thread(qtbot, lambda: ana.add_card(SECRET), 30_000)
    secret = card_id(window, SECRET)
    assert window.library.db["cards"].get(secret)["hidden"] == 1

    def face_down_on_ben():
        node = ben.on_map(secret)
        ben.wait_for(f"return document.querySelector('{node}')")
        return (ben.script(f"return document.querySelector('{node}').classList.contains('face-down')"),
                ben.text(node), ben.script("return document.body.textContent.includes(arguments[0])", SECRET),
                ben.text(f'#map-list li[data-card="{secret}"] .text'),
                ana.wait_for(f"return document.querySelector('{ana.on_map(secret)}')"
                             f" && document.querySelector('{ana.on_map(secret)}').textContent"))
    down, words, anywhere, listed, on_ana = in_thread(qtbot, face_down_on_ben, 30_000)
    assert (down, words, anywhere) == (True, "", False)
    assert listed == "Face down until the reveal"
    assert SECRET.split(":")[0] in on_ana  # the author still sees her own card's words

    # Ben tries to link to the face-down card from the list (the keyboard's way):
    # the room refuses, and the page shows the API's own message.
    def ben_links_to_a_face_down_card():
        ben.click(f'#map-list li[data-card="{ben_card}"] button[aria-label^="Read card"]')
        ben.wait_for("return document.getElementById('sheet').open")
        ben.click("#sheet-link")
        ben.click(f'#map-list li[data-card="{secret}"] button[aria-label^="Link to"]')
        ben.wait_for("return document.getElementById('kind-sheet').open")
        ben.click('#kind-choices button[data-kind="informs"]')
        shown = ben.wait_for("return document.getElementById('kind-error').textContent")
        ben.click("#kind-cancel")
        ben.click("#link-cancel")
        return shown, ben.script("return document.getElementById('link-mode').hidden")
    refused, left_link_mode = in_thread(qtbot, ben_links_to_a_face_down_card, 30_000)
    assert refused == "That card is still face down"
    assert left_link_mode
    assert links_in_sqlite(window) == []

    # Refused requests are logged by the browser as failed loads; anything else is a bug.
    for who in (ana, ben):
        errors = in_thread(qtbot, who.console_errors)
        assert [e for e in errors if "Failed to load resource" not in e] == []


# The size on screen, in px, of every card text the map shows at its current zoom
# (shown means not hidden by the zoom level, wherever the card is panned to).
VISIBLE_TEXT = """
return [...document.querySelectorAll('#map .card text')].filter((t) => getComputedStyle(t).display !== 'none')
  .map((t) => parseFloat(t.getAttribute('font-size') || getComputedStyle(t).fontSize) * t.getScreenCTM().a);
"""


def test_the_demo_map_on_a_phone_is_whole_and_readable(qtbot, make_window, library_path, phone, tmp_path):
    from app import demo
    from storage.library import open_library

    db = open_library(library_path)
    demo.build_demo(db)
    session = next(db.query("SELECT id FROM sessions WHERE title LIKE 'Q3%'"))["id"]
    db.close()
    window = make_window()
    window.open_session(session)
    canvas = window.tabs.current_canvas_id()
    cards = window.library.db.execute("SELECT count(*) FROM cards WHERE canvas_id = ?", [canvas]).fetchone()[0]
    links = window.library.db.execute("SELECT count(*) FROM links WHERE canvas_id = ?", [canvas]).fetchone()[0]
    url = room_on(window)
    amira = next(p.id for p in window.editor.doc.all("participants") if p.name == "Amira Haddad")
    # A card with a why and tags, to read whole in the sheet.
    first = next(c for c in window.editor.doc.all("cards") if c.canvas_id == canvas and c.why and c.tags)
    author = window.editor.doc.get("participants", first.participant_id)

    def look():
        phone.join(url, amira)
        phone.click("#tab-map")
        phone.wait_for(f"return document.querySelectorAll('#map .card').length === {cards}")
        phone.script("document.getElementById('tab-map').scrollIntoView(); document.activeElement.blur()")
        drawn = phone.script("return [document.querySelectorAll('#map [data-link]').length,"
                             " document.querySelectorAll('#map .zone').length,"
                             " document.querySelectorAll('#map-list > li').length,"
                             " document.getElementById('card-count').textContent,"
                             " document.getElementById(document.getElementById('map')"
                             ".getAttribute('aria-labelledby')).textContent]")
        sizes = phone.script(VISIBLE_TEXT)
        shot = os.environ.get("MESHWORK_PHONE_MAP_SHOT") or str(tmp_path / "phone-map.png")
        phone.screenshot(shot)
        phone.click(f'#map-list li[data-card="{first.id}"] button[aria-label^="Read card"]')
        sheet = phone.wait_for("return document.getElementById('sheet').open && "
                               "[...document.querySelectorAll('#sheet p, #sheet h2')].map((n) => n.textContent)")
        phone.click("#sheet-close")
        return drawn, sizes, sheet, phone.console_errors()
    (drawn_links, zones, listed, count, name), sizes, sheet, errors = in_thread(qtbot, look, 90_000)
    assert name == "Map: Activity map"  # the map's accessible name; the list below describes it
    assert errors == []  # no script error, nothing the Content-Security-Policy had to block
    assert (drawn_links, listed, count) == (links, cards, str(cards))
    assert zones == len([z for z in window.editor.doc.all("zones") if z.canvas_id == canvas])
    assert sizes and min(sizes) >= 12, sizes  # what shows is readable: first words large when zoomed out
    assert sheet == [CARD_KIND_LABELS[first.kind], first.text, f"Why: {first.why}",
                     f"By {author.name}, role: {author.role}", "Tags: " + " ".join(f"#{t}" for t in first.tags), ""]


def capture(qtbot, window, line: str) -> None:
    """Type a card at the desktop, as the facilitator does (Ctrl+L, text, Return)."""
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.capture_bar.line, line)
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)


def test_the_map_comes_back_after_a_dropped_stream_and_follows_the_whole_map_switch(
        qtbot, make_window, library_path, phone):
    make_session(library_path, participants=[("Ben", "Underwriter"), ("Ana", "Claims handler")],
                 cards=[("Log the claim", 0, 0)])  # Ben's
    window = make_window()
    url = room_on(window)
    server = window.room_panel.server
    ana = next(p.id for p in window.editor.doc.all("participants") if p.name == "Ana")
    on_map = ("return [...document.querySelectorAll('#map .card .full')]"
              ".map((t) => [...t.childNodes].map((line) => line.textContent).join(' ')).sort()")

    def joined():
        phone.join(url, ana)
        phone.click("#tab-map")
        return phone.wait_for(f"const got = ({on_map.removeprefix('return ')}); return got.length && got")
    assert in_thread(qtbot, joined, 60_000) == ["Log the claim"]

    # The connection drops without a goodbye (Wi-Fi gone); meanwhile the desktop adds a
    # card. EventSource reconnects by itself and the fresh state brings the card.
    for stream in list(server.hub.streams):
        server.hub.close(stream, "gone", "", polite=False)
    capture(qtbot, window, "Call the customer back")
    again = in_thread(qtbot, lambda: phone.wait_for(
        f"const got = ({on_map.removeprefix('return ')}); return got.length === 2 && got"), 30_000)
    assert again == ["Call the customer back", "Log the claim"]
    assert len(server.hub.streams) == 1
    assert "Live" in in_thread(qtbot, lambda: phone.text("#map-live"))

    # The facilitator stops sharing the whole map (the dock's check box): the phone says so
    # and keeps only Ana's own card.
    in_thread(qtbot, lambda: phone.add_card("Ana's own card"), 30_000)
    box = window.room_panel.whole_map
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked() and not server.whole_map
    off = in_thread(qtbot, lambda: phone.wait_for(
        f"const got = ({on_map.removeprefix('return ')});"
        " return !document.getElementById('map-off').hidden && got.length === 1"
        " && [document.getElementById('map-off').textContent, got]"), 30_000)
    assert off == ["The facilitator has not shared the whole map with phones.", ["Ana's own card"]]


def test_the_ballot_follows_the_stream(qtbot, make_window, library_path, phone):
    make_session(library_path, participants=[("Ben", "Underwriter"), ("Ana", "Claims handler")],
                 cards=[("Log the claim", 0, 0), ("Chase the garage", 300, 0)])
    window = make_window()
    url = room_on(window)
    ana = next(p.id for p in window.editor.doc.all("participants") if p.name == "Ana")
    in_thread(qtbot, lambda: phone.join(url, ana), 60_000)
    window.facilitation.agenda.add_step("Vote", 300, voting=1)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    ballot = "return [...document.querySelectorAll('#ballot .text')].map((t) => t.textContent)"

    def vote():
        cards = phone.wait_for(f"{ballot.replace('return ', 'const got = ')}; return got.length === 2 && got")
        phone.click('#ballot button[aria-label="Put a dot on: Chase the garage"]')
        left = phone.wait_for("const t = document.getElementById('dots-left').textContent;"
                              " return !t.startsWith('You have 3') && t")
        return cards, left, phone.script("return document.activeElement.getAttribute('aria-label')")
    cards, left, focused = in_thread(qtbot, vote, 30_000)
    assert cards == ["Log the claim", "Chase the garage"]
    assert left == "You have 2 dots left (of 3)."
    assert focused == "Put a dot on: Chase the garage"  # the redrawn ballot keeps the keyboard's place
    voted = list(window.library.db.query(
        "SELECT cards.text FROM votes JOIN cards ON cards.id = votes.card_id WHERE votes.participant_id = ?", [ana]))
    assert [v["text"] for v in voted] == ["Chase the garage"]


def finger(name: str, path: list[tuple[float, float]]) -> dict:
    """One touch pointer for WebDriver's actions: down at the first point, moved along the rest, up."""
    (x0, y0), rest = path[0], path[1:]
    steps = [{"type": "pointerMove", "duration": 0, "x": int(x0), "y": int(y0)},
             {"type": "pointerDown", "button": 0}]
    steps += [{"type": "pointerMove", "duration": 100, "x": int(x), "y": int(y)} for x, y in rest]
    steps.append({"type": "pointerUp", "button": 0})
    return {"type": "pointer", "id": name, "parameters": {"pointerType": "touch"}, "actions": steps}


def test_fingers_and_buttons_move_and_zoom_the_map(qtbot, make_window, library_path, phone):
    make_session(library_path, participants=[("Ana", "Claims handler")],
                 cards=[("Log the claim", 0, 0), ("Chase the garage", 900, 600)])
    window = make_window()
    url = room_on(window)
    ana = next(p.id for p in window.editor.doc.all("participants"))
    first = card_id(window, "Log the claim")
    box = f"const r = document.querySelector('#map [data-card=\"{first}\"]').getBoundingClientRect();" \
          " return [r.left, r.top, r.width];"

    def gestures():
        phone.join(url, ana)
        phone.click("#tab-map")
        phone.wait_for(f"return document.querySelector('#map [data-card=\"{first}\"]')")
        phone.script("document.getElementById('map').scrollIntoView()")
        seen = {"start": phone.script(box)}
        m = phone.script("const r = document.getElementById('map').getBoundingClientRect();"
                         " return [r.left, r.top, r.width, r.height]")
        cx, cy = m[0] + m[2] / 2, m[1] + m[3] / 2
        phone.send("POST", f"/session/{phone.session}/actions",
                   {"actions": [finger("one", [(cx, cy), (cx + 40, cy + 30), (cx + 60, cy + 50)])]})
        seen["dragged"] = phone.script(box)
        phone.send("POST", f"/session/{phone.session}/actions", {"actions": [
            finger("one", [(cx - 30, cy), (cx - 60, cy), (cx - 90, cy)]),
            finger("two", [(cx + 30, cy), (cx + 60, cy), (cx + 90, cy)])]})
        seen["pinched"] = phone.script(box)
        phone.click("#zoom-out")
        seen["zoomed out"] = phone.script(box)
        phone.click("#zoom-fit")
        seen["fitted"] = phone.script(
            "const m = document.getElementById('map').getBoundingClientRect();"
            " return [...document.querySelectorAll('#map .card')].every((c) => {"
            " const r = c.getBoundingClientRect();"
            " return r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom; })")
        seen["sheet"] = phone.script("return document.getElementById('sheet').open")
        seen["text px"] = []  # from the whole map (about 0.34) to twice as large as it starts
        for _ in range(7):
            seen["text px"].append(min(phone.script(VISIBLE_TEXT)))
            phone.click("#zoom-in")
        return seen
    seen = in_thread(qtbot, gestures, 60_000)
    (x0, y0, w0), (x1, y1, w1) = seen["start"], seen["dragged"]
    assert (round(x1 - x0), round(y1 - y0), w1) == (60, 50, w0)  # one finger: moved with it, same size
    # Fingers 60 px apart, then 180: about three times as large (the browser may merge
    # the first moves of the two fingers, so not exactly).
    assert 2.5 * w1 < seen["pinched"][2] < 3.1 * w1
    assert seen["zoomed out"][2] == pytest.approx(0.8 * seen["pinched"][2], rel=0.01)
    assert seen["fitted"] is True
    assert min(seen["text px"]) >= 12, seen["text px"]  # at every zoom, the words shown are readable
    assert seen["sheet"] is False  # a drag or a pinch is not a tap
