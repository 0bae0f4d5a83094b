"""A realistic session for the import and export tests, built through storage."""

from storage import events, rows, series, sessions, snapshot, tags
from storage.library import transaction


def build_sample(db, title="Claims hand-offs", series_name="Claims team", date="2026-03-10", series_id=None):
    """Two canvases, three people in two roles, zones, tagged cards with why and
    knowledge types, links, votes, reflections (one action), agenda and events."""
    with transaction(db):
        group = series.get(db, series_id) if series_id else series.create(db, series_name, "Quarterly mapping")
        session = sessions.create(db, group["id"], title, date=date, facilitator="Mia",
                                  purpose="Where do claims get stuck?", method="free")
        sid = session["id"]
        ana = rows.insert(db, "participants", {"session_id": sid, "name": "Ana", "role": "Intake",
                                               "colour": "#E69F00", "position": 0})
        ben = rows.insert(db, "participants", {"session_id": sid, "name": "Ben", "role": "Assessor",
                                               "colour": "#56B4E9", "position": 1})
        cat = rows.insert(db, "participants", {"session_id": sid, "name": "Cat", "role": "Intake",
                                               "team": "North", "colour": "#009E73", "position": 2})
        work = rows.insert(db, "canvases", {"session_id": sid, "name": "Who does what", "position": 0})
        later = rows.insert(db, "canvases", {"session_id": sid, "name": "Pain points", "position": 1})
        lane = rows.insert(db, "zones", {"canvas_id": work["id"], "label": "Intake", "role": "Intake",
                                         "x": 0, "y": 0, "width": 900, "height": 300})
        lane2 = rows.insert(db, "zones", {"canvas_id": work["id"], "label": "Assessor", "role": "Assessor",
                                          "x": 0, "y": 320, "width": 900, "height": 300})

        def card(canvas, person, text, x, y, kind="activity", zone=None, **more):
            author = person["id"] if person else None
            row = rows.insert(db, "cards", {"canvas_id": canvas["id"], "participant_id": author,
                                            "zone_id": zone["id"] if zone else None, "kind": kind, "text": text,
                                            "x": x, "y": y, "lineage_id": more.pop("lineage_id", ""),
                                            "updated_at": "2026-03-10T10:00:00+00:00", **more})
            return row

        c1 = card(work, ana, "Log the claim & check the policy", 20, 20, zone=lane, why="So nothing is lost")
        c2 = card(work, cat, "Call the customer back", 260, 20, zone=lane, lineage_id="lin-call")
        c3 = card(work, ben, "Assess the damage <photos>", 20, 340, zone=lane2, why="Fair payout")
        c4 = card(work, ben, "Claims handbook", 260, 340, kind="resource", zone=lane2, knowledge_type="artefact")
        c5 = card(work, None, "Gut feeling for fraud", 500, 340, kind="resource", knowledge_type="heuristic")
        p1 = card(later, ana, "Forms arrive incomplete", 0, 0, kind="pain point")
        p2 = card(later, ben, "Why \"urgent\" means nothing?", 240, 0, kind="question", hidden=1)
        tags.set_for_card(db, c1["id"], ["intake", "phone"])
        tags.set_for_card(db, c3["id"], ["Photos"])
        tags.set_for_card(db, p1["id"], ["intake"])
        for link in [
            rows.insert(db, "links", {"canvas_id": work["id"], "source_id": c1["id"], "target_id": c3["id"],
                                      "kind": "hand-off", "label": "claim file"}),
            rows.insert(db, "links", {"canvas_id": work["id"], "source_id": c3["id"], "target_id": c4["id"],
                                      "kind": "uses"}),
            rows.insert(db, "links", {"canvas_id": work["id"], "source_id": c3["id"], "target_id": c5["id"],
                                      "kind": "depends on"}),
            rows.insert(db, "links", {"canvas_id": work["id"], "source_id": c1["id"], "target_id": c2["id"],
                                      "kind": "informs"}),
            rows.insert(db, "links", {"canvas_id": later["id"], "source_id": p1["id"], "target_id": p2["id"],
                                      "kind": "conflicts with"}),
        ]:
            assert link["id"]
        for person, target in [(ana, c3), (ben, c3), (cat, c3), (ana, p1), (cat, c1)]:
            rows.insert(db, "votes", {"card_id": target["id"], "participant_id": person["id"]})
        rows.insert(db, "reflections", {"session_id": sid, "kind": "insight",
                                        "text": "Intake and assessment never meet"})
        rows.insert(db, "reflections", {"session_id": sid, "kind": "decision", "text": "Shared checklist"})
        rows.insert(db, "reflections", {"session_id": sid, "kind": "action", "text": "Draft the checklist",
                                        "owner": "Ana", "due_date": "2026-04-01", "card_id": c1["id"]})
        rows.insert(db, "agenda_steps", {"session_id": sid, "position": 0, "title": "Map your day",
                                         "prompt": "What do you do?", "duration_s": 900, "canvas_id": work["id"],
                                         "status": "done", "elapsed_s": 880.5})
        rows.insert(db, "agenda_steps", {"session_id": sid, "position": 1, "title": "Vote", "voting": 1})
        events.append(db, sid, "add", "cards", c1["id"], {"text": c1["text"], "nested": {"x": [1, 2]}})
        events.append(db, sid, "change", "cards", c2["id"], {"after": {"x": 260}})
    return sid


def normalised_dump(db, session_id):
    """A session's rows, comparable across libraries: rows sorted by id, tags by
    name, events by their order rather than their library-wide sequence number."""
    dump = snapshot.dump_session(db, session_id)
    tag_names = {t["id"]: t["name"] for t in dump.pop("tags")}
    dump["card_tags"] = sorted((r["card_id"], tag_names[r["tag_id"]]) for r in dump["card_tags"])
    dump["events"] = [{k: v for k, v in e.items() if k != "seq"} for e in dump["events"]]
    for table, value in dump.items():
        if table not in ("session", "card_tags", "events"):
            dump[table] = sorted(value, key=lambda r: r["id"])
    return dump


def test_sample_has_everything(db):
    sid = build_sample(db)
    dump = snapshot.dump_session(db, sid)
    for table in snapshot.TABLES:
        assert dump[table], table
