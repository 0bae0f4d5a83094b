"""Role profiles out of the window: one self-contained offline HTML page with every
role of a session (or one), and a PDF of "role cards", one role per page, a sheet
a team lead can hand out. Both draw app/io/role_outline.py, as the window's view
does; every participant's word is escaped; the PDF keeps its text as text.

Registered as drawn formats (widgets/export/formats.py): ``meshwork export
--format roles-html`` / ``roles-pdf``, and File > Export Session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QPageLayout
from sqlite_utils import Database

from app.analysis.loading import normalise_role
from app.analysis.role_watch import RoleWatch
from app.analysis.roles import UnknownRole, find_role
from app.io.role_outline import Line, Section, empty_text, no_roles_text, outline
from widgets.export.page import page
from widgets.export.pdf import PdfBook
from widgets.export.render import ExportError, atomic_file, ensure_app, write_text
from widgets.export.summary import esc, session_line
from widgets.export.words import fill, translate

ROLE_STYLE = """
section.role { margin-bottom: 48px; }
section.role h2 { font-size: 24px; }
ul.lines { padding-left: 20px; }
ul.lines li { margin: 4px 0; }
ul.lines .meta { display: block; }
"""


def _roles(db: Database, session_id: str, role: str | None, include_face_down: bool):
    """The session's watch and the outlines of its roles (or of ``role`` alone)."""
    try:
        watch = RoleWatch(db, session_id, include_hidden=include_face_down)
    except ValueError as exc:
        raise ExportError(fill(translate("Export", "No session %1 in this library."), repr(session_id))) from exc
    names = watch.roles()
    if role is not None:
        try:
            key = find_role(watch.data, role)
        except UnknownRole as exc:
            raise ExportError(exc.said()) from exc
        names = [n for n in names if normalise_role(n) == key]
    return watch, [(name, outline(*watch.profile(name))) for name in names]


def _heading(watch: RoleWatch) -> str:
    return fill(translate("Export", "Role profiles: %1"), watch.data.title)


# -- the offline page -----------------------------------------------------------------

def export_roles_html(db: Database, session_id: str, out: Path, role: str | None = None,
                      include_face_down: bool = False, **_: Any) -> list[Path]:
    watch, roles = _roles(db, session_id, role, include_face_down)
    write_text(out, roles_page(watch, roles))
    return [Path(out)]


def roles_page(watch: RoleWatch, roles: list[tuple[str, list[Section]]]) -> str:
    nav = "".join(f'<a href="#role-{i + 1}">{esc(name)}</a>' for i, (name, _s) in enumerate(roles))
    body = [f"<header><h1>{esc(_heading(watch))}</h1>",
            f'<p class="muted">{esc(session_line(watch.data.session))}</p>',
            f"<nav>{nav}</nav></header><main>"]
    if not roles:
        body.append(f"<p><i>{esc(no_roles_text())}</i></p>")
    for i, (name, sections) in enumerate(roles):
        body.append(f'<section class="role" id="role-{i + 1}"><h2>{esc(name)}</h2>')
        for section in sections:
            body.append(f"<h3>{esc(section.title)}</h3>")
            body.append(_html_lines(section.lines) if section.lines
                        else f'<p class="muted">{esc(empty_text(section))}</p>')
        body.append("</section>")
    body.append("</main>")
    return page(_heading(watch), "".join(body)).replace("</style>", ROLE_STYLE + "</style>", 1)


def _html_lines(lines: list[Line] | tuple[Line, ...]) -> str:
    items = []
    for line in lines:
        detail = f'<span class="meta">{esc(line.detail)}</span>' if line.detail else ""
        children = _html_lines(line.children) if line.children else ""
        items.append(f'<li><span class="card-text">{esc(line.text)}</span>{detail}{children}</li>')
    return f'<ul class="lines">{"".join(items)}</ul>'


# -- the role cards -------------------------------------------------------------------

def export_roles_pdf(db: Database, session_id: str, out: Path, role: str | None = None,
                     include_face_down: bool = False, **_: Any) -> list[Path]:
    """One portrait A4 page per role (set smaller when a role has a lot to say)."""
    ensure_app()
    watch, roles = _roles(db, session_id, role, include_face_down)
    with atomic_file(out) as device:
        book = PdfBook(device, _heading(watch), QPageLayout.Orientation.Portrait)
        try:
            if not roles:
                book.fitted_page(f"<h1>{esc(_heading(watch))}</h1><p>{esc(no_roles_text())}</p>")
            for name, sections in roles:
                book.fitted_page(role_card(watch, name, sections))
            book.finish()
        except BaseException:
            book.abandon()
            raise
    return [Path(out)]


def role_card(watch: RoleWatch, name: str, sections: list[Section]) -> str:
    """One role as HTML for QTextDocument (its subset of HTML: simple tags, a table),
    the sections in two columns so that most roles fit one sheet at a readable size."""
    blocks = []
    for section in sections:
        body = (_card_lines(section.lines) if section.lines
                else f'<p style="color:#57606A">{esc(empty_text(section))}</p>')
        blocks.append((_weight(section.lines) + 2,
                       f'<h3 style="margin-top:8px; margin-bottom:2px">{esc(section.title)}</h3>{body}'))
    half, total, split = sum(w for w, _b in blocks) / 2, 0, len(blocks)
    for index, (weight, _block) in enumerate(blocks):  # keep reading order: left column first
        if total + weight / 2 > half:
            split = index
            break
        total += weight
    left = "".join(b for _w, b in blocks[:split])
    right = "".join(b for _w, b in blocks[split:])
    return (f'<h1 style="margin-bottom:0">{esc(name)}</h1>'
            f'<p style="color:#57606A">{esc(watch.data.title)} · {esc(session_line(watch.data.session))}</p>'
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="50%" valign="top" style="padding-right:12px">{left}</td>'
            f'<td width="50%" valign="top" style="padding-left:12px">{right}</td></tr></table>')


def _weight(lines) -> int:
    return sum(1 + bool(line.detail) + _weight(line.children) for line in lines)


def _card_lines(lines: list[Line] | tuple[Line, ...]) -> str:
    items = []
    for line in lines:
        detail = f'<br><span style="color:#57606A; font-size:small">{esc(line.detail)}</span>' if line.detail else ""
        children = _card_lines(line.children) if line.children else ""
        items.append(f"<li>{esc(line.text)}{detail}{children}</li>")
    return f'<ul style="margin-top:0; margin-bottom:0">{"".join(items)}</ul>'
