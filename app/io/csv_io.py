"""Cards and links as CSV, and cards from a CSV made elsewhere.

Export writes two files beside each other: ``--out map.csv`` gives
``map-cards.csv`` and ``map-links.csv`` (UTF-8 with a byte-order mark, so
spreadsheet programs read the accents right). Tags are one cell, separated
by "; ".

Import reads a CSV of cards through a column mapping (which column holds the
text, kind, participant, role, tags and why; ``guess_mapping`` proposes one
from the header names) and makes a new session: one participant per name and
role, a swimlane per role, the cards laid out in their role's lane."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlite_utils import Database

from app.io import atomic
from app.io.common import MAX_IMPORT_BYTES, load
from app.io.errors import ImportRefused, line, problem
from app.io.session_json import read_bytes
from app.said import rule_problems
from app.vocabulary import CARD_KIND_LABELS, CARD_KINDS, CARD_SIZE, KIND_PREFIXES, PALETTE
from storage import imports, series
from storage.library import new_id, now, transaction

translate = QCoreApplication.translate  # names the import gives (then data) in the window's language

CARD_COLUMNS = ["id", "canvas", "text", "kind", "why", "knowledge_type", "participant", "role", "team", "zone",
                "tags", "votes", "x", "y", "hidden", "lineage_id", "created_at"]
LINK_COLUMNS = ["id", "canvas", "source_id", "source_text", "target_id", "target_text", "kind", "label"]
FIELDS = ["text", "kind", "participant", "role", "tags", "why"]  # what an imported column can mean
MAX_ROWS = 20_000
MAX_CELL = 100_000
TAG_SEPARATOR = "; "

# Header names (compared without case, spaces and punctuation) each field is guessed from.
_GUESSES = {
    "text": ["text", "card", "cardtext", "content", "note", "sticky", "activity", "title", "what", "description"],
    "kind": ["kind", "type", "cardkind", "category"],
    "participant": ["participant", "author", "person", "name", "who", "by", "owner"],
    "role": ["role", "jobrole", "job", "function", "position"],
    "tags": ["tags", "tag", "labels", "themes", "keywords"],
    "why": ["why", "purpose", "reason", "rationale"],
}


# -- export ---------------------------------------------------------------------------

def paths_for(out: Path) -> tuple[Path, Path]:
    """The cards file and the links file an export to ``out`` writes."""
    out = Path(out)
    stem = out.name[:-4] if out.name.lower().endswith(".csv") else out.name
    return out.with_name(f"{stem}-cards.csv"), out.with_name(f"{stem}-links.csv")


def export(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
           include_face_down: bool = False, **_options: Any) -> list[Path]:
    data = load(db, session_id, canvas_id, include_face_down)
    cards_path, links_path = paths_for(out)
    votes = data.votes()
    people = data.data.participants
    card_rows = []
    for card in data.data.cards.values():
        person = people.get(card.participant_id or "")
        card_rows.append([card.id, data.canvas_name(card.canvas_id), card.text, card.kind, card.why,
                          card.knowledge_type or "", data.author(card), data.role(card),
                          person.team if person else "", data.zone_label(card), TAG_SEPARATOR.join(card.tags),
                          votes.get(card.id, 0), _num(card.x), _num(card.y), card.hidden, card.lineage_id,
                          card.created_at])
    link_rows = [[lk.id, data.canvas_name(lk.canvas_id), lk.source_id, data.card_text(lk.source_id), lk.target_id,
                  data.card_text(lk.target_id), lk.kind, lk.label] for lk in data.data.links]
    _write(cards_path, CARD_COLUMNS, card_rows)
    _write(links_path, LINK_COLUMNS, link_rows)
    return [cards_path, links_path]


# What gets the shield: text a spreadsheet would run (= + - @, or a tab or carriage return
# first), and a writer's own apostrophes before such a sign (else "'=A1" comes back as "=A1").
_NEEDS_SHIELD = re.compile(r"'*[=+\-@\t\r]")


def _needs_shield(text: str) -> bool:
    return _NEEDS_SHIELD.match(text) is not None


def shield(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe
    (``unshield`` takes it off again on import, so a round trip keeps the text)."""
    if isinstance(value, str) and _needs_shield(value):
        return "'" + value
    return value


def unshield(value: str) -> str:
    """The text a cell shielded by ``shield`` stood for; any other text as it is."""
    return value[1:] if value.startswith("'") and _needs_shield(value[1:]) else value


def _num(value: float) -> str:
    return f"{value:g}"


def _write(path: Path, header: list[str], body: list[list[Any]]) -> None:
    with atomic.atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows([shield(v) for v in row] for row in body)


# -- import ---------------------------------------------------------------------------

@dataclass
class Table:
    path: Path
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)  # each as long as the header
    lines: list[int] = field(default_factory=list)  # the file line each row starts on


def read_table(path: Path, limit: int = MAX_IMPORT_BYTES) -> Table:
    """A CSV file's header and rows; ImportRefused names the line of a problem."""
    path = Path(path)
    text = decode_utf8(read_bytes(path, limit), path)
    if "\x00" in text:
        at = text.count("\n", 0, text.index("\x00")) + 1
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "holds a NUL byte: this is not a text CSV file")),
                            line(at))
    reader = csv.reader(io.StringIO(text, newline=""), dialect_of(text), strict=True)
    try:
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "has no header row naming its columns")),
                                    line(1))
        header = [h.strip() for h in header]
        table = Table(path, header)
        start = reader.line_num + 1
        for row in reader:
            if not any(cell.strip() for cell in row):
                start = reader.line_num + 1
                continue
            if len(row) > len(header):
                raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
                    "Import", "has {0} cells where the header names {1} columns"), len(row), len(header)), line(start))
            for n, cell in enumerate(row):
                if len(cell) > MAX_CELL:
                    raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
                        "Import", "a cell is longer than {0} characters"), MAX_CELL), line(start, header[n] or n + 1))
            table.rows.append(row + [""] * (len(header) - len(row)))
            table.lines.append(start)
            if len(table.rows) > MAX_ROWS:
                raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "has more than {0} cards"), MAX_ROWS),
                                    line(start))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "is not valid CSV ({0})"), exc),
                            line(reader.line_num)) from None
    return table


def decode_utf8(data: bytes, path: Path) -> str:
    """UTF-8 text (a byte-order mark is allowed); other bytes (a file saved as
    Latin-1 or Windows-1252) are refused with where the first bad one is."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
            "Import", "is not UTF-8 text (byte 0x{0:02x}): save it as UTF-8 (in Excel: Save As > CSV UTF-8) "
                      "and import it again"), data[exc.start]), line(at, column)) from None


DELIMITERS = ",;\t"


class _Excel(csv.excel):
    """Excel's way of quoting (quotes doubled inside quoted cells, line breaks
    allowed in them, no space skipped); only the delimiter varies."""

    delimiter = ","


def dialect_of(text: str) -> type[csv.Dialect]:
    """The excel dialect with the file's delimiter. csv.Sniffer guesses the rest
    from a sample and gets it wrong for Excel's own files (it turns quote doubling
    off when quoted cells hold line breaks), so only the delimiter is guessed: the
    candidate seen most in the header row (outside quotes); a header of one column
    needs none, and gets Excel's comma."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    delimiter = max(DELIMITERS, key=lambda d: counts[d])  # ties (and none at all) go to the comma
    return type("FileDialect", (_Excel,), {"delimiter": delimiter})


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def guess_mapping(header: list[str]) -> dict[str, str | None]:
    """For each field, the column that most likely holds it (None where none fits)."""
    keys = [_key(h) for h in header]
    mapping: dict[str, str | None] = {}
    taken: set[int] = set()
    for fname in FIELDS:
        found = None
        for guess in _GUESSES[fname]:
            for i, key in enumerate(keys):
                if i not in taken and key == guess:
                    found = i
                    break
            if found is not None:
                break
        if found is not None:
            taken.add(found)
        mapping[fname] = header[found] if found is not None else None
    return mapping


def kind_of(value: str) -> str | None:
    """A card kind from what a person or another tool wrote ('Pain point', 'why', ...)."""
    text = " ".join(value.strip().casefold().split())
    if not text:
        return "activity"
    if text in CARD_KINDS:
        return text
    for kind, label in CARD_KIND_LABELS.items():
        if text == label.casefold() or text == kind.replace(" ", ""):
            return kind
    return KIND_PREFIXES.get(text.rstrip(":"))


def split_tags(value: str) -> list[str]:
    return list(dict.fromkeys(t.strip().lstrip("#").strip() for t in re.split(r"[;,]", value) if t.strip(" #")))


def to_dump(table: Table, mapping: dict[str, str | None], title: str, series_id: str | None = None,
            date: str | None = None) -> dict[str, Any]:
    """The cards as a new session's rows (shaped like snapshot.dump_session's)."""
    path = table.path
    if not mapping.get("text"):
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "no column is chosen for the card text")))
    index: dict[str, int] = {}
    for fname, column in mapping.items():
        if column:
            if column not in table.header:
                raise ImportRefused(path, problem(QT_TRANSLATE_NOOP(
                    "Import", "has no column named {0!r} (chosen for {1})"), column, fname), line(1))
            index[fname] = table.header.index(column)
    stamp = now()
    session_id, canvas_id = new_id(), new_id()
    session = {"id": session_id, "series_id": series_id, "title": title, "date": date or dt.date.today().isoformat(),
               "method": "free", "created_at": stamp, "updated_at": stamp}
    people: dict[tuple[str, str], dict[str, Any]] = {}
    lanes: dict[str, dict[str, Any]] = {}
    cards, card_tags, tag_rows = [], [], {}
    per_lane: dict[str, int] = {}

    def cell(row: list[str], fname: str) -> str:
        return unshield(row[index[fname]].strip()) if fname in index else ""

    for row, at in zip(table.rows, table.lines, strict=True):
        text = cell(row, "text")
        if not text:
            continue  # a row without text is not a card (blank lines, sub-totals)
        kind = kind_of(cell(row, "kind"))
        if kind is None:
            raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "unknown card kind {0!r} (known: {1})"),
                                              cell(row, "kind"), ", ".join(CARD_KINDS)), line(at, mapping["kind"]))
        name, role = cell(row, "participant"), cell(row, "role")
        person = None
        if name:
            person = people.setdefault((name, role), {
                "id": new_id(), "session_id": session_id, "name": name, "role": role,
                "colour": PALETTE[len(people) % len(PALETTE)], "position": len(people), "created_at": stamp})
        lane_key = role.casefold()
        if lane_key not in lanes:
            lanes[lane_key] = {"id": new_id(), "canvas_id": canvas_id, "label": role or translate("Import", "Cards"),
                               "role": role or None,
                               "x": 0.0, "y": 0.0, "colour": "#EEEEEE", "created_at": stamp}
        n = per_lane.get(lane_key, 0)
        per_lane[lane_key] = n + 1
        card_id = new_id()
        cards.append({"id": card_id, "canvas_id": canvas_id, "participant_id": person["id"] if person else None,
                      "zone_id": lanes[lane_key]["id"], "kind": kind, "text": text, "why": cell(row, "why"),
                      "x": 0.0, "y": 0.0, "width": CARD_SIZE[0], "height": CARD_SIZE[1], "lineage_id": card_id,
                      "created_at": stamp, "updated_at": stamp, "_lane": lane_key, "_n": n})
        for tag in split_tags(cell(row, "tags")):
            tag_row = tag_rows.setdefault(tag.casefold(), {"id": new_id(), "name": tag, "created_at": stamp})
            card_tags.append({"card_id": card_id, "tag_id": tag_row["id"]})
    if not cards:
        raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "has no rows with card text in column {0!r}"),
                                          mapping["text"]))
    _lay_out(lanes, cards)
    return {"session": session, "participants": list(people.values()),
            "canvases": [{"id": canvas_id, "session_id": session_id, "name": translate("Import", "Imported cards"),
                          "position": 0, "created_at": stamp}],
            "zones": list(lanes.values()), "cards": cards, "card_tags": card_tags, "links": [], "votes": [],
            "reflections": [], "agenda_steps": [], "events": [], "tags": list(tag_rows.values())}


def _lay_out(lanes: dict[str, dict[str, Any]], cards: list[dict[str, Any]], per_row: int = 6) -> None:
    """One swimlane per role, top to bottom; cards in rows of ``per_row`` inside it."""
    gap, pad = 20.0, 40.0
    w, h = CARD_SIZE
    y = 0.0
    counts: dict[str, int] = {}
    for card in cards:
        counts[card["_lane"]] = counts.get(card["_lane"], 0) + 1
    for key, lane in lanes.items():
        rows_here = (counts.get(key, 0) + per_row - 1) // per_row
        lane.update(x=0.0, y=y, width=pad + per_row * (w + gap), height=pad + rows_here * (h + gap))
        for card in cards:
            if card["_lane"] == key:
                n = card["_n"]
                card["x"] = pad / 2 + (n % per_row) * (w + gap)
                card["y"] = y + pad / 2 + (n // per_row) * (h + gap)
        y += lane["height"] + gap
    for card in cards:
        del card["_lane"], card["_n"]


def import_table(db: Database, table: Table, mapping: dict[str, str | None], title: str | None = None,
                 series_id: str | None = None) -> str:
    """A new session with the table's cards, in one transaction; its id."""
    if series_id is not None and series.get(db, series_id) is None:
        raise ImportRefused(table.path, problem(QT_TRANSLATE_NOOP("Import", "there is no series {0!r} in this library"),
                                                series_id))
    dump = to_dump(table, mapping, title or translate("Import", "Imported from {0}").format(table.path.name), series_id)
    from storage import rules  # the row rules every way in checks (#14); imported here to keep this edit small

    problems = rules.check_dump(dump)
    if problems:
        raise ImportRefused(table.path, rule_problems(problems))  # the row rules' words, said in the reader's language
    with transaction(db):
        imports.add_session(db, dump)
    return dump["session"]["id"]


def import_file(db: Database, path: Path, mapping: dict[str, str | None] | None = None, **kwargs: Any) -> str:
    """Import with the given mapping, or the one guessed from the header names."""
    table = read_table(Path(path))
    return import_table(db, table, mapping or guess_mapping(table.header), **kwargs)
