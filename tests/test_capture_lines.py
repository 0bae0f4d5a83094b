"""Quick capture while the room talks: pasted lines become one card each after one
question (in the capture bar and on the canvas), empty captures say why nothing was
made, @Name says whose cards come next, tags show on the cards, and Ctrl+Alt+R
puts the cursor in the reflection text."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.helpers import make_session


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")])
    return make_window()


@pytest.fixture
def asked(monkeypatch):
    questions = []

    def answer(*args, **_kw):
        questions.append(args[2])
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", answer)
    return questions


def stored_texts(window):
    return [r[0] for r in window.library.db.execute("SELECT text FROM cards ORDER BY rowid")]


def capture(qtbot, window, text):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    line = window.capture_bar.line
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_pasting_200_lines_into_capture_asks_once_and_makes_200_cards(qtbot, window, asked):
    lines = [f"step {i} of the claim" for i in range(200)]
    QGuiApplication.clipboard().setText("\n".join(lines) + "\n\n")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Make 200 cards, one per line?"]
    assert stored_texts(window) == lines
    assert len(window.tabs.current_view().canvas_scene.cards) == 200
    assert window.capture_bar.note.text() == "Made 200 cards"
    assert window.capture_bar.line.text() == ""
    window.undo_action.trigger()  # one undo takes the whole paste back
    assert stored_texts(window) == []


def test_ctrl_v_of_plain_text_on_the_canvas_makes_a_card_per_line(qtbot, window, asked):
    view = window.tabs.current_view()
    view.setFocus()
    QGuiApplication.clipboard().setText("call the customer\n@Ben inspect the damage #onsite\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Make 2 cards, one per line?"]
    assert stored_texts(window) == ["call the customer", "inspect the damage"]
    owner = window.library.db.execute(
        "SELECT p.name FROM cards c JOIN participants p ON p.id = c.participant_id "
        "WHERE c.text = 'inspect the damage'").fetchone()[0]
    assert owner == "Ben"
    assert len(view.canvas_scene.selected_card_ids()) == 2
    QGuiApplication.clipboard().setText("one more line")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # one line: no question
    assert len(asked) == 1 and stored_texts(window)[-1] == "one more line"


@pytest.mark.parametrize("line, said", [
    ("@Ana ", "No card made: type the card's words after @Ana"),
    ("why:", "No card made: type the card's words after “why:”"),
    ("#tagonly", "No card made: a card needs words, not only tags"),
])
def test_empty_captures_say_why_nothing_was_made(qtbot, window, line, said):
    capture(qtbot, window, line)
    note = window.capture_bar.note
    assert note.isVisible() and note.text() == said
    assert stored_texts(window) == []
    assert window.capture_bar.line.text() == line  # kept for correction


def test_at_name_says_whose_cards_come_next_and_tags_show_on_cards(qtbot, window):
    capture(qtbot, window, "@Ben inspect the damage #onsite")
    bar = window.capture_bar
    assert bar.note.text() == "New cards are now Ben’s"
    assert "Ben" in bar.who.text()
    capture(qtbot, window, "write the report")  # same owner: nothing more to say
    assert not bar.note.isVisible()
    capture(qtbot, window, "@Ana call the customer")
    assert bar.note.text() == "New cards are now Ana’s"
    window.editor.set_current_participant(next(p.id for p in window.editor.doc.all("participants")
                                               if p.name == "Ben"))  # chosen in the roster instead
    assert not bar.note.isVisible() and "Ben" in bar.who.text()  # no stale "now Ana's"
    item = next(i for i in window.tabs.current_view().canvas_scene.cards.values()
                if i.card.text == "inspect the damage")
    assert item.face().tags == "#onsite" and item.face().footer == "Assessor · Ben"
    tags = window.library.db.execute("SELECT t.name FROM card_tags ct JOIN tags t ON t.id = ct.tag_id").fetchall()
    assert [t[0] for t in tags] == ["onsite"]


def test_ctrl_alt_r_puts_the_cursor_in_the_reflection_text(qtbot, window):
    view = window.tabs.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    text = window.reflections_panel.text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is text)
    qtbot.keyClicks(QApplication.focusWidget(), "claims wait on the assessor")
    assert text.text() == "claims wait on the assessor"


def test_a_refused_capture_is_explained_in_the_windows_language(qtbot, window, monkeypatch):
    from app import i18n

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warned.append(text))
    if i18n.install("de") != "de":
        i18n.install("en")
        pytest.skip("the German translation could not be compiled here (no lrelease)")
    try:
        capture(qtbot, window, "#tagonly")
        assert window.capture_bar.note.text() == (
            "Keine Karte angelegt: Eine Karte braucht Text, nicht nur Schlagwörter")
        window.capture_bar.line.clear()
        capture(qtbot, window, "@zed call the customer")
        assert warned == ["In dieser Sitzung heißt niemand „zed“"]
        assert window.statusBar().currentMessage() == warned[0]
        assert window.capture_bar.line.text() == "@zed call the customer"  # kept for correction
    finally:
        i18n.install("en")
    assert stored_texts(window) == []
