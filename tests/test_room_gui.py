"""The Room join dock in the real window: switch on, join from a phone over
loopback, watch the card arrive on the canvas, the device list, the ready check,
removing a device, and the room stopping when the session closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import make_session, shot
from tests.test_room_support import RoomClient

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def open_room(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Underwriter")])
    window = make_window()
    panel = window.room_panel
    window.room_dock.show()
    assert not panel.switch.isChecked() and panel.url.text() == ""  # off by default
    panel.address.setCurrentIndex(panel.address.findData("127.0.0.1"))
    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton)
    assert panel.switch.isChecked() and panel.running()
    assert panel.url.text().startswith("http://127.0.0.1:")
    assert panel.qr.pixmap() is not None and not panel.qr.pixmap().isNull()
    return window, panel


def test_a_phone_card_arrives_on_the_canvas_as_plain_text(qtbot, make_window, library_path):
    window, panel = open_room(qtbot, make_window, library_path)
    qtbot.mouseClick(panel.everyone_radio, Qt.MouseButton.LeftButton)
    assert panel.server.admission == "everyone"
    ana = RoomClient(qtbot, panel.url.text())
    roster = {p["name"]: p["id"] for p in ana.state()["roster"]}
    ana.join(participant_id=roster["Ana"])
    status, data = ana.call("POST", "/api/cards", {"text": SCRIPT, "why": "<b>bold?</b>"})
    assert status == 201
    card_id = data["card"]["id"]

    scene = window.tabs.current_view().canvas_scene
    qtbot.waitUntil(lambda: card_id in scene.cards, timeout=1000)  # on the canvas within a second
    item = scene.cards[card_id]
    assert item.card.text == SCRIPT
    assert item.participant.name == "Ana"
    window.tabs.current_view().grab()  # paint, so the card lays out its text
    shown = "".join(line for _at, line in item.face().lines)  # drawn with drawText: never markup
    assert shown.startswith("<script>")
    assert SCRIPT in item.accessible_name()
    assert window.library.db["cards"].get(card_id)["text"] == SCRIPT
    assert ana.state()["cards"][0]["text"] == SCRIPT  # JSON carries it verbatim; the page shows it as text

    # the facilitator sees the device, its participant and their cards
    panel.refresh()
    row = panel.devices.topLevelItem(0)
    assert row.text(1) == "Ana (Claims handler)" and row.text(3) == "1" and row.text(2) == "In"
    # undo at the desktop takes the phone's card away
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: card_id not in scene.cards, timeout=1000)
    assert window.library.db["cards"].count == 0


def test_admit_ready_check_and_remove_from_the_dock(qtbot, make_window, library_path):
    window, panel = open_room(qtbot, make_window, library_path)
    cleo = RoomClient(qtbot, panel.url.text())
    cleo.join(name="Cleo", role="Broker")
    qtbot.waitUntil(lambda: panel.devices.topLevelItemCount() == 1, timeout=1000)
    row = panel.devices.topLevelItem(0)
    assert row.text(2) == "Waiting to be admitted"
    assert not panel.remove_button.isEnabled()
    panel.devices.setCurrentItem(row)
    row.setSelected(True)
    assert panel.admit_button.isEnabled()
    qtbot.mouseClick(panel.admit_button, Qt.MouseButton.LeftButton)
    assert window.library.db["participants"].count_where("name = 'Cleo'") == 1
    assert window.roster_panel is not None
    assert panel.ready.text() == "Everyone done? 0 of 1 devices ready"
    assert cleo.call("POST", "/api/ready", {"ready": True})[0] == 200
    assert panel.ready.text() == "Everyone done? 1 of 1 devices ready"
    qtbot.mouseClick(panel.new_check, Qt.MouseButton.LeftButton)
    assert panel.ready.text() == "Everyone done? 0 of 1 devices ready"

    panel.devices.topLevelItem(0).setSelected(True)
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.devices.topLevelItemCount() == 0
    assert cleo.call("POST", "/api/cards", {"text": "Still here?"})[0] == 401
    panel.grab().save(shot("room-panel-after.png"))


def test_switching_off_and_closing_the_session_stop_the_room(qtbot, make_window, library_path):
    window, panel = open_room(qtbot, make_window, library_path)
    first = panel.url.text()
    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton)  # off
    assert not panel.running() and panel.url.text() == ""
    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton)  # on again: a new token
    second = panel.url.text()
    assert second and second.split("t=")[1] != first.split("t=")[1]
    phone = RoomClient(qtbot, second)
    assert phone.state()["session"]["title"] == "Workshop"
    window.close_session()
    assert not panel.running() and not panel.switch.isChecked() and not panel.switch.isEnabled()
    try:
        status = phone.call("GET", "/api/state")[0]
    except OSError:
        status = None
    assert status != 200


def test_the_dock_with_the_join_code(qtbot, make_window, library_path):
    window, panel = open_room(qtbot, make_window, library_path)
    ana = RoomClient(qtbot, panel.url.text())
    panel.server.set_admission("everyone")
    ana.join(participant_id=ana.state()["roster"][0]["id"])
    ana.call("POST", "/api/cards", {"text": "Check the policy number"})
    ben = RoomClient(qtbot, panel.url.text())
    ben.join(name="Dee", role="Adjuster")
    panel.refresh()
    panel.resize(460, 720)
    panel.grab().save(shot("room-panel.png"))
    panel.show_qr_full_screen()
    assert panel.qr_window is not None and panel.qr_window.link.text() == panel.url.text()
    panel.qr_window.resize(900, 700)
    qtbot.waitUntil(lambda: panel.qr_window.code.pixmap().width() >= 450)  # fills the screen
    panel.qr_window.grab().save(shot("room-qr.png"))
    panel.qr_window.close()


def test_the_join_code_shows_in_presenter_mode(qtbot, make_window, library_path):
    from PySide6.QtWidgets import QLabel, QWidget

    window, panel = open_room(qtbot, make_window, library_path)
    presenter = QWidget()  # stands for widgets/views/presenter.py's window, found by its object name
    presenter.setObjectName("Presenter")
    qtbot.addWidget(presenter)
    presenter.resize(1000, 700)
    presenter.show()
    panel.refresh()
    label = presenter.findChild(QLabel, "RoomJoinQR")
    assert label is not None and not label.pixmap().isNull()
    assert label.geometry().bottomRight().x() < 1000 and label.geometry().bottom() < 700
    qtbot.mouseClick(panel.switch, Qt.MouseButton.LeftButton)  # off: the code leaves the presenter
    qtbot.waitUntil(lambda: presenter.findChild(QLabel, "RoomJoinQR") is None, timeout=1000)


def test_silent_round_in_the_window_hides_phone_cards_like_desktop_ones(qtbot, make_window, library_path):
    window, panel = open_room(qtbot, make_window, library_path)
    panel.server.set_admission("everyone")
    agenda = window.facilitation.agenda
    step = agenda.add_step("Silent mapping", 300, silent=1, prompt="Write what you do, alone")
    assert agenda.start(step.id) and window.editor.new_cards_hidden
    ana = RoomClient(qtbot, panel.url.text())
    ana.join(participant_id=ana.state()["roster"][0]["id"])
    assert ana.state()["step"]["prompt"] == "Write what you do, alone" and ana.state()["step"]["silent"]
    status, data = ana.call("POST", "/api/cards", {"text": "Sort the post"})
    assert status == 201 and data["card"]["hidden"] is True
    phone_card = data["card"]["id"]
    desk_card = window.editor.capture("Answer the phone", window.tabs.current_canvas_id()).id
    scene = window.tabs.current_view().canvas_scene
    for card_id in (phone_card, desk_card):  # both face down: on the scene, not shown
        assert window.library.db["cards"].get(card_id)["hidden"] == 1
        qtbot.waitUntil(lambda card_id=card_id: card_id in scene.cards, timeout=1000)
        assert not scene.cards[card_id].isVisible()
    assert agenda.reveal()
    assert scene.cards[phone_card].isVisible() and scene.cards[desk_card].isVisible()
    assert window.library.db["cards"].get(phone_card)["hidden"] == 0
    assert ana.state()["cards"][0]["hidden"] is False
