"""Small builders shared by panels: a read-only list table, a series chooser."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QWidget


def read_only_table(parent: QWidget, headers: list[str], accessible_name: str, stretch: int) -> QTableWidget:
    """Whole rows selected one at a time, nothing edited in place; ``stretch`` is the
    column that takes the spare width, the others fit their contents."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    return table


@contextmanager
def refilling(table: QTableWidget) -> Iterator[None]:
    """Replace a table's items in bulk: with columns that fit their contents, every
    setItem would measure the whole column again (a 50-row refresh took ~60 ms,
    once per card a phone added); fixed while filling, measured once after."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(table.columnCount())]
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    try:
        yield
    finally:
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)


def fill_series(box: QComboBox, library) -> None:
    """The library's series by name, keeping the current choice when it is still there."""
    current = box.currentData()
    box.clear()
    for row in library.all_series():
        box.addItem(row["name"], row["id"])
    box.setCurrentIndex(max(box.findData(current), 0))
