"""Dates, times, numbers and the timer in the window's locale: a German facilitator
reads 04.03.2026 and 14:05, an American 3/4/2026 and 2:05 PM, an Arabic one the
timer in Arabic-Indic digits, while what is stored stays ISO 8601."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from app.agenda import mm_ss
from storage import sessions
from tests.test_new_session import open_dialog
from widgets.dialogs.date_field import DateField
from widgets.locale_text import date_format, date_text, time_text

AFTERNOON = dt.datetime(2026, 3, 4, 14, 5, 9).astimezone()


@pytest.fixture
def locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))
    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize("name, day, clock, clock_seconds", [
    ("de_DE", "04.03.2026", "14:05", "14:05:09"),
    ("en_US", "3/4/2026", "2:05\u202fPM", "2:05:09\u202fPM"),
    ("C", "2026-03-04", "14:05", "14:05:09"),
])
def test_a_day_and_a_time_read_as_the_locale_writes_them(qapp, locale, name, day, clock, clock_seconds):
    locale(name)
    assert date_text("2026-03-04") == day
    assert time_text(AFTERNOON).replace(" ", "\u202f") == clock
    assert time_text(AFTERNOON, seconds=True).replace(" ", "\u202f") == clock_seconds
    assert date_text("sometime in spring") == "sometime in spring"  # not a date: as typed


def test_the_timer_uses_the_locales_digits(qapp, locale):
    locale("ar_EG")
    assert mm_ss(545) == "٠٩:٠٥"
    locale("de_DE")
    assert mm_ss(545) == "09:05"


def test_a_german_date_field_shows_german_dates_and_keeps_iso(qtbot, locale):
    locale("de_DE")
    field = DateField(None, dt.date(2026, 3, 4), "Date")
    qtbot.addWidget(field)
    assert date_format() == "dd.MM.yyyy"  # always four digits for the year
    assert field.text() == "04.03.2026"
    assert field.day() == "2026-03-04"


def test_a_german_facilitators_new_session_is_stored_with_an_iso_date(make_window, qtbot, locale):
    locale("de_DE")
    window = make_window()
    dialog = open_dialog(window, qtbot)
    shown = dialog.date.text()
    assert shown.count(".") == 2 and len(shown) == 10
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = sessions.most_recent(window.library.db)["date"]
    assert dt.date.fromisoformat(stored).strftime("%d.%m.%Y") == shown
