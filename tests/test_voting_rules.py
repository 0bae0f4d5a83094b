"""The rules of dot voting as the room meets them: each participant has their own dots
(one voter using theirs up never stops the next), only face-up cards take dots, a dot
taken back is the latest one, every refusal says why, and the ranking the facilitator
reads out counts what is on the face-up cards."""

from __future__ import annotations

import re

import pytest

from app.editor import Editor
from app.voting import Outcome, Voting

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$")


@pytest.fixture
def editor(qapp, session_doc):
    ed = Editor(session_doc)
    for name in ("Ana", "Ben", "Cleo"):
        ed.add_participant(name)
    canvas = session_doc.all("canvases")[0].id
    for text in ("review the claim", "inspect the damage", "call the customer"):
        ed.add_card(canvas, text)
    ed.stack.clear()
    return ed


@pytest.fixture
def voting(editor):
    v = Voting(editor)
    assert v.set_dots(2)
    return v


def pid(editor, name):
    return next(p.id for p in editor.doc.all("participants") if p.name == name)


def card(editor, text):
    return next(c.id for c in editor.doc.all("cards") if c.text == text)


def stored_votes(editor):
    return sorted((c["text"], p["name"]) for c, p in (
        (editor.doc.db["cards"].get(v["card_id"]), editor.doc.db["participants"].get(v["participant_id"]))
        for v in editor.doc.db["votes"].rows))


def test_the_second_voter_votes_after_the_first_has_used_all_their_dots(editor, voting):
    review, inspect = card(editor, "review the claim"), card(editor, "inspect the damage")
    assert voting.cast(review) == Outcome(True, "Ana voted for “review the claim”: 1 dot left")
    assert voting.cast(inspect) == Outcome(True, "Ana voted for “inspect the damage”: 0 dots left")
    assert voting.cast(review) == Outcome(False, "Ana has used all 2 dots")
    editor.set_current_participant(pid(editor, "Ben"))
    assert voting.cast(review) == Outcome(True, "Ben voted for “review the claim”: 1 dot left")
    assert voting.remaining(pid(editor, "Ana")) == 0 and voting.remaining(pid(editor, "Ben")) == 1
    assert voting.used(pid(editor, "Ben")) == 1 and voting.used(pid(editor, "Cleo")) == 0
    assert voting.remaining_by_participant() == [("Ana", 0), ("Ben", 1), ("Cleo", 2)]
    assert voting.remaining_by_participant_id() == [
        (pid(editor, "Ana"), 0), (pid(editor, "Ben"), 1), (pid(editor, "Cleo"), 2)]
    assert stored_votes(editor) == [("inspect the damage", "Ana"), ("review the claim", "Ana"),
                                    ("review the claim", "Ben")]


def test_a_vote_for_someone_else_counts_as_theirs(editor, voting):
    review = card(editor, "review the claim")
    assert voting.cast(review, pid(editor, "Cleo")) == Outcome(
        True, "Cleo voted for “review the claim”: 1 dot left")
    assert editor.current_participant_id == pid(editor, "Ana")  # the desktop's voter stays
    assert stored_votes(editor) == [("review the claim", "Cleo")]
    assert voting.take_back(review) == Outcome(False, "Ana has no vote on this card")
    assert voting.take_back(review, pid(editor, "Cleo")) == Outcome(True, "Cleo took back a vote: 2 dots left")


def test_one_dot_is_one_dot_and_none_left_says_so(editor, voting):
    review = card(editor, "review the claim")
    assert voting.set_dots(1)
    assert voting.cast(review) == Outcome(True, "Ana voted for “review the claim”: 0 dots left")
    assert voting.cast(review) == Outcome(False, "Ana has used all 1 dot")


def test_a_vote_is_a_stored_row_undone_as_one_step(editor, voting):
    review = card(editor, "review the claim")
    voting.cast(review)
    (row,) = editor.doc.db["votes"].rows
    assert row["card_id"] == review and row["participant_id"] == pid(editor, "Ana")
    assert UUID.match(row["id"]) and ISO_UTC.match(row["created_at"])
    assert [v.id for v in editor.doc.votes_on(review)] == [row["id"]]
    assert editor.stack.undoText() == "Vote for “review the claim”"
    editor.stack.undo()
    assert editor.doc.db["votes"].count == 0 and voting.remaining(pid(editor, "Ana")) == 2


def test_taking_back_removes_the_latest_dot_of_that_voter(editor, voting):
    review = card(editor, "review the claim")
    voting.set_dots(3)
    for _ in range(3):
        voting.cast(review)
    editor.set_current_participant(pid(editor, "Ben"))
    voting.cast(review)
    editor.set_current_participant(pid(editor, "Ana"))
    first, second, third = [v.id for v in editor.doc.votes_on(review) if v.participant_id == pid(editor, "Ana")]
    assert voting.take_back(review) == Outcome(True, "Ana took back a vote: 1 dot left")
    assert editor.stack.undoText() == "Take back vote on “review the claim”"
    assert sorted(r["id"] for r in editor.doc.db["votes"].rows if r["participant_id"] == pid(editor, "Ana")) == \
        sorted([first, second])
    assert voting.take_back(review) == Outcome(True, "Ana took back a vote: 2 dots left")
    assert [r["id"] for r in editor.doc.db["votes"].rows if r["participant_id"] == pid(editor, "Ana")] == [first]
    assert stored_votes(editor) == [("review the claim", "Ana"), ("review the claim", "Ben")]


def test_no_vote_on_the_card_means_nothing_to_take_back(editor, voting):
    review, inspect = card(editor, "review the claim"), card(editor, "inspect the damage")
    voting.cast(inspect)  # a dot elsewhere is not a dot here
    assert voting.take_back(review) == Outcome(False, "Ana has no vote on this card")
    assert voting.take_back("no-such-card") == Outcome(False, "Ana has no vote on this card")
    assert stored_votes(editor) == [("inspect the damage", "Ana")]


def test_no_voter_chosen_is_refused_with_where_to_choose_one(editor, voting):
    review = card(editor, "review the claim")
    voting.cast(review)
    editor.set_current_participant(None)
    said = Outcome(False, "Choose the participant who votes first (Participants panel)")
    assert voting.cast(review) == said
    assert voting.take_back(review) == said
    assert voting.cast(review, "someone-not-here") == said
    assert stored_votes(editor) == [("review the claim", "Ana")]


def test_only_face_up_cards_take_dots(editor, voting):
    review = card(editor, "review the claim")
    editor.edit_card(review, hidden=1)
    said = Outcome(False, "Only cards that are face up can get votes")
    assert voting.cast(review) == said
    assert voting.cast("no-such-card") == said
    assert editor.doc.db["votes"].count == 0 and voting.remaining(pid(editor, "Ana")) == 2


def test_no_dots_set_means_no_votes(editor, voting):
    assert voting.set_dots(-3)  # a negative number is none
    assert editor.doc.db["sessions"].get(editor.doc.session_id)["dots_per_participant"] == 0
    assert voting.dots() == 0
    assert voting.cast(card(editor, "review the claim")) == Outcome(False, "Ana has used all 0 dots")
    assert voting.remaining_by_participant() == [("Ana", 0), ("Ben", 0), ("Cleo", 0)]
    editor.doc.session["dots_per_participant"] = None  # a session from before dots were kept
    assert voting.dots() == 0


def test_setting_the_dots_is_an_undoable_session_edit(editor, voting):
    assert voting.set_dots(5)
    assert editor.stack.undoText() == "Set dots per participant"
    assert editor.doc.db["sessions"].get(editor.doc.session_id)["dots_per_participant"] == 5
    editor.stack.undo()
    assert voting.dots() == 2


@pytest.fixture
def refusing_library(editor):
    """The library refuses to store or remove a vote (a constraint of its own)."""
    def refuse():
        db = editor.doc.db
        db.execute("CREATE TRIGGER no_new_votes BEFORE INSERT ON votes BEGIN SELECT RAISE(ABORT, 'no'); END")
        db.execute("CREATE TRIGGER no_vote_removal BEFORE DELETE ON votes BEGIN SELECT RAISE(ABORT, 'no'); END")
    return refuse


def test_a_vote_the_library_refuses_is_not_counted(editor, voting, refusing_library):
    review = card(editor, "review the claim")
    voting.cast(review)
    refusing_library()
    messages = []
    editor.failed.connect(messages.append)
    assert voting.cast(review) == Outcome(False, "The vote was not saved")
    assert voting.take_back(review) == Outcome(False, "The vote was not removed")
    assert len(messages) == 2
    assert voting.used(pid(editor, "Ana")) == 1 and editor.doc.db["votes"].count == 1


def test_the_ranking_counts_face_up_cards_with_votes_most_first_then_alphabetically(editor, voting):
    canvas = editor.doc.all("canvases")[0].id
    editor.add_card(canvas, "Approve the payment")
    editor.add_card(canvas, "[draft] settle")
    voting.set_dots(5)
    for text in ("inspect the damage", "inspect the damage", "call the customer", "Approve the payment",
                 "[draft] settle", "review the claim"):
        voting.cast(card(editor, text))
    editor.set_current_participant(pid(editor, "Ben"))
    voting.cast(card(editor, "call the customer"))
    voting.cast(card(editor, "review the claim"))
    editor.edit_card(card(editor, "review the claim"), hidden=1)  # turned face down after the vote
    assert [(c.text, n) for c, n in voting.ranking()] == [
        ("call the customer", 2), ("inspect the damage", 2),
        ("[draft] settle", 1), ("Approve the payment", 1)]


@pytest.mark.parametrize("text, shown", [
    ("x" * 40, "x" * 40),
    ("x" * 41, "x" * 39 + "…"),
    ("check  the\n policy   number " + "y" * 30, "check the policy number " + "y" * 15 + "…"),
])
def test_a_long_card_is_shortened_to_40_characters_in_what_voting_says(editor, voting, text, shown):
    cid = editor.add_card(editor.doc.all("canvases")[0].id, text).id
    assert voting.cast(cid).message == f"Ana voted for “{shown}”: 1 dot left"
    assert editor.stack.undoText() == f"Vote for “{shown}”"
