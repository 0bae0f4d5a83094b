"""A method's prompts in several languages in one template file: a new session is
set up in the language the facilitator picks, and a translation can leave words out
but cannot name what the method does not have."""

import json

import pytest
from PySide6.QtCore import QLocale, Qt

from app import methods
from storage import entities, sessions
from tests.test_new_session import choose_method, open_dialog


def shipped():
    found, problems = methods.find_methods()
    assert problems == []
    return [m for m in found if not m.user]


@pytest.mark.parametrize("method", shipped(), ids=lambda m: m.id)
def test_every_shipped_method_speaks_german_in_full(method):
    german = method.in_language("de")
    assert method.languages == ["en", "de"]
    assert german.shown_language == "de"
    assert german.name != method.name and german.description != method.description
    for own, translated in zip(method.canvases, german.canvases, strict=True):
        assert (translated["name"] != own["name"]
                or own["name"] == "Canvas 1" and translated["name"] == "Arbeitsfläche 1")
        for zone, shown in zip(own.get("zones", []), translated.get("zones", []), strict=True):
            if not zone.get("per_role"):
                assert shown["label"] != zone["label"], zone["label"]
    for own, translated in zip(method.agenda, german.agenda, strict=True):
        assert translated["title"] != own["title"] and translated["prompt"] != own["prompt"]
        assert translated["duration_s"] == own["duration_s"] and translated.get("canvas") == own.get("canvas")
    assert method.in_language("de").data["canvases"] is not method.data["canvases"]  # the file's words stay


def test_the_closest_language_is_picked_and_missing_words_fall_back(tmp_path):
    data = json.loads((methods.shipped_dir() / "anecdote-circle.json").read_text("utf-8"))
    data["translations"] = {"de": {"name": "Geschichtenkreis", "agenda": [{"title": "Rahmen"}]},
                            "fr_CA": {"name": "Cercle d'anecdotes"}}
    path = tmp_path / "circle.json"
    path.write_text(json.dumps(data), "utf-8")
    method = methods.load_file(path, user=True)

    assert method.languages == ["en", "de", "fr_CA"]
    assert method.in_language("de_AT").name == "Geschichtenkreis"
    assert method.in_language("fr").name == "Cercle d'anecdotes"  # any French beats none
    assert method.in_language("ja").name == "Anecdote circle"
    assert method.in_language(None).shown_language == "en"
    german = method.in_language("de")
    assert german.agenda[0]["title"] == "Rahmen"
    assert german.agenda[0]["prompt"] == method.agenda[0]["prompt"]  # left out: the file's own words
    assert german.agenda[1]["title"] == method.agenda[1]["title"]
    assert german.description == method.description
    # Picking another language starts from the file's own words, not from the German.
    assert german.in_language("fr").agenda[0]["title"] == method.agenda[0]["title"]
    assert german.in_language("en").name == "Anecdote circle"


@pytest.mark.parametrize("words, problem", [
    ({"canvases": {"nowhere": {"name": "Nirgends"}}}, "names canvas 'nowhere'"),
    ({"agenda": [{"title": str(n)} for n in range(6)]}, "has 6 agenda steps; the method has 5"),
    ({"canvases": {"stories": {"zones": ["A", "B"]}}}, "2 zone labels; it has 1 zones"),
    ({"steps": []}, "Additional properties are not allowed"),
])
def test_a_translation_that_names_what_the_method_lacks_is_refused(tmp_path, words, problem):
    data = json.loads((methods.shipped_dir() / "anecdote-circle.json").read_text("utf-8"))
    data["translations"] = {"de": words}
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(methods.MethodError) as caught:
        methods.load_file(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_a_language_code_must_look_like_one(tmp_path):
    data = json.loads((methods.shipped_dir() / "free.json").read_text("utf-8"))
    data["translations"] = {"German": {"name": "Frei"}}
    path = tmp_path / "free2.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(methods.MethodError, match="German"):
        methods.load_file(path)


@pytest.fixture
def german_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def pick_language(qtbot, dialog, name):
    dialog.language.setFocus()
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        for _ in range(dialog.language.count()):
            if dialog.language.currentText() == name:
                return
            qtbot.keyClick(dialog.language, key)
    assert dialog.language.currentText() == name


def test_a_german_facilitator_sets_up_a_session_in_german(make_window, qtbot, german_locale):
    window = make_window()
    dialog = open_dialog(window, qtbot)
    choose_method(qtbot, dialog, "Tätigkeitslandkarte")  # listed in the window's language
    assert dialog.language.currentText() == "Deutsch" and dialog.language.isEnabled()
    assert dialog.description.text().startswith("Jede Rolle zeigt")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    db = window.library.db
    session = sessions.most_recent(db)
    steps = entities.in_session(db, "agenda_steps", session["id"])
    assert [s["title"] for s in steps][:2] == ["Begrüßung und Ziel", "Was ich tue"]
    assert steps[1]["prompt"].startswith("Allein und ohne zu sprechen")
    assert [c["name"] for c in entities.in_session(db, "canvases", session["id"])] == ["Tätigkeitslandkarte"]
    assert window.tabs.tabText(0) == "Tätigkeitslandkarte"


def test_the_prompts_can_be_in_another_language_than_the_window(make_window, qtbot, german_locale):
    window = make_window()
    dialog = open_dialog(window, qtbot)
    choose_method(qtbot, dialog, "Cynefin-Kontextualisierung")
    pick_language(qtbot, dialog, "English")
    assert dialog.description.text().startswith("Place situations relative to each other")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    db = window.library.db
    session = sessions.most_recent(db)
    assert entities.in_session(db, "agenda_steps", session["id"])[0]["title"] == "Collect situations"
    labels = [z["label"] for z in entities.in_session(db, "zones", session["id"])]
    assert "Disorder" in labels and "Unordnung" not in labels


def test_a_method_saved_from_a_german_session_says_it_is_german(session_doc):
    data = methods.method_from_session(session_doc.db, session_doc.session_id, "Meine Methode", language="de_DE")
    assert data["language"] == "de"
    assert "language" not in methods.method_from_session(session_doc.db, session_doc.session_id, "Mine",
                                                         language="en_GB")
    assert "language" not in methods.method_from_session(session_doc.db, session_doc.session_id, "Mine",
                                                         language="C")
