"""The command line speaks the person's language: with MESHWORK_LANGUAGE=de (or
View > Language, or a German system) its help, messages and table headings are
German; the data it prints (titles, names) and its JSON keys are not translated."""

import json
import os
import subprocess
import sys

from tests.helpers import make_session


def meshwork(*args, language="de"):
    env = {**os.environ, "MESHWORK_LANGUAGE": language, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_the_session_list_and_its_mistakes_in_german(tmp_path):
    library = tmp_path / "lib.db"
    make_session(library, title="Kick-off", participants=[("Ana", "Claims handler")])
    listed = meshwork("sessions", "--library", library)
    assert listed.returncode == 0
    header = listed.stdout.splitlines()[0].split()
    assert header == ["Reihe", "Datum", "Sitzung", "Karten", "ID"]
    assert "Kick-off" in listed.stdout  # data stays as it was typed
    wrong = meshwork("export", "--library", library, "--format", "svg", "--out", tmp_path, "Nowhere")
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == "meshwork: keine Sitzung 'Nowhere' in dieser Bibliothek (siehe `meshwork sessions`)"
    keys = json.loads(meshwork("sessions", "--library", library, "--json").stdout)
    assert "title" in json.dumps(keys)  # JSON keys are never translated


def test_the_help_in_german_and_in_english(tmp_path):
    german = meshwork("export", "--help")
    assert "eine Sitzung in eine Datei schreiben" not in german.stdout  # the subcommand's own help is its options
    assert "nur diese Arbeitsfläche" in german.stdout and "Maßstab der Bildformate" in german.stdout
    english = meshwork("export", "--help", language="en")
    assert "only this canvas" in english.stdout
