"""Live announcements: what changes where the facilitator is not looking (a card
from a phone, the last ten seconds of a step, an undo) is spoken by the screen
reader. Every announcement in the app goes through announce(), so tests can
listen to them all (LISTENERS) and the Qt event is made in one place.

Qt >= 6.8 has QAccessibleAnnouncementEvent; with an older Qt the text goes into
the source's accessible description (a DescriptionChanged event), which screen
readers read for the focused widget at least."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

AnnouncementEvent = getattr(QtGui, "QAccessibleAnnouncementEvent", None)

# Called with (text, urgent, event) for every announcement; event is the Qt event
# (None on a Qt without announcements). Tests append here; the app never does.
LISTENERS: list[Callable[[str, bool, object], None]] = []


def announce(source: QObject, text: str, urgent: bool = False) -> None:
    """Speak text politely (after what is being read) or, urgent, at once (time-up)."""
    text = text.strip()
    if not text or source is None:
        return
    event = None
    if AnnouncementEvent is not None:
        event = AnnouncementEvent(source, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                            else QAccessible.AnnouncementPoliteness.Polite)
    for listener in list(LISTENERS):
        listener(text, urgent, event)
    if not QAccessible.isActive():
        return  # no screen reader: nothing to send
    if event is not None:
        QAccessible.updateAccessibility(event)
    elif isinstance(source, QWidget):
        source.setAccessibleDescription(text)


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """ "1 card", "3 cards"; ``nouns`` is the plural where it is not ``noun`` + "s" (a translation)."""
    return f"{n} {noun}" if n == 1 else f"{n} {nouns or noun + 's'}"
