"""Patterns > Role Profiles…: the open session's roles in a list and the chosen
role's profile beside it, in the sections of app/io/role_outline.py. Enter or a
double click on an item asks the window to select and frame its cards
(``cards_chosen``). The profile follows the session as it is edited: the
document's signals are coalesced into one refresh shortly after the last edit."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.loading import normalise_role
from app.analysis.role_watch import RoleWatch
from app.io.role_outline import Line, Section, empty_text, no_roles_text, outline
from widgets.export.actions import slug, writer
from widgets.markup import literal

CARDS = Qt.ItemDataRole.UserRole  # tuple of card ids an item leads back to
DETAIL = Qt.ItemDataRole.UserRole + 1  # the quieter second line
PAD = 4  # px above and below an item, so neighbours read apart
REFRESH_MS = 250  # edits closer together than this make one refresh
# Moving or resizing a card changes nothing a profile shows.
UNCOUNTED = {"graph", "empty", "over-time", "changes"}  # sections whose lines are not things to count
GEOMETRY = {"x", "y", "width", "height", "z", "updated_at"}


class LineDelegate(QStyledItemDelegate):
    """An item's text wrapped to the width it has, its detail below in a smaller,
    muted face: the profile reads as a list of cards, not a wall of equal lines."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree
        self.heights: dict[tuple, int] = {}  # (font, text, width) -> wrapped height; layout asks often

    def _fonts(self, option) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return option.font, small

    def _width(self, index) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return max(120, self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 12)

    def _blocks(self, option, index, width: int) -> list[tuple[QFont, str, int]]:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        detail = index.data(DETAIL) or ""
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        _plain, small = self._fonts(option)
        blocks = [(font, text, self._height(font, text, width))]
        if detail:
            blocks.append((small, detail, self._height(small, detail, width)))
        return blocks

    def _height(self, font: QFont, text: str, width: int) -> int:
        key = (font.key(), text, width)
        if key not in self.heights:
            if len(self.heights) > 20_000:
                self.heights.clear()
            rect = QRect(0, 0, width, 10_000)
            self.heights[key] = QFontMetrics(font).boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text).height()
        return self.heights[key]

    def sizeHint(self, option, index) -> QSize:
        width = self._width(index)
        return QSize(width, sum(h for _f, _t, h in self._blocks(option, index, width)) + 2 * PAD)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(4, PAD, -4, -PAD)
        painter.save()
        y = rect.top()
        for n, (font, text, height) in enumerate(self._blocks(option, index, rect.width())):
            painter.setFont(font)
            painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole).color()
                           if n == 0 and index.data(Qt.ItemDataRole.ForegroundRole) else (ink if n == 0 else muted))
            painter.drawText(QRect(rect.left(), y, rect.width(), height), int(Qt.TextFlag.TextWordWrap), text)
            y += height
        painter.restore()


class _Relayout(QObject):
    """Wrapped rows change height with the width: lay the tree out again on resize."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            watched.parent().scheduleDelayedItemsLayout()
        return False


class RoleProfilesView(QWidget):
    """Its own window; ``set_editor(editor | None)`` follows the window's open session."""

    cards_chosen = Signal(list)  # card ids: the window selects and frames them
    refreshed = Signal()

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.editor = None
        self.watch: RoleWatch | None = None
        self.setWindowTitle(self.tr("Role Profiles — Meshwork"))
        self.resize(1000, 720)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

        self.roles = QListWidget(self)
        self.roles.setAccessibleName(self.tr("Roles"))
        self.roles.setAccessibleDescription(self.tr("Choose a role to see its profile"))
        self.roles.currentItemChanged.connect(lambda *_: self._show_profile())
        roles_label = QLabel(self.tr("&Roles:"), self)
        roles_label.setBuddy(self.roles)

        self.profile = QTreeWidget(self)
        self.profile.setHeaderHidden(True)
        self.profile.setWordWrap(True)
        self.profile.setUniformRowHeights(False)
        self.profile.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.profile.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.profile.setAccessibleName(self.tr("Role profile"))
        self.profile.setAccessibleDescription(self.tr("Enter on an item selects its card on the canvas"))
        self.profile.itemActivated.connect(self._activated)
        self.profile.setItemDelegate(LineDelegate(self.profile))
        larger = self.profile.font()  # read at arm's length, or on the projector
        larger.setPointSizeF(larger.pointSizeF() * 1.1)
        self.profile.setFont(larger)
        self.roles.setFont(larger)
        self._relayout = _Relayout(self)
        self.profile.viewport().installEventFilter(self._relayout)
        profile_label = QLabel(self.tr("&Profile (Enter shows the card on the canvas):"), self)
        profile_label.setBuddy(self.profile)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(roles_label)
        column.addWidget(self.roles, 1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(profile_label)
        column.addWidget(self.profile, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 780])
        self.message = QLabel(self)  # shown instead of the splitter when there is nothing to list
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Role profiles"))
        layout = QVBoxLayout(self)
        self.export_html = QPushButton(self.tr("Export Role as &Web Page…"), self)
        self.export_html.setAccessibleName(self.tr("Export this role's profile as an offline web page"))
        self.export_html.clicked.connect(lambda: self.export_role("roles-html"))
        self.export_pdf = QPushButton(self.tr("Export Role &Card (PDF)…"), self)
        self.export_pdf.setAccessibleName(self.tr("Export this role's card as a one-page PDF"))
        self.export_pdf.clicked.connect(lambda: self.export_role("roles-pdf"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_html)
        top.addWidget(self.export_pdf)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    # -- following the session --------------------------------------------------------

    def set_editor(self, editor) -> None:
        if self.editor is not None and shiboken6.isValid(self.editor.doc):
            doc = self.editor.doc
            for signal in (doc.added, doc.removed, doc.changed, doc.session_changed):
                signal.disconnect(self._edited)
        self.editor = editor
        if editor is not None:
            doc = editor.doc
            for signal in (doc.added, doc.removed, doc.changed, doc.session_changed):
                signal.connect(self._edited)
        self.watch = None
        self.refresh()

    def _edited(self, table=None, record=None, fields=None) -> None:
        if table == "cards" and isinstance(fields, set) and fields <= GEOMETRY | {"zone_id"}:
            # A move reports its zone even when it stays: only a new lane can change a role.
            shown = self.watch.data.cards.get(record.id) if self.watch and self.watch.data else None
            if shown is not None and shown.zone_id == record.zone_id:
                return
        self.timer.start()  # restarted by each edit: one refresh after a burst

    def refresh(self) -> None:
        self.timer.stop()
        if self.editor is None:
            self._say(self.tr("Open a session to see its role profiles."))
            self.heading.setText(self.tr("Role profiles"))
            return
        if self.watch is None or self.watch.session_id != self.editor.doc.session_id:
            self.watch = RoleWatch(self.db, self.editor.doc.session_id)
        else:
            self.watch.refresh()
        data = self.watch.data
        self.heading.setText(self.tr("Role profiles — {0}").format(
            ", ".join(x for x in (data.title, data.date) if x)))
        roles = self.watch.roles()
        if not roles:
            self._say(no_roles_text())
            self.refreshed.emit()
            return
        self.message.hide()
        self.splitter.show()
        self.export_html.setEnabled(True)
        self.export_pdf.setEnabled(True)
        chosen = self.current_role()
        self.roles.blockSignals(True)
        self.roles.clear()
        for role in roles:
            item = QListWidgetItem(role, self.roles)
            item.setToolTip(literal(role))
        keys = [normalise_role(r) for r in roles]
        row = keys.index(normalise_role(chosen)) if chosen and normalise_role(chosen) in keys else 0
        self.roles.setCurrentRow(row)
        self.roles.blockSignals(False)
        self._show_profile()
        self.refreshed.emit()

    def export_role(self, name: str) -> Path | None:
        """Write the chosen role alone (File > Export Session writes every role)."""
        role = self.current_role()
        if role is None or self.watch is None:
            return None
        suffix, kind = (".html", self.tr("Web page (*.html)")) if name == "roles-html" else (".pdf",
                                                                                            self.tr("PDF (*.pdf)"))
        folder = QSettings().value("export/folder", str(Path.home()))
        suggested = str(Path(folder) / f"{slug(f'{self.watch.data.title} {role}')}{suffix}")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export Role"), suggested, kind)
        if not path:
            return None
        out = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        try:
            writer(name)(self.db, self.watch.session_id, out, role=role)
        except Exception as exc:  # the target is untouched; say why
            QMessageBox.warning(self, self.tr("Meshwork"), literal(self.tr("Could not export {0}: {1}")
                                                                 .format(out.name, exc)))
            return None
        QSettings().setValue("export/folder", str(out.parent))
        return out

    def _say(self, text: str) -> None:
        self.export_html.setEnabled(False)
        self.export_pdf.setEnabled(False)
        self.roles.clear()
        self.profile.clear()
        self.splitter.hide()
        self.message.setText(text)
        self.message.show()

    def current_role(self) -> str | None:
        item = self.roles.currentItem()
        return item.text() if item is not None else None

    def choose_role(self, role: str) -> None:
        for row in range(self.roles.count()):
            if normalise_role(self.roles.item(row).text()) == normalise_role(role):
                self.roles.setCurrentRow(row)
                return
        raise KeyError(role)

    # -- the profile ------------------------------------------------------------------

    def _show_profile(self) -> None:
        role = self.current_role()
        if role is None or self.watch is None:
            self.profile.clear()
            return
        scroll = self.profile.verticalScrollBar().value()
        place = self._current_place()
        profile, change, series = self.watch.profile(role)
        self.sections = outline(profile, change, series)
        self.profile.clear()
        for section in self.sections:
            self._add_section(section)
        self.profile.expandAll()
        self._restore_place(place)
        self.profile.verticalScrollBar().setValue(scroll)

    def _add_section(self, section: Section) -> None:
        counted = section.lines and section.key not in UNCOUNTED
        head = QTreeWidgetItem(self.profile, [f"{section.title} ({len(section.lines)})" if counted else section.title])
        font = QFont(head.font(0))
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        head.setFont(0, font)
        head.setData(0, Qt.ItemDataRole.AccessibleTextRole, section.title)
        if not section.lines:
            item = QTreeWidgetItem(head, [empty_text(section)])
            item.setForeground(0, self.palette().placeholderText())
        for line in section.lines:
            self._add_line(head, line)

    def _add_line(self, parent: QTreeWidgetItem, line: Line) -> None:
        text = line.text + (f"\n{line.detail}" if line.detail else "")
        item = QTreeWidgetItem(parent, [line.text])
        item.setData(0, DETAIL, line.detail)
        item.setData(0, CARDS, line.card_ids)
        item.setToolTip(0, literal(text))  # participant text, never read as markup
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
        for child in line.children:
            self._add_line(item, child)

    def _current_place(self) -> tuple[int, ...]:
        """The current item as its row path, so a refresh keeps the reader's place."""
        path, item = [], self.profile.currentItem()
        while item is not None:
            parent = item.parent()
            path.insert(0, (parent.indexOfChild(item) if parent else self.profile.indexOfTopLevelItem(item)))
            item = parent
        return tuple(path)

    def _restore_place(self, path: tuple[int, ...]) -> None:
        if not path:
            return
        item = self.profile.topLevelItem(min(path[0], self.profile.topLevelItemCount() - 1))
        for row in path[1:]:
            if item is None or item.childCount() == 0:
                break
            item = item.child(min(row, item.childCount() - 1))
        if item is not None:
            self.profile.setCurrentItem(item)

    def item_for(self, text: str) -> QTreeWidgetItem | None:
        """The first item whose text starts with ``text`` (tests, and finding a card)."""
        found = self.profile.findItems(text, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
        return found[0] if found else None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ids = item.data(0, CARDS)
        if ids:
            self.cards_chosen.emit(list(ids))
