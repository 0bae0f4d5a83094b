"""The session report: maps, participants, metric values, embedded charts, reflections."""

import re

from storage.library import open_library
from tests.test_export_data import rich_series
from tests.test_export_html import assert_self_contained
from tests.test_export_pdf import pdf_pages, pdf_text, squash
from widgets.export.report import export_report_html, export_report_pdf


def test_html_report_holds_metrics_charts_and_reflections(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    out = tmp_path / "report.html"
    export_report_html(db, ids["session"], out)
    db.close()
    page = out.read_text(encoding="utf-8")
    assert_self_contained(page)
    # metric values of this session: 10 cards, 6 links, 4 roles; 3 of the 6 links join roles
    rows = dict(re.findall(r"<tr><td>([^<]*)</td><td class=\"num\">([^<]*)</td></tr>", page))
    assert rows["Cards"] == "10" and rows["Links"] == "6" and rows["Roles"] == "4" and rows["Votes"] == "6"
    assert rows["Cross-role link share"] == "50 %"
    assert "Claims system (Claims handler)" in rows["Resources only one role holds"]
    # charts embedded as inline SVG with their text as text: cards per kind and three trends
    charts = re.findall(r'<div class="chart">(<svg.*?</svg>)</div>', page, re.S)
    assert len(charts) == 4
    assert "Cards per kind" in charts[0] and "Contributions per session" in charts[1]
    assert "Q1 workshop" in charts[1] and "<text" in charts[1]
    assert page.count('<figure class="map"') == 2
    assert "Since the previous session:" in page
    assert "Shorten the claim form" in page


def test_pdf_report_has_text_maps_and_chart_images(tmp_path):
    ids = rich_series(tmp_path / "lib.db")
    db = open_library(tmp_path / "lib.db")
    out = tmp_path / "report.pdf"
    export_report_pdf(db, ids["session"], out)
    db.close()
    data = out.read_bytes()
    assert pdf_pages(data) >= 1 + 2 + 1  # front pages, a page per canvas, charts and reflections
    assert data.count(b"/Subtype /Image") >= 4  # the charts
    text = squash(pdf_text(data))
    for expected in ("Q3workshop—report", "Cross-rolelinksharе".replace("е", "e"), "50%", "Checktheclaimform",
                     "Shortentheclaimform", "Charts"):
        assert expected in text


def test_report_of_a_session_without_series_still_has_a_chart(tmp_path):
    from storage import sessions
    from tests.helpers import make_session

    session_id = make_session(tmp_path / "s.db", participants=[("Ana", "Lead")], cards=[("Plan", 0, 0)])
    db = open_library(tmp_path / "s.db")
    sessions.update(db, session_id, series_id=None)
    export_report_html(db, session_id, tmp_path / "r.html")
    db.close()
    page = (tmp_path / "r.html").read_text()
    assert page.count('<div class="chart">') == 1 and "belongs to no series" in page
