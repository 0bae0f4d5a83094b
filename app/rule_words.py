"""The row rules' words (storage/rules.py) for pyside6-lupdate and the translators.
storage/ imports no Qt, so each rule gives its detail as a Detail: English words with
a stable kind and arguments. app.said says a Detail (or a Problem holding one) again
with these words, in context "Rules", as the window, the command line or a phone speaks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WORDS = {  # the same kinds and English as storage.rules.RULES (tests/test_i18n_messages.py)
    "not_utf8": QT_TRANSLATE_NOOP("Rules", "bytes that are not UTF-8 ({0} bytes)"),
    "binary": QT_TRANSLATE_NOOP("Rules", "binary data ({0} bytes)"),
    "digits": QT_TRANSLATE_NOOP("Rules", "a {0}-digit number"),
    "number_is": QT_TRANSLATE_NOOP("Rules", "the number {0}"),
    "string_is": QT_TRANSLATE_NOOP("Rules", "the string {0}"),
    "array": QT_TRANSLATE_NOOP("Rules", "an array"),
    "object": QT_TRANSLATE_NOOP("Rules", "an object"),
    "lone_surrogate": QT_TRANSLATE_NOOP(
        "Rules", "holds a lone surrogate (U+{0:04X}) at position {1}, which no UTF-8 text can hold"),
    "not_text": QT_TRANSLATE_NOOP("Rules", "must be text, not {0}"),
    "nul": QT_TRANSLATE_NOOP("Rules", "holds a NUL character at position {0}"),
    "control": QT_TRANSLATE_NOOP("Rules", "holds a control character (U+{0:04X}) at position {1}"),
    "too_long": QT_TRANSLATE_NOOP("Rules", "is longer than {0:,} characters"),
    "empty": QT_TRANSLATE_NOOP("Rules", "must not be empty"),
    "not_uuid": QT_TRANSLATE_NOOP("Rules", "must be a UUID, not {0}"),
    "not_card_kind": QT_TRANSLATE_NOOP("Rules", "must be a card kind ({0}), not {1}"),
    "not_knowledge_type": QT_TRANSLATE_NOOP("Rules", "must be a knowledge type ({0}), not {1}"),
    "not_link_kind": QT_TRANSLATE_NOOP("Rules", "must be a link kind ({0}), not {1}"),
    "not_reflection_kind": QT_TRANSLATE_NOOP("Rules", "must be a reflection kind ({0}), not {1}"),
    "not_step_status": QT_TRANSLATE_NOOP("Rules", "must be a step status ({0}), not {1}"),
    "not_match_status": QT_TRANSLATE_NOOP("Rules", "must be a match status ({0}), not {1}"),
    "not_number": QT_TRANSLATE_NOOP("Rules", "must be a number, not {0}"),
    "too_large": QT_TRANSLATE_NOOP("Rules", "is {0}, too large for 64 bits"),
    "not_finite": QT_TRANSLATE_NOOP("Rules", "must be a finite number, not {0}"),
    "number_range": QT_TRANSLATE_NOOP("Rules", "must be between {0:,.0f} and {1:,.0f}, not {2}"),
    "not_whole": QT_TRANSLATE_NOOP("Rules", "must be a whole number, not {0}"),
    "whole_range": QT_TRANSLATE_NOOP("Rules", "must be between {0:,} and {1:,}, not {2}"),
    "not_flag": QT_TRANSLATE_NOOP("Rules", "must be 0 or 1, not {0}"),
    "not_date": QT_TRANSLATE_NOOP("Rules", "must be a real date written YYYY-MM-DD, not {0}"),
    "not_utc": QT_TRANSLATE_NOOP("Rules", "must be a UTC ISO-8601 time with its offset (+00:00), not {0}"),
    "not_stamp": QT_TRANSLATE_NOOP(
        "Rules", "must be a real ISO-8601 date or time (2026-03-10T09:00:00+00:00), not {0}"),
    "not_colour": QT_TRANSLATE_NOOP("Rules", "must be a colour written #RRGGBB, not {0}"),
    "not_json_text": QT_TRANSLATE_NOOP("Rules", "must be JSON text, not {0}"),
    "json_deep": QT_TRANSLATE_NOOP("Rules", "is JSON nested too deep"),
    "not_json": QT_TRANSLATE_NOOP("Rules", "is not valid JSON ({0})"),
    "outline_points": QT_TRANSLATE_NOOP("Rules", "must be a JSON array of 3 to {0:,} [x, y] points"),
    "outline_point": QT_TRANSLATE_NOOP("Rules", "point {0} must be [x, y] with finite numbers, not {1}"),
    "not_json_object": QT_TRANSLATE_NOOP("Rules", "must be a JSON object, not {0}"),
    "not_tag_list": QT_TRANSLATE_NOOP("Rules", "must be a list of tag names, not {0}"),
    "tag": QT_TRANSLATE_NOOP("Rules", "tag {0} {1}"),
    "row": QT_TRANSLATE_NOOP("Rules", "row"),
    "row_number": QT_TRANSLATE_NOOP("Rules", "row {0}"),
    "row_named": QT_TRANSLATE_NOOP("Rules", "“{0}”"),
    "no_table": QT_TRANSLATE_NOOP("Rules", "is not a table of a Meshwork library"),
    "no_field": QT_TRANSLATE_NOOP("Rules", "is not a field of this table"),
    "same_card": QT_TRANSLATE_NOOP("Rules", "is the same card as {0}"),
}
