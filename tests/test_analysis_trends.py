"""Trends across a series: metrics in date order; what recurs, appears and vanishes."""

import pytest

from app.analysis.trends import series_trends
from storage import entities, series, tags
from storage.continuation import continue_session
from tests.analysis_builder import Build


def texts(activities):
    return [a.text for a in activities]


@pytest.fixture
def claims(db):
    s = series.create(db, "Claims")["id"]
    q1 = Build(db, s, "Q1", "2026-01-10")
    ann, bob = q1.person("Ann", "Adjuster"), q1.person("Bob", "Broker")
    assess = q1.card("Assess damage", by=ann, tags_=["damage"])
    call = q1.card("Call the customer", by=bob)
    q1.card("Chase the garage", by=ann)
    q1.link(call, assess)
    # Q3 is entered before Q2 but dated after it; it was not continued, so text matching links it
    q3 = Build(db, s, "Q3", "2026-07-10")
    ann3 = q3.person("Ann", "adjuster")
    q3.card("assess damage", by=ann3)
    q3.card("Send a survey", by=ann3)
    q3.card("Approve payment", by=ann3)
    q2_id = continue_session(db, q1.id, title="Q2", date="2026-04-10")["id"]
    q2 = Build.existing(db, q2_id)
    carried = {c["text"]: c["id"] for c in entities.in_session(db, "cards", q2_id)}
    entities.remove(db, "cards", carried["Chase the garage"])
    ann2 = entities.get(db, "cards", carried["Assess damage"])["participant_id"]
    q2.card("Send survey", by=ann2, tags_=["survey"])
    cy = q2.person("Cy", "Clerk")
    q2.link(carried["Assess damage"], q2.card("File the letter", by=cy))
    tags.set_for_card(db, carried["Call the customer"], [])
    return s, q1.id, q2_id, q3.id


def test_sessions_in_date_order_with_their_metrics(db, claims):
    s, q1, q2, q3 = claims
    t = series_trends(db, s)
    assert [row["session_id"] for row in t.table()] == [q1, q2, q3]
    assert [row["title"] for row in t.table()] == ["Q1", "Q2", "Q3"]
    assert t.metric("cards") == [3, 4, 3]
    assert t.metric("participants") == [2, 3, 1]
    assert t.metric("roles") == [2, 3, 1]
    assert t.metric("isolated_activities") == [1, 1, 3]
    assert t.metric("cross_role_link_share") == [1.0, 1.0, 0.0]
    assert {"gini_participation", "role_graph_density", "single_holder_resources"} <= set(t.table()[0])


def test_recurring_new_and_vanished_activities(db, claims):
    s, *_ = claims
    first, second = series_trends(db, s).steps
    assert texts(first.recurring) == ["Assess damage", "Call the customer"]
    assert texts(first.new) == ["Send survey", "File the letter"]
    assert texts(first.vanished) == ["Chase the garage"]
    assert [a.role for a in first.new] == ["Adjuster", "Clerk"]
    assert texts(second.recurring) == ["assess damage", "Send a survey"]  # matched by similar text
    assert texts(second.new) == ["Approve payment"]
    assert texts(second.vanished) == ["Call the customer", "File the letter"]


def test_role_to_role_links_and_themes(db, claims):
    s, *_ = claims
    t = series_trends(db, s)
    assert t.role_links == {("Adjuster", "Broker"): [1, 1, 0], ("Adjuster", "Clerk"): [0, 1, 0]}
    assert t.themes == {"damage": [1, 1, 0], "survey": [0, 1, 0]}
    first, second = t.steps
    assert (first.new_role_links, first.vanished_role_links) == ([("Adjuster", "Clerk")], [])
    assert (second.new_role_links, second.vanished_role_links) == (
        [], [("Adjuster", "Broker"), ("Adjuster", "Clerk")])
    assert (first.new_themes, first.vanished_themes) == (["survey"], [])
    assert (second.new_themes, second.vanished_themes) == ([], ["damage", "survey"])


def test_a_stricter_threshold_sees_fewer_recurring_activities(db, claims):
    s, *_ = claims
    second = series_trends(db, s, threshold=95).steps[1]
    assert texts(second.recurring) == ["assess damage"]
    assert "Send a survey" in texts(second.new)


def test_unknown_series_and_a_series_of_one(db):
    with pytest.raises(ValueError, match="no series"):
        series_trends(db, "nope")
    s = series.create(db, "Single")["id"]
    Build(db, s, "Only").card("Alone")
    t = series_trends(db, s)
    assert len(t.sessions) == 1 and t.steps == [] and t.metric("cards") == [1]


def test_stored_choices_count_in_trends(db, claims):
    from storage import matches

    s, q1, q2, q3 = claims
    by_text = {c["text"]: c["id"] for c in entities.in_session(db, "cards", q3)}
    carried = {c["text"]: c["id"] for c in entities.in_session(db, "cards", q2)}
    matches.confirm(db, by_text["Approve payment"], carried["Call the customer"])  # stored later-first
    matches.break_apart(db, carried["Assess damage"], by_text["assess damage"])
    second = series_trends(db, s).steps[1]
    assert texts(second.recurring) == ["Send a survey", "Approve payment"]
    assert texts(second.new) == ["assess damage"]
    assert texts(second.vanished) == ["Assess damage", "File the letter"]
