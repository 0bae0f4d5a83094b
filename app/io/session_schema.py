"""The JSON Schema of the session format (docs/session.schema.json is this, written
out by ``python -m app.io.session_schema``; a test keeps the two equal)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FORMAT = "meshwork-session"
VERSION = 1
DOCS_PATH = Path(__file__).resolve().parents[2] / "docs" / "session.schema.json"


def _obj(required: list[str], **props: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": props, "additionalProperties": False}


ID = {"type": "string", "minLength": 1, "maxLength": 200}
REF = {"type": ["string", "null"], "minLength": 1, "maxLength": 200}
TEXT = {"type": "string", "maxLength": 100_000}
NAME = {"type": "string", "maxLength": 1_000}
STAMP = {"type": "string", "maxLength": 64}
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}", "maxLength": 64}
NUMBER = {"type": "number"}
SIZE = {"type": "number", "minimum": 0}
COUNT = {"type": "integer", "minimum": 0}
FLAG = {"type": "integer", "enum": [0, 1]}
COLOUR = {"type": "string", "maxLength": 64}


def _list(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://meshwork.invalid/session.schema.json",
    "title": "Meshwork session",
    "description": "One workshop session with everything in it. See docs/session-format.md.",
    **_obj(
        ["format", "version", "session", "participants", "canvases", "votes", "reflections", "agenda"],
        format={"const": FORMAT},
        version={"const": VERSION},
        exported_at=STAMP,
        generator=NAME,
        series={**_obj(["id", "name"], id=ID, name=NAME, description=TEXT, created_at=STAMP),
                "type": ["object", "null"]},
        session=_obj(
            ["id", "title", "date"],
            id=ID, title=NAME, date=DATE, facilitator=NAME, purpose=TEXT, method=NAME,
            dots_per_participant=COUNT, continued_from=REF, created_at=STAMP, updated_at=STAMP,
        ),
        participants=_list(_obj(["id", "name"], id=ID, name=NAME, role=NAME, team=NAME, colour=COLOUR,
                                position={"type": "integer"}, created_at=STAMP)),
        tags=_list(_obj(["id", "name"], id=ID, name={**NAME, "minLength": 1}, created_at=STAMP)),
        canvases=_list(_obj(
            ["id", "name", "zones", "cards", "links"],
            id=ID, name=NAME, position={"type": "integer"}, created_at=STAMP,
            zones=_list(_obj(["id"], id=ID, label=NAME, role={"type": ["string", "null"], "maxLength": 1000},
                             x=NUMBER, y=NUMBER, width=SIZE, height=SIZE, colour=COLOUR,
                             outline={"type": ["string", "null"], "maxLength": 1_000_000}, created_at=STAMP)),
            cards=_list(_obj(
                ["id", "text"],
                id=ID, participant_id=REF, zone_id=REF, kind={**NAME, "minLength": 1}, text=TEXT, why=TEXT,
                knowledge_type={"type": ["string", "null"], "maxLength": 100},
                x=NUMBER, y=NUMBER, width=SIZE, height=SIZE, lineage_id={"type": "string", "maxLength": 200},
                hidden=FLAG, tags=_list({**NAME, "minLength": 1}), created_at=STAMP, updated_at=STAMP,
            )),
            links=_list(_obj(["id", "source_id", "target_id"], id=ID, source_id=ID, target_id=ID,
                             kind={**NAME, "minLength": 1}, label=NAME, created_at=STAMP)),
        )),
        votes=_list(_obj(["id", "card_id", "participant_id"], id=ID, card_id=ID, participant_id=ID,
                         created_at=STAMP)),
        reflections=_list(_obj(["id", "text"], id=ID, kind={"enum": ["insight", "decision", "action"]},
                               text=TEXT, owner=NAME, due_date={"type": ["string", "null"], "maxLength": 64},
                               card_id=REF, created_at=STAMP, done_at={"type": ["string", "null"], "maxLength": 64})),
        agenda=_list(_obj(
            ["id", "title"], id=ID, position={"type": "integer"}, title=NAME, prompt=TEXT, duration_s=COUNT,
            canvas_id=REF, silent=FLAG, voting=FLAG,
            status={"enum": ["pending", "running", "paused", "done", "skipped"]},
            elapsed_s={"type": "number", "minimum": 0}, started_at={"type": ["string", "null"], "maxLength": 64},
            created_at=STAMP,
        )),
        events=_list(_obj(["id", "seq", "at", "action", "entity"], id=ID, seq={"type": "integer"}, at=STAMP,
                          action=NAME, entity=NAME, entity_id=REF, payload={"type": "object"})),
    ),
}


def schema_text() -> str:
    return json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    DOCS_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {DOCS_PATH}")
