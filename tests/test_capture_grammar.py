"""The quick-capture grammar as a facilitator types it: ``@Name`` chooses whose card it is,
``#tag`` tags it, ``why:`` (in any case) chooses its kind, the rest is the card's words;
an e-mail address is words, not a mention; a name that could be several people is refused
with their names."""

from types import SimpleNamespace

import pytest

from app.capture import Capture, candidates, lines_of, no_one_called, parse, resolve_participant, why_empty
from app.editor import Editor


@pytest.mark.parametrize("line, expected", [
    ("review the claim", Capture(text="review the claim")),
    ("  review   the\tclaim  ", Capture(text="review the claim")),
    ("@Ana review the claim #intake", Capture(text="review the claim", participant="Ana", tags=["intake"])),
    ("review @Ana the claim", Capture(text="review the claim", participant="Ana")),
    ("why: keep customers informed", Capture(text="keep customers informed", kind="purpose")),
    ("Why: keep customers informed", Capture(text="keep customers informed", kind="purpose")),
    ("WHY:keep customers informed", Capture(text="keep customers informed", kind="purpose")),
    ("  Q: who signs off?", Capture(text="who signs off?", kind="question")),
    ("@Ben uses: the claims system #tools #it-desk",
     Capture(text="the claims system", participant="Ben", tags=["tools", "it-desk"], kind="resource")),
    ("#urgent pain: forms get lost", Capture(text="forms get lost", tags=["urgent"], kind="pain point")),
    ("note: call back", Capture(text="note: call back")),  # not a kind: the words stay
    ("call back, why: they asked", Capture(text="call back, why: they asked")),  # a kind only comes first
    ("mail claims@example.com the form", Capture(text="mail claims@example.com the form")),
    ("fix issue#5 in C#", Capture(text="fix issue#5 in C#")),  # a tag starts a word
    ("@Ana @Ben pair on it", Capture(text="@Ben pair on it", participant="Ana")),  # one owner per card
])
def test_a_typed_line_gives_the_card_words_owner_tags_and_kind(line, expected):
    assert parse(line) == expected


def people(*names):
    return [SimpleNamespace(id=f"p{i}", name=name) for i, name in enumerate(names)]


@pytest.mark.parametrize("typed, names, meant", [
    ("ana", ["Ben", "Ana"], "Ana"),                    # any case
    ("an", ["Ben", "Ana"], "Ana"),                     # the start of one name
    ("al", ["Alba", "Al"], "Al"),                      # a whole name beats a longer one it begins
    ("analopez", ["Ben", "Ana Lopez"], "Ana Lopez"),   # a name typed without its space
    ("joann", ["Jo Ann", "JoAnn"], "JoAnn"),           # the exact spelling beats the squashed one
    ("jo", ["Jo Ann", "JoAnn"], None),                 # the start of two names: no one
    ("a", ["Ana", "Ben", "Al"], None),
    ("zed", ["Ana", "Ben"], None),
    ("ana", [], None),
])
def test_at_name_means_one_participant_or_no_one(typed, names, meant):
    person = resolve_participant(typed, people(*names))
    assert (person.name if person else None) == meant


def test_the_first_of_two_people_with_the_same_name_is_meant():
    ana, other = people("Ana", "ana")
    assert candidates("ANA", [ana, other]) == [ana]
    ana_l, other_l = people("Ana Lopez", "ana lopez")
    assert candidates("analopez", [ana_l, other_l]) == [ana_l]


@pytest.mark.parametrize("typed, names, said", [
    ("zed", ["Ana", "Ben"], "No participant called “zed” in this session"),
    ("a", ["Ana", "Al"], "“@a” could be Ana or Al: type more of the name"),
    ("a", ["Ana", "Ben", "Al", "Alex"], "“@a” could be Ana, Al or Alex: type more of the name"),
])
def test_a_name_that_means_no_one_or_several_is_explained(typed, names, said):
    assert no_one_called(typed, people(*names)) == said


@pytest.mark.parametrize("line, said", [
    ("review the claim", ""),
    ("@Ana ", "No card made: type the card's words after @Ana"),
    ("@Ana why:", "No card made: type the card's words after @Ana"),
    ("Why:", "No card made: type the card's words after “Why:”"),
    ("  pain:  #intake", "No card made: type the card's words after “pain:”"),
    ("#intake why:", "No card made: a card needs words, not only tags"),
    ("#intake #phone", "No card made: a card needs words, not only tags"),
    ("   ", "No card made: the line is empty"),
    ("", "No card made: the line is empty"),
])
def test_a_line_that_makes_no_card_says_why(line, said):
    assert why_empty(parse(line), line) == said


@pytest.mark.parametrize("line, said", [
    ("@Ana ", "Keine Karte angelegt: Tippen Sie den Text der Karte nach @Ana"),
    ("Why:", "Keine Karte angelegt: Tippen Sie den Text der Karte nach „Why:“"),
    ("#intake #phone", "Keine Karte angelegt: Eine Karte braucht Text, nicht nur Schlagwörter"),
    ("", "Keine Karte angelegt: Die Zeile ist leer"),
])
def test_a_line_that_makes_no_card_says_why_in_the_windows_language(german, line, said):
    assert why_empty(parse(line), line) == said


@pytest.mark.parametrize("typed, names, said", [
    ("zed", ["Ana", "Ben"], "In dieser Sitzung heißt niemand „zed“"),
    ("a", ["Ana", "Ben", "Al", "Alex"], "„@a“ könnte Ana, Al oder Alex sein: Tippen Sie mehr vom Namen"),
])
def test_a_name_that_means_no_one_or_several_is_explained_in_the_windows_language(german, typed, names, said):
    assert no_one_called(typed, people(*names)) == said


def test_pasted_text_gives_its_non_empty_lines_trimmed():
    assert lines_of("  call the customer \n\n\t\ninspect the damage\r\n  ") == [
        "call the customer", "inspect the damage"]
    assert lines_of(" \n ") == []


@pytest.fixture
def editor(qapp, session_doc):
    ed = Editor(session_doc)
    for name in ("Ana", "Al", "Ben"):
        ed.add_participant(name)
    ed.stack.clear()
    return ed


def named(editor, name):
    return next(p for p in editor.doc.all("participants") if p.name == name)


def test_an_ambiguous_name_makes_no_card_and_names_who_it_could_be(editor, qtbot):
    cid = editor.doc.all("canvases")[0].id
    editor.set_current_participant(named(editor, "Ben").id)
    with qtbot.waitSignal(editor.failed) as said:
        assert editor.capture("@a review the claim", cid) is None
    assert said.args == ["“@a” could be Ana or Al: type more of the name"]
    assert editor.doc.db["cards"].count == 0
    assert editor.current_participant_id == named(editor, "Ben").id  # still Ben's turn
    card = editor.capture("@an review the claim", cid)
    assert card.participant_id == named(editor, "Ana").id
    assert editor.current_participant_id == named(editor, "Ana").id


def test_an_email_address_stays_in_the_card_and_the_owner_does_not_change(editor):
    cid = editor.doc.all("canvases")[0].id
    editor.set_current_participant(named(editor, "Ben").id)
    card = editor.capture("Why: mail claims@example.com the form", cid)
    stored = editor.doc.db["cards"].get(card.id)
    assert (stored["text"], stored["kind"]) == ("mail claims@example.com the form", "purpose")
    assert stored["participant_id"] == named(editor, "Ben").id
