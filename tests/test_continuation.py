"""Continuing a session: a new session of the series, carried cards keep their lineage."""

import pytest

from storage import entities, events, matches, rows, sessions, tags
from storage.continuation import continue_session
from tests.analysis_builder import Build


@pytest.fixture
def source(db):
    from storage import series

    s = series.create(db, "Claims team")["id"]
    b = Build(db, s, "Q1", "2026-01-10")
    sessions.update(db, b.id, facilitator="Fay", purpose="How do claims move?")
    ann, bob = b.person("Ann", "Adjuster"), b.person("Bob", "Broker")
    lane = b.zone("Adjuster lane", role="Adjuster")
    c1 = b.card("Assess damage", by=ann, zone=lane, tags_=["damage", "site"])
    c2 = b.card("Call the customer", by=bob, lineage="older-lineage")
    link = b.link(c1, c2)
    b.vote(c1, bob)
    rows.insert(db, "reflections", {"session_id": b.id, "text": "stays behind"})
    other = rows.insert(db, "canvases", {"session_id": b.id, "name": "Parking lot", "position": 1})["id"]
    entities.add(db, "cards", {"canvas_id": other, "text": "Later", "lineage_id": "x"})
    return {"b": b, "series": s, "ann": ann, "bob": bob, "lane": lane, "c1": c1, "c2": c2,
            "link": link, "other": other}


def test_carries_chosen_canvas_with_zones_cards_links_tags_and_everyone(db, source):
    b = source["b"]
    new = continue_session(db, b.id, canvas_ids=[b.canvas], title="Q2", date="2026-04-10")

    assert new["series_id"] == source["series"] and new["continued_from"] == b.id
    assert (new["title"], new["date"], new["facilitator"], new["purpose"]) == (
        "Q2", "2026-04-10", "Fay", "How do claims move?")
    canvases = entities.in_session(db, "canvases", new["id"])
    assert [c["name"] for c in canvases] == ["Activities"]  # the parking lot stayed behind
    people = {p["name"]: p for p in entities.in_session(db, "participants", new["id"])}
    assert set(people) == {"Ann", "Bob"} and people["Ann"]["id"] != source["ann"]
    assert people["Ann"]["role"] == "Adjuster"
    (zone,) = entities.in_session(db, "zones", new["id"])
    assert zone["label"] == "Adjuster lane" and zone["id"] != source["lane"]
    cards = {c["text"]: c for c in entities.in_session(db, "cards", new["id"])}
    assert set(cards) == {"Assess damage", "Call the customer"}
    damage, call = cards["Assess damage"], cards["Call the customer"]
    assert damage["id"] != source["c1"] and damage["lineage_id"] == source["c1"]
    assert call["lineage_id"] == "older-lineage"  # the source card's lineage, not its id
    assert damage["participant_id"] == people["Ann"]["id"] and damage["zone_id"] == zone["id"]
    assert damage["canvas_id"] == canvases[0]["id"]
    (link,) = entities.in_session(db, "links", new["id"])
    assert (link["source_id"], link["target_id"]) == (damage["id"], call["id"])
    assert tags.by_card(db, new["id"]) == {damage["id"]: ["damage", "site"]}
    assert entities.in_session(db, "votes", new["id"]) == []
    assert entities.in_session(db, "reflections", new["id"]) == []
    (event,) = events.for_session(db, new["id"])
    assert (event["action"], event["entity"], event["entity_id"]) == ("continue", "sessions", new["id"])
    assert event["payload"] == {"from": b.id, "canvases": [b.canvas], "cards": 2, "links": 1, "tags": 2}
    # the earlier session is untouched
    assert len(entities.in_session(db, "cards", b.id)) == 3


def test_all_canvases_by_default_and_lineage_survives_a_second_continuation(db, source):
    first = continue_session(db, source["b"].id)
    second = continue_session(db, first["id"], title="Q3")
    assert second["title"] == "Q3" and second["continued_from"] == first["id"]
    assert len(entities.in_session(db, "canvases", second["id"])) == 2
    lineages = {c["text"]: c["lineage_id"] for c in entities.in_session(db, "cards", second["id"])}
    assert lineages == {"Assess damage": source["c1"], "Call the customer": "older-lineage", "Later": "x"}


def test_unknown_canvas_or_session_writes_nothing(db, source):
    before = db["sessions"].count
    with pytest.raises(ValueError, match="canvases not in session"):
        continue_session(db, source["b"].id, canvas_ids=["nope"])
    with pytest.raises(ValueError, match="no session"):
        continue_session(db, "no-such-session")
    assert db["sessions"].count == before


def test_a_failure_half_way_leaves_no_trace(db, source, monkeypatch):
    counts = {t: db[t].count for t in ("sessions", "cards", "links", "card_tags", "events")}

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(events, "append", fail)
    with pytest.raises(RuntimeError):
        continue_session(db, source["b"].id)
    assert {t: db[t].count for t in counts} == counts


def test_match_choices_are_stored_turned_and_cascade(db, source):
    new = continue_session(db, source["b"].id)
    cards = {c["text"]: c["id"] for c in entities.in_session(db, "cards", new["id"])}
    matches.confirm(db, source["c1"], cards["Call the customer"])
    matches.break_apart(db, cards["Assess damage"], source["c1"])  # stored the other way round
    found = matches.between(db, source["b"].id, new["id"])
    assert [(m["card_a"], m["card_b"], m["status"]) for m in found] == [
        (source["c1"], cards["Call the customer"], "confirmed"),
        (source["c1"], cards["Assess damage"], "broken"),
    ]
    assert [m["card_a"] for m in matches.between(db, new["id"], source["b"].id)] == [
        cards["Call the customer"], cards["Assess damage"]]
    assert len(matches.in_series(db, source["series"])) == 2
    # a new choice for the same pair replaces the old one, either way round
    matches.confirm(db, source["c1"], cards["Assess damage"])
    assert {m["status"] for m in matches.of_card(db, cards["Assess damage"])} == {"confirmed"}
    logged = [e for sid in (source["b"].id, new["id"]) for e in events.for_session(db, sid)
              if e["entity"] == "matches"]
    assert len(logged) == 3 and logged[-1]["payload"]["replaced"] != []
    assert matches.clear(db, source["c1"], cards["Assess damage"]) is True
    assert matches.clear(db, source["c1"], cards["Assess damage"]) is False
    with pytest.raises(ValueError):
        matches.choose(db, source["c1"], cards["Assess damage"], "maybe")
    entities.remove(db, "cards", source["c1"])
    assert db["matches"].count == 0
