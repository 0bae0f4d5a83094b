"""The session report, as one offline HTML page or a PDF: the maps, the participants,
the session's metrics (app.analysis.metrics), the series' trend charts
(app.analysis.trends) and the reflections."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage
from sqlite_utils import Database

from app.analysis.loading import SessionData, load_session
from app.analysis.metrics import SessionMetrics, session_metrics
from app.analysis.trends import Trends, series_trends
from widgets.export.charts import Chart, kinds_chart, trend_charts
from widgets.export.html import heading, headings, maps, participants
from widgets.export.page import inline_svg, page
from widgets.export.pdf import PdfBook
from widgets.export.render import SessionScenes, atomic_file, session_scenes, write_text
from widgets.export.summary import (
    Summary,
    counts_line,
    esc,
    participants_table,
    reflections_list,
    session_line,
    summarise,
    top_voted_list,
)
from widgets.export.words import fill, translate
from widgets.vocabulary_text import word


@dataclass
class ReportData:
    summary: Summary
    data: SessionData
    metrics: SessionMetrics
    trends: Trends | None
    charts: list[Chart]


def gather(db: Database, scenes: SessionScenes) -> ReportData:
    """Metrics and trends from the same cards the maps show (face-down ones only if asked for)."""
    shown = scenes.include_face_down
    data = load_session(db, scenes.doc.session_id, include_hidden=shown)
    metrics = session_metrics(data)
    series_id = scenes.session.get("series_id")
    trends = series_trends(db, series_id, include_hidden=shown) if series_id else None
    charts = [kinds_chart(metrics)] + (trend_charts(trends, data.id) if trends else [])
    return ReportData(summarise(scenes.doc, scenes.face_down_left_out), data, metrics, trends, charts)


def export_report_html(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
                       include_face_down: bool = False, **_: Any) -> list[Path]:
    with session_scenes(db, session_id, canvas_id, include_face_down) as scenes:
        write_text(out, report_page(scenes, gather(db, scenes)))
    return [Path(out)]


def export_report_pdf(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
                      include_face_down: bool = False, **_: Any) -> list[Path]:
    with session_scenes(db, session_id, canvas_id, include_face_down) as scenes:
        report = gather(db, scenes)
        title = scenes.session.get("title", "")
        with atomic_file(out) as device:
            book = PdfBook(device, fill(translate("Export", "%1 — report"), title))
            try:
                book.text_pages(pdf_front(report))
                for drawn in scenes.canvases:
                    book.map_page(drawn, f"{title} — {drawn.canvas.name}", session_line(scenes.session))
                images = {f"chart-{i}.png": QImage.fromData(c.png) for i, c in enumerate(report.charts)}
                book.text_pages(pdf_back(report), images)
                book.finish()
            except BaseException:
                book.abandon()
                raise
    return [Path(out)]


# -- the parts --------------------------------------------------------------------------

def percent(value: float) -> str:
    return f"{value * 100:.0f} %"


def metric_rows(report: ReportData) -> list[tuple[str, str]]:
    """(what, value) pairs: the headline numbers, then the lists, as plain text."""
    m, data = report.metrics, report.data
    text = lambda card_id: data.cards[card_id].text if card_id in data.cards else card_id  # noqa: E731
    no_role = translate("Export", "no role")
    rows = [
        (translate("Export", "Cards"), str(m.cards)), (translate("Export", "Participants"), str(m.participants)),
        (translate("Export", "Roles"), str(m.roles)),
        (translate("Export", "Links"), str(m.links)), (translate("Export", "Votes"), str(m.votes)),
        (translate("Export", "Cross-role link share"), percent(m.cross_role_link_share)),
        (translate("Export", "Role graph density"), f"{m.role_graph_density:.2f}"),
        (translate("Export", "Participation imbalance (Gini, 0 = even)"), f"{m.gini_participation:.2f}"),
        (translate("Export", "Cards per role"),
         ", ".join(f"{r or no_role}: {n}" for r, n in m.cards_per_role.items()) or "—"),
        (translate("Export", "Brokers (betweenness)"), ", ".join(f"{r} {v:.2f}" for r, v in m.brokers) or "—"),
        (translate("Export", "Roles linked to no other role"), ", ".join(m.isolated_roles) or "—"),
        (translate("Export", "Activities linked to nothing"),
         "; ".join(text(i) for i in m.isolated_activities) or "—"),
        (translate("Export", "Resources only one role holds"), "; ".join(
            f"{h.text} ({h.role or ', '.join(h.people)})" for h in m.single_holder_resources) or "—"),
        (translate("Export", "Knowledge types (ASHEN)"),
         ", ".join(f"{word(k)}: {n}" for k, n in m.ashen_mix.items() if n) or "—"),
        (translate("Export", "Top tags"), ", ".join(f"#{t} ({n})" for t, n in m.top_tags) or "—"),
    ]
    return rows


def metrics_table(report: ReportData, css: bool) -> str:
    attrs = "" if css else ' cellspacing="0" cellpadding="4" width="100%"'
    cell = ' class="num"' if css else ""
    body = "".join(f"<tr><td>{esc(what)}</td><td{cell}>{esc(value)}</td></tr>"
                   for what, value in metric_rows(report))
    return f"<table{attrs}><tbody>{body}</tbody></table>"


def changes_since(report: ReportData) -> str:
    """What changed since the previous session of the series, in one paragraph."""
    if report.trends is None:
        return ""
    step = next((s for s in report.trends.steps if s.b == report.data.id), None)
    if step is None:
        return ""
    parts = [fill(translate("Export", "%1 recurring, %2 new and %3 vanished activities"),
                       len(step.recurring), len(step.new), len(step.vanished))]
    if step.new_themes:
        parts.append(fill(translate("Export", "new themes: %1"), ", ".join(f"#{t}" for t in step.new_themes)))
    if step.vanished_themes:
        parts.append(fill(translate("Export", "themes gone: %1"), ", ".join(f"#{t}" for t in step.vanished_themes)))
    since = translate("Export", "Since the previous session:")
    return f"<p><b>{since}</b> {esc('; '.join(parts))}.</p>"


def trends_note(report: ReportData) -> str:
    if report.trends is None:
        alone = translate("Export", "This session belongs to no series, so there are no trends to show.")
        return f"<p><i>{alone}</i></p>"
    if len(report.trends.sessions) < 2:
        later = translate("Export", "Trends appear once the series has two or more sessions.")
        return f"<p><i>{later}</i></p>"
    across = fill(translate("Export", "Across the %1 sessions of the series; this session is shaded."),
                       len(report.trends.sessions))
    return f"<p>{across}</p>"


def report_page(scenes: SessionScenes, report: ReportData) -> str:
    charts = report.charts
    w = headings()
    chart_html = lambda c: f'<div class="chart">{inline_svg(c.svg, c.title)}</div>'  # noqa: E731
    body = (
        f"<header>{heading(report.summary)}"
        f'<nav><a href="#maps">{w["maps"]}</a><a href="#participants">{w["participants"]}</a>'
        f'<a href="#metrics">{w["metrics"]}</a><a href="#trends">{w["trends"]}</a>'
        f'<a href="#reflections">{w["reflections"]}</a></nav></header><main>'
        f'<h2 id="maps">{w["maps"]}</h2>{maps(scenes)}'
        f'<h2 id="participants">{w["participants"]}</h2>{participants(report.summary)}'
        f'<h2 id="metrics">{w["metrics"]}</h2>{metrics_table(report, css=True)}{chart_html(charts[0])}'
        f'<h3>{w["top"]}</h3>{top_voted_list(report.summary)}'
        f'<h2 id="trends">{w["trends"]}</h2>{trends_note(report)}{changes_since(report)}'
        f'{"".join(chart_html(c) for c in charts[1:])}'
        f'<h2 id="reflections">{w["reflections"]}</h2>{reflections_list(report.summary)}</main>'
    )
    title = scenes.session.get("title") or translate("Export", "Session")
    return page(fill(translate("Export", "%1 — report"), title), body)


def pdf_front(report: ReportData) -> str:
    session = report.summary.session
    purpose = f"<p><i>{esc(session.get('purpose'))}</i></p>" if session.get("purpose") else ""
    w = headings()
    title = fill(translate("Export", "%1 — report"), esc(session.get("title", "")))
    return (f"<h1>{title}</h1><p>{esc(session_line(session))}</p>{purpose}"
            f"<p>{counts_line(report.summary)}</p><h2>{w['participants']}</h2>{participants_table(report.summary)}"
            f"<h2>{w['metrics']}</h2>{metrics_table(report, css=False)}"
            f"<h2>{w['top']}</h2>{top_voted_list(report.summary)}")


def pdf_back(report: ReportData) -> str:
    images = "".join(f'<p><img src="chart-{i}.png" width="720"></p>' for i in range(len(report.charts)))
    w = headings()
    return (f"<h2>{w['charts']}</h2>{trends_note(report)}{changes_since(report)}{images}"
            f"<h2>{w['reflections']}</h2>{reflections_list(report.summary)}")
