"""Per-session metrics on a small hand-built session whose values are worked out by hand."""

import pytest

from app.analysis.loading import load_session
from app.analysis.metrics import Holding, gini, role_graph, session_metrics
from tests.analysis_builder import Build


def test_gini():
    assert gini([]) == 0.0 and gini([0, 0]) == 0.0
    assert gini([3, 3, 3]) == pytest.approx(0.0)
    assert gini([0, 0, 0, 10]) == pytest.approx(0.75)  # 2*40/(4*10) - 5/4
    assert gini([0, 1, 2, 2, 2]) == pytest.approx(2 / 7)


@pytest.fixture
def workshop(db):
    """Adjusters Ann and Dee, broker Bob, clerk Cy, manager Eve (no cards).

    links:  b1 -> a1 (broker-adjuster)      a1 -> a2 (within adjuster)
            a2 -> c1 (adjuster-clerk)        a1 -> r1 (within adjuster)
            b1 -> r2 (within broker)         a2 -> r3, c1 -> r3 (r3 has no role)
    """
    w = Build(db, None, "Q1")
    ann, dee = w.person("Ann", "Adjuster"), w.person("Dee", "adjuster")
    bob, cy, eve = w.person("Bob", "Broker"), w.person("Cy", "Clerk"), w.person("Eve", "Manager")
    post_room = w.zone("Post room", role="clerk ")
    c = {
        "a1": w.card("Assess damage", by=ann, tags_=["damage", "payment"]),
        "r1": w.card("Repair price list", kind="resource", by=ann, knowledge_type="artefact"),
        "a2": w.card("Approve payment", by=dee, tags_=["payment"]),
        "b1": w.card("Call the customer", by=bob, tags_=["customer"]),
        "r2": w.card("Customer history", kind="resource", by=bob, knowledge_type="experience"),
        "c1": w.card("File the letter", by=cy, tags_=["post"]),
        "c2": w.card("Scan the post", by=cy),
        "q1": w.card("Why two forms?", kind="question", zone=post_room),
        "r3": w.card("Claims handbook", kind="resource"),
    }
    for s, t in [("b1", "a1"), ("a1", "a2"), ("a2", "c1"), ("a1", "r1"), ("b1", "r2"), ("a2", "r3"),
                 ("c1", "r3")]:
        w.link(c[s], c[t], "uses" if t.startswith("r") else "hand-off")
    for voter in (ann, bob, cy):
        w.vote(c["a2"], voter)
    w.vote(c["b1"], dee)
    return load_session(db, w.id), c, eve


def test_counts_roles_kinds_and_participation(workshop):
    data, c, _ = workshop
    m = session_metrics(data)
    assert (m.cards, m.participants, m.roles, m.links, m.votes) == (9, 5, 4, 7, 4)
    # q1 speaks for the clerks through its swimlane; r3 has no role
    assert m.cards_per_role == {"Adjuster": 3, "Clerk": 3, "Broker": 2, "": 1}
    assert m.cards_per_kind["activity"] == 5 and m.cards_per_kind["resource"] == 3
    assert m.cards_per_kind["question"] == 1 and m.cards_per_kind["story"] == 0
    assert m.participation == [("Ann", 2 / 7), ("Dee", 1 / 7), ("Bob", 2 / 7), ("Cy", 2 / 7), ("Eve", 0.0)]
    assert m.gini_participation == pytest.approx(2 / 7)


def test_role_graph_brokers_and_isolated_roles(workshop):
    data, _, _ = workshop
    m = session_metrics(data)
    assert sorted(role_graph(data).edges(data="weight")) == [("adjuster", "broker", 1), ("adjuster", "clerk", 1)]
    assert m.role_links == {("Adjuster", "Broker"): 1, ("Adjuster", "Clerk"): 1}
    assert m.role_graph_density == pytest.approx(2 / 6)  # 2 of 4*3/2 possible edges
    # adjusters sit on the only path between brokers and clerks: 1 of the 3 pairs of other roles
    assert m.brokers == [("Adjuster", pytest.approx(1 / 3))]
    assert m.isolated_roles == ["Manager"]
    assert m.cross_role_link_share == pytest.approx(2 / 5)  # r3's two links have no role at one end


def test_isolated_activities_knowledge_at_risk_ashen_tags_and_votes(workshop):
    data, c, _ = workshop
    m = session_metrics(data)
    assert m.isolated_activities == [c["c2"]]
    assert m.single_holder_resources == [
        Holding(c["r1"], "Repair price list", "Adjuster", ("Ann",)),
        Holding(c["r2"], "Customer history", "Broker", ("Bob",)),
    ]  # r3 is used by adjusters and clerks
    assert m.ashen_mix == {"artefact": 1, "skill": 0, "heuristic": 0, "experience": 1, "natural talent": 0,
                           "unspecified": 1}
    assert m.top_tags == [("payment", 2), ("customer", 1), ("damage", 1), ("post", 1)]
    assert m.top_voted == [(c["a2"], 3), (c["b1"], 1)]


def test_flat_numbers_for_charts(workshop):
    data, _, _ = workshop
    numbers = session_metrics(data).numbers()
    assert {k: numbers[k] for k in ["cards", "participants", "roles", "isolated_activities",
                                    "single_holder_resources", "isolated_roles", "cards_pain_point",
                                    "ashen_natural_talent"]} == {
        "cards": 9, "participants": 5, "roles": 4, "isolated_activities": 1, "single_holder_resources": 2,
        "isolated_roles": 1, "cards_pain_point": 0, "ashen_natural_talent": 0}
    assert numbers["cross_role_link_share"] == pytest.approx(0.4)
    assert numbers["role_graph_density"] == pytest.approx(1 / 3)
    assert numbers["gini_participation"] == pytest.approx(2 / 7)
    assert all(isinstance(v, int | float) for v in numbers.values())


def test_a_resource_one_person_holds_without_a_role(db):
    w = Build(db, None, "Q1")
    solo = w.person("Sam")
    r = w.card("Spreadsheet macros", kind="resource", by=solo, knowledge_type="skill")
    w.card("Floating note", kind="resource")  # no author, no links: nobody holds it
    m = session_metrics(load_session(db, w.id))
    assert m.single_holder_resources == [Holding(r, "Spreadsheet macros", "", ("Sam",))]
    assert (m.roles, m.role_graph_density, m.brokers, m.cross_role_link_share) == (0, 0.0, [], 0.0)


def test_an_empty_session(db):
    m = session_metrics(load_session(db, Build(db, None, "Empty").id))
    assert (m.cards, m.gini_participation, m.top_tags, m.top_voted) == (0, 0.0, [], [])
