"""Phones connect work: a participant links one of their own cards to a face-up
card on the current canvas and removes links from their own cards, each an
ordinary Editor command; every refusal answers with the API's JSON error."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.model import AgendaStep
from storage.library import new_id
from tests.helpers import make_session
from tests.room_stream_client import MapMirror, StreamReader
from tests.test_room_support import people, phone, running_room

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def room(qtbot, library_path):
    yield from running_room(library_path)


def card(client, text) -> str:
    status, data = client.call("POST", "/api/cards", {"text": text})
    assert status == 201, data
    return data["card"]["id"]


def link_events(server, link_id) -> list[str]:
    return [row["action"] for row in server.editor.doc.db["events"].rows_where(
        "entity = 'links' AND entity_id = ?", [link_id], order_by="rowid")]


def test_a_phone_links_its_card_to_anothers_and_removes_it(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    mine, theirs = card(ana, "Log the claim"), card(ben, "Price the risk")
    status, data = ana.call("POST", "/api/links", {"source_id": mine, "target_id": theirs, "kind": "hand-off"})
    assert status == 201, data
    link = data["link"]
    assert (link["source_id"], link["target_id"], link["kind"]) == (mine, theirs, "hand-off")
    row = room.editor.doc.db["links"].get(link["id"])
    assert (row["source_id"], row["target_id"], row["kind"]) == (mine, theirs, "hand-off")
    assert link_events(room, link["id"]) == ["add"]
    assert room.editor.stack.undoText() == "Link cards (hand-off)"

    # someone else may not take it away; its maker may
    status, data = ben.call("DELETE", f"/api/links?id={link['id']}")
    assert status == 403 and data["code"] == "not_yours"
    status, data = ana.call("DELETE", f"/api/links?id={link['id']}")
    assert status == 200 and data == {"ok": True}
    assert room.editor.doc.db["links"].count == 0
    assert link_events(room, link["id"]) == ["add", "remove"]
    assert ana.call("DELETE", f"/api/links?id={link['id']}")[0] == 404
    # replay passes through the link: there after its add event, gone after its remove
    from app.replay import Replay

    replay = Replay(room.editor.doc.db, room.editor.doc.session_id)
    added = next(i for i, e in enumerate(replay.events, 1) if e["entity_id"] == link["id"])
    assert replay.state_at(added).get("links", link["id"]).kind == "hand-off"
    assert replay.state_at(added - 1).get("links", link["id"]) is None
    assert replay.state_at(len(replay)).get("links", link["id"]) is None
    room.editor.stack.undo()  # the facilitator can bring it back
    assert room.editor.doc.db["links"].get(link["id"])["kind"] == "hand-off"


def test_every_refusal_is_a_json_error_and_changes_nothing(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    mine, theirs = card(ana, "Log the claim"), card(ben, "Price the risk")
    other_canvas = room.editor.add_canvas("Elsewhere")
    elsewhere = room.editor.add_card(other_canvas.id, "Far away", participant_id=people(room)["Ben"])
    my_elsewhere = room.editor.add_card(other_canvas.id, "Mine far away", participant_id=people(room)["Ana"])

    def refused(body):
        status, data = ana.call("POST", "/api/links", body)
        return status, data.get("code")

    ok = {"source_id": mine, "target_id": theirs, "kind": "depends on"}
    assert refused({**ok, "source_id": theirs, "target_id": mine}) == (403, "not_yours")
    assert refused({**ok, "target_id": new_id()}) == (404, "not_found")
    assert refused({**ok, "source_id": new_id()}) == (404, "not_found")
    assert refused({**ok, "target_id": mine}) == (409, "same_card")
    assert refused({**ok, "target_id": elsewhere.id}) == (409, "other_canvas")
    assert refused({**ok, "source_id": my_elsewhere.id}) == (409, "other_canvas")
    assert refused({**ok, "kind": "loves"}) == (400, "invalid")
    assert refused({**ok, "kind": "Hand-off"}) == (400, "invalid")
    assert refused({"source_id": mine, "target_id": theirs}) == (400, "invalid")
    assert refused({**ok, "label": "x"}) == (400, "invalid")
    assert refused({**ok, "target_id": "not-an-id"}) == (400, "invalid")
    assert room.editor.doc.db["links"].count == 0
    # an unknown device
    assert ana.call("POST", "/api/links", ok, extra={"X-Room-Device": "nope"})[0] == 401

    assert ana.call("POST", "/api/links", ok)[0] == 201
    assert refused(ok) == (409, "duplicate")
    assert ana.call("POST", "/api/links", {**ok, "kind": "informs"})[0] == 201  # another kind is another link
    assert room.editor.doc.db["links"].count == 2

    # a face-down card of someone else cannot be linked to until the reveal
    room.rate_clock.advance(100)  # a full bucket again (the fake clock)
    step = AgendaStep(id=new_id(), session_id=room.editor.doc.session_id, title="Silent", silent=1,
                      status="running", started_at=T0.isoformat(), created_at=T0.isoformat())
    room.editor.add_records("agenda_steps", [step], "Start Silent")
    hidden = card(ben, "Secret")
    assert refused({**ok, "target_id": hidden}) == (409, "face_down")
    my_hidden = card(ana, "My own secret")  # one's own face-down card is fine as either end
    assert ana.call("POST", "/api/links", {**ok, "target_id": my_hidden})[0] == 201
    assert room.editor.doc.db["links"].count == 3


def test_links_count_against_the_rate_limit(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    mine, theirs = card(ana, "Log the claim"), card(ben, "Price the risk")
    room.rate_clock.advance(100)  # a full bucket
    kinds = ["hand-off", "depends on", "uses", "informs", "conflicts with"]
    statuses = [ana.call("POST", "/api/links", {"source_id": mine, "target_id": theirs, "kind": kinds[i % 5]})[0]
                for i in range(21)]
    assert statuses[20] == 429 and 429 not in statuses[:20]
    assert room.editor.doc.db["links"].count == 5


def test_undo_at_the_desktop_takes_a_phones_link_off_every_phone(qtbot, room):
    ana, ben = phone(qtbot, room, "Ana"), phone(qtbot, room, "Ben")
    mine, theirs = card(ana, "Log the claim"), card(ben, "Price the risk")
    readers = [StreamReader(room.url, p.device).start() for p in (ana, ben)]
    mirrors = [MapMirror(r) for r in readers]
    try:
        qtbot.waitUntil(lambda: all(r.named("state") for r in readers), timeout=5000)
        status, data = ben.call("POST", "/api/links", {"source_id": theirs, "target_id": mine, "kind": "uses"})
        assert status == 201
        link_id = data["link"]["id"]
        qtbot.waitUntil(lambda: all(link_id in m.links() for m in mirrors), timeout=1000)
        assert mirrors[0].links()[link_id]["kind"] == "uses"
        room.editor.stack.undo()
        qtbot.waitUntil(lambda: all(link_id not in m.links() for m in mirrors), timeout=1000)
        assert readers[0].last("delta")["links_removed"] == [link_id]
        assert room.editor.doc.db["links"].count == 0
        assert link_events(room, link_id) == ["add", "remove"]
    finally:
        for reader in readers:
            reader.close()


def test_a_phones_link_shows_on_the_desktop_canvas_and_undo_removes_it(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Underwriter")])
    window = make_window()
    panel = window.room_panel
    window.room_dock.show()
    panel.address.setCurrentIndex(panel.address.findData("127.0.0.1"))
    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton)
    panel.everyone_radio.setChecked(True)
    ana, ben = phone(qtbot, panel.server, "Ana"), phone(qtbot, panel.server, "Ben")
    mine, theirs = card(ana, "Log the claim"), card(ben, "Price the risk")
    status, data = ben.call("POST", "/api/links", {"source_id": theirs, "target_id": mine,
                                                   "kind": "depends on"})
    assert status == 201
    link_id = data["link"]["id"]
    scene = window.tabs.current_view().canvas_scene
    qtbot.waitUntil(lambda: link_id in scene.links, timeout=1000)
    assert scene.links[link_id].link.kind == "depends on"
    assert window.library.db["links"].get(link_id)["source_id"] == theirs
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: link_id not in scene.links, timeout=1000)
    assert window.library.db["links"].count == 0


def test_the_whole_map_switch_in_the_dock_is_reachable_and_limits_the_stream(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Underwriter")])
    window = make_window()
    panel = window.room_panel
    window.room_dock.show()
    assert panel.whole_map.isChecked()  # on by default
    assert panel.whole_map.accessibleName() == "Phones see the whole map"
    assert panel.whole_map.focusPolicy() & Qt.FocusPolicy.TabFocus
    panel.address.setCurrentIndex(panel.address.findData("127.0.0.1"))
    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton)
    ana, ben = phone(qtbot, panel.server, "Ana"), phone(qtbot, panel.server, "Ben")
    card(ana, "Log the claim")
    card(ben, "Price the risk")
    reader = StreamReader(panel.url.text(), ana.device).start()
    try:
        qtbot.waitUntil(lambda: bool(reader.named("state")), timeout=5000)
        assert len(reader.last("state")["cards"]) == 2
        panel.whole_map.setFocus()
        qtbot.keyClick(panel.whole_map, Qt.Key.Key_Space)  # keyboard, as a facilitator would
        assert not panel.whole_map.isChecked() and not panel.server.whole_map
        qtbot.waitUntil(lambda: len(reader.named("state")) == 2, timeout=1000)
        assert [c["text"] for c in reader.last("state")["cards"]] == ["Log the claim"]
    finally:
        reader.close()
