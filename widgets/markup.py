"""Participant text where Qt guesses between plain and rich text: tooltips, message
boxes and labels left on Qt.AutoText take text that starts like a tag for HTML.
So a card saying "<h1 style='color:red'>" became a red heading on the projected
screen. ``literal`` escapes the text and wraps it so Qt always reads rich text
whose every character shows as typed (line breaks kept)."""

from __future__ import annotations

from PySide6.QtGui import Qt


def literal(text: str) -> str:
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
