"""The phone page's files, read once from resources/room/. Only these are
ever served: no path from a request reaches the file system."""

from __future__ import annotations

from importlib import resources

FILES = {
    "index.html": "text/html; charset=utf-8",
    "room.css": "text/css; charset=utf-8",
    "room.js": "text/javascript; charset=utf-8",
    "map.js": "text/javascript; charset=utf-8",
    "map-panel.js": "text/javascript; charset=utf-8",
    "stream.js": "text/javascript; charset=utf-8",
    "words.js": "text/javascript; charset=utf-8",
}


class Assets:
    def __init__(self):
        folder = resources.files("resources") / "room"
        self._files = {name: (folder / name).read_bytes() for name in FILES}
        self._pages: dict[tuple[str, str], bytes] = {}

    def get(self, name: str) -> tuple[bytes, str]:
        return self._files[name], FILES[name]

    def page(self, token: str, language: str = "en") -> bytes:
        """The page in ``language`` (see app/room/phone_words.py), made once per language."""
        if (token, language) not in self._pages:
            from app.room import phone_words

            # The token is URL-safe base64 (letters, digits, '-', '_'): safe inside an attribute.
            page = self._files["index.html"].decode("utf-8").replace("{{TOKEN}}", token)
            self._pages[(token, language)] = phone_words.fill(page, language)
        return self._pages[(token, language)]
