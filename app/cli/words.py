"""The command line's own words (help, messages, table headings) in the person's
language: $MESHWORK_LANGUAGE, else View > Language, else the system's, through the
window's translations (context "Cli"). Data (titles, names, card text) and JSON keys
are never translated. Call translate() with its two literals only, outside f-strings:
that is how pyside6-lupdate finds the words."""

from __future__ import annotations

from functools import cache

from app.i18n import fill

__all__ = ["fill", "translate"]


def translate(context: str, text: str, n: int | None = None) -> str:
    """``text`` in the command line's language; with ``n``, the plural form for n and
    its %n filled in (English's "(s)" is left to app.i18n.counted)."""
    translator = _translator()
    shown = (translator.translate(context, text, None, -1 if n is None else n) if translator is not None
             else "") or text
    return shown if n is None else shown.replace("%n", str(n))


@cache
def _translator():
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app import i18n

    if not QCoreApplication.organizationName():  # View > Language is read from the window's settings
        QCoreApplication.setOrganizationName("Meshwork")
        QCoreApplication.setApplicationName("Meshwork")
    code = i18n.current()
    if code == i18n.SOURCE_LANGUAGE:
        return None
    qm = i18n.qm_file(code)
    translator = QTranslator()
    return translator if qm is not None and translator.load(str(qm)) else None
