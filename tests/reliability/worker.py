"""A Meshwork process for the reliability tests to drive (and kill).

    python worker.py edits  LIBRARY SEED COUNT   a stream of edits through the Editor
    python worker.py import LIBRARY SEED CARDS   one session restored in one transaction
    python worker.py hold   LIBRARY              open, one edit, then wait for stdin to close
    python worker.py read   LIBRARY              open (read-only if held), check and count

Every line it prints is one JSON object, flushed at once: ``will`` before an
edit, ``ack`` after the edit is committed, so the test knows which edits were
acknowledged when it sent SIGKILL.
"""

from __future__ import annotations

import json
import os
import random
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storage import rows, sessions  # noqa: E402
from storage.library import open_library, read_only_reason, transaction  # noqa: E402

SAMPLES = [
    "review the claim", "Prüfung der Schadensmeldung", "📞 call the customer 🙂",
    "مراجعة المطالبة مع العميل", "בדיקת התביעה", "日本語のカード", "naïve café — “quoted”",
]


def say(**fields) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def session_for(db) -> str:
    found = sessions.most_recent(db)
    if found:
        return found["id"]
    with transaction(db):
        session = sessions.create(db, None, "Reliability")
        rows.insert(db, "canvases", {"session_id": session["id"], "name": "Canvas 1"})
    return session["id"]


def editor_on(db):
    from PySide6.QtGui import QGuiApplication

    from app.document import SessionDocument
    from app.editor import Editor

    app = QGuiApplication.instance() or QGuiApplication([])
    doc = SessionDocument(db, session_for(db))
    editor = Editor(doc)
    editor.failed.connect(lambda message: say(op="failed", message=message))
    return app, doc, editor


def edits(path: str, seed: int, count: int) -> None:
    db = open_library(path)
    if read_only_reason(db):
        say(op="readonly", reason=read_only_reason(db))
    _app, doc, editor = editor_on(db)
    canvas_id = doc.all("canvases")[0].id
    rng = random.Random(seed)
    say(op="ready", pid=os.getpid())
    for i in range(count):
        cards = doc.all("cards")
        roll = rng.random()
        if not cards or roll < 0.5:
            text = f"s{seed}-e{i} {rng.choice(SAMPLES)}"
            if rng.random() < 0.05:
                text += " " + "x" * 10_000
            say(op="will", kind="add", text=text)
            card = editor.add_card(canvas_id, text, pos=(rng.uniform(0, 3000), rng.uniform(0, 3000)))
            if card is not None:
                say(op="ack", kind="add", id=card.id, text=text, x=card.x, y=card.y)
        elif roll < 0.8:
            card = rng.choice(cards)
            x, y = round(rng.uniform(0, 3000), 2), round(rng.uniform(0, 3000), 2)
            say(op="will", kind="move", id=card.id, x=x, y=y)
            if editor.move("cards", {card.id: (x, y)}):
                say(op="ack", kind="move", id=card.id, x=x, y=y)
        else:
            card = rng.choice(cards)
            text = f"s{seed}-t{i} {rng.choice(SAMPLES)}"
            say(op="will", kind="text", id=card.id, text=text)
            if editor.edit_card(card.id, text=text):
                say(op="ack", kind="text", id=card.id, text=text)
    say(op="done")
    db.close()


def import_session(path: str, seed: int, cards: int) -> None:
    """An import as the app does it: one transaction restoring a whole session."""
    from storage import snapshot

    db = open_library(path)
    rng = random.Random(seed)
    sid = str(uuid.UUID(int=rng.getrandbits(128)))
    stamp = "2026-01-01T00:00:00+00:00"
    canvas = {"id": str(uuid.uuid4()), "session_id": sid, "name": "Imported", "position": 0,
              "created_at": stamp}
    person = {"id": str(uuid.uuid4()), "session_id": sid, "name": "Ana", "role": "Assessor",
              "created_at": stamp}
    card_rows = []
    for i in range(cards):
        cid = str(uuid.uuid4())
        card_rows.append({"id": cid, "canvas_id": canvas["id"], "participant_id": person["id"],
                          "text": f"import-{sid} card {i} {rng.choice(SAMPLES)}", "lineage_id": cid,
                          "x": i * 10.0, "y": 0.0, "created_at": stamp, "updated_at": stamp})
    pairs = zip(card_rows, card_rows[1:], strict=False)
    links = [{"id": str(uuid.uuid4()), "canvas_id": canvas["id"], "source_id": a["id"],
              "target_id": b["id"], "created_at": stamp} for a, b in pairs]
    data = {"session": {"id": sid, "series_id": None, "title": f"Import {sid}", "date": "2026-01-01",
                        "created_at": stamp, "updated_at": stamp},
            "participants": [person], "canvases": [canvas], "cards": card_rows, "links": links}
    say(op="start", session=sid, cards=cards, links=len(links))
    ticks = [0]

    def progress() -> int:
        ticks[0] += 1
        say(op="progress", n=ticks[0])
        return 0

    db.conn.set_progress_handler(progress, 20_000)
    with transaction(db):
        snapshot.restore_session(db, data)
    db.conn.set_progress_handler(None, 0)
    say(op="ack", kind="import", session=sid)
    db.close()


def hold(path: str) -> None:
    db = open_library(path)
    _app, doc, editor = editor_on(db)
    card = editor.add_card(doc.all("canvases")[0].id, "held by the first process")
    say(op="ready", pid=os.getpid(), readonly=read_only_reason(db), card=card and card.id)
    sys.stdin.read()  # until the test closes our stdin (or kills us)
    db.close()


def read(path: str) -> None:
    from storage import integrity

    db = open_library(path)
    reason = read_only_reason(db)
    report = integrity.inspect(Path(path))
    cards = db.execute("SELECT count(*) FROM cards").fetchone()[0]
    say(op="read", readonly=reason, integrity=report.integrity, cards=cards)
    if reason:  # an edit through the editor must be refused with a message
        _app, doc, editor = editor_on(db)
        ok = editor.add_card(doc.all("canvases")[0].id, "written by the second process")
        say(op="edit", saved=ok is not None)
    db.close()


if __name__ == "__main__":
    mode, library, *rest = sys.argv[1:]
    if mode == "edits":
        edits(library, int(rest[0]), int(rest[1]))
    elif mode == "import":
        import_session(library, int(rest[0]), int(rest[1]))
    elif mode == "hold":
        hold(library)
    elif mode == "read":
        read(library)
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt wrappers; everything is committed and closed
