"""Compare two sessions: both maps side by side, the diff drawn over the later
one, a list of changes, the match controls and both sessions' metrics.

The maps are the real canvas painting on read-only scenes (a SessionDocument
that nothing edits, in a view that passes no gesture to the scene). Matching
choices go through app.match_commands, with their own undo history here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis import glossary
from app.analysis.diff import Diff, diff_sessions
from app.analysis.loading import SessionData, load_session
from app.analysis.matching import DEFAULT_THRESHOLD, Matching, match_sessions
from app.analysis.metrics import SessionMetrics, session_metrics
from app.document import SessionDocument
from app.library import Library
from app.match_commands import MatchChoices, stored_choice
from storage import matches
from widgets.canvas.card_item import CardItem
from widgets.canvas.view import CanvasView
from widgets.elided import ElidingComboBox, ElidingLabel
from widgets.markup import literal
from widgets.screen_fit import fit_to_screen, narrow_combo, tip_every_entry
from widgets.views.compare_overlay import (
    LOOKS,
    Overlay,
    corresponding_canvas,
    field_name,
    field_value,
    legend,
    look_label,
)
from widgets.vocabulary_text import link_kind

TARGET = Qt.ItemDataRole.UserRole  # on a change-list row: (side, kind, id)
HOW = {
    "confirmed": QT_TRANSLATE_NOOP("compare", "confirmed by hand"),  # translated when shown
    "lineage": QT_TRANSLATE_NOOP("compare", "by lineage"),
    "text": QT_TRANSLATE_NOOP("compare", "by similar text"),
}


class _Reader:
    """What a CanvasScene needs of an editor: the document. Nothing here edits it."""

    def __init__(self, doc: SessionDocument):
        self.doc = doc


class MapView(CanvasView):
    """A read-only canvas: zoom and pan as usual; a click picks a card."""

    card_clicked = Signal(str)

    def __init__(self, doc: SessionDocument, canvas_id: str, parent: QWidget | None = None):
        super().__init__(_Reader(doc), canvas_id, parent)
        self.setInteractive(False)
        self.setDragMode(CanvasView.DragMode.ScrollHandDrag)
        self.setAccessibleDescription(self.tr("Read-only map; click a card to pick it"))
        self.minimap.hide()  # side by side, the maps are small: the overview would cover them

    def card_at(self, pos: QPoint) -> str | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item.card_id
        return None

    def mousePressEvent(self, event) -> None:
        card_id = None
        if event.button() == Qt.MouseButton.LeftButton and not self._space_down:
            card_id = self.card_at(event.position().toPoint())
        if card_id is None:
            super().mousePressEvent(event)
            return
        event.accept()
        self.card_clicked.emit(card_id)

    def show_card(self, card_id: str, centre: bool = True) -> None:
        scene = self.canvas_scene
        scene.clearSelection()
        if card_id in scene.cards:
            scene.cards[card_id].setSelected(True)
            if centre:
                self.centerOn(scene.cards[card_id])


class _Side(QWidget):
    """One session's map with its title and a canvas picker."""

    canvas_changed = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = ElidingLabel(caption, self)  # a long session title is cut, whole in its tooltip
        self.caption.setStyleSheet("font-weight: bold")
        self.canvas_box = QComboBox(self)
        self.canvas_box.setAccessibleName(self.tr("{caption} canvas").format(caption=caption))
        narrow_combo(self.canvas_box, 12)
        self.canvas_box.currentIndexChanged.connect(self._canvas_picked)
        head = QHBoxLayout()
        head.addWidget(self.caption, 1)
        head.addWidget(self.canvas_box)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(head)
        self.doc: SessionDocument | None = None
        self.view: MapView | None = None
        self.on_card: callable | None = None

    def set_session(self, db, session_id: str, title: str) -> None:
        self.clear()
        self.caption.set_full_text(title)
        self.doc = SessionDocument(db, session_id, self)
        self.canvas_box.blockSignals(True)
        self.canvas_box.clear()
        for canvas in self.doc.all("canvases"):
            self.canvas_box.addItem(canvas.name, canvas.id)
        self.canvas_box.blockSignals(False)
        self._show_canvas(self.canvas_box.currentData())

    def show_canvas(self, canvas_id: str | None) -> None:
        index = self.canvas_box.findData(canvas_id)
        if index >= 0 and canvas_id != self.canvas_id():
            self.canvas_box.setCurrentIndex(index)

    def canvas_id(self) -> str | None:
        return self.view.canvas_id if self.view is not None else None

    def _canvas_picked(self, _index: int) -> None:
        self._show_canvas(self.canvas_box.currentData())
        self.canvas_changed.emit()

    def _show_canvas(self, canvas_id: str | None) -> None:
        self._drop_view()
        if canvas_id is None or self.doc is None:
            return
        self.view = MapView(self.doc, canvas_id, self)
        if self.on_card is not None:
            self.view.card_clicked.connect(self.on_card)
        self.layout_.addWidget(self.view, 1)

    def _drop_view(self) -> None:
        if self.view is not None:
            self.view.shutdown()
            self.view.hide()
            self.view.deleteLater()
            self.view = None

    def clear(self) -> None:
        self._drop_view()
        if self.doc is not None:
            self.doc.deleteLater()
            self.doc = None


class CompareView(QWidget):
    """Its own window; ``set_sessions(a, b)`` compares session a (earlier) with b."""

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.choices = MatchChoices(library.db, self)
        self.choices.changed.connect(self.refresh)
        self.choices.failed.connect(self._failed)
        self.data_a: SessionData | None = None
        self.data_b: SessionData | None = None
        self.matching: Matching | None = None
        self.diff: Diff | None = None
        self.metrics: tuple[SessionMetrics, SessionMetrics] | None = None
        self.picked: dict[str, str | None] = {"a": None, "b": None}
        self._auto_side: str | None = None  # the side whose pick followed the other's ("both": either)
        self.setWindowTitle(self.tr("Compare Sessions — Meshwork"))
        self._build()
        fit_to_screen(self, 1500, 900)  # never wider or taller than the screen it opens on
        self.overlay: Overlay | None = None
        library.changed.connect(self._library_changed)
        self.fill_session_boxes()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        # long session names are cut with "…", whole in the tooltip
        self.box_a, self.box_b = ElidingComboBox(self), ElidingComboBox(self)
        self.box_a.setAccessibleName(self.tr("Earlier session"))
        self.box_b.setAccessibleName(self.tr("Later session"))
        for box in (self.box_a, self.box_b):
            box.activated.connect(lambda _i: self.set_sessions(self.box_a.currentData(), self.box_b.currentData()))
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.threshold_slider.setRange(0, 100)
        self.threshold_slider.setAccessibleName(self.tr("Text similarity threshold"))
        self.threshold_slider.setToolTip(self.tr("Cards with text at least this similar (within role and kind) match"))
        self.threshold_spin = QSpinBox(self)
        self.threshold_spin.setRange(0, 100)
        self.threshold_spin.setSuffix(" %")
        self.threshold_spin.setAccessibleName(self.tr("Text similarity threshold"))
        self.threshold_slider.valueChanged.connect(self.threshold_spin.setValue)
        self.threshold_spin.valueChanged.connect(self.threshold_slider.setValue)
        self.threshold_spin.valueChanged.connect(lambda _v: self.refresh())
        self.threshold_spin.blockSignals(True)
        self.threshold_spin.setValue(int(DEFAULT_THRESHOLD))
        self.threshold_slider.setValue(int(DEFAULT_THRESHOLD))
        self.threshold_spin.blockSignals(False)

        self.undo_action = self.choices.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.choices.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Earlier:"), self))
        top.addWidget(self.box_a)
        top.addWidget(QLabel(self.tr("Later:"), self))
        top.addWidget(self.box_b)
        top.addSpacing(8)
        top.addWidget(QLabel(self.tr("Match text at:"), self))
        top.addWidget(self.threshold_slider, 1)
        top.addWidget(self.threshold_spin)
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)

        self.side_a, self.side_b = _Side(self.tr("Earlier"), self), _Side(self.tr("Later"), self)
        self.side_a.on_card = lambda card_id: self.pick("a", card_id)
        self.side_b.on_card = lambda card_id: self.pick("b", card_id)
        self.side_b.canvas_changed.connect(self._later_canvas_changed)
        self.side_a.canvas_changed.connect(self._earlier_canvas_changed)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_changes(), self.tr("Changes"))
        self.tabs.addTab(self._build_match_panel(), self.tr("Matching"))
        self.tabs.addTab(self._build_metrics(), self.tr("Metrics"))
        self.tabs.setMinimumWidth(300)

        self.split = split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.side_a)
        split.addWidget(self.side_b)
        split.addWidget(self.tabs)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(legend(self))

    def _build_changes(self) -> QWidget:
        self.change_list = QTreeWidget(self)
        self.change_list.setHeaderHidden(True)
        self.change_list.setAccessibleName(self.tr("Changes"))
        self.change_list.currentItemChanged.connect(lambda item, _old: self.show_change(item))
        self.change_list.itemClicked.connect(lambda item, _col: self.show_change(item))
        return self.change_list

    def _build_match_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Pick a card on each map"), self)
        form = QFormLayout(box)
        self.picked_a_label = QLabel("—", box)
        self.picked_b_label = QLabel("—", box)
        self.pair_label = QLabel("", box)
        for label in (self.picked_a_label, self.picked_b_label, self.pair_label):
            label.setWordWrap(True)
        form.addRow(self.tr("Earlier:"), self.picked_a_label)
        form.addRow(self.tr("Later:"), self.picked_b_label)
        form.addRow(self.tr("Match:"), self.pair_label)
        self.confirm_button = QPushButton(self.tr("Confirm Match"), box)
        self.confirm_button.setToolTip(self.tr("Keep this automatic match, whatever the threshold"))
        self.break_button = QPushButton(self.tr("Break Match"), box)
        self.break_button.setToolTip(self.tr("These two are not the same card"))
        self.hand_button = QPushButton(self.tr("Match These Two"), box)
        self.hand_button.setToolTip(self.tr("Make the two picked cards a match by hand"))
        self.forget_button = QPushButton(self.tr("Forget Choice"), box)
        self.forget_button.setToolTip(self.tr("Let automatic matching decide again for this pair"))
        self.confirm_button.clicked.connect(lambda: self._choose(self.choices.confirm))
        self.break_button.clicked.connect(lambda: self._choose(self.choices.break_apart))
        self.hand_button.clicked.connect(lambda: self._choose(self.choices.match_by_hand))
        self.forget_button.clicked.connect(lambda: self._choose(self.choices.forget))
        for button in (self.confirm_button, self.break_button, self.hand_button, self.forget_button):
            form.addRow(button)
        hint = QLabel(
            self.tr(
                "Clicking a card also picks its match on the other map. Choices are saved and can be undone (Ctrl+Z "
                "here)."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #57606A")
        form.addRow(hint)
        self.match_status = QLabel("", box)
        self.match_status.setWordWrap(True)
        form.addRow(self.match_status)
        return box

    def _build_metrics(self) -> QWidget:
        self.metrics_table = QTableWidget(0, 4, self)
        self.metrics_table.setHorizontalHeaderLabels(
            [self.tr("Metric"), self.tr("Earlier"), self.tr("Later"), self.tr("Change")]
        )
        self.metrics_table.verticalHeader().hide()
        self.metrics_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics_table.setAccessibleName(self.tr("Metrics of both sessions"))
        header = self.metrics_table.horizontalHeader()
        # The name and the numbers share the width: lists of names wrap inside their cell
        # instead of pushing the numbers out of sight.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 90)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.metrics_table.setWordWrap(True)
        self.metrics_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        return self.metrics_table

    # -- sessions ---------------------------------------------------------------------

    def fill_session_boxes(self) -> None:
        for box in (self.box_a, self.box_b):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for row in self.library.session_list():
                series = row["series"] or self.tr("No series")
                box.addItem(f"{series} · {row['date']} · {row['title']}", row["id"])
            index = box.findData(current)
            box.setCurrentIndex(max(index, 0))
            tip_every_entry(box)
            box.blockSignals(False)

    def default_pair(self, open_id: str | None) -> tuple[str | None, str | None]:
        """The open session and the one before it in its series (or after, if it is the first)."""
        rows = self.library.session_list()
        if not rows:
            return None, None
        current = next((r for r in rows if r["id"] == open_id), rows[-1])
        same = [r["id"] for r in rows if r["series_id"] == current["series_id"]]
        at = same.index(current["id"])
        if at > 0:
            return same[at - 1], current["id"]
        return current["id"], same[at + 1] if at + 1 < len(same) else current["id"]

    def set_sessions(self, session_a: str | None, session_b: str | None) -> None:
        if not session_a or not session_b:
            return
        db = self.library.db
        for box, session_id in ((self.box_a, session_a), (self.box_b, session_b)):
            box.setCurrentIndex(max(box.findData(session_id), 0))
            box.setToolTip(box.currentText())
        self.data_a, self.data_b = load_session(db, session_a), load_session(db, session_b)
        self.metrics = (session_metrics(self.data_a), session_metrics(self.data_b))
        self.picked = {"a": None, "b": None}
        self._auto_side = None
        self._drop_overlay()
        self.side_a.set_session(
            db, session_a, self.tr("Earlier: {title} ({date})").format(title=self.data_a.title, date=self.data_a.date)
        )
        self.side_b.set_session(
            db, session_b, self.tr("Later: {title} ({date})").format(title=self.data_b.title, date=self.data_b.date)
        )
        self._follow_later_canvas()
        self.fill_metrics()
        self.refresh()

    def _library_changed(self) -> None:
        self.fill_session_boxes()
        known = {r["id"] for r in self.library.session_list()}
        if self.data_a is not None and not {self.data_a.id, self.data_b.id} <= known:
            self.set_sessions(*self.default_pair(None))

    # -- matching and the diff --------------------------------------------------------

    def threshold(self) -> float:
        return float(self.threshold_spin.value())

    def refresh(self) -> None:
        """Re-match with the threshold and the stored choices, then redraw the diff."""
        if self.data_a is None:
            return
        choices = matches.between(self.library.db, self.data_a.id, self.data_b.id)
        self.matching = match_sessions(self.data_a, self.data_b, self.threshold(), choices)
        self.diff = diff_sessions(self.data_a, self.data_b, self.matching)
        self.draw_overlay()
        self.fill_changes()
        self.update_match_panel()

    def draw_overlay(self) -> None:
        self._drop_overlay()
        view = self.side_b.view
        if view is None or self.diff is None:
            return
        self.overlay = Overlay(view.canvas_scene)
        self.overlay.show(self.diff, self.data_a, self.data_b, self.matching, view.canvas_id, view.canvas_scene.cards)

    def _drop_overlay(self) -> None:
        if self.overlay is not None:
            self.overlay.clear()
            self.overlay = None

    def _later_canvas_changed(self) -> None:
        self._follow_later_canvas()
        self.draw_overlay()
        self._show_picks(centre=False)

    def _earlier_canvas_changed(self) -> None:
        self._show_picks(centre=False)

    def _follow_later_canvas(self) -> None:
        canvas = self.side_b.canvas_id()
        if canvas is not None and self.data_a is not None:
            self.side_a.show_canvas(corresponding_canvas(self.data_a, self.data_b, canvas))

    # -- the list of changes ----------------------------------------------------------

    def fill_changes(self) -> None:
        diff, a, b = self.diff, self.data_a, self.data_b
        self.change_list.blockSignals(True)
        self.change_list.clear()
        links_a = {lk.id: lk for lk in a.links}
        links_b = {lk.id: lk for lk in b.links}

        def group(state: str, rows: list[tuple[str, str, str, str]]) -> None:
            head = QTreeWidgetItem([f"{look_label(state).split(' (')[0]} ({len(rows)})"])
            head.setForeground(0, QColor(LOOKS[state].colour).darker(115))
            head.setData(0, TARGET, None)
            self.change_list.addTopLevelItem(head)
            for side, kind, target, text in rows:
                item = QTreeWidgetItem([text])
                item.setData(0, TARGET, (side, kind, target))
                item.setToolTip(0, literal(text))
                head.addChild(item)
            head.setExpanded(True)

        group("added", [("b", "card", c, _card_text(b, c)) for c in diff.added])
        group("removed", [("a", "card", c, _card_text(a, c)) for c in diff.removed])
        group(
            "changed",
            [
                (
                    "b",
                    "card",
                    ch.b,
                    f"{_card_text(b, ch.b)} — "
                    + ", ".join(f"{field_name(k)}: {field_value(k, x) or '—'} → {field_value(k, y) or '—'}"
                                for k, (x, y) in ch.fields.items() if k != "zone"),
                )
                for ch in diff.changed
                if set(ch.fields) - {"zone"}
            ],
        )
        group(
            "moved",
            [
                ("b", "card", m.b, f"{_card_text(b, m.b)} — {m.zone_a or _no_zone()} → {m.zone_b or _no_zone()}")
                for m in diff.moved
            ],
        )
        group("link_added", [("b", "link", i, _link_text(b, links_b[i])) for i in diff.links_added])
        group("link_removed", [("a", "link", i, _link_text(a, links_a[i])) for i in diff.links_removed])
        self.change_list.blockSignals(False)

    def show_change(self, item: QTreeWidgetItem | None) -> None:
        target = item.data(0, TARGET) if item is not None else None
        if not target:
            return
        side, kind, target_id = target
        if kind == "link":
            data = self.data_a if side == "a" else self.data_b
            link = next(lk for lk in data.links if lk.id == target_id)
            target_id = link.source_id
        self.pick(side, target_id, force_other=True)

    # -- picking cards and match choices ----------------------------------------------

    def pick(self, side: str, card_id: str, force_other: bool = False) -> None:
        """Pick a card on one map; the other map follows with its match unless the
        person picked a card there themselves (that is how a match is made by hand)."""
        other = "b" if side == "a" else "a"
        self.picked[side] = card_id
        if self._auto_side == side:
            self._auto_side = None
        if force_other or self.picked[other] is None or self._auto_side in (other, "both"):
            mapping = self.matching.a_to_b if side == "a" else self.matching.b_to_a
            self.picked[other] = mapping.get(card_id)
            self._auto_side = other
        self._show_picks(centre=True)
        self.update_match_panel()

    def _show_picks(self, centre: bool) -> None:
        # The later side first: turning its canvas turns the earlier side's to match.
        for name, holder, data in (("b", self.side_b, self.data_b), ("a", self.side_a, self.data_a)):
            card_id = self.picked[name]
            if holder.view is None or data is None:
                continue
            if card_id is None:
                holder.view.canvas_scene.clearSelection()
                continue
            card = data.cards.get(card_id)
            if card is not None and card.canvas_id != holder.canvas_id():
                holder.show_canvas(card.canvas_id)  # may rebuild the view
            holder.view.show_card(card_id, centre=centre)
        if centre and self.picked["a"] and self.overlay is not None and self.picked["b"] is None:
            ghost = self.overlay.ghost(self.picked["a"])
            if ghost is not None:  # a removed card: show where it was on the later map too
                self.side_b.view.centerOn(ghost)

    def update_match_panel(self) -> None:
        a, b = self.picked["a"], self.picked["b"]
        self.picked_a_label.setText(_card_text(self.data_a, a) if a and self.data_a else "—")
        self.picked_b_label.setText(_card_text(self.data_b, b) if b and self.data_b else "—")
        pair = self.matching.pair_of(a) if (a and self.matching) else None
        paired = pair is not None and pair.b == b
        choice = stored_choice(self.library.db, a, b) if (a and b) else None
        if not (a and b):
            self.pair_label.setText(self.tr("Not matched") if (a or b) else "")
        elif paired:
            self.pair_label.setText(
                self.tr("Matched {0} (similarity {score:.0f} %)").format(
                    QCoreApplication.translate("compare", HOW[pair.how]), score=pair.score)
            )
        else:
            self.pair_label.setText(
                self.tr("Not matched to each other") + (self.tr(" (broken by hand)") if choice == "broken" else "")
            )
        self.confirm_button.setEnabled(paired and pair.how != "confirmed")
        self.break_button.setEnabled(paired)
        self.hand_button.setEnabled(bool(a and b) and not paired)
        self.forget_button.setEnabled(choice is not None)

    def _choose(self, method) -> None:
        a, b = self.picked["a"], self.picked["b"]
        if a and b and method(a, b):
            self._auto_side = "both"  # the next click starts a new pair
            self.match_status.setText(self.tr("Saved: {0}").format(self.choices.stack.undoText()))

    def _failed(self, message: str) -> None:
        self.match_status.setText(message)

    # -- metrics ----------------------------------------------------------------------

    def fill_metrics(self) -> None:
        earlier, later = self.metrics
        numbers_a, numbers_b = earlier.numbers(), later.numbers()
        # Metrics that name roles or cards show the count and the names in one row.
        named = {
            "brokers": lambda m: ", ".join(f"{r} ({v:.2f})" for r, v in m.brokers),
            "isolated_roles": lambda m: ", ".join(m.isolated_roles),
            "single_holder_resources": lambda m: "; ".join(h.text for h in m.single_holder_resources),
        }
        rows: list[tuple[str, str, str, str, str]] = []
        for name in dict.fromkeys([*numbers_a, *numbers_b]):
            x, y = numbers_a.get(name, 0), numbers_b.get(name, 0)
            a, b = _number(x), _number(y)
            if name in named:
                a, b = (_with_names(_number(v), named[name](m)) for v, m in ((x, earlier), (y, later)))
            rows.append((glossary.label(name), a, b, _signed(y - x), glossary.explain(name)))
        tags = lambda m: ", ".join(f"{t} ({n})" for t, n in m.top_tags)  # noqa: E731
        rows.append(
            (
                self.tr("Top tags"),
                tags(earlier) or "—",
                tags(later) or "—",
                "",
                self.tr("The tags used most, with how often."),
            )
        )
        self.metrics_table.setRowCount(len(rows))
        for r, (*cells, meaning) in enumerate(rows):
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{cells[0]}: {meaning}" if c == 0 and meaning else text)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.metrics_table.setItem(r, c, cell)
        self.metrics_table.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_shared_out", False):  # the first time: the maps and the panel share the width
            self._shared_out = True
            width = max(self.split.width(), 600)
            self.split.setSizes([round(width * 0.33), round(width * 0.37), round(width * 0.30)])

    # -- closing ----------------------------------------------------------------------

    def shutdown(self) -> None:
        self._drop_overlay()
        self.side_a.clear()
        self.side_b.clear()


def _card_text(data: SessionData, card_id: str) -> str:
    card = data.cards.get(card_id)
    if card is None:
        return card_id
    who = data.author(card)
    return (" ".join(card.text.split()) or QCoreApplication.translate("compare", "(empty)")) + (
        f" ({who})" if who else "")


def _no_zone() -> str:
    return QCoreApplication.translate("compare", "no zone")


def _link_text(data: SessionData, link) -> str:
    source, target = data.cards.get(link.source_id), data.cards.get(link.target_id)
    name = lambda c: " ".join(c.text.split())[:40] if c else "?"  # noqa: E731
    return f"{name(source)} —{link_kind(link.kind)}→ {name(target)}"


def _with_names(count: str, names: str) -> str:
    return f"{count}: {names}" if names else count


def _number(value: float) -> str:
    return f"{value:.2f}" if isinstance(value, float) and not value.is_integer() else f"{value:g}"


def _signed(value: float) -> str:
    if not value:
        return ""
    return ("+" if value > 0 else "−") + _number(abs(value))
