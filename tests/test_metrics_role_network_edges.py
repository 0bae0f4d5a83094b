"""Session metrics at the edges a facilitator reads off the compare and trends views:
parallel links between two roles, two or three roles, brokers ranked by how much
they connect, people with no cards, kinds and knowledge types outside the lists."""

import pytest

from app.analysis.metrics import session_metrics
from app.model import Card, Link, Participant, Vote
from tests.analysis_builder import in_memory


def network(roles, edges, session_id="s", title="Q1", date="2026-03-01"):
    """One person per role (in the given order), one card each, a link per edge (by role index)."""
    people = [Participant(f"p{i}", session_id, f"Person {i}", role) for i, role in enumerate(roles)]
    cards = [Card(f"c{i}", "v", f"p{i}", text=f"Work of {role}") for i, role in enumerate(roles)]
    links = [Link(f"k{n}", "v", f"c{s}", f"c{t}") for n, (s, t) in enumerate(edges)]
    data = in_memory(session_id, cards, people, links)
    data.session.update(title=title, date=date)
    return data


def test_the_metrics_name_their_session():
    m = session_metrics(network(["Adjuster"], [], "q1", "Claims Q1", "2026-03-01"))
    assert (m.session_id, m.title, m.date) == ("q1", "Claims Q1", "2026-03-01")


def test_parallel_links_between_two_roles_add_up_and_the_pair_reads_alphabetically():
    # the underwriter is met first, yet the pair is written adjuster first
    m = session_metrics(network(["Underwriter", "Adjuster"], [(0, 1), (1, 0), (0, 1)]))
    assert m.role_links == {("Adjuster", "Underwriter"): 3}


def test_two_linked_roles_make_a_full_network_without_brokers():
    m = session_metrics(network(["Adjuster", "Broker"], [(0, 1)]))
    assert m.role_graph_density == 1.0
    assert m.brokers == []


def test_the_middle_of_three_roles_is_a_broker():
    m = session_metrics(network(["Adjuster", "Broker", "Clerk"], [(0, 1), (1, 2)]))
    assert m.brokers == [("Broker", 1.0)]


def test_brokers_are_ranked_by_how_much_they_connect_then_by_name():
    # Zeta links X1, X2 and Alpha; Alpha alone reaches Yew: Zeta sits on 5 of 10 paths, Alpha on 3
    m = session_metrics(network(["Zeta", "X1", "X2", "Alpha", "Yew"], [(0, 1), (0, 2), (0, 3), (3, 4)]))
    assert m.brokers == [("Zeta", pytest.approx(5 / 6)), ("Alpha", pytest.approx(3 / 6))]
    # a chain Wu - Zed - Amy - Bo: the two in the middle connect equally and read alphabetically
    m = session_metrics(network(["Wu", "Zed", "Amy", "Bo"], [(0, 1), (1, 2), (2, 3)]))
    assert m.brokers == [("Amy", pytest.approx(2 / 3)), ("Zed", pytest.approx(2 / 3))]


def test_flat_numbers_carry_links_votes_and_brokers():
    numbers = session_metrics(network(["Adjuster", "Broker", "Clerk"], [(0, 1), (1, 2)])).numbers()
    assert (numbers["links"], numbers["votes"], numbers["brokers"]) == (2, 0, 1)


def test_people_without_cards_have_no_share_and_nothing_breaks():
    people = [Participant("p0", "s", "Ann", "Adjuster"), Participant("p1", "s", "Bob", "Broker")]
    m = session_metrics(in_memory("s", [Card("c0", "v", None, text="Unsigned note")], people))
    assert m.participation == [("Ann", 0.0), ("Bob", 0.0)]
    assert m.gini_participation == 0.0


def test_a_kind_outside_the_list_is_still_counted():
    cards = [Card("c0", "v", kind="activity", text="Assess"), Card("c1", "v", kind="sketch", text="Flow")]
    per_kind = session_metrics(in_memory("s", cards)).cards_per_kind
    assert per_kind["sketch"] == 1 and per_kind["activity"] == 1


def test_unspecified_knowledge_appears_only_when_a_resource_lacks_a_type():
    typed = [Card("c0", "v", kind="resource", text="Price list", knowledge_type="artefact")]
    assert "unspecified" not in session_metrics(in_memory("s", typed)).ashen_mix
    untyped = typed + [Card("c1", "v", kind="resource", text="Gut feeling")]
    assert session_metrics(in_memory("s", untyped)).ashen_mix["unspecified"] == 1


def test_a_resource_pointing_at_another_roles_work_is_not_held_by_one_role():
    people = [Participant("p0", "s", "Ann", "Adjuster"), Participant("p1", "s", "Bob", "Broker")]
    cards = [Card("r", "v", "p0", kind="resource", text="Repair price list"),
             Card("a", "v", "p0", text="Assess damage"), Card("b", "v", "p1", text="Quote premium")]
    shared = in_memory("s", cards, people, [Link("k0", "v", "r", "a"), Link("k1", "v", "r", "b")])
    assert session_metrics(shared).single_holder_resources == []
    own = in_memory("s", cards, people, [Link("k0", "v", "r", "a")])
    assert [h.card_id for h in session_metrics(own).single_holder_resources] == ["r"]


def test_top_voted_cards_read_most_dots_first_then_in_the_order_they_were_made():
    # ids sort the other way round from the order the cards were made
    cards = [Card(f"c{9 - i}", "v", text=f"Card {i}") for i in range(10)] + [Card("z", "v", text="Last")]
    people = [Participant(f"p{n}", "s", f"P{n}") for n in range(3)]
    dots = {"c5": 3, "c9": 1, "c8": 1, "z": 2, "c0": 1, "c1": 1, "c2": 1, "c3": 1, "c4": 1, "c6": 1, "c7": 1}
    votes = [Vote(f"v{card}{n}", card, f"p{n}") for card, count in dots.items() for n in range(count)]
    data = in_memory("s", cards, people)
    data.votes = votes
    top = session_metrics(data).top_voted
    assert top == [("c5", 3), ("z", 2), ("c9", 1), ("c8", 1), ("c7", 1), ("c6", 1), ("c4", 1), ("c3", 1),
                   ("c2", 1), ("c1", 1)]  # ten, the last made of the one-dot cards (c0) left out
