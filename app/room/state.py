"""What a phone is shown: the session's title, the step the room is on (its prompt
and time left), the roster, its own cards and the vote, read from the document.

The step's time is read the way app.agenda stores it: ``duration_s - elapsed_s``,
less the time since ``started_at`` while the step runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from app.document import SessionDocument
from app.model import AgendaStep, Card
from app.vocabulary import CARD_KIND_LABELS, CARD_KINDS

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def current_step(doc: SessionDocument) -> AgendaStep | None:
    """The running step, else a paused one: the room sees no step before one starts."""
    steps = sorted(doc.all("agenda_steps"), key=lambda s: (s.position, s.created_at))
    for status in ("running", "paused"):
        found = next((s for s in steps if s.status == status), None)
        if found is not None:
            return found
    return None


def time_left(step: AgendaStep, now: dt.datetime) -> float:
    elapsed = step.elapsed_s
    if step.status == "running" and step.started_at:
        elapsed += (now - dt.datetime.fromisoformat(step.started_at)).total_seconds()
    return step.duration_s - elapsed


def silent_running(doc: SessionDocument) -> bool:
    step = current_step(doc)
    return bool(step and step.status == "running" and step.silent)


def voting_open(doc: SessionDocument) -> bool:
    step = current_step(doc)
    return bool(step and step.status == "running" and step.voting)


def card_json(card: Card) -> dict[str, Any]:
    return {"id": card.id, "kind": card.kind, "text": card.text, "why": card.why,
            "tags": list(card.tags), "hidden": bool(card.hidden)}


def build(doc: SessionDocument, canvas_id: str | None, device, admission: str,
          dots: int, now: dt.datetime) -> dict[str, Any]:
    step = current_step(doc)
    state: dict[str, Any] = {
        "session": {"title": doc.session.get("title", "")},
        "kinds": [{"value": k, "label": CARD_KIND_LABELS[k]} for k in CARD_KINDS],
        "admission": admission,
        "step": None,
        "roster": [{"id": p.id, "name": p.name, "role": p.role} for p in doc.all("participants")],
        "me": None,
        "cards": [],
        "voting": None,
    }
    if step is not None:
        state["step"] = {
            "title": step.title, "prompt": step.prompt, "status": step.status,
            "time_left_s": round(time_left(step, now)), "silent": bool(step.silent),
            "voting": bool(step.voting),
        }
    if device is None:
        return state
    state["me"] = {"status": device.status, "name": device.name, "role": device.role,
                   "participant_id": device.participant_id, "ready": device.ready}
    if device.participant_id is None:
        return state
    mine = [c for c in doc.all("cards") if c.participant_id == device.participant_id
            and (canvas_id is None or c.canvas_id == canvas_id)]
    state["cards"] = [card_json(c) for c in sorted(mine, key=lambda c: c.created_at)]
    if voting_open(doc):
        state["voting"] = _ballot(doc, canvas_id, device.participant_id, dots)
    return state


def _ballot(doc: SessionDocument, canvas_id: str | None, participant_id: str, dots: int) -> dict:
    """Face-up cards to vote on, with this participant's own dots only (no running
    totals, so early votes do not sway later ones)."""
    mine: dict[str, int] = {}
    for vote in doc.all("votes"):
        if vote.participant_id == participant_id:
            mine[vote.card_id] = mine.get(vote.card_id, 0) + 1
    people = {p.id: p for p in doc.all("participants")}
    cards = [c for c in doc.all("cards") if not c.hidden and (canvas_id is None or c.canvas_id == canvas_id)]
    cards.sort(key=lambda c: (c.y, c.x))
    return {
        "dots": dots,
        "used": sum(mine.values()),
        "cards": [{"id": c.id, "kind": c.kind, "text": c.text,
                   "author": people[c.participant_id].name if c.participant_id in people else "",
                   "my_votes": mine.get(c.id, 0)} for c in cards],
    }
