"""Emergent clusters: communities of linked cards, named by tags or words, followed across sessions."""

from app.analysis.clusters import cluster_terms, find_clusters, follow_series
from app.analysis.loading import load_session
from app.analysis.matching import match_sessions
from storage import entities, series
from storage.continuation import continue_session
from tests.analysis_builder import Build


def two_triangles(w):
    """Fraud cards (tagged) and payment cards (untagged) in two triangles joined by one link."""
    f = [w.card(t, tags_=tags) for t, tags in [("Flag odd claim", ["fraud", "risk"]),
                                                ("Check the claimant's history", ["fraud"]),
                                                ("Call the investigator", ["fraud", "risk", "phone"])]]
    p = [w.card(t) for t in ["Approve the payment", "Send payment to garage", "Log payment in ledger"]]
    for group in (f, p):
        w.link(group[0], group[1])
        w.link(group[1], group[2])
        w.link(group[2], group[0])
    w.link(f[2], p[0])
    w.card("A lonely card")
    return f, p


def test_two_communities_named_by_tags_or_words(db):
    w = Build(db, None, "Q1")
    f, p = two_triangles(w)
    data = load_session(db, w.id)
    clusters = find_clusters(data)
    assert [c.cards for c in clusters] == [f, p]
    assert clusters[0].terms == ["fraud", "risk", "phone"]
    assert clusters[1].terms[0] == "payment" and clusters[1].name.startswith("payment, ")
    assert [c.cards for c in find_clusters(data)] == [c.cards for c in clusters]  # seeded: same every run
    assert find_clusters(data, min_size=4) == []


def test_words_skip_stop_words():
    from app.analysis.loading import SessionData
    from app.model import Card

    cards = {i: Card(i, "v", text=t) for i, t in
             [("1", "Check the claim with the broker"), ("2", "The claim is late"), ("3", "Broker calls")]}
    data = SessionData({"id": "s"}, cards=cards)
    assert cluster_terms(data, ["1", "2", "3"]) == ["claim", "broker", "check"]


def test_clusters_are_followed_across_sessions(db):
    s = series.create(db, "Claims")["id"]
    w = Build(db, s, "Q1", "2026-01-10")
    two_triangles(w)
    later_id = continue_session(db, w.id, title="Q2", date="2026-04-10")["id"]
    later = Build.existing(db, later_id)
    q = [later.card(t, tags_=["queue"]) for t in ["Sort the post", "Scan letters", "Route to team"]]
    for i in range(3):
        later.link(q[i], q[(i + 1) % 3])
    # the fraud cluster grows a card in Q2 and is still the same cluster
    carried = {c["text"]: c["id"] for c in entities.in_session(db, "cards", later_id)}
    extra = later.card("Report to the fraud unit", tags_=["fraud"])
    later.link(extra, carried["Flag odd claim"])
    later.link(extra, carried["Check the claimant's history"])
    a, b = load_session(db, w.id), load_session(db, later_id)
    per_session = follow_series([find_clusters(a), find_clusters(b)], [match_sessions(a, b)])
    assert [c.thread for c in per_session[0]] == [0, 1]
    assert [(c.terms[0], len(c.cards), c.thread, c.followed_from) for c in per_session[1]] == [
        ("fraud", 4, 0, 0), ("payment", 3, 1, 1), ("queue", 3, 2, None)]
