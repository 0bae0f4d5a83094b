"""A small series built as a facilitator would: a first workshop, then its
continuation (storage.continuation) edited into a second one, so the diff has
one thing of every kind. Set-up through storage, not the thing under test."""

from __future__ import annotations

from storage import entities, series, sessions
from storage.continuation import continue_session
from storage.library import open_library
from tests.analysis_builder import Build


def _zone(db, canvas, label, role, x, y):
    return entities.add(db, "zones", {"canvas_id": canvas, "label": label, "role": role,
                                      "x": x, "y": y, "width": 760, "height": 300})["id"]


def build_series(db, third: bool = False) -> dict:
    s = series.create(db, "Claims team")["id"]
    q1 = Build(db, s, "Q1 workshop", "2026-01-15")
    ann, bob = q1.person("Ann", "Adjuster"), q1.person("Bob", "Broker")
    intake = _zone(db, q1.canvas, "Intake", "Adjuster", 0, 0)
    _zone(db, q1.canvas, "Review", "Broker", 0, 340)
    a = {
        "assess": q1.card("Assess damage", by=ann, zone=intake, x=30, y=60, tags_=["damage"]),
        "call": q1.card("Call the customer", by=bob, zone=intake, x=260, y=60),
        "fax": q1.card("Old fax form", kind="resource", by=bob, zone=intake, x=490, y=60),
        "policy": q1.card("Check policy", by=ann, zone=intake, x=30, y=200),
    }
    q1.link(a["assess"], a["call"])
    q1.link(a["call"], a["fax"], "uses")
    q2_id = continue_session(db, q1.id, title="Q2 workshop", date="2026-04-15")["id"]
    q2 = Build.existing(db, q2_id)
    carried = {c["lineage_id"]: c["id"] for c in entities.in_session(db, "cards", q2_id)}
    b = {name: carried[a[name]] for name in a}
    zones_b = {z["label"]: z["id"] for z in entities.in_session(db, "zones", q2_id)}
    people_b = {p["name"]: p["id"] for p in entities.in_session(db, "participants", q2_id)}
    entities.change(db, "cards", b["call"], {"text": "Call the customer back"})
    entities.change(db, "cards", b["policy"], {"zone_id": zones_b["Review"], "x": 260, "y": 420})
    entities.remove(db, "cards", b.pop("fax"))
    b["email"] = q2.card("Email the customer", by=people_b["Ann"], zone=zones_b["Intake"], x=490, y=200)
    q2.link(b["assess"], b["policy"], "informs")
    result = {"series": s, "q1": q1.id, "q2": q2_id, "a": a, "b": b, "people_b": people_b}
    if third:
        q3_id = continue_session(db, q2_id, title="Q3 workshop", date="2026-07-15")["id"]
        q3 = Build.existing(db, q3_id)
        people_c = {p["name"]: p["id"] for p in entities.in_session(db, "participants", q3_id)}
        q3.card("Photograph the car", by=people_c["Ann"], x=30, y=200)
        result["q3"] = q3_id
    sessions.touch(db, q2_id)
    return result


def build_series_file(path, third: bool = False) -> dict:
    db = open_library(path)
    try:
        return build_series(db, third)
    finally:
        db.close()
