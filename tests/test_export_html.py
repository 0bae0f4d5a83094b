"""The offline HTML page: every card with its why, resources and links; nothing outside itself."""

import html
import re
from html.parser import HTMLParser

import pytest

from storage.library import open_library
from tests.test_export_data import CARDS, EVIL, SECOND, rich_series
from widgets.export.html import export_html


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.scripts, self._in_script = [], [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def assert_self_contained(page: str) -> Collect:
    for forbidden in ("http:", "https:", "//", "src=", "@import", "<link", "<iframe", "<img"):
        assert forbidden not in page, forbidden
    assert all(ref.startswith("#") for ref in re.findall(r"url\(\s*['\"]?([^)'\"]*)", page))  # only own ids
    parsed = Collect()
    parsed.feed(page)
    assert parsed.tags.count("script") == 1  # ours, inline
    assert all(name not in ("src", "href") or (value or "").startswith("#") for name, value in parsed.attrs)
    return parsed


@pytest.fixture
def page(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    out = tmp_path / "session.html"
    assert export_html(db, ids["session"], out) == [out]
    db.close()
    return out.read_text(encoding="utf-8")


def test_page_holds_every_card_with_why_resources_and_links(page):
    text = html.unescape(page)
    for card_text, _kind, _who, _x, _y, why, _tags in CARDS:
        assert f'<div class="card-text" dir="auto">{html.escape(card_text)}</div>' in page
        if why:
            assert why in text
    for card_text, *_ in SECOND:
        assert card_text in text
    assert "Uses:</b> Claims system" in page  # the resource linked to "Check the claim form"
    assert "hand-off → Call the customer back" in text
    assert "Why do forms come back twice? → depends on → this" in text
    assert page.count("<li style=\"--c:") == len(CARDS) + len(SECOND)
    assert 'id="card-search"' in page


def test_page_has_maps_participants_and_reflections(page):
    assert page.count('<figure class="map"') == 2
    assert page.count("<svg") == 2 and "viewBox=" in page
    assert "Check the claim" in re.search(r"<svg.*?</svg>", page, re.S).group(0)  # the map's own text
    for name in ("Ana", "Ben", "Chen", "Claims handler", "Assessor"):
        assert name in page
    assert "Shorten the claim form" in page and "Fraud know-how sits with one assessor" in page


def test_page_references_nothing_outside_itself(page):
    assert_self_contained(page)
    assert "Content-Security-Policy" in page


def test_participant_text_is_escaped_where_it_appears(page):
    """A participant named "Eve <script>…" wrote a card, its why and a reflection with a
    script tag in them: each shows as the text it is, in its own place, and the page
    holds one script, its own."""
    parsed = assert_self_contained(page)
    assert EVIL not in page
    shown, in_svg = html.escape(EVIL), html.escape(EVIL, quote=False)
    for place in (
        f'<div class="card-text" dir="auto">Audit note {shown}</div>',  # the card list
        f'<div class="meta">Insight · Eve {shown} (Auditor)</div>',  # who wrote it
        f"<div><b>Why:</b> <bdi>because {shown}</bdi></div>",  # its why
        f'</span>Eve {shown}</td><td>Auditor</td>',  # the participants' table
        f"<li><b>Insight:</b> <bdi>Fraud know-how sits with one assessor {shown}</bdi></li>",  # the reflection
        f"<title>Insight card: Audit note {in_svg}, by Eve {in_svg} (Auditor)</title>",  # the map
    ):
        assert place in page, place
    assert page.count("<script") == 1 and parsed.tags.count("script") == 1
    assert all("alert(" not in script for script in parsed.scripts)
