"""The drawn formats in the export registry (app/io/registry.py).

Registered as "module:function" strings, so importing this module pulls in no Qt:
the command line loads the drawing code only when one of these formats is asked for."""

from __future__ import annotations

from app.io.registry import QT_TRANSLATE_NOOP

DRAWN_FORMATS = [  # name, "module:function", suffix, menu label
    ("png", "widgets.export.files:export_png", ".png", QT_TRANSLATE_NOOP("ExportFormats", "Image (PNG)…")),
    ("svg", "widgets.export.files:export_svg", ".svg", QT_TRANSLATE_NOOP("ExportFormats", "Vector Image (SVG)…")),
    ("pdf", "widgets.export.files:export_pdf", ".pdf", QT_TRANSLATE_NOOP("ExportFormats", "PDF (Maps and Summary)…")),
    ("html", "widgets.export.html:export_html", ".html",
     QT_TRANSLATE_NOOP("ExportFormats", "Offline Web Page (HTML)…")),
    ("report-html", "widgets.export.report:export_report_html", ".html",
     QT_TRANSLATE_NOOP("ExportFormats", "Session Report (HTML)…")),
    ("report-pdf", "widgets.export.report:export_report_pdf", ".pdf",
     QT_TRANSLATE_NOOP("ExportFormats", "Session Report (PDF)…")),
    ("roles-html", "widgets.export.roles:export_roles_html", ".html",
     QT_TRANSLATE_NOOP("ExportFormats", "Role Profiles (HTML)…")),
    ("roles-pdf", "widgets.export.roles:export_roles_pdf", ".pdf",
     QT_TRANSLATE_NOOP("ExportFormats", "Role Cards, One Role per Page (PDF)…")),
]
# Formats that draw one canvas when asked to (the others always cover the whole session).
CANVAS_FORMATS = {"png", "svg", "pdf"}


def register_drawn_formats() -> None:
    from app.io.registry import register

    for name, writer, suffix, label in DRAWN_FORMATS:
        register(name, writer, suffix, label)
