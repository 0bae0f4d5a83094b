"""Windows that open within the screen: a wished-for size, cut down to the room
the screen has (1280 × 800 laptops, 1024 × 700 projectors), and placed on it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QWidget

FRAME = (16, 48)  # what a window manager's title bar and borders usually take


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    w = min(width, room.width() - FRAME[0])
    h = min(height, room.height() - FRAME[1])
    widget.resize(w, h)
    widget.move(room.x() + (room.width() - w) // 2, room.y() + max(0, (room.height() - h - FRAME[1]) // 2))


def narrow_combo(box: QComboBox, characters: int = 22) -> None:
    """A combo box as wide as ``characters``, not as its longest entry; each entry's
    whole text in its tooltip (and the box's own, for the entry chosen)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    box.currentTextChanged.connect(box.setToolTip)


def tip_every_entry(box: QComboBox) -> None:
    from PySide6.QtCore import Qt

    for i in range(box.count()):
        box.setItemData(i, box.itemText(i), Qt.ItemDataRole.ToolTipRole)
    box.setToolTip(box.currentText())
