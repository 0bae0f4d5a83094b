"""edit_commit_ms: one card move through the Editor, committed with its event row,
against one plain sqlite3 INSERT + COMMIT in WAL."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import uuid
from pathlib import Path

from benchmarks.generate import Generated
from benchmarks.measure import Figure, figure, timed


def _plain_commits(folder: Path, runs: int) -> list[float]:
    conn = sqlite3.connect(str(folder / "plain.db"), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("CREATE TABLE events (id TEXT PRIMARY KEY, seq INTEGER UNIQUE, payload TEXT)")

        def once(i: int) -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO events VALUES (?, ?, ?)", [str(uuid.uuid4()), i, '{"x": 1}'])
            conn.execute("COMMIT")
        return [timed(lambda i=i: once(i)) for i in range(runs)]
    finally:
        conn.close()


def figures(lib: Generated, runs: int) -> list[Figure]:
    from app.document import SessionDocument
    from app.editor import Editor
    from storage.library import open_library

    info = lib.sessions[0]
    db = open_library(lib.path)
    try:
        editor = Editor(SessionDocument(db, info.id))
        cards = editor.doc.on_canvas("cards", info.canvas_id)[:runs]
        durations = []
        for i, card in enumerate(cards * (1 + runs // max(1, len(cards)))):
            if len(durations) == runs:
                break
            current = editor.doc.get("cards", card.id)
            step = 10.0 if i % 2 == 0 else -10.0
            durations.append(timed(lambda c=current, s=step: editor.move("cards", {c.id: (c.x + s, c.y)})))
        editor.deleteLater()
        editor.doc.deleteLater()
    finally:
        db.close()
    with tempfile.TemporaryDirectory() as tmp:
        plain = _plain_commits(Path(tmp), runs)
    return [figure("edit_commit_ms", statistics.median(durations) * 1000, statistics.median(plain) * 1000,
                   runs, info.cards, "Editor.move of one card, no view attached")]
