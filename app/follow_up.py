"""What a follow-up session starts with: last time's agenda (or, when it had
none, its method's), after a first step that reviews the open actions, and a
date one usual gap after the last session of the series.

An action reflection marked done in the Reflections panel (done_at) is left out:
the review step lists only the earlier session's open actions.
"""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlite_utils import Database

from app import methods
from storage import entities, sessions
from storage.library import new_id

# The review step is written into the new session in the window's language (context
# "FollowUp"); from then on it is the session's own text, as a method's steps are.
REVIEW_TITLE = QT_TRANSLATE_NOOP("FollowUp", "Review open actions")
REVIEW_MINUTES_PER_ACTION = 2
REVIEW_MIN_S = 5 * 60
DEFAULT_GAP_DAYS = 28  # a series of one session has no gap of its own yet


def open_actions(db: Database, session_id: str) -> list[dict[str, Any]]:
    # An action marked done (done_at set) needs no review next time.
    return [r for r in entities.in_session(db, "reflections", session_id)
            if r["kind"] == "action" and not r.get("done_at")]


def review_step(actions: list[dict[str, Any]]) -> dict[str, Any]:
    translate = QCoreApplication.translate
    due = translate("FollowUp", ", due {0}")
    lines = [f"• {a['text']}" + (f" ({a['owner']})" if a.get("owner") else "")
             + (due.format(a["due_date"]) if a.get("due_date") else "") for a in actions]
    prompt = (translate("FollowUp", "What happened to last session's actions? Which are done, which carry on?")
              + "\n" + "\n".join(lines) if lines
              else translate("FollowUp", "Last session left no open actions: what has changed since?"))
    return {"title": translate("FollowUp", REVIEW_TITLE), "prompt": prompt,
            "duration_s": max(REVIEW_MIN_S, 60 * REVIEW_MINUTES_PER_ACTION * len(actions)),
            "silent": 0, "voting": 0}


def earlier_agenda(db: Database, source: dict[str, Any]) -> list[dict[str, Any]]:
    """The earlier session's steps, or its method's when it ran without an agenda."""
    steps = entities.in_session(db, "agenda_steps", source["id"])
    if steps:
        return [{k: s[k] for k in ("title", "prompt", "duration_s", "silent", "voting", "canvas_id")}
                for s in sorted(steps, key=lambda s: s["position"])]
    try:
        method = methods.get(source["method"])
    except Exception:  # a method not installed here: the review step alone
        return []
    return [{"title": s["title"], "prompt": s["prompt"], "duration_s": s["duration_s"],
             "silent": int(s.get("silent", False)), "voting": int(s.get("voting", False)), "canvas_id": None}
            for s in method.agenda]


def agenda_rows(db: Database, source_id: str, new_session_id: str) -> list[tuple[str, dict[str, Any]]]:
    """The new session's agenda steps as (table, row) for methods.insert_logged; a
    step keeps its canvas when that canvas was carried (found by its name)."""
    source = sessions.get(db, source_id)
    carried = {c["name"]: c["id"] for c in entities.in_session(db, "canvases", new_session_id)}
    canvas_ids = {c["id"]: carried[c["name"]] for c in entities.in_session(db, "canvases", source_id)
                  if c["name"] in carried}
    steps = [review_step(open_actions(db, source_id)), *earlier_agenda(db, source)]
    return [("agenda_steps", {"id": new_id(), "session_id": new_session_id, "position": n,
                              "title": s["title"], "prompt": s["prompt"], "duration_s": int(s["duration_s"]),
                              "canvas_id": canvas_ids.get(s.get("canvas_id") or ""),
                              "silent": int(s["silent"]), "voting": int(s["voting"])})
            for n, s in enumerate(steps)]


def next_date(db: Database, source_id: str, today: dt.date | None = None) -> dt.date:
    """The last session's date plus the series' usual (median) gap; today when that is past."""
    today = today or dt.date.today()
    source = sessions.get(db, source_id)
    series = sessions.in_series(db, source["series_id"]) if source["series_id"] else [source]
    days = sorted({_day(s["date"]) for s in series} - {None})
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False) if (b - a).days > 0]
    gap = round(statistics.median(gaps)) if gaps else DEFAULT_GAP_DAYS
    last = max(days) if days else today
    return max(last + dt.timedelta(days=gap), today)


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((text or "")[:10])
    except ValueError:
        return None
