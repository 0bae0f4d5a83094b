"""The phones and laptops that joined the room: who each one is, whether the
facilitator let it in, when it was last heard from and whether it is ready.

A device is known by a random key it got when it joined; only the key's
SHA-256 is kept, so looking a key up leaks nothing through timing."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

WAITING, ADMITTED = "waiting", "admitted"


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@dataclass
class Device:
    id: str  # shown to the facilitator, never used to authenticate
    participant_id: str | None  # None while a new joiner waits to be admitted
    name: str  # the name the device joined with
    role: str
    status: str
    address: str
    joined: float
    last_seen: float
    ready: bool = False


class DeviceRegistry(QObject):
    # Not emitted per request (last-seen times are polled by the dock): PySide6
    # 6.12.0 on Python 3.11 loses a reference to True or False on every emit().
    changed = Signal()  # a device joined, was admitted or removed, or pressed Ready

    def __init__(self, clock: Callable[[], float] = time.time, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        self._by_digest: dict[str, Device] = {}

    def all(self) -> list[Device]:
        return sorted(self._by_digest.values(), key=lambda d: d.joined)

    def get(self, device_id: str) -> Device | None:
        return next((d for d in self._by_digest.values() if d.id == device_id), None)

    def by_key(self, key: str | None) -> Device | None:
        if not key:
            return None
        device = self._by_digest.get(_digest(key))
        if device is not None:
            device.last_seen = self.clock()
        return device

    def join(self, name: str, role: str, participant_id: str | None, address: str,
             admitted: bool) -> tuple[Device, str]:
        """A new device; returns it with the secret key its page keeps."""
        key = secrets.token_urlsafe(16)
        stamp = self.clock()
        device = Device(
            id=secrets.token_hex(4), participant_id=participant_id, name=name, role=role,
            status=ADMITTED if admitted else WAITING, address=address, joined=stamp, last_seen=stamp,
        )
        self._by_digest[_digest(key)] = device
        self.changed.emit()
        return device, key

    def admit(self, device_id: str, participant_id: str) -> None:
        device = self.get(device_id)
        if device is not None:
            device.participant_id = participant_id
            device.status = ADMITTED
            self.changed.emit()

    def remove(self, device_id: str) -> bool:
        for digest, device in list(self._by_digest.items()):
            if device.id == device_id:
                del self._by_digest[digest]
                self.changed.emit()
                return True
        return False

    def set_ready(self, device: Device, ready: bool) -> None:
        if device.ready != ready:
            device.ready = ready
            self.changed.emit()

    def new_ready_check(self) -> None:
        for device in self._by_digest.values():
            device.ready = False
        self.changed.emit()

    def ready_count(self) -> tuple[int, int]:
        """(ready, admitted devices): the answer to "everyone done?"."""
        admitted = [d for d in self._by_digest.values() if d.status == ADMITTED]
        return sum(d.ready for d in admitted), len(admitted)

    def forget_participant(self, participant_id: str) -> None:
        """A participant removed from the roster takes their devices with them."""
        gone = [k for k, d in self._by_digest.items() if d.participant_id == participant_id]
        for digest in gone:
            del self._by_digest[digest]
        if gone:
            self.changed.emit()

    def clear(self) -> None:
        self._by_digest.clear()
        self.changed.emit()
