"""Counts per session (role-to-role links, themes) as a table model: a long series
has a column per session, and a QTableWidget item for each of thousands of cells
took a quarter of a second to make on the GUI thread. A model answers only for the
cells on screen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class CountsModel(QAbstractTableModel):
    """Rows: a name and its count in each session; columns: the name, then the sessions."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._first = ""
        self._sessions: list[str] = []
        self._rows: list[tuple[str, list[int]]] = []

    def set_counts(self, first: str, sessions: list[str], counts: dict[str, list[int]]) -> None:
        self.beginResetModel()
        self._first, self._sessions, self._rows = first, list(sessions), list(counts.items())
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._sessions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, values = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return name
            value = values[column - 1] if column - 1 < len(values) else 0
            return str(value) if value else "—"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self._first if section == 0 else self._sessions[section - 1]
