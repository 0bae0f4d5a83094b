"""Cards, links, participants, votes and reflections as sheets of one workbook
(openpyxl, imported only when this export runs).

Any text a card can hold gets out: characters a worksheet (XML 1.0) cannot hold
are written visibly instead of stopping the export. A control character shows
as its Unicode control picture (NUL as ␀, ESC as ␛); U+FFFE, U+FFFF and a lone
surrogate show as the replacement character �. Tab and line feed stay as they
are; a carriage return is read back as a line break, as XML reads every line end."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.io import atomic
from app.io.common import ExportData, load

# What a worksheet cannot hold: C0 controls but tab, LF and CR (each shown as
# U+2400 + its code), U+FFFE, U+FFFF and lone surrogates (each shown as U+FFFD).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _picture(found: re.Match) -> str:
    code = ord(found.group())
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"


SHEETS = ["Session", "Cards", "Links", "Participants", "Votes", "Reflections", "Agenda"]


def tables(data: ExportData) -> dict[str, list[list[Any]]]:
    """Each sheet's rows, the header first."""
    s = data.session
    people = data.data.participants
    votes = data.votes()
    person = lambda pid: people[pid].name if pid in people else ""  # noqa: E731
    return {
        "Session": [["Field", "Value"], ["Title", s["title"]], ["Date", s["date"]],
                    ["Series", (data.series or {}).get("name", "")], ["Facilitator", s.get("facilitator", "")],
                    ["Purpose", s.get("purpose", "")], ["Method", s.get("method", "")], ["Id", s["id"]]],
        "Cards": [["Id", "Canvas", "Text", "Kind", "Why", "Knowledge type", "Participant", "Role", "Zone", "Tags",
                   "Votes", "X", "Y", "Hidden", "Lineage"]]
        + [[c.id, data.canvas_name(c.canvas_id), c.text, c.kind, c.why, c.knowledge_type or "", data.author(c),
            data.role(c), data.zone_label(c), "; ".join(c.tags), votes.get(c.id, 0), c.x, c.y, bool(c.hidden),
            c.lineage_id] for c in data.data.cards.values()],
        "Links": [["Id", "Canvas", "From", "To", "Kind", "Label", "From id", "To id"]]
        + [[lk.id, data.canvas_name(lk.canvas_id), data.card_text(lk.source_id), data.card_text(lk.target_id),
            lk.kind, lk.label, lk.source_id, lk.target_id] for lk in data.data.links],
        "Participants": [["Id", "Name", "Role", "Team", "Colour", "Cards"]]
        + [[p.id, p.name, p.role, p.team, p.colour,
            sum(1 for c in data.data.cards.values() if c.participant_id == p.id)]
           for p in sorted(people.values(), key=lambda p: p.position)],
        "Votes": [["Card", "Participant", "Card id", "At"]]
        + [[data.card_text(v.card_id), person(v.participant_id), v.card_id, v.created_at] for v in data.data.votes],
        "Reflections": [["Kind", "Text", "Owner", "Due", "Card"]]
        + [[r.kind, r.text, r.owner, r.due_date or "", data.card_text(r.card_id or "")] for r in data.reflections],
        "Agenda": [["Step", "Title", "Minutes", "Status", "Prompt"]]
        + [[n, a.title, round(a.duration_s / 60, 1), a.status, a.prompt] for n, a in enumerate(data.agenda, 1)],
    }


def visible(text: str) -> str:
    """Text a worksheet can hold, every character still to be seen (see the module's note)."""
    return _NOT_XML.sub(_picture, text)


def export(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
           include_face_down: bool = False, **_options: Any) -> list[Path]:
    # Write-only mode streams each row to the file as it comes: no cell objects kept,
    # no sheet scans. So widths, frozen header and filter are set before the rows.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, rows in tables(load(db, session_id, canvas_id, include_face_down)).items():
        sheet = book.create_sheet(name)
        rows = [[visible(v) if isinstance(v, str) else v for v in row] for row in rows]
        for i, column in enumerate(zip(*rows, strict=False), 1):
            width = max(len(str(v)) for v in column)
            sheet.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
        sheet.freeze_panes = "A2"
        if len(rows) > 1:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(rows[0]))}{len(rows)}"
        for r, values in enumerate(rows):
            sheet.append([_cell(sheet, v, bold if r == 0 else None, WriteOnlyCell) for v in values])
    with atomic.atomic_write(out, "wb") as fh:
        book.save(fh)
    return [Path(out)]


def _cell(sheet, value: Any, font, make) -> Any:
    """The value as it is, or a cell when it needs more: the header's bold font, or text
    that starts with "=" (text here, never a formula)."""
    formula_like = isinstance(value, str) and value.startswith("=")
    if font is None and not formula_like:
        return value
    cell = make(sheet, value)
    if font is not None:
        cell.font = font
    if formula_like:
        cell.data_type = "s"
    return cell
