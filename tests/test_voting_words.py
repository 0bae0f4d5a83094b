"""Dot voting speaks the reader's language: every answer a vote gets, and the Edit
menu's undo names, in German once German is chosen; the names stay as typed."""

from __future__ import annotations

import pytest

from app.editor import Editor
from app.voting import Voting


@pytest.fixture
def room(qapp, session_doc):
    editor = Editor(session_doc)
    for name in ("Ana", "Ben"):
        editor.add_participant(name)
    canvas = session_doc.all("canvases")[0].id
    editor.add_card(canvas, "review the claim")
    editor.add_card(canvas, "inspect the damage")
    voting = Voting(editor)
    assert voting.set_dots(2)
    return editor, voting


def card(editor, text):
    return next(c.id for c in editor.doc.all("cards") if c.text == text)


def test_every_answer_of_a_vote_in_german(german, room):
    editor, voting = room
    review, damage = card(editor, "review the claim"), card(editor, "inspect the damage")
    assert voting.cast(review).message.said() == "Ana hat für „review the claim“ gestimmt: noch 1 Punkt"
    assert editor.stack.undoText() == "Stimme für „review the claim“"
    assert voting.cast(review).message.said() == "Ana hat für „review the claim“ gestimmt: noch 0 Punkte"
    assert voting.cast(damage).message.said() == "Ana hat alle 2 Punkte vergeben"
    assert voting.take_back(damage).message.said() == "Ana hat auf dieser Karte keine Stimme"
    assert voting.take_back(review).message.said() == "Ana hat eine Stimme zurückgenommen: noch 1 Punkt"
    assert editor.stack.undoText() == "Stimme auf „review the claim“ zurücknehmen"
    assert voting.set_dots(1)
    assert editor.stack.undoText() == "Punkte pro Person festlegen"
    assert voting.cast(damage).message.said() == "Ana hat den einen Punkt schon vergeben"
    editor.edit_card(damage, hidden=1)
    assert voting.cast(damage).message.said() == "Nur aufgedeckte Karten können Stimmen bekommen"
    # in English the same answers read as written
    assert str(voting.cast(damage).message) == "Only cards that are face up can get votes"
