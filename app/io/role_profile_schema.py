"""The JSON Schema of role profiles (docs/role-profile.schema.json is this, written
out by ``python -m app.io.role_profile_schema``; a test keeps the two equal).
docs/role-profiles.md says what each field means."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.io.role_profiles import FORMAT, VERSION

DOCS_PATH = Path(__file__).resolve().parents[2] / "docs" / "role-profile.schema.json"


def _obj(**props: Any) -> dict[str, Any]:
    """An object with exactly these properties, all required (the export always writes each)."""
    return {"type": "object", "required": list(props), "properties": props, "additionalProperties": False}


def _list(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


ID = {"type": "string", "minLength": 1, "maxLength": 200}
TEXT = {"type": "string", "maxLength": 100_000}
NAME = {"type": "string", "maxLength": 1_000}
DATE = {"type": "string", "maxLength": 64}
COUNT = {"type": "integer", "minimum": 0}
SHARE = {"type": "number", "minimum": 0, "maximum": 1}
CARD_KIND = {"enum": ["activity", "purpose", "resource", "outcome", "question", "insight", "pain point", "story"]}
KNOWLEDGE = {"enum": ["", "artefact", "skill", "heuristic", "experience", "natural talent"]}

DEFS: dict[str, Any] = {
    "person": _obj(participant_id=ID, name=NAME, team=NAME, cards=COUNT),
    "card": _obj(card_id=ID, kind=CARD_KIND, text=TEXT, why=TEXT, author=NAME, role=NAME, votes=COUNT),
    "resource": _obj(card_id=ID, text=TEXT, knowledge_type=KNOWLEDGE, author=NAME, role=NAME,
                     shared_with=_list(NAME), votes=COUNT),
    "dependency": _obj(link_id=ID, kind=NAME, role=NAME, card_id=ID, card_text=TEXT, other_card_id=ID,
                       other_text=TEXT),
    "reflection": _obj(reflection_id=ID, kind={"enum": ["insight", "decision", "action"]}, text=TEXT, owner=NAME,
                       due_date=DATE, card_id=ID, card_text=TEXT),
    "risk": _obj(card_id=ID, kind={"enum": ["activity", "resource"]}, text=TEXT,
                 reason={"enum": ["one person", "one role"]}, people=_list(NAME), card_ids=_list(ID)),
    "graph": _obj(roles=COUNT, degree=COUNT, links=COUNT, betweenness=SHARE, connects=_list(NAME),
                  link_weights={"type": "object", "additionalProperties": COUNT},
                  brokered=_list({"type": "array", "items": NAME, "minItems": 2, "maxItems": 2})),
    "figures": {"type": "object", "additionalProperties": {"type": "number"},
                "required": ["cards", "activities", "resources", "resources_used", "people", "inputs", "outputs",
                             "roles_connected", "betweenness", "at_risk", "pain_points", "questions", "votes"]},
    "profile": _obj(
        session_id=ID, session_title=NAME, session_date=DATE, role=NAME, key=NAME,
        people=_list(_ref("person")), activities=_list(_ref("card")), purposes=_list(_ref("card")),
        outcomes=_list(_ref("card")), resources=_list(_ref("resource")), inputs=_list(_ref("dependency")),
        outputs=_list(_ref("dependency")), internal=_list(_ref("dependency")), pain_points=_list(_ref("card")),
        questions=_list(_ref("card")), notes=_list(_ref("card")), reflections=_list(_ref("reflection")),
        at_risk=_list(_ref("risk")), graph=_ref("graph"), card_ids=_list(ID), empty={"type": "boolean"},
        reason=TEXT, figures=_ref("figures"),
    ),
    "recurring": _obj(card_id=ID, previous_card_id=ID, text=TEXT),
    "dependency_change": _obj(direction={"enum": ["input", "output"]}, role=NAME, kind=NAME,
                              links=_list(_ref("dependency"))),
    "changes": _obj(
        previous_session_id={"type": ["string", "null"], "maxLength": 200},
        activities_new=_list(_ref("card")), activities_vanished=_list(_ref("card")),
        activities_recurring=_list(_ref("recurring")),
        dependencies_gained=_list(_ref("dependency_change")), dependencies_lost=_list(_ref("dependency_change")),
        risks_new=_list(_ref("risk")), risks_resolved=_list(_ref("risk")), risks_gone=_list(_ref("risk")),
    ),
    "role_series": _obj(
        role=NAME,
        figures={"type": "object", "additionalProperties": _list({"type": "number"})},
        sessions=_list(_obj(profile=_ref("profile"), changes=_ref("changes"))),
    ),
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://meshwork.invalid/role-profile.schema.json",
    "title": "Meshwork role profiles",
    "description": "What each job role does, uses and needs from others, in a session or over a series. "
                   "See docs/role-profiles.md.",
    "oneOf": [
        _obj(format={"const": FORMAT}, version={"const": VERSION}, kind={"const": "session"},
             session=_obj(id=ID, title=NAME, date=DATE), profiles=_list(_ref("profile"))),
        _obj(format={"const": FORMAT}, version={"const": VERSION}, kind={"const": "series"},
             series=_obj(id=ID, name=NAME), roles=_list(_ref("role_series"))),
    ],
    "$defs": DEFS,
}


def schema_text() -> str:
    return json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    DOCS_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {DOCS_PATH}")
