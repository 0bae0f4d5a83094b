"""With an Arabic or Hebrew locale the window mirrors, as Qt does for a right-to-left
translation: menus start at the right, docks swap sides. A chosen language also
sets the locale that dates and numbers follow."""

import pytest
from PySide6.QtCore import QLocale, Qt

from app import i18n
from tests.helpers import make_session, shot


@pytest.fixture
def locale_of(qapp, monkeypatch):
    before = QLocale()

    def use(name: str) -> None:
        monkeypatch.setenv(i18n.OVERRIDE, name)
        i18n.follow_locale(qapp)
    yield use
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


@pytest.mark.parametrize("name", ["ar_EG", "he_IL"])
def test_an_arabic_or_hebrew_locale_mirrors_the_window(make_window, library_path, qtbot, locale_of, name):
    make_session(library_path, participants=[("Amira", "Claims handler")], cards=[("تحقق من الوثيقة", 0, 0)])
    locale_of(name)
    window = make_window()
    window.resize(1280, 800)
    assert window.isRightToLeft() and window.menuBar().isRightToLeft()
    menus = [a for a in window.menuBar().actions() if a.isVisible()]
    file_box = window.menuBar().actionGeometry(menus[0])
    assert file_box.right() > window.width() - 200  # the first menu sits at the right
    window.grab().save(shot(f"window-{name}.png"))


def test_a_chosen_language_sets_the_locale_dates_follow(qapp, locale_of):
    locale_of("de_DE")
    assert QLocale().name() == "de_DE" and not qapp.isRightToLeft()
    locale_of("en_US")
    assert QLocale().name() == "en_US"
