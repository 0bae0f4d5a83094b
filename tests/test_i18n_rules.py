"""Issue 19: the row rules' details, the vote refusals and the command line's metric
names in the reader's language. storage/ (no Qt) gives each rule's detail as a kind
with arguments beside its English (storage.rules.Detail); app/said.py says it (words: app/rule_words.py)
in the window's, the command line's or the phone's language. ``str()`` stays English."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app import i18n, rule_words
from app.editor import Editor
from app.io import library_merge, session_json
from app.io.errors import ImportRefused
from app.said import rule_problems, said
from storage import rules
from tests.patterns_series import build_series_file
from tests.test_io_sample import build_sample
from tests.test_room_facilitation import run_step
from tests.test_room_support import phone, running_room


def test_storage_and_app_know_the_same_rules_in_the_same_english():
    assert dict(rule_words.WORDS) == rules.RULES


def test_every_detail_keeps_its_kind_and_its_english():
    row = {"id": "p1", "name": "Ana\x00", "colour": "red", "position": 2**70, "created_at": "2026-02-30"}
    problems = rules.check_row("participants", row, 3)
    assert [str(p) for p in problems] == [
        'participants “p1”: id must be a UUID, not the string "p1"',
        "participants “p1”: name holds a NUL character at position 4",
        'participants “p1”: colour must be a colour written #RRGGBB, not the string "red"',
        "participants “p1”: position is a 22-digit number, too large for 64 bits",
        'participants “p1”: created_at must be a real ISO-8601 date or time (2026-03-10T09:00:00+00:00), '
        'not the string "2026-02-30"',
    ]
    kinds = [p.message.kind for p in problems]
    assert kinds == ["not_uuid", "nul", "not_colour", "too_large", "not_stamp"]
    assert rules.check_row("participants", {"id": None}, 3)[0].row == "row 3"


def test_the_rules_said_in_german_and_in_english(german):
    problems = rules.check_row("cards", {"kind": "Activity", "x": float("inf"), "tags": ["ok", ""]}, 7)
    assert said(rule_problems(problems)) == (
        'cards Zeile 7: kind muss eine Kartenart sein (activity, purpose, resource, outcome, question, insight, '
        'pain point, story), nicht die Zeichenkette "Activity"; cards Zeile 7: x muss eine endliche Zahl sein, '
        'nicht Infinity; cards Zeile 7: tags Schlagwort 2 darf nicht leer sein')
    assert str(rule_problems(problems)).startswith("cards row 7: kind must be a card kind")
    english = rule_problems(problems).said(lambda _c, text: text)  # a reader without a translation
    assert english == str(rule_problems(problems))


def test_a_refused_json_import_says_the_rules_in_german(german, db, tmp_path):
    document = session_json.to_document(db, build_sample(db))
    db.execute("DELETE FROM sessions")
    db.execute("DELETE FROM series")
    document["participants"][0]["colour"] = "red"
    document["session"]["date"] = "2026-99-99"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        session_json.import_file(db, path)
    assert '$.participants[0].colour: must be a colour written #RRGGBB, not the string "red"' in str(refused.value)
    german_words = refused.value.said()
    assert '$.participants[0].colour: muss eine Farbe in der Form #RRGGBB sein, nicht die Zeichenkette "red"' \
        in german_words
    assert ('$.session.date: muss ein echtes Datum in der Form JJJJ-MM-TT sein, nicht die Zeichenkette '
            '"2026-99-99"') in german_words
    assert "must be" not in german_words and german_words.endswith("es wurde nichts importiert")


def test_a_refused_merge_names_the_rows_in_german(german, db, tmp_path):
    from storage.library import open_library

    other_path = tmp_path / "other.db"
    other = open_library(other_path)
    build_sample(other)
    other.execute("UPDATE participants SET colour = 'blue'")
    other.conn.commit()
    other.close()
    with pytest.raises(ImportRefused) as refused:
        library_merge.merge(db, other_path)
    assert 'colour must be a colour written #RRGGBB, not the string "blue"' in str(refused.value)
    assert 'colour muss eine Farbe in der Form #RRGGBB sein, nicht die Zeichenkette "blue"' in refused.value.said()
    assert "Probleme in ihren Zeilen" in refused.value.said()


def test_the_editor_refuses_in_the_windows_language(german, session_doc):
    editor = Editor(session_doc)
    messages: list[str] = []
    editor.failed.connect(messages.append)
    canvas_id = session_doc.all("canvases")[0].id
    assert editor.add_card(canvas_id, "bell \x07 here") is None
    assert "text enthält an Position 6 ein Steuerzeichen (U+0007)" in messages[-1]
    assert "control character" not in messages[-1]
    assert session_doc.db["cards"].count == 0


# -- the phone ---------------------------------------------------------------------------------

@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def test_a_phone_hears_text_rules_and_vote_refusals_in_its_own_language(qtbot, room):
    assert i18n.current() == "en"  # the facilitator's window speaks English
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    german, english = {"Accept-Language": "de-DE,de;q=0.9"}, {"Accept-Language": "en-GB"}
    status, data = ana.call("POST", "/api/cards", {"text": "nul \x00 here"}, extra=german)
    assert (status, data["error"]) == (400, "text enthält an Position 5 ein NUL-Zeichen")
    status, data = ana.call("POST", "/api/cards", {"text": "nul \x00 here"}, extra=english)
    assert data["error"] == "text holds a NUL character at position 5"
    _, data = ana.call("POST", "/api/cards", {"text": "Duplicate data entry"})
    card_id = data["card"]["id"]
    room.editor.change_session("Dots", dots_per_participant=1)
    run_step(room, "Vote", voting=1)
    assert ben.call("POST", "/api/votes", {"card_id": card_id})[0] == 201
    assert ben.call("POST", "/api/votes", {"card_id": card_id}, extra=german) == (
        409, {"error": "Ben hat den einen Punkt schon vergeben", "code": "vote_refused"})
    assert ben.call("POST", "/api/votes", {"card_id": card_id}, extra=english) == (
        409, {"error": "Ben has used all 1 dot", "code": "vote_refused"})
    assert ana.call("DELETE", f"/api/votes?card_id={card_id}", extra=german) == (
        409, {"error": "Ana hat auf dieser Karte keine Stimme", "code": "vote_refused"})


def test_the_window_says_a_vote_in_its_own_language(german, session_doc):
    from app.voting import Voting

    editor = Editor(session_doc)
    voting = Voting(editor)
    canvas_id = session_doc.all("canvases")[0].id
    card = editor.add_card(canvas_id, "Log the claim")
    outcome = voting.cast(card.id)
    assert outcome.message == "Choose the participant who votes first (Participants panel)"  # the English kept
    assert said(outcome.message) != outcome.message and "Teilnehmende" in said(outcome.message)


# -- the command line ----------------------------------------------------------------------------

def _meshwork(*args, language):
    env = {**os.environ, "MESHWORK_LANGUAGE": language, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_compare_and_trends_name_metrics_by_their_labels(library_path):
    built = build_series_file(library_path, third=True)
    compare = _meshwork("compare", built["q1"], built["q2"], "--library", library_path, language="de")
    assert compare.returncode == 0, compare.stderr
    assert "Verbindungen zwischen Rollen" in compare.stdout and "Ungleichheit der Beteiligung" in compare.stdout
    assert "cross_role_link_share" not in compare.stdout and "Links across roles" not in compare.stdout
    assert "hinzugefügt" in compare.stdout and "Email the customer" in compare.stdout  # data as typed
    trends = _meshwork("trends", "Claims team", "--library", library_path, language="de")
    assert trends.returncode == 0, trends.stderr
    assert "Trends von Claims team: 3 Sitzungen nach Datum" in trends.stdout
    assert "Verbindungen zwischen Rollen" in trends.stdout and "neu: Email the customer" in trends.stdout
    english = _meshwork("trends", "Claims team", "--library", library_path, language="en")
    assert "Links across roles" in english.stdout and "cross role link share" not in english.stdout
    as_json = _meshwork("compare", built["q1"], built["q2"], "--library", library_path, "--json", language="de")
    assert "cross_role_link_share" in json.loads(as_json.stdout)["metrics"]["a"]  # JSON keys stay data names


# -- the Trends window's glossary -------------------------------------------------------------------

def _glossary_rows(table) -> list[tuple[int, int, int]]:
    """(shown height, least and most height the row's wrapped text needs) for every row:
    wrapped at the column's whole width, and at its width less the cell's margins."""
    from PySide6.QtCore import QRect, Qt

    metrics = table.fontMetrics()

    def need(r: int, margin: int) -> int:
        return max(metrics.boundingRect(QRect(0, 0, table.columnWidth(c) - margin, 100_000),
                                        Qt.TextFlag.TextWordWrap, table.item(r, c).text()).height() for c in range(2))

    return [(table.rowHeight(r), need(r, 0), need(r, 12)) for r in range(table.rowCount())]


def _fit(table) -> bool:
    return all(least <= shown <= most + 8 for shown, least, most in _glossary_rows(table))


def test_the_glossary_rows_fit_their_wrapped_text(german, qtbot, db):
    from app.library import Library
    from widgets.views.trends import TrendsView

    view = TrendsView(Library(db, ""))
    qtbot.addWidget(view, before_close_func=lambda v: v.shutdown())
    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentWidget(view.glossary)
    table = view.glossary
    qtbot.waitUntil(lambda: table.isVisible() and table.columnWidth(1) > 600)
    qtbot.waitUntil(lambda: _fit(table))
    one_line = [shown for shown, _least, most in _glossary_rows(table) if most <= table.fontMetrics().height()]
    assert len(one_line) > 20 and max(one_line) <= table.fontMetrics().height() + 8  # not 4 lines tall
    view.resize(640, 800)  # narrower: the meanings wrap onto more lines and the rows grow with them
    qtbot.waitUntil(lambda: table.columnWidth(1) < 500)
    qtbot.waitUntil(lambda: _fit(table))
    assert max(least for _shown, least, _most in _glossary_rows(table)) >= 3 * table.fontMetrics().height()
