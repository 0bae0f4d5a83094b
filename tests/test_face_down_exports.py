"""One rule for face-down cards in every export (issue 14, defect 8): a silent
round's card not yet revealed is left out unless the facilitator asks for it;
JSON, the complete session, always keeps it (still face down)."""

import json
import subprocess
import sys
import zipfile

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from app.io import face_down, registry
from app.io.importing import import_path
from storage import rows, series, sessions
from storage.library import open_library
from widgets.export.formats import register_drawn_formats

SECRET = "Quietly written secret"
SECRET_WHY = "Nobody should read this yet"
SHOWN = "Check the claim form"
SESSION_FORMATS = ["png", "svg", "pdf", "html", "report-html", "report-pdf", "csv", "xlsx", "graphml",
                   "excalidraw", "md", "roles-html", "roles-pdf"]


def face_down_library(path):
    """A series with one session: a face-up card by Ana, and Ben's face-down card far to
    its right, linked to it, with a why, a tag and a reflection that names it."""
    db = open_library(path)
    group = series.create(db, "Claims team")
    session = sessions.create(db, group["id"], "Silent round", date="2026-03-10")
    canvas = rows.insert(db, "canvases", {"session_id": session["id"], "name": "Map"})
    ana, ben = (rows.insert(db, "participants", {"session_id": session["id"], "name": n, "role": r,
                                                 "colour": c, "position": i})
                for i, (n, r, c) in enumerate([("Ana", "Intake", "#E69F00"), ("Ben", "Assessor", "#56B4E9")]))
    shown = rows.insert(db, "cards", {"canvas_id": canvas["id"], "participant_id": ana["id"], "text": SHOWN,
                                      "x": 0, "y": 0, "lineage_id": "", "updated_at": "2026-03-10T10:00:00+00:00"})
    secret = rows.insert(db, "cards", {"canvas_id": canvas["id"], "participant_id": ben["id"], "text": SECRET,
                                       "why": SECRET_WHY, "x": 1500, "y": 0, "hidden": 1, "lineage_id": "",
                                       "updated_at": "2026-03-10T10:01:00+00:00"})
    rows.insert(db, "links", {"canvas_id": canvas["id"], "source_id": shown["id"], "target_id": secret["id"],
                              "kind": "hand-off"})
    rows.insert(db, "reflections", {"session_id": session["id"], "kind": "insight", "text": "Talk it over",
                                    "card_id": secret["id"]})
    db.close()
    return {"series": group["id"], "session": session["id"], "secret": secret["id"]}


@pytest.fixture
def built(tmp_path):
    return face_down_library(tmp_path / "lib.db")


def squeeze(text):
    """Text without white space: a PDF's text comes back broken into lines at odd places."""
    return "".join(text.split())


def text_of(path):
    """Everything a reader of the file could see, as text without white space."""
    return squeeze(_text_of(path))


def _text_of(path):
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as book:
            return "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml"))
    if path.suffix == ".pdf":
        from PySide6.QtPdf import QPdfDocument

        doc = QPdfDocument()
        assert doc.load(str(path)) == QPdfDocument.Error.None_
        text = "\n".join(doc.getAllText(page).text() for page in range(doc.pageCount()))
        doc.close()
        return text
    return path.read_text(encoding="utf-8")


def export(tmp_path, built, name, **options):
    register_drawn_formats()
    exporter = registry.EXPORTERS[name]
    out = tmp_path / ("with" if options else "without") / f"s{exporter.suffix}"
    out.parent.mkdir(exist_ok=True)
    db = open_library(tmp_path / "lib.db")
    try:
        return exporter(db, built["session"], out, **options)
    finally:
        db.close()


@pytest.mark.parametrize("name", [n for n in SESSION_FORMATS if n != "png"])
def test_face_down_text_is_left_out_unless_asked_for(qapp, tmp_path, built, name):
    left_out = "".join(text_of(p) for p in export(tmp_path, built, name))
    assert squeeze(SHOWN) in left_out  # the export did write the session
    assert squeeze(SECRET) not in left_out and squeeze(SECRET_WHY) not in left_out
    included = "".join(text_of(p) for p in export(tmp_path, built, name, **{face_down.OPTION: True}))
    assert squeeze(SECRET) in included


def test_the_png_draws_the_face_down_card_only_when_asked_for(qapp, tmp_path, built):
    without = QImage(str(export(tmp_path, built, "png")[0]))
    with_it = QImage(str(export(tmp_path, built, "png", include_face_down=True)[0]))
    # The face-down card sits 1,500 units right of the other: the map is that much wider with it.
    assert without.width() < 600 < 1500 < with_it.width()
    right = with_it.copy(with_it.width() - 260, 0, 260, with_it.height())
    colours = {right.pixel(x, y) for x in range(0, 260, 4) for y in range(0, right.height(), 4)}
    assert len(colours) > 3  # a card is drawn there, not white space


def test_json_keeps_face_down_cards_face_down_and_imports_them_back(qapp, tmp_path, built):
    for options in ({}, {face_down.OPTION: True}):
        (out,) = export(tmp_path, built, "json", **options)
        document = json.loads(out.read_text(encoding="utf-8"))
        cards = [c for canvas in document["canvases"] for c in canvas["cards"]] if "cards" not in document \
            else document["cards"]
        secret = next(c for c in cards if c["text"] == SECRET)
        assert secret["hidden"] == 1
    assert registry.EXPORTERS["json"].keeps_face_down
    other = open_library(tmp_path / "other.db")
    import_path(other, out)
    assert other.execute("SELECT text, hidden FROM cards WHERE id = ?", [built["secret"]]).fetchall() == [(SECRET, 1)]
    other.close()


def test_series_gexf_leaves_face_down_cards_out_unless_asked_for(tmp_path, built):
    exporter = registry.SERIES_EXPORTERS["gexf"]
    db = open_library(tmp_path / "lib.db")
    (without,) = exporter(db, built["series"], tmp_path / "without.gexf")
    (with_it,) = exporter(db, built["series"], tmp_path / "with.gexf", include_face_down=True)
    db.close()
    assert SHOWN in without.read_text(encoding="utf-8") and SECRET not in without.read_text(encoding="utf-8")
    assert SECRET in with_it.read_text(encoding="utf-8")


def test_readable_formats_say_how_many_were_left_out(qapp, tmp_path, built):
    assert "1 face-down card left out" in export(tmp_path, built, "md")[0].read_text(encoding="utf-8")
    assert "face-down card left out" in export(tmp_path, built, "html")[0].read_text(encoding="utf-8")


def meshwork(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("command, suffix", [(["export", "Silent round", "-f", "md"], ".md"),
                                             (["export", "Silent round", "-f", "svg"], ".svg"),
                                             (["export-series", "Claims team", "-f", "gexf"], ".gexf")])
def test_the_command_line_option_include_face_down(tmp_path, built, command, suffix):
    library = tmp_path / "lib.db"
    plain = meshwork(*command, "-o", tmp_path / f"plain{suffix}", "--library", library)
    asked = meshwork(*command, "-o", tmp_path / f"asked{suffix}", "--include-face-down", "--library", library)
    assert plain.returncode == 0 and asked.returncode == 0, plain.stderr + asked.stderr
    assert SECRET not in (tmp_path / f"plain{suffix}").read_text(encoding="utf-8")
    assert SECRET in (tmp_path / f"asked{suffix}").read_text(encoding="utf-8")


def _menu_action(window, *path):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    for text in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.menu() and a.text().replace("&", "") == text)
    return next(a for a in menu.actions() if a.text().replace("&", "") == path[-1])


def test_the_export_menus_share_one_include_face_down_option(make_window, library_path, tmp_path, monkeypatch):
    built = face_down_library(library_path)
    window = make_window()
    window.open_session(built["session"])
    saving = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saving["to"]), "")))
    options = [_menu_action(window, menu, "Include Face-Down Cards")
               for menu in ("Export Canvas", "Export Session", "Export Session Data")]
    assert len({id(a) for a in options}) == 1 and not options[0].isChecked()  # off whenever a window opens

    saving["to"] = tmp_path / "plain.md"
    _menu_action(window, "Export Session Data", "Summary (Markdown)…").trigger()
    assert SECRET not in saving["to"].read_text(encoding="utf-8")
    assert "1 face-down card left out" in window.statusBar().currentMessage()

    options[1].trigger()  # ticked in Export Session: ticked in every export menu
    assert _menu_action(window, "Export Session Data", "Include Face-Down Cards").isChecked()
    saving["to"] = tmp_path / "asked.html"
    _menu_action(window, "Export Session", "Offline Web Page (HTML)…").trigger()
    assert SECRET in saving["to"].read_text(encoding="utf-8")
    assert "1 face-down card included" in window.statusBar().currentMessage()
    # Only the export saw it face up: the library and the canvas still hold it face down.
    assert window.library.db.execute("SELECT hidden FROM cards WHERE id = ?", [built["secret"]]).fetchone() == (1,)
    assert not window.tabs.current_view().canvas_scene.cards[built["secret"]].isVisible()

    options[0].trigger()
    saving["to"] = tmp_path / "session.json"
    _menu_action(window, "Export Session Data", "Session (JSON)…").trigger()
    assert SECRET in saving["to"].read_text(encoding="utf-8")  # the complete session, card still face down
    assert "keeps the face-down card" in window.statusBar().currentMessage()
