"""Looking a library over without writing to it, and salvaging what is readable
from a damaged one into a new file.

``inspect`` gathers everything ``meshwork check`` reports; it opens the file with
``mode=ro`` (no journal-mode change, no checkpoint, no migration), so the file
it checks stays byte-identical. ``salvage`` never writes to the damaged file
either: it reads table by table, row by row where it must, into a fresh library.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from storage import backup, imports, migrations, rules
from storage.library import SQLITE_HEADER, LibraryError

# Parents before children, so a salvage copy can be filled in this order.
TABLES = ["series", "sessions", "participants", "canvases", "zones", "cards", "links", "tags",
          "card_tags", "votes", "reflections", "events"]

# Rows that point at something in another session (or canvas): SQLite's foreign
# keys cannot say this, the data model can. name -> (explanation, SQL counting them)
ORPHANS = {
    "links across canvases": (
        "links whose source or target card is on another canvas",
        """SELECT count(*) FROM links l
             JOIN cards s ON s.id = l.source_id JOIN cards t ON t.id = l.target_id
            WHERE s.canvas_id <> l.canvas_id OR t.canvas_id <> l.canvas_id""",
    ),
    "cards by outsiders": (
        "cards whose participant belongs to another session",
        """SELECT count(*) FROM cards c
             JOIN canvases v ON v.id = c.canvas_id JOIN participants p ON p.id = c.participant_id
            WHERE p.session_id <> v.session_id""",
    ),
    "cards in foreign zones": (
        "cards placed in a zone of another canvas",
        """SELECT count(*) FROM cards c JOIN zones z ON z.id = c.zone_id
            WHERE z.canvas_id <> c.canvas_id""",
    ),
    "votes by outsiders": (
        "votes by a participant of another session",
        """SELECT count(*) FROM votes o
             JOIN cards c ON c.id = o.card_id JOIN canvases v ON v.id = c.canvas_id
             JOIN participants p ON p.id = o.participant_id
            WHERE p.session_id <> v.session_id""",
    ),
    "reflections on foreign cards": (
        "reflections pointing at a card of another session",
        """SELECT count(*) FROM reflections r
             JOIN cards c ON c.id = r.card_id JOIN canvases v ON v.id = c.canvas_id
            WHERE v.session_id <> r.session_id""",
    ),
}


def in_order(tables) -> list[str]:
    """The library's tables, parents first; tables added by later steps after the known ones."""
    tables = {t for t in tables if not t.startswith(("_sqlite_", "sqlite_"))}
    return [t for t in TABLES if t in tables] + sorted(tables - set(TABLES))


@dataclass
class Report:
    path: Path
    readable: bool = True
    fatal: str = ""
    size: int = 0
    integrity: list[str] = field(default_factory=list)  # empty when SQLite says ok
    foreign_keys: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)
    unknown_steps: list[str] = field(default_factory=list)  # made by a newer Meshwork
    pending_steps: list[str] = field(default_factory=list)  # an older library, upgraded on open
    counts: dict[str, int] = field(default_factory=dict)
    orphans: dict[str, int] = field(default_factory=dict)
    broken_rows: list[rules.Problem] = field(default_factory=list)  # rows that break the row rules
    unfit_tables: list[str] = field(default_factory=list)  # a view or virtual table where a table belongs
    journal_mode: str = ""

    @property
    def healthy(self) -> bool:
        return (self.readable and not self.integrity and not self.foreign_keys
                and not self.unknown_steps and not any(self.orphans.values()) and not self.broken_rows
                and not self.unfit_tables)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write; text that is no longer valid UTF-8 (damage)
    comes back with replacement characters instead of stopping the read."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return conn


def inspect(path: Path | str) -> Report:
    """Everything ``meshwork check`` says about a library file; never writes to it."""
    path = Path(path)
    report = Report(path)
    if not path.is_file():
        report.readable, report.fatal = False, "no such file" if not path.exists() else "not a file"
        return report
    report.size = path.stat().st_size
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if not header:
        report.readable, report.fatal = False, "the file is empty (0 bytes)"
        return report
    if header != SQLITE_HEADER:
        report.readable, report.fatal = False, "not an SQLite database"
        return report
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        report.readable, report.fatal = False, f"cannot open: {exc}"
        return report
    try:
        _fill(conn, report)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged schema can be either
        report.readable, report.fatal = False, f"cannot read: {exc}"
    finally:
        conn.close()
    return report


def _fill(conn: sqlite3.Connection, report: Report) -> None:
    report.journal_mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    report.integrity = [r[0] for r in conn.execute("PRAGMA integrity_check(50)") if r[0] != "ok"]
    db = Database(conn, execute_plugins=False)
    tables = set(db.table_names())
    if "_sqlite_migrations" in tables:
        report.applied = migrations.applied_steps(db)
    known = migrations.known_steps()
    report.unknown_steps = [s for s in report.applied if s not in known]
    report.pending_steps = [s for s in known if s not in report.applied]
    if not report.applied and tables - {"_sqlite_migrations"}:
        report.readable, report.fatal = False, "an SQLite database, but not a Meshwork library"
        return
    for table in in_order(tables):
        report.counts[table] = conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    report.foreign_keys = [
        f"{row[0]} row {row[1]} points at a missing {row[2]} row"
        for row in conn.execute("PRAGMA foreign_key_check").fetchmany(50)
    ]
    if set(TABLES) <= tables:
        for name, (_, sql) in ORPHANS.items():
            report.orphans[name] = conn.execute(sql).fetchone()[0]
    report.unfit_tables = imports.not_plain_tables(db, rules.TABLES, missing_ok=True)
    plain = [t for t in rules.TABLES if t in tables and not imports.not_plain_tables(db, [t])]
    report.broken_rows = broken_rows(conn, plain)


def broken_rows(conn: sqlite3.Connection, tables: list[str]) -> list[rules.Problem]:
    """Every row of these (real) tables that breaks a row rule; text that is not
    UTF-8 is reported as such rather than patched up."""
    before = conn.text_factory
    conn.text_factory = rules.decode_text
    try:
        problems: list[rules.Problem] = []
        for table in tables:
            cursor = conn.execute(f"SELECT * FROM [{table}] ORDER BY rowid")
            names = [d[0] for d in cursor.description]
            for n, values in enumerate(cursor, 1):
                problems += rules.check_row(table, dict(zip(names, values, strict=True)), n)
        return problems
    finally:
        conn.text_factory = before


# -- salvage --------------------------------------------------------------------


@dataclass
class Salvage:
    path: Path
    copied: dict[str, int]
    lost: dict[str, str]  # table -> what went wrong reading it


def salvage(damaged: Path | str, target: Path | None = None) -> Salvage:
    """Copy every readable row of a damaged library into a new library file beside it.

    Reads through a read-only connection, table by table; where a table cannot be
    read straight through, it goes on by rowid past the damage. Rows that no longer
    fit (a card whose canvas was lost) are kept out, so the copy opens cleanly."""
    from storage.library import open_library

    damaged = Path(damaged)
    label = dt.datetime.now().strftime("salvaged %Y-%m-%d %H%M")
    target = target or backup.unused_name(damaged, label)
    try:
        source = open_read_only(damaged)
    except sqlite3.Error as exc:
        raise LibraryError(f"cannot read {damaged} at all: {exc}") from None
    out = open_library(target)
    copied: dict[str, int] = {}
    lost: dict[str, str] = {}
    try:
        out.execute("PRAGMA foreign_keys = OFF")
        out.execute("BEGIN IMMEDIATE")
        for table in in_order(out.table_names()):
            columns = [c.name for c in out[table].columns]
            got, problem = _read_table(source, table, columns)
            if problem:
                lost[table] = problem
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" for _ in columns)
            before = out.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            out.conn.executemany(f"INSERT OR IGNORE INTO [{table}] ({names}) VALUES ({marks})", got)
            copied[table] = out.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] - before
        _drop_dangling(out)
        out.execute("COMMIT")
        out.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        if out.conn.in_transaction:
            out.execute("ROLLBACK")
        out.close()
        source.close()
        target.unlink(missing_ok=True)
        raise
    out.close()
    source.close()
    return Salvage(target, copied, lost)


def _read_table(conn: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple], str]:
    try:
        have = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [], str(exc)
    if not have:
        return [], "table missing"
    select = ", ".join(f"[{c}]" if c in have else "NULL" for c in columns)
    rows: list[tuple] = []
    problem = ""
    last = None
    skips = 0
    while True:
        where = "" if last is None else f" WHERE rowid > {last}"
        try:
            cursor = conn.execute(f"SELECT rowid, {select} FROM [{table}]{where} ORDER BY rowid")
            for row in cursor:
                last = row[0]
                rows.append(row[1:])
            return rows, problem
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            problem = str(exc)
            skips += 1
            if skips > 50:
                return rows, problem
            last = (last or 0) + 1 + skips * 16  # step past the damaged stretch


def _drop_dangling(out: Database) -> None:
    """Rows whose parent was lost would break foreign keys; leave them out."""
    for _ in range(len(TABLES)):
        bad = out.execute("PRAGMA foreign_key_check").fetchall()
        if not bad:
            return
        for table, rowid, _parent, _fk in bad:
            out.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [rowid])

