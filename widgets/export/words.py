"""The exports' own words (headings, labels, report sentences) in the window's
language, through Qt's translations (context "Export"). What people wrote (card
text, names, roles) is data and never translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.i18n import fill

__all__ = ["Export", "fill", "language_tag", "translate"]


def translate(context: str, text: str) -> str:
    """``text`` in the window's language. Call it with the two literals only, outside
    f-strings: that is how pyside6-lupdate finds the words to translate."""
    return QCoreApplication.translate(context, text)


class Export(QObject):
    """The exports' counted words, with the plural forms of the window's language:
    lupdate marks a text as counted only in a QObject's tr() with a count, so they
    live here (context "Export"). English, the source, has no translation file: its
    "(s)" is settled here."""

    def votes(self, n: int) -> str:
        return _english(self.tr("%n vote(s):", "", n), n)

    def face_down_left_out(self, n: int) -> str:
        return _english(self.tr("%n face-down card(s) left out", "", n), n)


def _english(shown: str, n: int) -> str:
    return shown.replace("(s)", "" if n == 1 else "s")


def language_tag() -> str:
    """The window's language for an exported page's ``lang`` attribute ("de", "en")."""
    from PySide6.QtCore import QLocale

    name = QLocale().name()
    return "en" if name == "C" else name.split("_")[0]
