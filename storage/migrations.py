"""Numbered schema steps, each applied in one transaction with its record.

We use sqlite-utils' named ``Migrations`` rather than a ``PRAGMA user_version``
cascade: the applied steps are a plain table (``_sqlite_migrations``) that
sqlite-utils and Datasette users can read, each step is recorded with its time,
and a library made by a newer Meshwork shows up as a step name we do not know.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from storage.errors import LibraryError

MIGRATION_SET = "meshwork"
migrations = Migrations(MIGRATION_SET)


def known_steps() -> list[str]:
    return [m.name for m in migrations._migrations]


def applied_steps(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def refuse_unknown(db: Database, path: Path | str) -> None:
    """Raise LibraryError for a library this version must not touch."""

    tables = set(db.table_names())
    if not tables:
        return
    applied = applied_steps(db) if "_sqlite_migrations" in tables else []
    if not applied and tables - {"_sqlite_migrations"}:
        raise LibraryError(f"{path} is an SQLite database but not a Meshwork library")
    unknown = [name for name in applied if name not in known_steps()]
    if unknown:
        raise LibraryError(
            f"{path} was made by a newer version of Meshwork (schema step "
            f"{unknown[0]!r} is unknown here); update Meshwork to open it"
        )


def pending_steps(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def migrate(db: Database, before: Callable[[list[str]], None] | None = None) -> list[str]:
    """Apply pending steps; return the names applied now. ``before`` is called
    with the pending names first (the library backs itself up there); if it
    raises, nothing is applied."""
    pending = pending_steps(db)
    if pending:
        if before is not None:
            before(pending)
        migrations.apply(db)
    return pending


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    """Every entity of the design's vocabulary. Ids are UUID text, times UTC ISO-8601."""
    db["series"].create(
        {"id": str, "name": str, "description": str, "created_at": str},
        pk="id",
        not_null={"name", "created_at"},
        defaults={"description": ""},
    )
    db.execute(
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            series_id TEXT REFERENCES series(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            date TEXT NOT NULL,
            facilitator TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL DEFAULT 'free',
            continued_from TEXT REFERENCES sessions(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT '#E69F00',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE canvases (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE zones (
            id TEXT PRIMARY KEY,
            canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
            label TEXT NOT NULL DEFAULT '',
            role TEXT,
            x REAL NOT NULL DEFAULT 0, y REAL NOT NULL DEFAULT 0,
            width REAL NOT NULL DEFAULT 400, height REAL NOT NULL DEFAULT 300,
            colour TEXT NOT NULL DEFAULT '#DDDDDD',
            outline TEXT,
            created_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE cards (
            id TEXT PRIMARY KEY,
            canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
            participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
            zone_id TEXT REFERENCES zones(id) ON DELETE SET NULL,
            kind TEXT NOT NULL DEFAULT 'activity',
            text TEXT NOT NULL DEFAULT '',
            why TEXT NOT NULL DEFAULT '',
            knowledge_type TEXT,
            x REAL NOT NULL DEFAULT 0, y REAL NOT NULL DEFAULT 0,
            width REAL NOT NULL DEFAULT 200, height REAL NOT NULL DEFAULT 120,
            lineage_id TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE links (
            id TEXT PRIMARY KEY,
            canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
            source_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            target_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'hand-off',
            label TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (source_id <> target_id))"""
    )
    db.execute(
        """CREATE TABLE tags (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE card_tags (
            card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (card_id, tag_id))"""
    )
    db.execute(
        """CREATE TABLE votes (
            id TEXT PRIMARY KEY,
            card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE reflections (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'insight'
                CHECK (kind IN ('insight', 'decision', 'action')),
            text TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            card_id TEXT REFERENCES cards(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE events (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            payload TEXT NOT NULL DEFAULT '{}')"""
    )
    for table, cols in [
        ("sessions", ["series_id"]),
        ("participants", ["session_id"]),
        ("canvases", ["session_id"]),
        ("zones", ["canvas_id"]),
        ("cards", ["canvas_id"]),
        ("cards", ["participant_id"]),
        ("cards", ["zone_id"]),
        ("cards", ["lineage_id"]),
        ("links", ["canvas_id"]),
        ("links", ["source_id"]),
        ("links", ["target_id"]),
        ("card_tags", ["tag_id"]),
        ("votes", ["card_id"]),
        ("votes", ["participant_id"]),
        ("reflections", ["session_id"]),
        ("events", ["session_id", "seq"]),
    ]:
        db[table].create_index(cols)


@migrations(name="0002_sessions_updated_index")
def _sessions_updated(db: Database) -> None:
    """Reopening a library finds its most recently edited session by this index."""
    db["sessions"].create_index(["updated_at"])


@migrations(name="0003_matches")
def _matches(db: Database) -> None:
    """The user's choices between cards of two sessions: a pair confirmed as the same
    card, or a pair broken apart. Automatic matches are computed, never stored."""
    db.execute(
        """CREATE TABLE matches (
            id TEXT PRIMARY KEY,
            card_a TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            card_b TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('confirmed', 'broken')),
            created_at TEXT NOT NULL,
            CHECK (card_a <> card_b),
            UNIQUE (card_a, card_b))"""
    )
    db["matches"].create_index(["card_b"])


@migrations(name="0004_facilitation")
def _facilitation(db: Database) -> None:
    """The agenda a facilitator runs, and how many dots each participant may place."""
    db.execute(
        """CREATE TABLE agenda_steps (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            prompt TEXT NOT NULL DEFAULT '',
            duration_s INTEGER NOT NULL DEFAULT 600 CHECK (duration_s >= 0),
            canvas_id TEXT REFERENCES canvases(id) ON DELETE SET NULL,
            silent INTEGER NOT NULL DEFAULT 0,
            voting INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'running', 'paused', 'done', 'skipped')),
            elapsed_s REAL NOT NULL DEFAULT 0,
            started_at TEXT,
            created_at TEXT NOT NULL)"""
    )
    db["agenda_steps"].create_index(["session_id", "position"])
    db.execute("ALTER TABLE sessions ADD COLUMN dots_per_participant INTEGER NOT NULL DEFAULT 3")


@migrations(name="0005_reflection_done")
def _reflection_done(db: Database) -> None:
    """When an action was marked done (UTC ISO-8601); NULL while it is open, so
    Continue Session reviews only what is still open."""
    db.execute("ALTER TABLE reflections ADD COLUMN done_at TEXT")
