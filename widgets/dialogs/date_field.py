"""A date field (in the locale's short format, four-digit year) that takes typing: whichever part (year, month, day)
gets the focus or a click is selected whole, so typed digits replace it
instead of being inserted into it (where QDateEdit refuses them)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QDateEdit, QWidget

from widgets.locale_text import date_format


class DateField(QDateEdit):
    def __init__(self, parent: QWidget | None, day: dt.date, name: str):
        super().__init__(parent)
        self.setDisplayFormat(date_format())
        self.setCalendarPopup(True)
        self.set_day(day)
        self.setAccessibleName(name)

    def set_day(self, day: dt.date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def day(self) -> str:
        return self.date().toString("yyyy-MM-dd")

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._select_section()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self._select_section()

    def _select_section(self) -> None:
        # After Qt has placed the cursor: select the part it sits in.
        QTimer.singleShot(0, lambda: self.setSelectedSection(self.currentSection()))
