"""Matching cards of two sessions: lineage, then text within role and kind, then the user's choices."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis import matching
from app.analysis.loading import load_session
from app.analysis.matching import Item, match_items, match_sessions, normalise_text
from app.model import Card, Participant
from storage import matches, series
from storage.continuation import continue_session
from tests.analysis_builder import Build, in_memory


def test_normalised_text_ignores_case_accents_punctuation_spacing_and_word_order():
    assert normalise_text("  Review, the CLAIM!  ") == normalise_text("the claim review") == "claim review the"
    assert normalise_text("Café  déjà-vu") == "cafe deja vu"
    assert normalise_text("") == ""


@pytest.fixture
def two(db):
    s = series.create(db, "Claims")["id"]
    a = Build(db, s, "Q1", "2026-01-10")
    b = Build(db, s, "Q2", "2026-04-10")
    people = {}
    for build in (a, b):
        people[build] = {"adj": build.person("Ann", "Adjuster"), "adj2": build.person("Al", " adjuster "),
                         "bro": build.person("Bob", "Broker")}
    return a, b, people


def load(db, *builds):
    return [load_session(db, x.id) for x in builds]


def test_lineage_matches_whatever_the_text_kind_or_role(db, two):
    a, b, p = two
    x = a.card("Assess damage", by=p[a]["adj"])
    y = b.card("Inspect the car on site", kind="outcome", by=p[b]["bro"], lineage=x)
    m = match_sessions(*load(db, a, b))
    assert m.a_to_b == {x: y} and m.pairs[0].how == "lineage"
    assert m.unmatched_a == [] and m.unmatched_b == []


def test_text_similarity_within_the_same_role_and_kind_only(db, two):
    a, b, p = two
    same = a.card("Review the claim form", by=p[a]["adj"])
    other_role = a.card("Call the customer", by=p[a]["adj"])
    other_kind = a.card("Payment ledger", kind="resource", by=p[a]["bro"])
    # role names match after normalising ("Adjuster" and " adjuster ")
    twin = b.card("review claim form, the", by=p[b]["adj2"])
    b.card("Call the customer", by=p[b]["bro"])  # same words, other role
    b.card("Payment ledger", kind="activity", by=p[b]["bro"])  # same words, other kind
    m = match_sessions(*load(db, a, b))
    assert m.a_to_b == {same: twin}
    assert m.pairs[0].how == "text" and m.pairs[0].score == 100.0
    assert set(m.unmatched_a) == {other_role, other_kind}


def test_threshold_is_adjustable(db, two):
    a, b, p = two
    x = a.card("Check the policy number", by=p[a]["adj"])
    y = b.card("Check the policy numbers", by=p[b]["adj"])
    score = matching.similar([normalise_text("Check the policy number")],
                             [normalise_text("Check the policy numbers")], 0.1)[0][0]
    assert 90 < score < 100
    sa, sb = load(db, a, b)
    assert match_sessions(sa, sb, threshold=90).a_to_b == {x: y}
    assert match_sessions(sa, sb, threshold=99).a_to_b == {}


def test_best_pairs_first_and_one_to_one(db, two):
    a, b, p = two
    form = a.card("check claim form", by=p[a]["adj"])
    forms = a.card("check claim forms", by=p[a]["adj"])
    b_form = b.card("check claim form", by=p[b]["adj"])
    m = match_sessions(*load(db, a, b), threshold=80)
    assert m.a_to_b == {form: b_form}  # the exact twin wins; the runner-up stays unmatched
    assert m.unmatched_a == [forms]


def test_pasted_duplicates_share_a_lineage_and_pair_by_text(db, two):
    a, b, p = two
    x = a.card("Approve payment", by=p[a]["adj"])
    y1 = b.card("Escalate to manager", by=p[b]["adj"], lineage=x)
    y2 = b.card("Approve payment today", by=p[b]["adj"], lineage=x)
    m = match_sessions(*load(db, a, b))
    assert m.a_to_b == {x: y2} and m.unmatched_b == [y1]


def test_user_choices_override_lineage_and_text(db):
    s = series.create(db, "Claims")["id"]
    a = Build(db, s, "Q1", "2026-01-10")
    ann = a.person("Ann", "Adjuster")
    x1 = a.card("Assess damage", by=ann)
    x2 = a.card("Phone the garage", by=ann)
    x3 = a.card("Write the report", by=ann)
    later = continue_session(db, a.id)["id"]
    sb = load_session(db, later)
    y = {c.text: c.id for c in sb.cards.values()}
    # confirmed: two cards with nothing in common; broken: a pair that shares a lineage
    matches.confirm(db, x1, y["Phone the garage"])
    matches.break_apart(db, x3, y["Write the report"])
    sa = load_session(db, a.id)
    m = match_sessions(sa, sb, choices=matches.between(db, a.id, later))
    # the confirmed pair takes both cards, so their lineage partners are left without one
    assert m.a_to_b == {x1: y["Phone the garage"]} and m.pairs[0].how == "confirmed"
    assert m.unmatched_a == [x2, x3]
    assert m.unmatched_b == [y["Assess damage"], y["Write the report"]]


def test_newest_confirmed_choice_wins_a_conflict():
    confirmed, broken = matching.split_choices([
        {"card_a": "a1", "card_b": "b1", "status": "confirmed", "created_at": "2026-01-01"},
        {"card_a": "a1", "card_b": "b2", "status": "confirmed", "created_at": "2026-02-01"},
        {"card_a": "a2", "card_b": "b1", "status": "broken", "created_at": "2026-01-15"},
    ])
    items_a = [Item("a1", "l1", "x", "activity", ""), Item("a2", "l2", "y", "activity", "")]
    items_b = [Item("b1", "l1", "x", "activity", ""), Item("b2", "l3", "z", "activity", "")]
    pairs = match_items(items_a, items_b, 80, confirmed, broken)
    assert [(p.a, p.b, p.how) for p in pairs] == [("a1", "b2", "confirmed")]  # a2-b1 broken


# -- properties -------------------------------------------------------------------

words = st.sampled_from(["claim", "check", "call", "form", "pay", "review", "file", "the"])
texts = st.lists(words, min_size=0, max_size=4).map(" ".join)
items = st.builds(Item, id=st.just(""), lineage=st.sampled_from(["", "l1", "l2", "l3"]), text=texts,
                  kind=st.sampled_from(["activity", "resource"]), role=st.sampled_from(["", "adjuster"]))


def with_ids(prefix, found):
    return [Item(f"{prefix}{i}", it.lineage, normalise_text(it.text), it.kind, it.role)
            for i, it in enumerate(found)]


@settings(max_examples=200, deadline=None)
@given(st.lists(items, max_size=12), st.lists(items, max_size=12), st.integers(50, 100),
       st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.booleans()), max_size=6))
def test_matching_is_one_to_one_and_respects_choices(raw_a, raw_b, threshold, raw_choices):
    a, b = with_ids("a", raw_a), with_ids("b", raw_b)
    confirmed = [(f"a{i}", f"b{j}") for i, j, ok in raw_choices if ok]
    broken = {(f"a{i}", f"b{j}") for i, j, ok in raw_choices if not ok}
    pairs = match_items(a, b, threshold, confirmed, broken)
    assert len({p.a for p in pairs}) == len({p.b for p in pairs}) == len(pairs)
    for p in pairs:
        assert (p.a, p.b) not in broken or p.how == "confirmed"
        if p.how == "text":
            assert p.score >= threshold
    valid = [(x, y) for x, y in confirmed if x in {i.id for i in a} and y in {i.id for i in b}]
    if valid:
        assert (valid[0][0], valid[0][1]) in {(p.a, p.b) for p in pairs}  # the first (newest) always holds


@settings(max_examples=100, deadline=None)
@given(st.lists(texts, max_size=15), st.lists(texts, max_size=15), st.integers(1, 100))
def test_scoring_without_numpy_finds_the_same_pairs(texts_a, texts_b, threshold):
    na, nb = [normalise_text(t) for t in texts_a], [normalise_text(t) for t in texts_b]
    with_numpy = {(i, j) for _, i, j in matching.similar(na, nb, threshold)}
    row_by_row = {(i, j) for _, i, j in matching._similar_row_by_row(na, nb, threshold)}
    assert with_numpy == row_by_row


def test_a_session_matches_itself_completely():
    people = [Participant("p", "s", "Ann", "Adjuster")]
    cards = [Card(f"c{i}", "v", "p", text=f"card {i}", lineage_id=f"l{i}") for i in range(5)]
    data = in_memory("s", cards, people)
    m = match_sessions(data, data)
    assert m.a_to_b == {c.id: c.id for c in cards}
