"""A readable summary of a session in Markdown, for people who were not in the room."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.io import atomic
from app.io.common import ExportData, load
from app.vocabulary import CARD_KIND_LABELS, CARD_KINDS


def escape(text: str) -> str:
    """Card text as plain text: Markdown characters escaped, one line."""
    text = " ".join((text or "").split())
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def render(data: ExportData) -> str:
    s = data.session
    out: list[str] = [f"# {escape(s['title'])}", ""]
    facts = [("Date", s["date"]), ("Series", (data.series or {}).get("name", "")),
             ("Facilitator", s.get("facilitator", "")), ("Method", s.get("method", "")),
             ("Purpose", s.get("purpose", ""))]
    out += [f"- **{k}:** {escape(v)}" for k, v in facts if v]
    counts = (f"{len(data.data.participants)} participants, {len(data.data.cards)} cards, "
              f"{len(data.data.links)} links, {len(data.data.votes)} votes")
    if data.face_down_left_out:  # say so, as the canvas counts them: nobody's silent-round work looks lost
        counts += f" ({data.face_down_left_out} face-down {_cards(data.face_down_left_out)} left out)"
    out += [f"- **In numbers:** {counts}", ""]

    if data.data.participants:
        out += ["## Participants", "", "| Name | Role | Team |", "| --- | --- | --- |"]
        out += [f"| {escape(p.name)} | {escape(p.role)} | {escape(p.team)} |"
                for p in sorted(data.data.participants.values(), key=lambda p: p.position)]
        out.append("")

    for canvas in data.canvases():
        out += _canvas(data, canvas)

    votes = data.votes()
    if votes:
        out += ["## Votes", ""]
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], data.card_text(kv[0]).casefold()))
        out += [f"{n}. {escape(data.card_text(card_id))} — {count} {'vote' if count == 1 else 'votes'}"
                for n, (card_id, count) in enumerate(ranked, 1)]
        out.append("")

    for kind, heading in [("insight", "Insights"), ("decision", "Decisions")]:
        found = [r for r in data.reflections if r.kind == kind]
        if found:
            out += [f"## {heading}", ""] + [f"- {escape(r.text)}" for r in found] + [""]
    actions = [r for r in data.reflections if r.kind == "action"]
    if actions:
        out += ["## Actions", "", "| Action | Owner | Due |", "| --- | --- | --- |"]
        out += [f"| {escape(r.text)} | {escape(r.owner) or '—'} | {escape(r.due_date or '') or '—'} |"
                for r in actions]
        out.append("")

    if data.agenda:
        out += ["## Agenda", ""]
        out += [f"{n}. {escape(a.title)} ({round(a.duration_s / 60)} min, {a.status})"
                for n, a in enumerate(data.agenda, 1)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _cards(n: int) -> str:
    return "card" if n == 1 else "cards"


def _canvas(data: ExportData, canvas) -> list[str]:
    out = [f"## Canvas: {escape(canvas.name)}", ""]
    cards = sorted(data.cards_on(canvas.id), key=lambda c: (c.y, c.x))
    if not cards:
        return out + ["(no cards)", ""]
    groups: dict[str, list] = {}
    for card in cards:
        groups.setdefault(data.zone_label(card) or data.role(card) or "Elsewhere on the canvas", []).append(card)
    for group, members in groups.items():
        out += [f"### {escape(group)}", ""]
        members.sort(key=lambda c: (CARD_KINDS.index(c.kind) if c.kind in CARD_KINDS else 99, c.y, c.x))
        for card in members:
            kind = CARD_KIND_LABELS.get(card.kind, card.kind)
            line = f"- **{escape(kind)}:** {escape(card.text)}"
            if card.knowledge_type:
                line += f" ({escape(card.knowledge_type)})"
            who = data.author(card)
            if who:
                line += f" — {escape(who)}"
            if card.tags:
                line += " " + " ".join(f"`#{t}`" for t in card.tags)
            out.append(line)
            if card.why:
                out.append(f"  - *Why:* {escape(card.why)}")
        out.append("")
    links = data.links_on(canvas.id)
    if links:
        out += ["### Links", ""]
        for link in links:
            label = f", “{escape(link.label)}”" if link.label else ""
            out.append(f"- {escape(data.card_text(link.source_id))} → {escape(data.card_text(link.target_id))} "
                       f"({escape(link.kind)}{label})")
        out.append("")
    return out


def export(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
           include_face_down: bool = False, **_options: Any) -> list[Path]:
    return [atomic.write_text(out, render(load(db, session_id, canvas_id, include_face_down)))]
