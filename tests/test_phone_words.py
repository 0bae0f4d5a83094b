"""The phone page in the phone's language: every word the page shows is in the
catalogue translators work from, the server fills the page in the browser's
language when Meshwork speaks it (else the facilitator's), and the German page
reads German in a real browser."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from app.room import phone_words
from app.vocabulary import CARD_KIND_LABELS
from tests.test_room_support import RoomClient, running_room

ROOM = resources.files("resources") / "room"
LINK_LABELS = ["hands off to", "depends on", "uses", "informs", "conflicts with"]


def page_words() -> tuple[set[str], set[str]]:
    """The words the page's scripts and HTML ask for: (plain, counted)."""
    plain, counted = set(), set()
    for name in ("room.js", "map.js", "map-panel.js", "stream.js", "words.js"):
        text = (ROOM / name).read_text("utf-8")
        for n, source in re.findall(r'\bt(n?)\("((?:[^"\\]|\\.)*)"', text):
            (counted if n else plain).add(source.replace('\\"', '"'))
    plain |= set(re.findall(r"\{\{t:(.*?)\}\}", (ROOM / "index.html").read_text("utf-8")))
    return plain, counted


def test_the_catalogue_holds_every_word_the_page_shows_and_no_other():
    plain, counted = page_words()
    # Kind and link labels come from the server's state and are translated in the page.
    assert set(phone_words.WORDS) == plain | set(CARD_KIND_LABELS.values()) | set(LINK_LABELS)
    assert set(phone_words.COUNTED) == counted
    assert len(phone_words.WORDS) == len(set(phone_words.WORDS))


def test_no_english_word_is_left_outside_the_catalogue_in_the_html():
    html = (ROOM / "index.html").read_text("utf-8")
    shown = [t.strip() for t in re.findall(r">([^<>]*)<", html) if t.strip() and "{{" not in t]
    assert set(shown) <= {"−", "+", "0", ")"}  # symbols and the count, no words
    labels = re.findall(r'aria-label="([^"]*)"', html)
    assert all(label.startswith("{{t:") for label in labels), labels


@pytest.mark.parametrize("header, facilitator, expected", [
    ("de-DE,de;q=0.9,en;q=0.8", "en", "de"),
    ("fr-FR, de;q=0.5", "en", "de"),  # no French: the next language the browser takes
    ("fr-CH, fr;q=0.9", "de", "de"),  # nothing Meshwork speaks: the facilitator's
    ("en-GB,en;q=0.9", "de", "en"),  # English needs no translation
    ("de;q=0, en", "de", "en"),  # q=0 means "not this one"
    ("", "de", "de"),
    (None, "en", "en"),
    ("<script>, de", "en", "de"),  # garbage is skipped
])
def test_the_page_language_follows_the_browser_when_meshwork_speaks_it(header, facilitator, expected):
    assert phone_words.phone_language(header, facilitator) == expected


def test_counted_words_have_a_form_for_every_count():
    english = phone_words.words("en")["You have %n dot(s) left (of %1)."]
    assert english[1] == "You have %n dot left (of %1)." and english[3] == "You have %n dots left (of %1)."
    german = phone_words.words("de")["You have %n dot(s) left (of %1)."]
    assert german[1] == "Sie haben noch %n Punkt (von %1)." and german[2] == "Sie haben noch %n Punkte (von %1)."
    assert len(german) == phone_words.PLURAL_MAX + 1


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def get_page(qtbot, room, accept_language: str | None):
    client = RoomClient(qtbot, room.url)
    headers = {"Accept-Language": accept_language} if accept_language else {}
    status, body, headers = client.raw("GET", f"/?t={client.token}", headers=headers)
    assert status == 200
    return body.decode("utf-8"), headers


def words_in(page: str) -> dict:
    return json.loads(re.search(r'<script id="words" type="application/json">(.*?)</script>', page).group(1))


def test_a_german_browser_gets_the_page_in_german(qtbot, room):
    page, headers = get_page(qtbot, room, "de-DE,de;q=0.9")
    assert '<html lang="de" dir="ltr"' in page
    assert "<title>Meshwork-Raum</title>" in page and ">Wer sind Sie?<" in page
    assert 'aria-label="Vergrößern"' in page
    assert "{{" not in page  # every marker filled
    words = words_in(page)
    assert words["Card added"] == "Karte hinzugefügt" and words["Activity"] == "Tätigkeit"
    assert headers["content-language"] == "de" and headers["vary"] == "Accept-Language"


def test_an_english_browser_gets_the_english_page(qtbot, room):
    page, headers = get_page(qtbot, room, "en-US")
    assert '<html lang="en" dir="ltr"' in page and ">Who are you?<" in page and "{{" not in page
    assert "Card added" not in words_in(page)  # English needs no words but the counted ones
    assert headers["content-language"] == "en"


def test_the_words_cannot_end_the_script_block(monkeypatch):
    monkeypatch.setitem(phone_words.words("de"), "Join", "</script><script>alert(1)</script>")
    page = phone_words.fill((ROOM / "index.html").read_text("utf-8"), "de").decode("utf-8")
    block = re.search(r'<script id="words" type="application/json">(.*?)</script>', page, re.S).group(1)
    assert json.loads(block)["Join"] == "</script><script>alert(1)</script>"
    assert ">&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;<" in page  # and the HTML escapes it
