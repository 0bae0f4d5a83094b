"""Words made where something goes wrong and said later, in the reader's language.

An import, a method file or a library refuses with a message made deep in app/
(or from a reason storage/ gives), long before anyone knows whose language to say
it in: the window's (QCoreApplication's translators) or the command line's
(app.cli.words). A Said is that message as English text (it *is* a str, so logs,
tests and ``str(exc)`` see English) that also keeps its context, its source text
and its arguments, so ``said(translate)`` can say it again in any language.
The source text is marked with QT_TRANSLATE_NOOP where it is written, so that
pyside6-lupdate finds it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from app.rule_words import WORDS as RULE_WORDS
from storage.rules import Detail, Problem

Translate = Callable[..., str]  # (context, text) -> text; some also take a count n


def window_translate(context: str, text: str, n: int | None = None) -> str:
    """``text`` in the window's language; with ``n``, its plural form with %n filled in."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text) if n is None else QCoreApplication.translate(context, text, "", n)


class Said(str):
    """English words (the str) that can be said again in another language."""

    context: str | None
    text: str
    args: tuple[Any, ...]

    def __new__(cls, context: str | None, text: str, *args: Any) -> Said:
        obj = super().__new__(cls, text.format(*(str(a) if isinstance(a, Said) else a for a in args)))
        obj.context, obj.text, obj.args = context, text, args
        return obj

    @classmethod
    def joined(cls, separator: str, parts: Iterable[Any]) -> Said:
        """Parts (Said or plain text) joined as they are: only the parts are translated."""
        parts = tuple(parts)
        template = separator.replace("{", "{{").replace("}", "}}").join(f"{{{i}}}" for i in range(len(parts)))
        return cls(None, template, *parts)

    def said(self, translate: Translate | None = None) -> str:
        """These words in the language ``translate`` speaks (default: the window's)."""
        translate = translate or window_translate
        template = self.text if self.context is None else (translate(self.context, self.text) or self.text)
        args = [said(a, translate) if isinstance(a, Said) or _rule_words(a) else a for a in self.args]
        try:
            return template.format(*args)
        except (IndexError, KeyError, ValueError):  # a translation that broke its placeholders
            return self.text.format(*args)

    def __reduce__(self):  # a copy (or pickle) keeps what it needs to be said again
        return (Said, (self.context, self.text, *self.args))


def said(value: Any, translate: Translate | None = None) -> str:
    """A message in the reader's language: a Said (or an error carrying one) said
    again; anything else as its text."""
    if isinstance(value, Said):
        return value.said(translate)
    if _rule_words(value):  # a row rule's detail (storage/rules.py): said in the Rules context
        again = rule_said(value)
        return str(value) if again is value else said(again, translate)
    method = getattr(value, "said", None)
    if callable(method):
        return method(translate)
    return str(value)


def _rule_words(value: Any) -> bool:
    return isinstance(value, Detail | Problem)


# -- the row rules' details (storage.rules.Detail; their words in app/rule_words.py) ---------

def rule_said(value: Any) -> Any:
    """A Detail (or a Problem: "cards row 3: colour must be …") as a Said; anything else as it is."""
    if isinstance(value, Problem):
        return Said(None, "{0} {1}: {2} {3}", value.table, rule_said(value.row), value.field,
                    rule_said(value.message))
    if isinstance(value, Detail) and value.kind in RULE_WORDS:
        return Said("Rules", RULE_WORDS[value.kind], *map(rule_said, value.args))
    return value


def field_problems(problems: Iterable[Problem]) -> Said:
    """"colour must be …; text holds …": what an edit breaks, field by field."""
    return Said.joined("; ", (Said(None, "{0} {1}", p.field, rule_said(p.message)) for p in problems))


def rule_problems(problems: Iterable[Problem]) -> Said:
    """Every problem with its table and row, joined by "; "."""
    return Said.joined("; ", map(rule_said, problems))
