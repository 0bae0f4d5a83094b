"""Which way a participant's text reads. Card text in Arabic, Hebrew and the other
right-to-left scripts is laid out from the right on the canvas and in the exports;
the first letter with a strong direction decides, as the Unicode bidi algorithm's
paragraph rule does (digits and punctuation have none)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def right_to_left(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
