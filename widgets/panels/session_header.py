"""The line under the capture bar: the open session's purpose question, always in
sight while people talk, and File > Session Details… to edit title, date,
facilitator and purpose after the session was made (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from widgets.access import reads_its_text


class SessionHeader(QWidget):
    def __init__(self, window):
        super().__init__(window.session_page)
        self.window = window
        self.doc = None
        self.dialog = None
        self.purpose = QLabel("", self)
        self.purpose.setTextFormat(Qt.TextFormat.PlainText)  # participants' words, never markup
        reads_its_text(self.purpose, self.tr("Purpose question"))  # a screen reader hears the question
        self.purpose.setMinimumWidth(40)
        self.details_button = QToolButton(self)
        self.details_button.setText(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("Edit the session's title, date, facilitator and purpose"))
        self.details_button.setAccessibleName(self.tr("Session details"))
        self.details_button.clicked.connect(self.open_dialog)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        row.addWidget(self.purpose, 1)
        row.addWidget(self.details_button)
        window.session_page.layout().insertWidget(1, self)

        self.action = QAction(self.tr("Session &Details…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.action.triggered.connect(lambda _checked=False: self.open_dialog())
        window.addAction(self.action)
        window.add_to_file_menu(self.action)
        window.session_changed.connect(self._follow)
        self._follow(window.editor)

    def _follow(self, editor) -> None:
        doc = editor.doc if editor is not None else None
        if self.doc is not None and self.doc is not doc:
            try:
                self.doc.session_changed.disconnect(self._session_changed)
            except (RuntimeError, TypeError):
                pass
        self.doc = doc
        self.action.setEnabled(doc is not None)
        if doc is not None:
            doc.session_changed.connect(self._session_changed)
        self.show_purpose()

    def _session_changed(self, fields) -> None:
        self.show_purpose()
        if {"title", "date"} & set(fields):  # the window title and the library list name it
            self.window.setWindowTitle(self.tr("{0} — Meshwork").format(self.doc.session['title']))
            self.window.library_panel.refresh()

    def show_purpose(self) -> None:
        purpose = (self.doc.session.get("purpose") or "").strip() if self.doc is not None else ""
        if purpose:
            self.full_text = self.tr("Purpose: %s") % purpose
        else:
            self.full_text = self.tr("No purpose question yet: Details… to add one")
        self.purpose.setToolTip(self.full_text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        """One line, cut with "…" when the window is narrow; the tooltip keeps the whole question."""
        text = getattr(self, "full_text", "")
        width = max(40, self.purpose.width())
        self.purpose.setText(self.purpose.fontMetrics().elidedText(
            " ".join(text.split()), Qt.TextElideMode.ElideRight, width))

    def open_dialog(self) -> None:
        from widgets.dialogs.session_details import SessionDetailsDialog

        editor = self.window.editor
        if editor is None:
            return
        self.dialog = SessionDetailsDialog(editor, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()  # not modal to the app: the window stays usable behind it
