"""The PDF as someone who was not in the room reads it (and searches it): the
method by its name, every card's whole text, words without ligatures, the
participants' names level with their rows."""

from storage import rows, series, sessions
from storage.library import open_library
from tests.test_export_pdf import pdf_text, squash
from widgets.export.files import export_pdf

LONG = ("The first claim flows to the office where the final review finds the fine print of the policy, "
        "which nobody reads until a customer phones back angry, and then everyone searches the shared "
        "drive for the flowchart that the team lead drew three years ago and never updated since then")


def made(path):
    db = open_library(path)
    s = series.create(db, "Claims")["id"]
    session = sessions.create(db, s, "Kick-off", method="activity-map", facilitator="Fay")
    canvas = rows.insert(db, "canvases", {"session_id": session["id"], "name": "Map"})
    ana = rows.insert(db, "participants", {"session_id": session["id"], "name": "Ana Oliveira-Fitzgerald",
                                           "role": "Claims handler"})
    for n, text in enumerate([LONG, "Office workflow", "Final sign-off"]):
        rows.insert(db, "cards", {"canvas_id": canvas["id"], "text": text, "x": 40 + 260 * n, "y": 40,
                                  "participant_id": ana["id"], "lineage_id": "",
                                  "updated_at": "2026-01-01T00:00:00+00:00"})
    return db, session["id"]


def test_pdf_names_the_method_carries_whole_card_text_and_has_no_ligatures(tmp_path):
    db, session_id = made(tmp_path / "lib.db")
    out = tmp_path / "s.pdf"
    export_pdf(db, session_id, out)
    db.close()
    text = pdf_text(out.read_bytes())
    assert "\ufb01" not in text and "\ufb02" not in text and "\ufb00" not in text  # no ﬁ, ﬂ, ﬀ glyphs
    flat = squash(text)
    for word in ("first", "flows", "office", "Office", "workflow", "Final", "fine"):
        assert word in flat, word
    assert "method:activity-map" not in flat and "Activitymap" in flat.replace("-", "")
    assert squash(LONG) in flat  # the card's whole text, not cut with "…"


def _baseline(document, text):
    cursor = document.find(text)
    assert not cursor.isNull(), text
    block = cursor.block()
    layout = document.documentLayout()
    top = layout.blockBoundingRect(block).top()  # lays the document out first
    line = block.layout().lineAt(0)
    return top + line.y() + line.ascent()


def test_participant_names_sit_level_with_their_rows(qtbot, tmp_path):
    from PySide6.QtGui import QTextDocument

    from app.model import Participant
    from widgets.canvas import style
    from widgets.export.summary import participants_table

    class Summary:
        participants = [Participant(id="p1", session_id="s", name="Ana Oliveira", role="Claims handler",
                                    team="Motor", colour="#E69F00")]
        cards_by = {"p1": 3}

    document = QTextDocument()
    document.setDefaultFont(style.font(10))
    document.setHtml(participants_table(Summary()))
    document.setTextWidth(900)
    name, role, team = (_baseline(document, t) for t in ("Ana Oliveira", "Claims handler", "Motor"))
    assert abs(name - role) <= 1.5 and abs(name - team) <= 1.5, (name, role, team)
