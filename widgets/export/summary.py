"""What a session summary says (people, counts, top-voted cards, reflections), and
that summary as HTML simple enough for QTextDocument (the PDF's last page).

Every piece of participant text goes through ``esc``."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field

from app import methods
from app.document import SessionDocument
from app.model import Card, Participant, Reflection
from widgets.export.words import Export, fill, language_tag, translate
from widgets.vocabulary_text import kind_label, word

TOP_VOTED = 10


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


@dataclass
class Summary:
    session: dict
    participants: list[Participant]
    cards_by: Counter
    counts: dict[str, int]
    top_voted: list[tuple[Card, int]]
    reflections: list[Reflection]
    canvas_names: dict[str, str] = field(default_factory=dict)
    face_down_left_out: int = 0  # face-down cards not exported (app.io.face_down)

    def author(self, card: Card) -> Participant | None:
        return next((p for p in self.participants if p.id == card.participant_id), None)


def summarise(doc: SessionDocument, face_down_left_out: int = 0) -> Summary:
    cards = doc.all("cards")
    votes = Counter(v.card_id for v in doc.all("votes"))
    by_id = {c.id: c for c in cards}
    top = [(by_id[i], n) for i, n in votes.most_common() if i in by_id][:TOP_VOTED]
    return Summary(
        session=doc.session,
        participants=doc.all("participants"),
        cards_by=Counter(c.participant_id for c in cards),
        counts={"canvases": len(doc.all("canvases")), "participants": len(doc.all("participants")),
                "cards": len(cards), "links": len(doc.all("links")), "votes": sum(votes.values()),
                "reflections": len(doc.all("reflections"))},
        top_voted=top,
        reflections=sorted(doc.all("reflections"), key=lambda r: (r.created_at or "", r.id)),
        canvas_names={c.id: c.name for c in doc.all("canvases")},
        face_down_left_out=face_down_left_out,
    )


def session_line(session: dict) -> str:
    """Date, facilitator and method in one line of plain text."""
    parts = [session.get("date") or ""]
    if session.get("facilitator"):
        parts.append(fill(translate("Export", "facilitated by %1"), session["facilitator"]))
    if session.get("method"):
        parts.append(fill(translate("Export", "method: %1"), methods.method_name(session["method"], language_tag())))
    return " · ".join(p for p in parts if p)


def swatch(colour: str) -> str:
    # The text's own size: a larger square pushed the name below the rest of its row.
    return f'<span style="color:{esc(colour)}">■</span>'


def participants_table(summary: Summary) -> str:
    if not summary.participants:
        nobody = translate("Export", "No participants recorded.")
        return f"<p><i>{nobody}</i></p>"
    heads = (translate("Export", "Participant"), translate("Export", "Role"), translate("Export", "Team"),
             translate("Export", "Cards"))
    rows = "".join(
        f'<tr valign="middle"><td>{swatch(p.colour)} {esc(p.name)}</td><td>{esc(p.role)}</td>'
        f'<td>{esc(p.team)}</td><td align="right">{summary.cards_by.get(p.id, 0)}</td></tr>'
        for p in summary.participants)
    return ('<table cellspacing="0" cellpadding="4" border="0" width="100%">'
            f'<tr><th align="left">{heads[0]}</th><th align="left">{heads[1]}</th><th align="left">{heads[2]}</th>'
            f'<th align="right">{heads[3]}</th></tr>{rows}</table>')


def counts_line(summary: Summary) -> str:
    names = {"canvases": translate("Export", "canvases"), "participants": translate("Export", "participants"),
             "cards": translate("Export", "cards"), "links": translate("Export", "links"),
             "votes": translate("Export", "votes"), "reflections": translate("Export", "reflections")}
    line = " · ".join(f"<b>{n}</b> {names.get(name, name)}" for name, n in summary.counts.items())
    n = summary.face_down_left_out
    if n:  # the canvas counts them too: say they exist, not what they say
        line += " · " + Export().face_down_left_out(n).replace(str(n), f"<b>{n}</b>", 1)
    return line


def top_voted_list(summary: Summary) -> str:
    if not summary.top_voted:
        none = translate("Export", "No votes were placed.")
        return f"<p><i>{none}</i></p>"
    items = []
    for card, votes in summary.top_voted:
        person = summary.author(card)
        who = f" — {esc(person.name)}" + (f" ({esc(person.role)})" if person.role else "") if person else ""
        count = Export().votes(votes).replace(str(votes), f"<b>{votes}</b>", 1)
        items.append(f"<li>{count} <bdi>{esc(card.text)}</bdi>{who}</li>")
    return f"<ol>{''.join(items)}</ol>"


def reflections_list(summary: Summary) -> str:
    if not summary.reflections:
        none = translate("Export", "No reflections recorded.")
        return f"<p><i>{none}</i></p>"
    items = []
    for r in summary.reflections:
        extra = []
        if r.owner:
            extra.append(fill(translate("Export", "owner: %1"), esc(r.owner)))
        if r.due_date:
            extra.append(fill(translate("Export", "due %1"), esc(r.due_date)))
        tail = f" <i>({', '.join(extra)})</i>" if extra else ""
        items.append(f"<li><b>{esc(word(r.kind))}:</b> <bdi>{esc(r.text)}</bdi>{tail}</li>")
    return f"<ul>{''.join(items)}</ul>"


def cards_list(summary: Summary, cards: list[Card]) -> str:
    """Every card's whole text, canvas by canvas: the map cuts long text with "…"."""
    if not cards:
        return ""
    items, canvas = [], None
    for card in sorted(cards, key=lambda c: (summary.canvas_names.get(c.canvas_id, ""), c.y, c.x)):
        if card.canvas_id != canvas:
            if items:
                items.append("</ul>")
            canvas = card.canvas_id
            items.append(f"<h3>{esc(summary.canvas_names.get(canvas, ''))}</h3><ul>")
        person = summary.author(card)
        who = f" <i>— {esc(person.name)}</i>" if person else ""
        items.append(f"<li><b>{esc(kind_label(card.kind))}:</b> <bdi>{esc(card.text)}</bdi>{who}</li>")
    whole = translate("Export", "All cards, in full")
    return f"<h2>{esc(whole)}</h2>" + "".join(items) + "</ul>"


def summary_html(summary: Summary) -> str:
    """The PDF's summary page."""
    session = summary.session
    purpose = f"<p><i>{esc(session.get('purpose'))}</i></p>" if session.get("purpose") else ""
    title = fill(translate("Export", "%1 — summary"), esc(session.get("title", "")))
    heads = (translate("Export", "Participants"), translate("Export", "Top-voted cards"),
             translate("Export", "Reflections"))
    return (
        f"<h1>{title}</h1>"
        f"<p>{esc(session_line(session))}</p>{purpose}"
        f"<p>{counts_line(summary)}</p>"
        f"<h2>{heads[0]}</h2>{participants_table(summary)}"
        f"<h2>{heads[1]}</h2>{top_voted_list(summary)}"
        f"<h2>{heads[2]}</h2>{reflections_list(summary)}"
    )
