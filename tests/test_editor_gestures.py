"""The editor's gestures as the facilitator sees them in the Edit menu and on the map:
each is one undo step with a name that says what it did (deleting cards, links and
zones, nudging, moving, resizing, pasting, field edits), a gesture that changes nothing
adds no step, pasted copies keep what belongs to this session, new participants get
colours of their own and roles get pale swimlanes in roster order, and an edit that
cannot be saved says why in words."""

from __future__ import annotations

import json
import warnings

import pytest

from app import lanes
from app.editor import Editor, _tint, describe, plural
from app.vocabulary import PALETTE


@pytest.fixture
def editor(qapp, session_doc):
    ed = Editor(session_doc)
    ed.add_participant("Ana", role="Claims handler")
    ed.add_participant("Ben", role="Assessor")
    ed.stack.clear()
    return ed


def canvas_of(editor):
    return editor.doc.all("canvases")[0].id


def person(editor, name):
    return next(p for p in editor.doc.all("participants") if p.name == name)


def at(editor, card):
    c = editor.doc.get("cards", card.id)
    return (c.x, c.y)


@pytest.mark.parametrize("cards, links, zones, said", [
    (2, 0, 0, "Delete 2 cards"), (1, 0, 0, "Delete 1 card"), (0, 1, 0, "Delete 1 link"),
    (0, 0, 2, "Delete 2 zones"), (1, 1, 0, "Delete 2 items"), (1, 0, 1, "Delete 2 items"),
])
def test_deleting_is_one_step_named_for_what_went(editor, cards, links, zones, said):
    cid = canvas_of(editor)
    made = [editor.add_card(cid, f"card {i}", pos=(i * 300.0, 0.0)) for i in range(3)]
    link = editor.add_link(made[1].id, made[2].id)
    zs = [editor.add_zone(cid, f"zone {i}", (i * 2000.0 + 5000, 0, 100, 100)) for i in range(2)]
    before = (editor.doc.db["cards"].count, editor.doc.db["links"].count, editor.doc.db["zones"].count)
    depth = editor.stack.count()
    assert editor.delete(card_ids=[c.id for c in made[:cards]], link_ids=[link.id][:links],
                         zone_ids=[z.id for z in zs[:zones]])
    assert editor.stack.count() == depth + 1 and editor.stack.undoText() == said
    assert editor.doc.db["zones"].count == 2 - zones
    assert editor.doc.db["cards"].count == 3 - cards
    editor.stack.undo()
    assert (editor.doc.db["cards"].count, editor.doc.db["links"].count, editor.doc.db["zones"].count) == before


def test_deleting_nothing_adds_no_step(editor):
    assert not editor.delete()
    assert editor.stack.count() == 0


def test_nudging_moves_by_the_step_each_way_and_says_nudge(editor):
    cid = canvas_of(editor)
    card = editor.add_card(cid, "triage", pos=(100.0, 100.0))
    zone = editor.add_zone(cid, "Plain", (3000, 3000, 100, 100))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert editor.nudge("cards", [card.id], -10, 0)
        assert editor.nudge("cards", [card.id], 0, 1)
    assert [str(w.message) for w in caught] == []
    assert at(editor, card) == (90.0, 101.0) and editor.stack.undoText() == "Nudge"
    assert editor.nudge("zones", [zone.id], 0, -10)
    z = editor.doc.get("zones", zone.id)
    assert (z.x, z.y) == (3000.0, 2990.0)
    assert not editor.nudge("cards", [], 10, 0)


def test_nudging_a_card_past_its_lanes_end_grows_the_lane_in_the_same_step(editor):
    cid = canvas_of(editor)
    lane = editor.swimlanes_from_roster(cid)[0]
    editor.set_current_participant(person(editor, "Ana").id)
    card = editor.add_card(cid, "triage")
    end = lane.x + lane.width
    editor.move("cards", {card.id: (end - card.width - 5, card.y)})
    depth = editor.stack.count()
    width = editor.doc.get("zones", lane.id).width
    assert editor.nudge("cards", [card.id], 50, 0)
    assert editor.stack.count() == depth + 1 and editor.stack.undoText() == "Nudge"
    assert editor.doc.get("zones", lane.id).width > width
    editor.stack.undo()
    assert editor.doc.get("zones", lane.id).width == width


def test_moving_and_resizing_are_named_and_a_move_to_the_same_place_is_no_step(editor):
    cid = canvas_of(editor)
    a, b = editor.add_card(cid, "a", pos=(0.0, 0.0)), editor.add_card(cid, "b", pos=(300.0, 0.0))
    zone = editor.add_zone(cid, "Plain", (3000, 3000, 100, 100))
    assert editor.move("cards", {a.id: (0.0, 500.0), b.id: (300.0, 500.0)})
    assert editor.stack.undoText() == "Move 2 cards" and at(editor, a) == (0.0, 500.0)
    assert editor.move("cards", {a.id: (10.0, 500.0), b.id: (300.0, 500.0)})
    assert editor.stack.undoText() == "Move 1 card"
    depth = editor.stack.count()
    assert not editor.move("cards", {a.id: (10.0, 500.0)})
    assert editor.stack.count() == depth
    assert editor.move("zones", {zone.id: (0.0, 3000.0)}) and editor.stack.undoText() == "Move 1 zone"
    assert editor.resize("cards", a.id, (5.0, 6.0, 300.0, 200.0))
    assert editor.stack.undoText() == "Resize card"
    row = editor.doc.db["cards"].get(a.id)
    assert (row["x"], row["y"], row["width"], row["height"]) == (5.0, 6.0, 300.0, 200.0)
    assert editor.resize("zones", zone.id, (0.0, 3000.0, 400.0, 300.0))
    assert editor.stack.undoText() == "Resize zone"
    assert (editor.doc.get("zones", zone.id).width, editor.doc.get("zones", zone.id).height) == (400.0, 300.0)


def test_pasted_copies_land_offset_with_new_ids_and_keep_what_belongs_here(editor):
    cid = canvas_of(editor)
    ana = person(editor, "Ana").id
    a = editor.add_card(cid, "receive", participant_id=ana, pos=(0.0, 0.0), tags=["intake"])
    b = editor.add_card(cid, "assess", pos=(300.0, 0.0))
    c = editor.add_card(cid, "pay", pos=(600.0, 0.0))
    editor.add_link(a.id, b.id)
    editor.add_link(b.id, c.id)  # c is not copied: this link is not either
    payload = editor.copy_payload([a.id, b.id])
    payload["cards"][0]["participant_id"] = payload["cards"][0]["participant_id"] or "someone-from-elsewhere"
    payload["cards"][1]["participant_id"] = payload["cards"][1]["participant_id"] or "someone-from-elsewhere"
    other = editor.add_canvas("Copy").id
    new = editor.paste(payload, other, offset=(40.0, 70.0))
    assert editor.stack.undoText() == "Paste 2 cards"
    copies = {editor.doc.get("cards", i).text: editor.doc.get("cards", i) for i in new}
    assert {t: (k.x, k.y, k.canvas_id) for t, k in copies.items()} == {
        "receive": (40.0, 70.0, other), "assess": (340.0, 70.0, other)}
    assert copies["receive"].participant_id == ana and copies["assess"].participant_id is None
    assert copies["receive"].tags == ["intake"] and copies["receive"].created_at != a.created_at
    assert set(new).isdisjoint({a.id, b.id})
    (link,) = editor.doc.on_canvas("links", other)
    assert (link.source_id, link.target_id) == (copies["receive"].id, copies["assess"].id)
    assert editor.duplicate([c.id]) and editor.stack.undoText() == "Paste 1 card"
    dup = [k for k in editor.doc.all("cards") if k.text == "pay" and k.id != c.id][0]
    assert (dup.x, dup.y, dup.canvas_id) == (630.0, 30.0, cid)
    assert editor.paste({}, other) == [] and editor.paste({"cards": []}, other) == []
    assert editor.duplicate([]) == []


def test_a_copy_pasted_in_a_silent_round_is_face_down(editor):
    cid = canvas_of(editor)
    card = editor.add_card(cid, "receive")
    editor.new_cards_hidden = True
    (copy,) = editor.duplicate([card.id])
    assert editor.doc.get("cards", copy).hidden == 1
    editor.new_cards_hidden = False
    (again,) = editor.duplicate([copy])
    assert editor.doc.get("cards", again).hidden == 1  # a face-down card's copy stays face down
    (up,) = editor.duplicate([card.id])
    assert editor.doc.get("cards", up).hidden == 0


@pytest.mark.parametrize("fields, said", [
    ({"text": "call back"}, "Edit card text"), ({"why": "they asked"}, "Edit why"),
    ({"kind": "pain point"}, "Change kind"), ({"tags": ["urgent"]}, "Edit tags"),
    ({"text": "call back", "kind": "question"}, "Edit card"),
])
def test_a_field_edit_is_named_for_the_field(editor, fields, said):
    card = editor.add_card(canvas_of(editor), "call")
    assert editor.edit_card(card.id, **fields)
    assert editor.stack.undoText() == said
    stored = editor.doc.get("cards", card.id)
    assert {k: getattr(stored, k) for k in fields} == fields


def test_renames_and_other_records_edits_are_named(editor):
    cid = canvas_of(editor)
    ana = person(editor, "Ana").id
    assert editor.edit_participant(ana, name="Ana Lopez") and editor.stack.undoText() == "Rename participant"
    assert editor.edit_participant(ana, role="Lead") and editor.stack.undoText() == "Change role"
    assert editor.edit_participant(ana, role="Lead", team="Claims", colour="#000000")
    assert editor.stack.undoText() == "Edit participant"
    zone = editor.add_zone(cid, "Intake", (0, 0, 100, 100))
    assert editor.stack.undoText() == "Add zone Intake"
    assert editor.edit_zone(zone.id, label="Triage") and editor.stack.undoText() == "Edit label"
    a, b = editor.add_card(cid, "a"), editor.add_card(cid, "b")
    link = editor.add_link(a.id, b.id, "informs")
    assert editor.stack.undoText() == "Link cards (informs)" and link.kind == "informs"
    assert editor.add_link(a.id, a.id) is None
    assert editor.edit_link(link.id, label="weekly") and editor.stack.undoText() == "Edit label"
    assert editor.edit_cards({a.id: {"x": 1.0}, b.id: {"x": 2.0}}, "Spread out")
    assert editor.stack.undoText() == "Spread out"
    depth = editor.stack.count()
    assert not editor.edit_link(link.id, label="weekly")  # no change: no step
    assert not editor.remove_records("links", [], "Remove nothing")
    assert not editor.change_session("Same dots", dots_per_participant=3)
    assert editor.stack.count() == depth


def test_canvases_are_added_renamed_and_reordered_within_bounds(editor):
    first = canvas_of(editor)
    blank = editor.add_canvas("   ")
    assert blank.name == "Canvas" and blank.position == 1
    assert editor.stack.undoText() == "Add canvas Canvas"
    assert editor.rename_canvas(blank.id, "Pains") and editor.stack.undoText() == "Rename canvas"
    assert editor.doc.db["canvases"].get(blank.id)["name"] == "Pains"
    assert not editor.move_canvas(blank.id, 2) and not editor.move_canvas(blank.id, -1)
    assert not editor.move_canvas("no such canvas", 0)
    assert editor.move_canvas(blank.id, 0) and editor.stack.undoText() == "Reorder canvases"
    assert [c.id for c in editor.doc.all("canvases")] == [blank.id, first]
    assert editor.delete_canvas(blank.id) and editor.stack.undoText() == "Delete canvas Pains"


def test_new_participants_get_unused_colours_and_the_first_becomes_current(qapp, session_doc):
    editor = Editor(session_doc)
    assert editor.current_participant() is None
    ana = editor.add_participant("  Ana  ", role=" Claims ", team=" Intake ")
    assert (ana.name, ana.role, ana.team, ana.position) == ("Ana", "Claims", "Intake", 0)
    assert editor.stack.undoText() == "Add participant Ana"
    assert editor.current_participant_id == ana.id
    ben = editor.add_participant("Ben", colour=PALETTE[2])
    cleo = editor.add_participant("Cleo")
    assert [ana.colour, ben.colour, cleo.colour] == [PALETTE[0], PALETTE[2], PALETTE[1]]
    assert editor.current_participant_id == ana.id and ben.position == 1
    for i in range(6):
        editor.add_participant(f"P{i}")
    ninth = editor.add_participant("Ninth")  # every colour used: they go round again
    assert ninth.colour == PALETTE[9 % 8]


def test_removing_the_current_participant_passes_the_turn_to_the_first_left(editor):
    ana, ben = person(editor, "Ana"), person(editor, "Ben")
    heard = []
    editor.current_participant_changed.connect(heard.append)
    editor.set_current_participant(ben.id)
    editor.set_current_participant(ben.id)  # the same one again: nothing to say
    assert heard == [ben.id]
    assert editor.remove_participant(ben.id) and editor.stack.undoText() == "Remove participant Ben"
    assert editor.current_participant_id == ana.id
    editor.remove_participant(ana.id)
    assert editor.current_participant_id is None and editor.current_participant() is None
    assert heard == [ben.id, ana.id, None]


def test_swimlanes_come_one_per_role_in_roster_order_under_the_zones_there(editor):
    cid = canvas_of(editor)
    editor.add_participant("Cleo", role="Claims handler")  # a role already there
    editor.add_participant("Dee")  # no role
    for i in range(9):
        editor.add_card(cid, f"card {i}", participant_id=person(editor, "Ben").id, pos=(i * 250.0, 5000.0))
    editor.add_zone(cid, "Notes", (0, 0, 500, 300))
    made = editor.swimlanes_from_roster(cid)
    assert editor.stack.undoText() == "Add 2 swimlanes"
    assert [(z.label, z.role) for z in made] == [("Claims handler", "Claims handler"), ("Assessor", "Assessor")]
    first_w, first_h = lanes.lane_size(0)
    second_w, second_h = lanes.lane_size(9)
    assert [(z.x, z.y, z.width, z.height) for z in made] == [
        (0.0, 320.0, first_w, first_h), (0.0, 320.0 + first_h + 20, second_w, second_h)]
    assert [z.colour for z in made] == [_tint(PALETTE[0]), _tint(PALETTE[1])]
    assert editor.swimlanes_from_roster(cid) == []  # every role has its lane
    other = editor.add_canvas("Empty").id
    assert [z.y for z in editor.swimlanes_from_roster(other)][0] == 0.0


@pytest.mark.parametrize("colour, pale", [("#FF0000", "#FFCCCC"), ("#000000", "#CCCCCC"), ("#0a141E", "#CED0D2")])
def test_a_lane_is_a_pale_tint_of_its_roles_colour(colour, pale):
    assert _tint(colour) == pale


def test_counts_read_as_words():
    assert [plural(n, "card") for n in (0, 1, 2)] == ["0 cards", "1 card", "2 cards"]


def test_a_write_error_reads_as_words():
    bad = "bad \ud800 text"
    try:
        bad.encode("utf-8")
    except UnicodeEncodeError as exc:
        assert describe(exc) == "the text holds a character that cannot be stored (U+D800 at position 5)"
    assert describe(OSError("disk full")) == "disk full"
    assert describe(KeyError()) == "KeyError"


def test_an_edit_on_a_read_only_library_is_refused_with_the_reason(editor):
    said = []
    editor.failed.connect(said.append)
    editor.doc.db.read_only = "Read-only: another Meshwork has it open. Edits will not be saved."
    assert editor.add_card(canvas_of(editor), "call") is None
    assert said == ["“Add activity card” was not saved. Read-only: another Meshwork has it open. "
                    "Edits will not be saved."]
    assert editor.doc.db["cards"].count == 0 and editor.stack.count() == 0


def test_an_edit_breaking_the_row_rules_is_refused_naming_the_field(editor):
    said = []
    editor.failed.connect(said.append)
    card = editor.add_card(canvas_of(editor), "call")
    assert not editor.edit_card(card.id, kind="not a kind")
    assert said and said[-1].startswith("“Change kind” was not saved: kind ")
    assert not editor.change_session("Set dots", dots_per_participant="many")
    assert said[-1].startswith("“Set dots” was not saved: dots_per_participant ")
    assert editor.doc.get("cards", card.id).kind == "activity"


def test_several_captured_lines_are_one_step(editor):
    cid = canvas_of(editor)
    made = editor.capture_lines(["call the customer", "@Zed nobody", "#only-a-tag", "@Ben inspect"], cid)
    assert [c.text for c in made] == ["call the customer", "inspect"]
    assert editor.stack.count() == 1 and editor.stack.undoText() == "Add 4 cards"
    editor.stack.undo()
    assert editor.doc.db["cards"].count == 0


def test_a_new_cards_spot_is_next_to_its_authors_last_card(editor):
    cid = canvas_of(editor)
    ben = person(editor, "Ben").id
    card = editor.add_card(cid, "inspect", participant_id=ben, pos=(1000.0, 1000.0))
    w, h = card.width, card.height
    assert editor.spot_for(cid, ben, w, h) == (1000.0 + w + 20, 1000.0)
    assert editor.spot_for(cid, None, w, h) == (0.0, 0.0)


def test_a_drawn_zone_keeps_its_outline_relative_to_its_box(editor):
    cid = canvas_of(editor)
    assert editor.draw_zone(cid, "Clear", [(0, 0), (10, 10)]) is None
    zone = editor.draw_zone(cid, "Complex", [(100.04, 50), (300, 80.26), (180, 250)])
    assert editor.stack.undoText() == "Add zone Complex"
    stored = editor.doc.get("zones", zone.id)
    assert (stored.x, stored.y, stored.width, stored.height) == (100.04, 50, 300 - 100.04, 200)
    assert json.loads(stored.outline) == [[0, 0], [200, 30.3], [80, 200]]
    assert (stored.label, stored.colour, stored.role, stored.canvas_id) == ("Complex", "#E8E8F0", None, cid)
    other = editor.draw_zone(cid, "Chaotic", [(0, 0), (50, 0), (0, 50)], colour="#FFEEEE")
    assert editor.doc.db["zones"].get(other.id)["colour"] == "#FFEEEE"


def test_fitting_lanes_to_their_cards_is_one_step_and_nothing_to_fit_is_none(editor):
    cid = canvas_of(editor)
    made = editor.swimlanes_from_roster(cid)
    editor.set_current_participant(person(editor, "Ana").id)
    for i in range(12):
        editor.add_card(cid, f"card {i}", participant_id=person(editor, "Ana").id)
    editor.resize("zones", made[1].id, (made[1].x, made[1].y, 9000.0, made[1].height))
    expected = lanes.fitted_together(editor.doc.on_canvas("zones", cid), editor.doc.on_canvas("cards", cid))
    depth = editor.stack.count()
    assert editor.fit_lanes(cid)
    assert editor.stack.count() == depth + 1 and editor.stack.undoText() == "Fit lanes to cards"
    for zone_id, rect in expected.items():
        z = editor.doc.get("zones", zone_id)
        assert (z.x, z.y, z.width, z.height) == rect
        row = editor.doc.db["zones"].get(zone_id)
        assert (row["x"], row["y"], row["width"], row["height"]) == rect
    assert editor.doc.get("zones", made[1].id).width < 9000.0
    assert not editor.fit_lanes(cid)  # fitted already
    assert editor.stack.count() == depth + 1


def test_an_edit_that_meets_a_locked_library_is_kept_and_saved_on_retry(editor, monkeypatch):
    import sqlite3

    from app import document

    real_add, locked = document.entities.add, [True]

    def add(db, table, row):
        if locked[0]:
            raise sqlite3.OperationalError("database is locked")
        return real_add(db, table, row)

    monkeypatch.setattr(document.entities, "add", add)
    said, waiting = [], []
    editor.failed.connect(said.append)
    editor.pending_changed.connect(waiting.append)
    assert editor.add_card(canvas_of(editor), "call") is None
    assert said == ["Could not save “Add activity card”: database is locked. "
                    "1 edit kept in memory and retried until saved."]
    assert editor.pending_count() == 1 and waiting == [1] and editor.last_error_text() == "database is locked"
    assert editor.retry_pending() == 1 and waiting == [1]  # still locked: no news
    locked[0] = False
    assert editor.retry_pending() == 0
    assert waiting == [1, 0] and editor.pending_count() == 0
    assert [r["text"] for r in editor.doc.db["cards"].rows] == ["call"] and editor.stack.count() == 1
    assert editor.stack.undoText() == "Add activity card"
