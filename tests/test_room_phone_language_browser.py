"""The phone page in German in a real browser at 390 x 844: a phone whose browser
asks for German gets every word of the page in German, counted dots in German
plural forms, and nothing the Content-Security-Policy had to block. The grab goes
to tests/helpers.shot("phone-de.png") for a person to look at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers import make_session, shot
from tests.test_room_map_browser import CHROMEDRIVER, CHROMIUM, Phone, chromedriver, room_on
from tests.test_room_support import in_thread

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")


class GermanPhone(Phone):
    language = "de-DE,de"


@pytest.fixture
def phone(tmp_path):
    with chromedriver(tmp_path, 1, GermanPhone) as made:
        yield made[0]


def test_a_german_phone_joins_adds_a_card_and_votes_in_german(qtbot, make_window, library_path, phone):
    make_session(library_path, participants=[("Ana", "Schadenbearbeitung")])
    window = make_window()
    url = room_on(window)
    ana = next(p.id for p in window.editor.doc.all("participants") if p.name == "Ana")

    def join():
        phone.go(url)
        phone.wait_for("return !document.getElementById('join-view').hidden")
        seen = [phone.script("return document.documentElement.lang"), phone.text("#join-heading"),
                phone.text("#new-form button"), phone.script("return document.title")]
        phone.click(f'#roster input[value="{ana}"]')
        phone.click("#pick-form button[type=submit]")
        phone.wait_for("return document.getElementById('map-live').textContent === 'Live'")
        phone.click("#tab-cards")
        phone.type("#card-text", "Schaden aufnehmen")
        phone.click("#card-submit")
        seen.append(phone.wait_for("const s = document.getElementById('status').textContent;"
                                   " return s === 'Karte hinzugefügt' && s"))
        seen.append(phone.script("return [...document.querySelectorAll('#card-kind option')].map((o) => o.text)"))
        return seen
    lang, heading, new_button, title, status, kinds = in_thread(qtbot, join, 60_000)
    assert (lang, heading, new_button, status) == ("de", "Wer sind Sie?", "Als neue teilnehmende Person beitreten",
                                                   "Karte hinzugefügt")
    assert title.endswith("– Raum")
    assert kinds[0] == "Tätigkeit" and "Schmerzpunkt" in kinds
    qtbot.waitUntil(lambda: any(c.text == "Schaden aufnehmen" for c in window.editor.doc.all("cards")))

    window.facilitation.agenda.add_step("Abstimmung", 300, voting=1)
    qtbot.keyClick(window, Qt.Key.Key_F8)

    def vote():
        left = phone.wait_for("const t = document.getElementById('dots-left').textContent;"
                              " return t.startsWith('Sie haben noch 3') && t")
        phone.click('#ballot button[aria-label="Einen Punkt setzen auf: Schaden aufnehmen"]')
        after = phone.wait_for("const t = document.getElementById('dots-left').textContent;"
                               " return t.startsWith('Sie haben noch 2') && t")
        phone.script("window.scrollTo(0, 0)")
        phone.screenshot(shot("phone-de.png"))
        return left, after, phone.text("#step-badges"), phone.console_errors()
    left, after, badges, errors = in_thread(qtbot, vote, 30_000)
    assert left == "Sie haben noch 3 Punkte (von 3)."
    assert after == "Sie haben noch 2 Punkte (von 3)."
    assert "Abstimmung" in badges
    assert errors == []
