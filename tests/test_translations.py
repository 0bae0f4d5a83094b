"""The translations: every .ts in resources/i18n is complete, matches the code's
strings and keeps their placeholders; the language list comes from the files
present; a missing .qm is compiled at start; and the window run in German shows
German menus, no clipped label or button in any dock or main dialog, and no
English text the translation has (tests/german_window_probe.py, its own process)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app import i18n

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = sorted((ROOT / "resources" / "i18n").glob("meshwork_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|n|s)|\{[^{}]*\}")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts: Path):
    """(context, source, translation forms, is plural) for every message in a .ts."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source") or "", translation, forms, message.get("numerus") == "yes"


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def test_there_is_a_german_translation():
    assert ROOT / "resources" / "i18n" / "meshwork_de.ts" in TS_FILES
    assert {"de", "en"} <= set(i18n.languages())


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_entry_is_finished_and_not_empty(ts):
    unfinished = [(c, s) for c, s, t, forms, _ in messages(ts)
                  if t.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms)]
    assert unfinished == [], f"{ts.name}: translate these in Qt Linguist (or by hand), then mark them finished"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_placeholders_match_between_source_and_translation(ts):
    wrong = [(s, f) for _c, s, _t, forms, _ in messages(ts) for f in forms if placeholders(s) != placeholders(f)]
    assert wrong == []


def test_the_placeholder_check_sees_a_lost_or_renamed_placeholder():
    assert placeholders("Delete {name} and %n cards?") != placeholders("{name} löschen?")
    assert placeholders("Saved at {local}") != placeholders("Gespeichert um {lokal}")
    assert placeholders("Made {0} · {{literal}}") == placeholders("{0} erstellt")


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_the_ts_holds_exactly_the_strings_in_the_code(ts, tmp_path):
    """What `make translations` would extract now: nothing missing, nothing left over."""
    fresh = tmp_path / ts.name
    sources = sorted(str(p) for package in ("app", "widgets") for p in (ROOT / package).rglob("*.py"))
    subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    in_code = {(c, s) for c, s, *_ in messages(fresh)}
    in_ts = {(c, s) for c, s, *_ in messages(ts)}
    assert sorted(in_code - in_ts) == [], "missing from the .ts: run `make translations` and translate them"
    assert sorted(in_ts - in_code) == [], "no longer in the code: run `make translations`"
    plural_code = {(c, s) for c, s, _t, _f, plural in messages(fresh) if plural}
    assert plural_code == {(c, s) for c, s, _t, _f, plural in messages(ts) if plural}


def test_languages_are_the_files_present_each_named_in_itself(tmp_path, monkeypatch):
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(ROOT / "resources" / "i18n" / "meshwork_de.ts", folder)
    (folder / "meshwork_fr.ts").write_text('<?xml version="1.0" encoding="utf-8"?>\n<TS language="fr"/>\n')
    monkeypatch.setattr(i18n, "FOLDER", folder)
    assert i18n.languages() == ["de", "en", "fr"]
    assert [i18n.native_name(code) for code in i18n.languages()] == ["Deutsch", "English", "Français"]
    assert i18n.match(["de-AT", "en"]) == "de"
    assert i18n.match(["fr_CA"]) == "fr"
    assert i18n.match(["pt-BR", "ja"]) == "en"  # no translation: the source language


def test_the_override_wins_then_the_choice_then_the_system(qapp, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings().clear()
    monkeypatch.setenv(i18n.OVERRIDE, "de")
    i18n.choose("en")
    assert i18n.current() == "de"
    monkeypatch.delenv(i18n.OVERRIDE)
    assert i18n.current() == "en"
    i18n.choose("")
    monkeypatch.setattr(i18n.QLocale, "system", lambda: i18n.QLocale("de_CH"))
    assert i18n.current() == "de"
    QSettings().clear()


@pytest.mark.skipif(i18n.lrelease() is None, reason="PySide6's lrelease is not installed")
def test_a_missing_qm_is_compiled_at_start_and_translates(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QTranslator

    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(ROOT / "resources" / "i18n" / "meshwork_de.ts", folder)
    monkeypatch.setattr(i18n, "FOLDER", folder)
    qm = i18n.qm_file("de")
    assert qm == folder / "meshwork_de.qm" and qm.is_file()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "&Datei"
    assert translator.translate("MainWindow", "Made 1 card") == ""  # only what the .ts has


@pytest.mark.skipif(i18n.lrelease() is None, reason="PySide6's lrelease is not installed")
def test_install_translates_the_application_and_english_removes_it_again(qapp):
    from PySide6.QtCore import QCoreApplication

    try:
        assert i18n.install("de") == "de"
        assert QCoreApplication.translate("MainWindow", "&View") == "&Ansicht"
        assert QCoreApplication.translate("", "All changes saved") == "Alle Änderungen gespeichert"
        # Qt's own buttons too (qtbase), where Qt ships German.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        assert i18n.install("en") == "en"
    assert QCoreApplication.translate("MainWindow", "&View") == "&View"


def test_the_language_installed_is_known_to_the_rest_of_the_app(qapp):
    try:
        if i18n.install("de") == "de":
            assert i18n.language() == "de"
    finally:
        i18n.install("en")
    assert i18n.language() == "en"


def test_the_agenda_panel_is_translated_when_built_not_when_imported(qtbot):
    """Its buttons were translated when the module was imported: imported before the
    translator (as here, and as any early import would), they stayed English."""
    import widgets.panels.agenda as agenda  # before any translator is installed

    assert agenda.AgendaPanel.BUTTONS["skip"] == ("Skip", "Skip the step")  # English, translated when shown
    try:
        if i18n.install("de") != "de":
            pytest.skip("the German translation could not be compiled here (no lrelease)")
        panel = agenda.AgendaPanel()
        qtbot.addWidget(panel)
        assert {name: b.text() for name, b in panel.buttons.items() if name != "toggle"} == {
            "plus1": "+1 Min.", "plus5": "+5 Min.", "skip": "Überspringen", "next": "Weiter"}
        assert panel.buttons["skip"].accessibleName() == "Schritt überspringen"
        assert panel.buttons["skip"].toolTip() == "Schritt überspringen"
        assert agenda.status_label("done") == "✓ Erledigt" and agenda.status_label("pending") == ""
    finally:
        i18n.install("en")
    english = agenda.AgendaPanel()
    qtbot.addWidget(english)
    assert english.buttons["skip"].text() == "Skip" and agenda.status_label("done") == "✓ Done"


def test_words_other_modules_keep_at_import_are_translated_when_shown(qapp):
    """The same for the theme menu, the roster's colour names and Compare's legend and
    match reasons: English in the module, the window's language when shown."""
    from app.vocabulary import PALETTE
    from widgets import theme
    from widgets.panels import roster
    from widgets.views import compare, compare_overlay

    assert theme.MODES["light"] == "&Light" and compare_overlay.LOOKS["added"].label == "Added"
    try:
        if i18n.install("de") != "de":
            pytest.skip("the German translation could not be compiled here (no lrelease)")
        assert roster.colour_name(PALETTE[0]) == "Orange"
        assert compare_overlay.look_label("added") == "Hinzugefügt"
        assert QCoreApplication.translate("compare", compare.HOW["lineage"]) != "by lineage"
    finally:
        i18n.install("en")
    assert roster.colour_name(PALETTE[0]) == "orange" and compare_overlay.look_label("added") == "Added"


def test_what_app_writes_for_the_window_is_in_its_language(german, session_doc):
    """Replay lines, the Room's addresses, role outlines, quick capture's and the library's
    messages come from app/ and follow the translator; names and card text stay as typed."""
    from app import replay
    from app.capture import parse, why_empty
    from app.editor import Editor
    from app.follow_up import review_step
    from app.io import role_outline
    from app.room import addresses

    editor = Editor(session_doc)
    cid = session_doc.all("canvases")[0].id
    editor.add_participant("Ana", role="Claims handler")
    a = editor.capture("review the claim", cid)
    b = editor.capture("pay out", cid)
    editor.add_link(a.id, b.id)
    editor.move("cards", {a.id: (300.0, 300.0)})
    editor.delete(card_ids=[b.id])
    history = replay.Replay(session_doc.db, session_doc.session_id)
    said = [history.describe(k).split(" ", 1)[1] for k in range(1, len(history) + 1)]
    assert said == [
        "Person „Ana“ hinzugefügt",
        "Ana hat „review the claim“ hinzugefügt",
        "Ana hat „pay out“ hinzugefügt",
        "„review the claim“ → „pay out“ verbunden (Übergabe)",
        "„review the claim“ verschoben",
        "Ana hat „pay out“ gelöscht",
    ]
    assert history.describe(0) == "Beginn der Sitzung"

    assert addresses.choices()[-1] == ("127.0.0.1 (nur dieser Computer)", "127.0.0.1")
    count = role_outline.RoleOutline()
    assert [count.votes(1), count.votes(3), count.cards(1), count.links(2)] == [
        "1 Stimme", "3 Stimmen", "1 Karte", "2 Verbindungen"]
    assert role_outline.vocabulary("Natural talent") == "Naturtalent"
    assert why_empty(parse("#nur-ein-tag"), "#nur-ein-tag") == (
        "Keine Karte angelegt: Eine Karte braucht Text, nicht nur Schlagwörter")
    assert review_step([])["title"] == "Offene Maßnahmen durchgehen"


def test_the_words_app_lists_for_lupdate_are_the_ones_it_shows():
    """Role outline names figures and empty profiles in words written elsewhere (app/analysis,
    app/io/role_profiles, which import no Qt): its lists for lupdate must hold them all."""
    from app.analysis.roles import RoleProfile
    from app.io import role_outline
    from app.io.role_profiles import FIGURE_LABELS, NO_ROLES

    assert set(FIGURE_LABELS.values()) <= set(role_outline.FIGURE_WORDS)
    nobody = RoleProfile.__new__(RoleProfile)
    reasons = set()
    for people in ([], ["someone"]):
        nobody.__dict__.update(people=people, card_ids=[])
        reasons.add(nobody.reason)
    assert reasons == set(role_outline.REASONS)
    assert role_outline.no_roles_text() == NO_ROLES


def test_view_language_lists_the_system_and_every_language_and_remembers_the_pick(qtbot, make_window):
    from app import i18n as languages

    window = make_window()
    menu = window.language.menu
    assert [a.text().replace("&", "") for a in menu.actions()] == ["System Default", "Deutsch", "English"]
    assert menu.actions()[0].isChecked()
    menu.actions()[1].trigger()
    assert languages.chosen() == "de"
    assert "next start" in window.statusBar().currentMessage()
    assert "Deutsch" in window.statusBar().currentMessage()
    second = make_window()
    assert [a.data() for a in second.language.menu.actions() if a.isChecked()] == ["de"]
    second.language.menu.actions()[0].trigger()
    assert languages.chosen() == ""


@pytest.fixture(scope="module")
def german_window(tmp_path_factory):
    """The probe's report on the window in German (its own process, as a person starts it)."""
    from tests.helpers import shot

    out = Path(shot("i18n-de")).with_suffix("")
    env = {**os.environ, "MESHWORK_LANGUAGE": "de", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "german_window_probe.py"), str(out)],
                          capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path_factory.mktemp("probe"))
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_in_german_has_german_menus(german_window):
    assert german_window["language"] == "de"
    assert german_window["menus"] == ["&Datei", "&Bearbeiten", "Arbeits&fläche", "&Ansicht", "Mu&ster",
                                      "&Moderation", "&Hilfe"]
    assert "&Sprache" in german_window["view_menu"]
    assert german_window["mnemonic_clashes"] == []


def test_the_window_in_german_clips_no_label_or_button(german_window):
    assert german_window["clipped"] == []


def test_the_window_in_german_shows_no_english_its_translation_has(german_window):
    assert german_window["english"] == []


def test_every_dock_and_main_dialog_was_grabbed(german_window):
    names = {Path(p).stem for p in german_window["shots"]}
    docks = {"LibraryDock", "ParticipantsDock", "InspectorDock", "FindandFilterDock", "ReflectionsDock",
             "AgendaDock", "VotingDock", "RoomJoinDock"}
    assert {f"de-{n}" for n in docks | {"window", "new-session", "continue", "compare", "trends", "series-map",
                                        "shortcuts", "guide", "replay"}} <= names
    assert all(Path(p).stat().st_size > 2000 for p in german_window["shots"])


def test_the_window_in_german_replays_the_session_in_german(german_window):
    lines = german_window["replay"]
    assert lines[0] == "Beginn der Sitzung" and len(lines) >= 3
    english = re.compile(r"\b(added|deleted|Added|Deleted|Changed|Moved|Linked|Unlinked|voted|Start of)\b")
    assert [line for line in lines if english.search(line)] == []


def test_the_window_in_german_opens_the_german_guide(german_window):
    guide = german_window["guide"]
    assert guide["file"] == "guide.de.md"
    assert guide["headings"][:3] == ["Meshwork: ein Leitfaden für die Moderation", "Installieren",
                                     "Ein erster Blick: die Demo-Reihe"]
    assert "Die Sitzung moderieren" in guide["headings"] and "Running the session" not in guide["headings"]


def test_every_word_of_the_vocabulary_the_window_shows_can_be_translated():
    """widgets/vocabulary_text.py lists the labels for lupdate by hand: none may be missing."""
    from app.vocabulary import CARD_KIND_LABELS, KNOWLEDGE_TYPES, LINK_KINDS, REFLECTION_KINDS
    from widgets.vocabulary_text import WORDS

    shown = set(CARD_KIND_LABELS.values()) | set(LINK_KINDS)
    shown |= {value.capitalize() for value in [*LINK_KINDS, *KNOWLEDGE_TYPES, *REFLECTION_KINDS]}
    assert shown - set(WORDS) == set()


def test_compiled_translations_are_built_never_committed():
    """The .qm files come from the build: make (run, test, dist, bundle), the bundle's spec, or the start."""
    makefile = (ROOT / "Makefile").read_text("utf-8")
    for target in ("run", "test", "dist", "bundle"):
        assert re.search(rf"^{target}: .*\$\(QM\)", makefile, re.M), target
    assert re.search(r"^resources/i18n/%\.qm: resources/i18n/%\.ts", makefile, re.M)
    assert re.search(r"^translations:.*\n(\t.*\n)*\t.*pyside6-lupdate", makefile, re.M)
    assert "compile_all()" in (ROOT / "packaging" / "meshwork.spec").read_text("utf-8")
    assert "resources/i18n/*.qm" in (ROOT / ".gitignore").read_text("utf-8").splitlines()
    if shutil.which("git") and (ROOT / ".git").exists():
        tracked = subprocess.run(["git", "ls-files", "resources/i18n"], cwd=ROOT, capture_output=True, text=True)
        assert not [f for f in tracked.stdout.split() if f.endswith(".qm")]
