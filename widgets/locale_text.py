"""Dates, times and numbers as the window's locale writes them (View > Language or
the system's). Stored values stay ISO 8601; only what is shown changes. The C
locale (tests, minimal systems) keeps ISO dates rather than Qt's "4 03 2026"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def _iso_locale(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def date_format() -> str:
    """For date fields: the locale's short date, always with a four-digit year."""
    locale = QLocale()
    if _iso_locale(locale):
        return "yyyy-MM-dd"
    shown = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return shown if "yyyy" in shown else shown.replace("yy", "yyyy")


def date_text(day: dt.date | str) -> str:
    """A day as the locale writes it; text that is not an ISO date is shown as it is."""
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day)
        except ValueError:
            return day
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def time_text(moment: dt.datetime, seconds: bool = False) -> str:
    """A local time of day: 14:05 or 2:05 PM."""
    local = moment.astimezone()
    locale = QLocale()
    if _iso_locale(locale):
        return local.strftime("%H:%M:%S" if seconds else "%H:%M")
    form = locale.timeFormat(QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat)
    if seconds:  # the long format names the time zone, which a status line does not need
        form = form.replace(" t", "").replace("t", "").strip()
    return locale.toString(QTime(local.hour, local.minute, local.second), form)


def date_time_text(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{date_text(local.date())} {time_text(local)}"
