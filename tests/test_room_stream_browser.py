"""The live map's stream in real headless Chromium: an EventSource opened on the
page (after the page's own requests, so on a fresh connection, never one
QHttpServer kept alive) gets the full state, then a delta after a desktop edit,
and a bye when the facilitator removes the device. The page's map view itself is
tested with the page (resources/room/); this is the transport."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.helpers import make_session
from tests.test_room_browser import driver, pytestmark  # noqa: F401 - the fixture and the skip
from tests.test_room_support import RoomClient, in_thread, people

LISTEN = """
window.evts = [];
const es = new EventSource('/api/stream?t=' + arguments[0] + '&d=' + arguments[1]);
window.es = es;
for (const name of ['state', 'delta', 'bye']) {
  es.addEventListener(name, (e) => {
    window.evts.push([name, JSON.parse(e.data)]);
    if (name === 'bye') es.close();
  });
}
"""


def test_an_event_source_in_chromium_gets_state_deltas_and_bye(qtbot, make_window, library_path, driver):  # noqa: F811
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Underwriter")])
    window = make_window()
    panel = window.room_panel
    panel.address.setCurrentIndex(panel.address.findData("127.0.0.1"))
    qtbot.mouseClick(panel.everyone_radio, Qt.MouseButton.LeftButton)
    url = panel.switch_on()
    server = panel.server
    ana = RoomClient(qtbot, url)
    ana.join(participant_id=people(server)["Ana"])

    def open_stream():
        driver.go(url)  # the page, its style, script and first poll: connections Chrome might reuse
        driver.wait_for("return !document.getElementById('join-view').hidden")
        driver.script(LISTEN, server.token, ana.device)
        return driver.wait_for("return window.evts.length && window.evts[0][0] === 'state' && "
                               "JSON.stringify(window.evts[0][1])")

    state = json.loads(in_thread(qtbot, open_stream, timeout_ms=60_000))
    assert state["me"]["name"] == "Ana" and state["cards"] == []
    assert server.hub.count() == 1
    assert server.streams_sent_back == 0  # never asked down a connection QHttpServer kept

    ben = people(server)["Ben"]
    card = window.editor.add_card(window.tabs.current_canvas_id(), "Price the risk", participant_id=ben)
    delta = in_thread(qtbot, lambda: driver.wait_for(
        "const d = window.evts.filter(e => e[0] === 'delta'); return d.length && JSON.stringify(d[0][1])"),
        timeout_ms=30_000)
    assert json.loads(delta)["cards"][0] == {**json.loads(delta)["cards"][0], "id": card.id,
                                             "text": "Price the risk", "participant_id": ben}

    device = next(d for d in server.devices.all() if d.name == "Ana")
    panel.refresh()
    assert server.remove_device(device.id)
    bye = in_thread(qtbot, lambda: driver.wait_for(
        "const b = window.evts.filter(e => e[0] === 'bye'); "
        "return b.length && window.es.readyState === 2 && b[0][1].code"), timeout_ms=30_000)
    assert bye == "not_joined"
    qtbot.waitUntil(lambda: server.hub.count() == 0, timeout=2000)
