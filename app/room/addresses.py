"""The network addresses Room join can listen on, the way a facilitator picks one:
the machine's own addresses, the first ordinary IPv4 address first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface

LOOPBACK = "127.0.0.1"


def choices() -> list[tuple[str, str]]:
    """(label, address) pairs: the network's addresses, then this computer only; the
    labels in the window's language (context "RoomAddresses")."""
    found: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            address: QHostAddress = entry.ip()
            if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue  # phones scan IPv4 URLs most reliably; link-local IPv6 needs a scope
            found.append((f"{address.toString()} ({interface.humanReadableName()})", address.toString()))
    found.append((QCoreApplication.translate("RoomAddresses", "{0} (this computer only)").format(LOOPBACK), LOOPBACK))
    return found


def default() -> str:
    return choices()[0][1]
