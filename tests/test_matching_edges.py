"""Matching at its edges: a pair scoring exactly the threshold, thresholds below 1,
the scores people see on a pair, choices stored the other way round, a choice
without a time, and the path taken when numpy is missing."""

import sys

import pytest

from app.analysis import matching
from app.analysis.matching import Item, Matching, Pair, choices_between, match_items, match_sessions, split_choices
from app.model import Card
from tests.analysis_builder import in_memory


def session(session_id, texts, lineages=None):
    lineages = lineages or [f"{session_id}{i}" for i in range(len(texts))]
    return in_memory(session_id, [Card(f"{session_id}-c{i}", "v", text=text, lineage_id=lineage)
                                  for i, (text, lineage) in enumerate(zip(texts, lineages, strict=True))])


def test_a_pair_scoring_exactly_the_threshold_is_matched():
    a, b = session("a", ["abcd"]), session("b", ["abce"])  # fuzz.ratio: 2 * 3 / 8 = 75 %
    assert match_sessions(a, b, threshold=75).a_to_b == {"a-c0": "b-c0"}
    assert match_sessions(a, b, threshold=75.01).a_to_b == {}


def test_a_threshold_below_one_percent_is_honoured():
    a, b = session("a", ["a"]), session("b", ["a" + "b" * 199])  # scores just under 1 %
    assert match_sessions(a, b, threshold=0.5).a_to_b == {"a-c0": "b-c0"}
    assert match_sessions(a, b, threshold=1).a_to_b == {}


def test_the_matching_names_its_sessions_and_threshold():
    a, b = session("q1", ["Assess"]), session("q2", ["Assess"])
    m = match_sessions(a, b, threshold=85)
    assert (m.a, m.b, m.threshold) == ("q1", "q2", 85)


def test_scores_keep_four_decimals():
    # "check claim" against "check claims": 2 * 11 / 23 = 95.652173...
    [(score, i, j)] = matching.similar(["check claim"], ["check claims"], 80)
    assert (score, i, j) == (95.6522, 0, 0)
    assert matching._similar_row_by_row(["check claim"], ["check claims"], 80) == [(95.6522, 0, 0)]


def test_without_numpy_the_same_pairs_are_found(monkeypatch):
    texts_a, texts_b = ["check claim", "pay invoice"], ["pay invoices", "call garage", "check claim"]
    with_numpy = matching.similar(texts_a, texts_b, 80)
    monkeypatch.setitem(sys.modules, "numpy", None)  # import numpy now raises ImportError
    without = matching.similar(texts_a, texts_b, 80)
    assert sorted(without) == sorted(with_numpy) == [(95.6522, 1, 0), (100.0, 0, 2)]


def test_pair_scores_say_how_sure_the_match_is():
    items_a = [Item("a1", "", "assess damage", "activity", ""), Item("a2", "l2", "check claim", "activity", ""),
               Item("a3", "", "check claim", "activity", "")]
    items_b = [Item("b1", "", "call garage", "activity", ""), Item("b2", "l2", "check claims", "activity", ""),
               Item("b3", "", "check claim", "activity", "")]
    pairs = match_items(items_a, items_b, 80, confirmed=[("a1", "b1")])
    lineage_score = pytest.approx(2 * 11 / 23 * 100)  # lineage pairs keep the unrounded score
    assert pairs == [Pair("a1", "b1", "confirmed", 100.0), Pair("a2", "b2", "lineage", lineage_score),
                     Pair("a3", "b3", "text", 100.0)]


def test_pair_of_finds_a_cards_pair_from_either_side():
    m = Matching("a", "b", 80, [Pair("a1", "b1", "text", 90.0), Pair("a2", "b2", "lineage", 100.0)])
    assert m.pair_of("b2") == Pair("a2", "b2", "lineage", 100.0)
    assert m.pair_of("a1") == Pair("a1", "b1", "text", 90.0)
    assert m.pair_of("elsewhere") is None


def test_choices_stored_the_other_way_round_are_turned_to_read_from_the_earlier_session():
    a, b = session("a", ["Assess", "Pay"]), session("b", ["Assess", "Pay"])
    stored = [
        {"card_a": "a-c0", "card_b": "b-c1", "status": "confirmed", "created_at": "t1"},
        {"card_a": "b-c0", "card_b": "a-c1", "status": "broken", "created_at": "t2"},  # turned
        {"card_a": "a-c0", "card_b": "x-c9", "status": "confirmed", "created_at": "t3"},  # another session
        {"card_a": "x-c9", "card_b": "b-c0", "status": "confirmed", "created_at": "t4"},
        {"card_a": "a-c0", "card_b": "a-c1", "status": "confirmed", "created_at": "t5"},  # both in a
    ]
    assert choices_between(stored, a, b) == [
        {"card_a": "a-c0", "card_b": "b-c1", "status": "confirmed", "created_at": "t1"},
        {"card_a": "a-c1", "card_b": "b-c0", "status": "broken", "created_at": "t2"},
    ]


@pytest.mark.parametrize("undated_first", [True, False])
def test_a_choice_without_a_time_counts_as_the_oldest(undated_first):
    dated = {"card_a": "a1", "card_b": "b2", "status": "confirmed", "created_at": "2026-01-01T10:00:00"}
    undated = {"card_a": "a1", "card_b": "b1", "status": "confirmed"}
    confirmed, _ = split_choices([undated, dated] if undated_first else [dated, undated])
    assert confirmed == [("a1", "b2"), ("a1", "b1")]
