"""Diff of two sessions through their matching: every category, and nothing for a session with itself."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.diff import Change, Move, diff_sessions
from app.analysis.loading import load_session
from app.analysis.matching import match_sessions
from app.model import Card, Link, Participant, Zone
from storage import entities, series
from storage.continuation import continue_session
from tests.analysis_builder import Build, in_memory


def by_text(db, session_id):
    return {c["text"]: c["id"] for c in entities.in_session(db, "cards", session_id)}


def test_every_category_of_change(db):
    s = series.create(db, "Claims")["id"]
    a = Build(db, s, "Q1", "2026-01-10")
    ann, bob = a.person("Ann", "Adjuster"), a.person("Bob", "Broker")
    desk, field = a.zone("Desk"), a.zone("Field")
    x = {t: a.card(t, by=ann, zone=desk) for t in ["Assess damage", "Phone garage", "Write report",
                                                    "Check policy", "Archive file"]}
    x["Pay invoice"] = a.card("Pay invoice", kind="outcome", by=bob, zone=field)
    kept = a.link(x["Assess damage"], x["Write report"])
    dropped = a.link(x["Phone garage"], x["Check policy"], "depends on")
    gone_with_card = a.link(x["Write report"], x["Archive file"])
    b_id = continue_session(db, a.id, title="Q2")["id"]
    y = by_text(db, b_id)
    people = {p["name"]: p["id"] for p in entities.in_session(db, "participants", b_id)}
    zones = {z["label"]: z["id"] for z in entities.in_session(db, "zones", b_id)}
    entities.change(db, "cards", y["Phone garage"], {"text": "Phone the garage"})
    entities.change(db, "cards", y["Check policy"], {"kind": "question"})
    entities.change(db, "cards", y["Write report"], {"participant_id": people["Bob"]})
    entities.change(db, "cards", y["Pay invoice"], {"zone_id": zones["Desk"]})
    entities.remove(db, "cards", y["Archive file"])
    b = Build.existing(db, b_id)
    new_card = b.card("Send survey", by=people["Ann"])
    b_links = {(lk["source_id"], lk["target_id"]): lk["id"] for lk in entities.in_session(db, "links", b_id)}
    entities.remove(db, "links", b_links[y["Phone garage"], y["Check policy"]])
    added_link = b.link(y["Assess damage"], new_card)
    retyped = b.link(y["Assess damage"], y["Write report"], "informs")

    sa, sb = load_session(db, a.id), load_session(db, b_id)
    d = diff_sessions(sa, sb, match_sessions(sa, sb))
    assert d.added == [new_card]
    assert d.removed == [x["Archive file"]]
    assert d.changed == [
        Change(x["Phone garage"], y["Phone garage"], {"text": ("Phone garage", "Phone the garage")}),
        Change(x["Write report"], y["Write report"], {"author": ("Ann", "Bob")}),
        Change(x["Check policy"], y["Check policy"], {"kind": ("activity", "question")}),
        Change(x["Pay invoice"], y["Pay invoice"], {"zone": ("Field", "Desk")}),
    ]
    assert d.moved == [Move(x["Pay invoice"], y["Pay invoice"], "Field", "Desk")]
    assert d.links_removed == [dropped, gone_with_card]
    assert d.links_added == [added_link, retyped]  # a link of another kind is another link
    assert kept not in d.links_removed
    assert set(json.loads(json.dumps(d.as_dict()))) >= {
        "added", "removed", "changed", "moved", "links_added", "links_removed"}
    assert not d.is_empty()


def test_changes_of_case_in_author_or_zone_are_not_changes(db):
    a = Build(db, None, "Q1")
    a.card("Assess", by=a.person("Ann"), zone=a.zone("Desk"))
    b = Build(db, None, "Q2")
    b.card("Assess", by=b.person("ann "), zone=b.zone(" desk"))
    sa, sb = load_session(db, a.id), load_session(db, b.id)
    assert diff_sessions(sa, sb, match_sessions(sa, sb)).is_empty()


# -- property: a session compared with itself has no differences --------------------

@st.composite
def sessions(draw):
    people = [Participant(f"p{i}", "s", name, role) for i, (name, role) in enumerate(
        draw(st.lists(st.tuples(st.sampled_from(["Ann", "Bob"]), st.sampled_from(["", "Adjuster"])),
                      max_size=3)))]
    zones = [Zone(f"z{i}", "v", label) for i, label in enumerate(draw(st.lists(st.text(max_size=5), max_size=2)))]
    n = draw(st.integers(0, 10))
    cards = [Card(f"c{i}", "v", draw(st.sampled_from([None] + [p.id for p in people])),
                  draw(st.sampled_from([None] + [z.id for z in zones])),
                  draw(st.sampled_from(["activity", "resource"])), draw(st.text(max_size=12)),
                  lineage_id=draw(st.sampled_from(["l1", "l2", f"c{i}"]))) for i in range(n)]
    links = [Link(f"k{j}", "v", f"c{s}", f"c{t}", draw(st.sampled_from(["hand-off", "uses"])))
             for j, (s, t) in enumerate(draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
                                                      .filter(lambda st_: st_[0] != st_[1]), max_size=8)))
             ] if n > 1 else []
    return in_memory("s", cards, people, links, zones)


@settings(max_examples=150, deadline=None)
@given(sessions())
def test_diff_of_a_session_with_itself_is_empty(data):
    assert diff_sessions(data, data, match_sessions(data, data)).is_empty()
