"""The Room join dock: switch it on for the open session, pick the network
address, choose how new joiners get in, show the join URL and its QR code, and
follow the devices (who, cards, ready) with Admit and Remove.

app.room.server (and with it QtHttpServer) is imported only when Room join is
switched on, so opening the window does not pay for it."""

from __future__ import annotations

import io
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.room import addresses
from widgets.access import reads_its_text

PRESENTER, PRESENTER_QR = "Presenter", "RoomJoinQR"
COLUMNS = [
    QCoreApplication.translate("room", "Device"),
    QCoreApplication.translate("room", "Participant"),
    QCoreApplication.translate("room", "Status"),
    QCoreApplication.translate("room", "Cards"),
    QCoreApplication.translate("room", "Ready"),
    QCoreApplication.translate("room", "Seen"),
]


def qr_pixmap(url: str, scale: int = 6) -> QPixmap:
    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=3)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def ago(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return (
        QCoreApplication.translate("room", "now")
        if seconds < 3
        else QCoreApplication.translate("room", "{seconds} s ago").format(seconds=seconds)
        if seconds < 120
        else QCoreApplication.translate("room", "{0} min ago").format(seconds // 60)
    )


class RoomPanel(QWidget):
    switched = Signal(bool)  # Room join on or off

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window = window
        self.server = None  # app.room.server.RoomServer while a session is open and the room used
        self.qr_window: QRWindow | None = None
        self.refresh_timer = QTimer(self)  # "last seen" ages while nothing else happens
        self.refresh_timer.setInterval(1000)
        self.refresh_timer.timeout.connect(self.refresh)
        self._build()
        window.session_changed.connect(self._session_maybe_changed)
        self._session_maybe_changed()

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.switch = QCheckBox(self.tr("Switch Room Join On"))
        self.switch.setToolTip(self.tr("Participants add cards from their phones"))
        self.switch.setAccessibleName(self.tr("Room join"))
        self.switch.toggled.connect(self._switch_toggled)
        self.address = QComboBox()
        self.address.setAccessibleName(self.tr("Network address"))
        # As narrow as a side panel: a long address is cut in the box, whole in its list.
        self.address.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.address.setMinimumContentsLength(12)
        self.fill_addresses()
        self.admit_radio = QRadioButton(self.tr("Admit new joiners"))
        self.everyone_radio = QRadioButton(self.tr("Let everyone in"))
        self.admit_radio.setChecked(True)
        self.admission = QButtonGroup(self)
        self.admission.addButton(self.admit_radio)
        self.admission.addButton(self.everyone_radio)
        self.everyone_radio.toggled.connect(self._admission_changed)
        admission_row = QVBoxLayout()  # one under the other: both stay whole in a narrow dock
        admission_row.addWidget(self.admit_radio)
        admission_row.addWidget(self.everyone_radio)
        admission_row.addStretch(1)
        # Off for a sensitive session: each phone then sees only its own cards.
        self.whole_map = QCheckBox(self.tr("Phones see the whole map"))
        self.whole_map.setAccessibleName(self.tr("Phones see the whole map"))
        self.whole_map.setToolTip(
            self.tr(
                "Every phone shows the current canvas live: everyone's face-up cards, links and zones. "
                "Switch off for a sensitive session: each phone then shows only its own cards."
            )
        )
        self.whole_map.setChecked(True)
        self.whole_map.toggled.connect(self._whole_map_changed)

        self.url = QLineEdit()
        self.url.setReadOnly(True)
        self.url.setAccessibleName(self.tr("Join URL"))
        self.url.setPlaceholderText(self.tr("Switch Room join on to get the join link"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.url.text()))
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy_button)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setWordWrap(True)  # its text while Room join is off
        self.qr.setAccessibleName(self.tr("QR code of the join URL"))
        self.qr_button = QPushButton(self.tr("Show Join QR Full Screen"))
        self.qr_button.clicked.connect(self.show_qr_full_screen)

        self.ready = QLabel("")
        reads_its_text(self.ready, self.tr("Ready check"))
        self.ready.setStyleSheet("font-weight: bold")
        self.new_check = QPushButton(self.tr("New Ready Check"))
        self.new_check.setToolTip(self.tr("Clear everyone's “I'm done” and ask again"))
        self.new_check.clicked.connect(lambda: self.server and self.server.devices.new_ready_check())
        ready_row = QHBoxLayout()
        ready_row.addWidget(self.ready, 1)
        ready_row.addWidget(self.new_check)

        self.devices = QTreeWidget()
        self.devices.setHeaderLabels(COLUMNS)
        self.devices.setRootIsDecorated(False)
        self.devices.setAccessibleName(self.tr("Connected devices"))
        self.devices.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.devices.itemSelectionChanged.connect(self._update_buttons)
        self.admit_button = QPushButton(self.tr("Admit"))
        self.admit_button.clicked.connect(self.admit_selected)
        self.remove_button = QPushButton(self.tr("Remove Device"))
        self.remove_button.clicked.connect(self.remove_selected)
        device_row = QHBoxLayout()
        device_row.addStretch(1)
        device_row.addWidget(self.admit_button)
        device_row.addWidget(self.remove_button)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        reads_its_text(self.status, self.tr("Room join status"))

        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("New joiners:"), admission_row)
        form.addRow(self.tr("Live map:"), self.whole_map)
        form.addRow(self.tr("Join URL:"), url_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.switch)
        layout.addLayout(form)
        layout.addWidget(self.qr)
        layout.addWidget(self.qr_button)
        layout.addWidget(self.status)
        layout.addLayout(ready_row)
        layout.addWidget(self.devices, 1)
        layout.addLayout(device_row)
        self._show_off()

    def fill_addresses(self) -> None:
        self.address.clear()
        for label, address in addresses.choices():
            self.address.addItem(label, address)

    # -- on and off ------------------------------------------------------------------

    def switch_on(self, address: str | None = None) -> str | None:
        """Start the room for the open session; returns the join URL, or None."""
        editor = self.window.tabs.editor
        if editor is None:
            self.status.setText(self.tr("Open a session first."))
            return None
        if address is not None:
            index = self.address.findData(address)
            if index < 0:
                self.address.addItem(address, address)
                index = self.address.count() - 1
            self.address.setCurrentIndex(index)
        from app.room.server import RoomError, RoomServer

        if self.server is None or self.server.editor is not editor:
            self._drop_server()
            self.server = RoomServer(editor, canvas_id=self.window.tabs.current_canvas_id, parent=self)
            self.server.devices.changed.connect(self.refresh)
            self.server.stopped.connect(self._show_off)
            self.window.tabs.current_canvas_changed.connect(self.server.canvas_switched)
        self.server.set_whole_map(self.whole_map.isChecked())
        self.server.set_admission("everyone" if self.everyone_radio.isChecked() else "admit")
        try:
            url = self.server.start(self.address.currentData())
        except RoomError as exc:
            self.status.setText(str(exc))
            self._set_switch(False)
            return None
        self._set_switch(True)
        self.url.setText(url)
        self.qr.setPixmap(qr_pixmap(url, scale=4))
        self.qr.setAccessibleName(self.tr("QR code of the join URL"))  # an image: named
        self.status.setText(self.tr("Room join is on. Scan the code or open the link on the same network."))
        self.address.setEnabled(False)
        self.qr_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.refresh_timer.start()
        self.refresh()
        if self.qr_window is not None:
            self.qr_window.set_url(url)
        self.switched.emit(True)
        return url

    def switch_off(self) -> None:
        if self.server is not None:
            self.server.stop()
        self._show_off()

    def running(self) -> bool:
        return self.server is not None and self.server.running

    def _switch_toggled(self, on: bool) -> None:
        if on and not self.running():
            self.switch_on()
        elif not on and self.running():
            self.switch_off()

    def _set_switch(self, on: bool) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(on)
        self.switch.blockSignals(False)

    def _show_off(self) -> None:
        self._set_switch(False)
        self.refresh_timer.stop()
        self.url.clear()
        self.qr.clear()
        self.qr.setAccessibleName("")  # text again: read as it is
        self.qr.setText(self.tr("No join code: Room join is off."))
        self.address.setEnabled(True)
        self.qr_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.devices.clear()
        self.ready.setText("")
        self.status.setText("")
        self._update_buttons()
        if self.qr_window is not None:
            self.qr_window.close()
        self._leave_presenter()
        self.switched.emit(False)

    def _drop_server(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server.deleteLater()
            self.server = None

    def _session_maybe_changed(self, *_args) -> None:
        """The session closed or another opened: the room belongs to the old one, so it stops."""
        editor = self.window.tabs.editor
        if self.server is not None and self.server.editor is not editor:
            self._drop_server()
            self._show_off()
        self.switch.setEnabled(editor is not None)

    def _whole_map_changed(self, on: bool) -> None:
        if self.server is not None:
            self.server.set_whole_map(on)

    def _admission_changed(self) -> None:
        if self.server is not None:
            self.server.set_admission("everyone" if self.everyone_radio.isChecked() else "admit")
            self.refresh()

    # -- devices ---------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.running():
            return
        doc = self.server.editor.doc
        cards: dict[str | None, int] = {}
        for card in doc.all("cards"):
            cards[card.participant_id] = cards.get(card.participant_id, 0) + 1
        selected = self.selected_device_id()
        now = time.time()
        self.devices.clear()
        for device in self.server.devices.all():
            person = doc.get("participants", device.participant_id) if device.participant_id else None
            who = person.name if person else device.name
            role = person.role if person else device.role
            item = QTreeWidgetItem(
                [
                    f"{device.id} ({device.address})",
                    f"{who} ({role})" if role else who,
                    self.tr("Waiting to be admitted") if device.status == "waiting" else self.tr("In"),
                    str(cards.get(device.participant_id, 0)) if device.participant_id else "–",
                    self.tr("Done") if device.ready else "",
                    ago(now - device.last_seen),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, device.id)
            self.devices.addTopLevelItem(item)
            if device.id == selected:
                item.setSelected(True)
        self._follow_presenter()
        ready, total = self.server.devices.ready_count()
        self.ready.setText(self.tr("Everyone done? {ready} of {total} devices ready").format(ready=ready, total=total))
        self._update_buttons()

    def selected_device_id(self) -> str | None:
        items = self.devices.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        device_id = self.selected_device_id()
        device = self.server.devices.get(device_id) if self.server and device_id else None
        self.remove_button.setEnabled(device is not None)
        self.admit_button.setEnabled(device is not None and device.status == "waiting")
        self.new_check.setEnabled(self.running())

    def admit_selected(self) -> None:
        device_id = self.selected_device_id()
        if device_id and self.server is not None:
            self.server.admit(device_id)

    def remove_selected(self) -> None:
        device_id = self.selected_device_id()
        if device_id and self.server is not None:
            self.server.remove_device(device_id)

    # -- the join code in presenter mode ---------------------------------------------------

    def _follow_presenter(self) -> None:
        """Put the join code in a corner of the presenter window (widgets/views/presenter.py,
        found by its object name, so neither module imports the other)."""
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() != PRESENTER or not widget.isVisible():
                continue
            label = widget.findChild(QLabel, PRESENTER_QR)
            if label is None:
                label = QLabel(widget)
                label.setObjectName(PRESENTER_QR)
                label.setAccessibleName(self.tr("QR code to join the room"))
                label.setToolTip(self.server.url)
                label.setStyleSheet("background: white; border: 1px solid #D0D7DE")
                label.setPixmap(qr_pixmap(self.server.url, scale=4))
                label.adjustSize()
                label.show()
            label.move(widget.width() - label.width() - 16, widget.height() - label.height() - 16)
            label.raise_()

    def _leave_presenter(self) -> None:
        for widget in QApplication.topLevelWidgets():
            label = widget.findChild(QLabel, PRESENTER_QR) if widget.objectName() == PRESENTER else None
            if label is not None:
                label.deleteLater()

    # -- the big QR code ---------------------------------------------------------------

    def show_qr_full_screen(self) -> None:
        if not self.running():
            return
        if self.qr_window is None:
            self.qr_window = QRWindow(self.window)
            self.qr_window.finished.connect(lambda _r: setattr(self, "qr_window", None))
        self.qr_window.set_url(self.server.url)
        self.qr_window.showFullScreen()

    def shutdown(self) -> None:
        self._drop_server()


class QRWindow(QDialog):
    """The join code as large as the screen allows, for the projector. Esc closes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join the room"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: white; color: black")
        self.heading = QLabel(self.tr("Scan to add your cards"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-size: 36pt; font-weight: bold")
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("QR code of the join URL"))
        self.link = QLabel()
        self.link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setStyleSheet("font-size: 16pt")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.link)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.url = ""

    def set_url(self, url: str) -> None:
        self.url = url
        self.link.setText(url)
        self.link.setTextFormat(Qt.TextFormat.PlainText)
        self._draw()

    def _draw(self) -> None:
        if not self.url:
            return
        side = max(200, min(self.width(), self.height() - 200))
        pixmap = qr_pixmap(self.url, scale=12)
        self.code.setPixmap(
            pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._draw)  # outside the event handler: nothing can go wrong in it
