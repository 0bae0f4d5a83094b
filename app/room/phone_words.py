"""The phone page's words (resources/room/) in the language of the phone that asks.

The page marks its words ``{{t:…}}`` in index.html and ``t("…")``/``tn("…", n)`` in
its scripts; the server fills them in from Meshwork's translations (resources/i18n)
before the page leaves the laptop, so a phone needs nothing but the page. The
page follows the browser's language when Meshwork has a translation for it, else
the facilitator's. tests/test_phone_words.py keeps this list and the page in step."""

from __future__ import annotations

import html
import json
import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt, QTranslator

CONTEXT = "PhonePage"
PLURAL_MAX = 60  # counted words are sent for 0…60 (a participant has at most 50 dots)

WORDS = [
    QT_TRANSLATE_NOOP("PhonePage", "Meshwork cannot be reached. Is the facilitator's laptop on this network?"),
    QT_TRANSLATE_NOOP("PhonePage", "Error %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Meshwork room"),
    QT_TRANSLATE_NOOP("PhonePage", "%1 — room"),
    QT_TRANSLATE_NOOP("PhonePage", "You are %1 (%2)."),
    QT_TRANSLATE_NOOP("PhonePage", "You are %1."),
    QT_TRANSLATE_NOOP("PhonePage", "Done ✓ (press to undo)"),
    QT_TRANSLATE_NOOP("PhonePage", "I'm done"),
    QT_TRANSLATE_NOOP("PhonePage", "Current step"),
    QT_TRANSLATE_NOOP("PhonePage", "Paused"),
    QT_TRANSLATE_NOOP("PhonePage", "Silent round"),
    QT_TRANSLATE_NOOP("PhonePage", "Voting"),
    QT_TRANSLATE_NOOP("PhonePage", "%1 left"),
    QT_TRANSLATE_NOOP("PhonePage", "Time is up"),
    QT_TRANSLATE_NOOP("PhonePage", "Why: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Face down until the facilitator reveals the cards"),
    QT_TRANSLATE_NOOP("PhonePage", "Edit"),
    QT_TRANSLATE_NOOP("PhonePage", "Edit card: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Delete"),
    QT_TRANSLATE_NOOP("PhonePage", "Delete card: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Link…"),
    QT_TRANSLATE_NOOP("PhonePage", "Link to another card: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "by %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Your dots: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "+ dot"),
    QT_TRANSLATE_NOOP("PhonePage", "Put a dot on: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "− dot"),
    QT_TRANSLATE_NOOP("PhonePage", "Take a dot back from: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Live"),
    QT_TRANSLATE_NOOP("PhonePage", "Reconnecting…"),
    QT_TRANSLATE_NOOP("PhonePage", "Meshwork closed the live map"),
    QT_TRANSLATE_NOOP("PhonePage", "Pick your name first"),
    QT_TRANSLATE_NOOP("PhonePage", "Joined"),
    QT_TRANSLATE_NOOP("PhonePage", "Add card"),
    QT_TRANSLATE_NOOP("PhonePage", "Add a card"),
    QT_TRANSLATE_NOOP("PhonePage", "Save changes"),
    QT_TRANSLATE_NOOP("PhonePage", "Edit your card"),
    QT_TRANSLATE_NOOP("PhonePage", "Card saved"),
    QT_TRANSLATE_NOOP("PhonePage", "Card added"),
    QT_TRANSLATE_NOOP("PhonePage", "Delete this card?"),
    QT_TRANSLATE_NOOP("PhonePage", "Card deleted"),
    QT_TRANSLATE_NOOP("PhonePage", "Dot placed"),
    QT_TRANSLATE_NOOP("PhonePage", "Dot taken back"),
    QT_TRANSLATE_NOOP("PhonePage", "Marked as done"),
    QT_TRANSLATE_NOOP("PhonePage", "Not done yet"),
    QT_TRANSLATE_NOOP("PhonePage", "You left the room"),
    QT_TRANSLATE_NOOP("PhonePage", "Map: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Map (no canvas yet)"),
    QT_TRANSLATE_NOOP("PhonePage", "a card"),
    QT_TRANSLATE_NOOP("PhonePage", "a face-down card"),
    QT_TRANSLATE_NOOP("PhonePage", "“%1”"),
    QT_TRANSLATE_NOOP("PhonePage", "This %1 %2"),
    QT_TRANSLATE_NOOP("PhonePage", "%1 %2 this"),
    QT_TRANSLATE_NOOP("PhonePage", "Face down until the reveal"),
    QT_TRANSLATE_NOOP("PhonePage", "%1 · yours"),
    QT_TRANSLATE_NOOP("PhonePage", "face-down card by %1"),
    QT_TRANSLATE_NOOP("PhonePage", "face-down card"),
    QT_TRANSLATE_NOOP("PhonePage", "Link here"),
    QT_TRANSLATE_NOOP("PhonePage", "Link to: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Read"),
    QT_TRANSLATE_NOOP("PhonePage", "Read card: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Show on map"),
    QT_TRANSLATE_NOOP("PhonePage", "Show on map: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Face down"),
    QT_TRANSLATE_NOOP("PhonePage", "This card is face down until the facilitator reveals the cards."),
    QT_TRANSLATE_NOOP("PhonePage", "By %1, role: %2"),
    QT_TRANSLATE_NOOP("PhonePage", "By %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Typed at the desktop"),
    QT_TRANSLATE_NOOP("PhonePage", "Tags: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Remove"),
    QT_TRANSLATE_NOOP("PhonePage", "Remove link: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Link this card to another: %1"),
    QT_TRANSLATE_NOOP("PhonePage", "Link removed"),
    QT_TRANSLATE_NOOP("PhonePage", "Linking from “%1”: tap the card it connects to, or pick it in the list."),
    QT_TRANSLATE_NOOP("PhonePage", "Linking cancelled"),
    QT_TRANSLATE_NOOP("PhonePage", "From %1 to %2"),
    QT_TRANSLATE_NOOP("PhonePage", "“%1” %2 %3"),
    QT_TRANSLATE_NOOP("PhonePage", "Linked: %1 %2 %3"),
    QT_TRANSLATE_NOOP("PhonePage", "Joining…"),
    QT_TRANSLATE_NOOP("PhonePage", "Who are you?"),
    QT_TRANSLATE_NOOP("PhonePage", "Pick your name"),
    QT_TRANSLATE_NOOP("PhonePage", "Join"),
    QT_TRANSLATE_NOOP("PhonePage", "Not on the list?"),
    QT_TRANSLATE_NOOP("PhonePage", "Your name"),
    QT_TRANSLATE_NOOP("PhonePage", "Your job role"),
    QT_TRANSLATE_NOOP("PhonePage", "Join as a new participant"),
    QT_TRANSLATE_NOOP("PhonePage", "Almost there"),
    QT_TRANSLATE_NOOP("PhonePage", "The facilitator will let you in in a moment. Keep this page open."),
    QT_TRANSLATE_NOOP("PhonePage", "Cancel"),
    QT_TRANSLATE_NOOP("PhonePage", "Room"),
    QT_TRANSLATE_NOOP("PhonePage", "Your cards"),
    QT_TRANSLATE_NOOP("PhonePage", "Map"),
    QT_TRANSLATE_NOOP("PhonePage", "Kind"),
    QT_TRANSLATE_NOOP("PhonePage", "What (required)"),
    QT_TRANSLATE_NOOP("PhonePage", "Why (optional)"),
    QT_TRANSLATE_NOOP("PhonePage", "Tags (optional, separated by spaces)"),
    QT_TRANSLATE_NOOP("PhonePage", "Letters, digits, - and _; up to 8 tags."),
    QT_TRANSLATE_NOOP("PhonePage", "Cancel editing"),
    QT_TRANSLATE_NOOP("PhonePage", "Vote"),
    QT_TRANSLATE_NOOP("PhonePage", "None yet."),
    QT_TRANSLATE_NOOP("PhonePage", "The facilitator has not shared the whole map with phones."),
    QT_TRANSLATE_NOOP("PhonePage", "Map view"),
    QT_TRANSLATE_NOOP("PhonePage", "Zoom out"),
    QT_TRANSLATE_NOOP("PhonePage", "Zoom in"),
    QT_TRANSLATE_NOOP("PhonePage", "Fit the whole map"),
    QT_TRANSLATE_NOOP("PhonePage", "Fit"),
    QT_TRANSLATE_NOOP("PhonePage", "Cancel linking"),
    QT_TRANSLATE_NOOP("PhonePage", "Drag to move, pinch or use + and − to zoom, tap a card to read it. Every card is also in the list below."),  # noqa: E501
    QT_TRANSLATE_NOOP("PhonePage", "What the lines mean"),
    QT_TRANSLATE_NOOP("PhonePage", "All cards"),
    QT_TRANSLATE_NOOP("PhonePage", "Done with this step?"),
    QT_TRANSLATE_NOOP("PhonePage", "Not you? Leave and join again"),
    QT_TRANSLATE_NOOP("PhonePage", "Links"),
    QT_TRANSLATE_NOOP("PhonePage", "Link to…"),
    QT_TRANSLATE_NOOP("PhonePage", "Close"),
    QT_TRANSLATE_NOOP("PhonePage", "How are they connected?"),
    QT_TRANSLATE_NOOP("PhonePage", "Activity"),
    QT_TRANSLATE_NOOP("PhonePage", "Purpose (why)"),
    QT_TRANSLATE_NOOP("PhonePage", "Resource (what is used)"),
    QT_TRANSLATE_NOOP("PhonePage", "Outcome"),
    QT_TRANSLATE_NOOP("PhonePage", "Question"),
    QT_TRANSLATE_NOOP("PhonePage", "Insight"),
    QT_TRANSLATE_NOOP("PhonePage", "Pain point"),
    QT_TRANSLATE_NOOP("PhonePage", "Story"),
    QT_TRANSLATE_NOOP("PhonePage", "hands off to"),
    QT_TRANSLATE_NOOP("PhonePage", "depends on"),
    QT_TRANSLATE_NOOP("PhonePage", "uses"),
    QT_TRANSLATE_NOOP("PhonePage", "informs"),
    QT_TRANSLATE_NOOP("PhonePage", "conflicts with"),
]
# Shown with a count; each gets its plural forms (see PhonePage below).
COUNTED = ["You have %n dot(s) left (of %1)."]


class PhonePage(QObject):
    """lupdate gives a text plural forms only inside a QObject's tr() with a count: this
    is how COUNTED reaches the .ts files. The page's translations come from words()."""

    def counted(self, n: int) -> list[str]:
        return [self.tr("You have %n dot(s) left (of %1).", "", n)]


def english(source: str, n: int) -> str:
    return source.replace("(s)", "" if n == 1 else "s")


@cache
def words(code: str) -> dict[str, str | list[str]]:
    """source → translation for every word that has one (a counted word: its form
    for each count 0…PLURAL_MAX); English: only the counted words' forms."""
    found: dict[str, str | list[str]] = {s: [english(s, n) for n in range(PLURAL_MAX + 1)] for s in COUNTED}
    translator = _translator(code)
    if translator is None:
        return found
    for source in WORDS:
        if text := translator.translate(CONTEXT, source):
            found[source] = text
    for source in COUNTED:
        found[source] = [translator.translate(CONTEXT, source, None, n) or english(source, n)
                         for n in range(PLURAL_MAX + 1)]
    return found


@cache
def speaker(code: str):
    """A translate(context, text) in ``code``, for the API's error messages (context
    "RoomErrors"): the page shows the server's words as they come."""
    translator = _translator(code)
    if translator is None:
        return lambda _context, text: text
    return lambda context, text: translator.translate(context, text) or text


def _translator(code: str) -> QTranslator | None:
    from app import i18n

    if code == i18n.SOURCE_LANGUAGE:
        return None
    qm = i18n.qm_file(code)
    translator = QTranslator()
    return translator if qm is not None and translator.load(str(qm)) else None


def ranked(accept_language: str) -> list[str]:
    """An Accept-Language header's languages, most wanted first ("de-AT, de;q=0.8")."""
    tags = []
    for n, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = re.search(r"q=([0-9.]+)", params)
        try:
            q = float(quality.group(1)) if quality else 1.0
        except ValueError:
            q = 0.0
        if q > 0 and re.fullmatch(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", tag):
            tags.append((-q, n, tag))
    return [tag for _q, _n, tag in sorted(tags)]


def phone_language(accept_language: str | None, facilitator: str) -> str:
    """The browser's first language that Meshwork speaks; else the facilitator's."""
    from app import i18n

    available = i18n.languages()
    for tag in ranked(accept_language or ""):
        parts = tag.split("-")
        full = parts[0].lower() + ("_" + parts[1].upper() if len(parts) > 1 else "")
        for code in (full, parts[0].lower()):
            if code in available:
                return code
    return facilitator


def fill(page: str, code: str) -> bytes:
    """The page with its words, language and direction for ``code``."""
    found = words(code)
    direction = "rtl" if QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
    page = re.sub(r"\{\{t:(.*?)\}\}", lambda m: html.escape(_text(found, m.group(1))), page)
    # JSON inside <script>: no "<" may end the block early.
    data = json.dumps(found, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    page = page.replace("{{LANG}}", code.replace("_", "-")).replace("{{DIR}}", direction)
    return page.replace("{{WORDS}}", data).encode("utf-8")


def _text(found: dict[str, str | list[str]], source: str) -> str:
    text = found.get(source, source)
    return text if isinstance(text, str) else source
