"""Which CSV column holds what: a combo box per card field, guessed from the
header names, with a preview of the first rows as they will become cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.io.csv_io import FIELDS, Table, guess_mapping

NONE = QCoreApplication.translate("csv_mapping", "(not in the file)")
FIELD_LABELS = {
    "text": QCoreApplication.translate("csv_mapping", "Card &text"),
    "kind": QCoreApplication.translate("csv_mapping", "&Kind"),
    "participant": QCoreApplication.translate("csv_mapping", "&Participant"),
    "role": QCoreApplication.translate("csv_mapping", "&Role"),
    "tags": QCoreApplication.translate("csv_mapping", "T&ags"),
    "why": QCoreApplication.translate("csv_mapping", "&Why"),
}
PREVIEW_ROWS = 6


class CsvMappingDialog(QDialog):
    def __init__(self, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Import Cards from {name}").format(name=table.path.name))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr("{0} rows. Choose the column that holds each part of a card; only the card text is needed.").format(
                len(table.rows)
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.title_edit = QLineEdit(self.tr("Imported from {name}").format(name=table.path.name))
        self.title_edit.setAccessibleName(self.tr("Session title"))
        form.addRow(self.tr("&Session title"), self.title_edit)
        self.combos: dict[str, QComboBox] = {}
        guessed = guess_mapping(table.header)
        for fname in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map-{fname}")
            combo.setAccessibleName(FIELD_LABELS[fname].replace("&", ""))
            combo.addItem(NONE, None)
            for column in table.header:
                combo.addItem(column or self.tr("(unnamed)"), column)
            if guessed[fname] is not None:
                combo.setCurrentIndex(combo.findData(guessed[fname]))
            combo.currentIndexChanged.connect(self._update)
            self.combos[fname] = combo
            form.addRow(FIELD_LABELS[fname], combo)
        self.preview = QTableWidget(0, len(FIELDS))
        self.preview.setHorizontalHeaderLabels([FIELD_LABELS[f].replace("&", "") for f in FIELDS])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName(self.tr("Preview of the first cards"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel("")
        self.hint.setStyleSheet("color: #B00020")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Preview")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()

    def mapping(self) -> dict[str, str | None]:
        return {fname: combo.currentData() for fname, combo in self.combos.items()}

    def title(self) -> str:
        return self.title_edit.text().strip() or self.tr("Imported from {name}").format(name=self.table.path.name)

    def _update(self) -> None:
        mapping = self.mapping()
        ok = mapping["text"] is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.hint.setText("" if ok else self.tr("Choose the column with the card text."))
        rows = self.table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, fname in enumerate(FIELDS):
                column = mapping[fname]
                value = row[self.table.header.index(column)] if column is not None else ""
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
