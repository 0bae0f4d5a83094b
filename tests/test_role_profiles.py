"""Role profiles (issue 18): small sessions whose profiles are known by hand, the graph
figures checked against networkx computed here, a series' changes, the demo series,
and the JSON against its schema."""

from __future__ import annotations

import json

import jsonschema
import networkx as nx
import pytest

from app.analysis.loading import load_series, load_session
from app.analysis.roles import (
    UnknownRole,
    figures_over_time,
    role_profile,
    role_profiles,
    roles_in,
    series_role_profiles,
)
from app.io import role_profiles as fmt
from app.io.role_profile_schema import DOCS_PATH, SCHEMA, schema_text
from storage import entities, series, sessions
from tests.analysis_builder import Build


def reflect(db, session_id, text, card, kind="action", owner="", due=None):
    return entities.add(db, "reflections", {"session_id": session_id, "kind": kind, "text": text,
                                            "owner": owner, "due_date": due, "card_id": card})["id"]


@pytest.fixture
def claims(db):
    """Claims handler (Ana, Ben), Loss assessor (Cara), Team lead (Dan), Auditor (Eve, no
    cards) and a Broker liaison lane with no cards. Known by hand, below."""
    b = Build(db, title="Claims Q1")
    ids = {"session": b.id}
    ana = b.person("Ana", "Claims handler", "Claims")
    ben = b.person("Ben", "  claims  HANDLER ", "Claims")  # the same role, written differently
    cara = b.person("Cara", "Loss assessor", "Assessment")
    dan = b.person("Dan", "Team lead")
    b.person("Eve", "Auditor")
    lane = b.zone("Claims", role="Claims handler")
    b.zone("Brokers", role="Broker liaison")
    c = ids
    c["a1"] = b.card("Register the claim", by=ana)
    db["cards"].update(c["a1"], {"why": "So cover is checked on day one"})
    c["a2"] = b.card("Check the policy", by=ben)
    c["a3"] = b.card("Chase documents", zone=lane)  # no participant: the lane's role
    c["a4"] = b.card("Set the reserve", by=ana)
    c["r1"] = b.card("ClaimsPro", kind="resource", by=ana, knowledge_type="artefact")
    c["r2"] = b.card("claimspro", kind="resource", by=cara, knowledge_type="artefact")  # named by two roles
    c["r3"] = b.card("Knowing which garages pad estimates", kind="resource", by=ben, knowledge_type="heuristic")
    c["r4"] = b.card("Calming angry callers", kind="resource", by=ben, knowledge_type="natural talent")
    c["p1"] = b.card("Pay fair claims fast", kind="purpose", by=dan)
    c["o1"] = b.card("Claim settled", kind="outcome", by=ana)
    c["pp1"] = b.card("Documents arrive late", kind="pain point", by=cara)
    c["q1"] = b.card("Who approves ex-gratia?", kind="question", by=ana)
    c["c1"] = b.card("Inspect the damage", by=cara)
    c["d1"] = b.card("Allocate claims", by=dan)
    c["l_internal"] = b.link(c["a1"], c["a2"])  # two people of one role
    c["l_out_la"] = b.link(c["a2"], c["c1"])
    c["l_in_la"] = b.link(c["c1"], c["a3"])
    c["l_pain"] = b.link(c["pp1"], c["a3"], "informs")
    c["l_in_tl"] = b.link(c["d1"], c["a1"])
    c["l_out_tl"] = b.link(c["a1"], c["p1"], "informs")
    c["l_reserve"] = b.link(c["a4"], c["r3"], "uses")
    b.vote(c["q1"], ana)
    b.vote(c["q1"], ben)
    b.vote(c["a1"], cara)
    c["action"] = reflect(db, b.id, "Ask for documents up front", c["a3"], owner="Ana", due="2026-02-01")
    reflect(db, b.id, "Photos save a visit", c["c1"], kind="insight")
    c.update(ana=ana, ben=ben, cara=cara, dan=dan)
    return c


def ids(items, attr="card_id"):
    return [getattr(item, attr) for item in items]


def test_roles_are_listed_once_as_first_written_including_those_without_cards(db, claims):
    data = load_session(db, claims["session"])
    assert roles_in(data) == ["Claims handler", "Loss assessor", "Team lead", "Auditor", "Broker liaison"]


def test_the_claims_handler_profile_known_by_hand(db, claims):
    c = claims
    p = role_profile(load_session(db, c["session"]), "CLAIMS handler")
    assert p.role == "Claims handler" and not p.empty and p.reason == ""
    assert [(x.name, x.team) for x in p.people] == [("Ana", "Claims"), ("Ben", "Claims")]
    assert set(p.card_ids) == {c[k] for k in ("a1", "a2", "a3", "a4", "r1", "r3", "r4", "o1", "q1")}

    assert ids(p.activities) == [c["a1"], c["a2"], c["a3"], c["a4"]]
    register, _, chase, _ = p.activities
    assert (register.why, register.author, register.votes) == ("So cover is checked on day one", "Ana", 1)
    assert (chase.author, chase.role) == ("", "Claims handler")  # the lane speaks for it
    assert ids(p.purposes) == [c["p1"]] and p.purposes[0].role == "Team lead"
    assert ids(p.outcomes) == [c["o1"]]

    assert [(r.card_id, r.knowledge_type, r.shared_with) for r in p.resources] == [
        (c["r1"], "artefact", ("Loss assessor",)),  # Cara names it too
        (c["r3"], "heuristic", ()),
        (c["r4"], "natural talent", ()),
    ]
    assert {(d.link_id, d.role, d.kind, d.card_id, d.other_card_id) for d in p.inputs} == {
        (c["l_in_la"], "Loss assessor", "hand-off", c["a3"], c["c1"]),
        (c["l_pain"], "Loss assessor", "informs", c["a3"], c["pp1"]),
        (c["l_in_tl"], "Team lead", "hand-off", c["a1"], c["d1"]),
    }
    assert {(d.link_id, d.role, d.kind, d.other_card_id) for d in p.outputs} == {
        (c["l_out_la"], "Loss assessor", "hand-off", c["c1"]),
        (c["l_out_tl"], "Team lead", "informs", c["p1"]),
    }
    assert sorted(p.inputs_by()) == [("Loss assessor", "hand-off"), ("Loss assessor", "informs"),
                                     ("Team lead", "hand-off")]
    # A link between two people of one role is the role's own, not an input or output.
    assert ids(p.internal, "link_id") == [c["l_internal"], c["l_reserve"]]

    assert [(x.card_id, x.role) for x in p.pain_points] == [(c["pp1"], "Loss assessor")]
    assert [(x.card_id, x.votes) for x in p.questions] == [(c["q1"], 2)]
    assert [(r.reflection_id, r.owner, r.due_date, r.card_id) for r in p.reflections] == [
        (c["action"], "Ana", "2026-02-01", c["a3"])]
    assert [(r.card_id, r.reason, r.people) for r in p.at_risk] == [
        (c["a4"], "one role", ("Ana", "Ben")),  # Ana sets it using Ben's heuristic, nobody else
        (c["r3"], "one role", ("Ben", "Ana")),
        (c["r4"], "one person", ("Ben",)),
    ]
    figures = p.figures()
    assert (figures["activities"], figures["inputs"], figures["outputs"], figures["at_risk"]) == (4, 3, 2, 3)
    assert figures["votes"] == 3


def test_a_resource_named_by_two_roles_is_shared_from_both_sides(db, claims):
    p = role_profile(load_session(db, claims["session"]), "loss assessor")
    assert [(r.card_id, r.shared_with) for r in p.resources] == [(claims["r2"], ("Claims handler",))]
    assert claims["r2"] not in ids(p.at_risk)
    assert ids(p.pain_points) == [claims["pp1"]]
    assert p.reflections[0].kind == "insight"


def test_roles_without_cards_are_empty_and_say_why(db, claims):
    data = load_session(db, claims["session"])
    auditor, brokers = role_profile(data, "auditor"), role_profile(data, "Broker Liaison")
    assert auditor.empty and [x.name for x in auditor.people] == ["Eve"]
    assert "Nobody in this role wrote a card" in auditor.reason
    assert brokers.empty and not brokers.people and "No participant has this role" in brokers.reason
    assert brokers.graph.degree == 0 and brokers.graph.betweenness == 0.0
    assert fmt.profile_markdown(auditor).count("Nobody in this role") == 1


def test_unknown_role_is_refused_with_the_roles_it_has(db, claims):
    with pytest.raises(UnknownRole, match="its roles: Claims handler, Loss assessor"):
        role_profile(load_session(db, claims["session"]), "Underwriter")


def test_graph_figures_agree_with_networkx_computed_here(db, claims):
    # The role graph by hand: which role each linked card speaks for.
    graph = nx.Graph()
    graph.add_nodes_from(["ch", "la", "tl", "au"])  # Eve's role is a node; the empty lane's is not
    graph.add_edge("ch", "la", weight=3)  # a2->c1, c1->a3, pp1->a3
    graph.add_edge("ch", "tl", weight=2)  # d1->a1, a1->p1
    expected = nx.betweenness_centrality(graph)
    profiles = {p.key: p for p in role_profiles(load_session(db, claims["session"]))}
    handler = profiles["claims handler"].graph
    assert handler.betweenness == pytest.approx(expected["ch"]) and handler.betweenness > 0
    assert (handler.roles, handler.degree, handler.links) == (4, 2, 5)
    assert handler.connects == ("Loss assessor", "Team lead")
    assert handler.link_weights == {"Loss assessor": 3, "Team lead": 2}
    assert handler.brokered == (("Loss assessor", "Team lead"),)
    assert profiles["loss assessor"].graph.betweenness == pytest.approx(expected["la"])
    assert profiles["auditor"].graph.degree == 0 and profiles["loss assessor"].graph.brokered == ()


def test_face_down_cards_are_not_in_a_profile_loaded_without_them(db, claims):
    b = Build.existing(db, claims["session"])
    secret = b.card("Secret workaround", by=claims["ana"], hidden=1)
    shown = role_profile(load_session(db, claims["session"], include_hidden=False), "claims handler")
    assert secret not in shown.card_ids
    assert secret in role_profile(load_session(db, claims["session"]), "claims handler").card_ids


# -- over a series --------------------------------------------------------------------

def test_a_series_says_what_changed_for_the_role(db):
    s = series.create(db, "Claims team")["id"]
    one = Build(db, s, "Q1", "2026-01-10")
    ana, cara = one.person("Ana", "Claims handler"), one.person("Cara", "Loss assessor")
    register = one.card("Register the claim", by=ana)
    chase = one.card("Chase documents", by=ana)
    garages = one.card("Garages that pad estimates", kind="resource", by=ana)
    fax = one.card("The fax machine trick", kind="resource", by=ana)
    inspect = one.card("Inspect the damage", by=cara)
    one.link(register, inspect)
    between = Build(db, s, "Q1b", "2026-02-10")  # nobody of the role came
    between.card("Inspect the damage", by=between.person("Cara", "Loss assessor"))
    two = Build(db, s, "Q2", "2026-03-10")
    ana2, cara2, dan2 = (two.person("Ana", "claims handler"), two.person("Cara", "Loss assessor"),
                         two.person("Dan", "Team lead"))
    register2 = two.card("Register the claim", by=ana2, lineage=register)
    triage = two.card("Triage online claims", by=ana2)
    garages2 = two.card("Garages that pad estimates", kind="resource", by=ana2, lineage=garages)
    two.link(two.card("Check the estimate", by=cara2), garages2, "uses")  # no longer only hers
    overtime = two.card("Who can work overtime", kind="resource", by=ana2)
    two.link(two.card("Allocate claims", by=dan2), register2)

    changes = series_role_profiles(db, s, "Claims Handler")
    assert [c.profile.session_title for c in changes] == ["Q1", "Q1b", "Q2"]
    first, gap, last = changes
    assert first.previous_session_id is None and not first.activities_new
    assert gap.profile.empty and gap.profile.role == "Claims handler"
    assert ids(gap.activities_vanished) == [register, chase]
    assert [d.role for d in gap.dependencies_lost] == ["Loss assessor"]
    assert {r.card_id for r in gap.risks_gone} == {chase, garages, fax}

    # Q1b had no such role, so Q2's changes are against an empty profile.
    assert ids(last.activities_new) == [register2, triage] and not last.activities_recurring
    assert [(d.direction, d.role, d.kind) for d in last.dependencies_gained] == [
        ("input", "Loss assessor", "uses"), ("input", "Team lead", "hand-off")]
    assert {r.card_id for r in last.risks_new} == {triage, overtime}  # nobody else touches either
    assert figures_over_time(changes)["activities"] == [2, 0, 2]

    # Straight from Q1 to Q2 (a series without the gap): matched through lineage.
    sessions.delete(db, between.id)
    q1, q2 = series_role_profiles(db, s, "claims handler")
    assert [(r.card_id, r.previous_card_id) for r in q2.activities_recurring] == [(register2, register)]
    assert ids(q2.activities_new) == [triage] and ids(q2.activities_vanished) == [chase]
    assert [(d.direction, d.role) for d in q2.dependencies_lost] == [("output", "Loss assessor")]
    assert [(d.direction, d.role) for d in q2.dependencies_gained] == [("input", "Loss assessor"),
                                                                       ("input", "Team lead")]
    assert ids(q2.risks_resolved) == [garages]  # kept, and now another role uses it
    assert {r.card_id for r in q2.risks_gone} == {chase, fax}
    assert ids(q2.risks_new) == [triage, overtime]


def test_an_unknown_role_or_series_is_refused(db):
    s = series.create(db, "Claims team")["id"]
    Build(db, s, "Q1").person("Ana", "Claims handler")
    with pytest.raises(UnknownRole):
        series_role_profiles(db, s, "Underwriter")
    with pytest.raises(ValueError, match="no series"):
        series_role_profiles(db, "nope", "Claims handler")


def test_reflections_load_with_a_session_and_with_a_series(db, claims):
    assert {r.id for r in load_session(db, claims["session"]).reflections} >= {claims["action"]}
    s = series.create(db, "Claims team")["id"]
    db["sessions"].update(claims["session"], {"series_id": s})
    assert claims["action"] in {r.id for r in load_series(db, s)[0].reflections}


def test_the_demo_series_shows_a_profile_changing_from_q1_to_q3(db):
    from app.demo import build_demo

    changes = series_role_profiles(db, build_demo(db), "Loss assessor")
    q1, q2, q3 = changes
    assert q1.profile.session_title.startswith("Q1") and q3.profile.session_title.startswith("Q3")
    figures = figures_over_time(changes)
    assert figures["activities"][0] < figures["activities"][2]
    assert figures["roles_connected"][0] < figures["roles_connected"][2]
    assert "Assess simple damage from the customer's photos" in [a.text for a in q2.activities_new]
    recurring = q3.activities_recurring
    assert recurring and all(r.previous_card_id in q2.profile.card_ids for r in recurring)
    assert ("output", "Customer service agent") in [(d.direction, d.role) for d in q3.dependencies_gained]


# -- the formats ----------------------------------------------------------------------

def test_docs_schema_matches_the_code():
    assert DOCS_PATH.read_text(encoding="utf-8") == schema_text()
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_session_and_series_json_validate_and_a_broken_one_does_not(db, claims):
    validator = jsonschema.Draft202012Validator(SCHEMA)
    data = load_session(db, claims["session"])
    doc = json.loads(json.dumps(fmt.profiles_json(data.session, role_profiles(data))))
    assert list(validator.iter_errors(doc)) == []
    assert [p["role"] for p in doc["profiles"]][:2] == ["Claims handler", "Loss assessor"]
    handler = doc["profiles"][0]
    assert handler["activities"][2]["card_id"] == claims["a3"] and handler["empty"] is False
    assert handler["graph"]["brokered"] == [["Loss assessor", "Team lead"]]

    handler["at_risk"][0]["reason"] = "nobody"
    assert not validator.is_valid(doc)
    del handler["at_risk"][0]["reason"]
    assert not validator.is_valid(doc)

    from app.demo import build_demo

    s = build_demo(db)
    found = series.get(db, s)
    roles = [series_role_profiles(db, s, name) for name in ("Claims handler", "Broker liaison")]
    doc = json.loads(json.dumps(fmt.series_json(found, roles)))
    assert list(validator.iter_errors(doc)) == []
    assert doc["roles"][1]["figures"]["cards"][0] == 0  # Broker liaison only joined in Q3


def test_markdown_lists_the_profile_and_escapes_card_text(db, claims):
    Build.existing(db, claims["session"]).card("Use *the* [form]", by=claims["ana"])
    data = load_session(db, claims["session"])
    text = fmt.profiles_markdown(data.title, role_profiles(data))
    assert text.startswith("# Role profiles: Claims Q1")
    assert "## Claims handler" in text and "## Auditor" in text
    assert "- Chase documents\n" in text  # no author: nothing in brackets
    assert "| ClaimsPro | Artefact | Claims handler | Loss assessor |" in text
    assert "- **hand-off** from Team lead:\n  - Allocate claims → Register the claim" in text
    assert "| Action | Ask for documents up front | Ana | 2026-02-01 | Chase documents |" in text
    assert "Calming angry callers — Resource (what is used); only one person knows it: Ben" in text
    assert "Use \\*the\\* \\[form\\]" in text
    assert "Links roles not linked with each other: Loss assessor and Team lead" in text
    assert fmt.profiles_markdown("Empty", []).endswith(fmt.NO_ROLES + "\n")


def test_files_for_all_roles_or_one_and_none_for_an_unknown_role(db, claims, tmp_path):
    fmt.export_markdown(db, claims["session"], tmp_path / "all.md")
    assert (tmp_path / "all.md").read_text(encoding="utf-8").count("\n## ") == 5
    fmt.export_json(db, claims["session"], tmp_path / "one.json", role="team LEAD")
    doc = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [p["role"] for p in doc["profiles"]] == ["Team lead"]
    assert jsonschema.Draft202012Validator(SCHEMA).is_valid(doc)
    with pytest.raises(UnknownRole):
        fmt.export_markdown(db, claims["session"], tmp_path / "nobody.md", role="Underwriter")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.md", "one.json"]


def test_a_lane_card_nobody_wrote_and_nobody_links_is_the_roles_alone(db):
    b = Build(db)
    lane = b.zone("Intake", role="Intake clerk")
    stamp = b.card("Stamp the form", zone=lane)
    p = role_profile(load_session(db, b.id), "intake clerk")
    assert not p.people and p.card_ids == [stamp] and not p.empty
    assert [(r.card_id, r.reason, r.people) for r in p.at_risk] == [(stamp, "one role", ())]
