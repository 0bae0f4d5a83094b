"""What goes wrong is said in the reader's language: metric names and their meanings,
refused imports, broken method files, unknown roles, the read-only reason, the Room's
errors to a phone and the Markdown role profiles. The English stays in the code (and in
``str()`` of every error, for logs and scripts); the window's, the command line's or the
phone's language is put in only when the words are shown."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication

from app import methods, read_only
from app.analysis import glossary
from app.io.errors import ImportRefused
from app.io.importing import import_path
from app.vocabulary import CARD_KINDS, KNOWLEDGE_TYPES
from storage import library as storage_library
from storage.library import open_library
from tests.analysis_builder import Build
from tests.helpers import make_session
from tests.test_room_support import people, phone, running_room

# -- metrics -------------------------------------------------------------------------

def test_every_metric_has_plain_words_and_german_ones(german):
    assert {f"cards_{k.replace(' ', '_')}" for k in CARD_KINDS} <= set(glossary.GLOSSARY)
    assert {f"ashen_{k.replace(' ', '_')}" for k in KNOWLEDGE_TYPES} <= set(glossary.GLOSSARY)
    assert glossary.label("single_holder_resources") == "Gefährdetes Wissen"
    assert glossary.explain("gini_participation").startswith("Wie ungleich die Karten")
    assert glossary.label("ashen_natural_talent") == "Wissen: Naturtalent"
    for name, label, meaning in glossary.entries():
        english_label, english_meaning, _whole = glossary.GLOSSARY[name]
        assert label and label != english_label, name  # every one has its German
        assert meaning and meaning != english_meaning, name
    assert glossary.markdown().startswith("# Glossary of metrics")  # the docs stay English
    assert "Knowledge at risk" in glossary.markdown()


def test_the_trends_glossary_and_chart_titles_in_german(german, qtbot, db):
    from app.library import Library
    from tests.patterns_series import build_series
    from widgets.views.trends import TrendsView

    built = build_series(db, third=True)
    view = TrendsView(Library(db, ""))
    qtbot.addWidget(view, before_close_func=lambda v: v.shutdown())
    view.set_series(built["series"])
    view.show()
    qtbot.waitUntil(lambda: bool(getattr(view, "charts", None) and view.charts.lines))
    rows = {view.glossary.item(r, 0).text(): view.glossary.item(r, 1).text()
            for r in range(view.glossary.rowCount())}
    assert rows["Ungleichheit der Beteiligung"].startswith("Wie ungleich")
    assert "Unevenness of participation" not in rows
    title = view.charts.lines["gini_participation"].axes.get_title(loc="left")
    assert title == "Ungleichheit der Beteiligung"


# -- imports and method files -----------------------------------------------------------

def test_a_refused_import_is_english_in_str_and_german_when_said(german, db, tmp_path):
    bad = tmp_path / "cards.csv"
    bad.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_path(db, bad)
    assert str(refused.value) == f"{bad}, line 1: has no header row naming its columns; nothing was imported"
    assert refused.value.said() == (f"{bad}, Zeile 1: hat keine Kopfzeile, die ihre Spalten benennt; "
                                    "es wurde nichts importiert")
    broken = tmp_path / "session.json"
    broken.write_text('{"format": "meshwork-session", "version": 1, "session": 5}', encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_path(db, broken)
    assert str(refused.value).endswith("$.session: must be an object, not the number 5; nothing was imported")
    assert refused.value.said() == (
        f"{broken}: 2 Probleme: $: es fehlen die Pflichtfelder \"participants\", \"canvases\", \"votes\", "
        "\"reflections\", \"agenda\"; $.session: muss ein Objekt sein, nicht die Zahl 5; es wurde nichts importiert")


def test_a_session_already_here_is_said_for_the_window_without_the_option(german, db, tmp_path, library_path):
    from app.io.session_json import export

    session_id = make_session(library_path, title="Kick-off")
    source = open_library(library_path)
    export(source, session_id, tmp_path / "s.json")
    source.close()
    import_path(db, tmp_path / "s.json")
    with pytest.raises(ImportRefused) as refused:
        import_path(db, tmp_path / "s.json")
    assert "import with --new-ids" in str(refused.value)
    assert "importieren Sie mit --new-ids" in refused.value.said()
    assert "Sie können eine Kopie mit neuen IDs importieren" in refused.value.said(window=True)


def test_a_broken_method_file_is_said_in_german(german, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    found, problems = methods.find_methods(tmp_path)
    assert [p.path for p in problems] == [path]
    assert str(problems[0]).startswith(f"{path}: is not valid JSON: ")
    assert problems[0].said().startswith(f"{path}: ist kein gültiges JSON: ")
    assert "Zeile 1, Spalte 2" in problems[0].said()
    with pytest.raises(methods.MethodError) as unknown:
        methods.get("nowhere", tmp_path)
    assert unknown.value.said() == "nowhere.json: keine Methode mit dieser ID (mitgeliefert oder gespeichert)"


def test_an_unknown_role_is_said_in_german(german, db):
    from app.analysis.loading import load_session
    from app.analysis.roles import UnknownRole, role_profile

    built = Build(db, None, "Q1", "2026-01-15")
    built.card("Register the claim")
    with pytest.raises(UnknownRole) as unknown:
        role_profile(load_session(db, built.id), "Underwriter")
    assert str(unknown.value) == "no role 'Underwriter' in session 'Q1' (its roles: none)"
    assert unknown.value.said() == "keine Rolle 'Underwriter' in der Sitzung 'Q1' (ihre Rollen: keine)"


# -- the read-only reason ------------------------------------------------------------------

def test_storage_and_app_know_the_same_read_only_reasons():
    assert storage_library.READ_ONLY_REASONS == read_only.REASONS


def test_a_read_only_library_says_why_in_german(german, library_path, tmp_path):
    make_session(library_path, title="Kick-off")
    db = open_library(library_path, read_only=True)
    try:
        assert storage_library.read_only_reason(db) == "Read-only: it was opened read-only. Edits will not be saved."
        notice = read_only.notice(db)
        assert notice.said() == ("Schreibgeschützt: sie wurde schreibgeschützt geöffnet. Änderungen werden nicht "
                                 "gespeichert.")
        card = tmp_path / "c.csv"
        card.write_text("text\nPay out\n", encoding="utf-8")
        with pytest.raises(ImportRefused) as refused:
            import_path(db, card)
        assert "die Bibliothek kann nicht geändert werden (Schreibgeschützt: sie wurde" in refused.value.said()
    finally:
        db.close()


# -- the command line ------------------------------------------------------------------------

def meshwork(*args, language="de"):
    env = {**os.environ, "MESHWORK_LANGUAGE": language, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_meshwork_import_says_a_refusal_in_the_persons_language(tmp_path):
    library = tmp_path / "lib.db"
    make_session(library, title="Kick-off")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "meshwork-session", "version": 99}', encoding="utf-8")
    german = meshwork("import", "--library", library, bad)
    assert german.returncode == 2
    assert german.stderr.strip() == (
        f"meshwork: {bad}, $.version: wurde von einem neueren Meshwork geschrieben (Formatversion 99; dieses liest "
        "Version 1); aktualisieren Sie Meshwork, um sie zu importieren; es wurde nichts importiert")
    english = meshwork("import", "--library", library, bad, language="en")
    assert english.stderr.strip().endswith("update Meshwork to import it; nothing was imported")


def test_meshwork_roles_markdown_in_german(tmp_path):
    library = tmp_path / "lib.db"
    make_session(library, title="Kick-off", participants=[("Ana", "Claims handler")],
                 cards=[("Register the claim", 0.0, 0.0)])
    german = meshwork("roles", "--library", library, "Kick-off", "--md")
    assert german.returncode == 0, german.stderr
    assert german.stdout.startswith("# Rollenprofile: Kick-off\n\n## Claims handler\n")
    assert "### Tätigkeiten" in german.stdout and "**Personen:** Ana" in german.stdout
    assert "Register the claim" in german.stdout  # data as typed
    unknown = meshwork("roles", "--library", library, "Kick-off", "--role", "Underwriter")
    assert unknown.stderr.strip().startswith("meshwork: keine Rolle 'Underwriter' in der Sitzung 'Kick-off'")
    english = meshwork("roles", "--library", library, "Kick-off", "--md", language="en")
    assert english.stdout.startswith("# Role profiles: Kick-off") and "### Activities" in english.stdout


# -- the phone -------------------------------------------------------------------------------

@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def test_the_room_refuses_in_the_phones_language(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    status, data = ben.call("POST", "/api/cards", {"text": "Price the risk"})
    theirs = data["card"]["id"]
    status, data = ana.call("POST", "/api/cards", {"text": "Log the claim"})
    mine = data["card"]["id"]
    wrong = {"source_id": theirs, "target_id": mine, "kind": "depends on"}
    status, data = ana.call("POST", "/api/links", wrong, extra={"Accept-Language": "de-AT, de;q=0.9"})
    assert (status, data) == (403, {"error": "Verbindungen beginnen bei einer Ihrer eigenen Karten",
                                    "code": "not_yours"})
    status, data = ana.call("POST", "/api/links", wrong, extra={"Accept-Language": "en-GB"})
    assert data["error"] == "Links start from one of your own cards"
    status, data = ana.call("POST", "/api/cards", {"text": "x", "colour": "red"}, extra={"Accept-Language": "de"})
    assert (status, data["error"]) == (400, "Unbekanntes Feld: colour")
    status, data = ana.call("POST", "/api/links", {**wrong, "kind": "loves"}, extra={"Accept-Language": "de"})
    assert data["error"].startswith("die Art muss eine davon sein: hand-off, depends on")
    assert people(room)  # the room is still there


# -- replay and naming -------------------------------------------------------------------------

def test_replay_writes_the_time_as_the_window_asks(session_doc):
    from app import replay
    from app.editor import Editor

    Editor(session_doc).add_participant("Ana")
    history = replay.Replay(session_doc.db, session_doc.session_id)
    moment = dt.datetime.fromisoformat(history.events[0]["at"])
    assert history.describe(1, clock=lambda m: f"<{m == moment}>").startswith("<True> ")
    assert history.describe(1).split(" ", 1)[0] == moment.astimezone().strftime("%H:%M")


def test_the_replay_view_uses_the_locales_time_format(qtbot, session_doc, monkeypatch):
    from PySide6.QtCore import QLocale

    from app.editor import Editor
    from widgets.locale_text import time_text
    from widgets.views.replay import ReplayWindow

    Editor(session_doc).add_participant("Ana")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    QLocale.setDefault(QLocale("en_US"))
    try:
        view = ReplayWindow(session_doc.db, session_doc.session_id)
        qtbot.addWidget(view)
        view.show()
        view.slider.setValue(1)
        qtbot.waitUntil(lambda: "Ana" in view.what.text())
        at = dt.datetime.fromisoformat(session_doc.db["events"].rows.__next__()["at"])
        assert view.what.text().startswith(time_text(at) + " ")
        assert "AM" in view.what.text() or "PM" in view.what.text()
    finally:
        QLocale.setDefault(QLocale.c())


def test_the_free_canvas_names_its_canvas_as_the_window_does(german):
    free = methods.get("free").in_language("de")
    assert free.canvases[0]["name"] == QCoreApplication.translate("Library", "Canvas 1") == "Arbeitsfläche 1"
    assert "Leinwand" not in json.dumps(free.data, ensure_ascii=False)
