"""One self-contained, offline HTML page per session: the maps (inline SVG drawn by
the canvas painters, with pan and zoom), a searchable list of cards with their why,
resources and links, the participants and the reflections."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.model import Card
from widgets.export.map import map_svg
from widgets.export.page import map_figure, page
from widgets.export.render import SessionScenes, session_scenes, write_text
from widgets.export.summary import (
    Summary,
    counts_line,
    esc,
    reflections_list,
    session_line,
    summarise,
    top_voted_list,
)
from widgets.export.words import Export, fill, translate
from widgets.vocabulary_text import kind_label, link_kind, word


def export_html(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
                include_face_down: bool = False, **_: Any) -> list[Path]:
    with session_scenes(db, session_id, canvas_id, include_face_down) as scenes:
        write_text(out, session_page(scenes))
    return [Path(out)]


def session_page(scenes: SessionScenes) -> str:
    summary = summarise(scenes.doc, scenes.face_down_left_out)
    session = scenes.session
    w = headings()
    body = (
        f"<header>{heading(summary)}"
        f'<nav><a href="#maps">{w["maps"]}</a><a href="#cards">{w["cards"]}</a>'
        f'<a href="#participants">{w["participants"]}</a>'
        f'<a href="#reflections">{w["reflections"]}</a></nav></header><main>'
        f'<h2 id="maps">{w["maps"]}</h2>{maps(scenes)}'
        f'<h2 id="cards">{w["cards"]}</h2>{card_list(scenes, summary)}'
        f'<h2 id="participants">{w["participants"]}</h2>{participants(summary)}'
        f'<h2 id="top-voted">{w["top"]}</h2>{top_voted_list(summary)}'
        f'<h2 id="reflections">{w["reflections"]}</h2>{reflections_list(summary)}</main>'
    )
    return page(session.get("title") or translate("Export", "Session"), body)


def headings() -> dict[str, str]:
    """The page's headings in the window's language (the report adds its own)."""
    return {"maps": esc(translate("Export", "Maps")), "cards": esc(translate("Export", "Cards")),
            "participants": esc(translate("Export", "Participants")),
            "reflections": esc(translate("Export", "Reflections")), "top": esc(translate("Export", "Top-voted cards")),
            "metrics": esc(translate("Export", "Metrics")), "trends": esc(translate("Export", "Trends")),
            "charts": esc(translate("Export", "Charts"))}


def heading(summary: Summary) -> str:
    session = summary.session
    purpose = f"<p><i>{esc(session.get('purpose'))}</i></p>" if session.get("purpose") else ""
    return (f"<h1>{esc(session.get('title', ''))}</h1>"
            f'<p class="muted">{esc(session_line(session))}</p>{purpose}'
            f'<p class="counts">{counts_line(summary)}</p>')


def figure_id(index: int) -> str:
    return f"map-{index + 1}"


def maps(scenes: SessionScenes) -> str:
    if not scenes.canvases:
        empty = translate("Export", "This session has no canvases.")
        return f"<p><i>{esc(empty)}</i></p>"
    return "".join(map_figure(figure_id(i), drawn.canvas.name,
                              map_svg(scenes, canvases=[drawn], inline_label=drawn.canvas.name))
                   for i, drawn in enumerate(scenes.canvases))


def participants(summary: Summary) -> str:
    if not summary.participants:
        nobody = translate("Export", "No participants recorded.")
        return f"<p><i>{esc(nobody)}</i></p>"
    heads = [esc(translate("Export", "Participant")), esc(translate("Export", "Role")),
             esc(translate("Export", "Team")), esc(translate("Export", "Cards"))]
    rows = "".join(
        f'<tr><td><span class="swatch" style="background:{esc(p.colour)}"></span>{esc(p.name)}</td>'
        f'<td>{esc(p.role)}</td><td>{esc(p.team)}</td><td class="num">{summary.cards_by.get(p.id, 0)}</td></tr>'
        for p in summary.participants)
    return (f'<table><thead><tr><th>{heads[0]}</th><th>{heads[1]}</th><th>{heads[2]}</th>'
            f'<th class="num">{heads[3]}</th></tr></thead><tbody>{rows}</tbody></table>')


class _Index:
    """Each card's links (in the session's order) and vote count, gathered in one pass:
    asking the document card by card walks every link and vote each time (2.7 s at 5,000 cards)."""

    def __init__(self, doc):
        self.links: dict[str, list] = {}
        for link in doc.all("links"):
            self.links.setdefault(link.source_id, []).append(link)
            if link.target_id != link.source_id:
                self.links.setdefault(link.target_id, []).append(link)
        self.votes = Counter(vote.card_id for vote in doc.all("votes"))


def card_list(scenes: SessionScenes, summary: Summary) -> str:
    doc = scenes.doc
    index = _Index(doc)
    total = sum(len(doc.on_canvas("cards", d.canvas.id)) for d in scenes.canvases)
    w = card_words()
    count = fill(translate("Export", "%1 cards"), total)
    parts = [f'<p><input type="search" id="card-search" placeholder="{w["search"]}" '
             f'aria-label="{w["search label"]}"> <span id="card-count" class="muted" data-of="{w["of"]}">'
             f"{esc(count)}</span></p>"]
    for number, drawn in enumerate(scenes.canvases):
        cards = sorted(doc.on_canvas("cards", drawn.canvas.id), key=lambda c: (c.y, c.x))
        if not cards:
            continue
        origin = drawn.rect().topLeft()
        items = "".join(card_item(doc, summary, c, figure_id(number), origin, index, w) for c in cards)
        parts.append(f"<h3>{esc(drawn.canvas.name)}</h3><ol class=\"cards\">{items}</ol>")
    return "".join(parts)


def card_words() -> dict[str, str]:
    """The card list's words in the window's language, looked up once per page."""
    return {"search": esc(translate("Export", "Search cards, why, tags, people…")),
            "search label": esc(translate("Export", "Search cards")),
            "of": esc(translate("Export", "%1 of %2 cards")), "no author": translate("Export", "no author"),
            "why": esc(translate("Export", "Why:")), "tags": translate("Export", "Tags: %1"),
            "uses": esc(translate("Export", "Uses:")), "links": esc(translate("Export", "Links:")),
            "show": esc(translate("Export", "Show on map")), "this": translate("Export", "this"),
            "votes": {}}


def card_item(doc, summary: Summary, card: Card, figure: str, origin, index: _Index,
              w: dict | None = None) -> str:
    w = w or card_words()
    person = summary.author(card)
    colour = person.colour if person else "#BBBBBB"
    kind = kind_label(card.kind)
    if card.knowledge_type:
        kind += f" · {word(card.knowledge_type)}"
    who = f"{person.name}" + (f" ({person.role})" if person.role else "") if person else w["no author"]
    votes = index.votes[card.id]
    if votes and votes not in w["votes"]:
        w["votes"][votes] = Export().votes(votes).rstrip(":")
    meta = [esc(kind), esc(who)] + ([esc(w["votes"][votes])] if votes else [])
    lines = [f'<div class="card-text" dir="auto">{esc(card.text)}</div>', f'<div class="meta">{" · ".join(meta)}</div>']
    if card.why:
        lines.append(f"<div><b>{w['why']}</b> <bdi>{esc(card.why)}</bdi></div>")
    if card.tags:
        lines.append(f'<div class="meta">{esc(fill(w["tags"], ", ".join("#" + t for t in card.tags)))}</div>')
    resources, links = related(doc, card, index.links.get(card.id, []), w["this"])
    if resources:
        lines.append(f"<div><b>{w['uses']}</b> {esc('; '.join(resources))}</div>")
    if links:
        lines.append(f"<div><b>{w['links']}</b><ul>" + "".join(f"<li>{esc(text)}</li>" for text in links)
                     + "</ul></div>")
    rect = f"{card.x - origin.x():.0f} {card.y - origin.y():.0f} {card.width:.0f} {card.height:.0f}"
    lines.append(f'<button type="button" data-show="{figure}" data-rect="{rect}">{w["show"]}</button>')
    return f'<li style="--c:{esc(colour)}">{"".join(lines)}</li>'


def related(doc, card: Card, its_links: list, this: str = "this") -> tuple[list[str], list[str]]:
    """The resource cards linked to this card, and every link in or out, as sentences."""
    resources, links = [], []
    for link in its_links:
        outgoing = link.source_id == card.id
        other = doc.get("cards", link.target_id if outgoing else link.source_id)
        if other is None:
            continue
        if other.kind == "resource":
            resources.append(other.text)
        label = f" “{link.label}”" if link.label else ""
        kind = link_kind(link.kind)
        links.append(f"{kind}{label} → {other.text}" if outgoing else f"{other.text} → {kind}{label} → {this}")
    return resources, links
