"""A realistic series for the export tests: three sessions of one series, the last
with two canvases, zones, links of several kinds, votes, tags, why and reflections.
Built straight through storage (set-up, not the thing under test)."""

from storage import rows, series, sessions, tags
from storage.library import open_library

EVIL = "<script>alert('x')</script>"
PEOPLE = [("Ana", "Claims handler", "#E69F00"), ("Ben", "Assessor", "#56B4E9"),
          ("Chen", "Team lead", "#009E73"), (f"Eve {EVIL}", "Auditor", "#CC79A7")]
CARDS = [  # text, kind, author index, x, y, why, tags
    ("Check the claim form", "activity", 0, 60, 80, "So nothing is missing later", ["intake"]),
    ("Call the customer back", "activity", 0, 320, 80, "Customers hate waiting", ["phone"]),
    ("Claims system", "resource", 0, 60, 260, "", ["system"]),
    ("Inspect the damage", "activity", 1, 620, 80, "Price the repair fairly", []),
    ("Rules of thumb for fraud", "resource", 1, 620, 260, "", []),
    ("Agree a fair settlement", "purpose", 2, 900, 80, "", []),
    ("Why do forms come back twice?", "question", 2, 900, 260, "", ["intake"]),
    (f"Audit note {EVIL}", "insight", 3, 320, 260, f"because {EVIL}", []),
]
LINKS = [(0, 1, "hand-off"), (0, 2, "uses"), (1, 3, "hand-off"), (3, 4, "uses"), (3, 5, "informs"),
         (6, 0, "depends on")]
SECOND = [("Backlog of open claims", 600, 400), ("Weekly planning", 900, 420)]


def rich_series(path, sessions_before: int = 2) -> dict:
    """Returns ids: series, session (the last, rich one), canvases, cards by text."""
    db = open_library(path)
    s = series.create(db, "Claims team, quarterly")
    for n in range(sessions_before):  # smaller earlier sessions, so trends have a slope
        earlier = sessions.create(db, s["id"], f"Q{n + 1} workshop", date=f"2025-0{3 * n + 1}-15")
        canvas = rows.insert(db, "canvases", {"session_id": earlier["id"], "name": "Map"})
        person = rows.insert(db, "participants", {"session_id": earlier["id"], "name": "Ana",
                                                   "role": "Claims handler"})
        for i in range(2 + n):
            rows.insert(db, "cards", {"canvas_id": canvas["id"], "participant_id": person["id"],
                                      "text": f"Earlier activity {i}", "x": i * 260, "y": 0,
                                      "lineage_id": "", "updated_at": "2025-01-01T00:00:00+00:00"})
    session = sessions.create(db, s["id"], "Q3 workshop", date="2025-09-15", facilitator="Dana",
                              purpose="How does a claim move through the team?")
    main = rows.insert(db, "canvases", {"session_id": session["id"], "name": "Claim journey", "position": 0})
    second = rows.insert(db, "canvases", {"session_id": session["id"], "name": "Pain points", "position": 1})
    people = [rows.insert(db, "participants", {"session_id": session["id"], "name": n, "role": r, "colour": c,
                                               "position": i})
              for i, (n, r, c) in enumerate(PEOPLE)]
    rows.insert(db, "zones", {"canvas_id": main["id"], "label": "Intake", "role": "Claims handler",
                              "x": 20, "y": 20, "width": 560, "height": 400, "colour": "#FFF4D6"})
    made = []
    for text, kind, who, x, y, why, card_tags in CARDS:
        card = rows.insert(db, "cards", {
            "canvas_id": main["id"], "participant_id": people[who]["id"], "kind": kind, "text": text,
            "why": why, "x": x, "y": y, "lineage_id": "", "updated_at": "2025-09-15T10:00:00+00:00",
            "knowledge_type": "heuristic" if "thumb" in text else None})
        tags.set_for_card(db, card["id"], card_tags)
        made.append(card)
    for a, b, kind in LINKS:
        rows.insert(db, "links", {"canvas_id": main["id"], "source_id": made[a]["id"],
                                  "target_id": made[b]["id"], "kind": kind})
    for text, x, y in SECOND:
        made.append(rows.insert(db, "cards", {"canvas_id": second["id"], "participant_id": people[2]["id"],
                                              "kind": "pain point", "text": text, "x": x, "y": y,
                                              "lineage_id": "", "updated_at": "2025-09-15T10:00:00+00:00"}))
    for card_index, voters in ((1, [0, 1, 2]), (3, [1]), (8, [0, 3])):
        for v in voters:
            rows.insert(db, "votes", {"card_id": made[card_index]["id"], "participant_id": people[v]["id"]})
    rows.insert(db, "reflections", {"session_id": session["id"], "kind": "action",
                                    "text": "Shorten the claim form", "owner": "Ana", "due_date": "2025-10-01"})
    rows.insert(db, "reflections", {"session_id": session["id"], "kind": "insight",
                                    "text": f"Fraud know-how sits with one assessor {EVIL}"})
    db.close()
    return {"series": s["id"], "session": session["id"], "canvases": [main["id"], second["id"]],
            "cards": {c["text"]: c for c in made}}


def test_rich_series_builds(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    assert db["sessions"].count == 3
    assert db["cards"].count_where("canvas_id IN (?, ?)", ids["canvases"]) == len(CARDS) + len(SECOND)
    db.close()
