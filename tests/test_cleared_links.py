"""A removed card clears the reflections that named it, as a removed participant
clears the cards they wrote (the library's ON DELETE SET NULL). The event log says
so, so replay shows the link while the card lived, and undo puts the link back."""

from app import replay as replay_mod
from app.editor import Editor
from app.model import Reflection
from storage.library import new_id


def reflection_on(editor, card_id):
    reflection = Reflection(id=new_id(), session_id=editor.doc.session_id, kind="action",
                            text="Ask the broker", card_id=card_id)
    editor.add_records("reflections", [reflection], "Add reflection")
    return reflection.id


def stored_card_of(db, reflection_id):
    return db["reflections"].get(reflection_id)["card_id"]


def test_deleting_a_card_clears_and_undo_restores_the_reflection_link(session_doc):
    editor = Editor(session_doc)
    canvas_id = session_doc.all("canvases")[0].id
    card = editor.capture("phone the broker", canvas_id)
    reflection_id = reflection_on(editor, card.id)
    changed = []
    session_doc.changed.connect(lambda table, record, fields: changed.append((table, record.id, fields)))

    editor.delete(card_ids=[card.id])
    assert stored_card_of(session_doc.db, reflection_id) is None
    assert session_doc.get("reflections", reflection_id).card_id is None
    assert ("reflections", reflection_id, {"card_id"}) in changed  # the reflections panel hears of it

    history = replay_mod.Replay(session_doc.db, session_doc.session_id)
    before_delete = history.state_at(len(history) - 2)  # the clearing and the removal are the last two
    assert before_delete.get("reflections", reflection_id).card_id == card.id
    assert history.state_at(len(history)).get("reflections", reflection_id).card_id is None

    editor.stack.undo()
    assert stored_card_of(session_doc.db, reflection_id) == card.id
    assert session_doc.get("reflections", reflection_id).card_id == card.id
    editor.stack.redo()
    assert stored_card_of(session_doc.db, reflection_id) is None


def test_deleting_a_canvas_clears_the_links_of_its_cards_and_undo_restores_them(session_doc):
    editor = Editor(session_doc)
    canvas_id = session_doc.all("canvases")[0].id
    card = editor.capture("phone the broker", canvas_id)
    reflection_id = reflection_on(editor, card.id)
    editor.add_canvas("Second")  # a session keeps at least one canvas
    editor.delete_canvas(canvas_id)
    assert stored_card_of(session_doc.db, reflection_id) is None
    editor.stack.undo()
    assert stored_card_of(session_doc.db, reflection_id) == card.id
    assert session_doc.get("reflections", reflection_id).card_id == card.id
