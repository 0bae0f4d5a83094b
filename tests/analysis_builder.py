"""Small hand-made sessions for the analysis tests, written through storage functions."""

from __future__ import annotations

from storage import entities, rows, sessions, tags
from storage.library import new_id


class Build:
    """One session with one canvas; each method adds a row and returns its id."""

    def __init__(self, db, series_id=None, title="Workshop", date="2026-01-15"):
        self.db = db
        self.id = sessions.create(db, series_id, title, date=date)["id"]
        self.canvas = rows.insert(db, "canvases", {"session_id": self.id, "name": "Activities"})["id"]

    @classmethod
    def existing(cls, db, session_id):
        """Add to a session that already exists (e.g. a continuation), on its first canvas."""
        build = cls.__new__(cls)
        build.db, build.id = db, session_id
        build.canvas = entities.in_session(db, "canvases", session_id)[0]["id"]
        return build

    def person(self, name, role="", team=""):
        return entities.add(self.db, "participants",
                            {"session_id": self.id, "name": name, "role": role, "team": team})["id"]

    def zone(self, label, role=None, canvas=None):
        return entities.add(self.db, "zones",
                            {"canvas_id": canvas or self.canvas, "label": label, "role": role})["id"]

    def card(self, text, kind="activity", by=None, zone=None, lineage=None, tags_=(),
             knowledge_type=None, x=0.0, y=0.0, hidden=0):
        card_id = new_id()
        entities.add(self.db, "cards", {
            "id": card_id, "canvas_id": self.canvas, "participant_id": by, "zone_id": zone,
            "kind": kind, "text": text, "knowledge_type": knowledge_type, "x": x, "y": y,
            "lineage_id": lineage or card_id, "hidden": hidden,
        })
        if tags_:
            tags.set_for_card(self.db, card_id, tags_)
        return card_id

    def link(self, source, target, kind="hand-off"):
        return entities.add(self.db, "links", {"canvas_id": self.canvas, "source_id": source,
                                               "target_id": target, "kind": kind})["id"]

    def vote(self, card, by):
        return entities.add(self.db, "votes", {"card_id": card, "participant_id": by})["id"]


def in_memory(session_id, cards, people=(), links=(), zones=()):
    """A SessionData built straight from dataclasses, for property tests without a library."""
    from app.analysis.loading import SessionData

    return SessionData(
        session={"id": session_id, "title": session_id, "date": "2026-01-01"},
        participants={p.id: p for p in people}, zones={z.id: z for z in zones},
        cards={c.id: c for c in cards}, links=list(links),
    )
