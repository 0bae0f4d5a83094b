"""Building test libraries directly through storage (set-up, not the thing under test)."""

from storage import rows, series, sessions
from storage.library import open_library


def make_session(path, participants=(), cards=(), links=(), title="Workshop"):
    """A library with one session: participants [(name, role)], cards [(text, x, y)]
    by the first participant, links [(card index, card index)]."""
    db = open_library(path)
    s = series.create(db, "Series")
    session = sessions.create(db, s["id"], title)
    canvas = rows.insert(db, "canvases", {"session_id": session["id"], "name": "Map"})
    people = [rows.insert(db, "participants", {"session_id": session["id"], "name": n, "role": r,
                                               "position": i})
              for i, (n, r) in enumerate(participants)]
    made = []
    for text, x, y in cards:
        card = rows.insert(db, "cards", {"canvas_id": canvas["id"], "text": text, "x": x, "y": y,
                                         "participant_id": people[0]["id"] if people else None,
                                         "lineage_id": "", "updated_at": "2026-01-01T00:00:00+00:00"})
        made.append(card)
    for a, b in links:
        rows.insert(db, "links", {"canvas_id": canvas["id"], "source_id": made[a]["id"],
                                  "target_id": made[b]["id"]})
    db.close()
    return session["id"]


def shown(text: str) -> str:
    """The characters a Qt tooltip, message box or AutoText label shows for ``text``:
    Qt takes text that starts like a tag for rich text and shows it rendered."""
    from PySide6 import QtGui

    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QtGui.QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def shot(name: str) -> str:
    """Where a test keeps a grab for a person to look at: $MESHWORK_SHOTS if set,
    else a temporary folder (never a fixed path outside the test's reach)."""
    import os
    import tempfile
    from pathlib import Path

    folder = Path(os.environ.get("MESHWORK_SHOTS") or Path(tempfile.gettempdir()) / "meshwork-shots")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / name)
