"""The series map: matched cards of every session merged, weighted by how often they recur."""

import pytest

from app.analysis.series_map import series_map
from storage import entities, matches, series
from storage.continuation import continue_session
from tests.analysis_builder import Build


@pytest.fixture
def claims(db):
    s = series.create(db, "Claims")["id"]
    q1 = Build(db, s, "Q1", "2026-01-10")
    assess, call = q1.card("Assess damage"), q1.card("Call the customer")
    q1.card("Chase the garage")
    q1.link(assess, call)
    q2_id = continue_session(db, q1.id, title="Q2", date="2026-04-10")["id"]
    q2 = Build.existing(db, q2_id)
    carried = {c["text"]: c["id"] for c in entities.in_session(db, "cards", q2_id)}
    entities.remove(db, "cards", carried["Chase the garage"])
    q2.card("Send survey")
    q3 = Build(db, s, "Q3", "2026-07-10")
    assess3 = q3.card("assess the damage", x=50, y=60)
    q3.card("Chase the garage")  # skipped Q2, back in Q3
    q3.card("Pay the invoice")
    phone = q3.card("Phone a customer")
    q3.link(assess3, phone)
    matches.confirm(db, call, phone)  # the user says: same activity, new wording
    return s, q1.id, q2_id, q3.id, assess, call


def test_weights_merge_matched_cards_across_the_series(db, claims):
    s, q1, q2, q3, assess, call = claims
    m = series_map(db, s)
    assert m.sessions == [q1, q2, q3]
    weights = {c.text: c.weight for c in m.cards}
    assert weights == {"assess the damage": 3, "Phone a customer": 3, "Chase the garage": 2,
                       "Send survey": 1, "Pay the invoice": 1}
    first = m.cards[0]
    assert first.id == assess and list(first.cards) == [q1, q2, q3]
    assert (first.x, first.y) == (50, 60)  # drawn where it was last seen
    (link,) = m.links
    assert (link.source, link.target, link.kind, link.weight) == (assess, call, "hand-off", 3)


def test_recurring_keeps_what_appears_in_at_least_n_percent(db, claims):
    s, *_ = claims
    m = series_map(db, s)
    assert {c.text for c in m.recurring(100).cards} == {"assess the damage", "Phone a customer"}
    assert {c.text for c in m.recurring(60).cards} == {"assess the damage", "Phone a customer", "Chase the garage"}
    assert len(m.recurring(0).cards) == 5
    assert m.recurring(100).links == m.links
    assert m.recurring(101).links == []
    assert m.share(m.cards[0]) == 1.0


def test_a_broken_choice_keeps_cards_apart(db, claims):
    s, q1, _, q3, assess, _ = claims
    assess3 = {c["text"]: c["id"] for c in entities.in_session(db, "cards", q3)}["assess the damage"]
    matches.break_apart(db, assess, assess3)
    weights = {c.text: c.weight for c in series_map(db, s).cards}
    assert weights["Assess damage"] == 2 and weights["assess the damage"] == 1


def test_unknown_series(db):
    with pytest.raises(ValueError, match="no series"):
        series_map(db, "nope")
