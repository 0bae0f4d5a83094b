"""What the compare view reports between two sessions: a retyped card's case is a
change, trailing spaces are not, each kind of change alone makes a diff non-empty,
names of several words are reported as written, and added links read in the later
session's order."""

from app.analysis.diff import Change, Diff, Move, diff_sessions
from app.analysis.matching import match_sessions
from app.model import Card, Link, Participant, Zone
from tests.analysis_builder import in_memory


def session(session_id, texts, people=(), zones=(), links=(), **card_fields):
    """Cards c0, c1, ... with one lineage each (l0, l1, ...) so they match across sessions."""
    cards = [Card(f"{session_id}-c{i}", "v", lineage_id=f"l{i}", text=text,
                  **{k: v[i] for k, v in card_fields.items()}) for i, text in enumerate(texts)]
    return in_memory(session_id, cards, people, links, zones)


def diff(a, b):
    return diff_sessions(a, b, match_sessions(a, b))


def test_a_card_retyped_only_in_its_case_is_a_change():
    a, b = session("a", ["phone the garage"]), session("b", ["Phone the Garage"])
    d = diff(a, b)
    assert d.changed == [Change("a-c0", "b-c0", {"text": ("phone the garage", "Phone the Garage")})]
    assert not d.is_empty()


def test_spaces_around_a_card_text_are_not_a_change():
    a, b = session("a", ["Phone the garage"]), session("b", ["  Phone the garage \n"])
    assert diff(a, b).is_empty()


def test_the_diff_names_both_sessions():
    a, b = session("q1", ["Assess"]), session("q2", ["Assess"])
    d = diff(a, b)
    assert (d.a, d.b) == ("q1", "q2")


def test_an_author_and_a_zone_of_several_words_are_reported_as_written():
    people_a = [Participant("pa", "a", "Ann  Lee", "Adjuster")]
    people_b = [Participant("pb", "b", "Bob Stone", "Adjuster")]
    zones_a, zones_b = [Zone("za", "v", "Front   desk")], [Zone("zb", "v", "Back office")]
    a = session("a", ["Assess"], people_a, zones_a, participant_id=["pa"], zone_id=["za"])
    b = session("b", ["Assess"], people_b, zones_b, participant_id=["pb"], zone_id=["zb"])
    d = diff(a, b)
    assert d.changed == [Change("a-c0", "b-c0", {"author": ("Ann Lee", "Bob Stone"),
                                                 "zone": ("Front desk", "Back office")})]
    assert d.moved == [Move("a-c0", "b-c0", "Front desk", "Back office")]


def test_each_kind_of_difference_alone_makes_the_diff_non_empty():
    assert Diff("a", "b").is_empty()
    for name, value in [("added", ["x"]), ("removed", ["x"]), ("changed", [Change("x", "y", {})]),
                        ("moved", [Move("x", "y", "", "Desk")]), ("links_added", ["k"]),
                        ("links_removed", ["k"])]:
        assert not Diff("a", "b", **{name: value}).is_empty(), name


def test_added_links_are_listed_in_the_later_sessions_order_not_by_id():
    a = session("a", ["Assess", "Pay", "File"])
    later_links = [Link("zz-link", "v", "b-c0", "b-c1"), Link("aa-link", "v", "b-c1", "b-c2"),
                   Link("mm-link", "v", "b-c0", "b-c2")]
    b = session("b", ["Assess", "Pay", "File"], links=later_links)
    assert diff(a, b).links_added == ["zz-link", "aa-link", "mm-link"]
