"""Every edit kind is undoable, on the model and in the library."""

import pytest

from app.editor import Editor
from storage import events


@pytest.fixture
def editor(qapp, session_doc):
    ed = Editor(session_doc)
    ed.add_participant("Ana", role="Claims handler")
    ed.add_participant("Ben", role="Assessor")
    ed.stack.clear()
    return ed


def canvas_id(editor):
    return editor.doc.all("canvases")[0].id


def test_capture_uses_prefixes_and_places_without_overlap(editor):
    cid = canvas_id(editor)
    first = editor.capture("@Ana review the claim #intake", cid)
    second = editor.capture("call the customer #intake #phone", cid)
    third = editor.capture("@ben why: to check the damage", cid)
    ana = editor.doc.all("participants")[0]
    assert first.text == "review the claim" and first.tags == ["intake"]
    assert first.participant_id == ana.id and second.participant_id == ana.id
    assert third.kind == "purpose" and third.participant_id != ana.id
    boxes = [(c.x, c.y) for c in editor.doc.all("cards")]
    assert len(set(boxes)) == 3
    assert abs(second.y - first.y) < 1 and second.x > first.x  # next to the previous card
    stored = editor.doc.db.execute(
        "SELECT t.name FROM card_tags ct JOIN tags t ON t.id = ct.tag_id WHERE card_id = ?",
        [second.id]).fetchall()
    assert sorted(r[0] for r in stored) == ["intake", "phone"]


def test_unknown_mention_is_refused_with_a_message(editor, qtbot):
    with qtbot.waitSignal(editor.failed) as blocker:
        assert editor.capture("@Zed does things", canvas_id(editor)) is None
    assert "Zed" in blocker.args[0]
    assert editor.doc.db["cards"].count == 0


def _library_and_model(editor) -> dict:
    """Everything an edit of cards, tags, links or zones can change, in the library
    (every column but the update stamps) and in the open model."""
    db = editor.doc.db

    def rows(table):
        found = [{k: v for k, v in r.items() if k != "updated_at"} for r in db.query(f"SELECT * FROM {table}")]
        return sorted(found, key=lambda r: r["id"])

    tags = sorted(db.execute("SELECT ct.card_id, t.name FROM card_tags ct JOIN tags t ON t.id = ct.tag_id"))
    model = sorted((c.id, c.x, c.y, c.width, c.height, c.text, c.kind, c.zone_id, tuple(c.tags))
                   for c in editor.doc.all("cards"))
    return {"cards": rows("cards"), "card_tags": tags, "links": rows("links"), "zones": rows("zones"),
            "model": model, "model_links": sorted((k.source_id, k.target_id, k.kind) for k in editor.doc.all("links"))}


@pytest.mark.parametrize("edit", ["text", "move", "resize", "kind", "tags", "delete", "link",
                                  "zone", "align", "duplicate", "nudge"])
def test_undo_restores_model_and_library(editor, edit):
    cid = canvas_id(editor)
    a = editor.capture("receive claim #intake #paper", cid)
    b = editor.capture("assess damage", cid)
    editor.add_link(a.id, b.id, "hand-off")
    editor.move("cards", {b.id: (b.x, b.y + 120.0)})  # so that aligning them moves one
    before = _library_and_model(editor)
    depth = editor.stack.count()
    {
        "text": lambda: editor.edit_card(a.id, text="receive and log claim"),
        "move": lambda: editor.move("cards", {a.id: (500.0, 400.0)}),
        "resize": lambda: editor.resize("cards", a.id, (a.x, a.y, 300.0, 200.0)),
        "kind": lambda: editor.edit_card(a.id, kind="pain point"),
        "tags": lambda: editor.edit_card(a.id, tags=["intake", "urgent"]),
        "delete": lambda: editor.delete(card_ids=[a.id]),
        "link": lambda: editor.add_link(b.id, a.id, "informs"),
        "zone": lambda: editor.add_zone(cid, "Intake", (-50, -50, 1000, 500)),
        "align": lambda: editor.align([a.id, b.id], "top"),
        "duplicate": lambda: editor.duplicate([a.id, b.id]),
        "nudge": lambda: (editor.nudge("cards", [a.id], 10, 0), editor.nudge("cards", [a.id], 10, 0)),
    }[edit]()
    assert editor.stack.count() == depth + 1, "one edit, one undo step"
    changed = _library_and_model(editor)
    assert changed != before, "the edit changed nothing this test compares"
    if edit == "tags":
        assert ("intake" in (t := editor.doc.get("cards", a.id).tags) and "urgent" in t and "paper" not in t)
    editor.stack.undo()
    after = _library_and_model(editor)
    for part in before:
        assert after[part] == before[part], part
    assert editor.doc.get("cards", a.id).tags == ["intake", "paper"]


def test_each_edit_is_one_event_in_the_same_transaction(editor):
    start = events.count(editor.doc.db, editor.doc.session_id)
    card = editor.capture("log the call", canvas_id(editor))
    editor.edit_card(card.id, text="log the phone call")
    log = events.for_session(editor.doc.db, editor.doc.session_id)[start:]
    assert [(e["action"], e["entity"]) for e in log] == [("add", "cards"), ("change", "cards")]
    assert log[1]["payload"] == {"before": {"text": "log the call"}, "after": {"text": "log the phone call"}}


def test_card_knows_its_zone_and_follows_zone_changes(editor):
    cid = canvas_id(editor)
    card = editor.capture("triage", cid)
    zone = editor.add_zone(cid, "Intake", (-100, -100, 800, 400))
    assert editor.doc.get("cards", card.id).zone_id == zone.id
    editor.move("cards", {card.id: (2000.0, 2000.0)})
    assert editor.doc.get("cards", card.id).zone_id is None
    assert editor.doc.db["cards"].get(card.id)["zone_id"] is None
    editor.stack.undo()
    assert editor.doc.db["cards"].get(card.id)["zone_id"] == zone.id


def test_swimlanes_from_roster_and_new_cards_land_in_their_lane(editor):
    cid = canvas_id(editor)
    lanes = editor.swimlanes_from_roster(cid)
    assert [z.label for z in lanes] == ["Claims handler", "Assessor"]
    ben = editor.doc.all("participants")[1]
    editor.set_current_participant(ben.id)
    card = editor.capture("inspect the car", cid)
    assert card.zone_id == lanes[1].id


def test_removing_a_participant_is_undoable_with_their_authorship(editor):
    cid = canvas_id(editor)
    card = editor.capture("@Ana review", cid)
    ana = editor.doc.get("cards", card.id).participant_id
    editor.remove_participant(ana)
    assert editor.doc.get("cards", card.id).participant_id is None
    editor.stack.undo()
    assert editor.doc.get("cards", card.id).participant_id == ana
    assert editor.doc.db["cards"].get(card.id)["participant_id"] == ana


def test_canvas_add_rename_reorder_delete_undo(editor):
    first = canvas_id(editor)
    second = editor.add_canvas("Resources")
    editor.capture("use the claims system", second.id)
    editor.move_canvas(second.id, 0)
    assert [c.name for c in editor.doc.all("canvases")] == ["Resources", "Activities"]
    editor.delete_canvas(second.id)
    assert editor.doc.db["cards"].count == 0
    editor.stack.undo()
    assert editor.doc.db["cards"].count == 1
    assert [c.id for c in editor.doc.all("canvases")] == [second.id, first]


def test_paste_between_canvases_keeps_internal_links(editor):
    cid = canvas_id(editor)
    a = editor.capture("a", cid)
    b = editor.capture("b", cid)
    editor.add_link(a.id, b.id)
    other = editor.add_canvas("Copy")
    new_ids = editor.paste(editor.copy_payload([a.id, b.id]), other.id)
    assert len(new_ids) == 2
    assert len(editor.doc.on_canvas("links", other.id)) == 1
    assert {editor.doc.get("cards", i).lineage_id for i in new_ids} == {a.lineage_id, b.lineage_id}


def test_tags_keep_the_library_spelling(editor):
    cid = canvas_id(editor)
    editor.capture("first #Intake", cid)
    second = editor.capture("second #intake", cid)
    assert second.tags == ["Intake"]
    editor.edit_card(second.id, tags=["INTAKE", "phone"])
    assert editor.doc.get("cards", second.id).tags == ["Intake", "phone"]


def test_generic_records_and_session_fields_are_undoable(editor):
    from app.model import Reflection

    r1 = "0b9e1c2a-7d3f-4e55-9a61-2f4c8d1e0a01"  # ids are UUIDs (the row rules check it)

    note = Reflection(id=r1, session_id=editor.doc.session_id, kind="action", text="Call the insurer",
                      owner="Ana")
    assert editor.add_records("reflections", [note], "Add action")
    assert editor.change_records("reflections", {r1: {"text": "Call the insurer today"}}, "Edit action")
    assert editor.doc.db["reflections"].get(r1)["text"] == "Call the insurer today"
    assert editor.change_session("Set dots", dots_per_participant=5)
    assert editor.doc.db["sessions"].get(editor.doc.session_id)["dots_per_participant"] == 5
    editor.stack.undo()
    assert editor.doc.session["dots_per_participant"] == 3
    assert editor.doc.db["sessions"].get(editor.doc.session_id)["dots_per_participant"] == 3
    editor.stack.undo()
    editor.stack.undo()
    assert editor.doc.db["reflections"].count == 0


@pytest.mark.parametrize(("how", "expected"), [
    ("left", {"x": [0, 0]}), ("right", {"x": [300, 300]}), ("top", {"y": [0, 0]}),
    ("bottom", {"y": [250, 250]}), ("hcentre", {"x": [150, 150]}), ("vcentre", {"y": [125, 125]}),
])
def test_align_lines_up_the_chosen_edge_or_centre(editor, how, expected):
    cid = canvas_id(editor)
    a = editor.add_card(cid, "a", pos=(0.0, 0.0))
    b = editor.add_card(cid, "b", pos=(300.0, 250.0))
    assert a.width == b.width and a.height == b.height  # equal cards: the lined-up x or y is the same
    assert editor.align([a.id, b.id], how)
    (axis, values), = expected.items()
    got = [getattr(editor.doc.get("cards", i), axis) for i in (a.id, b.id)]
    assert got == values
    assert editor.stack.undoText().startswith("Align 2 cards: ")


def test_the_undo_names_of_edits_are_in_the_windows_language(editor):
    """What Undo names (Edit menu) is said in the window's language: the alignment's words,
    the link's kind and the changed field come from lists translated only when shown."""
    from app import i18n

    cid = canvas_id(editor)
    a = editor.add_card(cid, "a", pos=(0.0, 0.0))
    b = editor.add_card(cid, "b", pos=(300.0, 250.0))
    ana = editor.doc.all("participants")[0]
    if i18n.install("de") != "de":
        i18n.install("en")
        pytest.skip("the German translation could not be compiled here (no lrelease)")
    named = []
    try:
        for step in (lambda: editor.align([a.id, b.id], "left"), lambda: editor.add_link(a.id, b.id),
                     lambda: editor.edit_card(a.id, text="review the claim"),
                     lambda: editor.edit_card(a.id, text="call", why="to ask"),
                     lambda: editor.edit_participant(ana.id, name="Anna")):
            assert step()
            named.append(editor.stack.undoText())
    finally:
        i18n.install("en")
    assert named == ["2 Karten ausrichten: linke Kanten", "Karten verbinden (Übergabe)", "Kartentext ändern",
                     "Karte ändern", "Person umbenennen"]
    assert [editor.doc.get("cards", a.id).text, editor.doc.get("participants", ana.id).name] == ["call", "Anna"]


def test_what_was_edited_is_named_in_the_windows_language(editor):
    """Two fields at once, or one with no name of its own, name the thing edited: in German too."""
    from app import i18n

    cid = canvas_id(editor)
    a = editor.add_card(cid, "a", pos=(0.0, 0.0))
    b = editor.add_card(cid, "b", pos=(300.0, 0.0))
    zone = editor.add_zone(cid, "Intake", (0.0, 400.0, 300.0, 200.0))
    link = editor.add_link(a.id, b.id)
    ana = editor.doc.all("participants")[0]
    if i18n.install("de") != "de":
        i18n.install("en")
        pytest.skip("the German translation could not be compiled here (no lrelease)")
    named = []
    try:
        for step in (lambda: editor.edit_zone(zone.id, label="Payout", colour="#FFFFFF"),
                     lambda: editor.edit_link(link.id, label="waits", kind="depends on"),
                     lambda: editor.edit_participant(ana.id, name="Ann", role="Lead"),
                     lambda: editor.edit_card(a.id, hidden=1)):
            assert step()
            named.append(editor.stack.undoText())
    finally:
        i18n.install("en")
    assert named == ["Zone ändern", "Verbindung ändern", "Person ändern", "Karte ändern"]
    assert editor.doc.db["cards"].get(a.id)["hidden"] == 1


def test_undo_names_that_count_are_in_the_windows_language(editor):
    """Counted names (Add 2 cards, Move 2 cards, Delete 1 card...) take the German plural forms."""
    from app import i18n

    cid = canvas_id(editor)
    if i18n.install("de") != "de":
        i18n.install("en")
        pytest.skip("the German translation could not be compiled here (no lrelease)")
    named = []
    try:
        a, b = editor.capture_lines(["review the claim", "pay out"], cid)
        named.append(editor.stack.undoText())
        assert editor.move("cards", {a.id: (400.0, 10.0), b.id: (400.0, 300.0)})
        named.append(editor.stack.undoText())
        lanes = editor.swimlanes_from_roster(cid)
        named.append(editor.stack.undoText())
        assert editor.move("zones", {lanes[0].id: (0.0, 900.0)})
        named.append(editor.stack.undoText())
        link = editor.add_link(a.id, b.id)
        assert editor.delete(link_ids=[link.id])
        named.append(editor.stack.undoText())
        assert editor.delete(card_ids=[b.id])
        named.append(editor.stack.undoText())
        assert editor.delete(zone_ids=[lanes[0].id])
        named.append(editor.stack.undoText())
        assert editor.delete(card_ids=[a.id], zone_ids=[lanes[1].id])
        named.append(editor.stack.undoText())
    finally:
        i18n.install("en")
    assert named == ["2 Karten hinzufügen", "2 Karten verschieben", "2 Bahnen hinzufügen", "1 Zone verschieben",
                     "1 Verbindung löschen", "1 Karte löschen", "1 Zone löschen", "2 Elemente löschen"]
    assert editor.doc.db["cards"].count == 0 and editor.doc.db["zones"].count == 0


def test_undo_names_an_edit_by_its_one_field_or_by_what_was_edited(editor):
    cid = canvas_id(editor)
    a = editor.add_card(cid, "a", pos=(0.0, 0.0))
    b = editor.add_card(cid, "b", pos=(300.0, 0.0))
    zone = editor.add_zone(cid, "Intake", (0.0, 400.0, 300.0, 200.0))
    link = editor.add_link(a.id, b.id)
    ana = editor.doc.all("participants")[0]
    steps = [
        (lambda: editor.edit_zone(zone.id, label="Claims"), "Edit label"),
        (lambda: editor.edit_zone(zone.id, label="Payout", colour="#FFFFFF"), "Edit zone"),
        (lambda: editor.edit_link(link.id, label="asks"), "Edit label"),
        (lambda: editor.edit_link(link.id, label="waits", kind="depends on"), "Edit link"),
        (lambda: editor.edit_card(a.id, text="call", why="to ask"), "Edit card"),
        (lambda: editor.edit_participant(ana.id, name="Anna"), "Rename participant"),
        (lambda: editor.edit_participant(ana.id, name="Ann", role="Lead"), "Edit participant"),
    ]
    for step, name in steps:
        assert step()
        assert editor.stack.undoText() == name
    stored = editor.doc.db
    assert stored["zones"].get(zone.id)["label"] == "Payout" and stored["links"].get(link.id)["label"] == "waits"
    assert stored["participants"].get(ana.id)["name"] == "Ann"


def test_a_reflection_added_and_deleted_is_one_named_step_each(editor):
    from app.model import Reflection
    from storage.library import new_id

    note = Reflection(id=new_id(), session_id=editor.doc.session_id, kind="insight", text="Two systems")
    assert editor.add_records("reflections", (r for r in [note]), "Add insight")
    assert editor.stack.undoText() == "Add insight"
    assert not editor.remove_records("reflections", iter([]), "Delete insight")  # nothing: no step
    assert editor.stack.count() == 1
    assert editor.remove_records("reflections", (i for i in [note.id]), "Delete insight")
    assert editor.stack.undoText() == "Delete insight" and editor.doc.db["reflections"].count == 0
    editor.stack.undo()
    assert editor.doc.db["reflections"].get(note.id)["text"] == "Two systems"
